import Foundation
import MultipartKit

/// The files of a `multipart/form-data` body: each part's bytes with the file name and content
/// type its headers give.
public struct MultipartUpload: Sendable {
    /// One part of the body.
    public struct Part: Sendable {
        /// The part's `filename`, else its field `name`, else "part N".
        public var filename: String
        /// The part's `Content-Type`, empty when it has none.
        public var contentType: String
        public var bytes: [UInt8]
    }

    public var parts: [Part]

    /// The `boundary` parameter of a multipart content type, nil when there is none.
    public static func boundary(ofContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Splits `body` into its parts.
    /// - Throws: `Problem` 400 when the body is not well-formed multipart with that boundary.
    public init(body: [UInt8], boundary: String) throws(Problem) {
        final class Collector {
            var parts: [Part] = []
            var headers: [(String, String)] = []
            var bytes: [UInt8] = []
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { buffer in
            if let chunk = buffer.readBytes(length: buffer.readableBytes) { collector.bytes += chunk }
        }
        parser.onPartComplete = {
            let index = collector.parts.count + 1
            var filename: String?
            var field: String?
            var contentType = ""
            for (name, value) in collector.headers {
                switch name.lowercased() {
                case "content-disposition":
                    filename = Self.dispositionParameter("filename", in: value)
                    field = Self.dispositionParameter("name", in: value)
                case "content-type":
                    contentType = value
                default: break
                }
            }
            let name = [filename, field].compactMap { $0 }.first { !$0.isEmpty } ?? "part \(index)"
            collector.parts.append(Part(filename: name, contentType: contentType, bytes: collector.bytes))
            collector.headers = []
            collector.bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem(.badRequest, title: "Bad multipart body",
                          detail: "the multipart/form-data body could not be read with boundary '\(boundary)'; send each file as a part with Content-Disposition and Content-Type headers")
        }
        parts = collector.parts
    }

    /// A parameter of a Content-Disposition value (`form-data; name="files"; filename="a.txt"`).
    static func dispositionParameter(_ name: String, in value: String) -> String? {
        var extended: String?
        var plain: String?
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if key == name + "*" {
                // RFC 5987: UTF-8''percent-encoded
                if let quote = text.range(of: "''") { text = String(text[quote.upperBound...]) }
                extended = text.removingPercentEncoding ?? text
            } else if key == name {
                if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
                plain = text.replacingOccurrences(of: "\\\"", with: "\"")
            }
        }
        return extended ?? plain
    }
}
