import AgendaParser
import Foundation
for _ in 0..<5 { _ = try! AgendaParser.parse(directory: "Data") }
