import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import RostrumServer
import RostrumStore
import RostrumTestSupport

/// A fresh empty SQLite store in a temporary folder.
func temporaryStore() throws -> SQLiteStore {
    let dir = try TestScratch.directory("rostrum-server")
    return try SQLiteStore(path: dir.appendingPathComponent("test.sqlite").path)
}

@Suite("Server basics")
struct ServerBasicsTests {
    @Test func healthAndProblems() async throws {
        let router = try await buildRouter(ServerDependencies(store: try temporaryStore()))
        let app = Application(router: router)
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
            try await client.execute(uri: "/api/v1/no-such-route", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let body = String(buffer: response.body)
                #expect(body.contains("\"status\":404"))
            }
            try await client.execute(uri: "/no-such-page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
        }
    }

    @Test func declaredBodiesOverTheLimitAreRefused() async throws {
        let configuration = ServerConfiguration(maxBodyBytes: 1000)
        let router = try await buildRouter(ServerDependencies(store: try temporaryStore(), configuration: configuration))
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/api/v1/documents", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(string: String(repeating: "x", count: 5000))) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("at most 1000 bytes"))
            }
        }
    }
}
