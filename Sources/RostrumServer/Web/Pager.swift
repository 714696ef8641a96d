/// Page navigation under a list: "41–60 of 532" with previous and next links.
struct Pager: Sendable {
    var summary: String
    var previous: String?
    var next: String?
    /// Whether there is more than one page (templates hide the links otherwise).
    var hasPages: Bool

    /// The pager of `page` (1-based) of `total` items, `perPage` a page; `link` gives a page's address.
    init(total: Int, page: Int, perPage: Int, link: (Int) -> String) {
        let first = (page - 1) * perPage + 1
        let last = min(total, page * perPage)
        summary = total == 0 ? "no results" : first > total ? "past the end of \(total)" : "\(first)–\(last) of \(total)"
        previous = page > 1 ? link(page - 1) : nil
        next = last < total ? link(page + 1) : nil
        hasPages = total > perPage || page > 1
    }

    /// The 1-based page number a `page` query value asks for; 1 when it is missing or not a positive number.
    static func page(_ value: String?) -> Int {
        guard let value, let page = Int(value), page >= 1 else { return 1 }
        return min(page, 100_000)
    }
}
