import Foundation
import PostieHTTPServer
import PostieJSON

/// The User V2 API (`user/v2/…`): credentials, input files, queueing jobs. User keys only.
enum UserV2Routes {
    static let all: [Route] = [
        Route("GET", "user/v2/credentials", .userV2, credentials),
        Route("POST", "user/v2/inputfiles", .userV2, inputFiles),
        Route("POST", "user/v2/workflows/{appId}/jobs", .userV2) {
            try SubscriptionRoutes.queueJob($0, defaultPriority: "Default")
        },
    ]

    /// `Credential`s shared with the caller.
    static func credentials(_ context: RequestContext) throws -> HTTPResponse {
        let userId = context.caller.userId ?? ""
        let credentials = context.core.store.read { state in
            state.credentials.filter { $0.sharedWithUserIds.contains(userId) }
        }
        return context.json(.array(credentials.map { ["id": .string($0.id), "userName": .string($0.userName)] }))
    }

    /// Stores the multipart part `inputFile` and answers its id (a JSON string) to use as a question value.
    ///
    /// The boundary is sniffed from the body when the `Content-Type` does not give one (the public
    /// collection sends `application/json`). An empty part — or a form with no file part, as a file field
    /// with no source gives — stores an empty file, as the Gallery stores an empty upload.
    static func inputFiles(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        let parts = try FormBody.multipartParts(of: request)
        if parts == nil, !request.body.isEmpty {
            throw GalleryError.badRequest(
                "Send the file as multipart/form-data with a part named inputFile "
                    + "(Content-Disposition: form-data; name=\"inputFile\"; filename=\"…\").")
        }
        let part =
            parts?.first { $0.name == "inputFile" } ?? parts?.first { $0.filename != nil }
        let now = context.now
        let userId = context.caller.userId ?? ""
        let id = context.core.store.write { state -> String in
            let id = state.newID(at: now)
            state.inputFiles[id] = InputFile(
                id: id, fileName: part?.filename ?? "", data: part?.data ?? Data(), uploadedBy: userId, uploadedAt: now)
            return id
        }
        return context.json(.string(id))
    }
}
