const double = function (x) { return x * 2 }
const r = double
(21)
console.log(r)
const s = String
('abc').toUpperCase()
console.log(s)
