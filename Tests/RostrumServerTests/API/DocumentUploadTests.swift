import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumServer
import RostrumStore
import Testing

/// `POST /api/v1/documents`: single documents, idempotency, options, multipart and refusals.
@Suite("API: document upload")
struct DocumentUploadTests {
    @Test func sameContentTwiceIsCreatedThenUnchanged() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let body = try sampleBytes(sampleFiles[0].path)
            let first = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"), body: body)
            #expect(first.status == .created)
            let created = jsonObject(first.body)
            let id = try #require(created["id"] as? Int)
            #expect(first.headers[.location] == "/api/v1/sessions/\(id)")
            #expect(created["outcome"] as? String == "inserted")
            #expect(created["event"] as? String == "Eastern Economic Forum 2016")
            #expect(created["date"] as? String == "2016-09-02")
            #expect((created["quotes"] as? Int ?? 0) >= 5)
            #expect((created["content_hash"] as? String)?.count == 64)

            let second = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"), body: body)
            #expect(second.status == .ok)
            let again = jsonObject(second.body)
            #expect(again["id"] as? Int == id)
            #expect(again["outcome"] as? String == "unchanged")
            #expect(again["content_hash"] as? String == created["content_hash"] as? String)
        }
    }

    @Test func queryOptionsOverrideTheDocument() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let text = """
                Grain Corridors to Asia

                “Our grain exports to China grew by 40% last year, and we expect another 15% this year,” Olga Reznik, Deputy Minister of Agriculture of the Russian Federation.
                """
            let response = try await client.execute(
                uri: "/api/v1/documents?event=Test+Forum+2018&date=2018-09-11&lang=en&source=https%3A%2F%2Fexample.org%2Fgrain",
                method: .post, headers: server.auth("text/plain"), body: ByteBuffer(string: text))
            #expect(response.status == .created)
            let session = jsonObject(response.body)
            #expect(session["event"] as? String == "Test Forum 2018")
            #expect(session["date"] as? String == "2018-09-11")
            #expect(session["language"] as? String == "en")
            #expect(session["source"] as? String == "https://example.org/grain")
        }
    }

    @Test func badParametersNameTheProblem() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            for (query, parameter, hint) in [("date=2018-02-30", "date", "YYYY-MM-DD"), ("date=12.09.2018", "date", "YYYY-MM-DD"),
                                             ("lang=fr", "lang", "en, ru, zh")] {
                let response = try await client.execute(uri: "/api/v1/documents?\(query)", method: .post, headers: server.auth("text/plain"),
                                                        body: ByteBuffer(string: "“Trade grew,” Ivan Petrov, CEO, Acme."))
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let detail = jsonObject(response.body)["detail"] as? String ?? ""
                #expect(detail.contains("'\(parameter)'") && detail.contains(hint), "\(detail)")
            }
        }
    }

    @Test func unsupportedTypeIs415() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("application/pdf"),
                                                    body: ByteBuffer(string: "%PDF-1.7"))
            #expect(response.status == .unsupportedMediaType)
            let problem = jsonObject(response.body)
            #expect(problem["status"] as? Int == 415)
            #expect((problem["detail"] as? String)?.contains("application/pdf") == true)
        }
    }

    @Test func unreadableDocumentIs422() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("application/json"),
                                                    body: ByteBuffer(string: "{\"not\": \"a document\""))
            #expect(response.status == .unprocessableContent)
        }
    }

    @Test func multipartWithOneGoodAndOneBadFile() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let boundary = "rostrum-test-boundary"
            var body = ByteBuffer()
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"korea.md\"\r\nContent-Type: text/markdown\r\n\r\n")
            var sample = try sampleBytes(sampleFiles[2].path)
            body.writeBuffer(&sample)
            body.writeString("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 binary\r\n")
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"broken.json\"\r\nContent-Type: application/json\r\n\r\n{\"oops\"\r\n")
            body.writeString("--\(boundary)--\r\n")
            let response = try await client.execute(uri: "/api/v1/documents", method: .post,
                                                    headers: server.auth("multipart/form-data; boundary=\(boundary)"), body: body)
            #expect(response.status == .ok)
            let results = jsonObject(response.body)
            #expect(results["created"] as? Int == 1)
            #expect(results["failed"] as? Int == 2)
            let items = array(results, "results")
            try #require(items.count == 3)
            #expect(items[0]["filename"] as? String == "korea.md")
            #expect(items[0]["status"] as? Int == 201)
            #expect((items[0]["session"] as? [String: Any])?["event"] as? String == "Eastern Economic Forum 2017")
            #expect(items[1]["filename"] as? String == "scan.pdf")
            #expect(items[1]["status"] as? Int == 415)
            #expect(((items[1]["problem"] as? [String: Any])?["detail"] as? String)?.hasPrefix("scan.pdf:") == true)
            #expect(items[2]["status"] as? Int == 422)

            // The good file is stored.
            let sessions = jsonObject(try await client.execute(uri: "/api/v1/sessions", method: .get).body)
            #expect(sessions["total"] as? Int == 1)

            // The same upload again: the good file is unchanged.
            let again = jsonObject(try await client.execute(uri: "/api/v1/documents", method: .post,
                                                            headers: server.auth("multipart/form-data; boundary=\(boundary)"), body: body).body)
            #expect(again["unchanged"] as? Int == 1)
            #expect(array(again, "results").first?["status"] as? Int == 200)
        }
    }

    @Test func multipartWithoutBoundaryIs400() async throws {
        let server = try await APITestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("multipart/form-data"),
                                                    body: ByteBuffer(string: "x"))
            #expect(response.status == .badRequest)
            #expect((jsonObject(response.body)["detail"] as? String)?.contains("boundary") == true)
        }
    }

    @Test func bodyOverTheLimitWithContentLengthIs413() async throws {
        let server = try await APITestServer(configuration: ServerConfiguration(maxBodyBytes: 2000))
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"),
                                                    body: ByteBuffer(string: String(repeating: "Trade grew. ", count: 400)))
            #expect(response.status == .contentTooLarge)
            #expect((jsonObject(response.body)["detail"] as? String)?.contains("2000 bytes") == true)
        }
    }

    @Test func bodyOverTheLimitWithoutContentLengthIs413() async throws {
        let server = try await APITestServer(configuration: ServerConfiguration(maxBodyBytes: 2000))
        // The router test client always declares the length; this responder removes it, as a chunked upload would.
        let responder = WithoutContentLength(inner: try await server.router().buildResponder())
        try await Application(responder: responder).test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"),
                                                    body: ByteBuffer(string: String(repeating: "Trade grew. ", count: 400)))
            #expect(response.status == .contentTooLarge)
            #expect((jsonObject(response.body)["detail"] as? String)?.contains("larger than the 2000 bytes") == true)
            // Small bodies without a length still go through.
            let small = try await client.execute(uri: "/api/v1/documents", method: .post, headers: server.auth("text/plain"),
                                                 body: ByteBuffer(string: "“Trade grew by 5% this year,” Ivan Petrov, CEO, Acme."))
            #expect(small.status == .created)
        }
    }
}

/// Passes requests on without their Content-Length header.
struct WithoutContentLength<Inner: HTTPResponder>: HTTPResponder where Inner.Context == AppRequestContext {
    let inner: Inner

    func respond(to request: Request, context: AppRequestContext) async throws -> Response {
        var head = request.head
        head.headerFields[.contentLength] = nil
        return try await inner.respond(to: Request(head: head, body: request.body), context: context)
    }
}
