import Foundation
import HummingbirdCore
import Hummingbird

/// The query values of a page address as an HTML form sends them: `+` is a space, then
/// percent-escapes are decoded (Hummingbird's query parameters keep `+`).
struct FormQuery: Sendable {
    private var values: [String: String] = [:]

    /// The values of `uri`'s query; the first of repeated names wins.
    init(_ uri: URI) {
        guard let query = uri.query else { return }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first else { continue }
            let name = Self.decode(rawName)
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// The value of `name`, nil when the query does not have it.
    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
