/// postie's exit statuses, documented in `postie --help` and the README (sysexits.h where one fits).
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// Every request completed and every check passed (or `-x`/`--suppress-exit-code` was given).
    case success = 0
    /// A request could not be completed, a check failed, or an answer nothing checked was a 4xx or 5xx.
    case failure = 1
    /// The command line is wrong: unknown option, missing file or URL, unknown folder, a file that would be
    /// replaced without `--overwrite` (EX_USAGE).
    case usage = 64
    /// An input file is malformed: bad JSON, not a collection, a bad flow or data file; or `--strict` found
    /// undefined variables or requests that cannot be built (EX_DATAERR).
    case dataError = 65
    /// `postie serve` cannot listen: the port is in use, or not one this user may take (EX_UNAVAILABLE).
    case unavailable = 69
    /// postie itself failed (EX_SOFTWARE).
    case internalError = 70
    /// A report or output file could not be written (EX_CANTCREAT).
    case cannotCreate = 73
    /// The run was interrupted (SIGINT); reports of what ran are written.
    case interrupted = 130

    /// One line per status for `--help` and the README (80 columns).
    static let helpText = """
        Exit status:
          0    every request completed and every check passed (always, with -x)
          1    a request could not be completed, a check failed, or an answer that
               nothing checked was a 4xx or 5xx (--allow-http-errors accepts those)
          64   usage error: unknown option, missing file or URL, unknown folder or
               request, a file outside the output directory exists (--overwrite)
          65   bad input: malformed JSON or YAML (FILE:LINE:COLUMN), not a
               collection, bad flow or data file, or --strict found undefined
               variables or requests that cannot be built
          69   serve: the port is in use, or not one this user may listen on
          70   internal error
          73   a report or output file could not be written
          130  interrupted (Ctrl-C); the reports of what ran are still written
        """
}
