function dump(s) {
  const out = []
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)
    out.push('U+' + cp.toString(16).toUpperCase().padStart(4, '0'))
    if (cp > 0xffff) i++
  }
  return out.join(' ')
}
console.log(dump('Aé€😀'))
console.log(dump('\u0000\u007f\ud7ff\ue000'))
