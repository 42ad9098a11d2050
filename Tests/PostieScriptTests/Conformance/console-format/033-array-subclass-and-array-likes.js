class MyArr extends Array {}
console.log(MyArr.from([1, 2]), new MyArr())
console.log({ length: 2, 0: 'a', 1: 'b' })
;(function () { console.log(arguments) })(1, 'two')
;(function () { console.log(arguments) })()
