import Foundation

/// A file mapped read-only into memory for as long as the value lives.
final class MappedFile {
    enum OpenError: Error, CustomStringConvertible {
        case missing
        case unreadable(String)

        var description: String {
            switch self {
            case .missing: "no cache file"
            case .unreadable(let reason): "cache file unreadable: \(reason)"
            }
        }
    }

    let bytes: UnsafeRawBufferPointer

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? OpenError.missing : OpenError.unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw OpenError.unreadable("not a regular file")
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw OpenError.unreadable(String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// Replaces a cache file atomically: a temporary file in the same directory,
/// renamed over the old one, so a reader sees the old file or the new one,
/// never half of one. Two processes writing at once both leave a valid file.
enum CacheWriter {
    /// Whether the file was written (the directory is created if need be).
    static func replace(_ path: String, with chunks: [[UInt8]]) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return false }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let ok = chunks.allSatisfy { chunk in
            chunk.withUnsafeBytes { raw -> Bool in
                var written = 0
                while written < raw.count {
                    let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    written += count
                }
                return true
            }
        }
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
