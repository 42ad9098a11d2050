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
        let collectionScripts = events.filter { !$0.isEmpty }
        let start: (AuthDefinition?, String?) =
            if case .auth(let definition) = auth { (definition, "collection") } else { (nil, nil) }
        Self.flatten(
            items, folderPath: [], inheritedAuth: start, scripts: collectionScripts, variables: [], into: &result)
        return result
    }

    private static func flatten(
        _ items: [CollectionItem], folderPath: [String], inheritedAuth: (AuthDefinition?, String?),
        scripts: [ScriptEvent], variables: [VariableDefinition], into result: inout [CollectionRequest]
    ) {
        for item in items {
            switch item {
            case .folder(let folder):
                flatten(
                    folder.items, folderPath: folderPath + [folder.name],
                    inheritedAuth: apply(folder.auth, to: inheritedAuth, source: folder.name),
                    scripts: scripts + folder.events.filter { !$0.isEmpty },
                    variables: variables + folder.variables, into: &result)
            case .request(let request):
                let effective = apply(request.request.auth, to: inheritedAuth, source: "request")
                result.append(
                    CollectionRequest(
                        item: request, folderPath: folderPath, auth: effective.0, authSource: effective.1,
                        scripts: scripts + request.events.filter { !$0.isEmpty },
                        folderVariables: variables))
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

    /// The requests under the folders (or requests) named or identified by `names`, in collection
    /// order, each at most once, as `newman run --folder` selects them. Folders are searched at any depth.
    public func requests(selecting names: [String]) throws -> [CollectionRequest] {
        var selectedPaths: [[String]] = []
        for name in names {
            guard let path = Self.findNode(named: name, in: items, path: []) else {
                throw CollectionSelectionError.unknownFolder(name: name, available: folderNames())
            }
            selectedPaths.append(path)
        }
        return flattenedRequests().filter { request in
            let fullPath = request.folderPath + [request.name]
            return selectedPaths.contains { fullPath.starts(with: $0) }
        }
    }

    private static func findNode(named name: String, in items: [CollectionItem], path: [String]) -> [String]? {
        for item in items {
            let id: String? =
                switch item {
                case .folder(let folder): folder.id
                case .request(let request): request.id
                }
            if item.name == name || id == name { return path + [item.name] }
        }
        for item in items {
            if case .folder(let folder) = item,
                let found = findNode(named: name, in: folder.items, path: path + [folder.name])
            {
                return found
            }
        }
        return nil
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

/// Why `--folder` or a flow step cannot find what it names.
public enum CollectionSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No folder or request has this name or id.
    case unknownFolder(name: String, available: [String])

    public var description: String {
        switch self {
        case .unknownFolder(let name, let available):
            let list = available.isEmpty ? "the collection has no folders" : "folders: " + available.joined(separator: ", ")
            return "no folder or request named \"\(name)\" in the collection (\(list))"
        }
    }
}
