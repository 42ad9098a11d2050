/// postie's exit statuses, documented in `postie --help` and the README (sysexits.h where one fits).
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// Every request completed and every check passed.
    case success = 0
    /// A request could not be completed or a check failed.
    case failure = 1
    /// The command line is wrong: unknown option, missing file, unknown folder (EX_USAGE).
    case usage = 64
    /// An input file is malformed: bad JSON, not a collection, a bad flow or data file (EX_DATAERR).
    case dataError = 65
    /// postie itself failed (EX_SOFTWARE).
    case internalError = 70
    /// A report or output file could not be written (EX_CANTCREAT).
    case cannotCreate = 73
    /// The run was interrupted (SIGINT); reports of what ran are written.
    case interrupted = 130

    /// One line per status for `--help` and the README.
    static let helpText = """
        Exit status:
          0    every request completed and every check passed
          1    a request could not be completed, or a check failed
          64   usage error: unknown option, missing file, unknown folder or request
          65   bad input: malformed JSON (FILE:LINE:COLUMN), not a collection, bad flow or data file,
               or --strict found undefined variables
          70   internal error
          73   a report or output file could not be written
          130  interrupted (Ctrl-C); the reports of what ran are still written
        """
}
