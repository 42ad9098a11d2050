console.log(decodeURIComponent('a%20b%26c'), decodeURIComponent('%C3%A9'), decodeURIComponent('%F0%9F%98%80'))
console.log(decodeURIComponent('%2f%2F'), decodeURIComponent('no-escapes'), decodeURIComponent('%41%42'))
for (const bad of ['%', '%E0%A4%A', '%zz', '%C3', '%ED%A0%80']) {
  try { decodeURIComponent(bad) } catch (e) { console.log(JSON.stringify(bad), e.name + ': ' + e.message) }
}
try { encodeURIComponent('\udc00') } catch (e) { console.log(e.name + ': ' + e.message) }
