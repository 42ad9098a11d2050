function tag(s) { return [s[0], s.raw[0]] }
console.log(tag`\unicode`)
console.log(tag`\xZ`)
console.log(tag`\u{110000}`)
console.log(tag`\01`)
console.log(tag`ok\u0041`)
try { eval('`\\unicode`') } catch (e) { console.log(e.name + ': ' + e.message) }
