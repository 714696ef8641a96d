/// A shape a generated session contains: attribution styles 1–7 of docs/FORMATS.md and the other
/// structures and figure forms, so tests can check that a corpus covers the whole specification.
public enum GenerationFeature: String, Sendable, CaseIterable, Hashable, Codable {
    /// Style 1: “…,” Name, Role.
    case quoteNameRole
    /// Style 2: repeat by name only.
    case repeatByName
    /// Style 3 with quote marks: “…” — Name, Role.
    case dashWithMarks
    /// Style 3 without quote marks: text — Name, Role.
    case dashWithoutMarks
    /// Style 4: «…», — Имя, должность.
    case russianDash
    /// Style 5: said-verb.
    case saidVerb
    /// Style 6: indirect speech.
    case indirect
    /// Style 7: a quote spanning paragraphs.
    case multiParagraph
    case elision, editorialInsert, multipleRoles, ofSplitRole, boardPosition, leadingArticle
    case groupLabel, narrative, moderator, boilerplate, repeatedTitle, metadataHeader, hardWrap
    case figureMoney, figurePercent, figureChange, figureDecline, figureShare, figureFraction, figureTarget
    case figureDuration, figureCount, figureMeasure, figureRange, figureQualifier, figureRelativeYear
    case figureCarriedUnit, figureNumberWord, figureTimes
}
