import Foundation
import Testing
import RostrumDigest

@Suite("Atom feed")
struct AtomFeedTests {
    @Test func entriesAreEscapedAndLinkedAbsolutely() {
        let feed = AtomFeed(title: "Rostrum: topic trade & logistics", baseURL: "http://127.0.0.1:8080", selfPath: "/feeds/atom?topic=trade&lang=en")
        let xml = feed.render([
            AtomFeed.Entry(sessionID: 7, title: "Russia–China: <Trade> Is Back", updated: "2026-11-29T10:00:00Z", date: "2017-09-06",
                           event: "Eastern Economic Forum 2017", summary: "“Trade turnover was $69.6 billion,” Wang Jianguo.\u{1}"),
            AtomFeed.Entry(sessionID: 3, title: "Порты Дальнего Востока", updated: "2026-11-28T09:00:00Z", date: nil, event: nil, summary: "Грузооборот вырос."),
        ], now: "2026-11-29T12:00:00Z")
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="utf-8"?>"#))
        #expect(xml.contains("<title>Rostrum: topic trade &amp; logistics</title>"))
        #expect(xml.contains(#"href="http://127.0.0.1:8080/feeds/atom?topic=trade&amp;lang=en""#))
        #expect(xml.contains("<title>Russia–China: &lt;Trade&gt; Is Back</title>"))
        #expect(xml.contains("<id>http://127.0.0.1:8080/sessions/7</id>"))
        #expect(xml.contains("<updated>2026-11-29T10:00:00Z</updated>\n  <generator>"), "the feed is as new as its newest entry")
        #expect(xml.contains("Eastern Economic Forum 2017, 2017-09-06 — “Trade turnover was $69.6 billion,” Wang Jianguo.</summary>"),
                "a control character is dropped")
        #expect(xml.contains("<summary>Грузооборот вырос.</summary>"))
        #expect(xml.components(separatedBy: "<entry>").count == 3)
    }

    @Test func anEmptyFeedIsStillValid() {
        let xml = AtomFeed(title: "Rostrum", baseURL: "http://x", selfPath: "/feeds/atom").render([], now: "2026-11-29T12:00:00Z")
        #expect(xml.contains("<updated>2026-11-29T12:00:00Z</updated>") && xml.hasSuffix("</feed>\n") && !xml.contains("<entry>"))
    }
}
