/// Which passages and works belong to one document: a record of the cache's
/// `documents` section, so that a command about one challenge (`show`)
/// decodes the few records of the documents it touches instead of a
/// thousand documents' passages and works.
package struct DocumentRecords: BinaryCodable, Equatable, Sendable {
    /// The numbers of the document's passages, as ascending runs (a document's
    /// passages are contiguous in corpus order, but nothing here relies on it).
    package var passages: [Range<Int>]
    /// The numbers of the works with a mention in the document, ascending.
    package var works: [Int]

    package init(passages: [Range<Int>], works: [Int]) {
        self.passages = passages
        self.works = works
    }

    /// One record per document of `corpus`, in document order.
    package static func index(of corpus: Corpus) -> [DocumentRecords] {
        var numbers = DocumentNumbers(corpus.documents)
        var records = Array(repeating: DocumentRecords(passages: [], works: []), count: corpus.documents.count)
        for (index, passage) in corpus.passages.enumerated() {
            guard let document = numbers[passage.lines.document] else { continue }
            if let last = records[document].passages.last, last.upperBound == index {
                records[document].passages[records[document].passages.count - 1] = last.lowerBound..<(index + 1)
            } else {
                records[document].passages.append(index..<(index + 1))
            }
        }
        // Works in ascending order, each added once per document it is mentioned in.
        for (index, work) in corpus.works.enumerated() {
            for mention in work.mentions {
                guard let document = numbers[mention.source.document], records[document].works.last != index else {
                    continue
                }
                records[document].works.append(index)
            }
        }
        return records
    }

    /// Runs as (start, length) pairs and works as gaps from the one before, so
    /// that the numbers stay small.
    package func encode(to writer: inout BinaryWriter) {
        writer.write(passages.count)
        for run in passages {
            writer.write(run.lowerBound)
            writer.write(run.count)
        }
        writer.write(works.count)
        var previous = 0
        for work in works {
            writer.write(work - previous)
            previous = work
        }
    }

    package init(from reader: inout BinaryReader) throws {
        let runCount = try reader.readCount()
        passages = []
        passages.reserveCapacity(runCount)
        for _ in 0..<runCount {
            let start = try reader.read(Int.self)
            let length = try reader.read(Int.self)
            guard start >= 0, length > 0, start <= Int.max - length else {
                throw BinaryCodingError.invalid("document passages")
            }
            passages.append(start..<(start + length))
        }
        let workCount = try reader.readCount()
        works = []
        works.reserveCapacity(workCount)
        var previous = 0
        for index in 0..<workCount {
            let gap = try reader.read(Int.self)
            // Ascending without repeats: every gap but a first 0 is positive.
            guard gap > 0 || (index == 0 && gap == 0), previous <= Int.max - gap else {
                throw BinaryCodingError.invalid("document works")
            }
            previous += gap
            works.append(previous)
        }
    }
}

/// Document names to their numbers. Passages, and a work's mentions, come
/// document by document, so the last answer is tried before hashing.
private struct DocumentNumbers {
    private let numbers: [String: Int]
    private var last: (name: String, number: Int)?

    init(_ documents: [Document]) {
        numbers = Dictionary(documents.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(_ name: String) -> Int? {
        mutating get {
            if let last, last.name == name { return last.number }
            guard let number = numbers[name] else { return nil }
            last = (name, number)
            return number
        }
    }
}
