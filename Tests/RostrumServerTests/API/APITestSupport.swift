import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore
import Testing

/// A server over a fresh store, with one active API token.
struct APITestServer: Sendable {
    let dependencies: ServerDependencies
    /// The secret of an active token named "tests".
    let token: String

    init(configuration: ServerConfiguration = ServerConfiguration()) async throws {
        let store = try temporaryStore()
        let secret = TokenSecret.generate()
        _ = try await store.createToken(name: "tests", secretHash: TokenSecret.hash(secret))
        dependencies = ServerDependencies(store: store, configuration: configuration)
        token = secret
    }

    /// Headers with the token and `contentType`.
    func auth(_ contentType: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)"]
        if let contentType { fields[.contentType] = contentType }
        return fields
    }

    /// A router over the server's dependencies.
    func router() async throws -> Router<AppRequestContext> {
        try await buildRouter(dependencies)
    }

    /// Runs `body` against a router over the server's dependencies.
    func test<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: try await router()).test(.router, body)
    }
}

/// The repository's samples folder.
let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

/// Four bundled samples: English text, HTML and Markdown, and a Russian text.
let sampleFiles: [(path: String, contentType: String)] = [
    ("eef-2016/2016-09-02-russia-china-cooperation-far-east.txt", "text/plain"),
    ("eef-2017/2017-09-06-northern-sea-route-logistics.html", "text/html; charset=utf-8"),
    ("eef-2017/2017-09-07-korea-russia-nine-bridges.md", "text/markdown"),
    ("eef-2018/2018-09-12-torgovlya-rossiya-kitay.txt", "text/plain; charset=utf-8"),
]

/// The bytes of sample `path`.
func sampleBytes(_ path: String) throws -> ByteBuffer {
    ByteBuffer(bytes: try Data(contentsOf: samplesFolder.appendingPathComponent(path)))
}

/// A response body as a JSON object (empty when it is not one).
func jsonObject(_ buffer: ByteBuffer) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8))) as? [String: Any] ?? [:]
}

/// Ingests the four samples through `POST /api/v1/documents`; returns their session ids in order.
func ingestSamples(_ server: APITestServer, _ client: any TestClientProtocol) async throws -> [Int] {
    var ids: [Int] = []
    for sample in sampleFiles {
        let id = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth(sample.contentType),
                                          body: try sampleBytes(sample.path)) { response in
            #expect(response.status == .created, "\(sample.path): \(String(buffer: response.body))")
            return jsonObject(response.body)["id"] as? Int ?? 0
        }
        ids.append(id)
    }
    return ids
}

/// The array at `key`.
func array(_ object: [String: Any], _ key: String) -> [[String: Any]] {
    object[key] as? [[String: Any]] ?? []
}
