// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "agenda",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "agenda", targets: ["agenda"]),
        .library(name: "AgendaParser", targets: ["AgendaParser"]),
    ],
    targets: [
        // Documents in, typed model out. Foundation only; knows nothing of terminals.
        .target(name: "AgendaParser"),
        // Normalisation, script-aware tokens, BM25 over the model's passages.
        .target(name: "AgendaSearch", dependencies: ["AgendaParser"]),
        // The on-disk cache of a directory's corpus and search index, validated before use.
        .target(name: "AgendaCache", dependencies: ["AgendaParser", "AgendaSearch"]),
        // BibTeX, BibLaTeX, CSL-JSON, RIS, Markdown, DOT, Mermaid: text from the model.
        .target(name: "AgendaExport", dependencies: ["AgendaParser"]),
        // Arguments, commands, tables, trees, colour: the part people touch.
        .target(name: "AgendaCLI", dependencies: ["AgendaParser", "AgendaSearch", "AgendaExport", "AgendaCache"]),
        .executableTarget(name: "agenda", dependencies: ["AgendaCLI"]),
        // Side-by-side timings against rg/grep; see README "Performance".
        .executableTarget(name: "agenda-bench", dependencies: ["AgendaParser", "AgendaSearch", "AgendaCache"]),
        .testTarget(name: "AgendaParserTests", dependencies: ["AgendaParser", "AgendaTestSupport"]),
        .testTarget(name: "AgendaSearchTests", dependencies: ["AgendaSearch", "AgendaTestSupport"]),
        .testTarget(name: "AgendaCacheTests", dependencies: ["AgendaCache", "AgendaParser", "AgendaSearch"]),
        // Golden-file comparison shared by the test targets.
        .target(name: "AgendaTestSupport", path: "Tests/AgendaTestSupport"),
        .testTarget(
            name: "AgendaExportTests", dependencies: ["AgendaExport", "AgendaTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "AgendaTestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
