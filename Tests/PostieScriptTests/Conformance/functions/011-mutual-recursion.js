function isEven(n) { return n === 0 ? true : isOdd(n - 1) }
function isOdd(n) { return n === 0 ? false : isEven(n - 1) }
console.log(isEven(10), isOdd(7), isEven(7))
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves
  hanoi(n - 1, from, via, to, moves)
  moves.push(from + to)
  return hanoi(n - 1, via, to, from, moves)
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '))
