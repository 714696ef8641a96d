import Foundation
public import Hummingbird
public import RostrumModel

/// The query parameters of an API request, read with the rules of HTML forms (`+` is a space,
/// `%XX` escapes), with typed accessors that refuse bad values with a 400 naming the parameter,
/// the value and what to write instead.
public struct APIQuery: Sendable {
    /// Parameter values by name, in request order; a repeated name keeps every value.
    public let values: [String: [String]]

    /// The parameters of `request`.
    public init(_ request: Request) {
        self.init(rawQuery: request.uri.query ?? "")
    }

    /// The parameters of a raw query string (`a=1&b=two+words`).
    public init(rawQuery: String) {
        var values: [String: [String]] = [:]
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
        self.values = values
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of `name`, trimmed; nil when absent or blank.
    public func string(_ name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A 400 problem about parameter `name`.
    public static func bad(_ name: String, _ reason: String) -> Problem {
        Problem(.badRequest, title: "Bad parameter", detail: "query parameter '\(name)': \(reason)")
    }

    /// A whole number in `range`, or `defaultValue` when absent.
    public func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(Problem) -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw Self.bad(name, "expected a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return value
    }

    /// A whole number in `range`, or nil when absent.
    public func optionalInteger(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard string(name) != nil else { return nil }
        return try integer(name, default: 0, in: range)
    }

    /// An id (a positive whole number), or nil when absent.
    public func id(_ name: String) throws(Problem) -> Int64? {
        guard let text = string(name) else { return nil }
        guard let value = Int64(text), value > 0 else { throw Self.bad(name, "expected a numeric id such as 12, got '\(text)'") }
        return value
    }

    /// Page size and start: `limit` (1…`maxLimit`, default `defaultLimit`) and `offset` (≥ 0, default 0).
    public func page(defaultLimit: Int = 20, maxLimit: Int = 100) throws(Problem) -> (limit: Int, offset: Int) {
        (try integer("limit", default: defaultLimit, in: 1...maxLimit), try integer("offset", default: 0, in: 0...1_000_000))
    }

    /// A real calendar date written `YYYY-MM-DD`, or nil when absent.
    public func date(_ name: String) throws(Problem) -> String? {
        guard let text = string(name) else { return nil }
        guard Self.isCalendarDate(text) else { throw Self.bad(name, "expected a date written YYYY-MM-DD such as 2018-09-12, got '\(text)'") }
        return text
    }

    /// Whether `text` is `YYYY-MM-DD` naming a day that exists.
    public static func isCalendarDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1, (1...12).contains(month), day >= 1 else {
            return false
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// A document language code (en, ru, zh), or nil when absent.
    public func language(_ name: String) throws(Problem) -> Language? {
        guard let text = string(name) else { return nil }
        guard let language = Language(rawValue: text.lowercased()), language != .unknown else {
            throw Self.bad(name, "expected one of en, ru, zh, got '\(text)'")
        }
        return language
    }

    /// One of the raw values of `T`, or `defaultValue` when absent.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: T) throws(Problem) -> T where T.RawValue == String {
        guard let value = try optionalChoice(name, as: T.self) else { return defaultValue }
        return value
    }

    /// One of the raw values of `T`, or nil when absent.
    public func optionalChoice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(Problem) -> T? where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text.lowercased()) else {
            throw Self.bad(name, "expected one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return value
    }

    /// `true`/`false` (also 1/0, yes/no), or `defaultValue` when absent.
    public func bool(_ name: String, default defaultValue: Bool) throws(Problem) -> Bool {
        guard let text = string(name)?.lowercased() else { return defaultValue }
        switch text {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw Self.bad(name, "expected true or false, got '\(text)'")
        }
    }

    /// A year (`2018`) or an inclusive range of years (`2016..2020`), or nil when absent.
    public func years(_ name: String) throws(Problem) -> ClosedRange<Int>? {
        guard let text = string(name) else { return nil }
        let parts = text.components(separatedBy: "..")
        let numbers = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count), numbers.allSatisfy({ (1000...9999).contains($0) }),
              let first = numbers.first, let last = numbers.last, first <= last else {
            throw Self.bad(name, "expected a year such as 2018 or a range such as 2016..2020, got '\(text)'")
        }
        return first...last
    }
}
