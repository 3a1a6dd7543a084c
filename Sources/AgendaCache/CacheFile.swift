import AgendaParser
import Foundation

/// The layout of one cache file: a fixed preamble, the sections, then the
/// header (last, so that sections are written as they are encoded and the
/// header, which lists them, after; see `CacheFileWriter`).
///
/// ```
/// "AGNDCACH"  u32 layout version  u32 0  u64 header offset  u64 header length  u64 header checksum
/// sections: named byte ranges (corpus, index), each starting at a multiple
///           of 8 (so columns can be used in place), with a checksum per
///           64 KiB chunk
/// header:   identity, data directory, options, written-at, manifest, sections
/// ```
///
/// Nothing in a file is trusted until it is checked: the preamble and the
/// header's checksum first, then the identity of the tool that wrote it,
/// then each section's checksums when that section is read: all at once
/// (`section`), or chunk by chunk as a search reads them (`checker`).
struct CacheFile {
    static let magic = Array("AGNDCACH".utf8)
    static let layoutVersion: UInt32 = 3
    /// A multiple of 8: the sections start right after it.
    static let preambleSize = 8 + 4 + 4 + 8 + 8 + 8

    struct Header: Equatable {
        /// Who wrote it: tool version, model and index formats, executable (see `CacheIdentity`).
        var identity: String
        var directory: String
        var options: String
        /// Nanoseconds since 1970 when the manifest was taken.
        var writtenAt: Int64
        var files: [FileRecord]
        var sections: [Section]
        /// Where the sections start in the file (set when a file is read; not stored).
        var payloadStart = 0
    }

    struct Section: Equatable {
        var name: String
        /// Byte offset after the preamble, and length.
        var offset: Int
        var length: Int
        /// One per `ChunkChecker.chunkSize` bytes.
        var checksums: [UInt64]
    }

    enum ReadError: Error, Equatable, CustomStringConvertible {
        case notACacheFile
        case unsupportedLayout(UInt32)
        case damaged(String)
        /// The file holds no section of this name: it was written by a command that needed less.
        case lacks(String)

        var description: String {
            switch self {
            case .lacks(let section): "the cache holds no \(section) yet"
            case .notACacheFile: "not an agenda cache file"
            case .unsupportedLayout(let version):
                "cache layout \(version) (this agenda reads \(CacheFile.layoutVersion))"
            case .damaged(let what): "damaged cache (\(what))"
            }
        }
    }

    /// The preamble of a file whose header of `headerLength` bytes (with
    /// `checksum`) starts at `headerOffset`.
    static func preamble(headerOffset: Int, headerLength: Int, checksum: UInt64) -> [UInt8] {
        var preamble = BinaryWriter(capacity: preambleSize)
        for byte in magic { preamble.write(fixed: byte) }
        preamble.write(fixed: layoutVersion)
        preamble.write(fixed: UInt32(0))
        preamble.write(fixed: UInt64(headerOffset))
        preamble.write(fixed: UInt64(headerLength))
        preamble.write(fixed: checksum)
        return preamble.bytes
    }

    /// The header of a file's bytes, checked; sections are checked when read.
    static func header(of bytes: UnsafeRawBufferPointer) throws -> Header {
        guard bytes.count >= preambleSize, Array(bytes.prefix(8)) == magic else { throw ReadError.notACacheFile }
        var preamble = BinaryReader(bytes, offset: 8)
        let version = try preamble.read(fixed: UInt32.self)
        guard version == layoutVersion else { throw ReadError.unsupportedLayout(version) }
        _ = try preamble.read(fixed: UInt32.self)
        let offset = try preamble.read(fixed: UInt64.self)
        let length = try preamble.read(fixed: UInt64.self)
        let checksum = try preamble.read(fixed: UInt64.self)
        guard offset >= UInt64(preambleSize), offset % 8 == 0, offset <= UInt64(bytes.count),
            length <= UInt64(bytes.count) - offset
        else { throw ReadError.damaged("header out of place") }
        let headerStart = Int(offset)
        let headerBytes = UnsafeRawBufferPointer(rebasing: bytes[headerStart..<(headerStart + Int(length))])
        guard ContentHash.of(headerBytes) == checksum else { throw ReadError.damaged("header checksum") }
        var reader = BinaryReader(headerBytes)
        let header: Header
        do { header = try Header(from: &reader) } catch { throw ReadError.damaged("header: \(error)") }
        // The sections lie between the preamble and the header.
        let payload = headerStart - preambleSize
        for section in header.sections where section.offset > payload || section.length > payload - section.offset {
            throw ReadError.damaged("section \(section.name) past the end of the file")
        }
        for section in header.sections
        where section.offset % 8 != 0 || section.checksums.count != ChunkChecker.chunkCount(section.length) {
            throw ReadError.damaged("section \(section.name) layout")
        }
        var checked = header
        checked.payloadStart = preambleSize
        return checked
    }

    /// The bytes of section `name`, after all its checksums are verified; nil if the file has none.
    static func section(_ name: String, of bytes: UnsafeRawBufferPointer, header: Header) throws
        -> UnsafeRawBufferPointer?
    {
        guard let section = header.sections.first(where: { $0.name == name }) else { return nil }
        let slice = bytesOf(section, in: bytes, header: header)
        guard ChunkChecker.checksums(of: slice) == section.checksums else {
            throw ReadError.damaged("\(name) checksum")
        }
        return slice
    }

    /// Section `name` unchecked, with the checker that checks its chunks as they are read;
    /// nil if the file has none. `file` is kept alive by the checker.
    static func checker(_ name: String, of file: MappedFile, header: Header) throws -> ChunkChecker? {
        guard let section = header.sections.first(where: { $0.name == name }) else { return nil }
        return try ChunkChecker(
            bytes: bytesOf(section, in: file.bytes, header: header), checksums: section.checksums, owner: file)
    }

    private static func bytesOf(_ section: Section, in bytes: UnsafeRawBufferPointer, header: Header)
        -> UnsafeRawBufferPointer
    {
        let start = header.payloadStart + section.offset
        return UnsafeRawBufferPointer(rebasing: bytes[start..<(start + section.length)])
    }
}

extension CacheFile.Header: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(identity)
        writer.write(directory)
        writer.write(options)
        writer.write(fixed: writtenAt)
        writer.write(files.count)
        for file in files {
            writer.write(file.path)
            writer.write(file.stat != nil)
            if let stat = file.stat {
                writer.write(fixed: stat.size)
                writer.write(fixed: stat.modified)
                writer.write(fixed: stat.changed)
                writer.write(fixed: stat.inode)
                writer.write(fixed: stat.mode)
            }
            writer.write(file.contentHash != nil)
            if let hash = file.contentHash { writer.write(fixed: hash) }
        }
        writer.write(sections.count)
        for section in sections {
            writer.write(section.name)
            writer.write(section.offset)
            writer.write(section.length)
            writer.write(column: Column(section.checksums))
        }
    }

    init(from reader: inout BinaryReader) throws {
        payloadStart = 0
        identity = try reader.read(String.self)
        directory = try reader.read(String.self)
        options = try reader.read(String.self)
        writtenAt = try reader.read(fixed: Int64.self)
        files = []
        for _ in 0..<(try reader.readCount()) {
            var file = FileRecord(path: try reader.read(String.self))
            if try reader.read(Bool.self) {
                file.stat = FileRecord.Stat(
                    size: try reader.read(fixed: Int64.self), modified: try reader.read(fixed: Int64.self),
                    changed: try reader.read(fixed: Int64.self), inode: try reader.read(fixed: UInt64.self),
                    mode: try reader.read(fixed: UInt32.self))
            }
            if try reader.read(Bool.self) { file.contentHash = try reader.read(fixed: UInt64.self) }
            files.append(file)
        }
        sections = []
        for _ in 0..<(try reader.readCount()) {
            sections.append(
                CacheFile.Section(
                    name: try reader.read(String.self), offset: try reader.read(Int.self),
                    length: try reader.read(Int.self),
                    checksums: try reader.read(column: Column<UInt64>.self).array))
        }
    }
}
