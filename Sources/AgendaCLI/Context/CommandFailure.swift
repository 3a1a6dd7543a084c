/// How a command ends other than successfully; `main` maps it to an exit code.
enum CommandFailure: Error, Equatable {
    /// Nothing matched (an unknown challenge, a search with no hit): exit 1.
    case notFound(String)
    /// The command could not do its job (a file could not be written): exit 1.
    case failed(String)
    /// The arguments make no sense for this command: exit 2.
    case usage(String)

    var exitCode: Int32 {
        switch self {
        case .notFound, .failed: 1
        case .usage: 2
        }
    }

    var message: String {
        switch self {
        case .notFound(let message), .failed(let message), .usage(let message): message
        }
    }
}

/// Exit codes, as the README documents them.
enum ExitCode {
    static let success: Int32 = 0
    static let noResult: Int32 = 1
    static let usage: Int32 = 2
}
