/// `console` (WHATWG Console Standard), writing what Node 20's console writes: values formatted by
/// `ValueInspector`, `%` format specifiers, counters, timers, groups and tables.
enum ConsoleBuiltins {
    /// What one console object remembers between calls.
    private final class ConsoleState {
        var counts: [String: Int] = [:]
        var timers: [String: UInt64] = [:]
        /// Spaces in front of every line (`console.group`).
        var groupIndentation = 0
    }

    static func makeConsole(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let console = JSObject(rt, prototype: realm.objectPrototype)
        let state = ConsoleState()

        func method(_ name: String, _ body: @escaping NativeFunction) {
            let function = realm.nativeFunction(name, length: 0, body)
            console.defineNew(rt.propertyKey(name), .object(function), flags: .default)
        }

        for (name, level) in [("log", ConsoleSink.Level.log), ("warn", .warn), ("error", .error), ("info", .info), ("debug", .debug), ("dirxml", .log)] {
            method(name) { rt, _, arguments throws(JSException) in
                write(rt, state, level, try rt.formatLogUnits(arguments.array))
                return .undefined
            }
        }
        method("dir") { rt, _, arguments throws(JSException) in
            var base = InspectOptions()
            base.customInspect = false
            let options = try InspectOptions(rt, reading: arguments[1], base: base)
            var inspector = ValueInspector(rt, options: options)
            write(rt, state, .log, try inspector.inspect(arguments[0]))
            return .undefined
        }
        method("time") { rt, _, arguments throws(JSException) in
            let label = try labelArgument(rt, arguments[0])
            if state.timers[label] != nil {
                warn(rt, "Label '\(label)' already exists for console.time()")
            } else {
                state.timers[label] = monotonicNanoseconds()
            }
            return .undefined
        }
        method("timeEnd") { rt, _, arguments throws(JSException) in
            let label = try labelArgument(rt, arguments[0])
            guard let start = state.timers.removeValue(forKey: label) else {
                warn(rt, "No such label '\(label)' for console.timeEnd()")
                return .undefined
            }
            write(rt, state, .log, inspectUnits("\(label): \(formatDuration(start))"))
            return .undefined
        }
        method("timeLog") { rt, _, arguments throws(JSException) in
            let label = try labelArgument(rt, arguments[0])
            guard let start = state.timers[label] else {
                warn(rt, "No such label '\(label)' for console.timeLog()")
                return .undefined
            }
            var values: [JSValue] = [.string(JSString("%s: %s")), .string(JSString(label)), .string(JSString(formatDuration(start)))]
            if arguments.count > 1 { values.append(contentsOf: arguments.array.dropFirst()) }
            write(rt, state, .log, try rt.formatLogUnits(values))
            return .undefined
        }
        method("trace") { rt, _, arguments throws(JSException) in
            let message = try rt.formatLogUnits(arguments.array)
            var text = inspectUnits("Trace")
            if !message.isEmpty { text += inspectUnits(": ") + message }
            var index = rt.frames.count - 1
            var count = 0
            while index >= 0 && count < 10 {
                let frame = rt.frames[index]
                text += inspectUnits("\n    at " + rt.frameDescription(frame.code, max(0, frame.pc - 1)))
                index -= 1
                count += 1
            }
            write(rt, state, .error, text)
            return .undefined
        }
        method("assert") { rt, _, arguments throws(JSException) in
            guard !arguments[0].toBoolean else { return .undefined }
            var values = Array(arguments.array.dropFirst())
            if values.isEmpty {
                values = [.string(JSString("Assertion failed"))]
            } else {
                // `Assertion failed: ${args[0]}` (a template literal: ToString, which throws for symbols).
                values[0] = .string(JSString(units: inspectUnits("Assertion failed: ") + (try rt.toJSString(values[0])).units))
            }
            write(rt, state, .warn, try rt.formatLogUnits(values))
            return .undefined
        }
        method("clear") { _, _, _ throws(JSException) in .undefined }
        method("count") { rt, _, arguments throws(JSException) in
            let label = try labelArgument(rt, arguments[0])
            let count = (state.counts[label] ?? 0) + 1
            state.counts[label] = count
            write(rt, state, .log, inspectUnits("\(label): \(count)"))
            return .undefined
        }
        method("countReset") { rt, _, arguments throws(JSException) in
            let label = try labelArgument(rt, arguments[0])
            if state.counts[label] == nil {
                warn(rt, "Count for '\(label)' does not exist")
            } else {
                state.counts[label] = 0
            }
            return .undefined
        }
        for name in ["group", "groupCollapsed"] {
            method(name) { rt, _, arguments throws(JSException) in
                if arguments.count > 0 { write(rt, state, .log, try rt.formatLogUnits(arguments.array)) }
                state.groupIndentation += 2
                return .undefined
            }
        }
        method("groupEnd") { _, _, _ throws(JSException) in
            state.groupIndentation = max(0, state.groupIndentation - 2)
            return .undefined
        }
        method("table") { rt, _, arguments throws(JSException) in
            var properties: [JSValue]?
            if !arguments[1].isUndefined {
                guard case .object(let list) = arguments[1], list.kind == .array else {
                    throw rt.makeException(.typeError, "The \"properties\" argument must be an instance of Array. Received \(describeForMessage(rt, arguments[1]))")
                }
                properties = try rt.listFromArrayLike(.object(list))
            }
            guard case .object(let data) = arguments[0] else {
                write(rt, state, .log, try rt.formatLogUnits([arguments[0]]))
                return .undefined
            }
            write(rt, state, .log, try rt.consoleTable(data, properties: properties))
            return .undefined
        }
        for name in ["profile", "profileEnd", "timeStamp"] {
            method(name) { _, _, _ throws(JSException) in .undefined }
        }
        console.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("console")), flags: [.configurable])
        return console
    }

    /// Writes `text` to the sink, every line indented by the open groups.
    private static func write(_ rt: ScriptRuntime, _ state: ConsoleState, _ level: ConsoleSink.Level, _ text: [UInt16]) {
        var output = text
        if state.groupIndentation > 0 {
            let padding = inspectSpaces(state.groupIndentation)
            output = padding
            output.reserveCapacity(text.count + padding.count)
            for unit in text {
                output.append(unit)
                if unit == 0x0A { output.append(contentsOf: padding) }
            }
        }
        rt.console.write(level, String(decoding: output, as: UTF16.self))
    }

    /// Node's process warnings (`(node:pid) Warning: …` on stderr) go to the warn level.
    private static func warn(_ rt: ScriptRuntime, _ message: String) {
        rt.console.write(.warn, "Warning: \(message)")
    }

    /// The label of count/time: `'default'` when missing, else `${label}`.
    private static func labelArgument(_ rt: ScriptRuntime, _ value: JSValue) throws(JSException) -> String {
        if value.isUndefined { return "default" }
        return try rt.toSwiftString(value)
    }

    /// `1.234ms`, `1.234s`, `1:02.345 (m:ss.mmm)`, `1:02:03.456 (h:mm:ss.mmm)` as Node's `formatTime`.
    static func formatDuration(_ start: UInt64) -> String {
        formatTime(milliseconds: Double(monotonicNanoseconds() &- start) / 1e6)
    }

    static func formatTime(milliseconds: Double) -> String {
        var ms = milliseconds
        var hours = 0.0
        var minutes = 0.0
        var seconds = 0.0
        if ms >= 1000 {
            if ms >= 60_000 {
                if ms >= 3_600_000 {
                    hours = (ms / 3_600_000).rounded(.down)
                    ms = ms.truncatingRemainder(dividingBy: 3_600_000)
                }
                minutes = (ms / 60_000).rounded(.down)
                ms = ms.truncatingRemainder(dividingBy: 60_000)
            }
            seconds = ms / 1000
        }
        if hours != 0 || minutes != 0 {
            let fixed = fixed3(seconds)
            let parts = fixed.split(separator: ".")
            let wholeSeconds = parts.first.map(String.init) ?? "0"
            let fraction = parts.count > 1 ? String(parts[1]) : "000"
            let paddedSeconds = wholeSeconds.count < 2 ? "0" + wholeSeconds : wholeSeconds
            let lead: String
            if hours != 0 {
                let minuteText = String(Int(minutes))
                lead = "\(Int(hours)):\(minuteText.count < 2 ? "0" + minuteText : minuteText)"
            } else {
                lead = String(Int(minutes))
            }
            return "\(lead):\(paddedSeconds).\(fraction) (\(hours != 0 ? "h:m" : "")m:ss.mmm)"
        }
        if seconds != 0 { return "\(fixed3(seconds))s" }
        // `${Number(ms.toFixed(3))}ms`
        let rounded = NumberConversion.stringToNumber(Array(fixed3(ms).utf16))
        return "\(NumberConversion.toString(rounded))ms"
    }

    /// `value.toFixed(3)`.
    private static func fixed3(_ value: Double) -> String {
        NumberConversion.toFixed(value, fractionDigits: 3)
    }

    /// Node's `Received …` wording of invalid-argument errors.
    private static func describeForMessage(_ rt: ScriptRuntime, _ value: JSValue) -> String {
        switch value {
        case .undefined, .empty: return "undefined"
        case .null: return "null"
        case .string(let string): return "type string ('\(string.string)')"
        case .number(let number): return "type number (\(NumberConversion.toString(number)))"
        case .bool(let flag): return "type boolean (\(flag))"
        case .symbol(let symbol): return "type symbol (\(symbol.descriptiveString))"
        case .object(let object):
            if object.isCallable {
                let name = object.ordinaryGetOwnProperty(rt.names.name)?.value.asString?.string ?? ""
                return name.isEmpty ? "function " : "function \(name)"
            }
            var name = rt.describeObjectForError(object)
            if name.hasPrefix("#<") && name.hasSuffix(">") { name = String(name.dropFirst(2).dropLast()) }
            return "an instance of \(name)"
        }
    }
}
