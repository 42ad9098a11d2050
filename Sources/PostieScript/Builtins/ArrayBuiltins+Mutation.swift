/// The `Array.prototype` methods that change the array or copy ranges of it (ECMA-262 §23.1.3):
/// push, pop, shift, unshift, splice, reverse, fill, copyWithin, concat, slice, and the ES2023
/// copying forms toReversed, toSpliced, with.
extension ArrayBuiltins {
    /// The array when its storage may be edited in place: dense, default attributes, writable length,
    /// extensible, and no indexed properties on its prototypes (so holes are plain absences).
    @inline(__always)
    static func editableArray(_ object: JSObject, _ rt: ScriptRuntime) -> JSArray? {
        guard object.kind == .array else { return nil }
        let array = unsafeDowncast(object, to: JSArray.self)
        guard array.isDenseWritable, array.extensible, rt.prototypesHaveNoElements(array) else { return nil }
        return array
    }

    // MARK: push, pop, shift, unshift

    /// ECMA-262 §23.1.3.23 Array.prototype.push.
    static func push(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let count = arguments.count
        if object.kind == .array {
            let array = unsafeDowncast(object, to: JSArray.self)
            if array.isDenseWritable, array.extensible, rt.prototypesHaveNoElements(array) {
                let newLength = Int(array.length) + count
                if newLength > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
                if newLength < 4_294_967_295 {
                    if count == 1 {
                        array.elements.append(arguments[0])
                    } else {
                        for index in 0..<count { array.elements.append(arguments[index]) }
                    }
                    array.length = UInt32(newLength)
                    return .number(Double(newLength))
                }
            } else if count == 0, array.extensible, array.sparseElements == nil, array.elementFlags == .default {
                // V8 returns the length without assigning it when nothing is pushed.
                return .number(Double(array.length))
            }
        }
        var length = try rt.lengthOfArrayLike(object)
        if length + count > ScriptRuntime.maximumSafeLength {
            throw rt.makeException(
                .typeError, "Pushing \(count) elements on an array-like of length \(length) is disallowed, as the total surpasses 2**53-1")
        }
        for index in 0..<count {
            try rt.setOrThrow(object, rt.arrayIndexKey(length), arguments[index])
            length += 1
        }
        try rt.setLengthOrThrow(object, length)
        return .number(Double(length))
    }

    /// ECMA-262 §23.1.3.22 Array.prototype.pop.
    static func pop(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        if object.kind == .array {
            let array = unsafeDowncast(object, to: JSArray.self)
            if array.isDenseWritable, array.length > 0, let last = array.elements.last, !last.isEmpty {
                array.elements.removeLast()
                array.length -= 1
                return last
            }
        }
        let length = try rt.lengthOfArrayLike(object)
        if length == 0 {
            try rt.setLengthOrThrow(object, 0)
            return .undefined
        }
        let index = length - 1
        let value = try rt.element(object, index)
        try rt.deleteElementOrThrow(object, index)
        try rt.setLengthOrThrow(object, index)
        return value
    }

    /// ECMA-262 §23.1.3.27 Array.prototype.shift.
    static func shift(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        if let array = editableArray(object, rt), array.length > 0 {
            let first = array.elements.removeFirst()
            array.length -= 1
            return first.orUndefined
        }
        let length = try rt.lengthOfArrayLike(object)
        if length == 0 {
            try rt.setLengthOrThrow(object, 0)
            return .undefined
        }
        let first = try rt.element(object, 0)
        try moveElements(rt, object, from: 1, to: 0, count: length - 1)
        try rt.deleteElementOrThrow(object, length - 1)
        try rt.setLengthOrThrow(object, length - 1)
        return first
    }

    /// ECMA-262 §23.1.3.32 Array.prototype.unshift.
    static func unshift(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let count = arguments.count
        if count > 0, let array = editableArray(object, rt) {
            let newLength = Int(array.length) + count
            if newLength > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
            if newLength < 4_294_967_295 {
                array.elements.insert(contentsOf: arguments.array, at: 0)
                array.length = UInt32(newLength)
                return .number(Double(newLength))
            }
        }
        let length = try rt.lengthOfArrayLike(object)
        if count > 0 {
            if length + count > ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
            try moveElements(rt, object, from: 0, to: count, count: length)
            for index in 0..<count { try rt.setElementOrThrow(object, index, arguments[index]) }
        }
        try rt.setLengthOrThrow(object, length + count)
        return .number(Double(length + count))
    }

    /// The element moves of shift, unshift, splice and copyWithin: for each of `count` indices, copy
    /// `from + i` to `to + i` (Set, or Delete when the source is a hole), in the order that never
    /// overwrites a source before it is read.
    static func moveElements(_ rt: ScriptRuntime, _ object: JSObject, from: Int, to: Int, count: Int, forward: Bool? = nil) throws(JSException) {
        if count <= 0 { return }
        let forward = forward ?? (from > to)
        var step = 0
        while step < count {
            let offset = forward ? step : count - 1 - step
            let source = from + offset
            let destination = to + offset
            if let value = try rt.elementIfPresent(object, source) {
                try rt.setElementOrThrow(object, destination, value)
                step += 1
            } else {
                try rt.deleteElementOrThrow(object, destination)
                step += 1
                if step < count, count > 1024, rt.hasOrdinaryIndexedStorage(object), rt.prototypesHaveNoElements(object),
                    max(from, to) + count <= 4_294_967_295
                {
                    // A run of holes in a sparse object: deleting absent destinations changes nothing,
                    // so skip to the next present source (or to a present destination).
                    step = try skipHoleRun(rt, object, from: from, to: to, count: count, step: step, forward: forward)
                } else {
                    try rt.countStep()
                }
            }
        }
    }

    /// In a sparse object, the next step of `moveElements` that has a present source or destination.
    private static func skipHoleRun(
        _ rt: ScriptRuntime, _ object: JSObject, from: Int, to: Int, count: Int, step: Int, forward: Bool
    ) throws(JSException) -> Int {
        var best = count
        func consider(_ offset: Int) {
            guard offset >= 0, offset < count else { return }
            let candidate = forward ? offset : count - 1 - offset
            if candidate >= step && candidate < best { best = candidate }
        }
        for key in object.ownIndices() {
            consider(Int(key) - from)
            consider(Int(key) - to)
        }
        try rt.countStep()
        return best
    }

    // MARK: splice, toSpliced

    /// The start and delete count of splice/toSpliced (ECMA-262 §23.1.3.31 steps 3–11).
    private static func spliceBounds(_ rt: ScriptRuntime, _ arguments: Arguments, length: Int) throws(JSException) -> (start: Int, deleteCount: Int) {
        let start = try rt.relativeIndex(arguments[0], length: length, defaultValue: 0)
        if arguments.count == 0 { return (start, 0) }
        if arguments.count == 1 { return (start, length - start) }
        let requested = try rt.toIntegerOrInfinity(arguments[1])
        let deleteCount = Int(max(0, min(requested, Double(length - start))))
        return (start, deleteCount)
    }

    /// ECMA-262 §23.1.3.31 Array.prototype.splice.
    static func splice(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let (start, deleteCount) = try spliceBounds(rt, arguments, length: length)
        let itemCount = max(0, arguments.count - 2)
        let newLength = length + itemCount - deleteCount
        if newLength > ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
        let (removed, isPlain) = try rt.arraySpeciesCreate(object, length: deleteCount)
        if let array = editableArray(object, rt), Int(array.length) == length {
            if newLength > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
            let range = start..<(start + deleteCount)
            if isPlain {
                let removedArray = unsafeDowncast(removed, to: JSArray.self)
                removedArray.elements = ContiguousArray(array.elements[range])
                removedArray.length = UInt32(deleteCount)
            } else {
                var result = ArrayResultBuilder(target: removed, isPlain: false)
                for (offset, value) in array.elements[range].enumerated() where !value.isEmpty {
                    try result.put(offset, value, rt)
                }
                try result.finish(length: deleteCount, rt)
            }
            // The species constructor may have run code: check again before editing in place.
            if let array = editableArray(object, rt), Int(array.length) == length {
                if itemCount == 0 {
                    array.elements.removeSubrange(range)
                } else {
                    array.elements.replaceSubrange(range, with: arguments.suffix(from: 2))
                }
                array.length = UInt32(array.elements.count)
                return .object(removed)
            }
            try spliceGeneric(rt, object, length: length, start: start, deleteCount: deleteCount, arguments: arguments)
            return .object(removed)
        }
        var result = ArrayResultBuilder(target: removed, isPlain: isPlain)
        var index = 0
        while index < deleteCount {
            if let value = try rt.elementIfPresent(object, start + index) {
                try result.put(index, value, rt)
                index += 1
            } else {
                index = try rt.indexAfterHole(object, start + index, limit: start + deleteCount) - start
            }
        }
        try result.finish(length: deleteCount, rt)
        try spliceGeneric(rt, object, length: length, start: start, deleteCount: deleteCount, arguments: arguments)
        return .object(removed)
    }

    /// Steps 15–21 of splice on any object: move the tail, delete the leftovers, store the items.
    private static func spliceGeneric(
        _ rt: ScriptRuntime, _ object: JSObject, length: Int, start: Int, deleteCount: Int, arguments: Arguments
    ) throws(JSException) {
        let itemCount = max(0, arguments.count - 2)
        if itemCount < deleteCount {
            try moveElements(rt, object, from: start + deleteCount, to: start + itemCount, count: length - deleteCount - start)
            try deleteRange(rt, object, from: length - deleteCount + itemCount, to: length)
        } else if itemCount > deleteCount {
            try moveElements(rt, object, from: start + deleteCount, to: start + itemCount, count: length - deleteCount - start)
        }
        for index in 0..<itemCount {
            try rt.setElementOrThrow(object, start + index, arguments[index + 2])
        }
        try rt.setLengthOrThrow(object, length - deleteCount + itemCount)
    }

    /// Deletes indices `from..<to`, highest first (DeletePropertyOrThrow each; absent ones are skipped
    /// when the object keeps its elements in ordinary storage).
    static func deleteRange(_ rt: ScriptRuntime, _ object: JSObject, from: Int, to: Int) throws(JSException) {
        if to <= from { return }
        if rt.hasOrdinaryIndexedStorage(object), to - from > 64 {
            var present: [Int] = []
            for index in object.ownIndices() where Int(index) >= from && Int(index) < to { present.append(Int(index)) }
            for index in present.reversed() { try rt.deleteElementOrThrow(object, index) }
            if to > 4_294_967_295 {
                // Integer keys at and above 2³² − 1 are named properties.
                var index = to - 1
                while index >= max(from, 4_294_967_295) {
                    try rt.deleteElementOrThrow(object, index)
                    try rt.countStep()
                    index -= 1
                }
            }
            return
        }
        var index = to - 1
        while index >= from {
            try rt.deleteElementOrThrow(object, index)
            try rt.countStep()
            index -= 1
        }
    }

    /// ECMA-262 §23.1.3.35 Array.prototype.toSpliced.
    static func toSpliced(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let (start, skipCount) = try spliceBounds(rt, arguments, length: length)
        let itemCount = max(0, arguments.count - 2)
        let newLength = length + itemCount - skipCount
        if newLength > ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
        let target = try rt.arrayCreate(newLength)
        var result = ArrayResultBuilder(target: target, isPlain: true, expectedCount: newLength)
        var index = 0
        while index < start {
            try result.put(index, try rt.element(object, index), rt)
            index += 1
        }
        for offset in 0..<itemCount {
            try result.put(index, arguments[offset + 2], rt)
            index += 1
        }
        var source = start + skipCount
        while index < newLength {
            try result.put(index, try rt.element(object, source), rt)
            index += 1
            source += 1
        }
        try result.finish(length: nil, rt)
        return .object(target)
    }

    // MARK: reverse, toReversed

    /// ECMA-262 §23.1.3.26 Array.prototype.reverse.
    static func reverse(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        if let array = editableArray(object, rt) {
            array.elements.reverse()
            return .object(object)
        }
        let length = try rt.lengthOfArrayLike(object)
        let middle = length / 2
        var lower = 0
        while lower < middle {
            let upper = length - lower - 1
            let lowerValue = try rt.elementIfPresent(object, lower)
            let upperValue = try rt.elementIfPresent(object, upper)
            switch (lowerValue, upperValue) {
            case (.some(let low), .some(let high)):
                try rt.setElementOrThrow(object, lower, high)
                try rt.setElementOrThrow(object, upper, low)
            case (.none, .some(let high)):
                try rt.setElementOrThrow(object, lower, high)
                try rt.deleteElementOrThrow(object, upper)
            case (.some(let low), .none):
                try rt.deleteElementOrThrow(object, lower)
                try rt.setElementOrThrow(object, upper, low)
            case (.none, .none):
                try rt.countStep()
            }
            lower += 1
        }
        return .object(object)
    }

    /// ECMA-262 §23.1.3.33 Array.prototype.toReversed.
    static func toReversed(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let target = try rt.arrayCreate(length)
        var result = ArrayResultBuilder(target: target, isPlain: true, expectedCount: length)
        var index = 0
        while index < length {
            try result.put(index, try rt.element(object, length - index - 1), rt)
            index += 1
        }
        try result.finish(length: nil, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.3.39 Array.prototype.with.
    static func with(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let number = try rt.toNumber(arguments[0])
        let relative = number.isNaN ? 0 : number.rounded(.towardZero)
        let actual = relative >= 0 ? relative : Double(length) + relative
        if actual >= Double(length) || actual < 0 {
            let shown: String
            if case .number = arguments[0] {
                shown = NumberConversion.toString(number)
            } else if let function = arguments[0].asFunction {
                shown = rt.functionSourceText(function).string
            } else {
                shown = rt.describeCallbackForError(arguments[0])
            }
            throw rt.makeException(.rangeError, "Invalid index : \(shown)")
        }
        let replaced = Int(actual)
        let target = try rt.arrayCreate(length)
        var result = ArrayResultBuilder(target: target, isPlain: true, expectedCount: length)
        for index in 0..<length {
            try result.put(index, index == replaced ? arguments[1] : try rt.element(object, index), rt)
        }
        try result.finish(length: nil, rt)
        return .object(target)
    }

    // MARK: fill, copyWithin

    /// ECMA-262 §23.1.3.7 Array.prototype.fill.
    static func fill(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let value = arguments[0]
        let start = try rt.relativeIndex(arguments[1], length: length, defaultValue: 0)
        var end = try rt.relativeIndex(arguments[2], length: length, defaultValue: length)
        if object.kind == .array, object.sparseElements == nil {
            // V8's fast fill stops at the current length when the conversions shrank the array.
            end = min(end, Int(unsafeDowncast(object, to: JSArray.self).length))
        }
        if start >= end { return .object(object) }
        // (The index conversions may have run code that resized the array.)
        if let array = editableArray(object, rt), Int(array.length) == length {
            for index in start..<end { array.elements[index] = value }
            return .object(object)
        }
        if end - start > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
        for index in start..<end {
            try rt.setElementOrThrow(object, index, value)
        }
        return .object(object)
    }

    /// ECMA-262 §23.1.3.4 Array.prototype.copyWithin.
    static func copyWithin(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let to = try rt.relativeIndex(arguments[0], length: length, defaultValue: 0)
        let from = try rt.relativeIndex(arguments[1], length: length, defaultValue: 0)
        let final = try rt.relativeIndex(arguments[2], length: length, defaultValue: length)
        let count = min(final - from, length - to)
        if count <= 0 { return .object(object) }
        if let array = editableArray(object, rt), Int(array.length) == length {
            let slice = Array(array.elements[from..<(from + count)])
            array.elements.replaceSubrange(to..<(to + count), with: slice)
            return .object(object)
        }
        // ECMA-262 §23.1.3.4 step 16: backwards only when the ranges overlap with `to` after `from`.
        try moveElements(rt, object, from: from, to: to, count: count, forward: !(from < to && to < from + count))
        return .object(object)
    }

    // MARK: concat, slice

    /// ECMA-262 §23.1.3.2 Array.prototype.concat.
    static func concat(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: "concat")
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: 0)
        var result = ArrayResultBuilder(target: target, isPlain: isPlain)
        var count = 0
        for position in -1..<arguments.count {
            let item: JSValue = position < 0 ? .object(object) : arguments[position]
            if case .object(let element) = item, try isConcatSpreadable(rt, element) {
                let length = try rt.lengthOfArrayLike(element)
                if count + length > ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
                var index = 0
                if element.kind == .array, rt.prototypesHaveNoElements(element) {
                    // Dense part in one copy (holes stay holes: nothing on the prototypes can fill them).
                    let denseEnd = min(length, element.elements.count)
                    if try result.putDense(count, from: element, 0..<denseEnd, rt) { index = denseEnd }
                }
                while index < length {
                    if let value = try rt.elementIfPresent(element, index) {
                        try result.put(count + index, value, rt)
                        index += 1
                    } else {
                        index = try rt.indexAfterHole(element, index, limit: length)
                    }
                }
                count += length
            } else {
                if count >= ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
                try result.put(count, item, rt)
                count += 1
            }
        }
        try result.finish(length: count, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.3.2.1 IsConcatSpreadable.
    private static func isConcatSpreadable(_ rt: ScriptRuntime, _ object: JSObject) throws(JSException) -> Bool {
        let spreadable = try object.get(.symbol(rt.symbols.isConcatSpreadable), rt)
        if !spreadable.isUndefined { return spreadable.toBoolean }
        return object.kind == .array
    }

    /// ECMA-262 §23.1.3.28 Array.prototype.slice.
    static func slice(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let start = try rt.relativeIndex(arguments[0], length: length, defaultValue: 0)
        let end = try rt.relativeIndex(arguments[1], length: length, defaultValue: length)
        let count = max(end - start, 0)
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: count)
        let rangeEnd = max(start, end)
        if isPlain, object.kind == .array, object.sparseElements == nil, rangeEnd <= object.elements.count, rt.prototypesHaveNoElements(object) {
            // Dense source: copy the storage (holes stay holes).
            let array = unsafeDowncast(target, to: JSArray.self)
            array.elements = ContiguousArray(object.elements[start..<rangeEnd])
            array.length = UInt32(count)
            return .object(target)
        }
        var result = ArrayResultBuilder(target: target, isPlain: isPlain, expectedCount: count)
        var index = start
        while index < end {
            if let value = try rt.elementIfPresent(object, index) {
                try result.put(index - start, value, rt)
                index += 1
            } else {
                index = try rt.indexAfterHole(object, index, limit: end)
            }
        }
        try result.finish(length: count, rt)
        return .object(target)
    }
}
