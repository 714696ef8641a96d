import Foundation

/// Errors of the command line, with the file they concern.
enum CLIError: Error, CustomStringConvertible {
    case file(String, String)
    case message(String)

    var description: String {
        switch self {
        case .file(let file, let reason): "\(file == "-" ? "standard input" : file): \(reason)"
        case .message(let text): text
        }
    }
}

/// Reading input files and standard input.
enum InputFiles {
    /// The bytes of `path`, or of standard input for "-".
    static func readBytes(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.file(path, "no such file")
        }
        if isDirectory.boolValue { throw CLIError.file(path, "is a directory; pass the files inside it") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.file(path, "cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }
}

/// Writing to the terminal.
enum Terminal {
    /// Prints an error line to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("rostrum: error: \(message)\n".utf8))
    }

    /// Prints a line to standard error (progress and summaries, so that stdout stays data).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Checks dates given on the command line.
enum DateValidation {
    /// True for a real calendar date written YYYY-MM-DD.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), y > 1900
        else { return false }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...days[m - 1]).contains(d)
    }
}
