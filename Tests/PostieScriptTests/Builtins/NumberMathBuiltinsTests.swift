import Testing
@testable import PostieScript

/// One JavaScript expression and how Node 20 shows its value (`show` below), or the error it throws.
struct BuiltinExpressionCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: String
    var testDescription: String { source.count > 100 ? String(source.prefix(97)) + "..." : source }
}

/// One `MathFixtures` row: a function, its arguments and V8's result, all as double bits.
struct MathFixtureCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [Double]
    let expected: Double
    var testDescription: String { "\(name)(\(arguments.map { String($0.bitPattern, radix: 16) }.joined(separator: ", ")))" }

    static func all() -> [MathFixtureCase] {
        MathFixtures.rows.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3 else { return nil }
            let bits = fields.dropFirst().map { Double(bitPattern: UInt64($0, radix: 16) ?? 0x7FF4_0000_0000_0000) }
            return MathFixtureCase(name: fields[0], arguments: Array(bits.dropLast()), expected: bits[bits.count - 1])
        }
    }
}

@Suite("Number, Math and the URI functions (ECMA-262 §21.1, §21.3, §19.2.6, §B.2.1) match Node 20")
struct NumberMathBuiltinsTests {
    /// Prints a value so that -0, strings and errors are told apart without depending on console formatting.
    static let show = #"""
    function show(v) {
      if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
      if (typeof v === 'string') return '"' + v + '"';
      return String(v);
    }
    function run(f) {
      var text;
      try { text = show(f()); } catch (e) { text = e.name + ': ' + e.message; }
      console.log(text);
    }
    """#

    // Expected values: testgen/gen.js runs each expression in Node v20.20.2 with the same `show`.
    static let cases: [BuiltinExpressionCase] = [
        BuiltinExpressionCase(source: #"Number()"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Number(undefined)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number(null)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Number(true)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Number('')"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Number('  42  ')"#, expected: #"42"#),
        BuiltinExpressionCase(source: #"Number('0x1F')"#, expected: #"31"#),
        BuiltinExpressionCase(source: #"Number('0b101')"#, expected: #"5"#),
        BuiltinExpressionCase(source: #"Number('0o17')"#, expected: #"15"#),
        BuiltinExpressionCase(source: #"Number('-0x10')"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number('1e1000')"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Number('-0')"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Number('12px')"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number([])"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Number(['7'])"#, expected: #"7"#),
        BuiltinExpressionCase(source: #"Number([1, 2])"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number({})"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number({ valueOf() { return 3 } })"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Number({ toString() { return '8' } })"#, expected: #"8"#),
        BuiltinExpressionCase(source: #"typeof new Number(5)"#, expected: #""object""#),
        BuiltinExpressionCase(source: #"new Number(5) + 1"#, expected: #"6"#),
        BuiltinExpressionCase(source: #"new Number('-0').valueOf()"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"new Number() instanceof Number"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Object.getPrototypeOf(new Number(1)) === Number.prototype"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"(function () { class N extends Number { twice() { return this * 2 } } var n = new N(21); return [n instanceof N, n instanceof Number, n.twice(), n.valueOf()].join() })()"#, expected: #""true,true,42,21""#),
        BuiltinExpressionCase(source: #"(function () { class M extends Number { constructor(v) { super(v * 2) } } var m = new M(2); return [Object.getPrototypeOf(m) === M.prototype, m.valueOf(), typeof m, m + 1].join() })()"#, expected: #""true,4,object,5""#),
        BuiltinExpressionCase(source: #"Number.length"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Number.name"#, expected: #""Number""#),
        BuiltinExpressionCase(source: #"Number.prototype.valueOf()"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Number(Symbol())"#, expected: #"TypeError: Cannot convert a Symbol value to a number"#),
        BuiltinExpressionCase(source: #"Number.prototype.constructor === Number"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.EPSILON"#, expected: #"2.220446049250313e-16"#),
        BuiltinExpressionCase(source: #"Number.MAX_SAFE_INTEGER"#, expected: #"9007199254740991"#),
        BuiltinExpressionCase(source: #"Number.MIN_SAFE_INTEGER"#, expected: #"-9007199254740991"#),
        BuiltinExpressionCase(source: #"Number.MAX_VALUE"#, expected: #"1.7976931348623157e+308"#),
        BuiltinExpressionCase(source: #"Number.MIN_VALUE"#, expected: #"5e-324"#),
        BuiltinExpressionCase(source: #"Number.NaN"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Number.NEGATIVE_INFINITY"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Number.POSITIVE_INFINITY"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Number.EPSILON === Math.pow(2, -52)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"(function () { var d = Object.getOwnPropertyDescriptor(Number, 'MAX_VALUE'); return [d.writable, d.enumerable, d.configurable].join() })()"#, expected: #""false,false,false""#),
        BuiltinExpressionCase(source: #"(function () { var d = Object.getOwnPropertyDescriptor(Number, 'EPSILON'); return [d.writable, d.enumerable, d.configurable].join() })()"#, expected: #""false,false,false""#),
        BuiltinExpressionCase(source: #"(function () { 'use strict'; try { Number.NaN = 1 } catch (e) { return e.name } })()"#, expected: #""TypeError""#),
        BuiltinExpressionCase(source: #"(function () { var d = Object.getOwnPropertyDescriptor(Number, 'isNaN'); return [d.writable, d.enumerable, d.configurable].join() })()"#, expected: #""true,false,true""#),
        BuiltinExpressionCase(source: #"Number.isFinite(1)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isFinite('1')"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isFinite(Infinity)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isFinite(NaN)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isFinite(new Number(1))"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isInteger(5)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isInteger(5.5)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isInteger(-0)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isInteger(1e300)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isInteger('5')"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isInteger(Infinity)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isNaN(NaN)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isNaN('NaN')"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isNaN(undefined)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isNaN(0 / 0)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isSafeInteger(9007199254740991)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isSafeInteger(9007199254740992)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isSafeInteger(-9007199254740991)"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.isSafeInteger(1.5)"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.isSafeInteger('1')"#, expected: #"false"#),
        BuiltinExpressionCase(source: #"Number.parseFloat === parseFloat"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.parseInt === parseInt"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"Number.parseFloat('3.5abc')"#, expected: #"3.5"#),
        BuiltinExpressionCase(source: #"Number.parseInt('ff', 16)"#, expected: #"255"#),
        BuiltinExpressionCase(source: #"Number.isFinite.length"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Number.isInteger.name"#, expected: #""isInteger""#),
        BuiltinExpressionCase(source: #"(255).toString(16)"#, expected: #""ff""#),
        BuiltinExpressionCase(source: #"(255).toString(2)"#, expected: #""11111111""#),
        BuiltinExpressionCase(source: #"(-255.5).toString(2)"#, expected: #""-11111111.1""#),
        BuiltinExpressionCase(source: #"(0.5).toString(36)"#, expected: #""0.i""#),
        BuiltinExpressionCase(source: #"(1e21).toString(36)"#, expected: #""5v1j4f4ds7c000""#),
        BuiltinExpressionCase(source: #"(35).toString(36)"#, expected: #""z""#),
        BuiltinExpressionCase(source: #"(-0).toString(2)"#, expected: #""0""#),
        BuiltinExpressionCase(source: #"(NaN).toString(16)"#, expected: #""NaN""#),
        BuiltinExpressionCase(source: #"(-Infinity).toString(8)"#, expected: #""-Infinity""#),
        BuiltinExpressionCase(source: #"(10).toString(10.9)"#, expected: #""10""#),
        BuiltinExpressionCase(source: #"(1).toString(undefined)"#, expected: #""1""#),
        BuiltinExpressionCase(source: #"(0.1).toString(3)"#, expected: #""0.0022002200220022002200220022002201""#),
        BuiltinExpressionCase(source: #"(123.456).toString(8)"#, expected: #""173.3513615237574734""#),
        BuiltinExpressionCase(source: #"(1).toString(1)"#, expected: #"RangeError: toString() radix argument must be between 2 and 36"#),
        BuiltinExpressionCase(source: #"(1).toString(37)"#, expected: #"RangeError: toString() radix argument must be between 2 and 36"#),
        BuiltinExpressionCase(source: #"(1).toString(Infinity)"#, expected: #"RangeError: toString() radix argument must be between 2 and 36"#),
        BuiltinExpressionCase(source: #"(1).toString(NaN)"#, expected: #"RangeError: toString() radix argument must be between 2 and 36"#),
        BuiltinExpressionCase(source: #"Number.prototype.toString.call('1')"#, expected: #"TypeError: Number.prototype.toString requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"Number.prototype.toString.call({})"#, expected: #"TypeError: Number.prototype.toString requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"Number.prototype.toString.call(new Number(7), 2)"#, expected: #""111""#),
        BuiltinExpressionCase(source: #"Number.prototype.toString.length"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"(42).toString()"#, expected: #""42""#),
        BuiltinExpressionCase(source: #"(-1.5e-7).toString()"#, expected: #""-1.5e-7""#),
        BuiltinExpressionCase(source: #"(1.45).toFixed(1)"#, expected: #""1.4""#),
        BuiltinExpressionCase(source: #"(1.005).toFixed(2)"#, expected: #""1.00""#),
        BuiltinExpressionCase(source: #"(-1.5).toFixed(0)"#, expected: #""-2""#),
        BuiltinExpressionCase(source: #"(2.5).toFixed(0)"#, expected: #""3""#),
        BuiltinExpressionCase(source: #"(-0).toFixed(2)"#, expected: #""0.00""#),
        BuiltinExpressionCase(source: #"(-0.0000001).toFixed(2)"#, expected: #""-0.00""#),
        BuiltinExpressionCase(source: #"(1e21).toFixed(2)"#, expected: #""1e+21""#),
        BuiltinExpressionCase(source: #"(1.23e20).toFixed(2)"#, expected: #""123000000000000000000.00""#),
        BuiltinExpressionCase(source: #"(0.000001).toFixed(7)"#, expected: #""0.0000010""#),
        BuiltinExpressionCase(source: #"(123.456).toFixed()"#, expected: #""123""#),
        BuiltinExpressionCase(source: #"(5).toFixed('2')"#, expected: #""5.00""#),
        BuiltinExpressionCase(source: #"(1).toFixed(100).length"#, expected: #"102"#),
        BuiltinExpressionCase(source: #"(NaN).toFixed(2)"#, expected: #""NaN""#),
        BuiltinExpressionCase(source: #"(Infinity).toFixed(1)"#, expected: #""Infinity""#),
        BuiltinExpressionCase(source: #"(NaN).toFixed(200)"#, expected: #"RangeError: toFixed() digits argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"(1).toFixed(-1)"#, expected: #"RangeError: toFixed() digits argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"(1).toFixed(101)"#, expected: #"RangeError: toFixed() digits argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"(1).toFixed(Infinity)"#, expected: #"RangeError: toFixed() digits argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"Number.prototype.toFixed.call('1', 2)"#, expected: #"TypeError: Number.prototype.toFixed requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"(0.5).toFixed(0)"#, expected: #""1""#),
        BuiltinExpressionCase(source: #"(1.5).toFixed(0)"#, expected: #""2""#),
        BuiltinExpressionCase(source: #"(123.456).toExponential()"#, expected: #""1.23456e+2""#),
        BuiltinExpressionCase(source: #"(123.456).toExponential(2)"#, expected: #""1.23e+2""#),
        BuiltinExpressionCase(source: #"(0).toExponential()"#, expected: #""0e+0""#),
        BuiltinExpressionCase(source: #"(-0).toExponential(2)"#, expected: #""0.00e+0""#),
        BuiltinExpressionCase(source: #"(1e-7).toExponential(3)"#, expected: #""1.000e-7""#),
        BuiltinExpressionCase(source: #"(5e-324).toExponential()"#, expected: #""5e-324""#),
        BuiltinExpressionCase(source: #"(NaN).toExponential(200)"#, expected: #""NaN""#),
        BuiltinExpressionCase(source: #"(Infinity).toExponential(-1)"#, expected: #""Infinity""#),
        BuiltinExpressionCase(source: #"(1).toExponential(-1)"#, expected: #"RangeError: toExponential() argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"(1).toExponential(101)"#, expected: #"RangeError: toExponential() argument must be between 0 and 100"#),
        BuiltinExpressionCase(source: #"(1).toExponential(undefined)"#, expected: #""1e+0""#),
        BuiltinExpressionCase(source: #"(1.5).toExponential(0)"#, expected: #""2e+0""#),
        BuiltinExpressionCase(source: #"Number.prototype.toExponential.call(true)"#, expected: #"TypeError: Number.prototype.toExponential requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"(123.456).toPrecision()"#, expected: #""123.456""#),
        BuiltinExpressionCase(source: #"(123.456).toPrecision(4)"#, expected: #""123.5""#),
        BuiltinExpressionCase(source: #"(0.000123).toPrecision(2)"#, expected: #""0.00012""#),
        BuiltinExpressionCase(source: #"(1.23e-7).toPrecision(2)"#, expected: #""1.2e-7""#),
        BuiltinExpressionCase(source: #"(123456).toPrecision(2)"#, expected: #""1.2e+5""#),
        BuiltinExpressionCase(source: #"(-0).toPrecision(3)"#, expected: #""0.00""#),
        BuiltinExpressionCase(source: #"(1e21).toPrecision(3)"#, expected: #""1.00e+21""#),
        BuiltinExpressionCase(source: #"(NaN).toPrecision(200)"#, expected: #""NaN""#),
        BuiltinExpressionCase(source: #"(1).toPrecision(0)"#, expected: #"RangeError: toPrecision() argument must be between 1 and 100"#),
        BuiltinExpressionCase(source: #"(1).toPrecision(101)"#, expected: #"RangeError: toPrecision() argument must be between 1 and 100"#),
        BuiltinExpressionCase(source: #"(2.5).toPrecision(1)"#, expected: #""3""#),
        BuiltinExpressionCase(source: #"(1).toPrecision(undefined)"#, expected: #""1""#),
        BuiltinExpressionCase(source: #"Number.prototype.toPrecision.call([])"#, expected: #"TypeError: Number.prototype.toPrecision requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"(5).valueOf()"#, expected: #"5"#),
        BuiltinExpressionCase(source: #"new Number(-3).valueOf()"#, expected: #"-3"#),
        BuiltinExpressionCase(source: #"Number.prototype.valueOf.call(null)"#, expected: #"TypeError: Number.prototype.valueOf requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"Number.prototype.valueOf.call('5')"#, expected: #"TypeError: Number.prototype.valueOf requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"Number.prototype.valueOf.length"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"(1234567.891).toLocaleString()"#, expected: #""1,234,567.891""#),
        BuiltinExpressionCase(source: #"(1234.5678).toLocaleString()"#, expected: #""1,234.568""#),
        BuiltinExpressionCase(source: #"(0.0001).toLocaleString()"#, expected: #""0""#),
        BuiltinExpressionCase(source: #"(-1234.5).toLocaleString()"#, expected: #""-1,234.5""#),
        BuiltinExpressionCase(source: #"(-0).toLocaleString()"#, expected: #""-0""#),
        BuiltinExpressionCase(source: #"NaN.toLocaleString()"#, expected: #""NaN""#),
        BuiltinExpressionCase(source: #"Infinity.toLocaleString()"#, expected: #""∞""#),
        BuiltinExpressionCase(source: #"(-Infinity).toLocaleString()"#, expected: #""-∞""#),
        BuiltinExpressionCase(source: #"(1e21).toLocaleString()"#, expected: #""1,000,000,000,000,000,000,000""#),
        BuiltinExpressionCase(source: #"(999.9995).toLocaleString()"#, expected: #""1,000""#),
        BuiltinExpressionCase(source: #"(1.0005).toLocaleString()"#, expected: #""1.001""#),
        BuiltinExpressionCase(source: #"(0.125).toLocaleString(undefined, { maximumFractionDigits: 2 })"#, expected: #""0.13""#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('en-US', { minimumFractionDigits: 2 })"#, expected: #""1.50""#),
        BuiltinExpressionCase(source: #"(1234.5).toLocaleString('en-US', { useGrouping: false })"#, expected: #""1234.5""#),
        BuiltinExpressionCase(source: #"(2.5).toLocaleString(undefined, { maximumFractionDigits: 0 })"#, expected: #""3""#),
        BuiltinExpressionCase(source: #"(-2.5).toLocaleString(undefined, { maximumFractionDigits: 0 })"#, expected: #""-3""#),
        BuiltinExpressionCase(source: #"(12).toLocaleString('en-US', { minimumIntegerDigits: 3 })"#, expected: #""012""#),
        BuiltinExpressionCase(source: #"(123.456).toLocaleString('en-US', { maximumSignificantDigits: 2 })"#, expected: #""120""#),
        BuiltinExpressionCase(source: #"(0.00012345).toLocaleString('en-US', { maximumSignificantDigits: 2 })"#, expected: #""0.00012""#),
        BuiltinExpressionCase(source: #"(5).toLocaleString('en-US', { minimumSignificantDigits: 3 })"#, expected: #""5.00""#),
        BuiltinExpressionCase(source: #"(5).toLocaleString('en-US', { style: 'currency', currency: 'USD' })"#, expected: #""$5.00""#),
        BuiltinExpressionCase(source: #"(-5).toLocaleString('en-US', { style: 'currency', currency: 'USD' })"#, expected: #""-$5.00""#),
        BuiltinExpressionCase(source: #"(1234.5).toLocaleString('en-US', { style: 'currency', currency: 'JPY' })"#, expected: #""¥1,235""#),
        BuiltinExpressionCase(source: #"(0.256).toLocaleString('en-US', { style: 'percent' })"#, expected: #""26%""#),
        BuiltinExpressionCase(source: #"(1234.5).toLocaleString('de-DE')"#, expected: #""1.234,5""#),
        BuiltinExpressionCase(source: #"(12345.5).toLocaleString('es-ES')"#, expected: #""12.345,5""#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('en-US', { maximumFractionDigits: 101 })"#, expected: #"RangeError: maximumFractionDigits value is out of range."#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('en-US', { minimumFractionDigits: 5, maximumFractionDigits: 2 })"#, expected: #"RangeError: maximumFractionDigits value is out of range."#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('en-US', { style: 'currency' })"#, expected: #"TypeError: Currency code is required with currency style."#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('en-US', { style: 'bogus' })"#, expected: #"RangeError: Value bogus out of range for Number.prototype.toLocaleString options property style"#),
        BuiltinExpressionCase(source: #"(1.5).toLocaleString('xx-invalid-@@')"#, expected: #"RangeError: Incorrect locale information provided"#),
        BuiltinExpressionCase(source: #"Number.prototype.toLocaleString.call('x')"#, expected: #"TypeError: Number.prototype.toLocaleString requires that 'this' be a Number"#),
        BuiltinExpressionCase(source: #"Number.prototype.toLocaleString.length"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.E"#, expected: #"2.718281828459045"#),
        BuiltinExpressionCase(source: #"Math.LN10"#, expected: #"2.302585092994046"#),
        BuiltinExpressionCase(source: #"Math.LN2"#, expected: #"0.6931471805599453"#),
        BuiltinExpressionCase(source: #"Math.LOG10E"#, expected: #"0.4342944819032518"#),
        BuiltinExpressionCase(source: #"Math.LOG2E"#, expected: #"1.4426950408889634"#),
        BuiltinExpressionCase(source: #"Math.PI"#, expected: #"3.141592653589793"#),
        BuiltinExpressionCase(source: #"Math.SQRT1_2"#, expected: #"0.7071067811865476"#),
        BuiltinExpressionCase(source: #"Math.SQRT2"#, expected: #"1.4142135623730951"#),
        BuiltinExpressionCase(source: #"Math[Symbol.toStringTag]"#, expected: #""Math""#),
        BuiltinExpressionCase(source: #"String(Math)"#, expected: #""[object Math]""#),
        BuiltinExpressionCase(source: #"(function () { var d = Object.getOwnPropertyDescriptor(Math, 'PI'); return [d.writable, d.enumerable, d.configurable].join() })()"#, expected: #""false,false,false""#),
        BuiltinExpressionCase(source: #"(function () { var d = Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag); return [d.writable, d.enumerable, d.configurable].join() })()"#, expected: #""false,false,true""#),
        BuiltinExpressionCase(source: #"Object.getOwnPropertyNames(Math).join()"#, expected: #""abs,acos,acosh,asin,asinh,atan,atanh,atan2,ceil,cbrt,expm1,clz32,cos,cosh,exp,floor,fround,hypot,imul,log,log1p,log2,log10,max,min,pow,random,round,sign,sin,sinh,sqrt,tan,tanh,trunc,E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2""#),
        BuiltinExpressionCase(source: #"Math.max.length"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"Math.hypot.length"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"Math.random.length"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.atan2.name"#, expected: #""atan2""#),
        BuiltinExpressionCase(source: #"Math.abs(-0)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.abs(-Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.abs('-3')"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Math.abs()"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.abs(null)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.sign(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.sign(-3)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.sign(NaN)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.sign('5')"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.round(-0.5)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.round(2.5)"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Math.round(-2.5)"#, expected: #"-2"#),
        BuiltinExpressionCase(source: #"Math.round(0.49999999999999994)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.round(-0.4)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.round(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.round(4503599627370495.5)"#, expected: #"4503599627370496"#),
        BuiltinExpressionCase(source: #"Math.round(-4503599627370495.5)"#, expected: #"-4503599627370495"#),
        BuiltinExpressionCase(source: #"Math.round(1.5)"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"Math.round(-1.5)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.round(Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.round(NaN)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.round(-0.50000000000000011)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.floor(-0.5)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.floor(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.ceil(-0.5)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.ceil(0.2)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.trunc(-0.9)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.trunc(4.7)"#, expected: #"4"#),
        BuiltinExpressionCase(source: #"Math.trunc(-Infinity)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.fround(5.5)"#, expected: #"5.5"#),
        BuiltinExpressionCase(source: #"Math.fround(5.05)"#, expected: #"5.050000190734863"#),
        BuiltinExpressionCase(source: #"Math.fround(2 ** 128)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.fround(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.fround(1e-50)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.fround(1.0000000596046448)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.clz32(0)"#, expected: #"32"#),
        BuiltinExpressionCase(source: #"Math.clz32(1)"#, expected: #"31"#),
        BuiltinExpressionCase(source: #"Math.clz32(-1)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.clz32(0.5)"#, expected: #"32"#),
        BuiltinExpressionCase(source: #"Math.clz32(2 ** 32)"#, expected: #"32"#),
        BuiltinExpressionCase(source: #"Math.clz32('8')"#, expected: #"28"#),
        BuiltinExpressionCase(source: #"Math.imul(3, 4)"#, expected: #"12"#),
        BuiltinExpressionCase(source: #"Math.imul(-5, 12)"#, expected: #"-60"#),
        BuiltinExpressionCase(source: #"Math.imul(0xffffffff, 5)"#, expected: #"-5"#),
        BuiltinExpressionCase(source: #"Math.imul(0xfffffffe, 5)"#, expected: #"-10"#),
        BuiltinExpressionCase(source: #"Math.imul(2 ** 31, 2)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.max()"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.min()"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.max(1, NaN, 3)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.min(-0, 0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.max(-0, 0)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.max(0, -0)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.min(0, -0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.max('7', 2)"#, expected: #"7"#),
        BuiltinExpressionCase(source: #"(function () { var calls = []; Math.max({ valueOf() { calls.push(1); return NaN } }, { valueOf() { calls.push(2); return 1 } }); return calls.join() })()"#, expected: #""1,2""#),
        BuiltinExpressionCase(source: #"Math.max(-Infinity, -1e308)"#, expected: #"-1e+308"#),
        BuiltinExpressionCase(source: #"Math.min(Infinity, 1e308)"#, expected: #"1e+308"#),
        BuiltinExpressionCase(source: #"Math.max(undefined)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(1, Infinity)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(-1, Infinity)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(1, NaN)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(NaN, 0)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.pow(-0, -3)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.pow(-0, -2)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.pow(-0, 3)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.pow(-Infinity, 3)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.pow(-Infinity, -3)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.pow(-8, 1 / 3)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(2, -1074)"#, expected: #"5e-324"#),
        BuiltinExpressionCase(source: #"Math.pow(2, 1024)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.pow(10, 308)"#, expected: #"1e+308"#),
        BuiltinExpressionCase(source: #"Math.pow(10, -5)"#, expected: #"0.000009999999999999999"#),
        BuiltinExpressionCase(source: #"Math.pow(2, 0.5)"#, expected: #"1.4142135623730951"#),
        BuiltinExpressionCase(source: #"Math.pow(-2, 0.5)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.pow(0.5, -Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.pow(1.0000001, 1e9)"#, expected: #"2.6881038582144647e+43"#),
        BuiltinExpressionCase(source: #"Math.pow(7, 23)"#, expected: #"27368747340080914000"#),
        BuiltinExpressionCase(source: #"Math.pow(-3, 5)"#, expected: #"-243"#),
        BuiltinExpressionCase(source: #"Math.pow(1.1, 2.5)"#, expected: #"1.2690587062858836"#),
        BuiltinExpressionCase(source: #"Math.hypot()"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.hypot(3, 4)"#, expected: #"5"#),
        BuiltinExpressionCase(source: #"Math.hypot(NaN, Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.hypot(-Infinity, NaN)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.hypot(NaN, 1)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.hypot(-0)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.hypot(-0, -0)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.hypot(1e200, 1e200)"#, expected: #"1.414213562373095e+200"#),
        BuiltinExpressionCase(source: #"Math.hypot(1e-200, 1e-200)"#, expected: #"1.414213562373095e-200"#),
        BuiltinExpressionCase(source: #"Math.hypot(1, 2, 3)"#, expected: #"3.741657386773941"#),
        BuiltinExpressionCase(source: #"Math.hypot('3', '4')"#, expected: #"5"#),
        BuiltinExpressionCase(source: #"Math.sqrt(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.sqrt(-1)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.sqrt(2)"#, expected: #"1.4142135623730951"#),
        BuiltinExpressionCase(source: #"Math.cbrt(-8)"#, expected: #"-2"#),
        BuiltinExpressionCase(source: #"Math.cbrt(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.cbrt(27)"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Math.cbrt(2)"#, expected: #"1.2599210498948732"#),
        BuiltinExpressionCase(source: #"Math.cbrt(Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.exp(1)"#, expected: #"2.718281828459045"#),
        BuiltinExpressionCase(source: #"Math.exp(-Infinity)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.exp(710)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.exp(-745.2)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.exp(-0)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.exp(0.5)"#, expected: #"1.6487212707001282"#),
        BuiltinExpressionCase(source: #"Math.exp(100)"#, expected: #"2.6881171418161356e+43"#),
        BuiltinExpressionCase(source: #"Math.expm1(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.expm1(1e-10)"#, expected: #"1.00000000005e-10"#),
        BuiltinExpressionCase(source: #"Math.expm1(-Infinity)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.expm1(1)"#, expected: #"1.718281828459045"#),
        BuiltinExpressionCase(source: #"Math.log(-0)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.log(0)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.log(-1)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.log(1)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.log(Math.E)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.log(10)"#, expected: #"2.302585092994046"#),
        BuiltinExpressionCase(source: #"Math.log(5e-324)"#, expected: #"-744.4400719213812"#),
        BuiltinExpressionCase(source: #"Math.log1p(-1)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.log1p(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.log1p(1e-20)"#, expected: #"1e-20"#),
        BuiltinExpressionCase(source: #"Math.log1p(-2)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.log2(8)"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Math.log2(1024)"#, expected: #"10"#),
        BuiltinExpressionCase(source: #"Math.log2(3)"#, expected: #"1.584962500721156"#),
        BuiltinExpressionCase(source: #"Math.log2(0)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.log10(1000)"#, expected: #"3"#),
        BuiltinExpressionCase(source: #"Math.log10(1e-300)"#, expected: #"-300"#),
        BuiltinExpressionCase(source: #"Math.log10(2)"#, expected: #"0.3010299956639812"#),
        BuiltinExpressionCase(source: #"Math.log10(-0)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.sin(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.sin(Infinity)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.sin(Math.PI)"#, expected: #"1.2246467991473532e-16"#),
        BuiltinExpressionCase(source: #"Math.sin(1)"#, expected: #"0.8414709848078965"#),
        BuiltinExpressionCase(source: #"Math.sin(1e22)"#, expected: #"-0.8522008497671888"#),
        BuiltinExpressionCase(source: #"Math.sin(1e300)"#, expected: #"-0.8178819121159085"#),
        BuiltinExpressionCase(source: #"Math.cos(0)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.cos(Math.PI)"#, expected: #"-1"#),
        BuiltinExpressionCase(source: #"Math.cos(1e22)"#, expected: #"0.523214785395139"#),
        BuiltinExpressionCase(source: #"Math.cos(1)"#, expected: #"0.5403023058681398"#),
        BuiltinExpressionCase(source: #"Math.tan(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.tan(Math.PI / 4)"#, expected: #"0.9999999999999999"#),
        BuiltinExpressionCase(source: #"Math.tan(1e22)"#, expected: #"-1.628778225606899"#),
        BuiltinExpressionCase(source: #"Math.tan(1.5707963267948966)"#, expected: #"16331239353195370"#),
        BuiltinExpressionCase(source: #"Math.asin(2)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.asin(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.asin(1)"#, expected: #"1.5707963267948966"#),
        BuiltinExpressionCase(source: #"Math.acos(1)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.acos(-1)"#, expected: #"3.141592653589793"#),
        BuiltinExpressionCase(source: #"Math.acos(0.5)"#, expected: #"1.0471975511965979"#),
        BuiltinExpressionCase(source: #"Math.atan(Infinity)"#, expected: #"1.5707963267948966"#),
        BuiltinExpressionCase(source: #"Math.atan(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.atan(1)"#, expected: #"0.7853981633974483"#),
        BuiltinExpressionCase(source: #"Math.atan2(0, -0)"#, expected: #"3.141592653589793"#),
        BuiltinExpressionCase(source: #"Math.atan2(-0, -0)"#, expected: #"-3.141592653589793"#),
        BuiltinExpressionCase(source: #"Math.atan2(-0, 1)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.atan2(1, 0)"#, expected: #"1.5707963267948966"#),
        BuiltinExpressionCase(source: #"Math.atan2(Infinity, -Infinity)"#, expected: #"2.356194490192345"#),
        BuiltinExpressionCase(source: #"Math.atan2(-1, -Infinity)"#, expected: #"-3.141592653589793"#),
        BuiltinExpressionCase(source: #"Math.atan2(3, 4)"#, expected: #"0.6435011087932844"#),
        BuiltinExpressionCase(source: #"Math.sinh(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.sinh(710)"#, expected: #"1.1169973830808557e+308"#),
        BuiltinExpressionCase(source: #"Math.sinh(-Infinity)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.sinh(1)"#, expected: #"1.1752011936438014"#),
        BuiltinExpressionCase(source: #"Math.cosh(-Infinity)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.cosh(0)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.cosh(1)"#, expected: #"1.5430806348152437"#),
        BuiltinExpressionCase(source: #"Math.tanh(Infinity)"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.tanh(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.tanh(0.5)"#, expected: #"0.46211715726000974"#),
        BuiltinExpressionCase(source: #"Math.asinh(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.asinh(1)"#, expected: #"0.881373587019543"#),
        BuiltinExpressionCase(source: #"Math.acosh(0.5)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.acosh(1)"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.acosh(2)"#, expected: #"1.3169578969248166"#),
        BuiltinExpressionCase(source: #"Math.atanh(1)"#, expected: #"Infinity"#),
        BuiltinExpressionCase(source: #"Math.atanh(-1)"#, expected: #"-Infinity"#),
        BuiltinExpressionCase(source: #"Math.atanh(2)"#, expected: #"NaN"#),
        BuiltinExpressionCase(source: #"Math.atanh(0.5)"#, expected: #"0.5493061443340548"#),
        BuiltinExpressionCase(source: #"Math.atanh(-0)"#, expected: #"-0"#),
        BuiltinExpressionCase(source: #"Math.sin('0')"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.floor('7.5')"#, expected: #"7"#),
        BuiltinExpressionCase(source: #"Math.exp([])"#, expected: #"1"#),
        BuiltinExpressionCase(source: #"Math.log({ valueOf() { return 1 } })"#, expected: #"0"#),
        BuiltinExpressionCase(source: #"Math.sqrt(Symbol())"#, expected: #"TypeError: Cannot convert a Symbol value to a number"#),
        BuiltinExpressionCase(source: #"Math.atan2('1', '1')"#, expected: #"0.7853981633974483"#),
        BuiltinExpressionCase(source: #"(function () { for (var i = 0; i < 2000; i++) { var r = Math.random(); if (!(r >= 0 && r < 1)) return 'out of range ' + r } return 'ok' })()"#, expected: #""ok""#),
        BuiltinExpressionCase(source: #"(function () { var seen = {}; for (var i = 0; i < 1000; i++) seen[Math.random()] = 1; return Object.keys(seen).length })()"#, expected: #"1000"#),
        BuiltinExpressionCase(source: #"(function () { var sum = 0; for (var i = 0; i < 10000; i++) sum += Math.random(); return Math.abs(sum / 10000 - 0.5) < 0.02 })()"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"encodeURIComponent("http://x/a b?c=d&e=f#g;h,i$j+k@l:m!n'o(p)q*r~s-t_u.v")"#, expected: #""http%3A%2F%2Fx%2Fa%20b%3Fc%3Dd%26e%3Df%23g%3Bh%2Ci%24j%2Bk%40l%3Am!n'o(p)q*r~s-t_u.v""#),
        BuiltinExpressionCase(source: #"encodeURI("http://x/a b?c=d&e=f#g;h,i$j+k@l:m!n'o(p)q*r~s-t_u.v")"#, expected: #""http://x/a%20b?c=d&e=f#g;h,i$j+k@l:m!n'o(p)q*r~s-t_u.v""#),
        BuiltinExpressionCase(source: #"encodeURIComponent('[]{}|\\^`"<>%')"#, expected: #""%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E%25""#),
        BuiltinExpressionCase(source: #"encodeURI('[]{}|\\^`"<>%')"#, expected: #""%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E%25""#),
        BuiltinExpressionCase(source: #"encodeURIComponent('a\uD83D\uDE00b')"#, expected: #""a%F0%9F%98%80b""#),
        BuiltinExpressionCase(source: #"encodeURIComponent('\u00e9\u20ac')"#, expected: #""%C3%A9%E2%82%AC""#),
        BuiltinExpressionCase(source: #"encodeURIComponent('\uD800')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"encodeURIComponent('\uDC00x')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"encodeURI('\uDBFF\uDFFF')"#, expected: #""%F4%8F%BF%BF""#),
        BuiltinExpressionCase(source: #"encodeURIComponent()"#, expected: #""undefined""#),
        BuiltinExpressionCase(source: #"encodeURIComponent(123.5)"#, expected: #""123.5""#),
        BuiltinExpressionCase(source: #"encodeURIComponent(null)"#, expected: #""null""#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%G0')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%C0%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%ED%A0%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%F4%90%80%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%E2%82')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%E2%82%AC')"#, expected: #""€""#),
        BuiltinExpressionCase(source: #"decodeURI('%2F%2f%3B%23%41%e2%82%ac')"#, expected: #""%2F%2f%3B%23A€""#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%2F%2f%3B%23')"#, expected: #""//;#""#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%F0%9F%98%80').length"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%FF')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%E2%82%2F')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURI('%')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURI('%25')"#, expected: #""%""#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%C2%41')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%E0%80%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%F0%80%80%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('%F8%80%80%80%80')"#, expected: #"URIError: URI malformed"#),
        BuiltinExpressionCase(source: #"decodeURI('%F4%8F%BF%BF').length"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"decodeURIComponent('a+b%20c')"#, expected: #""a+b c""#),
        BuiltinExpressionCase(source: #"decodeURI('%3f%3F%40')"#, expected: #""%3f%3F%40""#),
        BuiltinExpressionCase(source: #"decodeURIComponent('\uD800%41').length"#, expected: #"2"#),
        BuiltinExpressionCase(source: #"[encodeURI.length, decodeURI.length, encodeURIComponent.name, decodeURIComponent.length].join()"#, expected: #""1,1,encodeURIComponent,1""#),
        BuiltinExpressionCase(source: #"(function () { try { decodeURI('%') } catch (e) { return e instanceof URIError } })()"#, expected: #"true"#),
        BuiltinExpressionCase(source: #"escape('a b+c/\u00fc\u20ac@*_-.')"#, expected: #""a%20b+c/%FC%u20AC@*_-.""#),
        BuiltinExpressionCase(source: #"escape('\uD83D\uDE00')"#, expected: #""%uD83D%uDE00""#),
        BuiltinExpressionCase(source: #"escape()"#, expected: #""undefined""#),
        BuiltinExpressionCase(source: #"escape('%')"#, expected: #""%25""#),
        BuiltinExpressionCase(source: #"unescape('%u20AC%20%zz%u12%41%e9')"#, expected: #""€ %zz%u12Aé""#),
        BuiltinExpressionCase(source: #"unescape('%')"#, expected: #""%""#),
        BuiltinExpressionCase(source: #"unescape('%u00e9%U00e9')"#, expected: #""é%U00e9""#),
        BuiltinExpressionCase(source: #"unescape(escape('\u0100\u00ff~'))"#, expected: #""Āÿ~""#),
        BuiltinExpressionCase(source: #"unescape('%4')"#, expected: #""%4""#),
        BuiltinExpressionCase(source: #"escape.length + unescape.length"#, expected: #"2"#),
    ]

    @Test("Expressions evaluate as in Node", arguments: cases)
    func expression(_ testCase: BuiltinExpressionCase) {
        let output = JSTestRunner.run(Self.show + "\nrun(function () { return (" + testCase.source + ") })")
        #expect(output == testCase.expected)
    }

    @Test("Math functions agree with V8 to the last bit on sampled inputs", arguments: MathFixtureCase.all())
    func fixture(_ testCase: MathFixtureCase) {
        let x = testCase.arguments[0]
        let y = testCase.arguments.count > 1 ? testCase.arguments[1] : 0
        let actual: Double
        switch testCase.name {
        case "sin": actual = MathTrigonometry.sin(x)
        case "cos": actual = MathTrigonometry.cos(x)
        case "tan": actual = MathTrigonometry.tan(x)
        case "asin": actual = MathFunctions.asin(x)
        case "acos": actual = MathFunctions.acos(x)
        case "atan": actual = MathFunctions.atan(x)
        case "atan2": actual = MathFunctions.atan2(x, y)
        case "sinh": actual = MathFunctions.sinh(x)
        case "cosh": actual = MathFunctions.cosh(x)
        case "tanh": actual = MathFunctions.tanh(x)
        case "asinh": actual = MathFunctions.asinh(x)
        case "acosh": actual = MathFunctions.acosh(x)
        case "atanh": actual = MathFunctions.atanh(x)
        case "exp": actual = MathFunctions.exp(x)
        case "expm1": actual = MathFunctions.expm1(x)
        case "log": actual = MathFunctions.log(x)
        case "log1p": actual = MathFunctions.log1p(x)
        case "log2": actual = MathFunctions.log2(x)
        case "log10": actual = MathFunctions.log10(x)
        case "cbrt": actual = MathFunctions.cbrt(x)
        case "sqrt": actual = x.squareRoot()
        case "pow": actual = MathBuiltins.exponentiate(x, y)
        case "hypot": actual = MathFunctions.hypot([x, y])
        default:
            Issue.record("unknown function \(testCase.name)")
            return
        }
        #expect(testCase.expected.isNaN ? actual.isNaN : actual.bitPattern == testCase.expected.bitPattern,
                "got \(String(actual.bitPattern, radix: 16)), Node \(String(testCase.expected.bitPattern, radix: 16))")
    }

    @Test("Math.random stays in [0, 1), and a seeded generator repeats")
    func randomGenerator() {
        let first = MathRandomGenerator(seed: 42)
        let second = MathRandomGenerator(seed: 42)
        for _ in 0..<10_000 {
            let value = first.nextDouble()
            #expect(value >= 0 && value < 1)
            #expect(value == second.nextDouble())
        }
        let fromSystem = MathRandomGenerator()
        let samples = (0..<100).map { _ in fromSystem.nextDouble() }
        #expect(Set(samples).count == 100)
    }

    @Test("The Math object is wired to the V8-exact functions", arguments: [
        ("Math.sin(1)", MathTrigonometry.sin(1)), ("Math.exp(0.5)", MathFunctions.exp(0.5)),
        ("Math.pow(1.1, 2.5)", MathFunctions.pow(1.1, 2.5)), ("Math.cbrt(2)", MathFunctions.cbrt(2)),
    ])
    func wiring(source: String, expected: Double) {
        let output = JSTestRunner.run("console.log(String(" + source + "))")
        #expect(output == NumberConversion.toString(expected))
    }
}
