for (const v of [0.000001234, 0.00001234, 123456789, 1234.5678, 1e21, -0.0001, 100]) {
  console.log(v, v.toPrecision(1), v.toPrecision(3), v.toPrecision(8))
}
console.log((0).toPrecision(1), (0).toPrecision(5), (-0).toPrecision(3), NaN.toPrecision(2))
console.log((5e-324).toPrecision(3), (1.7976931348623157e308).toPrecision(5))
