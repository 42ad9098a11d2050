import PostieCore

/// A `postie` subcommand: its options, its help, and what it does with parsed arguments.
protocol Command {
    static var parser: ArgumentParser { get }
    static var help: String { get }
    var console: Console { get }

    /// Does the work; usage errors are thrown as `UsageError`, other failures as their own errors.
    func run(_ parsed: ParsedArguments) throws -> ExitCode
}

extension Command {
    /// Parses `arguments`, answers `--help`, runs, and turns every failure into its message and exit status.
    func execute(_ arguments: [String]) -> ExitCode {
        do {
            let parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") {
                console.output.write(Self.help)
                return .success
            }
            return try run(parsed)
        } catch {
            return Self.exitCode(for: error, console: console)
        }
    }

    /// Prints `error` and gives its exit status.
    static func exitCode(for error: Error, console: Console) -> ExitCode {
        switch error {
        case let error as UsageError:
            console.error(error.message)
            return .usage
        case let error as InputFileError:
            console.error("\(error)")
            return error.isUsageError ? .usage : .dataError
        case let error as FlowError:
            console.error("\(error)")
            if case .unreadable = error { return .usage }
            return .dataError
        case let error as FlowRequestError:
            console.error("\(error)")
            return .dataError
        case let error as CollectionSelectionError:
            console.error("\(error)")
            return .usage
        case let error as ConvertWriteError:
            console.error("\(error)")
            return .cannotCreate
        case let error as RunError:
            console.error("\(error)")
            return .dataError
        case let error as ReportReadError:
            console.error("\(error)")
            return .dataError
        case let error as ReportError:
            console.error("\(error)")
            switch error {
            case .unknownReporter, .wouldOverwriteInput, .wouldOverwriteEnvironment, .exists: return .usage
            case .cannotWrite: return .cannotCreate
            }
        default:
            console.error("internal error: \(error)")
            return .internalError
        }
    }
}
