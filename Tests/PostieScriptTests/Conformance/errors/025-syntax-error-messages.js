const sources = ['function (', 'let x = ;', '({a:1', 'var 1x = 2', 'foo bar', "'unterminated", 'if (', 'x = {', '1 +', 'return 5', '"a" "b"', 'let let = 1', 'a => { yield 1 }', 'class { }', '@']
for (const src of sources) {
  try { eval(src) } catch (e) { console.log(JSON.stringify(src), '->', e.name + ': ' + e.message) }
}
try { eval('function f() { return }; f(') } catch (e) { console.log(e.name + ': ' + e.message) }
try { new Function('a', 'b c', '') } catch (e) { console.log(e.name + ': ' + e.message) }
