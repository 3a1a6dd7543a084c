import Foundation

/// Writes a file so that readers see the old content or the new, never half:
/// a temporary file in the same directory, flushed, then renamed over the target.
/// An existing file is kept unless `overwrite` is set.
enum AtomicFile {
    static func write(_ text: String, to path: String, overwrite: Bool) throws(CommandFailure) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        /// The permissions of the file replaced, which the new one keeps.
        var keptMode: mode_t?
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .failed("cannot write '\(path)': it is a directory") }
            if !overwrite { throw .failed("'\(path)' exists; use --force to overwrite it") }
            var info = stat()
            if stat(path, &info) == 0 { keptMode = info.st_mode & 0o7777 }
        }
        let (folder, name) = split(path)
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            written += count
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        // The replaced file's permissions, else the usual ones (mkstemp makes 0600): rw-rw-rw- less the umask.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, keptMode ?? (0o666 & ~mask))
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw .failed("cannot write '\(path)': \(String(cString: strerror(failure)))")
        }
    }

    /// The directory to put the temporary file in and the name to base it on:
    /// `refs.bib` → (`.`, `refs.bib`), `out/x` → (`out`, `x`), `/x` → (`/`, `x`).
    /// Plain string work: corelibs Foundation's `deletingLastPathComponent` traps
    /// on one-character names such as `x` or `a/`.
    static func split(_ path: String) -> (directory: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let directory = trimmed[..<slash]
        return (directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...]))
    }
}
