let count = 0
console.log(typeof count++, count)
console.log(typeof (count = 'x'), count)
console.log(typeof [].notThere, typeof {}.constructor)
function f() { return 1 }
console.log(typeof f(), typeof f, typeof new f())
