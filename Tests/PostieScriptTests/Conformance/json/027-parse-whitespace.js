console.log(JSON.parse(' \t\n\r[ 1 ,\n2 ] \n'))
try { JSON.parse('\u00a0[1]') } catch (e) { console.log(e.name + ': ' + e.message) }
try { JSON.parse('[1]\u2028') } catch (e) { console.log(e.name + ': ' + e.message) }
try { JSON.parse('\ufeff1') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(JSON.parse('  "s"  '))
