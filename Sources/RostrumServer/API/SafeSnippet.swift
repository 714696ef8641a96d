/// Makes a search snippet safe to insert into HTML.
///
/// The store marks matched terms with `<mark>`…`</mark>` but leaves the quote's own text as it
/// was, so a quote containing `<script>` would reach a page as markup. Everything is escaped,
/// then only the exact `<mark>` and `</mark>` tags are restored (a literal `<mark>` written in a
/// quote comes back as a harmless highlight, never as any other markup).
public enum SafeSnippet {
    /// `snippet` escaped except its `<mark>` tags.
    public static func html(_ snippet: String) -> String {
        HTML.snippet(snippet)
    }
}
