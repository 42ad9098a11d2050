try { [].reduce((a, b) => a + b) } catch (e) { console.log(e.name + ': ' + e.message) }
try { [].reduceRight((a, b) => a + b) } catch (e) { console.log(e.name + ': ' + e.message) }
try { [, , ].reduce((a, b) => a + b) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log([].reduce((a, b) => a + b, 'init'), [1].reduce(() => 'unused'))
try { [1].reduce('x') } catch (e) { console.log(e.name + ': ' + e.message) }
