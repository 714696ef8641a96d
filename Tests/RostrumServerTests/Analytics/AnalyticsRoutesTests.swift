import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import Testing

/// Two forum sessions two years apart: a trade target set in 2017 and the 2018 level reported —
/// twice, with values that disagree — in 2019.
private let forum2017 = """
    Event: Eastern Economic Forum 2017
    Date: 2017-09-06

    Russia and China: The Next Target for Trade

    Trade turnover is growing again

    “Last year trade turnover between Russia and China was $69.6 billion. The target of $100 billion by 2020 is absolutely reachable,” Wang Jianguo, Vice Chairman, China Chamber of Commerce for Import and Export of Machinery and Electronic Products.

    Arctic shipping

    “The Northern Sea Route carried 7.5 million tonnes of cargo last year, and we expect more,” Dmitry Lavrentiev, Deputy Director, Rosatom.
    """

private let forum2019 = """
    Event: Eastern Economic Forum 2019
    Date: 2019-09-05

    Russia and China: A Record Year

    Trade above expectations

    “In 2018 trade turnover between Russia and China exceeded $107 billion, a record for both countries,” Zhang Wei, Director, Port of Dalian.

    “Trade turnover between Russia and China was $95 billion in 2018 by our count,” Ivan Petrov, Head of Research, Eurasia Trade Institute.

    Tourism

    “Chinese tourists made 1.5 million trips to Russia last year,” Chen Yuxin, Deputy Head, China National Tourism Administration.
    """

@Suite("API: analytics")
struct AnalyticsRoutesTests {
    private func server() async throws -> APITestServer {
        let server = try await APITestServer()
        try await server.test { client in
            for text in [forum2017, forum2019] {
                let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"),
                                                        body: ByteBuffer(string: text))
                #expect(response.status == .created)
            }
        }
        return server
    }

    @Test func indicatorsTargetsAndConflicts() async throws {
        let server = try await server()
        try await server.test { client in
            let list = jsonObject(try await client.execute(uri: "/api/v1/indicators?q=trade", method: .get).body)
            let items = list["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["id"] as? String } == ["trade-turnover.CN.USD.level"])
            #expect(items.first?["reports"] as? Int == 3 && items.first?["targets"] as? Int == 1)

            let series = jsonObject(try await client.execute(uri: "/api/v1/indicators/trade-turnover.CN.USD.level", method: .get).body)
            let observations = series["observations"] as? [[String: Any]] ?? []
            #expect(observations.map { $0["year"] as? Int } == [2016, 2018, 2018, 2020])
            #expect((observations.first?["speaker"] as? [String: Any])?["name"] as? String == "Wang Jianguo")
            #expect((series["targets"] as? [[String: Any]])?.first?["status"] as? String == "met")
            #expect((series["conflicts"] as? [[String: Any]])?.count == 1, "$95 billion against more than $107 billion for 2018")

            let targets = jsonObject(try await client.execute(uri: "/api/v1/targets?status=met", method: .get).body)
            #expect(targets["total"] as? Int == 1)
            let target = (targets["items"] as? [[String: Any]])?.first
            #expect((target?["explanation"] as? String)?.contains("$107 billion reported for 2018") == true)
            #expect(((target?["evidence"] as? [[String: Any]])?.first?["speaker"] as? [String: Any])?["name"] as? String == "Zhang Wei")

            let conflicts = jsonObject(try await client.execute(uri: "/api/v1/conflicts", method: .get).body)
            #expect(conflicts["total"] as? Int == 1)

            #expect(try await client.execute(uri: "/api/v1/indicators/no-such.any.USD.level", method: .get).status == .notFound)
            let bad = try await client.execute(uri: "/api/v1/targets?status=late", method: .get)
            #expect(bad.status == .badRequest)
            #expect((jsonObject(bad.body)["detail"] as? String)?.contains("'status'") == true)
        }
    }

    @Test func profilesNameTheFiguresCitedAndWhoSharedTheSessions() async throws {
        let server = try await server()
        try await server.test { client in
            let people = jsonObject(try await client.execute(uri: "/api/v1/speakers?q=Zhang+Wei", method: .get).body)
            let id = try #require((people["items"] as? [[String: Any]])?.first?["id"] as? Int)
            let profile = jsonObject(try await client.execute(uri: "/api/v1/speakers/\(id)", method: .get).body)
            let figures = profile["figures"] as? [[String: Any]] ?? []
            #expect(figures.map { $0["id"] as? String } == ["trade-turnover.CN.USD.level"])
            #expect(figures.first?["figures"] as? Int == 1 && figures.first?["first_year"] as? Int == 2018)
            let shared = profile["co_speakers"] as? [[String: Any]] ?? []
            #expect(Set(shared.compactMap { $0["name"] as? String }) == ["Ivan Petrov", "Chen Yuxin"])
            #expect(shared.allSatisfy { $0["sessions"] as? Int == 1 })
            #expect((profile["countries"] as? [[String: Any]] ?? []).compactMap { $0["country"] as? String }.contains("CN"))

            let organizations = jsonObject(try await client.execute(uri: "/api/v1/organizations?q=Port+of+Dalian", method: .get).body)
            let org = try #require((organizations["items"] as? [[String: Any]])?.first?["id"] as? Int)
            let orgProfile = jsonObject(try await client.execute(uri: "/api/v1/organizations/\(org)", method: .get).body)
            #expect((orgProfile["figures"] as? [[String: Any]])?.first?["indicator"] as? String == "trade-turnover")
            #expect((orgProfile["co_organizations"] as? [[String: Any]] ?? []).count == 2)
            #expect(orgProfile["countries"] is [Any])

            let page = try await client.execute(uri: "/speakers/\(id)", method: .get)
            let html = String(buffer: page.body)
            #expect(html.contains("Figures cited") && html.contains("/indicators/trade-turnover.CN.USD.level"))
            #expect(html.contains("Speakers in the same sessions") && html.contains("Ivan Petrov"))
            let orgPage = String(buffer: try await client.execute(uri: "/organizations/\(org)", method: .get).body)
            #expect(orgPage.contains("Organisations in the same sessions") && orgPage.contains("Eurasia Trade Institute"))
        }
    }

    @Test func trendsComparisonAndGraph() async throws {
        let server = try await server()
        try await server.test { client in
            let trends = jsonObject(try await client.execute(uri: "/api/v1/trends", method: .get).body)
            #expect(trends["events"] as? [String] == ["Eastern Economic Forum 2017", "Eastern Economic Forum 2019"])

            let compare = jsonObject(try await client.execute(uri: "/api/v1/trends/compare?before=2017&after=2019", method: .get).body)
            let topics = compare["topics"] as? [[String: Any]] ?? []
            #expect(topics.first?["topic"] as? String == "tourism", "tourism rose from nothing")
            #expect(topics.contains { $0["topic"] as? String == "arctic" && ($0["points"] as? Double ?? 0) < 0 })

            let missing = try await client.execute(uri: "/api/v1/trends/compare?after=2019", method: .get)
            #expect(missing.status == .badRequest)
            #expect((jsonObject(missing.body)["detail"] as? String)?.contains("'before'") == true)
            let ambiguous = try await client.execute(uri: "/api/v1/trends/compare?before=Forum&after=2019", method: .get)
            #expect((jsonObject(ambiguous.body)["detail"] as? String)?.contains("matches several events") == true)

            let graph = jsonObject(try await client.execute(uri: "/api/v1/graph?kind=speaker-topic", method: .get).body)
            let nodes = graph["nodes"] as? [[String: Any]] ?? []
            #expect(nodes.contains { $0["label"] as? String == "Zhang Wei" && $0["group"] as? String == "person" })
            #expect(nodes.contains { $0["id"] as? String == "topic:trade" })
            #expect((graph["edges"] as? [[String: Any]])?.isEmpty == false)
            #expect(try await client.execute(uri: "/api/v1/graph?kind=people", method: .get).status == .badRequest)
        }
    }
}

@Suite("API: query digests")
struct QueryDigestRouteTests {
    @Test func aDigestAcrossSessionsGroupsByThesisAfterTheKeyFigures() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            for text in [forum2017, forum2019] {
                _ = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"), body: ByteBuffer(string: text))
            }
            let md = try await client.execute(uri: "/api/v1/digest?q=%22trade+turnover%22", method: .get)
            #expect(md.status == .ok)
            #expect(md.headers[.contentType]?.hasPrefix("text/markdown") == true)
            let text = String(buffer: md.body)
            #expect(text.hasPrefix("# Digest: \"trade turnover\"\n"))
            let box = try #require(text.range(of: "## Key figures"))
            let thesis = try #require(text.range(of: "## Trade\n"))
            #expect(box.lowerBound < thesis.lowerBound, "the key figures come first")
            #expect(text.contains("$100 billion — trade turnover, target for 2020 (Wang Jianguo, Eastern Economic Forum 2017)"))
            #expect(text.contains("$107 billion — trade turnover, 2018 (Zhang Wei, Eastern Economic Forum 2019)"))
            // Sessions under the thesis, oldest first, each quote attributed.
            let y2017 = try #require(text.range(of: "### Eastern Economic Forum 2017"))
            let y2019 = try #require(text.range(of: "### Eastern Economic Forum 2019"))
            #expect(y2017.lowerBound < y2019.lowerBound)
            #expect(text.contains("Zhang Wei, Director, Port of Dalian"))
            #expect(!text.contains("Chinese tourists"), "only what the query found")

            let html = try await client.execute(uri: "/api/v1/digest?q=trade&format=html", method: .get)
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(String(buffer: html.body).contains("Key figures"))
            #expect(try await client.execute(uri: "/api/v1/digest", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/v1/digest?q=%22open", method: .get).status == .badRequest)
        }
    }
}
