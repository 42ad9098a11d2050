const cases = [() => [1].map(), () => [1].forEach(5), () => [1].filter('x'), () => [1].find({}), () => [].sort(1), () => new Promise(null), () => [1].some(null)]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { [1].reduce() } catch (e) { console.log(e.name + ': ' + e.message) }
try { Array.from([1], 1) } catch (e) { console.log(e.name + ': ' + e.message) }
