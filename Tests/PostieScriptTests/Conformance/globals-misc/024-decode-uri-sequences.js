const samples = ['%41', '%c3%a9', '%E2%82%AC', '%f0%9f%98%80', '%25', '%2525', 'plain%', '100%25']
for (const s of samples) {
  try { console.log('input', s.padEnd(14), JSON.stringify(decodeURIComponent(s))) } catch (e) { console.log('input', s.padEnd(14), e.name) }
}
console.log(decodeURIComponent('%E2%82%AC%20%E2%82%AC').length, decodeURI('%E2%82%AC%2F'))
