import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import RostrumServer
import RostrumStore

@Suite("Web pages")
struct WebPagesTests {
    @Test func everyPageRendersRealData() async throws {
        let fixture = try await WebFixture.make()
        let sessionID = fixture.sampleSessionIDs[0]
        try await fixture.test { client in
            let home = try await client.page("/")
            #expect(home.status == .ok)
            #expect(home.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(home.body.contains("Latest sessions"))
            #expect(home.body.contains("Russia–China: Trade Is Back, Now for the Next Target"))
            #expect(home.body.contains("<link rel=\"stylesheet\" href=\"/static/rostrum.css\">"))
            // Topics show the taxonomy's labels and link by id.
            #expect(home.body.contains(#"href="/topics/trade">Trade <span class="count">"#))
            #expect(!home.body.contains("transport_logistics <span"))

            let sessions = try await client.page("/sessions")
            #expect(sessions.status == .ok)
            #expect(sessions.body.contains("href=\"/sessions/\(sessionID)\""))
            let filtered = try await client.page("/sessions?year=2016")
            #expect(filtered.body.contains("2016-09-02"))
            #expect(!filtered.body.contains("Russia–China: Trade Is Back"))

            let session = try await client.page("/sessions/\(sessionID)")
            #expect(session.status == .ok)
            #expect(session.body.contains("<h1>Russia–China: Trade Is Back, Now for the Next Target</h1>"))
            #expect(session.body.contains("Eastern Economic Forum 2017"))
            #expect(session.body.contains("<h2 class=\"group\">Key conclusions</h2>"))
            #expect(session.body.contains("Wang Jianguo"))
            #expect(session.body.contains("Vice Chairman"))
            #expect(session.body.contains("<mark class=\"figure\" title=\"69.6 billion USD"))
            #expect(session.body.contains("href=\"https://example.org/sessions/eef2017/2210\""))
            #expect(session.body.contains("href=\"/topics/trade\""))

            let speakers = try await client.page("/speakers?q=Wang")
            #expect(speakers.status == .ok)
            #expect(speakers.body.contains("Wang Jianguo"))
            let lookup = try await client.page("/speaker?name=Wang%20Jianguo")
            #expect(lookup.status == .seeOther)
            let location = try #require(lookup.headers[.location])
            #expect(location.hasPrefix("/speakers/"))
            let speaker = try await client.page(location)
            #expect(speaker.status == .ok)
            #expect(speaker.body.contains("<h1>Wang Jianguo</h1>"))
            #expect(speaker.body.contains("Roles over time"))
            #expect(speaker.body.contains("China Chamber of Commerce"))
            #expect(speaker.body.contains("By topic"))

            let organizations = try await client.page("/organizations")
            #expect(organizations.status == .ok)
            let orgLink = try #require(organizations.body.firstMatch(of: /href="(\/organizations\/\d+)"/)).1
            let organization = try await client.page(String(orgLink))
            #expect(organization.status == .ok)
            #expect(organization.body.contains("People"))

            let topics = try await client.page("/topics")
            #expect(topics.status == .ok)
            #expect(topics.body.contains("href=\"/topics/trade\""))
            let topic = try await client.page("/topics/trade")
            #expect(topic.status == .ok)
            #expect(topic.body.contains("Who spoke on it"))
            #expect(topic.body.contains("class=\"quote-row\""))

            let figures = try await client.page("/figures?unit=USD")
            #expect(figures.status == .ok)
            #expect(figures.body.contains("<svg class=\"chart\""))
            #expect(figures.body.contains("Figures in USD by year"))
            #expect(figures.body.contains("<circle class=\"point\""))
            let noFigures = try await client.page("/figures?subject=zzzzqqq")
            #expect(noFigures.body.contains("No data for these filters"))

            let upload = try await client.page("/upload")
            #expect(upload.status == .ok)
            #expect(upload.body.contains("enctype=\"multipart/form-data\""))
            #expect(upload.body.contains("name=\"token\""))

            let css = try await client.page("/static/rostrum.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(css.body.contains("@media"))
        }
    }

    @Test func searchShowsSnippetsFacetsAndPages() async throws {
        let fixture = try await WebFixture.make()
        var query = SearchQuery()
        query.filters.hasSpeaker = true
        let total = try await fixture.dependencies.store.search(query, limit: 1, offset: 0, sort: .relevance).total
        try #require(total > 40)
        try await fixture.test { client in
            let search = try await client.page("/search?q=trade+turnover")
            #expect(search.status == .ok)
            #expect(search.body.contains("value=\"trade turnover\""))
            #expect(search.body.contains("<mark>"))
            #expect(search.body.contains("Speakers"))
            // A facet link adds its filter to the query.
            #expect(search.body.contains("href=\"/search?q=trade%20turnover%20topic%3Atrade\""))
            #expect(search.body.contains("href=\"/search?q=trade%20turnover%20year%3A2017\""))
            // Facets read as words: topic labels and country names, while the filter keeps the code.
            #expect(search.body.contains(">Investment and finance</a>"), "topic facets show the taxonomy's label")
            #expect(search.body.contains("country%3ACN\">China</a>"), "country facets show the country's name")
            #expect(!search.body.contains(">investment_finance</a>"))

            let second = try await client.page("/search?q=has%3Aspeaker&page=2")
            #expect(second.status == .ok)
            #expect(second.body.contains("21–40 of \(total)"))
            #expect(second.body.contains("rel=\"prev\" href=\"/search?q=has%3Aspeaker\""))
            #expect(second.body.contains("rel=\"next\" href=\"/search?q=has%3Aspeaker&amp;page=3\""))

            let bySession = try await client.page("/search?q=trade&view=sessions&sort=date")
            #expect(bySession.status == .ok)
            #expect(bySession.body.contains("matching quotes"))
            #expect(bySession.body.contains("<summary>Speakers</summary>"), "the sessions view shows facets too")

            // A topic the knowledge base does not have is named as such, with the topics it has.
            let unknownTopic = try await client.page("/search?q=topic%3Ainsurance")
            #expect(unknownTopic.body.contains("No topic of this knowledge base is named <strong>insurance</strong>"))
            #expect(unknownTopic.body.contains("transport_logistics (Transport and logistics)"))
            let knownTopic = try await client.page("/search?q=topic%3Alogistics")
            #expect(!knownTopic.body.contains("No topic of this knowledge base"))

            let empty = try await client.page("/search")
            #expect(empty.status == .ok)
            #expect(empty.body.contains("How to search"))
        }
    }

    @Test func aBadQueryIsShownOnThePageWith400() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = try await client.page("/search?q=%22trade+turnover")
            #expect(page.status == .badRequest)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.body.contains("never closed"))
            #expect(page.body.contains("value=\"&quot;trade turnover\""))
            let filter = try await client.page("/search?q=colour:red")
            #expect(filter.status == .badRequest)
            #expect(filter.body.contains("unknown filter"))
        }
    }

    @Test func unknownAddressesGet404Pages() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for uri in ["/sessions/999999", "/sessions/abc", "/speakers/999999", "/organizations/999999", "/topics/no-such-topic",
                        "/speaker?name=Nobody%20Atall", "/static/missing.css", "/nowhere"] {
                let page = try await client.page(uri)
                #expect(page.status == .notFound, "\(uri)")
                #expect(page.headers[.contentType]?.hasPrefix("text/html") == true, "\(uri)")
                #expect(page.body.contains("Not Found") || page.body.contains("Not found"), "\(uri)")
                #expect(page.body.contains("/static/rostrum.css"), "\(uri): the error page uses the layout")
            }
        }
    }

    @Test func markupInDocumentsShowsAsText() async throws {
        let fixture = try await WebFixture.make()
        let id = fixture.hostileSessionID
        try await fixture.test { client in
            let session = try await client.page("/sessions/\(id)")
            #expect(session.status == .ok)
            #expect(!session.body.contains("<script>"))
            #expect(!session.body.contains("<img"))
            #expect(!session.body.contains("<b>"))
            #expect(session.body.contains("Trade &lt;script&gt;alert(1)&lt;/script&gt; session"))
            #expect(session.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; by 2025"))
            #expect(session.body.contains("Ivan Testov"))
            // A source that is not an http(s) URL is never a link.
            #expect(!session.body.contains("href=\"javascript:"))

            let search = try await client.page("/search?q=alert")
            #expect(search.status == .ok)
            #expect(search.body.contains("Testov"))
            #expect(!search.body.contains("<script>"))
            #expect(search.body.contains("&lt;script&gt;"))
            #expect(search.body.contains("<mark>alert</mark>"))

            let home = try await client.page("/")
            #expect(!home.body.contains("<script>"))
        }
    }
}
