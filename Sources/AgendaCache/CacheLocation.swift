import AgendaParser
import AgendaSearch
import Foundation

/// Where the cache of a data directory lives: one file per directory (and
/// loading options) under `$AGENDA_CACHE_DIR`, else `$XDG_CACHE_HOME/agenda`,
/// else `~/.cache/agenda`.
public struct CacheLocation: Hashable, Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache directory the environment names; nil when there is none to use.
    public static func resolve(environment: [String: String]) -> CacheLocation? {
        if let explicit = environment["AGENDA_CACHE_DIR"], !explicit.isEmpty {
            return CacheLocation(directory: explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return CacheLocation(directory: xdg + "/agenda")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return CacheLocation(directory: home + "/.cache/agenda")
        }
        return nil
    }

    /// The file holding the cache of `dataDirectory` (an absolute path) read with `options`.
    public func file(for dataDirectory: String, options: LoadOptions) -> String {
        let key = ContentHash.of(dataDirectory + "\u{0}" + CacheLocation.optionsKey(options))
        let hex = String(key, radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".cache"
    }

    /// The loading options that change the model, as text.
    static func optionsKey(_ options: LoadOptions) -> String {
        "encoding=\(options.encoding?.rawValue ?? "auto") max=\(options.maximumFileSize)"
    }
}

/// What a cache must have been written by to be read: the same tool version,
/// model and index formats, and the very executable (so a rebuilt binary,
/// whose parser may have changed, never reads an older one's cache).
enum CacheIdentity {
    static func current(toolVersion: String) -> String {
        var identity =
            "agenda \(toolVersion) model \(Corpus.binaryFormatVersion) index \(SearchIndex.binaryFormatVersion)"
        if let executable = FileRecord.Stat.of(path: "/proc/self/exe")
            ?? CommandLine.arguments.first.flatMap({
                FileRecord.Stat.of(path: $0)
            })
        {
            identity += " exe \(executable.size)-\(executable.modified)"
        }
        return identity
    }
}
