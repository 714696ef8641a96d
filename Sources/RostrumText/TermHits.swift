extension TextAnalyzer {
    /// The tokens of `text` whose term is in `set`, in reading order (a continuation term of
    /// the set only right after another hit).
    ///
    /// The same tokens and terms as `tokens(in:)`, for a caller that only looks for the terms of
    /// a fixed set (a topic lexicon): no string is made per token, and words that cannot stem to
    /// a term of the set (by `TermSet`'s prefix filter) are not stemmed.
    public func hits(in text: String, of set: TermSet) -> [TermHit] {
        var result: [TermHit] = []
        hits(in: text, of: set, into: &result)
        return result
    }

    /// Replaces the contents of `hits` with the hits of `set` in `text`, reusing its storage.
    public func hits(in text: String, of set: TermSet, into hits: inout [TermHit]) {
        hits.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { bytes in
            var tokenizer = Tokenizer(bytes)
            var raw = RawToken()
            var ascii: [UInt8] = []
            ascii.reserveCapacity(64)
            var utf8: [UInt8] = []
            utf8.reserveCapacity(64)
            var ordinal = -1
            var lastHit = -2
            while true {
                if let word = tokenizer.nextASCIIWord() {
                    ordinal += 1
                    let afterHit = lastHit == ordinal - 1
                    if let index = Self.asciiWordIndex(word, bytes, in: set, afterHit: afterHit, buffer: &ascii),
                       index < set.anchorCount || afterHit {
                        lastHit = ordinal
                        hits.append(TermHit(term: index, token: ordinal, utf8Range: word.start..<word.end))
                    }
                    continue
                }
                guard tokenizer.next(&raw) else { break }
                ordinal += 1
                let afterHit = lastHit == ordinal - 1
                let index = Self.index(of: &raw, in: set, afterHit: afterHit, ascii: &ascii, utf8: &utf8)
                if let index, index < set.anchorCount || afterHit {
                    lastHit = ordinal
                    hits.append(TermHit(term: index, token: ordinal, utf8Range: raw.start..<raw.end))
                }
            }
        }
    }

    /// `hits(in:of:into:)` with a memo of the words already analysed for `set`: the same hits,
    /// but a word seen before (in this text or an earlier one) is neither folded nor stemmed again.
    /// `memo` must only ever be used with this `set`.
    public func hits(in text: String, of set: TermSet, memo: inout TermMemo, into hits: inout [TermHit]) {
        hits.removeAll(keepingCapacity: true)
        var text = text
        // The memo lends its scratch buffers (every use below clears them first).
        var ascii: [UInt8] = []
        var utf8: [UInt8] = []
        swap(&ascii, &memo.spareASCII)
        swap(&utf8, &memo.spareUTF8)
        if ascii.capacity < 64 { ascii.reserveCapacity(64) }
        if utf8.capacity < 64 { utf8.reserveCapacity(64) }
        defer {
            swap(&ascii, &memo.spareASCII)
            swap(&utf8, &memo.spareUTF8)
        }
        text.withUTF8 { bytes in
            var tokenizer = Tokenizer(bytes)
            var raw = RawToken()
            var ordinal = -1
            var lastHit = -2
            let anchors = Int32(set.anchorCount)
            while true {
                if let word = tokenizer.nextASCIIWord() {
                    ordinal += 1
                    let afterHit = lastHit == ordinal - 1
                    // Most words cannot start a hit, which the set's prefix filter (small enough
                    // to stay in cache) tells without reaching the memo: the anchor answer the
                    // memo would give is then "none" (see `asciiWordIndex`).
                    if !afterHit, !Self.mayAnchorASCIIWord(word, bytes, in: set) { continue }
                    let key = TermMemo.key(bytes, word.start, word.end)
                    let known: (anchor: Int32, afterHit: Int32)
                    if let found = memo.find(key, bytes, word.start) {
                        known = found
                    } else {
                        let anchor = Self.asciiWordIndex(word, bytes, in: set, afterHit: false, buffer: &ascii)
                        let after = anchor ?? Self.asciiWordIndex(word, bytes, in: set, afterHit: true, buffer: &ascii)
                        known = (Int32(anchor ?? -1), Int32(after ?? -1))
                        memo.insert(key, bytes, word.start, anchor: known.anchor, afterHit: known.afterHit)
                    }
                    let index = afterHit ? known.afterHit : known.anchor
                    if index >= 0, index < anchors || afterHit {
                        lastHit = ordinal
                        hits.append(TermHit(term: Int(index), token: ordinal, utf8Range: word.start..<word.end))
                    }
                    continue
                }
                if let word = tokenizer.nextCyrillicWord() {
                    ordinal += 1
                    let afterHit = lastHit == ordinal - 1
                    // As for ASCII words: no anchor unless the prefix filter admits the word.
                    if !afterHit, !set.mayAnchorBasicCyrillic(bytes, word.start, word.end) { continue }
                    let key = TermMemo.key(bytes, word.start, word.end)
                    let known: (anchor: Int32, afterHit: Int32)
                    if let found = memo.find(key, bytes, word.start) {
                        known = found
                    } else {
                        Tokenizer.foldBasicCyrillic(bytes, word, into: &raw.folded)
                        let mayAnchor = set.mayHoldRussian(raw.folded, afterHit: false)
                        var index: Int?
                        if mayAnchor || set.mayHoldRussian(raw.folded, afterHit: true) {
                            RussianStemmer.stem(&raw.folded)
                            index = Self.lookup(raw.folded, in: set, buffer: &utf8)
                        }
                        known = (mayAnchor ? Int32(index ?? -1) : -1, Int32(index ?? -1))
                        memo.insert(key, bytes, word.start, anchor: known.anchor, afterHit: known.afterHit)
                    }
                    let index = afterHit ? known.afterHit : known.anchor
                    if index >= 0, index < anchors || afterHit {
                        lastHit = ordinal
                        hits.append(TermHit(term: Int(index), token: ordinal, utf8Range: word.start..<word.end))
                    }
                    continue
                }
                guard tokenizer.next(&raw) else { break }
                ordinal += 1
                let afterHit = lastHit == ordinal - 1
                let index = Self.index(of: &raw, in: set, afterHit: afterHit, ascii: &ascii, utf8: &utf8)
                if let index, index < set.anchorCount || afterHit {
                    lastHit = ordinal
                    hits.append(TermHit(term: index, token: ordinal, utf8Range: raw.start..<raw.end))
                }
            }
        }
    }

    /// The set's index of the term of a token the general path read (not a plain ASCII or Cyrillic
    /// word), nil when the set cannot hold it: its stem for words, its term for numbers and CJK.
    @inline(__always)
    private static func index(of raw: inout RawToken, in set: TermSet, afterHit: Bool, ascii: inout [UInt8], utf8: inout [UInt8]) -> Int? {
        switch raw.kind {
        case .word:
            if raw.scripts == .latin, asciiLetters(raw.folded, into: &ascii) {
                guard set.mayHoldEnglish(ascii, afterHit: afterHit) else { return nil }
                EnglishStemmer.stem(&ascii)
                return ascii.withUnsafeBufferPointer { set.index(ofUTF8: $0) }
            } else if raw.scripts == .cyrillic {
                guard set.mayHoldRussian(raw.folded, afterHit: afterHit) else { return nil }
                RussianStemmer.stem(&raw.folded)
                return lookup(raw.folded, in: set, buffer: &utf8)
            }
            guard let first = raw.folded.first, set.mayHoldFolded(firstScalar: first, afterHit: afterHit) else { return nil }
            return lookup(raw.folded, in: set, buffer: &utf8)
        case .number:
            guard let first = raw.folded.first, set.mayHoldFolded(firstScalar: first, afterHit: afterHit) else { return nil }
            return set.index(of: NumberTerm.term(of: raw.folded))
        case .cjk:
            guard let first = raw.folded.first, set.mayHoldFolded(firstScalar: first, afterHit: afterHit) else { return nil }
            return lookup(raw.folded, in: set, buffer: &utf8)
        }
    }

    /// Whether a word found by `Tokenizer.nextASCIIWord()` passes the set's filter for anchors,
    /// the first test of `asciiWordIndex(_:_:in:afterHit:buffer:)` with `afterHit` false.
    @inline(__always)
    private static func mayAnchorASCIIWord(_ word: Tokenizer.ASCIIWord, _ bytes: UnsafeBufferPointer<UInt8>, in set: TermSet) -> Bool {
        let n = word.end - word.start
        let c0 = bytes[word.start] | 0x20
        if word.hasDigits {
            return set.mayHoldFolded(firstScalar: Unicode.Scalar(c0), afterHit: false)
        }
        let c1 = n > 1 ? bytes[word.start + 1] | 0x20 : 0
        let c2 = n > 2 ? bytes[word.start + 2] | 0x20 : 0
        return set.mayAnchorEnglish(count: n, c0, c1, c2)
    }

    /// The set's index of the term of an ASCII word (as `hits` finds it for a word token),
    /// lower-casing it into `buffer` only when its prefix may lead to a term of the set.
    @inline(__always)
    private static func asciiWordIndex(
        _ word: Tokenizer.ASCIIWord, _ bytes: UnsafeBufferPointer<UInt8>, in set: TermSet, afterHit: Bool,
        buffer: inout [UInt8]
    ) -> Int? {
        let n = word.end - word.start
        let c0 = bytes[word.start] | 0x20
        if word.hasDigits {
            // Letters and digits: the term is the folded word itself.
            guard set.mayHoldFolded(firstScalar: Unicode.Scalar(c0), afterHit: afterHit) else { return nil }
        } else {
            let c1 = n > 1 ? bytes[word.start + 1] | 0x20 : 0
            let c2 = n > 2 ? bytes[word.start + 2] | 0x20 : 0
            guard set.mayHoldEnglish(count: n, c0, c1, c2, afterHit: afterHit) else { return nil }
        }
        // One bulk copy, then lower-casing in place: appending byte by byte checks uniqueness
        // and capacity for every byte.
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
        buffer.withUnsafeMutableBufferPointer { lowered in
            for k in lowered.indices {
                let byte = lowered[k]
                if byte >= 0x41 && byte <= 0x5A { lowered[k] = byte | 0x20 }
            }
        }
        if !word.hasDigits { EnglishStemmer.stem(&buffer) }
        return buffer.withUnsafeBufferPointer { set.index(ofUTF8: $0) }
    }


    /// The set's index of the term spelled by `scalars`, encoded through `buffer`.
    @inline(__always)
    private static func lookup(_ scalars: [Unicode.Scalar], in set: TermSet, buffer: inout [UInt8]) -> Int? {
        ScalarUTF8.encode(scalars, into: &buffer)
        return buffer.withUnsafeBufferPointer { set.index(ofUTF8: $0) }
    }
}
