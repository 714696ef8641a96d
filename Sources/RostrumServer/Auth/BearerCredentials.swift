import Foundation
public import Hummingbird

/// The API token a request presents: from `Authorization: Bearer TOKEN`, or from the
/// `rostrum_token` cookie the web login sets.
public enum BearerCredentials {
    /// The cookie the web login form sets.
    public static let cookieName = "rostrum_token"

    /// What the Authorization header holds.
    public enum Header: Sendable, Equatable {
        case missing
        /// Present but not `Bearer` and one token of RFC 6750 characters.
        case malformed
        case token(String)
    }

    /// Reads the Authorization header of `request`.
    public static func header(of request: Request) -> Header {
        guard let value = request.headers[.authorization] else { return .missing }
        let parts = value.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer", isToken(parts[1]) else { return .malformed }
        return .token(String(parts[1]))
    }

    /// The value of the `rostrum_token` cookie of `request`, when it has a well-formed one.
    public static func cookie(of request: Request) -> String? {
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == cookieName else { continue }
                var value = Substring(parts[1].trimmingCharacters(in: .whitespaces))
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
                if isToken(value) { return String(value) }
            }
        }
        return nil
    }

    /// RFC 6750 b64token: letters, digits and `-._~+/`, then optional `=` padding.
    static func isToken(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 512 else { return false }
        var padding = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "="): padding = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "+"), UInt8(ascii: "/"):
                if padding { return false }
            default: return false
            }
        }
        return text.first != "="
    }
}
