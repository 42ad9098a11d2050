console.log(JSON.parse('true'), JSON.parse('false'), JSON.parse('null'), JSON.parse('"s"'), JSON.parse(' 5 '))
console.log(typeof JSON.parse('1'), typeof JSON.parse('"1"'), typeof JSON.parse('null'))
console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse(['[2]']))
try { JSON.parse(undefined) } catch (e) { console.log(e.name + ': ' + e.message) }
try { JSON.parse({}) } catch (e) { console.log(e.name + ': ' + e.message) }
