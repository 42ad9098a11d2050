const s = 'https://ex.com/a b/c?x=1&y=é#frag'
console.log(encodeURI(s))
console.log(encodeURIComponent(s))
const reserved = ";/?:@&=+$,#"
console.log(encodeURI(reserved), encodeURIComponent(reserved))
console.log(encodeURI('[]'), encodeURIComponent('[]'), encodeURI('%'), encodeURI('\\'))
