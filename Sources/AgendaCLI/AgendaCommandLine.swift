import AgendaParser
import Foundation

public enum AgendaCommandLine {
    public static func main() {
        do {
            let corpus = try AgendaParser.parse(directory: "Data")
            for a in corpus.agendas { print("AGENDA", a.id, a.name, a.documents, a.source) }
            for c in corpus.categories { print("CAT", c.id, c.agenda, c.name, c.nameEn ?? "-", c.source) }
            for c in corpus.challenges { print("CH", c.id, c.category, c.title, "|", c.titleEn ?? "-", c.source, c.discussedAt.map(\.description)); for q in c.questions { print("    Q:", q) } }
            for c in corpus.concepts { print("CON", c.term, "|", c.english ?? "-", "|", c.aliases, "|", c.definedAt.map(\.description), "occ", c.occurrences.count, c.definition.map { "DEF " + String($0.prefix(30)) } ?? "") }
            for d in corpus.diagnostics { print(d) }
        } catch {
            FileHandle.standardError.write(Data("agenda: \(error)\n".utf8))
            exit(2)
        }
    }
}
