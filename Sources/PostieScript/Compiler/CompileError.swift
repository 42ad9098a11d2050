/// Why a script could not be compiled: a syntax error from the parser or an early error found while
/// generating code (an invalid regular expression literal, a feature PostieScript leaves out).
public typealias CompileError = ParseError
