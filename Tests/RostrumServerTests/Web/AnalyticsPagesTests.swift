import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import Testing

@Suite("Web: analytics pages")
struct AnalyticsPagesTests {
    @Test func indicatorsTargetsTrendsAndGraphRender() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let indicators = try await client.page("/indicators")
            #expect(indicators.status == .ok)
            let link = try #require(indicators.body.range(of: #"href="/indicators/[^"]+""#, options: .regularExpression).map { String(indicators.body[$0]) })
            let path = String(link.dropFirst(6).dropLast())
            let indicator = try await client.page(path)
            #expect(indicator.status == .ok)
            #expect(indicator.body.contains("<svg") && indicator.body.contains("Every value"))

            let targets = try await client.page("/targets")
            #expect(targets.status == .ok)
            #expect(targets.body.contains(#"class="badge status-"#))
            #expect(try await client.page("/targets?status=met").status == .ok)

            let trends = try await client.page("/trends")
            #expect(trends.status == .ok)
            #expect(trends.body.contains("pts"))
            let ambiguous = try await client.page("/trends?before=Forum")
            #expect(ambiguous.status == .badRequest)
            #expect(ambiguous.body.contains("matches several events"))

            let graph = try await client.page("/graph?kind=organization-country")
            #expect(graph.status == .ok)
            #expect(graph.body.contains(#"class="graph""#) && graph.body.contains("graph-edge"))
            #expect(try await client.page("/indicators/nothing.any.USD.level").status == .notFound)
        }
    }
}

@Suite("Web: Atom feeds")
struct FeedTests {
    @Test func feedsFollowAQuery() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let feed = try await client.page("/feeds/atom?q=topic%3Atrade")
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
            #expect(feed.body.contains("<title>Rostrum: topic:trade</title>"))
            #expect(feed.body.range(of: #"<id>http://[^<]+/sessions/[0-9]+</id>"#, options: .regularExpression) != nil)
            #expect(feed.body.contains("<entry>"))
            let everything = try await client.page("/feeds/atom")
            let entries = everything.body.components(separatedBy: "<entry>").count - 1
            #expect(entries >= fixture.sampleSessionIDs.count && entries <= 30, "every session, newest first, at most 30")
            let bad = try await client.page("/feeds/atom?q=%22unclosed")
            #expect(bad.status == .badRequest)
            // A topic page links to its feed.
            let topic = try await client.page("/topics/trade")
            #expect(topic.body.contains("/feeds/atom?q=topic%3Atrade"))
        }
    }
}
