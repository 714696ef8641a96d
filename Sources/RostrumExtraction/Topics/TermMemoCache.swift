import Foundation
import RostrumText

/// Keeps the topic tagger's word memo (`TermMemo`) from one document to the next.
///
/// A session's words are mostly the words of the sessions before it, so a memo that outlives the
/// document spares folding and stemming them again. A document takes the memo and gives it back
/// when done; a document extracted meanwhile on another task starts from an empty memo, so no
/// lock is held while tagging. Answers never depend on the memo, only their cost does.
final class TermMemoCache: @unchecked Sendable {
    private let lock = NSLock()
    private var memo: TermMemo?

    init() {}

    /// The memo, or an empty one when another document holds it.
    func take() -> TermMemo {
        lock.lock()
        defer { lock.unlock() }
        let taken = memo ?? TermMemo()
        memo = nil
        return taken
    }

    /// Hands a memo back for the next document.
    func give(_ returned: TermMemo) {
        lock.lock()
        if (memo?.count ?? -1) < returned.count { memo = returned }
        lock.unlock()
    }
}
