import PostieScript

/// A realm scripts run in one after another: the libraries they `require` load once, and the globals
/// a script makes are removed after it, so the next script starts clean.
final class SandboxRealm {
    let realm: Realm
    unowned let runtime: ScriptRuntime
    /// Scripts run here so far.
    var scripts = 0
    /// A script left the global object in a state that cannot be undone (a non-configurable global):
    /// the next script gets a new realm.
    var isSpoiled = false
    /// `require`d libraries' exports.
    var loaded: [String: JSValue] = [:]
    var loading: [String: JSObject] = [:]
    /// The host of the script running here now (each script has its own).
    weak var activeHost: SandboxHost?
    /// The global object's own keys before any script ran.
    private let baseline: Set<PropertyKey>

    init(realm: Realm, runtime: ScriptRuntime) {
        self.realm = realm
        self.runtime = runtime
        baseline = Set(realm.globalObject.ordinaryOwnKeys())
    }

    /// Deletes every global the script (or the bootstrap) added; false when one cannot be deleted.
    func resetGlobals() -> Bool {
        guard let global = realm.globalObject else { return false }
        var clean = true
        realm.restoreReplacedBuiltinGlobals()
        for key in global.ordinaryOwnKeys() where !baseline.contains(key) && !isBuiltinGlobal(key) {
            if !global.deleteProperty(key, runtime) { clean = false }
        }
        return clean
    }

    /// A global the realm makes on first use (`JSON`, `Math`…): kept once made.
    private func isBuiltinGlobal(_ key: PropertyKey) -> Bool {
        guard case .string(let atom) = key else { return false }
        return Realm.builtinGlobalNames.contains(atom.string)
    }
}
