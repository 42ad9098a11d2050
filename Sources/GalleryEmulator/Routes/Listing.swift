import Foundation

/// Paging, sorting and search, as the list endpoints take them.
enum Listing {
    /// Applies `offset`/`limit` (0-based; a limit of 0 or none means no limit) and then `page`/`pageSize`
    /// (1-based; a page size of 10 when only `page` is given). Empty values count as absent.
    static func page<Item>(_ items: [Item], _ query: QueryParameters) throws -> [Item] {
        var result = items
        let offset = try query.integer("offset", minimum: 0) ?? 0
        let limit = try query.integer("limit", minimum: 0) ?? 0
        if offset > 0 { result = Array(result.dropFirst(offset)) }
        if limit > 0 { result = Array(result.prefix(limit)) }
        let page = try query.integer("page", minimum: 1)
        let pageSize = try query.integer("pageSize", minimum: 1)
        if page != nil || pageSize != nil {
            let size = pageSize ?? 10
            let start = ((page ?? 1) - 1) * size
            result = start >= result.count ? [] : Array(result[start..<min(result.count, start + size)])
        }
        return result
    }

    /// Whether `direction` asks for descending order (`asc`/`desc`, `ascending`/`descending`, any case;
    /// `defaultDescending` when absent).
    static func descending(_ query: QueryParameters, default defaultDescending: Bool = false) throws -> Bool {
        guard let direction = query.nonEmpty("direction") else { return defaultDescending }
        switch direction.lowercased() {
        case "asc", "ascending": return false
        case "desc", "descending": return true
        default: throw GalleryError.badRequest("The query parameter direction must be asc or desc, not \"\(direction)\".")
        }
    }

    /// Sorts by the `sortField` named in the query (any case), with `fields` the keys it may name.
    static func sort<Item>(
        _ items: [Item], _ query: QueryParameters, fields: [String: (Item, Item) -> Bool], defaultField: String
    ) throws -> [Item] {
        let name = query.nonEmpty("sortField")?.lowercased() ?? defaultField
        guard let ascending = fields[name] else {
            throw GalleryError.badRequest(
                "The query parameter sortField must be one of \(fields.keys.sorted().joined(separator: ", ")), not \"\(name)\".")
        }
        // A stable sort, so equal keys keep their natural order.
        let sorted = items.enumerated().sorted { lhs, rhs in
            if ascending(lhs.element, rhs.element) { return true }
            if ascending(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return try descending(query) ? sorted.reversed() : sorted
    }

    /// Whether any of `fields` contains the `search` text (any case); true when there is none.
    static func matchesSearch(_ query: QueryParameters, _ fields: [String]) -> Bool {
        guard let search = query.nonEmpty("search") else { return true }
        return fields.contains { $0.range(of: search, options: .caseInsensitive) != nil }
    }

    /// Workflows filtered by `search` and `packageType`, sorted by `sortField`/`direction`, paged.
    static func workflows(_ workflows: [Workflow], _ query: QueryParameters) throws -> [Workflow] {
        var result = workflows.filter { Listing.matchesSearch(query, [$0.name, $0.description, $0.fileName, $0.author]) }
        if let packageText = query.nonEmpty("packageType") {
            guard let packageType = PackageType(queryValue: packageText) else {
                throw GalleryError.badRequest(
                    "The query parameter packageType must be App, Module or Macro (or 0, 1, 2), not \"\(packageText)\".")
            }
            result = result.filter { $0.packageType == packageType }
        }
        result = try sort(
            result, query,
            fields: [
                "uploaddate": { $0.uploadDate < $1.uploadDate },
                "name": { $0.name.lowercased() < $1.name.lowercased() },
                "filename": { $0.fileName.lowercased() < $1.fileName.lowercased() },
                "runcount": { $0.runCount < $1.runCount },
                "version": { $0.version < $1.version },
                "packagetype": { $0.packageType.rawValue < $1.packageType.rawValue },
            ], defaultField: "uploaddate")
        return try page(result, query)
    }

    /// Jobs sorted by `sortField`/`direction` (default: creation date, oldest first), paged.
    static func jobs(_ jobs: [Job], _ query: QueryParameters, now: Date) throws -> [Job] {
        let sorted = try sort(
            jobs, query,
            fields: [
                "createdate": { $0.createDate < $1.createDate },
                "status": { $0.status(at: now).rawValue < $1.status(at: now).rawValue },
                "priority": { $0.priority.rank < $1.priority.rank },
            ], defaultField: "createdate")
        return try page(sorted, query)
    }
}
