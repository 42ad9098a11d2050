class Button {
  label = 'OK'
  onClick = () => this.label
  method() { return this && this.label }
}
const b = new Button()
const { onClick, method } = b
console.log(onClick(), method())
console.log(Object.keys(b), 'method' in b, b.hasOwnProperty('method'))
