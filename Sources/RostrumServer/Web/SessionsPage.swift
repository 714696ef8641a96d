import RostrumModel
import RostrumStore

/// `/sessions?event=&year=&lang=&page=`: every stored session, newest first, with filters.
struct SessionsPage: Sendable {
    static let perPage = 25

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct View: Sendable {
        var pageTitle = "Sessions"
        var eventFilter: String
        var yearFilter: String
        var languages: [Option]
        var total: Int
        var sessions: [SessionRow]
        var empty: Bool
        var filtered: Bool
        var pager: Pager
    }

    let store: any Store

    /// The listing for the request's filter values; values that are not a year or a language are ignored.
    func view(event: String?, year: String?, language: String?, page: String?) async throws -> View {
        let event = (event ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let yearText = (year ?? "").trimmingCharacters(in: .whitespaces)
        let year = Int(yearText).flatMap { (1000...9999).contains($0) ? $0 : nil }
        let language = language.flatMap(Language.init(rawValue:))
        let filter = SessionFilter(event: event.isEmpty ? nil : event, year: year, language: language)
        let page = Pager.page(page)
        let total = try await store.sessionCount(filter: filter)
        let sessions = try await store.sessions(filter: filter, limit: Self.perPage, offset: (page - 1) * Self.perPage)
        let languages = [Option(value: "", label: "any language", selected: language == nil)]
            + [Language.en, .ru, .zh].map { Option(value: $0.rawValue, label: LanguageName.of($0.rawValue), selected: $0 == language) }
        let pager = Pager(total: total, page: page, perPage: Self.perPage) {
            WebPaths.with("/sessions", [("event", event), ("year", year.map(String.init)), ("lang", language?.rawValue),
                                        ("page", $0 > 1 ? String($0) : nil)])
        }
        return View(eventFilter: event, yearFilter: year.map(String.init) ?? "", languages: languages, total: total,
                    sessions: sessions.map(SessionRow.init), empty: sessions.isEmpty,
                    filtered: !filter.isEmptyFilter, pager: pager)
    }
}

extension SessionFilter {
    /// Whether the filter lets every session through.
    var isEmptyFilter: Bool { event == nil && year == nil && language == nil && source == nil }
}
