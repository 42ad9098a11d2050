/// `Array.prototype.sort` and `toSorted` (ECMA-262 §23.1.3.30, §23.1.3.34) with a stable merge sort.
extension ArrayBuiltins {
    /// ECMA-262 §23.1.3.30 Array.prototype.sort.
    static func sort(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let comparator = try sortComparator(rt, arguments[0])
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        // V8 leaves arrays of fewer than two elements alone (no reads, no writes).
        if length < 2 { return .object(object) }
        var items = try collectForSort(rt, object, length: length, skipHoles: true)
        let presentCount = items.count
        try sortValues(rt, &items, comparator: comparator)
        // Write back; the comparator may have changed the array, so recheck the fast path.
        if object.kind == .array, object.sparseElements == nil, object.elementFlags == .default, object.elements.count >= presentCount,
            !object.elements[0..<presentCount].contains(where: { $0.isEmpty })
        {
            object.elements.replaceSubrange(0..<presentCount, with: items)
        } else {
            for (index, value) in items.enumerated() { try rt.setElementOrThrow(object, index, value) }
        }
        if presentCount < length {
            try deleteRange(rt, object, from: presentCount, to: length)
        }
        return .object(object)
    }

    /// ECMA-262 §23.1.3.34 Array.prototype.toSorted (holes sort as `undefined`).
    static func toSorted(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let comparator = try sortComparator(rt, arguments[0])
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let target = try rt.arrayCreate(length)
        var items = try collectForSort(rt, object, length: length, skipHoles: false)
        try sortValues(rt, &items, comparator: comparator)
        target.elements = ContiguousArray(items)
        return .object(target)
    }

    private static func sortComparator(_ rt: ScriptRuntime, _ value: JSValue) throws(JSException) -> JSFunction? {
        if value.isUndefined { return nil }
        guard let function = value.asFunction else {
            throw rt.makeException(.typeError, "The comparison function must be either a function or undefined")
        }
        return function
    }

    /// ECMA-262 §23.1.3.30.1 SortIndexedProperties, the collecting part: the present values (or every
    /// value, holes read as `undefined`, when `skipHoles` is false).
    private static func collectForSort(_ rt: ScriptRuntime, _ object: JSObject, length: Int, skipHoles: Bool) throws(JSException) -> [JSValue] {
        if !skipHoles, length > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
        var items: [JSValue] = []
        items.reserveCapacity(min(length, max(object.elements.count, 16)))
        var index = 0
        while index < length {
            if let value = rt.denseValue(object, index) {
                items.append(value)
                index += 1
                continue
            }
            if skipHoles {
                if let value = try rt.slowElementIfPresent(object, index) {
                    items.append(value)
                    index += 1
                } else {
                    index = try rt.indexAfterHole(object, index, limit: length)
                }
            } else {
                items.append(try object.get(rt.arrayIndexKey(index), rt))
                index += 1
            }
            if items.count > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
        }
        return items
    }

    /// Sorts `items` by ECMA-262 §23.1.3.30.2 SortCompare: `undefined` last, then the comparator's
    /// order or the UTF-16 order of the values' strings. Stable; an inconsistent comparator gives some
    /// order but never fails.
    static func sortValues(_ rt: ScriptRuntime, _ items: inout [JSValue], comparator: JSFunction?) throws(JSException) {
        var values: [JSValue] = []
        values.reserveCapacity(items.count)
        var undefinedCount = 0
        for value in items {
            if value.isUndefined { undefinedCount += 1 } else { values.append(value) }
        }
        let order: [Int]
        if let comparator {
            // The pair passed is lent: bit copies of two of `values`' elements, which `values` keeps
            // alive for the whole sort, so a comparison costs no reference counting for its arguments.
            let stride = MemoryLayout<JSValue>.stride
            let pair = UnsafeMutableRawPointer.allocate(byteCount: 2 * stride, alignment: MemoryLayout<JSValue>.alignment)
            defer { pair.deallocate() }
            let arguments = Arguments(base: UnsafePointer(pair.assumingMemoryBound(to: JSValue.self)), count: 2)
            order = try values.withUnsafeBufferPointer { elements throws(JSException) -> [Int] in
                guard let first = elements.baseAddress else { return [] }
                let source = UnsafeRawPointer(first)
                // Like V8: comparator(later, earlier) < 0, so buggy comparators (`(a, b) => a > b`) give V8's results.
                return try StableSort.order(count: elements.count) { later, earlier throws(JSException) in
                    pair.copyMemory(from: source + later * stride, byteCount: stride)
                    (pair + stride).copyMemory(from: source + earlier * stride, byteCount: stride)
                    let result = try rt.callCallback(comparator, this: .undefined, arguments: arguments)
                    if case .number(let number) = result { return number < 0 }
                    return try rt.toNumber(result) < 0
                }
            }
        } else {
            order = try defaultOrder(rt, values)
        }
        items.removeAll(keepingCapacity: true)
        for position in order { items.append(values[position]) }
        for _ in 0..<undefinedCount { items.append(.undefined) }
    }

    /// The default order: by the values' ToString, compared as UTF-16 code units.
    private static func defaultOrder(_ rt: ScriptRuntime, _ values: [JSValue]) throws(JSException) -> [Int] {
        var allIntegers = true
        for value in values {
            guard case .number(let number) = value, number >= 0, number < 1e15, number == number.rounded(.towardZero) else {
                allIntegers = false
                break
            }
        }
        if allIntegers {
            // Non-negative integers: compare their decimal digits without making strings.
            let numbers = values.map { UInt64($0.asNumber ?? 0) }
            return StableSort.order(count: numbers.count) { left, right in
                decimalStringGreater(numbers[right], numbers[left])
            }
        }
        var keys: [[UInt16]] = []
        keys.reserveCapacity(values.count)
        for value in values {
            if case .string(let string) = value { keys.append(string.units) } else { keys.append(try rt.toJSString(value).units) }
        }
        return StableSort.order(count: keys.count) { left, right in
            unitsGreater(keys[right], keys[left])
        }
    }

    /// Whether `a`'s code units sort after `b`'s.
    @inline(__always)
    static func unitsGreater(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let shared = min(x.count, y.count)
                var index = 0
                while index < shared {
                    let p = x[index]
                    let q = y[index]
                    if p != q { return p > q }
                    index += 1
                }
                return x.count > y.count
            }
        }
    }

    /// Whether the decimal string of `a` sorts after that of `b` (both below 10¹⁵).
    @inline(__always)
    static func decimalStringGreater(_ a: UInt64, _ b: UInt64) -> Bool {
        if a == b { return false }
        let digitsA = decimalDigitCount(a)
        let digitsB = decimalDigitCount(b)
        // Compare the common-length prefixes; on a tie the shorter string is a prefix and sorts first.
        if digitsA == digitsB { return a > b }
        if digitsA > digitsB {
            let prefix = a / powerOfTen(digitsA - digitsB)
            return prefix >= b
        }
        let prefix = b / powerOfTen(digitsB - digitsA)
        return a > prefix
    }

    @inline(__always)
    private static func decimalDigitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result &*= 10 }
        return result
    }
}

/// A stable sort of positions `0..<count` laid out like V8's TimSort: natural runs (strictly
/// descending ones reversed) extended to the minimum run length by binary insertion, then merged
/// pairwise. Below 64 elements it makes exactly V8's comparisons, so even inconsistent comparators
/// give V8's order; any comparator gives some order without failing. `less(a, b)` is true when the
/// value at position `a` must come before the one at `b`; it is always asked as (later, earlier).
enum StableSort {
    static func order<E: Error>(count: Int, less: (Int, Int) throws(E) -> Bool) throws(E) -> [Int] {
        if count == 0 { return [] }
        let first = UnsafeMutablePointer<Int>.allocate(capacity: count)
        let second = UnsafeMutablePointer<Int>.allocate(capacity: count)
        defer {
            first.deallocate()
            second.deallocate()
        }
        for index in 0..<count { first[index] = index }
        var runs: [Int] = []  // start of each run; the last run ends at `count`
        let minimumRun = minimumRunLength(count)
        var low = 0
        while low < count {
            var runLength = try countAndMakeRun(first, low: low, high: count, less: less)
            if runLength < minimumRun {
                let forced = min(minimumRun, count - low)
                try binaryInsertionSort(first, low: low, start: low + runLength, high: low + forced, less: less)
                runLength = forced
            }
            runs.append(low)
            low += runLength
        }
        var source = first
        var destination = second
        while runs.count > 1 {
            var merged: [Int] = []
            merged.reserveCapacity((runs.count + 1) / 2)
            var pair = 0
            while pair < runs.count {
                let start = runs[pair]
                let middle = pair + 1 < runs.count ? runs[pair + 1] : count
                let end = pair + 2 < runs.count ? runs[pair + 2] : count
                try merge(from: source, into: destination, start: start, middle: middle, end: end, less: less)
                merged.append(start)
                pair += 2
            }
            runs = merged
            swap(&source, &destination)
        }
        return Array(UnsafeBufferPointer(start: source, count: count))
    }

    /// V8's ComputeMinRunLength.
    private static func minimumRunLength(_ count: Int) -> Int {
        var length = count
        var extra = 0
        while length >= 64 {
            extra |= length & 1
            length >>= 1
        }
        return length + extra
    }

    /// The length of the run starting at `low`; a strictly descending run is reversed in place.
    private static func countAndMakeRun<E: Error>(
        _ items: UnsafeMutablePointer<Int>, low: Int, high: Int, less: (Int, Int) throws(E) -> Bool
    ) throws(E) -> Int {
        let next = low + 1
        if next == high { return 1 }
        var runLength = 2
        let descending = try less(items[next], items[low])
        var previous = items[next]
        var index = next + 1
        while index < high {
            let current = items[index]
            let before = try less(current, previous)
            if descending ? !before : before { break }
            previous = current
            runLength += 1
            index += 1
        }
        if descending {
            var left = low
            var right = low + runLength - 1
            while left < right {
                let held = items[left]
                items[left] = items[right]
                items[right] = held
                left += 1
                right -= 1
            }
        }
        return runLength
    }

    /// Sorts `low..<high` by binary insertion, `low..<start` being sorted already.
    private static func binaryInsertionSort<E: Error>(
        _ items: UnsafeMutablePointer<Int>, low: Int, start: Int, high: Int, less: (Int, Int) throws(E) -> Bool
    ) throws(E) {
        var position = low == start ? start + 1 : start
        while position < high {
            let pivot = items[position]
            var left = low
            var right = position
            while left < right {
                let middle = left + ((right - left) >> 1)
                if try less(pivot, items[middle]) { right = middle } else { left = middle + 1 }
            }
            var move = position
            while move > left {
                items[move] = items[move - 1]
                move -= 1
            }
            items[left] = pivot
            position += 1
        }
    }

    /// Merges the sorted ranges `start..<middle` and `middle..<end` of `source` into `destination`.
    private static func merge<E: Error>(
        from source: UnsafeMutablePointer<Int>, into destination: UnsafeMutablePointer<Int>, start: Int, middle: Int, end: Int,
        less: (Int, Int) throws(E) -> Bool
    ) throws(E) {
        var inOrder = middle >= end
        if !inOrder { inOrder = try !less(source[middle], source[middle - 1]) }
        if inOrder {
            (destination + start).update(from: source + start, count: end - start)
            return
        }
        var left = start
        var right = middle
        var out = start
        while left < middle && right < end {
            if try less(source[right], source[left]) {
                destination[out] = source[right]
                right += 1
            } else {
                destination[out] = source[left]
                left += 1
            }
            out += 1
        }
        if left < middle { (destination + out).update(from: source + left, count: middle - left) }
        if right < end { (destination + out).update(from: source + right, count: end - right) }
    }
}
