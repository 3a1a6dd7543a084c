#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a file's bytes into text, or says why it cannot.
struct TextDecoder {
    enum Failure: Error, Equatable {
        case binary
        case undecodable(TextEncoding)
    }

    /// Forces one encoding when set (`--encoding`); otherwise the encoding is detected.
    var forced: TextEncoding?

    /// The lines of the text (cut as `SourceText.splitLines` cuts them) and its encoding.
    func decode(_ bytes: [UInt8]) -> Result<(lines: [String], encoding: TextEncoding), Failure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(bytes[3...]).map { ($0, .utf8) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return .success((utf16(bytes[2...], littleEndian: true), .utf16LittleEndian))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return .success((utf16(bytes[2...], littleEndian: false), .utf16BigEndian))
        }
        if let forced {
            switch forced {
            case .utf8: return utf8(bytes[...]).map { ($0, .utf8) }
            case .utf16LittleEndian: return .success((utf16(bytes[...], littleEndian: true), forced))
            case .utf16BigEndian: return .success((utf16(bytes[...], littleEndian: false), forced))
            case .gb18030:
                guard let text = Self.gb18030(bytes) else { return .failure(.undecodable(.gb18030)) }
                return .success((SourceText.splitLines(text), .gb18030))
            }
        }
        if looksBinary(bytes) { return .failure(.binary) }
        if case .success(let lines) = utf8(bytes[...]) { return .success((lines, .utf8)) }
        if let text = Self.gb18030(bytes) { return .success((SourceText.splitLines(text), .gb18030)) }
        return .failure(.undecodable(.utf8))
    }

    /// NUL bytes or many C0 controls in the first 8 KiB mark a binary file.
    private func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return head.count > 0 && controls * 10 > head.count
    }

    private func utf8(_ bytes: ArraySlice<UInt8>) -> Result<[String], Failure> {
        guard let lines = SourceText.validatedLines(bytes) else { return .failure(.undecodable(.utf8)) }
        return .success(lines)
    }

    /// Lone surrogates become U+FFFD rather than failing the file.
    private func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [String] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return SourceText.splitLines(String(decoding: units, as: UTF16.self))
    }

    /// GB18030 through the C library's iconv; `nil` when the bytes are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard status != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }
}
