console.log(String.raw`a\nb${1 + 1}\t`)
console.log(String.raw`\u0041`.length)
console.log(String.raw`C:\new\table`)
console.log(String.raw`line1
line2`.split('\n'))
console.log(String.raw`${'x'}${'y'}`)
console.log(String.raw`\``)
