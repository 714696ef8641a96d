import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore
import Testing

/// The OpenAPI document matches the router; metrics count requests by route pattern; markup in
/// documents never reaches HTML unescaped.
@Suite("API: OpenAPI, metrics, escaping")
struct ServiceRoutesTests {
    @Test func openAPIListsExactlyTheRegisteredRoutes() async throws {
        let server = try await APITestServer()
        let yaml = try await server.test { client in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
            return String(buffer: response.body)
        }
        #expect(yaml.hasPrefix("openapi: 3.1.0"))
        let documented = OpenAPIDocument.routes(in: yaml)
        let registered = Set(try await server.router().routes.map { "\($0.method.rawValue) \($0.path.description)" }.filter { route in
            let path = route.split(separator: " ")[1]
            return path.hasPrefix("/api/") || ["/healthz", "/metrics", "/openapi.yaml"].contains(String(path))
        })
        #expect(registered.count == 25)
        #expect(registered.subtracting(documented).isEmpty, "routes missing from openapi.yaml: \(registered.subtracting(documented).sorted())")
        #expect(documented.subtracting(registered).isEmpty, "documented routes not registered: \(documented.subtracting(registered).sorted())")
        #expect(documented.contains("GET /api/v1/sessions/{id}/digest"))
        #expect(documented.contains("DELETE /api/v1/sessions/{id}"))
    }

    @Test func metricsCountRequestsByRoutePatternIngestsAndSearches() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let ids = try await ingestSamples(server, client)
            _ = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"), body: try sampleBytes(sampleFiles[0].path))
            _ = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("application/pdf"), body: ByteBuffer(string: "%PDF"))
            _ = try await client.execute(uri: "/api/v1/sessions/\(ids[0])", method: .get)
            _ = try await client.execute(uri: "/api/v1/sessions/\(ids[1])", method: .get)
            _ = try await client.execute(uri: "/api/v1/sessions/999999", method: .get)
            _ = try await client.execute(uri: "/api/v1/search?q=trade", method: .get)
            _ = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(buffer: response.body)
            #expect(text.contains(#"rostrum_http_requests_total{method="GET",route="/api/v1/sessions/{id}",status="200"} 2"#))
            #expect(text.contains(#"rostrum_http_requests_total{method="GET",route="/api/v1/sessions/{id}",status="404"} 1"#))
            #expect(text.contains(#"rostrum_http_requests_total{method="POST",route="/api/v1/documents",status="201"} 4"#))
            #expect(text.contains(#"rostrum_http_requests_total{method="POST",route="/api/v1/documents",status="415"} 1"#))
            #expect(text.contains(#"rostrum_http_requests_total{method="GET",route="NotFound",status="404"} 1"#))
            #expect(!text.contains("999999"))
            #expect(text.contains(#"rostrum_http_request_duration_seconds_bucket{method="GET",route="/api/v1/search",le="+Inf"} 1"#))
            #expect(text.contains(#"rostrum_http_request_duration_seconds_count{method="GET",route="/api/v1/sessions/{id}"} 3"#))
            #expect(text.contains(#"rostrum_documents_ingested_total{outcome="inserted"} 4"#))
            #expect(text.contains(#"rostrum_documents_ingested_total{outcome="unchanged"} 1"#))
            #expect(text.contains(#"rostrum_searches_total{target="quotes"} 1"#))
        }
    }

    @Test func scriptInADocumentIsEscapedInDigestAndSnippets() async throws {
        let server = try await APITestServer()
        let text = """
            Title: Safety <script>alert('title')</script> Review
            Event: Test Forum 2019
            Date: 2019-05-14

            Safety <script>alert('title')</script> Review

            Pipelines and security

            “The pipeline capacity <script>alert(1)</script> grew by 15% last year, and security checks doubled,” Nikolai Sorokin, Director, Arctic Pipeline Company.
            """
        try await server.test { client in
            let created = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"), body: ByteBuffer(string: text))
            #expect(created.status == .created)
            let id = try #require(jsonObject(created.body)["id"] as? Int)

            let html = String(buffer: try await client.execute(uri: "/api/v1/sessions/\(id)/digest?format=html", method: .get).body)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script"))
            #expect(html.contains("<mark>15%</mark>"))

            let results = jsonObject(try await client.execute(uri: "/api/v1/search?q=pipeline", method: .get).body)
            let hit = try #require(array(results, "hits").first)
            let snippet = try #require(hit["snippet"] as? String)
            #expect(snippet.contains("<mark>"))
            #expect(snippet.contains("&lt;script&gt;"))
            #expect(!snippet.contains("<script"))
            // The plain text field keeps the quote as written (JSON, not HTML).
            #expect((hit["text"] as? String)?.contains("<script>alert(1)</script>") == true)
        }
    }

    @Test func snippetEscapingKeepsOnlyMarks() {
        #expect(SafeSnippet.html("a <mark>b</mark> & <i>c</i> \"d\"") == "a <mark>b</mark> &amp; &lt;i&gt;c&lt;/i&gt; &quot;d&quot;")
        #expect(SafeSnippet.html("<marker>") == "&lt;marker&gt;")
    }

    @Test func queryParametersFollowFormRules() {
        let query = APIQuery(rawQuery: "q=trade+turnover&event=Eastern%20Economic&empty=&plus=a%2Bb")
        #expect(query.string("q") == "trade turnover")
        #expect(query.string("event") == "Eastern Economic")
        #expect(query.string("empty") == nil)
        #expect(query.string("plus") == "a+b")
        #expect(APIQuery.isCalendarDate("2016-02-29"))
        #expect(!APIQuery.isCalendarDate("2017-02-29"))
        #expect(!APIQuery.isCalendarDate("2017-13-01"))
        #expect(!APIQuery.isCalendarDate("17-01-01"))
    }
}
