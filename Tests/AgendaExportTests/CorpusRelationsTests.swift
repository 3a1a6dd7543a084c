import AgendaParser
import AgendaTestSupport
import Testing

@testable import AgendaExport

@Suite("Relations between challenges, documents, concepts and works")
struct CorpusRelationsTests {
    let relations = CorpusRelations(corpus: SampleCorpus.corpus)

    @Test func worksCitedWhereAChallengeIsDiscussed() {
        // The paragraph holding `第2.1节` (a.md:7) spans lines 6–8: Holtzman on 6, Wei on 8.
        // Adams (a.md:10) and Christiano (b.txt:2, beside the title) are elsewhere.
        let cited = relations.citations(for: "2.1")
        #expect(cited.map(\.key) == ["holtzman2023", "wei2022"])
        #expect(
            cited.map { $0.mentions.map(\.source) } == [[SampleCorpus.at("a.md", 6)], [SampleCorpus.at("a.md", 8)]])
        #expect(relations.citations(for: "2.2").isEmpty)
        #expect(relations.citations(for: "9.9").isEmpty)
    }

    @Test func discussionPassagesAreWholePassages() {
        #expect(relations.discussionPassages(of: "2.1").map(\.description) == ["a.md:3", "a.md:6-8"])
        #expect(relations.discussionPassages(of: "2.2").map(\.description) == ["a.md:4"])
    }

    @Test func conceptsInvolvedInAChallenge() {
        let first = relations.concepts(involvedIn: "2.1")
        #expect(first.map(\.concept.term) == ["mesa优化"])
        #expect(first.map(\.field) == [.summary])
        // `reward hacking` matches `Reward Hacking` in a question; `RL` must not match inside `world`.
        let second = relations.concepts(involvedIn: "2.2")
        #expect(second.map(\.concept.term) == ["奖励劫持"])
        #expect(second.map(\.name) == ["reward hacking"])
        #expect(second.map(\.field) == [.question])
    }

    @Test func documentsCiteWorks() {
        #expect(relations.works(citedIn: "a.md").map(\.key) == ["adams", "holtzman2023", "wei2022"])
        #expect(relations.works(citedIn: "b.txt").map(\.key) == ["christiano2017"])
        #expect(relations.works(citedIn: "index.md").isEmpty)
        #expect(
            relations.citingDocuments == ["a.md": ["adams", "holtzman2023", "wei2022"], "b.txt": ["christiano2017"]])
    }

    @Test func documentsDefineConcepts() {
        #expect(relations.concepts(definedIn: "a.md").map(\.term) == ["mesa优化"])
        #expect(relations.concepts(definedIn: "b.txt").map(\.term) == ["奖励劫持", "RL"])
    }

    @Test func byChallengeGroupsListTheTyingMentions() {
        let groups = ReferenceGroup.byChallenge(relations)
        #expect(groups.map(\.title) == ["2.1 上下文学习是黑盒子 (In-context learning is \"black-box\")"])
        #expect(groups.first?.source == SampleCorpus.at("a.md", 3))
        #expect(
            groups.first?.citations == [
                "holtzman2023": [SampleCorpus.at("a.md", 6)], "wei2022": [SampleCorpus.at("a.md", 8)],
            ])
    }

    @Test func markdownByChallenge() {
        let text = MarkdownExporter(groups: ReferenceGroup.byChallenge(relations)).render(SampleCorpus.corpus.works)
        Golden.check(text, "corpus.by-challenge.md")
    }
}

@Suite("Text matching for concepts and titles")
struct TextMatcherTests {
    @Test(arguments: [
        ("RL", "RL needs rewards", true),
        ("RL", "a world model", false),
        ("RL", "RLHF", false),
        ("RL", "用RL训练", true),
        ("reward hacking", "Reward Hacking happens", true),
        ("奖励", "奖励劫持", true),
        ("mesa优化", "源于mesa优化。", true),
        ("mesa优化", "源于Mesa优化。", true),
        ("GPT-4", "GPT-4o", false),
        ("GPT-4", "(GPT-4)", true),
    ])
    func matches(_ name: String, _ text: String, _ expected: Bool) {
        let matcher = TextMatcher(name)
        #expect(matcher?.occurs(in: TextMatcher.folded(text)) == expected)
    }

    @Test func oneLetterNamesAreIgnored() {
        #expect(TextMatcher("A") == nil)
        #expect(TextMatcher("奖") == nil)
        #expect(TextMatcher("") == nil)
    }

    @Test func offsetsAreUTF8OffsetsOfTheOriginal() {
        let text = "奖励劫持与Reward hacking"
        #expect(TextMatcher("reward hacking")?.offsets(in: TextMatcher.folded(text)) == [15])
    }
}
