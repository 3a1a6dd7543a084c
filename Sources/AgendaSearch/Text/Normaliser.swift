/// Turns text into its search form: every scalar folded (`ScalarFolder`),
/// runs of spaces collapsed to one, spaces next to a CJK character dropped
/// (`AI 对齐` = `AI对齐`, as Chinese text spaces Latin words inconsistently),
/// no leading or trailing space. Text and queries go through the same code.
struct Normaliser {
    private var folder = ScalarFolder()
    private var folded: [UInt32] = []

    init() {}

    /// Replaces `output` with the normalised scalars of `text`.
    mutating func normalise(_ text: String, into output: inout [UInt32]) {
        var unused: [Range<Int32>] = []
        normalise(text, into: &output, origins: &unused, recordOrigins: false)
    }

    /// Normalised scalars with, for each, the UTF-8 range of the source scalar it came from.
    mutating func normaliseWithOrigins(_ text: String) -> (scalars: [UInt32], origins: [Range<Int32>]) {
        var scalars: [UInt32] = []
        var origins: [Range<Int32>] = []
        normalise(text, into: &scalars, origins: &origins, recordOrigins: true)
        return (scalars, origins)
    }

    /// The normalised form of `text` as a string (queries, names, tests).
    mutating func normalise(_ text: String) -> String {
        var scalars: [UInt32] = []
        normalise(text, into: &scalars)
        return String(scalars: scalars)
    }

    private mutating func normalise(
        _ text: String, into output: inout [UInt32], origins: inout [Range<Int32>], recordOrigins: Bool
    ) {
        var text = text
        var sink = Sink(scalars: [], origins: [], recordOrigins: recordOrigins)
        swap(&sink.scalars, &output)
        swap(&sink.origins, &origins)
        sink.scalars.removeAll(keepingCapacity: true)
        sink.origins.removeAll(keepingCapacity: true)
        sink.scalars.reserveCapacity(text.utf8.count)
        var folder = self.folder
        var folded = self.folded
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let (value, width) = UTF8Scanner.scalar(at: index, in: bytes)
                let source = Int32(index)..<Int32(index + width)
                index += width
                if value < 0x80 {
                    let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
                    sink.emit((0x09...0x0D).contains(lower) ? 0x20 : lower, source)
                } else if (0x4E00...0x9FFF).contains(value) {
                    sink.emit(TraditionalSimplified.simplify(value), source)
                } else if let quick = ScalarFolder.quickFold(value) {
                    if quick != ScalarFolder.dropped { sink.emit(quick, source) }
                } else {
                    folded.removeAll(keepingCapacity: true)
                    folder.fold(value, into: &folded)
                    for piece in folded { sink.emit(piece, source) }
                }
            }
        }
        self.folder = folder
        self.folded = folded
        swap(&sink.scalars, &output)
        swap(&sink.origins, &origins)
    }

    /// Collects folded scalars, collapsing spaces.
    private struct Sink {
        var scalars: [UInt32]
        var origins: [Range<Int32>]
        let recordOrigins: Bool
        var pendingSpace: Range<Int32>?

        init(scalars: [UInt32], origins: [Range<Int32>], recordOrigins: Bool) {
            self.scalars = scalars
            self.origins = origins
            self.recordOrigins = recordOrigins
        }

        @inline(__always)
        mutating func emit(_ piece: UInt32, _ source: Range<Int32>) {
            if piece == 0x20 {
                if !scalars.isEmpty && pendingSpace == nil { pendingSpace = source }
                return
            }
            if let space = pendingSpace {
                pendingSpace = nil
                if let last = scalars.last, !ScriptClass.isCJK(last), !ScriptClass.isCJK(piece) {
                    scalars.append(0x20)
                    if recordOrigins { origins.append(space) }
                }
            }
            scalars.append(piece)
            if recordOrigins { origins.append(source) }
        }
    }
}

extension String {
    /// A string from scalar values that are known to be valid.
    init(scalars: some Collection<UInt32>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        bytes.appendUTF8(scalars)
        self.init(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of scalar values.
    mutating func appendUTF8(_ scalars: some Collection<UInt32>) {
        let most = scalars.count * 4
        // Grow geometrically: reserving the exact size on every call would copy the whole array each time.
        let needed = count + most
        if capacity < needed { reserveCapacity(Swift.max(needed, capacity * 2)) }
        // Encoded into scratch space and appended at once: appending byte by byte checks
        // the array's uniqueness and capacity for every byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: most) { buffer in
            var at = 0
            @inline(__always) func put(_ byte: UInt32) {
                buffer[at] = UInt8(truncatingIfNeeded: byte)
                at += 1
            }
            for value in scalars {
                switch value {
                case 0..<0x80:
                    put(value)
                case 0x80..<0x800:
                    put(0xC0 | (value >> 6))
                    put(0x80 | (value & 0x3F))
                case 0x800..<0x10000:
                    put(0xE0 | (value >> 12))
                    put(0x80 | ((value >> 6) & 0x3F))
                    put(0x80 | (value & 0x3F))
                default:
                    put(0xF0 | (value >> 18))
                    put(0x80 | ((value >> 12) & 0x3F))
                    put(0x80 | ((value >> 6) & 0x3F))
                    put(0x80 | (value & 0x3F))
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<at]))
        }
    }
}
