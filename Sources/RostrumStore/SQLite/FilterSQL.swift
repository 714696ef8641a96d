import GRDB
import RostrumText

/// Pieces of SQL text shared by the queries: placeholder lists and LIKE escaping.
///
/// Only fixed SQL text is written here; every value the user gave is a bound argument.
enum FilterSQL {
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
