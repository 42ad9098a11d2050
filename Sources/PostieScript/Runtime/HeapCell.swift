/// Memory management for objects that form cycles (ARC alone would leak them).
///
/// Every object, scope and suspended frame a realm creates is linked into its `HeapRegistry`.
/// Garbage without cycles is freed at once by ARC as usual; what cycles keep alive is freed when the
/// realm is torn down: every cell still alive drops its references, which breaks the cycles.
public class HeapCell {
    final unowned(unsafe) var previousCell: HeapCell?
    final unowned(unsafe) var nextCell: HeapCell?
    /// Cleared when the registry goes first (a cell kept alive past its realm's teardown).
    final unowned(unsafe) var registry: HeapRegistry?

    init(registry: HeapRegistry?) {
        self.registry = registry
        if let registry {
            let sentinel = registry.sentinel
            let first = sentinel.nextCell
            previousCell = sentinel
            nextCell = first
            first?.previousCell = self
            sentinel.nextCell = self
            registry.liveCells &+= 1
            registry.allocatedCells &+= 1
        }
    }

    deinit {
        if let registry {
            previousCell?.nextCell = nextCell
            nextCell?.previousCell = previousCell
            registry.liveCells &-= 1
        }
    }

    /// Drops every reference to other cells (teardown).
    func clearReferences() {}
}

/// The cells of one realm.
public final class HeapRegistry {
    let sentinel: HeapCell
    /// Cells alive now.
    public internal(set) var liveCells = 0
    /// Cells ever created.
    public internal(set) var allocatedCells = 0

    init() {
        sentinel = HeapCell(registry: nil)
        sentinel.nextCell = nil
        sentinel.previousCell = nil
    }

    /// Breaks every cycle among the cells still alive, so ARC frees them.
    func tearDown() {
        var all: [HeapCell] = []
        all.reserveCapacity(liveCells)
        var cell = sentinel.nextCell
        while let current = cell {
            all.append(current)
            cell = current.nextCell
        }
        for current in all { current.clearReferences() }
        all.removeAll()
    }

    deinit {
        // Unlink survivors so their deinit does not touch this registry.
        var cell = sentinel.nextCell
        while let current = cell {
            cell = current.nextCell
            current.previousCell = nil
            current.nextCell = nil
            current.registry = nil
        }
    }
}
