public import Hummingbird

/// Reads the numeric id of a path like `/sessions/{id}`, refusing anything else with a 400.
public enum PathID {
    /// The positive whole number in path parameter `name`.
    public static func require(_ context: AppRequestContext, _ name: String = "id") throws(Problem) -> Int64 {
        let text = context.parameters.get(name) ?? ""
        guard let id = Int64(text), id > 0 else {
            throw Problem(.badRequest, title: "Bad parameter", detail: "path parameter '\(name)': expected a numeric id such as 12, got '\(text)'")
        }
        return id
    }

    /// A 404 for `kind` number `id`, pointing at the listing that has the valid ids.
    public static func notFound(_ kind: String, _ id: Int64, listing: String) -> Problem {
        Problem(.notFound, title: "Not found", detail: "there is no \(kind) with id \(id); \(listing) lists the existing ones")
    }
}
