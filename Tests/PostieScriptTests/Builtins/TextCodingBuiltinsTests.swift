import Testing
import PostieScript

/// `TextEncoder` and `TextDecoder` against Node 20. Node's `decode` takes typed arrays, which this
/// engine does not have, so the sources pass a Uint8Array when there is one and a plain array
/// otherwise; likewise `encode` results are read with `join`.
@Suite("TextCodingBuiltins")
struct TextCodingBuiltinsTests {
    static let cases: [BuiltinScriptCase] = [
        BuiltinScriptCase(##"const e = new TextEncoder(); console.log(e.encoding, Object.prototype.toString.call(e), e.encode.length, TextEncoder.length, TextDecoder.length)"##,
                   "utf-8 [object TextEncoder] 0 0 0"),
        BuiltinScriptCase(##"const e = new TextEncoder(); console.log(e.encode('aé€😀\ud800x').join(), e.encode().length, e.encode(undefined).length, e.encode(null).join(), e.encode(12).join())"##,
                   "97,195,169,226,130,172,240,159,152,128,239,191,189,120 0 0 110,117,108,108 49,50"),
        BuiltinScriptCase(##"const e = new TextEncoder(); console.log(e.encode('\ud83d').join(), e.encode('\ude00\ud83d').join(), e.encode('\u0000\u007f\u0080\u07ff\u0800\uffff').join())"##,
                   "239,191,189 239,191,189,239,191,189 0,127,194,128,223,191,224,160,128,239,191,191"),
        BuiltinScriptCase(##"const d = new TextDecoder(); console.log(d.encoding, d.fatal, d.ignoreBOM, d.decode.length, Object.prototype.toString.call(d))"##,
                   "utf-8 false false 0 [object TextDecoder]"),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(JSON.stringify(d.decode(B([0xEF, 0xBB, 0xBF, 0x68, 0x69]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(B([0xEF, 0xBB, 0xBF, 0x68]))))"##,
                   "\"hi\" \"\u{feff}h\""),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(JSON.stringify(d.decode(B([0xC3]))), JSON.stringify(d.decode(B([0xE2, 0x82]))), JSON.stringify(d.decode(B([0xF0, 0x9F, 0x98]))), JSON.stringify(d.decode(B([0xFF, 0x41, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80]))))"##,
                   "\"�\" \"�\" \"�\" \"�A���������\""),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(d.decode(B([0x68, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80])), d.decode(B([])).length)"##,
                   "hé€😀 0"),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); try { new TextDecoder('utf-8', { fatal: true }).decode(B([0xFF])) } catch (x) { console.log(x.name, x.code, x.message) }"##,
                   "TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8"),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const fatalDecoder = () => new TextDecoder('utf-8', { fatal: true }); const f = fatalDecoder(); console.log(f.fatal, f.decode(B([0x61, 0x62]))); try { f.decode(B([0xE2, 0x82])) } catch (x) { console.log(x.message) } console.log(f.decode(B([0x63])))"##,
                   "true ab\nThe encoded data was not valid for encoding utf-8\nc"),
        BuiltinScriptCase(##"for (const l of ['utf8', 'UTF-8', ' utf-8 ', 'unicode-1-1-utf-8', 'unicode11utf8', 'x-unicode20utf8', '\tutf8\n']) console.log(JSON.stringify(l), new TextDecoder(l).encoding)"##,
                   "\"utf8\" utf-8\n\"UTF-8\" utf-8\n\" utf-8 \" utf-8\n\"unicode-1-1-utf-8\" utf-8\n\"unicode11utf8\" utf-8\n\"x-unicode20utf8\" utf-8\n\"\\tutf8\\n\" utf-8"),
        BuiltinScriptCase(##"for (const l of ['bogus', 'utf-8\u00a0', 'utf-9', '']) { try { new TextDecoder(l) } catch (x) { console.log(x.name, x.code, x.message) } }"##,
                   "RangeError ERR_ENCODING_NOT_SUPPORTED The \"bogus\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"utf-8\u{a0}\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"utf-9\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"\" encoding is not supported"),
        BuiltinScriptCase(##"const d = new TextDecoder(); console.log(JSON.stringify(d.decode()), JSON.stringify(d.decode(undefined)))"##,
                   "\"\" \"\""),
        BuiltinScriptCase(##"const d = new TextDecoder(); for (const v of ['hi', 5, null, true]) { try { d.decode(v) } catch (x) { console.log(x.name, x.code, x.message) } }"##,
                   "TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."),
        BuiltinScriptCase(##"try { TextDecoder() } catch (x) { console.log(x.name, x.message) } try { TextEncoder() } catch (x) { console.log(x.name, x.message) }"##,
                   "TypeError Class constructor TextDecoder cannot be invoked without 'new'\nTypeError Class constructor TextEncoder cannot be invoked without 'new'"),
        BuiltinScriptCase(##"console.log(new TextDecoder(undefined).encoding, new TextDecoder('utf-8', null).fatal, new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).ignoreBOM)"##,
                   "utf-8 false true"),
        BuiltinScriptCase(##"for (const o of [5, 'str', true]) { try { new TextDecoder('utf-8', o) } catch (x) { console.log(x.name, x.code, x.message) } }"##,
                   "TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type string ('str')\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type boolean (true)"),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); for (const o of [5, 'x', true, null, { stream: false }]) console.log(JSON.stringify(new TextDecoder().decode(B([65]), o)))"##,
                   "\"A\"\n\"A\"\n\"A\"\n\"A\"\n\"A\""),
        BuiltinScriptCase(##"console.log(String(new TextEncoder()), String(new TextDecoder()), TextEncoder.name, TextDecoder.prototype[Symbol.toStringTag], typeof TextEncoder)"##,
                   "[object TextEncoder] [object TextDecoder] TextEncoder TextDecoder function"),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(JSON.stringify(d.decode(B([0xE2, 0x82]), { stream: true })), JSON.stringify(d.decode(B([0xAC]))))"##,
                   "\"\" \"€\""),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(JSON.stringify(d.decode(B([0xEF, 0xBB]), { stream: true })), JSON.stringify(d.decode(B([0xBF, 0x41]), { stream: true })), JSON.stringify(d.decode(B([0xEF, 0xBB, 0xBF]))), JSON.stringify(d.decode(B([0xEF, 0xBB, 0xBF, 0x42]))))"##,
                   "\"\" \"A\" \"\u{feff}\" \"B\""),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const d = new TextDecoder(); console.log(JSON.stringify(d.decode(B([0xE2]), { stream: true })), JSON.stringify(d.decode()))"##,
                   "\"\" \"�\""),
        BuiltinScriptCase(##"const B = (a) => (typeof Uint8Array === 'function' ? new Uint8Array(a) : a); const f = new TextDecoder('utf-8', { fatal: true }); f.decode(B([0xE2]), { stream: true }); try { f.decode() } catch (x) { console.log(x.message) }"##,
                   "The encoded data was not valid for encoding utf-8"),
        BuiltinScriptCase(##"for (const C of [TextEncoder, TextDecoder]) for (const k of Object.getOwnPropertyNames(C.prototype)) { const d = Object.getOwnPropertyDescriptor(C.prototype, k); if (k !== 'encodeInto') console.log(C.name, k, 'get' in d ? 'accessor' : typeof d.value, d.enumerable, d.configurable) }"##,
                   "TextEncoder constructor function false true\nTextEncoder encoding accessor true true\nTextEncoder encode function true true\nTextDecoder constructor function false true\nTextDecoder decode function true true\nTextDecoder encoding accessor true true\nTextDecoder fatal accessor true true\nTextDecoder ignoreBOM accessor true true"),
        BuiltinScriptCase(##"try { Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}) } catch (e) { console.log(e.name, e.code, e.message) } try { TextDecoder.prototype.decode.call({}) } catch (e) { console.log(e.name, e.code, e.message) }"##,
                   "TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextEncoder\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder"),
        BuiltinScriptCase(##"const e = new TextEncoder(), d = new TextDecoder(); const s = 'mixed ascii, é, 漢字, 😀 and \u0000'; console.log(d.decode(e.encode(s)) === s, e.encode(s).length)"##,
                   "true 35"),
        BuiltinScriptCase(##"const e = new TextEncoder(), d = new TextDecoder(); console.log(JSON.stringify(d.decode(e.encode('\ud800'))), JSON.stringify(d.decode(e.encode('\ufeffx'))))"##,
                   "\"�\" \"x\""),
    ]

    @Test(arguments: cases)
    func matchesNode(_ scriptCase: BuiltinScriptCase) {
        #expect(JSTestRunner.run(scriptCase.source) == scriptCase.expected)
    }

    @Test func encodeReturnsAnArrayOfBytes() {
        #expect(JSTestRunner.run("const b = new TextEncoder().encode('é'); console.log(Array.isArray(b), b.length, b[0], b[1])") == "true 2 195 169")
    }

    @Test func decodeAcceptsArrayLikes() {
        #expect(JSTestRunner.run("console.log(new TextDecoder().decode({ length: 2, 0: 104, 1: 361 }))") == "hi")
    }
}
