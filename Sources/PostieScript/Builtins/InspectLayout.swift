/// How `util.inspect` lays out the entries of an object: on one line when they fit, in aligned
/// columns for arrays of more than six short items, otherwise one entry per line indented by two.
extension ValueInspector {
    /// Joins `output` inside `braces` (after `base`, e.g. a function's or error's own text).
    mutating func reduceToSingleString(
        _ entries: [[UInt16]], base: [UInt16], braces: (open: [UInt16], close: [UInt16]), entryKind: EntryKind,
        recurseTimes: Int, value: JSObject?
    ) throws(JSException) -> [UInt16] {
        var output = entries
        if options.compact != .always {
            if case .innermost(let level) = options.compact, level >= 1 {
                let entryCount = output.count
                if entryKind == .arrayExtras && entryCount > 6 {
                    output = try groupArrayElements(output, value: value, compactLevel: level)
                }
                // Only the innermost `level` levels are joined; grouped arrays keep their rows.
                if currentDepth - recurseTimes < level && entryCount == output.count {
                    let start = output.count + indentation + braces.open.count + base.count + 10
                    if isBelowBreakLength(output, start: start, base: base) {
                        let joined = Self.join(output, separator: [0x2C, 0x20])
                        if !joined.containsLineFeed {
                            var text = base
                            if !base.isEmpty { text.append(0x20) }
                            text.append(contentsOf: braces.open)
                            text.append(0x20)
                            text.append(contentsOf: joined)
                            text.append(0x20)
                            text.append(contentsOf: braces.close)
                            return text
                        }
                    }
                }
            }
            let lineStart = [0x0A] + inspectSpaces(indentation)
            var total = base.count + braces.open.count + braces.close.count + 2 * lineStart.count + 3
            for entry in output { total += entry.count + lineStart.count + 3 }
            var text = base
            text.reserveCapacity(total)
            if !base.isEmpty { text.append(0x20) }
            text.append(contentsOf: braces.open)
            for (index, entry) in output.enumerated() {
                if index > 0 { text.append(0x2C) }
                text.append(contentsOf: lineStart)
                text.append(contentsOf: [0x20, 0x20])
                text.append(contentsOf: entry)
            }
            if output.isEmpty {
                text.append(contentsOf: lineStart)
                text.append(contentsOf: [0x20, 0x20])
            }
            text.append(contentsOf: lineStart)
            text.append(contentsOf: braces.close)
            return text
        }
        // compact: true
        if isBelowBreakLength(output, start: 0, base: base) {
            var text = braces.open
            if !base.isEmpty { text.append(0x20); text.append(contentsOf: base) }
            text.append(0x20)
            text.append(contentsOf: Self.join(output, separator: [0x2C, 0x20]))
            text.append(0x20)
            text.append(contentsOf: braces.close)
            return text
        }
        let padding = inspectSpaces(indentation)
        var text = braces.open
        if base.isEmpty && braces.open.count == 1 {
            text.append(0x20)
        } else {
            if !base.isEmpty { text.append(0x20); text.append(contentsOf: base) }
            text.append(0x0A)
            text.append(contentsOf: padding)
            text.append(contentsOf: [0x20, 0x20])
        }
        text.append(contentsOf: Self.join(output, separator: [0x2C, 0x0A] + padding + [0x20, 0x20]))
        text.append(0x20)
        text.append(contentsOf: braces.close)
        return text
    }

    /// Whether the entries, one separator each and `start` more, fit in `breakLength`.
    private func isBelowBreakLength(_ output: [[UInt16]], start: Int, base: [UInt16]) -> Bool {
        var total = output.count + start
        if total + output.count > options.breakLength { return false }
        for entry in output {
            total += entry.count
            if total > options.breakLength { return false }
        }
        return base.isEmpty || !base.containsLineFeed
    }

    /// Rows of aligned columns for an array of many short entries (numbers right-aligned). The
    /// column count aims at a roughly square block with characters 2.5 times as high as wide.
    private func groupArrayElements(_ output: [[UInt16]], value: JSObject?, compactLevel: Int) throws(JSException) -> [[UInt16]] {
        var totalLength = 0
        var maxLength = 0
        var outputLength = output.count
        // The `... n more items` entry is not grouped.
        if options.maxArrayLength < output.count { outputLength -= 1 }
        let separatorSpace = 2
        var dataLength = [Int](repeating: 0, count: outputLength)
        for index in 0..<outputLength {
            let length = InspectStringWidth.width(output[index])
            dataLength[index] = length
            totalLength += length + separatorSpace
            if maxLength < length { maxLength = length }
        }
        let actualMax = maxLength + separatorSpace
        guard actualMax * 3 + indentation < options.breakLength,
            Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6
        else { return output }
        let approxCharHeights = 2.5
        let averageBias = (Double(actualMax) - Double(totalLength) / Double(output.count)).squareRoot()
        let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
        let square = (approxCharHeights * biasedMax * Double(outputLength)).squareRoot() / biasedMax
        let columns = min(
            Int((square + 0.5).rounded(.down)),
            (options.breakLength - indentation) / actualMax,
            compactLevel * 4,
            15)
        if columns <= 1 { return output }
        var maxLineLength: [Int] = []
        for column in 0..<columns {
            var lineLength = 0
            var index = column
            while index < outputLength {
                if dataLength[index] > lineLength { lineLength = dataLength[index] }
                index += columns
            }
            maxLineLength.append(lineLength + separatorSpace)
        }
        var padStart = true
        if let value {
            for index in 0..<output.count {
                let element = try value.get(.index(UInt32(index)), runtime)
                if !element.isNumber {
                    padStart = false
                    break
                }
            }
        }
        var grouped: [[UInt16]] = []
        var row = 0
        while row < outputLength {
            let end = min(row + columns, outputLength)
            var line: [UInt16] = []
            var index = row
            while index < end - 1 {
                let cell = output[index] + [0x2C, 0x20]
                let padding = maxLineLength[index - row] + output[index].count - dataLength[index]
                line.append(contentsOf: Self.padded(cell, to: padding, atStart: padStart))
                index += 1
            }
            if padStart {
                let padding = maxLineLength[index - row] + output[index].count - dataLength[index] - separatorSpace
                line.append(contentsOf: Self.padded(output[index], to: padding, atStart: true))
            } else {
                line.append(contentsOf: output[index])
            }
            grouped.append(line)
            row += columns
        }
        if options.maxArrayLength < output.count { grouped.append(output[outputLength]) }
        return grouped
    }

    private static func padded(_ text: [UInt16], to length: Int, atStart: Bool) -> [UInt16] {
        guard text.count < length else { return text }
        let fill = inspectSpaces(length - text.count)
        return atStart ? fill + text : text + fill
    }

    static func join(_ parts: [[UInt16]], separator: [UInt16]) -> [UInt16] {
        var result: [UInt16] = []
        var total = 0
        for part in parts { total += part.count + separator.count }
        result.reserveCapacity(total)
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(contentsOf: separator) }
            result.append(contentsOf: part)
        }
        return result
    }
}
