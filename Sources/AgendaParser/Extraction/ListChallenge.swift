/// Title, English name and questions of a challenge stated as one bullet:
/// `如何设定 (Specify) AI代理需要对齐的人类价值：一方面…；另一方面…` or
/// `AI对齐的人类价值如何定义？是全人类社会的价值还是…？`.
struct ListChallenge {
    var title: String
    var english: String?
    var questions: [String]

    init(text: String) {
        let text = text.trimmingSpaces()
        if let colon = text.firstIndex(where: { $0 == "：" }), text.distance(from: text.startIndex, to: colon) <= 40 {
            title = String(text[..<colon]).trimmingSpaces()
            let body = String(text[text.index(after: colon)...]).trimmingSpaces()
            questions = SubQuestionSplitter.split(body)
        } else {
            let sentences = SubQuestionSplitter.sentences(text)
            title = sentences.first ?? text
            let asked = sentences.filter { $0.hasSuffix("？") || $0.hasSuffix("?") }
            questions = asked.isEmpty ? [text] : asked
        }
        english = nil
    }
}
