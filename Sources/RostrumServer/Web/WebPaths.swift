import Foundation

/// The addresses of the web pages, with query values percent-encoded, so templates never build URLs.
public enum WebPaths {
    /// The characters a query value may keep as they are.
    private static let queryValueAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// `value` percent-encoded for a query string or a path segment.
    public static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: queryValueAllowed) ?? ""
    }

    /// `path` with the non-empty `items` as its query string.
    public static func with(_ path: String, _ items: [(String, String?)]) -> String {
        let pairs = items.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(name)=\(encode(value))"
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    public static func session(_ id: Int64) -> String { "/sessions/\(id)" }
    public static func speaker(_ id: Int64) -> String { "/speakers/\(id)" }
    /// The page of the person called `name`, found when the link is followed.
    public static func speaker(named name: String) -> String { with("/speaker", [("name", name)]) }
    public static func organization(_ id: Int64) -> String { "/organizations/\(id)" }
    public static func topic(_ topic: String) -> String { "/topics/" + encode(topic) }
    public static func search(_ query: String) -> String { with("/search", [("q", query)]) }
}
