import AgendaParser
import Foundation

public enum AgendaCommandLine {
    public static func main() {
        do {
            let corpus = try AgendaParser.parse(directory: "Data")
            for doc in corpus.documents { print(doc.name, doc.format, doc.title, doc.outline.map { "\($0.level):\($0.displayTitle)@\($0.source.line)" }) }
            for p in corpus.passages { print(p.source, p.kind, p.text.prefix(50), p.lines.lineNumbers.count > 1 ? p.lines.lineNumbers.description : "") }
            for d in corpus.diagnostics { print(d) }
        } catch {
            FileHandle.standardError.write(Data("agenda: \(error)\n".utf8))
            exit(2)
        }
    }
}
