class Tagged { get [Symbol.toStringTag]() { return 'MyTag' } }
console.log(Object.prototype.toString.call(new Tagged()))
console.log(String(new Tagged()), `${new Tagged()}`)
class Custom { toString() { return 'custom!' } }
console.log(String(new Custom()), `${new Custom()}`, new Custom() + '')
