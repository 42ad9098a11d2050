console.log(decodeURI('%2F%3F%23%26%3D'), decodeURIComponent('%2F%3F%23%26%3D'))
console.log(decodeURI('a%20b%2Fc'), decodeURI('%E2%82%AC'))
try { decodeURI('%E2%82') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(decodeURI(encodeURI('x y/ü')), decodeURI('%252F'))
console.log(decodeURI('%3B%2C%2B%24%40%3A'), decodeURIComponent('%3B%2C%2B%24%40%3A'))
