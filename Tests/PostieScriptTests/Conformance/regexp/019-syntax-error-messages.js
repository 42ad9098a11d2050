const patterns = ['(', '[', 'a**', ')', '+', 'a{2,1}', '(?<n>', '\\', '(?<1a>x)', '[z-a]']
for (const p of patterns) {
  try { new RegExp(p) } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { new RegExp('a', 'gg') } catch (e) { console.log(e.name + ': ' + e.message) }
try { new RegExp('a', 'x') } catch (e) { console.log(e.name + ': ' + e.message) }
try { eval('/(/') } catch (e) { console.log(e.name + ': ' + e.message) }
