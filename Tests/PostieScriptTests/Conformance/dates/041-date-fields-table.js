const d = new Date(2024, 1, 29, 23, 59, 58, 7)
const getters = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds']
console.log(getters.map(g => d[g]()).join(' '))
console.log(getters.map(g => d[g.replace('get', 'getUTC')]()).join(' '))
console.log(d.getTimezoneOffset(), d.getTime() % 1000)
