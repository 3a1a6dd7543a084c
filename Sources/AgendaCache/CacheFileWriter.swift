import AgendaParser
import Foundation

/// Writes a cache file as it is encoded, one section after another, into a
/// temporary file in the same directory, then renames it over the old one: a
/// reader sees the old file or the new one, never half of one, two processes
/// writing at once both leave a valid file, and a large corpus is never held
/// encoded in memory whole. A failed write is remembered rather than thrown
/// (a cache is an optimisation); `finish` then reports it, and a writer let
/// go unfinished removes its temporary file.
final class CacheFileWriter {
    private let path: String
    private let temporary: String
    /// The directory the file goes to.
    var directory: String { (path as NSString).deletingLastPathComponent }
    private var descriptor: Int32
    private var failed = false
    /// Bytes written after the preamble.
    private var offset = 0
    private var sections: [CacheFile.Section] = []
    /// The section being written: where it starts, its chunks' checksums so
    /// far, and the bytes of its last chunk while that is not full.
    private var open: (name: String, start: Int, checksums: [UInt64], pending: [UInt8])?

    /// nil if no temporary file can be made (the directory is created if need be).
    init?(replacing path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var template = Array((path + ".XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        self.path = path
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The preamble is written last, over these zeros, once the header's place is known.
        [UInt8](repeating: 0, count: CacheFile.preambleSize).withUnsafeBytes { writeAll($0) }
    }

    deinit {
        guard descriptor >= 0 else { return }
        close(descriptor)
        unlink(temporary)
    }

    func beginSection(_ name: String) {
        precondition(open == nil, "section \(open?.name ?? "") is still open")
        open = (name, offset, [], [])
    }

    /// Appends `bytes` to the open section.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard var section = open else { preconditionFailure("no open section") }
        open = nil  // so that `pending` is not copied as it grows
        var rest = bytes
        let size = ChunkChecker.chunkSize
        if !section.pending.isEmpty {
            let taken = min(size - section.pending.count, rest.count)
            section.pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest[..<taken]))
            rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
            if section.pending.count == size {
                section.checksums.append(section.pending.withUnsafeBytes(ChunkChecker.checksum(of:)))
                section.pending.removeAll(keepingCapacity: true)
            }
        }
        while rest.count >= size {
            section.checksums.append(ChunkChecker.checksum(of: UnsafeRawBufferPointer(rebasing: rest[..<size])))
            rest = UnsafeRawBufferPointer(rebasing: rest[size...])
        }
        section.pending.append(contentsOf: rest)
        open = section
        writeAll(bytes)
        offset += bytes.count
    }

    /// Closes the open section and pads the file to a multiple of 8 after it.
    func endSection() {
        guard var section = open else { preconditionFailure("no open section") }
        open = nil
        if !section.pending.isEmpty {
            section.checksums.append(section.pending.withUnsafeBytes(ChunkChecker.checksum(of:)))
        }
        sections.append(
            CacheFile.Section(
                name: section.name, offset: section.start, length: offset - section.start,
                checksums: section.checksums))
        let padding = (8 - offset % 8) % 8
        if padding > 0 { [UInt8](repeating: 0, count: padding).withUnsafeBytes { writeAll($0) } }
        offset += padding
    }

    /// One whole section.
    func writeSection(_ name: String, _ bytes: UnsafeRawBufferPointer) {
        beginSection(name)
        write(bytes)
        endSection()
    }

    /// Writes `header` (listing the sections written) and the preamble, and
    /// puts the file in place; false if any write failed (nothing is replaced).
    func finish(header: CacheFile.Header) -> Bool {
        precondition(open == nil, "section \(open?.name ?? "") is still open")
        var header = header
        header.sections = sections
        var encoder = BinaryWriter()
        header.encode(to: &encoder)
        let headerOffset = CacheFile.preambleSize + offset
        encoder.bytes.withUnsafeBytes { writeAll($0) }
        let preamble = CacheFile.preamble(
            headerOffset: headerOffset, headerLength: encoder.bytes.count, checksum: ContentHash.of(encoder.bytes))
        let placed = preamble.withUnsafeBytes { raw in pwrite(descriptor, raw.baseAddress!, raw.count, 0) == raw.count }
        let closed = close(descriptor) == 0
        descriptor = -1
        guard !failed, placed, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        guard !failed, descriptor >= 0 else { return }
        var written = 0
        while written < raw.count {
            let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = true
                return
            }
            written += count
        }
    }
}
