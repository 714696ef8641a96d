import RostrumExtraction
import RostrumModel

/// One expected figure: every field is asserted; `subject` only when given.
struct Expect: Sendable, CustomStringConvertible {
    var value: Double
    var unit: String?
    var kind: FigureKind
    var qualifier: FigureQualifier? = nil
    var year: Int? = nil
    var max: Double? = nil
    var subject: String?? = .none

    var description: String { "\(value) \(unit ?? "nil") \(kind) \(qualifier?.rawValue ?? "-") \(year.map(String.init) ?? "-")" }

    func matches(_ f: Figure) -> Bool {
        f.value == value && f.unit == unit && f.kind == kind && f.qualifier == qualifier && f.year == year
            && f.valueMax == max && (subject.map { $0 == f.subject } ?? true)
    }
}

/// A sentence and the figures it holds, in order.
struct FigureCase: Sendable, CustomStringConvertible {
    var text: String
    var language: Language
    var expected: [Expect]
    var description: String { text }

    init(_ text: String, _ language: Language = .en, _ expected: Expect...) {
        self.text = text
        self.language = language
        self.expected = expected
    }
}

func e(_ v: Double, _ unit: String?, _ kind: FigureKind, _ q: FigureQualifier? = nil, year: Int? = nil,
       max: Double? = nil, subject: String?? = .none) -> Expect {
    Expect(value: v, unit: unit, kind: kind, qualifier: q, year: year, max: max, subject: subject)
}
