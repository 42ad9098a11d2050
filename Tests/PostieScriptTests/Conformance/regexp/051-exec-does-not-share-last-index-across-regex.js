const a = /x/g, b = /x/g
a.exec('xx')
console.log(a.lastIndex, b.lastIndex)
b.lastIndex = a.lastIndex
console.log(b.exec('xx').index)
console.log(a.exec('xx').index, a.lastIndex, a.exec('xx'), a.lastIndex)
