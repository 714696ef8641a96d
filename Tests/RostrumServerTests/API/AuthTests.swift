import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore
import Testing

/// Tokens: writes need the Authorization header; private servers need a token for API reads.
@Suite("API: authentication")
struct AuthTests {
    let document = ByteBuffer(string: """
        Ports of the North

        “Cargo through the Arctic ports grew by 12% last year,” Pavel Orlov, Director, Northern Ports Agency.
        """)

    @Test func writesWithoutATokenAre401WithAChallenge() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: [.contentType: "text/plain"], body: document)
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"rostrum\"")
            #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect((jsonObject(response.body)["detail"] as? String)?.contains("rostrum token create") == true)
            // Nothing was stored.
            #expect(jsonObject(try await client.execute(uri: "/api/v1/stats", method: .get).body)["sessions"] as? Int == 0)

            let delete = try await client.execute(uri: "/api/v1/sessions/1", method: .delete)
            #expect(delete.status == .unauthorized)
        }
    }

    @Test func malformedUnknownAndRevokedTokensAreRefused() async throws {
        let server = try await APITestServer()
        let revoked = TokenSecret.generate()
        _ = try await server.dependencies.store.createToken(name: "old", secretHash: TokenSecret.hash(revoked))
        try await server.dependencies.store.revokeToken(name: "old")
        try await server.test { client in
            for header in ["Basic dXNlcjpwYXNz", "Bearer", "Bearer two words", "Bearer bad\"quote"] {
                let response = try await client.execute(uri: "/api/v1/documents", method: .post,
                                                        headers: [.contentType: "text/plain", .authorization: header], body: document)
                #expect(response.status == .unauthorized, "\(header)")
                #expect(response.headers[.wwwAuthenticate]?.contains("error=\"invalid_request\"") == true)
            }
            for secret in [revoked, TokenSecret.generate()] {
                let response = try await client.execute(uri: "/api/v1/documents", method: .post,
                                                        headers: [.contentType: "text/plain", .authorization: "Bearer \(secret)"], body: document)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"rostrum\", error=\"invalid_token\"")
                #expect((jsonObject(response.body)["detail"] as? String)?.contains("revoked") == true)
            }
            // The scheme is case-insensitive; the active token works.
            let accepted = try await client.execute(uri: "/api/v1/documents", method: .post,
                                                    headers: [.contentType: "text/plain", .authorization: "bearer \(server.token)"], body: document)
            #expect(accepted.status == .created)
        }
    }

    @Test func theCookieIsNotAcceptedForWrites() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post,
                                                    headers: [.contentType: "text/plain", .cookie: "rostrum_token=\(server.token)"], body: document)
            #expect(response.status == .unauthorized)
            #expect((jsonObject(response.body)["detail"] as? String)?.contains("cookie is accepted for reads only") == true)
        }
    }

    @Test func privateReadsNeedAToken() async throws {
        let server = try await APITestServer(configuration: ServerConfiguration(privateReads: true))
        try await server.test { client in
            for uri in ["/api/v1/sessions", "/api/v1/search?q=trade", "/api/v1/stats", "/api/v1/sessions/1", "/api/v1/topics"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .unauthorized, "\(uri)")
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"rostrum\"")
                #expect((jsonObject(response.body)["detail"] as? String)?.contains("--private") == true)
            }
            #expect(try await client.execute(uri: "/api/v1/stats", method: .get, headers: server.auth()).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/stats", method: .get, headers: [.cookie: "theme=dark; rostrum_token=\(server.token)"]).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/stats", method: .get, headers: [.cookie: "rostrum_token=rst_unknown"]).status == .unauthorized)
            // Service routes stay public.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/openapi.yaml", method: .get).status == .ok)
        }
    }

    @Test func privatePagesSendReadersToSignIn() async throws {
        let server = try await APITestServer(configuration: ServerConfiguration(privateReads: true))
        try await server.test { client in
            let page = try await client.execute(uri: "/search?q=trade+turnover", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=/search?q%3Dtrade%2Bturnover")
            let login = try await client.execute(uri: page.headers[.location] ?? "", method: .get)
            #expect(String(buffer: login.body).contains(#"name="next" value="/search?q=trade+turnover""#), "sign-in returns to the page asked for")
            #expect(try await client.execute(uri: "/", method: .get).status == .seeOther)
            // Signing in and the stylesheet stay open; a signed-in reader sees the pages.
            #expect(try await client.execute(uri: "/login", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/static/rostrum.css", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: "rostrum_token=\(server.token)"]).status == .ok)
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: "rostrum_token=rst_revoked"]).status == .seeOther)
        }
    }

    @Test func publicReadsNeedNoToken() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let stats = try await client.execute(uri: "/api/v1/stats", method: .get)
            #expect(stats.status == .ok)
            #expect(try await client.execute(uri: "/api/v1/sessions", method: .get).status == .ok)
        }
    }
}
