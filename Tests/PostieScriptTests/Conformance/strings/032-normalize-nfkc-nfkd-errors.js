console.log('ﬁ'.normalize('NFKC'), '①'.normalize('NFKC'), '²'.normalize('NFKD'), 'Ｈｅｌｌｏ'.normalize('NFKC'))
console.log('ﬁ'.normalize('NFC'), 'ﬁ'.normalize('NFKD').length, '½'.normalize('NFKC'))
try { 'x'.normalize('nfc') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log('x'.normalize(undefined))
console.log('Å'.normalize('NFKD').length, 'ｶ'.normalize('NFKC'), '™'.normalize('NFKC'))
