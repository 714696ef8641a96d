/// The terms the analyzer produced for one text, as `TermReplay` keeps them: the terms' UTF-8
/// bytes one after another, and per term where it ends in `bytes` and its byte range in the text.
struct ReplayedTerms {
    var bytes: [UInt8] = []
    var tokens: [(termEnd: Int32, start: Int32, end: Int32)] = []
}
