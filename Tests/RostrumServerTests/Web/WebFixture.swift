import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore

/// A server over a temporary store holding several bundled samples and one hostile document,
/// with a write token, for the web page tests.
struct WebFixture {
    static let samples = [
        "eef-2017/2017-09-06-russia-china-trade-new-targets.txt",
        "eef-2016/2016-09-02-russia-china-cooperation-far-east.txt",
        "eef-2019/2019-09-04-russia-china-trade-energy.md",
        "eef-2017/2017-09-06-northern-sea-route-logistics.html",
        "eef-2018/2018-09-12-torgovlya-rossiya-kitay.txt",
    ]

    /// A document whose title and quote carry markup that must show as text.
    static let hostile = """
        Event: Test Forum <b>2020</b>
        Date: 2020-05-05
        Source: javascript:alert(3)
        Title: Trade <script>alert(1)</script> session

        Trade <script>alert(1)</script> session

        Markup in quotes

        “We will raise trade turnover to $20 billion <script>alert(1)</script> by 2025, and nothing will stop us,” Ivan Testov, Director, Hostile <img src=x onerror=alert(2)> Holdings.
        """

    let dependencies: ServerDependencies
    let token: String
    let hostileSessionID: Int64
    let sampleSessionIDs: [Int64]

    static func make() async throws -> WebFixture {
        let store = try temporaryStore()
        let dependencies = ServerDependencies(store: store)
        let ingestor = DocumentIngestor(store: store, pipeline: dependencies.pipeline, maxBytes: dependencies.configuration.maxBodyBytes)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
        var ids: [Int64] = []
        for sample in samples {
            let url = root.appendingPathComponent(sample)
            let bytes = Array(try Data(contentsOf: url))
            ids.append(try await ingestor.ingest(bytes, name: url.lastPathComponent, format: nil).outcome.sessionID)
        }
        let hostile = try await ingestor.ingest(Array(Self.hostile.utf8), name: "hostile.txt", format: nil)
        let token = TokenSecret.generate()
        _ = try await store.createToken(name: "web-tests", secretHash: TokenSecret.hash(token))
        return WebFixture(dependencies: dependencies, token: token, hostileSessionID: hostile.outcome.sessionID, sampleSessionIDs: ids)
    }

    /// Runs `body` against the server's router.
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: try await buildRouter(dependencies))
        return try await app.test(.router, body)
    }
}

extension TestClientProtocol {
    /// GET `uri`: the status, the body as text and the headers.
    func page(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        try await execute(uri: uri, method: .get, headers: headers, body: nil) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }
}
