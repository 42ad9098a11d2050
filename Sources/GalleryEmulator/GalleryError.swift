import Foundation
import PostieHTTPServer
import PostieJSON

/// A request the emulator refuses, answered with the Gallery's JSON error body:
/// `{"data":null,"exceptionName":…,"innerExceptionMessage":"","message":…}`.
public struct GalleryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// The .NET-style exception name the Gallery puts in `exceptionName`.
    public var exceptionName: String
    /// What is wrong, for the caller.
    public var message: String
    /// Extra header fields (for example `Allow` on a 405).
    public var headers: HTTPHeaders

    public init(status: Int, exceptionName: String, message: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.exceptionName = exceptionName
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status) \(exceptionName): \(message)" }

    /// The Gallery's message for a signature that does not verify.
    public static let invalidSignatureMessage = "The provided signature(oauth_signature) is invalid."
    /// The Gallery's message for an unknown consumer key.
    public static let invalidConsumerKeyMessage = "The provided API Key (oauth_consumer_key) is invalid."

    /// 401 with the Gallery's exception name.
    static func unauthorized(_ message: String) -> GalleryError {
        GalleryError(status: 401, exceptionName: "UnauthorizedException", message: message)
    }

    /// 403: the caller is known but its role may not do this.
    static func forbidden(_ message: String) -> GalleryError {
        GalleryError(status: 403, exceptionName: "ForbiddenException", message: message)
    }

    /// 400: the request is understood but its parameters or body are wrong.
    static func badRequest(_ message: String) -> GalleryError {
        GalleryError(status: 400, exceptionName: "ArgumentException", message: message)
    }

    /// 404: no such resource.
    static func notFound(_ message: String) -> GalleryError {
        GalleryError(status: 404, exceptionName: "NotFoundException", message: message)
    }

    /// 405 with an `Allow` header.
    static func methodNotAllowed(_ method: String, path: String, allowed: [String]) -> GalleryError {
        GalleryError(
            status: 405, exceptionName: "MethodNotAllowedException",
            message: "The method \(method) is not allowed on \(path); use \(allowed.joined(separator: " or ")).",
            headers: ["Allow": allowed.joined(separator: ", ")])
    }

    /// 413: the body is over the configured limit.
    static func bodyTooLarge(limit: Int) -> GalleryError {
        GalleryError(
            status: 413, exceptionName: "RequestEntityTooLargeException",
            message: "The request body is larger than the emulator's limit of \(limit) bytes.")
    }

    /// The Gallery's JSON error body.
    var body: JSONValue {
        [
            "data": nil,
            "exceptionName": .string(exceptionName),
            "innerExceptionMessage": "",
            "message": .string(message),
        ]
    }
}
