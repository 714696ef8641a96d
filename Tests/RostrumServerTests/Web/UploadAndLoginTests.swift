import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import RostrumServer
import RostrumStore

@Suite("Upload and sign-in pages")
struct UploadAndLoginTests {
    static let document = """
        Event: Northern Ports Forum 2021
        Date: 2021-06-02
        Title: Icebreakers and the Winter Season

        Icebreakers and the Winter Season

        Fleet renewal

        “We will add four new icebreakers by 2024, and winter traffic will grow by 30%,” Olga Frostova, Director, Arctic Fleet Agency.
        """

    /// A multipart body with a token field and one file.
    static func multipart(token: String, file: String, filename: String = "ports.txt") -> (ByteBuffer, HTTPFields) {
        let boundary = "----RostrumTestBoundary7MA4YWxk"
        var body = ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n\(token)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(filename)\"\r\nContent-Type: text/plain\r\n\r\n\(file)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n"
        body += "--\(boundary)--\r\n"
        return (ByteBuffer(string: body), [.contentType: "multipart/form-data; boundary=\(boundary)"])
    }

    @Test func aWrongTokenIsRefusedWith403AndNothingIsStored() async throws {
        let fixture = try await WebFixture.make()
        let before = try await fixture.dependencies.store.stats().sessions
        let (body, headers) = Self.multipart(token: "rst_not-a-real-token", file: Self.document)
        try await fixture.test { client in
            try await client.execute(uri: "/upload", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .forbidden)
                let page = String(buffer: response.body)
                #expect(page.contains("This token is not valid"))
                #expect(page.contains("enctype=\"multipart/form-data\""))
            }
        }
        #expect(try await fixture.dependencies.store.stats().sessions == before)
    }

    @Test func theRightTokenStoresTheDocumentAndLinksToIt() async throws {
        let fixture = try await WebFixture.make()
        let before = try await fixture.dependencies.store.stats().sessions
        let (body, headers) = Self.multipart(token: fixture.token, file: Self.document)
        let link = try await fixture.test { client in
            try await client.execute(uri: "/upload", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("ports.txt</strong>: stored"))
                #expect(page.contains("Icebreakers and the Winter Season"))
                return page.firstMatch(of: /href="\/sessions\/(\d+)"/).map { Int64($0.1) } ?? nil
            }
        }
        #expect(try await fixture.dependencies.store.stats().sessions == before + 1)
        let id = try #require(link)
        let stored = try #require(try await fixture.dependencies.store.session(id: id))
        #expect(stored.document.title == "Icebreakers and the Winter Season")
        #expect(stored.document.allQuotes.first?.speaker?.name == "Olga Frostova")
    }

    @Test func uploadWithoutMultipartIsExplained() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            try await client.execute(uri: "/upload", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "hello")) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(String(buffer: response.body).contains("multipart/form-data"))
            }
        }
    }

    @Test func signInSetsAStrictHttpOnlyCookie() async throws {
        let fixture = try await WebFixture.make()
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await fixture.test { client in
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=rst_wrong&next=%2Fsearch")) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.setCookie] == nil)
                #expect(String(buffer: response.body).contains("This token is not valid"))
            }
            let encoded = fixture.token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            try await client.execute(uri: "/login", method: .post, headers: form,
                                     body: ByteBuffer(string: "token=\(encoded)&next=%2Fsearch")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/search")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("rostrum_token=\(fixture.token)"))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
            }
            // Only local paths are followed after signing in.
            try await client.execute(uri: "/login", method: .post, headers: form,
                                     body: ByteBuffer(string: "token=\(encoded)&next=https%3A%2F%2Fevil.example")) { response in
                #expect(response.headers[.location] == "/")
            }
            // The upload form uses the cookie when the token field is empty.
            let (body, headers) = Self.multipart(token: "", file: Self.document)
            var withCookie = headers
            withCookie[.cookie] = "rostrum_token=\(fixture.token)"
            try await client.execute(uri: "/upload", method: .post, headers: withCookie, body: body) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("stored"))
            }
        }
    }
}
