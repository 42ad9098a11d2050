import Foundation
import PostieJSON

/// A Data Connection Manager (DCM) connection: its own parameters, one data source and zero or more
/// credentials (each in its own `credRole`), owned by one user and shared with users and user groups
/// for running on the server (execution) or for editing (collaboration).
struct DCMConnection: Sendable, Equatable {
    /// A DCM object's schema name and parameters (a data source, or a credential without its secrets).
    struct Part: Sendable, Equatable {
        var id: String
        var name: String
        var schemaName: String
        var parameters: JSONObject
        /// Secret parameters (passwords, tokens): kept, never answered.
        var secretNames: [String] = []
    }

    /// A credential in its role (`main`, `ssh`, …).
    struct RoleCredential: Sendable, Equatable {
        var credRole: String
        var credential: Part
    }

    /// Who a connection is shared with, for one kind of sharing.
    struct Sharing: Sendable, Equatable {
        var userIds: [String] = []
        var userGroupIds: [String] = []

        var isEmpty: Bool { userIds.isEmpty && userGroupIds.isEmpty }
    }

    /// The id the DCM endpoints take.
    var id: String
    /// The id workflows reference the connection by (`GET /v3/dcm/connections/lookup?connectionId=`).
    var connectionId: String
    var name: String
    var schemaName: String
    var ownerId: String
    var parameters: JSONObject
    var dataSource: Part
    var credentials: [RoleCredential]
    var execution = Sharing()
    var collaboration = Sharing()
    var dateCreated: Date
    var dateUpdated: Date

    /// Whether `userId` owns the connection or has it shared, directly or through one of `groupIds`.
    func isVisible(to userId: String, groupIds: Set<String>) -> Bool {
        ownerId == userId
            || [execution, collaboration].contains { $0.userIds.contains(userId) || $0.userGroupIds.contains(where: groupIds.contains) }
    }
}
