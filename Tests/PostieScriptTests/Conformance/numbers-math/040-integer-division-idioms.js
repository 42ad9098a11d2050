const pairs = [[7, 2], [-7, 2], [7, -2], [-7, -2]]
for (const [a, b] of pairs) {
  console.log(a, b, Math.floor(a / b), Math.trunc(a / b), (a / b) | 0, a % b, ((a % b) + b) % b)
}
console.log(Math.floor(2 ** 40 / 3), (2 ** 40 / 3) | 0, Math.trunc(2 ** 40 / 3))
