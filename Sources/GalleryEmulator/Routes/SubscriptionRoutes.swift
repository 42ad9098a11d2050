import Foundation
import PostieHTTPServer
import PostieJSON

/// The Subscription API (`v1/…`): workflows of the key's subscription, questions, jobs, outputs, packages.
enum SubscriptionRoutes {
    static let all: [Route] = [
        Route("GET", "v1/workflows/subscription", .subscription, subscriptionWorkflows),
        Route("GET", "v1/workflows/{appId}/questions", .subscription, questions),
        Route("POST", "v1/workflows/{appId}/jobs", .subscription) { try queueJob($0, defaultPriority: 0) },
        Route("GET", "v1/workflows/{appId}/jobs", .subscription, appJobs),
        Route("GET", "v1/jobs/{jobId}", .subscription, job),
        Route("GET", "v1/jobs/{jobId}/output/{outputId}", .subscription, output),
        Route("GET", "v1/{appId}/package", .subscription) { try package($0, asAdmin: false) },
    ]

    static func subscriptionWorkflows(_ context: RequestContext) throws -> HTTPResponse {
        let subscriptionId = context.caller.subscriptionId
        let workflows = context.core.store.read { state in
            state.workflows.filter { $0.subscriptionId == subscriptionId && !$0.isDeleted }
        }
        return context.core.jsonResponse(bytes: Views.workflowList(try Listing.workflows(workflows, context.query)))
    }

    static func questions(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try usableWorkflow(context, id: context.parameter("appId"))
        return context.json(.array(workflow.questions.map(Views.question)))
    }

    /// Queues a job from a `{"questions":[{"name":…,"value":…}],"priority":…,"credentialId":…}` body.
    static func queueJob(_ context: RequestContext, defaultPriority: JSONValue) throws -> HTTPResponse {
        let request = try jobRequest(context, appId: context.parameter("appId"), defaultPriority: defaultPriority)
        let job = try context.core.jobs.queue(request, by: context.caller)
        return context.json(Views.job(job, at: context.now, includeMessages: true, asQueued: true))
    }

    static func appJobs(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try usableWorkflow(context, id: context.parameter("appId"))
        let caller = context.caller
        let jobs = context.core.store.read { state in
            state.orderedJobs.filter { $0.appId == workflow.id && state.canSee($0, caller) }
        }
        let listed = try Listing.jobs(jobs, context.query, now: context.now)
        return context.json(.array(listed.map { Views.jobListEntry($0, at: context.now) }))
    }

    static func job(_ context: RequestContext) throws -> HTTPResponse {
        let job = try visibleJob(context, id: context.parameter("jobId"))
        let includeMessages = try context.query.bool("includeMessages", default: true)
        return context.json(Views.job(job, at: context.now, includeMessages: includeMessages))
    }

    /// `GET v1/jobs/{jobId}/output/{outputId}`: the output's bytes in the asked format (`Raw` by default on
    /// the legacy API, required under /webapi).
    static func output(_ context: RequestContext) throws -> HTTPResponse {
        try outputResponse(context, job: try visibleJob(context, id: context.parameter("jobId")))
    }

    /// The output `outputId` of `job` in the `format` asked (required under /webapi), for v1 and v3.
    static func outputResponse(_ context: RequestContext, job: Job) throws -> HTTPResponse {
        let outputId = context.parameter("outputId")
        guard job.status(at: context.now) == .completed, let result = job.result else {
            throw GalleryError.notFound(
                "The job \(job.id) has not completed yet (status \(job.status(at: context.now).rawValue)): "
                    + "its outputs exist once it has.")
        }
        guard let output = result.outputs.first(where: { $0.id == outputId }) else {
            let known = result.outputs.isEmpty ? "it has none" : "its outputs are " + result.outputs.map(\.id).joined(separator: ", ")
            throw GalleryError.notFound("The job \(job.id) has no output with id \"\(outputId)\" (\(known)).")
        }
        let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let format: OutputFormat
        if let text = context.query.nonEmpty("format") {
            guard let parsed = OutputFormat(queryValue: text) else {
                throw GalleryError.badRequest("Unknown format \"\(text)\": this output is available as \(formats).")
            }
            format = parsed
        } else if context.mount == .webapi {
            throw GalleryError.badRequest("The format query parameter is required on /webapi: one of \(formats).")
        } else {
            format = .raw
        }
        let attachment: Bool
        if let value = context.query["attachment"] {
            switch value.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "true", "1", "yes": attachment = true
            case "false", "0", "no": attachment = false
            default: throw GalleryError.badRequest("The query parameter attachment must be true or false, not \"\(value)\".")
            }
        } else {
            attachment = false
        }
        var bytes = format.encode(output.records)
        // The test-only fault of `Configuration.testOnlyOutputByteFlip`: one byte changed.
        if let offset = context.core.configuration.testOnlyOutputByteFlip, bytes.indices.contains(offset) {
            bytes[offset] = bytes[offset] &+ 1
        }
        return fileResponse(
            bytes, contentType: format.contentType, fileName: format.fileName(for: output.name), attachment: attachment)
    }

    /// `GET v1/{appId}/package` and `admin/v1/{appId}/package`: the workflow's `.yxzp` (a ZIP archive).
    static func package(_ context: RequestContext, asAdmin: Bool) throws -> HTTPResponse {
        let appId = context.parameter("appId")
        guard !appId.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalleryError.notFound(
                "No workflow id was given: the path has an empty segment where the appId belongs "
                    + "(\(context.request.path)). Set the appId path variable.")
        }
        let workflow: Workflow
        if asAdmin {
            guard let found = context.core.store.read({ $0.workflow(appId) }) else {
                throw GalleryError.notFound("No workflow with id \"\(appId)\".")
            }
            workflow = found
        } else {
            workflow = try usableWorkflow(context, id: appId)
        }
        var version = workflow.version
        if let text = context.query.nonEmpty("version") {
            guard let number = Int(text), (1...workflow.version).contains(number) else {
                throw GalleryError.notFound(
                    "The workflow \(workflow.id) has no version \"\(text)\" (its versions are 1 to \(workflow.version)).")
            }
            version = number
        }
        return fileResponse(
            PackageBuilder.package(for: workflow, version: version), contentType: "application/octet-stream",
            fileName: PackageBuilder.fileName(for: workflow), attachment: true)
    }

    // MARK: Shared by the other APIs

    /// The workflow `id` when the caller may use it (404 otherwise, without saying whether it exists).
    static func usableWorkflow(_ context: RequestContext, id: String) throws -> Workflow {
        let caller = context.caller
        let workflow = context.core.store.read { state -> Workflow? in
            guard let workflow = state.workflow(id), state.canUse(workflow, caller) else { return nil }
            return workflow
        }
        guard let workflow else {
            throw GalleryError.notFound("No workflow with id \"\(id)\" is available to this key (check the appId).")
        }
        return workflow
    }

    /// The job `id` when the caller may see it (curators see every job on the Admin and v3 APIs).
    static func visibleJob(_ context: RequestContext, id: String, asAdmin: Bool = false) throws -> Job {
        let caller = context.caller
        let job = context.core.store.read { state -> Job? in
            guard let job = state.jobs[id], asAdmin || state.canSee(job, caller) else { return nil }
            return job
        }
        guard let job else { throw GalleryError.notFound("No job with id \"\(id)\" is visible to this key (check the jobId).") }
        return job
    }

    /// Reads a queue-job body. An empty body queues with no answers; a question whose name is empty is
    /// ignored (the public collection's placeholder body has one).
    static func jobRequest(_ context: RequestContext, appId: String, defaultPriority: JSONValue) throws -> JobRequest {
        let text = String(decoding: context.request.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let body: JSONValue = text.isEmpty ? .object(JSONObject()) : try context.jsonBody()
        guard case .object(let object) = body else {
            throw GalleryError.badRequest(
                "The body must be a JSON object such as {\"questions\":[{\"name\":\"…\",\"value\":\"…\"}],\"priority\":0}.")
        }
        var answers: [(name: String, value: String)] = []
        switch object["questions"] ?? .null {
        case .null: break
        case .array(let questions):
            for (index, question) in questions.enumerated() {
                guard case .object(let member) = question else {
                    throw GalleryError.badRequest("questions[\(index)] must be an object with a name and a value.")
                }
                let name: String
                switch member["name"] ?? .null {
                case .null: name = ""
                case .string(let text): name = text.trimmingCharacters(in: .whitespaces)
                default: throw GalleryError.badRequest("questions[\(index)].name must be a string.")
                }
                guard !name.isEmpty else { continue }
                let value: String
                switch member["value"] ?? .null {
                case .null: value = ""
                case .string(let text): value = text
                case .number, .bool: value = member["value"]?.textValue ?? ""
                case .array, .object: value = member["value"].map { JSONWriter.compact($0) } ?? ""
                }
                answers.removeAll { $0.name == name }
                answers.append((name: name, value: value))
            }
        default:
            throw GalleryError.badRequest("questions must be an array of {\"name\":…,\"value\":…} objects.")
        }
        let priority: JobPriority
        if let given = object["priority"] {
            guard let parsed = JobPriority(given) else {
                throw GalleryError.badRequest(
                    "priority must be a number 0–3 or one of Low, Medium, High, Critical, Default, not \(JSONWriter.compact(given)).")
            }
            priority = parsed
        } else {
            priority = JobPriority(rank: 0, echoed: defaultPriority)
        }
        func string(_ key: String) throws -> String? {
            switch object[key] ?? .null {
            case .null: return nil
            case .string(let text): return text.trimmingCharacters(in: .whitespaces)
            default: throw GalleryError.badRequest("\(key) must be a string.")
            }
        }
        return JobRequest(
            appId: appId, answers: answers, priority: priority, workerTag: try string("workerTag"),
            credentialId: try string("credentialId") ?? "")
    }

    /// Bytes with a `Content-Disposition` that always names the file.
    static func fileResponse(_ data: Data, contentType: String, fileName: String, attachment: Bool) -> HTTPResponse {
        let safeName = fileName.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\\", with: "_")
        var headers: HTTPHeaders = ["Content-Type": contentType]
        headers.add("Content-Disposition", "\(attachment ? "attachment" : "inline"); filename=\"\(safeName)\"")
        return HTTPResponse(status: 200, headers: headers, body: data)
    }
}

/// Builds the `.yxzp` packages the package endpoints hand out.
enum PackageBuilder {
    /// `Name.yxzp`.
    static func fileName(for workflow: Workflow) -> String {
        let base = workflow.fileName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        return (base.isEmpty ? workflow.name : base) + ".yxzp"
    }

    /// The package bytes: what the client published (for its latest version, when it was not empty), else
    /// a ZIP holding a minimal Alteryx document with the workflow's meta information.
    static func package(for workflow: Workflow, version: Int) -> Data {
        if let uploaded = workflow.versionPackages[version], !uploaded.isEmpty { return uploaded }
        if version == workflow.version, let uploaded = workflow.uploadedPackage, !uploaded.isEmpty { return uploaded }
        let uploaded = workflow.versionDates.indices.contains(version - 1) ? workflow.versionDates[version - 1] : workflow.uploadDate
        let escape = OutputEncoder.xmlEscape
        let document = """
            <?xml version="1.0"?>
            <AlteryxDocument yxmdVer="2021.2">
              <Nodes />
              <Connections />
              <Properties>
                <MetaInfo>
                  <Name>\(escape(workflow.name))</Name>
                  <Description>\(escape(workflow.description))</Description>
                  <Author>\(escape(workflow.author))</Author>
                  <Version>\(version)</Version>
                </MetaInfo>
                <PostieEmulatedBehavior>\(workflow.behavior.marker)</PostieEmulatedBehavior>
              </Properties>
            </AlteryxDocument>

            """
        var archive = ZipArchive(modified: uploaded)
        archive.add(workflow.fileName, Data(document.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        archive.add("README.txt", Data("Emulated package from postie's Gallery emulator; not a runnable workflow.\r\n".utf8))
        return archive.data()
    }
}
