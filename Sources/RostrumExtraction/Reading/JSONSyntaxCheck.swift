/// Finds the first syntax error in a JSON text and describes it with its line and column.
///
/// The platform's JSON decoder reports only "the given data was not valid JSON"; this check
/// runs after such a failure so the user learns what is wrong and where ("a trailing comma
/// before ']' at line 2, column 37").
struct JSONSyntaxCheck {
    private let bytes: [UInt8]
    private var i = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The first error in `bytes`, or nil when they are well-formed JSON.
    static func firstError(in bytes: [UInt8]) -> String? {
        var check = JSONSyntaxCheck(bytes)
        do throws(Failure) {
            check.skipSpace()
            try check.value(depth: 0)
            check.skipSpace()
            if check.i < bytes.count { throw check.error("there is more text after the end of the JSON value") }
            return nil
        } catch {
            return error.message
        }
    }

    private struct Failure: Error { var message: String }

    private func error(_ what: String) -> Failure {
        var line = 1
        var column = 1
        var k = 0
        let stop = min(i, bytes.count)
        while k < stop {
            if bytes[k] == 0x0A {
                line += 1
                column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return Failure(message: "\(what) at line \(line), column \(column)")
    }

    private func found() -> String {
        guard i < bytes.count else { return "the end of the document" }
        let (scalar, _) = UTF8Text.scalar(bytes, at: i)
        return "'\(Character(scalar))'"
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value(depth: Int) throws(Failure) {
        guard depth < 512 else { throw error("the JSON is nested more than 512 levels deep") }
        guard i < bytes.count else { throw error("the document ends where a value was expected") }
        switch bytes[i] {
        case 0x7B: try object(depth: depth)
        case 0x5B: try array(depth: depth)
        case 0x22: try string()
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        case 0x2D, 0x30...0x39: try number()
        default: throw error("expected a value but found \(found())")
        }
    }

    private mutating func object(depth: Int) throws(Failure) {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D {
            i += 1
            return
        }
        while true {
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside an object (a '}' is missing)") }
            if bytes[i] == 0x7D { throw error("a trailing comma before '}'") }
            guard bytes[i] == 0x22 else { throw error("expected a key in double quotes but found \(found())") }
            try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw error("expected ':' after the key but found \(found())") }
            i += 1
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside an object (a '}' is missing)") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x7D {
                i += 1
                return
            }
            throw error("expected ',' or '}' but found \(found())")
        }
    }

    private mutating func array(depth: Int) throws(Failure) {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D {
            i += 1
            return
        }
        while true {
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside an array (a ']' is missing)") }
            if bytes[i] == 0x5D { throw error("a trailing comma before ']'") }
            try value(depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside an array (a ']' is missing)") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x5D {
                i += 1
                return
            }
            throw error("expected ',' or ']' but found \(found())")
        }
    }

    private mutating func string() throws(Failure) {
        let start = i
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return
            }
            if b == 0x5C {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
                case 0x75:
                    var k = 1
                    while k <= 4, i + k < bytes.count, isHex(bytes[i + k]) { k += 1 }
                    guard k == 5 else { throw error("an invalid \\u escape in a string") }
                    i += 5
                default: throw error("an invalid escape '\\\(found().dropFirst().dropLast())' in a string")
                }
                continue
            }
            if b < 0x20 { throw error("a line break or control character inside a string (strings must be closed on the same line)") }
            i += 1
        }
        i = start
        throw error("a string that is never closed starts")
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard i < bytes.count, bytes[i] == expected else { throw error("expected '\(word)' but found \(found())") }
            i += 1
        }
    }

    private mutating func number() throws(Failure) {
        if bytes[i] == 0x2D { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw error("an invalid number") }
        if bytes[i] == 0x30, i + 1 < bytes.count, isDigit(bytes[i + 1]) { throw error("a number with a leading zero") }
        while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("a number with no digits after the decimal point") }
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("a number with an empty exponent") }
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
}
