import Foundation
import Testing
@testable import PostieScript

/// The `Date` built-in, run as JavaScript and compared with what Node 20 prints for the same source.
///
/// Expected outputs were produced by Node (gen/cases.js, gen/gen.js in the Date worker's scratch package),
/// each under the `TZ` given in the case, which the runner hands to `ScriptRuntime(environment:)`.
@Suite("DateBuiltins")
struct DateBuiltinsTests {
    /// A source and what Node printed for it under `zone`.
    struct Case: Sendable, CustomTestStringConvertible {
        var zone: Zone
        var source: String
        var expected: String
        var testDescription: String { "[\(zone.rawValue)] " + source }

        init(_ zone: Zone, _ source: String, _ expected: String) {
            self.zone = zone
            self.source = source
            self.expected = expected
        }
    }

    /// The `TZ` values the cases run under.
    enum Zone: String, Sendable {
        case newYork = "America/New_York"
        case utc = "UTC"
        case kolkata = "Asia/Kolkata"
    }

    @Test(arguments: cases)
    func matchesNode(_ c: Case) {
        #expect(JSTestRunner.run(c.source, environment: ["TZ": c.zone.rawValue]) == c.expected)
    }

    @Test func tableIsLarge() {
        #expect(Self.cases.count >= 150)
    }

    // MARK: - Clock injection (Realm.dateClock)

    /// A source run with `realm.dateClock` fixed, and what Node printed with a Date whose "now" is that clock.
    struct ClockCase: Sendable, CustomTestStringConvertible {
        var clock: Double
        var zone: Zone
        var source: String
        var expected: String
        var testDescription: String { "[\(zone.rawValue) @\(clock)] " + source }

        init(_ clock: Double, _ zone: Zone, _ source: String, _ expected: String) {
            self.clock = clock
            self.zone = zone
            self.source = source
            self.expected = expected
        }
    }

    /// Runs `source` in a fresh runtime whose realm reads `clock` as the current time.
    static func run(_ source: String, zone: String, clock: @escaping () -> Double) -> String {
        JSTestRunner.thread.perform {
            let runtime = ScriptRuntime(environment: ["TZ": zone])
            var lines: [String] = []
            runtime.console = ConsoleSink { _, text in lines.append(text) }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            realm.dateClock = clock
            do throws(ScriptFailure) {
                try runtime.run(try runtime.compile(source, name: "clock.js"), in: realm)
            } catch {
                lines.append("Uncaught \(error.name): \(error.message)")
            }
            return lines.joined(separator: "\n")
        }
    }

    @Test(arguments: clockCases)
    func injectedClockMatchesNode(_ c: ClockCase) {
        let clock = c.clock
        #expect(Self.run(c.source, zone: c.zone.rawValue, clock: { clock }) == c.expected)
    }

    @Test func injectedClockIsReadOnEveryCall() {
        var ticks = 1_000.0
        let output = Self.run("console.log(Date.now(), Date.now(), new Date().getTime())", zone: "UTC") {
            ticks += 5
            return ticks
        }
        #expect(output == "1005 1010 1015")
    }

    @Test func injectedClockIsTimeClipped() {
        // TimeClip: fractions truncate toward zero, values beyond ±8.64e15 give NaN (an invalid date).
        #expect(Self.run("console.log(Date.now(), new Date().getTime())", zone: "UTC", clock: { 1234.9 }) == "1234 1234")
        #expect(Self.run("console.log(Date.now(), Date())", zone: "UTC", clock: { 9e15 }) == "NaN Invalid Date")
        #expect(Self.run("console.log(Date.now())", zone: "UTC", clock: { -0.5 }) == "0")
    }

    @Test func defaultClockIsTheSystemClock() {
        let before = (Date().timeIntervalSince1970 * 1000).rounded(.down)
        let output = JSTestRunner.run("console.log(Date.now(), Date.now() % 1, new Date().getTime() >= Date.now() - 1000)")
        let after = (Date().timeIntervalSince1970 * 1000).rounded(.down)
        let parts = output.split(separator: " ")
        #expect(parts.count == 3)
        let now = Double(parts.first ?? "") ?? .nan
        #expect(now >= before && now <= after)
        #expect(parts.dropFirst().joined(separator: " ") == "0 true")
    }

    @Test func clockIsPerRealm() {
        let output = JSTestRunner.thread.perform {
            let runtime = ScriptRuntime(environment: ["TZ": "UTC"])
            var lines: [String] = []
            runtime.console = ConsoleSink { _, text in lines.append(text) }
            let fixed = runtime.makeRealm()
            let system = runtime.makeRealm()
            defer {
                fixed.tearDown()
                system.tearDown()
            }
            fixed.dateClock = { 42 }
            do throws(ScriptFailure) {
                let script = try runtime.compile("console.log(Date.now() === 42)", name: "realm.js")
                try runtime.run(script, in: fixed)
                try runtime.run(script, in: system)
            } catch {
                lines.append("Uncaught \(error.name): \(error.message)")
            }
            return lines.joined(separator: "\n")
        }
        #expect(output == "true\nfalse")
    }

    // MARK: - The host's view of Date objects

    @Test func dateObjectsExposeTheirTimeValue() {
        let values: [Double?] = JSTestRunner.thread.perform {
            let runtime = ScriptRuntime(environment: ["TZ": "America/New_York"])
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            var values: [Double?] = []
            for source in ["return new Date(2024, 0, 1)", "return new Date(NaN)", "return new (class extends Date {})(5)", "return {}"] {
                let result = try? runtime.run(try runtime.compile(source, name: "host.js"), in: realm)
                values.append((result?.asObject as? JSDateObject)?.timeValue)
            }
            return values
        }
        #expect(values.count == 4)
        #expect(values.first == 1_704_085_200_000)
        #expect(values.dropFirst().first??.isNaN == true)
        #expect(values.dropFirst(2).first == 5)
        #expect(values.last == .some(nil))
    }

    // MARK: - Tables

    static let cases: [Case] = [
        Case(.newYork, "console.log(new Date(2024, 0, 15, 10, 30, 45, 123).getTime())", "1705332645123"),
        Case(.newYork, "console.log(new Date(2024, 0).getTime())", "1704085200000"),
        Case(.newYork, "console.log(new Date(2024, 5, 1).toString())", "Sat Jun 01 2024 00:00:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "console.log(new Date(99, 0).getFullYear(), new Date(0, 0).getFullYear(), new Date(100, 0).getFullYear())", "1999 1900 100"),
        Case(.newYork, "console.log(new Date(99.9, 0).getFullYear(), new Date(-0.5, 0).getFullYear(), new Date(-1, 0).getFullYear())", "1999 1900 -1"),
        Case(.newYork, "console.log(new Date(2019, 12, 1).toDateString(), new Date(2020, -1, 1).toDateString())", "Wed Jan 01 2020 Sun Dec 01 2019"),
        Case(.newYork, "console.log(new Date(2024, 1, 30).toDateString(), new Date(2024, 0, 0).toDateString())", "Fri Mar 01 2024 Sun Dec 31 2023"),
        Case(.newYork, "console.log(new Date(2024, 0, 1, 25, 61, 61, 1001).toString())", "Tue Jan 02 2024 02:02:02 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "console.log(new Date(2024, 0, 1, -1).toString())", "Sun Dec 31 2023 23:00:00 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "console.log(new Date(NaN, 0).getTime(), new Date(2024, NaN).getTime(), new Date(2024, 0, 1, 0, 0, 0, NaN).getTime())", "NaN NaN NaN"),
        Case(.newYork, "console.log(new Date(Infinity, 0).getTime(), new Date(2020, 1e10).getTime(), new Date(1e6, 0).getTime(), new Date(-1e6, 0).getTime())", "NaN NaN NaN NaN"),
        Case(.newYork, "console.log(new Date(275760, 8, 13).getTime(), new Date(275760, 8, 12, 20).getTime(), new Date(275760, 8, 12, 19).getTime())", "NaN 8640000000000000 8639999996400000"),
        Case(.newYork, "console.log(new Date('2024', '1', '3').toDateString(), new Date(2024, 0, 1, 0, 0, 0, 0.9).getMilliseconds())", "Sat Feb 03 2024 0"),
        Case(.newYork, "console.log(new Date(2024, 0, 1, 12, undefined).getTime(), new Date(2024, undefined).getTime())", "NaN NaN"),
        Case(.utc, "console.log(new Date(2024, 0, 15, 10, 30).getTime(), new Date(70, 0).getTime())", "1705314600000 0"),
        Case(.kolkata, "console.log(new Date(2024, 0, 15, 10, 30).getTime(), new Date(70, 0).toISOString())", "1705294800000 1969-12-31T18:30:00.000Z"),
        Case(.newYork, "console.log(new Date(0).getTime(), new Date(1.9).getTime(), new Date(-1.9).getTime(), Object.is(new Date(-0).getTime(), 0))", "0 1 -1 true"),
        Case(.newYork, "console.log(new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).getTime(), new Date(-8.64e15 - 1).getTime())", "8640000000000000 NaN -8640000000000000 NaN"),
        Case(.newYork, "console.log(new Date(undefined).getTime(), new Date(null).getTime(), new Date(true).getTime(), new Date(false).getTime())", "NaN 0 1 0"),
        Case(.newYork, "console.log(new Date('2024-03-10').getTime(), new Date('2024-03-10T12:00').getTime(), new Date('2024-03-10T12:00Z').getTime())", "1710028800000 1710086400000 1710072000000"),
        Case(.newYork, "console.log(new Date('March 10, 2024').getTime(), new Date('garbage').getTime(), new Date('').getTime())", "1710046800000 NaN NaN"),
        Case(.newYork, "console.log(new Date(new String('2024-01-01')).getTime(), new Date(new Number(5)).getTime())", "1704067200000 5"),
        Case(.newYork, "console.log(new Date({ valueOf() { return 42 } }).getTime(), new Date({ toString() { return '2024-01-01' }, valueOf: undefined }).getTime())", "42 1704067200000"),
        Case(.newYork, "console.log(new Date({ [Symbol.toPrimitive](h) { return h === 'default' ? '2024-01-01T00:00Z' : 1 } }).getTime())", "1704067200000"),
        Case(.newYork, "const a = new Date(7); a.valueOf = () => 99; a.toString = () => '1970'; console.log(new Date(a).getTime())", "7"),
        Case(.newYork, "const a = new Date(123); const b = new Date(a); b.setTime(5); console.log(a.getTime(), b.getTime(), a !== b)", "123 5 true"),
        Case(.newYork, "console.log(new Date(new Date(NaN)).getTime(), new Date('0').getTime(), new Date('1e3').getTime())", "NaN 946702800000 NaN"),
        Case(.newYork, "try { new Date(Symbol('s')) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert a Symbol value to a number"),
        Case(.newYork, "try { new Date(2024, Symbol('s')) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert a Symbol value to a number"),
        Case(.newYork, "try { new Date({ valueOf() { return {} }, toString() { return {} } }) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert object to primitive value"),
        Case(.newYork, "const order = []; new Date({ valueOf() { order.push('y'); return 2024 } }, { valueOf() { order.push('m'); return 1 } }, { valueOf() { order.push('d'); return 1 } }); console.log(order.join(','))", "y,m,d"),
        Case(.newYork, "const order = []; Date.UTC({ valueOf() { order.push('y'); return 2024 } }, { valueOf() { order.push('m'); return 1 } }, undefined, { valueOf() { order.push('h'); return 1 } }); console.log(order.join(','))", "y,m,h"),
        Case(.newYork, "console.log(typeof Date(), typeof Date(2024, 1), Math.abs(Date.parse(Date(0)) - Date.now()) < 5000, typeof Date.now(), Date.now() > 1.7e12)", "string string true number true"),
        Case(.newYork, "const t = Date.now(); console.log(t % 1, new Date().getTime() >= t, Date.now() >= t)", "0 true true"),
        Case(.newYork, "console.log(typeof new Date().getTime(), new Date() instanceof Date, Object.prototype.toString.call(new Date()))", "number true [object Date]"),
        Case(.newYork, "console.log(Date.UTC(), Date.UTC(2024), Date.UTC(2024, 1), Date.UTC(99), Date.UTC(2024, 1, 29, 25, 61, 61, 1001))", "NaN 1704067200000 1706745600000 915148800000 1709258522001"),
        Case(.newYork, "console.log(Date.UTC(NaN), Date.UTC(2024, undefined), Date.UTC(2024, 0, 1, 0, 0, 0, 0.7), Date.UTC(-1, 0), Date.UTC(275760, 8, 13, 0, 0, 0, 1))", "NaN NaN 1704067200000 -62198755200000 NaN"),
        Case(.newYork, "console.log(Date.UTC(1970, 0, 1, 0, 0, 0, -1), Date.UTC(2024, -13), Date.UTC(2024, 0, -365))", "-1 1669852800000 1672444800000"),
        Case(.newYork, "console.log(Date.parse('2024-03-10T12:00:00.123+05:30'), Date.parse('2024-03'), Date.parse('2024'), Date.parse('+275760-09-13T00:00:00.000Z'))", "1710052200123 1709251200000 1704067200000 8640000000000000"),
        Case(.newYork, "console.log(Date.parse('Sun Mar 10 2024'), Date.parse('2024/03/10'), Date.parse('3/10/2024'), Date.parse('Sun, 10 Mar 2024 07:00:00 GMT'))", "1710046800000 1710046800000 1710046800000 1710054000000"),
        Case(.newYork, "console.log(Date.parse(), Date.parse(null), Date.parse(2024), Date.parse({ toString() { return '2024-01-01' } }))", "NaN NaN 1704067200000 1704067200000"),
        Case(.kolkata, "console.log(Date.parse('2024-01-01T00:00'), Date.parse('Jan 1 2024'), Date.parse('2024-01-01'))", "1704047400000 1704047400000 1704067200000"),
        Case(.utc, "console.log(Date.parse('2024-01-01T00:00'), Date.parse('Jan 1 2024 10:00 PM'), Date.parse('2024-02-30'))", "1704067200000 1704146400000 1709251200000"),
        Case(.newYork, "console.log(Date.UTC.length, Date.parse.length, Date.now.length, Date.length, Date.name, typeof Date.prototype)", "7 1 0 7 Date object"),
        Case(.newYork, "const d = new Date(2024, 1, 29, 23, 59, 58, 7); console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())", "2024 1 29 4 23 59 58 7"),
        Case(.newYork, "const d = new Date(2024, 1, 29, 23, 59, 58, 7); console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())", "2024 2 1 5 4 59 58 7"),
        Case(.kolkata, "const d = new Date(Date.UTC(2024, 0, 31, 20, 15)); console.log(d.getDate(), d.getMonth(), d.getHours(), d.getMinutes(), d.getUTCDate(), d.getTimezoneOffset())", "1 1 1 45 31 -330"),
        Case(.utc, "const d = new Date(-1); console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())", "1969 11 31 3 23 59 59 999"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())", "NaN NaN NaN NaN NaN NaN NaN NaN"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.getUTCFullYear(), d.getUTCDay(), d.getTime(), d.valueOf(), d.getTimezoneOffset(), d.getYear())", "NaN NaN NaN NaN NaN NaN"),
        Case(.newYork, "console.log(new Date(0).getYear(), new Date(2024, 0).getYear(), new Date(1850, 0).getYear())", "69 124 -50"),
        Case(.newYork, "console.log(new Date(2024, 0, 1).getTimezoneOffset(), new Date(2024, 6, 1).getTimezoneOffset(), new Date(1883, 0, 1).getTimezoneOffset())", "300 240 296"),
        Case(.kolkata, "console.log(new Date(2024, 0, 1).getTimezoneOffset(), new Date(1940, 0, 1).getTimezoneOffset(), new Date(1945, 0, 1).getTimezoneOffset())", "-330 -330 -390"),
        Case(.utc, "console.log(new Date(2024, 6, 1).getTimezoneOffset(), Object.is(new Date(0).getTimezoneOffset(), 0))", "0 true"),
        Case(.newYork, "const d = new Date(-8.64e15); console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getFullYear(), d.getHours(), d.getMinutes())", "-271821 3 20 2 -271821 19 3"),
        Case(.newYork, "const d = new Date(8.64e15); console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getFullYear(), d.getDate(), d.getHours())", "275760 8 13 275760 12 20"),
        Case(.newYork, "const d = new Date(-62198755200000); console.log(d.getUTCFullYear(), d.getFullYear(), d.getDay(), d.toISOString())", "-1 -2 4 -000001-01-01T00:00:00.000Z"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 2, 30); console.log(d.getHours(), d.getMinutes(), d.toString())", "3 30 Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 3, 0); const e = new Date(2024, 2, 10, 1, 59); console.log(d.getTime() - e.getTime(), d.getTimezoneOffset(), e.getTimezoneOffset())", "60000 240 300"),
        Case(.newYork, "const d = new Date(2024, 10, 3, 1, 30); console.log(d.toString(), d.getTimezoneOffset(), d.toISOString())", "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time) 240 2024-11-03T05:30:00.000Z"),
        Case(.newYork, "const a = new Date(2024, 10, 3, 0, 0); const b = new Date(2024, 10, 4, 0, 0); console.log((b.getTime() - a.getTime()) / 3600000)", "25"),
        Case(.newYork, "const a = new Date(2024, 2, 10); const b = new Date(2024, 2, 11); console.log((b.getTime() - a.getTime()) / 3600000, b.getDate() - a.getDate())", "23 1"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 10, 3, 5, 30)); const e = new Date(Date.UTC(2024, 10, 3, 6, 30)); console.log(d.getHours(), e.getHours(), d.toTimeString(), e.toTimeString())", "1 1 01:30:00 GMT-0400 (Eastern Daylight Time) 01:30:00 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 2, 10, 6, 59, 59)); const e = new Date(Date.UTC(2024, 2, 10, 7)); console.log(d.getHours(), e.getHours(), d.getTimezoneOffset(), e.getTimezoneOffset())", "1 3 300 240"),
        Case(.newYork, "const d = new Date(2024, 2, 9, 2, 30); d.setDate(10); console.log(d.toString())", "Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 1, 30); d.setHours(2); console.log(d.getHours(), d.toString())", "3 Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 1, 30); d.setMinutes(90); console.log(d.toString())", "Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(2024, 10, 3, 0, 30); d.setHours(1); console.log(d.toString(), d.getTime())", "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time) 1730611800000"),
        Case(.newYork, "const d = new Date(2024, 10, 2, 1, 30); d.setDate(3); console.log(d.toString(), d.toISOString())", "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time) 2024-11-03T05:30:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 10, 3, 6, 30)); d.setMinutes(45); console.log(d.toISOString())", "2024-11-03T05:45:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 10, 3, 5, 30)); d.setMilliseconds(5); console.log(d.toISOString())", "2024-11-03T05:30:00.005Z"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 12); d.setUTCHours(7); console.log(d.toString())", "Sun Mar 10 2024 03:00:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "console.log(new Date(1918, 2, 31, 2, 30).toString(), new Date(1945, 7, 14, 12).toString())", "Sun Mar 31 1918 03:30:00 GMT-0400 (Eastern Daylight Time) Tue Aug 14 1945 12:00:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "console.log(new Date(2007, 2, 11, 12).getTimezoneOffset(), new Date(2006, 2, 11, 12).getTimezoneOffset(), new Date(2006, 3, 2, 12).getTimezoneOffset())", "240 300 240"),
        Case(.newYork, "console.log(new Date('2024-03-10T02:30').toString(), new Date('2024-11-03T01:30').getTime())", "Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time) 1730611800000"),
        Case(.newYork, "const d = new Date(2024, 0, 31); console.log(d.setMonth(1), d.toDateString())", "1709355600000 Sat Mar 02 2024"),
        Case(.newYork, "const d = new Date(2024, 0, 31); console.log(d.setMonth(1, 15), d.toDateString())", "1707973200000 Thu Feb 15 2024"),
        Case(.newYork, "const d = new Date(2024, 0, 15); console.log(d.setDate(0), d.toDateString(), d.setDate(32), d.toDateString())", "1703998800000 Sun Dec 31 2023 1704085200000 Mon Jan 01 2024"),
        Case(.newYork, "const d = new Date(2024, 0, 15); console.log(d.setDate(-1), d.toDateString())", "1703912400000 Sat Dec 30 2023"),
        Case(.newYork, "const d = new Date(2024, 1, 29); console.log(d.setFullYear(2025), d.toDateString())", "1740805200000 Sat Mar 01 2025"),
        Case(.newYork, "const d = new Date(2024, 1, 29); console.log(d.setFullYear(2025, 11), d.toDateString(), d.setFullYear(2026, 0, 0), d.toDateString())", "1766984400000 Mon Dec 29 2025 1767157200000 Wed Dec 31 2025"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setHours(5), d.toString(), d.getMilliseconds())", "1704104430400 Mon Jan 01 2024 05:20:30 GMT-0500 (Eastern Standard Time) 400"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setHours(5, 6, 7, 8), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())", "1704103567008 5 6 7 8"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setHours(24), d.toString())", "1704172830400 Tue Jan 02 2024 00:20:30 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setMinutes(61), d.setMinutes(0, 0), d.setMinutes(1, 2, 3), d.toString(), d.getMilliseconds())", "1704124890400 1704124800400 1704124862003 Mon Jan 01 2024 11:01:02 GMT-0500 (Eastern Standard Time) 3"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setSeconds(-1), d.toString(), d.setSeconds(5, 6), d.getMilliseconds())", "1704122399400 Mon Jan 01 2024 10:19:59 GMT-0500 (Eastern Standard Time) 1704122345006 6"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 10, 20, 30, 400); console.log(d.setMilliseconds(1500), d.getSeconds(), d.getMilliseconds(), d.setMilliseconds(-1), d.getSeconds())", "1704122431500 31 500 1704122430999 30"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setMonth(12), d.toDateString(), d.setMonth(-25), d.toDateString())", "1735707600000 Wed Jan 01 2025 1669870800000 Thu Dec 01 2022"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setHours(), d.getTime(), d.setHours(1, undefined), d.getTime())", "NaN NaN NaN NaN"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setDate('5'), d.getDate(), d.setDate(true), d.getDate(), d.setDate(null), d.toDateString())", "1704430800000 5 1704085200000 1 1703998800000 Sun Dec 31 2023"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setMonth(1.9, 2.9), d.toDateString(), d.setHours(-0.5), d.getHours())", "1706850000000 Fri Feb 02 2024 1706850000000 0"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setFullYear(275760, 8, 13), d.setFullYear(275760, 8, 12), d.getTime())", "NaN 8639999928000000 8639999928000000"),
        Case(.newYork, "const d = new Date(2024, 0, 1); console.log(d.setMinutes(Infinity), d.getTime(), d.setMinutes(5), d.setFullYear(2024), d.toDateString())", "NaN NaN NaN 1704085200000 Mon Jan 01 2024"),
        Case(.kolkata, "const d = new Date(2024, 0, 1, 0, 0); console.log(d.setHours(-1), d.toString(), d.setMinutes(-30), d.toString())", "1704043800000 Sun Dec 31 2023 23:00:00 GMT+0530 (India Standard Time) 1704042000000 Sun Dec 31 2023 22:30:00 GMT+0530 (India Standard Time)"),
        Case(.utc, "const d = new Date(0); console.log(d.setHours(48), d.toISOString(), d.setMonth(13, 31), d.toISOString())", "172800000 1970-01-03T00:00:00.000Z 36806400000 1971-03-03T00:00:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 31, 12)); console.log(d.setUTCMonth(1), d.toISOString(), d.setUTCMonth(5, 1), d.toISOString())", "1709380800000 2024-03-02T12:00:00.000Z 1717243200000 2024-06-01T12:00:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 31, 12)); console.log(d.setUTCDate(0), d.toISOString(), d.setUTCDate(400), d.toISOString())", "1704024000000 2023-12-31T12:00:00.000Z 1735905600000 2025-01-03T12:00:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 1, 29, 12)); console.log(d.setUTCFullYear(2023), d.toISOString(), d.setUTCFullYear(2020, 0, 1), d.toISOString())", "1677672000000 2023-03-01T12:00:00.000Z 1577880000000 2020-01-01T12:00:00.000Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1, 12, 30, 30, 500)); console.log(d.setUTCHours(23), d.setUTCHours(0, 1, 2, 3), d.toISOString())", "1704151830500 1704067262003 2024-01-01T00:01:02.003Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1, 12, 30, 30, 500)); console.log(d.setUTCMinutes(90), d.toISOString(), d.setUTCMinutes(0, 59, 999), d.toISOString())", "1704115830500 2024-01-01T13:30:30.500Z 1704114059999 2024-01-01T13:00:59.999Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1, 12, 30, 30, 500)); console.log(d.setUTCSeconds(3600), d.toISOString(), d.setUTCSeconds(1, 2), d.toISOString())", "1704115800500 2024-01-01T13:30:00.500Z 1704115801002 2024-01-01T13:30:01.002Z"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1, 12, 30, 30, 500)); console.log(d.setUTCMilliseconds(-500), d.toISOString())", "1704112229500 2024-01-01T12:30:29.500Z"),
        Case(.kolkata, "const d = new Date(Date.UTC(2024, 0, 1, 20)); console.log(d.setUTCHours(21), d.getDate(), d.getHours(), d.getMinutes(), d.toISOString())", "1704142800000 2 2 30 2024-01-01T21:00:00.000Z"),
        Case(.newYork, "const d = new Date(0); console.log(d.setTime(1e12), d.getTime(), d.setTime('5'), d.setTime(1.9), d.setTime(-1.9), d.setTime(), d.getTime())", "1000000000000 1000000000000 5 1 -1 NaN NaN"),
        Case(.newYork, "const d = new Date(0); console.log(d.setTime(8.64e15), d.setTime(8.64e15 + 1), d.setTime(null), Object.is(d.setTime(-0.5), 0))", "8640000000000000 NaN 0 true"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setTime(5), d.getTime(), d.setTime({ valueOf() { return 6 } }), d.getTime())", "5 5 6 6"),
        Case(.newYork, "try { new Date(0).setTime(Symbol()) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert a Symbol value to a number"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setDate(1), d.setMonth(1), d.setHours(1), d.setMinutes(1), d.setSeconds(1), d.setMilliseconds(1), d.getTime())", "NaN NaN NaN NaN NaN NaN NaN"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setUTCDate(1), d.setUTCMonth(1), d.setUTCHours(1), d.setUTCMinutes(1), d.setUTCSeconds(1), d.setUTCMilliseconds(1))", "NaN NaN NaN NaN NaN NaN"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setFullYear(2020), d.toString())", "1577854800000 Wed Jan 01 2020 00:00:00 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setFullYear(2020, 5, 15), d.toString())", "1592193600000 Mon Jun 15 2020 00:00:00 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setUTCFullYear(2020), d.toISOString(), new Date(NaN).setUTCFullYear(2020, 1), new Date(NaN).setFullYear(NaN))", "1577836800000 2020-01-01T00:00:00.000Z 1580515200000 NaN"),
        Case(.kolkata, "const d = new Date(NaN); console.log(d.setFullYear(2020), d.toISOString())", "1577817000000 2019-12-31T18:30:00.000Z"),
        Case(.newYork, "const log = []; const v = (n, x) => ({ valueOf() { log.push(n); return x } }); const d = new Date(NaN); d.setHours(v('h', 1), v('m', 2), v('s', 3), v('ms', 4)); d.setMonth(v('mo', 1), v('dt', 2)); console.log(log.join(','))", "h,mo"),
        Case(.newYork, "const log = []; const v = (n, x) => ({ valueOf() { log.push(n); return x } }); const d = new Date(0); d.setHours(v('h', 1), v('m', 2), v('s', 3), v('ms', 4)); d.setUTCSeconds(v('s', 1), v('ms', 2)); console.log(log.join(','), d.getTime())", "h,m,s,ms,s,ms -64678998"),
        Case(.newYork, "const log = []; const v = (n, x) => ({ valueOf() { log.push(n); return x } }); const d = new Date(NaN); d.setFullYear(v('y', 2000), v('m', 1), v('d', 2)); console.log(log.join(','), d.toDateString())", "y,m,d Wed Feb 02 2000"),
        Case(.newYork, "const log = []; const v = (n, x) => ({ valueOf() { log.push(n); return x } }); const d = new Date(0); d.setMinutes(v('m', 1), v('s', 2), v('ms', 3), v('extra', 4)); console.log(log.join(','))", "m,s,ms"),
        Case(.utc, "const d = new Date(0); console.log(d.setHours({ valueOf() { d.setTime(1e12); return 1 } }), d.toISOString())", "1000000000000 2001-09-09T01:46:40.000Z"),
        Case(.utc, "const d = new Date(0); console.log(d.setHours(1, { valueOf() { d.setTime(1e12); return 1 } }), d.toISOString())", "3660000 1970-01-01T01:01:00.000Z"),
        Case(.utc, "const d = new Date(NaN); console.log(d.setMinutes({ valueOf() { d.setTime(0); return 5 } }, 30), d.toISOString())", "330000 1970-01-01T00:05:30.000Z"),
        Case(.utc, "const d = new Date(0); console.log(d.setHours({ valueOf() { d.setTime(NaN); return 1 } }), d.getTime())", "NaN NaN"),
        Case(.newYork, "try { new Date(NaN).setHours(Symbol()) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert a Symbol value to a number"),
        Case(.newYork, "const d = new Date(NaN); let hit = false; try { d.setHours(1, { valueOf() { hit = true; return 1 } }) } catch (e) {} console.log(hit)", "false"),
        Case(.newYork, "const d = new Date(2024, 5, 15); console.log(d.setYear(99), d.toDateString(), d.setYear(2000.7), d.toDateString(), d.setYear(-1), d.getFullYear())", "929419200000 Tue Jun 15 1999 961041600000 Thu Jun 15 2000 -62184481438000 -1"),
        Case(.newYork, "const d = new Date(2024, 5, 15); console.log(d.setYear(NaN), d.getTime(), d.setYear(5), d.toDateString())", "NaN NaN -2051204400000 Sun Jan 01 1905"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.setYear(99), d.toString(), d.getYear())", "915166800000 Fri Jan 01 1999 00:00:00 GMT-0500 (Eastern Standard Time) 99"),
        Case(.newYork, "const d = new Date(2024, 5, 15); console.log(d.setYear('12'), d.getFullYear(), d.setYear(100), d.getYear())", "-1816023600000 1912 -58997185438000 -1800"),
        Case(.newYork, "const d = new Date(2024, 6, 4, 9, 5, 3); console.log(d.toString()); console.log(d.toDateString()); console.log(d.toTimeString())", "Thu Jul 04 2024 09:05:03 GMT-0400 (Eastern Daylight Time)\nThu Jul 04 2024\n09:05:03 GMT-0400 (Eastern Daylight Time)"),
        Case(.newYork, "const d = new Date(2024, 0, 4, 21, 5, 3); console.log(d.toString()); console.log(d.toTimeString())", "Thu Jan 04 2024 21:05:03 GMT-0500 (Eastern Standard Time)\n21:05:03 GMT-0500 (Eastern Standard Time)"),
        Case(.utc, "const d = new Date(2024, 6, 4, 9, 5, 3); console.log(d.toString()); console.log(d.toTimeString())", "Thu Jul 04 2024 09:05:03 GMT+0000 (Coordinated Universal Time)\n09:05:03 GMT+0000 (Coordinated Universal Time)"),
        Case(.kolkata, "const d = new Date(2024, 6, 4, 9, 5, 3); console.log(d.toString()); console.log(d.toTimeString())", "Thu Jul 04 2024 09:05:03 GMT+0530 (India Standard Time)\n09:05:03 GMT+0530 (India Standard Time)"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 6, 4, 9, 5, 3, 7)); console.log(d.toUTCString(), '|', d.toGMTString(), '|', d.toISOString())", "Thu, 04 Jul 2024 09:05:03 GMT | Thu, 04 Jul 2024 09:05:03 GMT | 2024-07-04T09:05:03.007Z"),
        Case(.newYork, "console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.toGMTString.name)", "true toUTCString"),
        Case(.newYork, "console.log(new Date(-62198755200000).toString()); console.log(new Date(-62198755200000).toUTCString())", "Thu Dec 31 -0002 19:03:58 GMT-0456 (Eastern Standard Time)\nFri, 01 Jan -0001 00:00:00 GMT"),
        Case(.newYork, "console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(Date.UTC(10000, 0)).toISOString(), new Date(Date.UTC(-1, 0)).toISOString())", "+275760-09-13T00:00:00.000Z -271821-04-20T00:00:00.000Z +010000-01-01T00:00:00.000Z -000001-01-01T00:00:00.000Z"),
        Case(.newYork, "console.log(new Date(Date.UTC(0, 0, 1)).toISOString(), new Date(-1).toISOString(), new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)).toISOString())", "1900-01-01T00:00:00.000Z 1969-12-31T23:59:59.999Z 9999-12-31T23:59:59.999Z"),
        Case(.newYork, "console.log(new Date(8.64e15).toString()); console.log(new Date(-8.64e15).toString()); console.log(new Date(8.64e15).toUTCString())", "Fri Sep 12 275760 20:00:00 GMT-0400 (Eastern Daylight Time)\nMon Apr 19 -271821 19:03:58 GMT-0456 (Eastern Daylight Time)\nSat, 13 Sep 275760 00:00:00 GMT"),
        Case(.newYork, "const d = new Date(NaN); console.log(d.toString(), '|', d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString(), '|', d.toLocaleString())", "Invalid Date | Invalid Date | Invalid Date | Invalid Date | Invalid Date"),
        Case(.newYork, "try { new Date(NaN).toISOString() } catch (e) { console.log(e.name + ': ' + e.message, e instanceof RangeError) }", "RangeError: Invalid time value true"),
        Case(.newYork, "console.log(String(new Date(0)), '' + new Date(0), `${new Date(86400000)}`)", "Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time) Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time) Thu Jan 01 1970 19:00:00 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "console.log(new Date(1883, 10, 18, 12).toString()); console.log(new Date(1800, 0, 1).toString())", "Sun Nov 18 1883 12:00:00 GMT-0456 (Eastern Standard Time)\nWed Jan 01 1800 00:00:00 GMT-0456 (Eastern Standard Time)"),
        Case(.newYork, "console.log(new Date(2024, 6, 1).toTimeString(), '|', new Date(2024, 11, 1).toTimeString())", "00:00:00 GMT-0400 (Eastern Daylight Time) | 00:00:00 GMT-0500 (Eastern Standard Time)"),
        Case(.newYork, "const d = new Date(2024, 2, 10, 15, 4, 5); console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString())", "3/10/2024, 3:04:05 PM | 3/10/2024 | 3:04:05 PM"),
        Case(.newYork, "const d = new Date(2024, 0, 1, 0, 0, 0); console.log(d.toLocaleString(), '|', d.toLocaleTimeString(), '|', new Date(2024, 11, 31, 12, 30).toLocaleTimeString())", "1/1/2024, 12:00:00 AM | 12:00:00 AM | 12:30:00 PM"),
        Case(.newYork, "console.log(new Date(2024, 0, 1, 11, 59, 59).toLocaleTimeString(), new Date(2024, 0, 1, 12, 0, 0).toLocaleTimeString(), new Date(2024, 0, 1, 23, 0).toLocaleTimeString())", "11:59:59 AM 12:00:00 PM 11:00:00 PM"),
        Case(.newYork, "console.log(new Date(0).toLocaleString('en-US'), '|', new Date(0).toLocaleDateString('en-US'), '|', new Date(0).toLocaleTimeString(undefined))", "12/31/1969, 7:00:00 PM | 12/31/1969 | 7:00:00 PM"),
        Case(.newYork, "console.log(new Date(0).toLocaleString('en-US', { timeZone: 'UTC' }), '|', new Date(0).toLocaleString(undefined, { timeZone: 'Asia/Kolkata' }))", "1/1/1970, 12:00:00 AM | 1/1/1970, 5:30:00 AM"),
        Case(.newYork, "console.log(new Date(0).toLocaleDateString('en-US', { timeZone: 'UTC' }), '|', new Date(0).toLocaleTimeString('en-US', { timeZone: 'Asia/Tokyo' }))", "1/1/1970 | 9:00:00 AM"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 6, 1, 12)); console.log(d.toLocaleString('en-US', { timeZone: 'Europe/London' }), '|', d.toLocaleString('en-US', { timeZone: 'America/Los_Angeles' }))", "7/1/2024, 1:00:00 PM | 7/1/2024, 5:00:00 AM"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 6, 1, 12)); console.log(d.toLocaleString('en-US', { timeZone: 'utc' }), '|', d.toLocaleString('en-US', { timeZone: 'asia/kolkata' }), '|', d.toLocaleString('en-US', { timeZone: 'Etc/GMT+5' }))", "7/1/2024, 12:00:00 PM | 7/1/2024, 5:30:00 PM | 7/1/2024, 7:00:00 AM"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 6, 1, 12)); console.log(d.toLocaleString('en-US', { timeZone: 'US/Eastern' }), '|', d.toLocaleString('en-US', { timeZone: 'Asia/Calcutta' }), '|', d.toLocaleString('en-US', {}))", "7/1/2024, 8:00:00 AM | 7/1/2024, 5:30:00 PM | 7/1/2024, 8:00:00 AM"),
        Case(.newYork, "try { new Date(0).toLocaleString('en-US', { timeZone: 'Foo/Bar' }) } catch (e) { console.log(e.name + ': ' + e.message) }", "RangeError: Invalid time zone specified: Foo/Bar"),
        Case(.newYork, "try { new Date(0).toLocaleDateString('en-US', { timeZone: '+05:30' }) } catch (e) { console.log(e.name + ': ' + e.message) }", "RangeError: Invalid time zone specified: +05:30"),
        Case(.newYork, "try { new Date(0).toLocaleString('en-US', null) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert undefined or null to object"),
        Case(.newYork, "console.log(new Date(NaN).toLocaleString('en-US', { timeZone: 'Foo' }), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString())", "Invalid Date Invalid Date Invalid Date"),
        Case(.newYork, "console.log(new Date(0).toLocaleString('en-US', { timeZone: undefined }), '|', new Date(0).toLocaleString('en-US', 5))", "12/31/1969, 7:00:00 PM | 12/31/1969, 7:00:00 PM"),
        Case(.newYork, "console.log(new Date(Date.UTC(2024, 2, 10, 7, 30)).toLocaleString(), '|', new Date(Date.UTC(2024, 2, 10, 6, 30)).toLocaleString())", "3/10/2024, 3:30:00 AM | 3/10/2024, 1:30:00 AM"),
        Case(.newYork, "console.log(new Date(-62198755200000).toLocaleString('en-US', { timeZone: 'UTC' }), '|', new Date(Date.UTC(-1, 0, 1)).toLocaleDateString('en-US', { timeZone: 'UTC' }))", "1/1/2, 12:00:00 AM | 1/1/2"),
        Case(.kolkata, "console.log(new Date(0).toLocaleString(), '|', new Date(0).toLocaleString('en-US', { timeZone: 'America/New_York' }))", "1/1/1970, 5:30:00 AM | 12/31/1969, 7:00:00 PM"),
        Case(.utc, "console.log(new Date(Date.UTC(2024, 6, 1, 23, 30)).toLocaleString(), '|', new Date(Date.UTC(2024, 6, 1, 23, 30)).toLocaleDateString('en-US', { timeZone: 'Asia/Kolkata' }))", "7/1/2024, 11:30:00 PM | 7/2/2024"),
        Case(.newYork, "console.log(Date.prototype.toLocaleString.length, Date.prototype.toLocaleDateString.length, Date.prototype.toLocaleTimeString.length)", "0 0 0"),
        Case(.newYork, "console.log(new Date(0).toJSON(), new Date(NaN).toJSON(), Date.prototype.toJSON.length)", "1970-01-01T00:00:00.000Z null 1"),
        Case(.newYork, "console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom' } }), Date.prototype.toJSON.call({ valueOf() { return Infinity }, toISOString() { return 'x' } }))", "custom null"),
        Case(.newYork, "console.log(Date.prototype.toJSON.call({ valueOf() { return 'str' }, toISOString() { return 'called' } }), Date.prototype.toJSON.call({ valueOf() { return NaN }, toISOString() { return 'x' } }))", "called null"),
        Case(.newYork, "try { Date.prototype.toJSON.call({ toISOString: 1 }) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: toISOString is not a function"),
        Case(.newYork, "try { Date.prototype.toJSON.call(null) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert undefined or null to object"),
        Case(.newYork, "try { Date.prototype.toJSON.call(undefined) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert undefined or null to object"),
        Case(.newYork, "const d = new Date(5); d.toISOString = function () { return 'mine:' + this.getTime() }; console.log(d.toJSON())", "mine:5"),
        Case(.newYork, "Number.prototype.toISOString = function () { return 'num' }; console.log(Date.prototype.toJSON.call(5))", "num"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1)); const one = 1; console.log(+d, d * 1, Number(d), d.valueOf(), d.getTime(), d - one)", "1704067200000 1704067200000 1704067200000 1704067200000 1704067200000 1704067199999"),
        Case(.newYork, "const d = new Date(Date.UTC(2024, 0, 1)); console.log(typeof (d + 1), d + 1 === d.toString() + '1', d - new Date(Date.UTC(2023, 11, 31)))", "string true 86400000"),
        Case(.newYork, "const d = new Date(5); console.log(d == 5, d == d.toString(), d > 4, d < 6, d >= new Date(5), [d] + '' === d.toString())", "false true true true true true"),
        Case(.newYork, "const tp = Date.prototype[Symbol.toPrimitive]; const d = new Date(0); console.log(tp.call(d, 'number'), tp.call(d, 'default') === d.toString(), tp.call(d, 'string') === d.toString())", "0 true true"),
        Case(.newYork, "const tp = Date.prototype[Symbol.toPrimitive]; const o = { toString() { return 'ts' }, valueOf() { return 42 } }; console.log(tp.call(o, 'number'), tp.call(o, 'default'), tp.call(o, 'string'))", "42 ts ts"),
        Case(.newYork, "const tp = Date.prototype[Symbol.toPrimitive]; for (const h of ['x', undefined, 1, null, 'NUMBER', true]) { try { tp.call(new Date(0), h) } catch (e) { console.log(e.name + ': ' + e.message) } }", "TypeError: Invalid hint: x\nTypeError: Invalid hint: undefined\nTypeError: Invalid hint: 1\nTypeError: Invalid hint: null\nTypeError: Invalid hint: NUMBER\nTypeError: Invalid hint: true"),
        Case(.newYork, "const tp = Date.prototype[Symbol.toPrimitive]; for (const r of [1, 'str', undefined, null, true]) { try { tp.call(r, 'number') } catch (e) { console.log(e.name + ': ' + e.message) } }", "TypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1\nTypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver str\nTypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver undefined\nTypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver null\nTypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver true"),
        Case(.newYork, "const tp = Date.prototype[Symbol.toPrimitive]; try { tp.call({ toString() { return {} }, valueOf() { return {} } }, 'number') } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Cannot convert object to primitive value"),
        Case(.newYork, "const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive); console.log(desc.writable, desc.enumerable, desc.configurable, desc.value.name, desc.value.length)", "false false true [Symbol.toPrimitive] 1"),
        Case(.newYork, "const d = new Date(0); d.valueOf = () => 7; d.toString = () => 'S'; console.log(+d, d + '', `${d}`, d * 2, d.getTime())", "7 S S 14 0"),
        Case(.newYork, "try { Date.prototype.getTime.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: this is not a Date object."),
        Case(.newYork, "for (const m of ['getDate', 'getDay', 'getFullYear', 'getHours', 'getMilliseconds', 'getMinutes', 'getMonth', 'getSeconds', 'getTimezoneOffset', 'valueOf']) { try { Date.prototype[m].call(5); console.log('ok') } catch (e) { console.log(m, e.message) } }", "getDate this is not a Date object.\ngetDay this is not a Date object.\ngetFullYear this is not a Date object.\ngetHours this is not a Date object.\ngetMilliseconds this is not a Date object.\ngetMinutes this is not a Date object.\ngetMonth this is not a Date object.\ngetSeconds this is not a Date object.\ngetTimezoneOffset this is not a Date object.\nvalueOf this is not a Date object."),
        Case(.newYork, "for (const m of ['getUTCDate', 'getUTCDay', 'getUTCFullYear', 'getUTCHours', 'getUTCMilliseconds', 'getUTCMinutes', 'getUTCMonth', 'getUTCSeconds']) { try { Date.prototype[m].call('x'); console.log('ok') } catch (e) { console.log(m, e.message) } }", "getUTCDate this is not a Date object.\ngetUTCDay this is not a Date object.\ngetUTCFullYear this is not a Date object.\ngetUTCHours this is not a Date object.\ngetUTCMilliseconds this is not a Date object.\ngetUTCMinutes this is not a Date object.\ngetUTCMonth this is not a Date object.\ngetUTCSeconds this is not a Date object."),
        Case(.newYork, "for (const m of ['setDate', 'setFullYear', 'setHours', 'setMilliseconds', 'setMinutes', 'setMonth', 'setSeconds', 'setTime', 'setYear', 'getYear']) { try { Date.prototype[m].call(new (class Foo {})(), 1); console.log('ok') } catch (e) { console.log(e.message) } }", "Method Date.prototype.setDate called on incompatible receiver #<Foo>\nMethod Date.prototype.setFullYear called on incompatible receiver #<Foo>\nMethod Date.prototype.setHours called on incompatible receiver #<Foo>\nMethod Date.prototype.setMilliseconds called on incompatible receiver #<Foo>\nMethod Date.prototype.setMinutes called on incompatible receiver #<Foo>\nMethod Date.prototype.setMonth called on incompatible receiver #<Foo>\nMethod Date.prototype.setSeconds called on incompatible receiver #<Foo>\nMethod Date.prototype.setTime called on incompatible receiver #<Foo>\nMethod Date.prototype.setYear called on incompatible receiver #<Foo>\nMethod Date.prototype.getYear called on incompatible receiver #<Foo>"),
        Case(.newYork, "for (const m of ['setUTCDate', 'setUTCFullYear', 'setUTCHours', 'setUTCMilliseconds', 'setUTCMinutes', 'setUTCMonth', 'setUTCSeconds']) { try { Date.prototype[m].call(1, 1); console.log('ok') } catch (e) { console.log(e.message) } }", "Method Date.prototype.setUTCDate called on incompatible receiver 1\nMethod Date.prototype.setUTCFullYear called on incompatible receiver 1\nMethod Date.prototype.setUTCHours called on incompatible receiver 1\nMethod Date.prototype.setUTCMilliseconds called on incompatible receiver 1\nMethod Date.prototype.setUTCMinutes called on incompatible receiver 1\nMethod Date.prototype.setUTCMonth called on incompatible receiver 1\nMethod Date.prototype.setUTCSeconds called on incompatible receiver 1"),
        Case(.newYork, "for (const m of ['toString', 'toDateString', 'toTimeString', 'toISOString', 'toUTCString', 'toGMTString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) { try { Date.prototype[m].call(null); console.log('ok') } catch (e) { console.log(e.message) } }", "Method Date.prototype.toString called on incompatible receiver null\nMethod Date.prototype.toDateString called on incompatible receiver null\nMethod Date.prototype.toTimeString called on incompatible receiver null\nMethod Date.prototype.toISOString called on incompatible receiver null\nMethod Date.prototype.toUTCString called on incompatible receiver null\nMethod Date.prototype.toUTCString called on incompatible receiver null\nMethod Date.prototype.toLocaleString called on incompatible receiver null\nMethod Date.prototype.toLocaleDateString called on incompatible receiver null\nMethod Date.prototype.toLocaleTimeString called on incompatible receiver null"),
        Case(.newYork, "try { Date.prototype.toString.call('2024') } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Method Date.prototype.toString called on incompatible receiver 2024"),
        Case(.newYork, "try { Date.prototype.toISOString.call(undefined) } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Method Date.prototype.toISOString called on incompatible receiver undefined"),
        Case(.newYork, "try { Date.prototype.getTime.call(Date.prototype) } catch (e) { console.log(e.name + ': ' + e.message) } console.log(Object.prototype.toString.call(Date.prototype))", "TypeError: this is not a Date object.\n[object Object]"),
        Case(.newYork, "try { Date.prototype.setHours.call(Object.create(Date.prototype), 1) } catch (e) { console.log(e.name) } const fake = Object.create(Date.prototype); try { fake.getDate() } catch (e) { console.log(e.message) }", "TypeError\nthis is not a Date object."),
        Case(.newYork, "let hit = false; try { Date.prototype.setHours.call({}, { valueOf() { hit = true; return 1 } }) } catch (e) {} console.log(hit)", "false"),
        Case(.newYork, "class MyDate extends Date { year() { return this.getFullYear() } } const d = new MyDate(2024, 4, 5); console.log(d.year(), d instanceof Date, d instanceof MyDate, Object.prototype.toString.call(d), d.toDateString())", "2024 true true [object Date] Sun May 05 2024"),
        Case(.newYork, "class MyDate extends Date { constructor() { super(0); this.tag = 'x' } } const d = new MyDate(); console.log(d.getTime(), d.tag, Object.getPrototypeOf(d) === MyDate.prototype)", "0 x true"),
        Case(.newYork, "function F() { return new.target } class D2 extends Date { constructor(x) { super(x) } } const d = new D2(5); console.log(d.getTime(), d instanceof D2, Object.getPrototypeOf(d) === D2.prototype, d.constructor === D2)", "5 true true true"),
        Case(.newYork, "const B = Date.bind(null, 2024, 1); const d = new B(3); console.log(d.toDateString(), Object.getPrototypeOf(d) === Date.prototype, typeof B(1))", "Sat Feb 03 2024 true string"),
        Case(.newYork, "console.log(Object.getPrototypeOf(Date.prototype) === Object.prototype, Date.prototype.constructor === Date, typeof Date.prototype.getTime, Date.prototype.getTime.name)", "true true function getTime"),
        Case(.newYork, "const names = ['getDate','setDate','getFullYear','setFullYear','setHours','setMinutes','setSeconds','setMonth','setMilliseconds','setUTCFullYear','setUTCHours','setUTCMinutes','setUTCSeconds','setUTCMonth','setUTCDate','setUTCMilliseconds','setTime','setYear','getYear','valueOf','toJSON']; console.log(names.length, Date.prototype.setFullYear.length, Date.prototype.setHours.length, Date.prototype.setMinutes.length, Date.prototype.setSeconds.length, Date.prototype.setMonth.length, Date.prototype.setMilliseconds.length, Date.prototype.setUTCFullYear.length, Date.prototype.setUTCHours.length, Date.prototype.setUTCMinutes.length, Date.prototype.setUTCSeconds.length, Date.prototype.setUTCMonth.length, Date.prototype.setUTCDate.length, Date.prototype.setTime.length, Date.prototype.setYear.length)", "21 3 4 3 2 2 1 3 4 3 2 2 1 1 1"),
        Case(.newYork, "const desc = Object.getOwnPropertyDescriptor(Date.prototype, 'getTime'); const ctor = Object.getOwnPropertyDescriptor(Date, 'prototype'); console.log(desc.writable, desc.enumerable, desc.configurable, ctor.writable, ctor.enumerable, ctor.configurable)", "true false true false false false"),
        Case(.newYork, "console.log(Object.getOwnPropertyNames(Date).join(','))", "length,name,prototype,now,parse,UTC"),
        Case(.newYork, "console.log(Object.keys(new Date(0)).length, Object.keys(Date.prototype).length, typeof Date.prototype.toTemporalInstant)", "0 0 undefined"),
        Case(.newYork, "const d = new Date(0); d.extra = 1; console.log(Object.keys(d).join(','), d.hasOwnProperty('extra'), 'getTime' in d)", "extra true true"),
        Case(.newYork, "try { Date.prototype.getTime.call(new (class extends Date {})(9)) ; console.log(Date.prototype.getTime.call(new (class extends Date {})(9))) } catch (e) { console.log(e.message) }", "9"),
        Case(.newYork, "try { new Date.prototype.getTime() } catch (e) { console.log(e.name + ': ' + e.message) }", "TypeError: Date.prototype.getTime is not a constructor"),
        Case(.newYork, "try { new Date.now() } catch (e) { console.log(e.name) } console.log(typeof Date.prototype.getTime.prototype)", "TypeError\nundefined"),
        Case(.newYork, "function addDays(d, n) { const r = new Date(d.getTime()); r.setDate(r.getDate() + n); return r } console.log(addDays(new Date(2024, 2, 9), 1).toString(), addDays(new Date(2024, 11, 31), 1).toDateString())", "Sun Mar 10 2024 00:00:00 GMT-0500 (Eastern Standard Time) Wed Jan 01 2025"),
        Case(.newYork, "function addMonths(d, n) { const r = new Date(d); const day = r.getDate(); r.setDate(1); r.setMonth(r.getMonth() + n); const last = new Date(r.getFullYear(), r.getMonth() + 1, 0).getDate(); r.setDate(day < last ? day : last); return r.toDateString() } console.log(addMonths(new Date(2024, 0, 31), 1), addMonths(new Date(2024, 0, 31), 13), addMonths(new Date(2024, 2, 31), -1))", "Thu Feb 29 2024 Fri Feb 28 2025 Thu Feb 29 2024"),
        Case(.newYork, "function age(birth, now) { let a = now.getFullYear() - birth.getFullYear(); const m = now.getMonth() - birth.getMonth(); if (m < 0 || (m === 0 && now.getDate() < birth.getDate())) a--; return a } console.log(age(new Date(2000, 1, 29), new Date(2024, 1, 28)), age(new Date(2000, 1, 29), new Date(2024, 1, 29)))", "23 24"),
        Case(.newYork, "const pad = n => (n < 10 ? '0' : '') + n; const d = new Date(2024, 6, 4, 9, 5, 3); console.log(d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()))", "2024-07-04 09:05"),
        Case(.newYork, "const start = new Date('2024-01-01T00:00:00Z'); const end = new Date('2024-12-31T00:00:00Z'); console.log((end - start) / 864e5, (end.getTime() - start.getTime()) / 864e5)", "365 365"),
        Case(.newYork, "const iso = new Date(Date.UTC(2024, 6, 4, 9, 5, 3, 120)).toISOString(); console.log(iso, new Date(iso).getTime() === Date.UTC(2024, 6, 4, 9, 5, 3, 120), Date.parse(iso))", "2024-07-04T09:05:03.120Z true 1720083903120"),
        Case(.newYork, "const d = new Date(2024, 0, 1); const days = []; for (let i = 0; i < 7; i++) { days.push(d.getDay()); d.setDate(d.getDate() + 1) } console.log(days.join(' '), d.toDateString())", "1 2 3 4 5 6 0 Mon Jan 08 2024"),
        Case(.newYork, "const seconds = 1704067200; console.log(new Date(seconds * 1000).toISOString(), new Date(1704067200000).getUTCFullYear())", "2024-01-01T00:00:00.000Z 2024"),
        Case(.newYork, "const d = new Date(2024, 1, 29); d.setFullYear(d.getFullYear() + 1); console.log(d.toDateString(), new Date(2024, 1, 29).getDate())", "Sat Mar 01 2025 29"),
        Case(.newYork, "const u = new Date(Date.UTC(2024, 0, 1)); console.log(u.toString(), '|', u.toDateString(), '|', u.getDate(), u.getUTCDate())", "Sun Dec 31 2023 19:00:00 GMT-0500 (Eastern Standard Time) | Sun Dec 31 2023 | 31 1"),
        Case(.utc, "const d = new Date('2024-06-15T10:20:30.456Z'); console.log(d.getHours(), d.getUTCHours(), d.toString(), d.toLocaleString())", "10 10 Sat Jun 15 2024 10:20:30 GMT+0000 (Coordinated Universal Time) 6/15/2024, 10:20:30 AM"),
        Case(.kolkata, "const d = new Date('2024-06-15T10:20:30.456Z'); console.log(d.getHours(), d.getMinutes(), d.toString(), d.toLocaleString())", "15 50 Sat Jun 15 2024 15:50:30 GMT+0530 (India Standard Time) 6/15/2024, 3:50:30 PM"),
        Case(.kolkata, "const d = new Date(2024, 5, 15, 0, 0); console.log(d.toISOString(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes())", "2024-06-14T18:30:00.000Z 14 18 30"),
        Case(.kolkata, "console.log(new Date(1941, 9, 1).getTimezoneOffset(), new Date(1941, 9, 1).toString())", "-390 Wed Oct 01 1941 01:00:00 GMT+0630 (India Standard Time)"),
    ]

    static let clockCases: [ClockCase] = [
        ClockCase(1710000000000, .newYork, "console.log(Date.now(), new Date().getTime(), new Date().toISOString())", "1710000000000 1710000000000 2024-03-09T16:00:00.000Z"),
        ClockCase(1710000000000, .newYork, "console.log(Date())", "Sat Mar 09 2024 11:00:00 GMT-0500 (Eastern Standard Time)"),
        ClockCase(1710000000000, .kolkata, "console.log(Date(), '|', Date(0, 1, 2))", "Sat Mar 09 2024 21:30:00 GMT+0530 (India Standard Time) | Sat Mar 09 2024 21:30:00 GMT+0530 (India Standard Time)"),
        ClockCase(1710000000000, .utc, "console.log(new Date().toString(), new Date().getHours())", "Sat Mar 09 2024 16:00:00 GMT+0000 (Coordinated Universal Time) 16"),
        ClockCase(1710054000000, .newYork, "const d = new Date(); console.log(d.toString(), d.getTimezoneOffset(), d.toLocaleString())", "Sun Mar 10 2024 03:00:00 GMT-0400 (Eastern Daylight Time) 240 3/10/2024, 3:00:00 AM"),
        ClockCase(1710053999999, .newYork, "const d = new Date(); console.log(d.toString(), d.getTimezoneOffset())", "Sun Mar 10 2024 01:59:59 GMT-0500 (Eastern Standard Time) 300"),
        ClockCase(0, .newYork, "console.log(Date.now(), Date(), new Date().getFullYear())", "0 Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time) 1969"),
        ClockCase(-1, .utc, "console.log(Date.now(), new Date().toISOString())", "-1 1969-12-31T23:59:59.999Z"),
        ClockCase(1704067199999, .newYork, "const today = new Date(); const tomorrow = new Date(today); tomorrow.setDate(today.getDate() + 1); console.log(today.toDateString(), tomorrow.toDateString())", "Sun Dec 31 2023 Mon Jan 01 2024"),
        ClockCase(1709999999999, .newYork, "const start = Date.now(); const later = new Date(start + 86400000); console.log(later.toISOString(), later.getTime() - start)", "2024-03-10T15:59:59.999Z 86400000"),
        ClockCase(1710000000000, .newYork, "class Stamp extends Date {} const s = new Stamp(); console.log(s.getTime(), s instanceof Stamp)", "1710000000000 true"),
    ]
}
