/// `console.table`: Node 20's box-drawing table of an array, object, Map, Set or their iterators.
extension ScriptRuntime {
    /// The table text for `data` (an object), limited to the columns `properties` when given.
    func consoleTable(_ data: JSObject, properties: [JSValue]?) throws(JSException) -> [UInt16] {
        let iterationIndex = inspectUnits("(iteration index)")
        var entries: [(key: JSValue, value: JSValue?)] = []
        var yieldsPairs = false
        let isIterator = data.kind == .mapIterator || data.kind == .setIterator
        if isIterator || data.kind == .map || data.kind == .set, let collection = data as? InspectableCollection {
            entries = collection.inspectEntries()
            yieldsPairs = collection.inspectYieldsPairs
        }
        if (data.kind == .mapIterator && yieldsPairs) || data.kind == .map {
            var keys = TableColumn()
            var values = TableColumn()
            for entry in entries {
                keys.append(try tableCell(entry.key))
                values.append(try tableCell(entry.value ?? .undefined))
            }
            return renderTable(head: [iterationIndex, inspectUnits("Key"), inspectUnits("Values")], columns: [try indexColumn(entries.count), keys, values])
        }
        if isIterator || data.kind == .set {
            var values = TableColumn()
            for entry in entries {
                // A Set's `entries()` iterator yields [v, v] pairs; the table shows them as arrays.
                if yieldsPairs {
                    values.append(try tableCell(.object(makeArray([entry.key, entry.value ?? .undefined]))))
                } else {
                    values.append(try tableCell(entry.key))
                }
            }
            return renderTable(head: [iterationIndex, inspectUnits("Values")], columns: [try indexColumn(entries.count), values])
        }

        var columnOrder: [PropertyKey] = []
        var columns: [PropertyKey: TableColumn] = [:]
        var hasPrimitives = false
        var primitiveValues = TableColumn()
        var indexColumn = TableColumn()
        let rowKeys = enumerableOwnStringKeys(data)
        for (row, rowKey) in rowKeys.enumerated() {
            indexColumn.append(ValueInspector.keyUnits(rowKey))
            let item = try data.get(rowKey, self)
            let isPrimitive = !item.isObject
            if properties == nil && isPrimitive {
                hasPrimitives = true
                primitiveValues.set(row, try tableCell(item))
                continue
            }
            let columnKeys: [PropertyKey]
            if let properties {
                columnKeys = try properties.map { (value) throws(JSException) in try toPropertyKey(value) }
            } else if case .object(let itemObject) = item {
                columnKeys = enumerableOwnStringKeys(itemObject)
            } else {
                columnKeys = []
            }
            for key in columnKeys {
                if columns[key] == nil {
                    columns[key] = TableColumn()
                    columnOrder.append(key)
                }
                if case .object(let itemObject) = item, !(isPrimitive && properties != nil), itemObject.hasOwnProperty(key, self) {
                    columns[key]?.set(row, try tableCell(try itemObject.get(key, self)))
                } else {
                    columns[key]?.set(row, [])
                }
            }
        }
        // The columns were gathered in an object: integer keys come first, ascending.
        let indexKeys = columnOrder.filter(\.isIndex).sorted { lhs, rhs in
            if case .index(let a) = lhs, case .index(let b) = rhs { return a < b }
            return false
        }
        let orderedKeys = indexKeys + columnOrder.filter { !$0.isIndex }
        var head = [inspectUnits("(index)")]
        var tableColumns = [indexColumn]
        for key in orderedKeys {
            head.append(ValueInspector.keyUnits(key))
            tableColumns.append(columns[key] ?? TableColumn())
        }
        if hasPrimitives {
            head.append(inspectUnits("Values"))
            tableColumns.append(primitiveValues)
        }
        return renderTable(head: head, columns: tableColumns)
    }

    /// A cell: the value inspected without line breaks, one level deep (none for objects with more
    /// than two keys), at most three array items.
    private func tableCell(_ value: JSValue) throws(JSException) -> [UInt16] {
        var options = InspectOptions()
        options.maxArrayLength = 3
        options.breakLength = Int.max
        options.depth = 0
        if case .object(let object) = value, !object.isCallable, object.kind != .array, enumerableOwnStringKeys(object).count > 2 {
            options.depth = -1
        }
        var inspector = ValueInspector(self, options: options)
        return try inspector.inspect(value)
    }

    private func indexColumn(_ count: Int) throws(JSException) -> TableColumn {
        var column = TableColumn()
        for index in 0..<count { column.append(try tableCell(.number(Double(index)))) }
        return column
    }

    /// `Object.keys(object)`.
    private func enumerableOwnStringKeys(_ object: JSObject) -> [PropertyKey] {
        object.ownKeys(self).filter { key in
            !key.isSymbol && (object.getOwnProperty(key, self)?.flags.contains(.enumerable) ?? false)
        }
    }

    private func renderTable(head: [[UInt16]], columns: [TableColumn]) -> [UInt16] {
        var widths = head.map { InspectStringWidth.width($0) }
        let rowCount = columns.map(\.length).max() ?? 0
        var rows = [[[UInt16]]](repeating: [], count: rowCount)
        for (columnIndex, column) in columns.enumerated() {
            for row in 0..<rowCount {
                let cell = column.cells[row] ?? []
                rows[row].append(cell)
                widths[columnIndex] = max(widths[columnIndex], InspectStringWidth.width(cell))
            }
        }
        let dividers = widths.map { [UInt16](repeating: 0x2500, count: $0 + 2) }  // ─
        func line(_ left: UInt16, _ middle: UInt16, _ right: UInt16) -> [UInt16] {
            [left] + ValueInspector.join(dividers, separator: [middle]) + [right]
        }
        func render(_ cells: [[UInt16]]) -> [UInt16] {
            var text: [UInt16] = [0x2502, 0x20]  // "│ "
            for (index, cell) in cells.enumerated() {
                text.append(contentsOf: cell)
                text.append(contentsOf: inspectSpaces(widths[index] - InspectStringWidth.width(cell)))
                if index != cells.count - 1 { text.append(contentsOf: [0x20, 0x2502, 0x20]) }
            }
            text.append(contentsOf: [0x20, 0x2502])
            return text
        }
        var result = line(0x250C, 0x252C, 0x2510)  // ┌ ┬ ┐
        result.append(0x0A)
        result.append(contentsOf: render(head))
        result.append(0x0A)
        result.append(contentsOf: line(0x251C, 0x253C, 0x2524))  // ├ ┼ ┤
        result.append(0x0A)
        for row in rows {
            result.append(contentsOf: render(row))
            result.append(0x0A)
        }
        result.append(contentsOf: line(0x2514, 0x2534, 0x2518))  // └ ┴ ┘
        return result
    }
}

/// One column of `console.table`: cells by row, possibly with gaps (shown empty).
private struct TableColumn {
    var cells: [Int: [UInt16]] = [:]
    /// One past the last row set (a JavaScript array's `length`).
    var length = 0

    mutating func append(_ cell: [UInt16]) { set(length, cell) }

    mutating func set(_ row: Int, _ cell: [UInt16]) {
        cells[row] = cell
        length = max(length, row + 1)
    }
}
