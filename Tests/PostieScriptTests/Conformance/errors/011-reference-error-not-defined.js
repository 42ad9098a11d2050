try { undefinedVariable } catch (e) { console.log(e.name + ': ' + e.message) }
try { undefinedFunction() } catch (e) { console.log(e.name + ': ' + e.message) }
try { undefinedVariable.prop } catch (e) { console.log(e.name + ': ' + e.message) }
function strictAssign() { 'use strict'; neverDeclared = 1 }
try { strictAssign() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(typeof undefinedVariable)
