/// The canonical string of a numeric property key, as UTF-16 (ECMA-262 §6.1.6.1.20
/// Number::toString), e.g. `1.0` → `"1"`, `0x10` → `"16"`, `1e21` → `"1e+21"`, `.5` → `"0.5"`.
func numberToPropertyKey(_ value: Double) -> [UInt16] {
    Array(NumberConversion.toString(value).utf16)
}
