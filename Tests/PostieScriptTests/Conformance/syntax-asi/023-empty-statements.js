;;;
while (false);
for (let i = 0; i < 3; i++);
if (true); else;
console.log('empty statements ok')
let count = 0
for (; count < 5; count++);
console.log(count)
