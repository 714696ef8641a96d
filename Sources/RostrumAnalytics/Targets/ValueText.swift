import Foundation

/// Short readable numbers for explanations: "$100 billion", "55%", "95 million tonne".
enum ValueText {
    static func format(_ value: Double, unit: String?) -> String {
        let scaled: String
        let magnitude = abs(value)
        func number(_ x: Double) -> String {
            // To one decimal, without one when it is zero; in tenths for numbers an Int holds.
            guard x.isFinite, abs(x) < 1e15 else {
                let rounded = (x * 10).rounded() / 10
                return rounded == rounded.rounded() ? String(format: "%.0f", rounded) : String(format: "%.1f", rounded)
            }
            let tenths = Int((x * 10).rounded())
            let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
            if fraction == 0 { return String(tenths / 10) }
            return (tenths < 0 ? "-" : "") + String(whole) + "." + String(fraction)
        }
        switch magnitude {
        case 1e12...: scaled = number(value / 1e12) + " trillion"
        case 1e9...: scaled = number(value / 1e9) + " billion"
        case 1e6...: scaled = number(value / 1e6) + " million"
        default: scaled = number(value)
        }
        switch unit {
        case "USD": return "$" + scaled
        case "percent": return scaled + "%"
        case nil: return scaled
        case let unit?: return scaled + " " + unit
        }
    }
}
