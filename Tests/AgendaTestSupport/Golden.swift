import Foundation
import Testing

/// Compares rendered text with a file in the calling test target's `Golden/` folder.
/// Run with `AGENDA_RECORD_GOLDEN=1` to rewrite the files; a recording run fails, so it
/// is never mistaken for a pass.
public enum Golden {
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["AGENDA_RECORD_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    public static func check(
        _ actual: String, _ name: String, filePath: String = #filePath,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("Recorded \(name); run again without AGENDA_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record(
                "Missing golden file \(name); record it with AGENDA_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            Issue.record(
                "\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation
            )
        }
    }
}
