const inputs = ['3.14abc', '.5', '-.5e-3x', 'Infinityx', '  12  ', '0x10', '1e', '1e+', '', '-0', '+5', '1.2.3', '  \n42', '1_000', 'e5', '-Infinity', 'infinity', '5e-324', '1e400']
console.log(inputs.map(s => parseFloat(s)))
console.log(Object.is(parseFloat('-0'), -0), parseFloat([' 7.5', 2]), parseFloat({ toString: () => '9.9z' }))
console.log(parseFloat('1e-7'), parseFloat('0.0000001'), parseFloat('  .e1'), parseFloat('1.e1'))
console.log(parseFloat('\u00a03.5'), parseFloat('3.5\u00a0'), parseFloat('١'))
