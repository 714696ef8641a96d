import RostrumAnalytics
import RostrumModel

/// An observation of `surface` inside `quote` (the offset is found in the text), said at a session on `date`.
func observation(_ id: Int64, quote: String, surface: String, value: Double, unit: String?, kind: FigureKind, year: Int?,
                 qualifier: FigureQualifier? = nil, valueMax: Double? = nil, date: String, speaker: String = "Wang Jianguo",
                 heading: String? = nil, countries: [String] = []) -> Observation {
    let offset = quote.range(of: surface).map { quote.utf16.distance(from: quote.utf16.startIndex, to: $0.lowerBound.samePosition(in: quote.utf16) ?? quote.utf16.startIndex) }
    let figure = Figure(surface: surface, value: value, valueMax: valueMax, unit: unit, kind: kind, qualifier: qualifier, year: year, offset: offset)
    return Observation(figureID: id, figure: figure, year: year ?? Int(date.prefix(4)), quoteID: id, quoteText: quote, heading: heading,
                       speaker: Speaker(name: speaker), personID: nil, countries: countries, sessionID: id, sessionTitle: "Session \(id)", event: "Eastern Economic Forum",
                       date: date)
}

func bundledMatcher() throws -> IndicatorMatcher {
    IndicatorMatcher(lexicon: try IndicatorLexicon.bundled())
}
