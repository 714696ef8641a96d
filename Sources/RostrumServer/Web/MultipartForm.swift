import Hummingbird
import MultipartKit

/// The fields and files of a `multipart/form-data` body (the upload form), parsed with MultipartKit.
struct MultipartForm: Sendable {
    /// One form field or file.
    struct Part: Sendable {
        var name: String?
        var filename: String?
        var contentType: String?
        var bytes: [UInt8]

        /// The part as UTF-8 text (form fields).
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    var parts: [Part]

    /// The text of the first field called `name`, nil when there is none.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }?.text
    }

    /// The parts called `name` that carry a file with content.
    func files(_ name: String) -> [Part] {
        parts.filter { $0.name == name && $0.filename != nil && !$0.bytes.isEmpty }
    }

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        return parameters(pieces.dropFirst())["boundary"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Parses `body`.
    /// - Throws: `Problem` (400) when the body is not well-formed multipart data.
    init(body: ByteBuffer, boundary: String) throws {
        final class Collector {
            var parts: [Part] = []
            var headers: [(String, String)] = []
            var bytes: [UInt8] = []
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { buffer in collector.bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            var part = Part(name: nil, filename: nil, contentType: nil, bytes: collector.bytes)
            for (name, value) in collector.headers {
                switch name.lowercased() {
                case "content-disposition":
                    let params = Self.parameters(value.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) })
                    part.name = params["name"]
                    part.filename = params["filename"]
                case "content-type":
                    part.contentType = value
                default:
                    break
                }
            }
            collector.parts.append(part)
            collector.headers = []
            collector.bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem(.badRequest, title: "Unreadable form", detail: "the form data could not be read (\(error)); send it again from the upload page")
        }
        parts = collector.parts
    }

    /// `key=value` and `key="quoted value"` parameters by lower-cased key.
    private static func parameters(_ pieces: some Sequence<String>) -> [String: String] {
        var out: [String: String] = [:]
        for piece in pieces {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            out[key] = value
        }
        return out
    }
}
