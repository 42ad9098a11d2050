const [first, ...others] = 'héllo'
console.log(first, others, others.join(''))
const [h, ...emoji] = 'x😀😁'
console.log(h, emoji.length, emoji)
function initials(...[a, b]) { return a[0] + b[0] }
console.log(initials('Grace', 'Hopper'))
