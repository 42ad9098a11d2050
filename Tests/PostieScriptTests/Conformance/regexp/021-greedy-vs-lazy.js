const html = '<b>bold</b> and <i>italic</i>'
console.log(html.match(/<.+>/)[0])
console.log(html.match(/<.+?>/)[0], html.match(/<.+?>/g))
console.log('aaaa'.match(/a{2,3}/)[0], 'aaaa'.match(/a{2,3}?/)[0], 'aaa'.match(/a*?/)[0].length)
console.log('xaaay'.match(/a+?y/)[0], '"a" "b"'.match(/".*?"/g))
