const s = '😀'
console.log(s.charAt(0) === s[0], s.charAt(1) === s[1], s[2], JSON.stringify(s.charAt(2)))
console.log([s[0] + s[1]].join() === s, s.at(0) + s.at(1) === s)
console.log(encodeURIComponent(s[0] + s[1]))
try { encodeURIComponent(s[0]) } catch (e) { console.log(e.name + ': ' + e.message) }
