import Foundation

/// Numbers for people: 1100000000 → "1.1 billion", 55 → "55", 0.25 → "0.25".
enum FigureValue {
    /// `value` in words for large magnitudes, with at most three significant decimals otherwise.
    static func text(_ value: Double) -> String {
        let magnitude = abs(value)
        let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        for (scale, word) in scales where magnitude >= scale {
            return plain(value / scale) + " " + word
        }
        return plain(value)
    }

    /// A short axis label: 1.1e9 → "1.1B", 25000 → "25k".
    static func short(_ value: Double) -> String {
        let magnitude = abs(value)
        let scales: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        for (scale, suffix) in scales where magnitude >= scale {
            return plain(value / scale) + suffix
        }
        return plain(value)
    }

    /// A unit for a heading or an axis: "%" for percent, "number" when there is none.
    static func unitName(_ unit: String?) -> String {
        guard let unit else { return "number" }
        return unit == "percent" ? "%" : unit
    }

    /// A unit after a value: "%" for percent, " USD" otherwise, nothing when there is none.
    static func unitSuffix(_ unit: String?) -> String {
        guard let unit else { return "" }
        return unit == "percent" ? "%" : " " + unit
    }

    private static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
