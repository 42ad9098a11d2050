/// A built-in object whose entries `ValueInspector` shows without running script code: `Map` and
/// `Set` objects (every live entry) and their iterators (the entries not visited yet), as V8's
/// `previewEntries` gives them to Node.
///
/// TODO(collections): `JSMapObject`, `JSSetObject` and the Map/Set iterator classes in
/// Builtins/CollectionBuiltins.swift adopt this. Until they do, objects of kind `.map`/`.set` print
/// as empty collections and Map/Set iterators without entries.
public protocol InspectableCollection: AnyObject {
    /// Entries in iteration order. `value` is nil for Set entries and for `keys()`/`values()`
    /// iterators; Map entries and `entries()` iterators give both (a Set's `entries()` gives (v, v)).
    func inspectEntries() -> [(key: JSValue, value: JSValue?)]
    /// Whether the object yields `[key, value]` pairs: a Map and the `entries()` iterators (also when
    /// exhausted, so `[Map Entries] {}` keeps its name).
    var inspectYieldsPairs: Bool { get }
}
