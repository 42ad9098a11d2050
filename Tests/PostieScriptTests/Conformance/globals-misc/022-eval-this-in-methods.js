const obj = {
  value: 42,
  direct() { return eval('this.value') },
  arrow() { return (() => eval('this.value'))() },
  indirect() { return (0, eval)('typeof this.value') }
}
console.log(obj.direct(), obj.arrow(), obj.indirect())
