console.log(JSON.parse('"\\u00e9\\n\\t\\/\\\\\\""'))
console.log(JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"\\u0041\\u0062"'))
for (const bad of ['"\\x41"', '"\\a"', '"\\u12"', '"\\\'"']) {
  try { JSON.parse(bad) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(JSON.parse('"\u2028"').length, JSON.parse('"\u00ff"'))
