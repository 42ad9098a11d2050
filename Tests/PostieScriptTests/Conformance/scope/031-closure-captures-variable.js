let message = 'first'
const say = () => message
message = 'second'
console.log(say())
function make() {
  let v = 1
  const get = () => v
  v = 2
  return get
}
console.log(make()())
