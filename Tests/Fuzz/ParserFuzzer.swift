// libFuzzer entry point for the parser and the model's binary form. Not a package target: `.ci/fuzz`
// compiles it together with the AgendaParser sources, so internal types
// (the byte decoder) are reachable. See README "Fuzzing". Tests/Fuzz/Regressions
// holds hostile inputs and any that once failed: seeds here, replayed by `swift test`
// (AgendaParserTests/FuzzRegressionTests.swift does what this function does).

@_cdecl("LLVMFuzzerTestOneInput")
public func agendaParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The loader's decoding path: BOM sniffing, UTF-8, UTF-16, GB18030.
    let lines: [String]
    switch TextDecoder(forced: nil).decode(bytes) {
    case .success(let (decoded, _)): lines = decoded
    case .failure: lines = SourceText.splitLines(String(decoding: bytes, as: UTF8.self))
    }
    // The same text as Markdown, as plain text and as a curated index.
    let documents = [
        SourceText(name: "fuzz.md", lines: lines),
        SourceText(name: "fuzz.txt", lines: lines),
        SourceText(name: "index.md", lines: ["---", "type: agenda-index", "---"] + lines),
    ]
    let corpus = AgendaParser.parse(documents)
    // Every place read from the text must point inside its document.
    if let problem = corpus.placesOutsideTheirDocuments().first { fatalError(problem) }
    // The cache's binary form gives the same corpus back; the input's own bytes read as
    // that form (a damaged cache) throw or decode, and never crash.
    if let problem = corpus.binaryRoundTripProblem() { fatalError(problem) }
    _ = Corpus.decodeUntrusted(bytes)
    return 0
}
