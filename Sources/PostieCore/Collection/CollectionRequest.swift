import Foundation

/// A request of a collection together with what it inherits: its folder path, its effective auth
/// (collection → folders → request, Postman's rules) and the scripts that would run around it.
public struct CollectionRequest: Sendable, Equatable {
    public var item: RequestItem
    /// Names of the folders that hold the request, outermost first.
    public var folderPath: [String]
    /// The auth that applies after inheritance; nil when none does (`noauth`, or nothing set).
    public var auth: AuthDefinition?
    /// Where the effective auth was set, for messages: `collection`, a folder name, or `request`.
    public var authSource: String?
    /// Non-empty scripts that Postman would run for this request (collection, folders, request).
    public var scripts: [ScriptEvent]
    /// Variables set on the request's folders, outermost first (Postman's item-group variables).
    public var folderVariables: [VariableDefinition]
    /// The request settings after inheritance (collection → folders → request).
    public var behavior: ProtocolProfileBehavior = .inherit

    public var name: String { item.name }
    public var id: String? { item.id }

    /// `Folder › Sub folder › Request`, as reports show it.
    public var displayName: String { (folderPath + [item.name]).joined(separator: " › ") }

    /// `Folder/Sub folder/Request`, as flows name it.
    public var pathName: String { (folderPath + [item.name]).joined(separator: "/") }
}

extension PostmanCollection {
    /// Every request in document order, with what it inherits.
    public func flattenedRequests() -> [CollectionRequest] {
        var result: [CollectionRequest] = []
        let collectionScripts = events.filter { !$0.isEmpty }.map { $0.owned(by: info.name, level: .collection) }
        let start: (AuthDefinition?, String?) =
            if case .auth(let definition) = auth { (definition, "collection") } else { (nil, nil) }
        Self.flatten(
            items, folderPath: [], inheritedAuth: start, scripts: collectionScripts, variables: [],
            behavior: behavior, into: &result)
        return result
    }

    private static func flatten(
        _ items: [CollectionItem], folderPath: [String], inheritedAuth: (AuthDefinition?, String?),
        scripts: [ScriptEvent], variables: [VariableDefinition], behavior: ProtocolProfileBehavior,
        into result: inout [CollectionRequest]
    ) {
        for item in items {
            switch item {
            case .folder(let folder):
                flatten(
                    folder.items, folderPath: folderPath + [folder.name],
                    inheritedAuth: apply(folder.auth, to: inheritedAuth, source: folder.name),
                    scripts: scripts + folder.events.filter { !$0.isEmpty }.map { $0.owned(by: folder.name, level: .folder) },
                    variables: variables + folder.variables, behavior: folder.behavior.inheriting(from: behavior),
                    into: &result)
            case .request(let request):
                let effective = apply(request.request.auth, to: inheritedAuth, source: "request")
                result.append(
                    CollectionRequest(
                        item: request, folderPath: folderPath, auth: effective.0, authSource: effective.1,
                        scripts: scripts + request.events.filter { !$0.isEmpty }.map { $0.owned(by: request.name, level: .request) },
                        folderVariables: variables, behavior: request.behavior.inheriting(from: behavior)))
            }
        }
    }

    private static func apply(_ setting: AuthSetting, to inherited: (AuthDefinition?, String?), source: String)
        -> (AuthDefinition?, String?)
    {
        switch setting {
        case .inherit: return inherited
        case .none: return (nil, nil)
        case .auth(let definition): return (definition, source)
        }
    }

    /// The requests under the folders (or requests) that `names` select, in collection order, each at
    /// most once. A name is an id; a path of names, `Folder/Sub/Request` or `Folder › Sub › Request` (as
    /// postie prints them), from the top or the end of a path at any depth; or a bare name at any depth,
    /// as `newman run --folder` takes it. A name that matches several folders or requests is an error
    /// listing them; one that matches none is an error with the closest names.
    public func requests(selecting names: [String]) throws -> [CollectionRequest] {
        let nodes = Self.nodes(in: items, path: [])
        var selectedPaths: [[String]] = []
        for name in names {
            let matches = Self.select(name, in: nodes)
            switch matches.count {
            case 0:
                let candidates = nodes.map { $0.path.joined(separator: "/") }
                let typed = Self.normalized(name)
                // Close enough to be a typo, and never most of a short name.
                let limit = min(max(2, typed.count / 3), (typed.count - 1) / 2)
                throw CollectionSelectionError.unknownFolder(
                    name: name, available: folderNames(),
                    closest: Suggestion.nearest(to: typed, among: candidates, limit: max(0, limit)))
            case 1:
                selectedPaths.append(matches[0].path)
            default:
                throw CollectionSelectionError.ambiguous(
                    name: name, matches: matches.map { ($0.path.joined(separator: "/"), $0.id) })
            }
        }
        return flattenedRequests().filter { request in
            let fullPath = request.folderPath + [request.name]
            return selectedPaths.contains { fullPath.starts(with: $0) }
        }
    }

    /// A folder or request and its path of names.
    private struct Node {
        var path: [String]
        var id: String?
    }

    private static func nodes(in items: [CollectionItem], path: [String]) -> [Node] {
        var nodes: [Node] = []
        for item in items {
            switch item {
            case .folder(let folder):
                nodes.append(Node(path: path + [folder.name], id: folder.id))
                nodes += Self.nodes(in: folder.items, path: path + [folder.name])
            case .request(let request):
                nodes.append(Node(path: path + [request.name], id: request.id))
            }
        }
        return nodes
    }

    /// `A › B/` as `A/B`.
    private static func normalized(_ name: String) -> String {
        name.replacingOccurrences(of: " › ", with: "/").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    /// The nodes `name` selects: by id; else by the whole path; else by the end of their path.
    private static func select(_ name: String, in nodes: [Node]) -> [Node] {
        let byID = nodes.filter { $0.id == name }
        if !byID.isEmpty { return Array(byID.prefix(1)) }
        // A name as written, slashes and all, before it is read as a path.
        let exact = nodes.filter { $0.path.last == name }
        if exact.count == 1 { return exact }
        let wanted = normalized(name).split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !wanted.isEmpty, !(wanted.count == 1 && wanted[0].isEmpty) else { return [] }
        let whole = nodes.filter { $0.path == wanted }
        if !whole.isEmpty { return whole }
        return nodes.filter { $0.path.count >= wanted.count && Array($0.path.suffix(wanted.count)) == wanted }
    }

    /// Every folder's name, depth first, for "did you mean" lists.
    public func folderNames() -> [String] {
        var names: [String] = []
        func walk(_ items: [CollectionItem]) {
            for case .folder(let folder) in items {
                names.append(folder.name)
                walk(folder.items)
            }
        }
        walk(items)
        return names
    }
}

/// Why `--folder` cannot find what it names.
public enum CollectionSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No folder or request has this name, path or id; `closest` are the nearest paths.
    case unknownFolder(name: String, available: [String], closest: [String] = [])
    /// Several folders or requests answer to this name: their paths (and ids, when they have them).
    case ambiguous(name: String, matches: [(path: String, id: String?)])

    public var description: String {
        switch self {
        case .unknownFolder(let name, let available, let closest):
            let shown = available.count > 10 ? available.prefix(10).joined(separator: ", ") + ", …" : available.joined(separator: ", ")
            let list = available.isEmpty ? "the collection has no folders" : "folders: " + shown
            let hint = closest.isEmpty ? "" : "; closest: " + closest.map { "\"\($0)\"" }.joined(separator: ", ")
            return "no folder or request named \"\(name)\" in the collection (\(list))\(hint)"
        case .ambiguous(let name, let matches):
            let listed = matches.map { "\"\($0.path)\"" }.joined(separator: ", ")
            let unique = Set(matches.map(\.path)).count == matches.count
            let pick: String
            if unique, let first = matches.first {
                pick = "give its path, e.g. --folder \"\(first.path)\""
            } else if let id = matches.compactMap(\.id).first {
                pick = "give its id, e.g. --folder \(id)"
            } else {
                pick = "rename one of them in the collection"
            }
            return "\"\(name)\" matches \(matches.count) folders or requests: \(listed); \(pick)"
        }
    }

    public static func == (lhs: CollectionSelectionError, rhs: CollectionSelectionError) -> Bool {
        lhs.description == rhs.description
    }
}
