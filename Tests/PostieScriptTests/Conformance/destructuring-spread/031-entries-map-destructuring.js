const prices = { apple: 1.25, pear: 0.8, kiwi: 2 }
const list = Object.entries(prices).map(([name, price]) => `${name}:${price.toFixed(2)}`)
console.log(list)
const expensive = Object.fromEntries(Object.entries(prices).filter(([, p]) => p > 1))
console.log(expensive)
const [[topName]] = Object.entries(prices).sort(([, a], [, b]) => b - a)
console.log(topName)
