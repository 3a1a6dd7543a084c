import Foundation

/// Finds the data directory: `--data DIR`, else `$AGENDA_DATA`, else `./Data`,
/// else the `Data/` bundled with the executable (next to the package it was
/// built in, or `../share/agenda/Data` beside an installed `bin/agenda`), so
/// `swift run` and an installed binary work from any directory.
struct DataDirectory {
    enum Origin: String {
        case option = "--data"
        case environment = "AGENDA_DATA"
        case workingDirectory = "./Data"
        case bundled = "bundled"
    }

    var path: String
    var origin: Origin

    enum Failure: Error, Equatable {
        /// An explicitly named directory does not exist (`--data`, `$AGENDA_DATA`).
        case missing(String, Origin)
        /// An explicitly named directory is a file.
        case notADirectory(String, Origin)
        /// Nothing named, and no `Data/` here or bundled.
        case notFound
    }

    static func resolve(
        option: String?, environment: [String: String], currentDirectory: String, executablePath: String?
    ) -> Result<DataDirectory, Failure> {
        let manager = FileManager.default
        func isDirectory(_ path: String) -> Bool {
            var flag: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
        }
        func named(_ path: String, _ origin: Origin) -> Result<DataDirectory, Failure> {
            if isDirectory(path) { return .success(DataDirectory(path: path, origin: origin)) }
            return .failure(manager.fileExists(atPath: path) ? .notADirectory(path, origin) : .missing(path, origin))
        }
        if let option { return named(option, .option) }
        if let variable = environment["AGENDA_DATA"], !variable.isEmpty { return named(variable, .environment) }
        let local = (currentDirectory as NSString).appendingPathComponent("Data")
        if isDirectory(local) { return .success(DataDirectory(path: local, origin: .workingDirectory)) }
        if let bundled = bundledDirectory(executablePath: executablePath, isDirectory: isDirectory) {
            return .success(DataDirectory(path: bundled, origin: .bundled))
        }
        return .failure(.notFound)
    }

    /// `<prefix>/share/agenda/Data` for `<prefix>/bin/agenda`, else the first ancestor holding
    /// `Package.swift` and `Data/` (a build inside the package: `.build/release/agenda`).
    static func bundledDirectory(executablePath: String?, isDirectory: (String) -> Bool) -> String? {
        guard let executablePath else { return nil }
        let resolved = (executablePath as NSString).resolvingSymlinksInPath
        var directory = (resolved as NSString).deletingLastPathComponent
        let installed = ((directory as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
            "share/agenda/Data")
        if isDirectory(installed) { return installed }
        while directory != "/" && !directory.isEmpty {
            let data = (directory as NSString).appendingPathComponent("Data")
            if isDirectory(data),
                FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("Package.swift"))
            {
                return data
            }
            directory = (directory as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// The running executable, from `/proc/self/exe` where there is one.
    static var currentExecutable: String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first.map {
            ($0 as NSString).isAbsolutePath ? $0 : FileManager.default.currentDirectoryPath + "/" + $0
        }
    }
}
