/// Memory management for objects that form cycles (ARC alone would leak them).
///
/// Every object, scope and suspended frame a realm creates is linked into its `HeapRegistry`.
/// Garbage without cycles is freed at once by ARC as usual; what cycles keep alive is freed when the
/// realm is torn down: every cell still alive drops its references, which breaks the cycles.
public class HeapCell {
    // The links are unretained (`Unmanaged`): following or changing one costs no reference counting,
    // which `unowned(unsafe)` references still paid on every read into a strong reference.
    final var previousCell: Unmanaged<HeapCell>?
    final var nextCell: Unmanaged<HeapCell>?
    /// Cleared when the registry goes first (a cell kept alive past its realm's teardown).
    final unowned(unsafe) var registry: HeapRegistry?

    init(registry: HeapRegistry?) {
        self.registry = registry
        if let registry {
            let sentinel = registry.sentinel
            let first = sentinel.nextCell
            previousCell = Unmanaged.passUnretained(sentinel)
            nextCell = first
            registry.liveCells &+= 1
            registry.allocatedCells &+= 1
            let me = Unmanaged.passUnretained(self)
            first?._withUnsafeGuaranteedRef { $0.previousCell = me }
            sentinel.nextCell = me
        }
    }

    deinit {
        if registry != nil {
            let previous = previousCell
            let next = nextCell
            previous?._withUnsafeGuaranteedRef { $0.nextCell = next }
            next?._withUnsafeGuaranteedRef { $0.previousCell = previous }
            registry.unsafelyUnwrapped.liveCells &-= 1
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
            let live = current.takeUnretainedValue()
            all.append(live)
            cell = live.nextCell
        }
        for current in all { current.clearReferences() }
        all.removeAll()
    }

    deinit {
        // Unlink survivors so their deinit does not touch this registry.
        var cell = sentinel.nextCell
        while let current = cell {
            current._withUnsafeGuaranteedRef { survivor in
                cell = survivor.nextCell
                survivor.previousCell = nil
                survivor.nextCell = nil
                survivor.registry = nil
            }
        }
    }
}
