import Foundation

@testable import AgendaParser

/// The bundled corpus, parsed once for all tests, and helpers for small inputs.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dataDirectory = packageRoot.appendingPathComponent("Data").path

    static let corpus: Corpus = {
        do {
            return try AgendaParser.parse(directory: dataDirectory)
        } catch {
            preconditionFailure("the bundled corpus must load: \(error)")
        }
    }()

    /// Parses in-memory documents: `["a.md": "…"]`.
    static func parse(_ files: [String: String]) -> Corpus {
        AgendaParser.parse(files.sorted { $0.key < $1.key }.map { SourceText(name: $0.key, text: $0.value) })
    }

    /// Reads one in-memory document into blocks.
    static func read(_ name: String, _ text: String) -> ReadDocument {
        DocumentReader.read(SourceText(name: name, text: text))
    }

    /// A fresh temporary directory, removed by the caller with `cleanUp`.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func challenge(_ id: String) -> Challenge? {
        corpus.challenges.first { $0.id == id }
    }

    static func concept(_ term: String) -> Concept? {
        corpus.concepts.first { $0.term == term }
    }
}

extension SourceLocation {
    /// `"doc.md:12"` in tests.
    static func at(_ reference: String) -> SourceLocation {
        SourceLocation(reference: reference)!
    }
}
