import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore
import Testing

/// Every read route on four bundled samples ingested through the API.
@Suite("API: read routes")
struct ReadRoutesTests {
    @Test func sessionsListFilterAndPaginate() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let ids = try await ingestSamples(server, client)
            let all = jsonObject(try await client.execute(uri: "/api/v1/sessions", method: .get).body)
            #expect(all["total"] as? Int == 4)
            #expect(array(all, "items").count == 4)
            #expect(Set(array(all, "items").compactMap { $0["id"] as? Int }) == Set(ids))

            let page = jsonObject(try await client.execute(uri: "/api/v1/sessions?limit=2&offset=2", method: .get).body)
            #expect(page["total"] as? Int == 4)
            #expect(page["limit"] as? Int == 2 && page["offset"] as? Int == 2)
            #expect(array(page, "items").count == 2)

            let year = jsonObject(try await client.execute(uri: "/api/v1/sessions?year=2017", method: .get).body)
            #expect(year["total"] as? Int == 2)
            let russian = jsonObject(try await client.execute(uri: "/api/v1/sessions?lang=ru", method: .get).body)
            #expect(russian["total"] as? Int == 1)
            #expect(array(russian, "items").first?["language"] as? String == "ru")
            let event = jsonObject(try await client.execute(uri: "/api/v1/sessions?event=economic+forum+2016", method: .get).body)
            #expect(event["total"] as? Int == 1)

            let bad = try await client.execute(uri: "/api/v1/sessions?limit=abc", method: .get)
            #expect(bad.status == .badRequest)
            #expect((jsonObject(bad.body)["detail"] as? String)?.contains("'limit'") == true)
            let tooMany = try await client.execute(uri: "/api/v1/sessions?limit=100000", method: .get)
            #expect(tooMany.status == .badRequest)
            let badLang = try await client.execute(uri: "/api/v1/sessions?lang=klingon", method: .get)
            #expect((jsonObject(badLang.body)["detail"] as? String)?.contains("'lang'") == true)
        }
    }

    @Test func oneSessionItsDigestsAndDeletion() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let ids = try await ingestSamples(server, client)
            let session = jsonObject(try await client.execute(uri: "/api/v1/sessions/\(ids[0])", method: .get).body)
            #expect(session["id"] as? Int == ids[0])
            #expect((session["content_hash"] as? String)?.count == 64)
            #expect(session["source"] as? String == "https://example.org/sessions/eef2016/1021")
            #expect(session["title"] as? String == "Russia and China in the Far East: From Border Trade to Joint Production")
            #expect(session["language"] as? String == "en")
            let sections = array(session, "sections")
            #expect(sections.count >= 3)
            let quotes = sections.flatMap { $0["quotes"] as? [[String: Any]] ?? [] }
            #expect(quotes.contains { ($0["speaker"] as? [String: Any])?["name"] as? String == "Gao Feng" })

            let markdown = try await client.execute(uri: "/api/v1/sessions/\(ids[0])/digest", method: .get)
            #expect(markdown.status == .ok)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(String(buffer: markdown.body).hasPrefix("# Russia and China in the Far East"))

            let html = try await client.execute(uri: "/api/v1/sessions/\(ids[0])/digest?format=html", method: .get)
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            let page = String(buffer: html.body)
            #expect(page.hasPrefix("<!doctype html>"))
            #expect(page.contains("<span class=\"speaker\">Gao Feng</span>, <span class=\"position\">Director, Department of European and Central Asian Affairs</span>"))
            #expect(page.contains("<mark>28%</mark>"))

            let badFormat = try await client.execute(uri: "/api/v1/sessions/\(ids[0])/digest?format=pdf", method: .get)
            #expect(badFormat.status == .badRequest)
            #expect((jsonObject(badFormat.body)["detail"] as? String)?.contains("md, html") == true)

            #expect(try await client.execute(uri: "/api/v1/sessions/999999", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/sessions/999999/digest", method: .get).status == .notFound)
            let notNumber = try await client.execute(uri: "/api/v1/sessions/abc", method: .get)
            #expect(notNumber.status == .badRequest)
            #expect((jsonObject(notNumber.body)["detail"] as? String)?.contains("'id'") == true)

            let deleted = try await client.execute(uri: "/api/v1/sessions/\(ids[0])", method: .delete, headers: server.auth())
            #expect(deleted.status == .noContent)
            #expect(try await client.execute(uri: "/api/v1/sessions/\(ids[0])", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/sessions/\(ids[0])", method: .delete, headers: server.auth()).status == .notFound)
            #expect(jsonObject(try await client.execute(uri: "/api/v1/sessions", method: .get).body)["total"] as? Int == 3)
        }
    }

    @Test func searchWithFacetsHighlightingAndPagination() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            _ = try await ingestSamples(server, client)
            let response = try await client.execute(uri: "/api/v1/search?q=trade&limit=2", method: .get)
            #expect(response.status == .ok)
            let results = jsonObject(response.body)
            let total = try #require(results["total"] as? Int)
            #expect(total > 2)
            let hits = array(results, "hits")
            #expect(hits.count == 2)
            let hit = try #require(hits.first)
            for key in ["quote_id", "session_id", "session_title", "event", "date", "text", "snippet", "speaker", "topics", "score"] {
                #expect(hit[key] != nil, "hit has no \(key)")
            }
            #expect((hit["snippet"] as? String)?.contains("<mark>") == true)
            let facets = try #require(results["facets"] as? [String: Any])
            #expect(Set(facets.keys) == ["speakers", "organizations", "topics", "events", "years", "countries", "kinds"])
            #expect(!(facets["events"] as? [[String: Any]] ?? []).isEmpty)

            let next = jsonObject(try await client.execute(uri: "/api/v1/search?q=trade&limit=2&offset=2", method: .get).body)
            #expect(next["total"] as? Int == total)
            #expect(array(next, "hits").first?["quote_id"] as? Int != hit["quote_id"] as? Int)

            let speaker = jsonObject(try await client.execute(uri: "/api/v1/search?q=speaker%3A%22Gao+Feng%22&sort=date", method: .get).body)
            #expect((speaker["total"] as? Int ?? 0) >= 2)
            #expect(array(speaker, "hits").allSatisfy { ($0["speaker"] as? [String: Any])?["name"] as? String == "Gao Feng" })

            let sessions = jsonObject(try await client.execute(uri: "/api/v1/search?q=trade&sessions=true", method: .get).body)
            #expect((sessions["total"] as? Int ?? 0) >= 2)
            #expect(array(sessions, "hits").first?["best"] != nil)
            // Session results carry the facets of their matching quotes, as quote results do.
            let quotes = jsonObject(try await client.execute(uri: "/api/v1/search?q=trade", method: .get).body)
            let sessionFacets = sessions["facets"] as? [String: Any]
            #expect(sessionFacets != nil)
            #expect((sessionFacets?["years"] as? [Any])?.count == ((quotes["facets"] as? [String: Any])?["years"] as? [Any])?.count)
            let badKind = try await client.execute(uri: "/api/v1/search?q=trade+kind%3Amoney", method: .get)
            #expect(badKind.status == .badRequest)
            #expect((jsonObject(badKind.body)["detail"] as? String)?.contains("kind: takes") == true)

            let unclosed = try await client.execute(uri: "/api/v1/search?q=%22trade", method: .get)
            #expect(unclosed.status == .badRequest)
            #expect((jsonObject(unclosed.body)["detail"] as? String)?.hasPrefix("query parameter 'q': query error at character") == true)
            let missing = try await client.execute(uri: "/api/v1/search", method: .get)
            #expect((jsonObject(missing.body)["detail"] as? String)?.contains("'q': required") == true)
            let sort = try await client.execute(uri: "/api/v1/search?q=trade&sort=popular", method: .get)
            #expect((jsonObject(sort.body)["detail"] as? String)?.contains("relevance, date") == true)
        }
    }

    @Test func speakersOrganizationsTopicsFiguresAndStats() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            _ = try await ingestSamples(server, client)
            let speakers = jsonObject(try await client.execute(uri: "/api/v1/speakers?q=gao", method: .get).body)
            let gao = try #require(array(speakers, "items").first { $0["name"] as? String == "Gao Feng" })
            let gaoID = try #require(gao["id"] as? Int)
            #expect(speakers["has_more"] as? Bool == false)
            let allSpeakers = jsonObject(try await client.execute(uri: "/api/v1/speakers?limit=3", method: .get).body)
            #expect(array(allSpeakers, "items").count == 3)
            #expect(allSpeakers["has_more"] as? Bool == true)

            let profile = jsonObject(try await client.execute(uri: "/api/v1/speakers/\(gaoID)?limit=1", method: .get).body)
            #expect((profile["person"] as? [String: Any])?["name"] as? String == "Gao Feng")
            #expect(array(profile, "roles").first?["position"] as? String == "Director, Department of European and Central Asian Affairs")
            let counts = try #require(profile["counts"] as? [String: Any])
            #expect((counts["events"] as? [[String: Any]])?.first?["value"] as? String == "Eastern Economic Forum 2016")
            let quotes = try #require(profile["quotes"] as? [String: Any])
            #expect((quotes["total"] as? Int ?? 0) >= 2)
            #expect(array(quotes, "items").count == 1)
            #expect(try await client.execute(uri: "/api/v1/speakers/999999", method: .get).status == .notFound)

            let organizations = jsonObject(try await client.execute(uri: "/api/v1/organizations?q=railways", method: .get).body)
            let railways = try #require(array(organizations, "items").first)
            #expect((railways["name"] as? String)?.contains("Railways") == true)
            let orgID = try #require(railways["id"] as? Int)
            let organization = jsonObject(try await client.execute(uri: "/api/v1/organizations/\(orgID)", method: .get).body)
            #expect(!array(organization, "people").isEmpty)
            #expect(!array(organization, "sessions").isEmpty)
            #expect(organization["sessions_total"] as? Int == array(organization, "sessions").count)
            let none = jsonObject(try await client.execute(uri: "/api/v1/organizations/\(orgID)?sessions_limit=0", method: .get).body)
            #expect(array(none, "sessions").isEmpty && none["sessions_total"] as? Int == organization["sessions_total"] as? Int)
            #expect(try await client.execute(uri: "/api/v1/organizations/\(orgID)?sessions_limit=5000", method: .get).status == .badRequest)
            #expect(((organization["quotes"] as? [String: Any])?["total"] as? Int ?? 0) >= 1)
            #expect(try await client.execute(uri: "/api/v1/organizations/999999", method: .get).status == .notFound)

            let topics = jsonObject(try await client.execute(uri: "/api/v1/topics", method: .get).body)
            let topic = try #require(array(topics, "items").first)
            let name = try #require(topic["topic"] as? String)
            let detail = jsonObject(try await client.execute(uri: "/api/v1/topics/\(name)", method: .get).body)
            #expect((detail["topic"] as? [String: Any])?["quotes"] as? Int == topic["quotes"] as? Int)
            let topicYears = (detail["counts"] as? [String: Any])?["years"] as? [[String: Any]] ?? []
            #expect(topicYears.count >= 2)
            #expect(!array(detail, "top_speakers").isEmpty)
            #expect(((detail["quotes"] as? [String: Any])?["total"] as? Int) == topic["quotes"] as? Int)
            let noTopic = try await client.execute(uri: "/api/v1/topics/no-such-topic", method: .get)
            #expect(noTopic.status == .notFound)
            #expect((jsonObject(noTopic.body)["detail"] as? String)?.contains("/api/v1/topics") == true)

            let figures = jsonObject(try await client.execute(uri: "/api/v1/figures?unit=USD&limit=5", method: .get).body)
            #expect((figures["total"] as? Int ?? 0) >= 2)
            #expect(array(figures, "items").allSatisfy { ($0["figure"] as? [String: Any])?["unit"] as? String == "USD" })
            let ranged = jsonObject(try await client.execute(uri: "/api/v1/figures?year=2016..2017&speaker=\(gaoID)", method: .get).body)
            #expect(array(ranged, "items").allSatisfy { ($0["speaker"] as? [String: Any])?["name"] as? String == "Gao Feng" })
            #expect(array(ranged, "items").allSatisfy { ($0["year"] as? Int).map { (2016...2017).contains($0) } == true })
            let badYear = try await client.execute(uri: "/api/v1/figures?year=2020..2016", method: .get)
            #expect((jsonObject(badYear.body)["detail"] as? String)?.contains("'year'") == true)
            let badKind = try await client.execute(uri: "/api/v1/figures?kind=guess", method: .get)
            #expect((jsonObject(badKind.body)["detail"] as? String)?.contains("level, change") == true)

            let stats = jsonObject(try await client.execute(uri: "/api/v1/stats", method: .get).body)
            #expect(stats["sessions"] as? Int == 4)
            #expect((stats["quotes"] as? Int ?? 0) > 10)
            #expect((stats["languages"] as? [String: Any])?["ru"] as? Int == 1)
        }
    }
}
