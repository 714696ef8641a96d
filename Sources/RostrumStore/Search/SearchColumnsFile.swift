/// Whether a store keeps its in-memory search columns in a file next to the database
/// (`QuoteColumnsFile`), so that the first search of a new process does not rebuild them.
public enum SearchColumnsFile: Sendable, Hashable {
    /// Never read or write the file: the columns are built from the tables in every process.
    case off
    /// Read the file when the columns are first needed; write it again whenever this process built
    /// or appended at least `afterNewQuotes` quotes beyond what the file held.
    case kept(afterNewQuotes: Int)

    /// Kept, rewritten after 20,000 new quotes: below that, building or appending takes well
    /// under a tenth of a second.
    public static let standard = SearchColumnsFile.kept(afterNewQuotes: 20_000)
}
