// libFuzzer entry point for the parser. Not a package target: `.ci/fuzz`
// compiles it together with the AgendaParser sources, so internal types
// (the byte decoder) are reachable. See README "Fuzzing".

@_cdecl("LLVMFuzzerTestOneInput")
public func agendaParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The loader's decoding path: BOM sniffing, UTF-8, UTF-16, GB18030.
    let text: String
    switch TextDecoder(forced: nil).decode(bytes) {
    case .success(let (decoded, _)): text = decoded
    case .failure: text = String(decoding: bytes, as: UTF8.self)
    }
    // The same text as Markdown, as plain text and as a curated index.
    let documents = [
        SourceText(name: "fuzz.md", text: text),
        SourceText(name: "fuzz.txt", text: text),
        SourceText(name: "index.md", text: "---\ntype: agenda-index\n---\n" + text),
    ]
    let corpus = AgendaParser.parse(documents)
    // Every source must point inside its document.
    let lineCounts = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.name, $0.lineCount) })
    for passage in corpus.passages {
        for line in passage.lines.lineNumbers where line < 1 || line > (lineCounts[passage.lines.document] ?? 0) {
            fatalError("passage line \(line) outside \(passage.lines.document)")
        }
    }
    return 0
}
