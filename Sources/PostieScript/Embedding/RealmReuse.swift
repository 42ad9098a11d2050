/// What an embedder that runs many scripts in one realm needs to put the realm back between them.
extension JSObject {
    /// Removes the named own property `key` whatever its attributes.
    ///
    /// A script's top-level `var` and function declarations become non-configurable properties of the
    /// global object (ECMA-262 §9.1.1.4.17 CreateGlobalVarBinding, §9.1.1.4.18), which `delete` cannot
    /// remove; a realm reused for the next script must not keep them, as a fresh realm would not have them.
    public final func removeOwnPropertyIgnoringAttributes(_ key: PropertyKey) {
        guard !key.isIndex, let slot = shape.slot(of: key) else { return }
        makeDictionary()
        shape.removeInPlace(at: slot)
        slots.remove(at: slot)
        accessors?[key] = nil
    }
}
