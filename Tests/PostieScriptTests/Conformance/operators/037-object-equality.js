const a = {}, b = a
console.log({} == {}, a == b, a === b)
console.log([1] == 1, [1, 2] == '1,2', [[1]] == 1, [] == '', [] == 0)
console.log(new String('a') == 'a', new String('a') === 'a', new String('a') == new String('a'))
console.log(new Number(0) == false, Object(1) == 1)
console.log({} == '[object Object]', (() => 1) == '() => 1')
