import AgendaParser

/// Hand-made works shaped like the corpus's: link citations with arXiv PDFs, a
/// reference list with full names and `abs/` ids, 《中文》（English） titles,
/// organisation and Chinese authors, `2023a`/`2023b`, special characters.
enum SampleWorks {
    static let intro = "agenda-introduction.txt"
    static let science = "agenda-scientific-understanding.md"
    static let history = "llm-history-rlhf-chapter.md"
    static let survey = "xiong-llm-alignment-survey.md"

    static func at(_ document: String, _ line: Int) -> SourceLocation {
        SourceLocation(document: document, line: line)
    }

    static func work(
        _ key: String, _ kind: Work.Kind, authors: [String], names: [String] = [], year: String?, month: Int? = nil,
        title: String? = nil, titleZh: String? = nil, venue: String? = nil, details: String? = nil,
        arxiv: String? = nil, doi: String? = nil, url: String? = nil, mentions: [Mention],
        mergedBy: [MergeReason] = []
    ) -> Work {
        Work(
            key: key, kind: kind, authors: authors, authorNames: names, year: year, month: month, title: title,
            titleZh: titleZh, venue: venue, details: details, arxiv: arxiv, doi: doi, url: url,
            mentions: mentions, mergedBy: mergedBy)
    }

    /// Out of key order on purpose: every format must sort them.
    static let all: [Work] = [
        work(
            "holtzman2023", .preprint, authors: ["Holtzman"], year: "2023",
            title:
                "Generative Models as a Complex Systems Science: How can we make sense of large language model behavior?",
            arxiv: "2308.00189", url: "https://arxiv.org/pdf/2308.00189",
            mentions: [
                Mention(
                    source: at(science, 5), text: "[Holtzman等, 2023](https://arxiv.org/pdf/2308.00189)", kind: .link),
                Mention(
                    source: at(science, 7), text: "[Holtzman等, 2023](https://arxiv.org/pdf/2308.00189)", kind: .link),
            ], mergedBy: [.arxiv, .url]),
        work(
            "bostrom2012", .journalArticle, authors: ["Bostrom"], names: ["Nick Bostrom"], year: "2012", month: 5,
            title: "The superintelligent will: Motivation and instrumental rationality in advanced artificial agents",
            venue: "Minds Mach.", details: "22(2):71–85", doi: "https://doi.org/10.1007/s11023-012-9281-3",
            mentions: [
                Mention(
                    source: at(survey, 248), text: "Nick Bostrom. 2012. The superintelligent will", kind: .reference)
            ]),
        work(
            "christiano2018a", .preprint, authors: ["Christiano", "Shlegeris", "Amodei"],
            names: ["Paul F. Christiano", "Buck Shlegeris", "Dario Amodei"], year: "2018a",
            title: "Supervising strong learners by amplifying weak experts", venue: "CoRR", details: "abs/1810.08575",
            arxiv: "1810.08575",
            mentions: [
                Mention(
                    source: at(survey, 253), text: "Paul F. Christiano, Buck Shlegeris, and Dario Amodei. 2018.",
                    kind: .reference),
                Mention(source: at(survey, 120), text: "(Christiano et al., 2018a)", kind: .authorYear),
            ], mergedBy: [.authorYear]),
        work(
            "christiano2017", .conferencePaper, authors: ["Christiano"], year: "2017",
            title: "Deep reinforcement learning from human preferences", titleZh: "深度强化学习来自人类偏好",
            mentions: [
                Mention(
                    source: at(history, 19), text: "《深度强化学习来自人类偏好》（Deep reinforcement learning from human preferences）",
                    kind: .title)
            ]),
        work(
            "chan2023b", .unknown, authors: ["Chan"], year: "2023b",
            mentions: [Mention(source: at(intro, 7), text: "Chan等人,2023b年", kind: .authorYear)]),
        work(
            "chan2023a", .unknown, authors: ["Chan"], year: "2023a",
            mentions: [Mention(source: at(intro, 3), text: "Chan等人,2023a年", kind: .authorYear)]),
        work(
            "frontiermodelforum2023", .unknown, authors: ["Frontier Model Forum"], year: "2023",
            mentions: [Mention(source: at(intro, 3), text: "Frontier Model Forum,2023年", kind: .authorYear)]),
        work(
            "baigong2023", .unknown, authors: ["白宫"], year: "2023",
            mentions: [Mention(source: at(intro, 3), text: "白宫,2023年", kind: .authorYear)]),
        work(
            "chai2023", .unknown, authors: ["CHAI, Far.ai和Ditchley Foundation"], year: "2023",
            mentions: [Mention(source: at(intro, 3), text: "CHAI, Far.ai和Ditchley Foundation,2023年", kind: .authorYear)]
        ),
        work(
            "ouyang2022", .preprint, authors: ["Ouyang", "Wu", "Jiang", "Almeida"],
            names: ["Long Ouyang", "Jeff Wu", "Xu Jiang", "Diogo Almeida"], year: "2022",
            title: "Training language models to follow instructions with human feedback",
            titleZh: "用人类反馈训练语言模型遵循指令", venue: "ArXiv", details: "abs/2203.02155", arxiv: "2203.02155",
            mentions: [
                Mention(
                    source: at(history, 33),
                    text: "《用人类反馈训练语言模型遵循指令》（Training language models to follow instructions with human feedback）",
                    kind: .title),
                Mention(
                    source: at(survey, 262), text: "Long Ouyang, Jeff Wu, Xu Jiang, Diogo Almeida … 2022.",
                    kind: .reference),
            ], mergedBy: [.title]),
        work(
            "mcculloch1943", .unknown, authors: ["McCulloch", "Pitts"], year: "1943",
            titleZh: "神经活动中固有的想法的逻辑演算",
            mentions: [Mention(source: at(history, 113), text: "《神经活动中固有的想法的逻辑演算》", kind: .title)]),
        work(
            "adams", .unknown, authors: ["Adams"], year: nil, doi: "10.1002/sys.21255",
            url: "https://dl.acm.org/doi/10.1002/sys.21255",
            mentions: [
                Mention(source: at(science, 9), text: "[Adams](https://dl.acm.org/doi/10.1002/sys.21255)", kind: .link)
            ]),
        work(
            "steinhardt2023", .blogPost, authors: ["Steinhardt"], year: "2023", venue: "Bounded Regret",
            url: "https://bounded-regret.ghost.io/complex-systems-are-hard-to-control/",
            mentions: [
                Mention(
                    source: at(science, 5),
                    text: "[Steinhardt等, 2023](https://bounded-regret.ghost.io/complex-systems-are-hard-to-control/)",
                    kind: .link)
            ]),
        work(
            "hubinger2019", .preprint, authors: ["Hubinger", "van Merwijk", "Mikulik", "Skalse", "Garrabrant"],
            names: ["Evan Hubinger", "Chris van Merwijk", "Vladimir Mikulik", "Joar Skalse", "Scott Garrabrant"],
            year: "2019", title: "Risks from learned optimization in advanced machine learning systems",
            venue: "CoRR", details: "abs/1906.01820", arxiv: "1906.01820",
            mentions: [
                Mention(
                    source: at(survey, 258), text: "Evan Hubinger, Chris van Merwijk, … 2019.", kind: .reference,
                    locator: "第5章")
            ]),
        work(
            "knuth1984", .book, authors: ["Knuth"], names: ["Donald E. Knuth Jr."], year: "1984",
            title: "Literate programming & TeX: 100% of $cost #1 under_score {braces} ~tilde ^caret \\backslash",
            venue: "CSLI & Co", details: "pp. 97–111", url: "https://example.org/lp?a=1&b=2#frag",
            mentions: [Mention(source: at(survey, 10), text: "Knuth `1984` *lp*", kind: .narrative)]),
    ]
}
