/// Cuts text into word, number and CJK tokens in one pass over its UTF-8 bytes.
///
/// - Words are runs of letters (with digits and combining marks after the first letter);
///   an apostrophe between two letters stays inside ("don't"); hyphens, dashes and other
///   punctuation separate words, so "state-owned" gives "state" and "owned".
/// - Numbers are runs of digits; a '.' or ',' between digits stays inside ("1.5", "1,5",
///   "1,000,000"), as does a no-break or thin space between digit groups ("1 000").
///   A letter right after a number starts a new word ("5G" → "5", "g").
/// - CJK runs (Han, Hiragana, Katakana, Hangul) give overlapping character bigrams; a CJK
///   run of one character gives that character.
///
/// No Character/grapheme iteration, no regular expressions, no allocation per character.
enum Tokenizer {
    private enum State {
        case none, word, number, cjk
    }

    /// What is held back until the next scalar shows whether it joins the token.
    private enum Pending {
        case nothing
        case apostrophe(start: Int)
        case separator(start: Int, folded: Unicode.Scalar)
    }

    /// Scans `text`, calling `emit` with each token in reading order. `emit` receives the raw
    /// token (it may change the folded scalars) and the text's UTF-8 bytes.
    static func scan(_ text: String, emit: (inout RawToken, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            scan(bytes: bytes, emit: emit)
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func scan(
        bytes: UnsafeBufferPointer<UInt8>,
        emit: (inout RawToken, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let count = bytes.count
        var token = RawToken()
        var state = State.none
        var pending = Pending.nothing
        var groupDigits = 0           // digits in the current group of a number
        var cjkRun = 0                // CJK characters seen in the current run
        var cjkPrevious: UInt32 = 0
        var cjkPreviousStart = 0
        var cjkPreviousUTF16 = 0
        var index = 0
        var utf16 = 0

        @inline(__always)
        func finishCJK() {
            if cjkRun == 1 {
                token.reset(kind: .cjk, start: cjkPreviousStart, utf16Offset: cjkPreviousUTF16)
                token.folded.append(Unicode.Scalar(cjkPrevious) ?? "\u{FFFD}")
                token.end = index
                emit(&token, bytes)
            }
            cjkRun = 0
        }

        while index < count {
            // Decode one scalar.
            let lead = bytes[index]
            var value: UInt32
            var length: Int
            if lead < 0x80 {
                value = UInt32(lead)
                length = 1
            } else if lead < 0xE0 {
                value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                length = 2
            } else if lead < 0xF0 {
                value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                    | UInt32(bytes[index + 2] & 0x3F)
                length = 3
            } else {
                value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
                length = 4
            }
            let cls = ScalarClass.of(value)

            // Resolve what was held back: it joins the token only if this scalar continues it.
            switch pending {
            case .nothing:
                break
            case .apostrophe(let start):
                pending = .nothing
                if cls == .latin || cls == .cyrillic || cls == .otherLetter {
                    token.folded.append("'")
                    if bytes[start] != UInt8(ascii: "'") { token.foldChanged = true }
                } else {
                    token.end = start
                    emit(&token, bytes)
                    state = .none
                }
            case .separator(let start, let folded):
                pending = .nothing
                if cls == .digit {
                    token.folded.append(folded)
                    if index - start != 1 || bytes[start] != UInt8(truncatingIfNeeded: folded.value) {
                        token.foldChanged = true
                    }
                    groupDigits = 0
                } else {
                    token.end = start
                    emit(&token, bytes)
                    state = .none
                }
            }

            switch state {
            case .word:
                switch cls {
                case .latin, .cyrillic, .otherLetter, .digit, .mark:
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    token.scripts.insert(scripts(of: cls))
                case .ignorable:
                    token.foldChanged = true
                case .apostrophe:
                    pending = .apostrophe(start: index)
                case .cjk:
                    token.end = index
                    emit(&token, bytes)
                    state = .cjk
                    cjkRun = 0
                case .numberSeparator, .groupSpace, .other:
                    token.end = index
                    emit(&token, bytes)
                    state = .none
                }
            case .number:
                switch cls {
                case .digit:
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    groupDigits += 1
                case .numberSeparator:
                    pending = .separator(start: index, folded: value == 0xFF0C ? "," : (value == 0xFF0E ? "." : Unicode.Scalar(UInt8(truncatingIfNeeded: value))))
                case .groupSpace:
                    if groupDigits <= 3 {
                        pending = .separator(start: index, folded: " ")
                    } else {
                        token.end = index
                        emit(&token, bytes)
                        state = .none
                    }
                case .ignorable:
                    token.foldChanged = true
                case .cjk:
                    token.end = index
                    emit(&token, bytes)
                    state = .cjk
                    cjkRun = 0
                case .latin, .cyrillic, .otherLetter, .mark, .apostrophe, .other:
                    token.end = index
                    emit(&token, bytes)
                    state = .none
                }
            case .cjk:
                if cls != .cjk {
                    finishCJK()
                    state = .none
                }
            case .none:
                break
            }

            // Start a token (or extend a CJK run) when no token is open.
            switch state {
            case .none:
                switch cls {
                case .latin, .cyrillic, .otherLetter:
                    token.reset(kind: .word, start: index, utf16Offset: utf16)
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    token.scripts.insert(scripts(of: cls))
                    state = .word
                case .digit:
                    token.reset(kind: .number, start: index, utf16Offset: utf16)
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    groupDigits = 1
                    state = .number
                case .cjk:
                    state = .cjk
                    cjkRun = 0
                default:
                    break
                }
            case .word, .number:
                break
            case .cjk:
                break
            }
            if state == .cjk && cls == .cjk {
                if cjkRun > 0 {
                    token.reset(kind: .cjk, start: cjkPreviousStart, utf16Offset: cjkPreviousUTF16)
                    token.folded.append(Unicode.Scalar(cjkPrevious) ?? "\u{FFFD}")
                    token.folded.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    token.end = index + length
                    emit(&token, bytes)
                }
                cjkRun += 1
                cjkPrevious = value
                cjkPreviousStart = index
                cjkPreviousUTF16 = utf16
            }

            index += length
            utf16 += value >= 0x10000 ? 2 : 1
        }

        // End of text: held-back characters are dropped, the open token is emitted.
        switch pending {
        case .nothing:
            token.end = index
        case .apostrophe(let start), .separator(let start, _):
            token.end = start
        }
        switch state {
        case .word, .number:
            emit(&token, bytes)
        case .cjk:
            finishCJK()
        case .none:
            break
        }
    }

    @inline(__always)
    private static func scripts(of cls: ScalarClass) -> RawToken.Scripts {
        switch cls {
        case .latin: return .latin
        case .cyrillic: return .cyrillic
        case .digit: return .digits
        case .mark: return []
        default: return .other
        }
    }
}
