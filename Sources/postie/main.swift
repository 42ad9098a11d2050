import Foundation
import PostieCLI

// The whole command line lives in PostieCLI, where tests can call it; this is only the entry point.
exit(Postie.main(arguments: Array(CommandLine.arguments.dropFirst())).rawValue)
