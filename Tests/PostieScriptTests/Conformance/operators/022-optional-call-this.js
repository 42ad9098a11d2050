const obj = {
  name: 'obj',
  who() { return this && this.name }
}
console.log(obj.who(), obj?.who(), obj.who?.(), obj?.['who']?.())
console.log((obj?.who)())
const f = obj.who
console.log(typeof f?.())
console.log(delete obj?.name, obj.name)
console.log(delete undefined?.x)
