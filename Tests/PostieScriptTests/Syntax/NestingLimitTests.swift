import Foundation
import PostieScript
import Testing

/// Runs `body` on a thread with a 512 MB stack, as the engine parses, and waits for it.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    init() {}
}

func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 512 << 20
    thread.start()
    done.wait()
    return box.value!
}

/// The error message for `source` (parsed and released on a large stack), or "ok".
func deepResult(_ source: String) -> String {
    onLargeStack {
        do throws(ParseError) {
            _ = try Parser.parse(SourceText(name: "deep.js", text: source), goal: .eval)
            return "ok"
        } catch {
            return error.message
        }
    }
}

@Suite("Parser: nesting limits")
struct NestingLimitTests {
    static let hundredThousand = 100_000

    /// Inputs far past the limits: each must end with a ParseError, never a stack overflow.
    static let tooDeep: [(String, String)] = [
        ("brackets", String(repeating: "[", count: hundredThousand)),
        ("parentheses", String(repeating: "(", count: hundredThousand)),
        ("blocks", String(repeating: "{", count: hundredThousand)),
        ("objects", "x = " + String(repeating: "{a:", count: hundredThousand)),
        ("functions", String(repeating: "function f(){", count: hundredThousand)),
        ("arrows", "x = " + String(repeating: "a => ", count: hundredThousand) + "1"),
        ("async arrows", "x = " + String(repeating: "async () => ", count: hundredThousand) + "1"),
        ("templates", String(repeating: "`${", count: hundredThousand)),
        ("prefix operators", String(repeating: "!", count: hundredThousand) + "a"),
        ("typeof", String(repeating: "typeof ", count: hundredThousand) + "a"),
        ("new", String(repeating: "new ", count: hundredThousand) + "A"),
        ("assignments", String(repeating: "a = ", count: hundredThousand) + "1"),
        ("conditionals", String(repeating: "a ? b : ", count: hundredThousand) + "c"),
        ("exponents", String(repeating: "a ** ", count: hundredThousand) + "a"),
        ("if statements", String(repeating: "if (a) ", count: hundredThousand) + ";"),
        ("binding patterns", "var " + String(repeating: "[", count: hundredThousand)),
        ("binary chain", "x = " + String(repeating: "a + ", count: hundredThousand) + "a"),
        ("member chain", "x = a" + String(repeating: ".b", count: hundredThousand)),
        ("call chain", "x = a" + String(repeating: "()", count: hundredThousand)),
        ("index chain", "x = a" + String(repeating: "[0]", count: hundredThousand)),
        (
            "chains inside chains",
            "x = " + String(repeating: "(", count: 4) + String(repeating: "a + ", count: 3000) + "a"
                + String(repeating: ")" + String(repeating: " + a", count: 3000), count: 4)
        ),
    ]

    @Test(arguments: tooDeep)
    func limitStopsDeepInput(_ name: String, _ source: String) {
        #expect(deepResult(source) == "Maximum nesting depth exceeded", "\(name)")
    }

    /// Deep but within the limits: parses.
    static let deepButFine: [(String, String)] = [
        ("1400 brackets", String(repeating: "[", count: 1400) + String(repeating: "]", count: 1400)),
        ("1000 parentheses", String(repeating: "(", count: 1000) + "a" + String(repeating: ")", count: 1000)),
        ("9000-term sum", "x = " + String(repeating: "a + ", count: 9000) + "a"),
        ("9000-link member chain", "x = a" + String(repeating: ".b", count: 9000)),
        ("300 nested functions", String(repeating: "function f(){", count: 300) + String(repeating: "}", count: 300)),
        ("100,000 statements", String(repeating: "a = a + 1;\n", count: 100_000)),
        ("100,000 array elements", "x = [" + String(repeating: "1,", count: 100_000) + "]"),
    ]

    @Test(arguments: deepButFine)
    func deepInputWithinLimits(_ name: String, _ source: String) {
        #expect(deepResult(source) == "ok", "\(name)")
    }

    @Test func limitsCanBeLowered() {
        let result = onLargeStack { () -> String in
            do throws(ParseError) {
                _ = try Parser.parse(
                    SourceText(name: "x.js", text: "[[[[[[[[[[1]]]]]]]]]]"), goal: .eval,
                    limits: ParseLimits(maximumNesting: 5))
                return "ok"
            } catch {
                return error.message
            }
        }
        #expect(result == "Maximum nesting depth exceeded")
    }
}

@Suite("Parser: large scripts")
struct LargeScriptTests {
    /// About 1 MB of typical script code: functions, objects, loops, classes, templates, regexes.
    static func generatedScript(bytes: Int) -> String {
        var pieces: [String] = []
        var size = 0
        var index = 0
        while size < bytes {
            let piece = """
                function handler\(index)(request, response) {
                    var total = 0, items = request.items || [];
                    for (var i = 0; i < items.length; i++) {
                        if (items[i].price > 10 && !items[i].skip) { total += items[i].price * 1.5; }
                    }
                    const label = `order ${request.id}: ${total.toFixed(2)}`;
                    let matches = /^[a-z]+\\d*$/i.test(request.name) ? 'ok' : "bad";
                    pm.test("status \(index)", () => { pm.expect(response.code).to.eql(200); });
                    return { label, total, matches, when: Date.now(), tags: ['a', 'b', ...request.tags] };
                }
                class Model\(index) extends Base { constructor(a) { super(a); this.x = a?.x ?? 0; } get y() { return this.x ** 2; } }
                const arrow\(index) = async ({ a, b = 2 }, ...rest) => { try { await a(b); } catch (e) { console.log(e); } };

                """
            pieces.append(piece)
            size += piece.utf8.count
            index += 1
        }
        return pieces.joined()
    }

    @Test func parsesAMegabyteScript() throws {
        let source = SourceText(name: "big.js", text: Self.generatedScript(bytes: 1 << 20))
        let start = DispatchTime.now().uptimeNanoseconds
        let script = try onLargeStack { () -> Result<ScriptNode, ParseError> in
            do throws(ParseError) { return .success(try Parser.parse(source, goal: .eval)) } catch { return .failure(error) }
        }.get()
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        #expect(script.body.count > 4000)
        // Generous, for debug builds on a shared machine; release builds take about 30 ms.
        #expect(milliseconds < 20_000)
    }
}
