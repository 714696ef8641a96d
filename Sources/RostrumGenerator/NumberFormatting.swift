import RostrumModel

/// Writes numbers the way English and Russian summaries do: "1,200" / "1 200", "1.5" / "1,5".
enum NumberFormatting {
    /// `mantissa / 10^decimals` written out; trailing zero decimals are dropped.
    static func format(mantissa: Int, decimals: Int, language: Language, separateThousands: Bool = true) -> String {
        var m = mantissa
        var d = decimals
        while d > 0, m % 10 == 0 {
            m /= 10
            d -= 1
        }
        var divisor = 1
        for _ in 0..<d { divisor *= 10 }
        let integer = m / divisor
        let fraction = m % divisor
        var out = separateThousands ? grouped(integer, language: language) : String(integer)
        if d > 0 {
            out += language == .ru ? "," : "."
            let f = String(fraction)
            out += String(repeating: "0", count: d - f.count) + f
        }
        return out
    }

    /// Integer with thousands separators: "," in English, a space in Russian (from 10 000 up;
    /// four-digit numbers are written both ways in the wild, we use the separator).
    static func grouped(_ n: Int, language: Language) -> String {
        let digits = String(n)
        guard digits.count > 3 else { return digits }
        let sep = language == .ru ? " " : ","
        var out = ""
        let chars = Array(digits)
        for (i, c) in chars.enumerated() {
            if i > 0, (chars.count - i) % 3 == 0 { out += sep }
            out.append(c)
        }
        return out
    }

    /// The normalised value: `mantissa / 10^decimals × scale`, rounded to two decimals.
    static func value(mantissa: Int, decimals: Int, scale: Double) -> Double {
        var divisor = 1.0
        for _ in 0..<decimals { divisor *= 10 }
        return round2(Double(mantissa) * scale / divisor)
    }

    static func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
