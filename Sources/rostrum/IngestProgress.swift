import Foundation

/// The progress line of a long ingest on a terminal: files, quotes/s, ETA (nothing when not a TTY).
struct IngestProgress {
    let total: Int
    let enabled: Bool
    let started = ContinuousClock.now
    var lastDrawn = ContinuousClock.now - .seconds(1)

    init(total: Int) {
        self.total = total
        enabled = Terminal.isInteractive && total > 1
    }

    var elapsed: Double { (ContinuousClock.now - started).seconds }

    /// Redraws the line at most ten times a second.
    mutating func update(files: Int, quotes: Int) {
        guard enabled, ContinuousClock.now - lastDrawn > .milliseconds(100) || files == total else { return }
        lastDrawn = ContinuousClock.now
        let seconds = max(elapsed, 1e-6)
        let rate = Double(files) / seconds
        let eta = rate > 0 ? Double(total - files) / rate : 0
        let width = 24
        let filled = total > 0 ? width * files / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %d/%d files · %.0f quotes/s · ETA %@ ", bar, files, total, Double(quotes) / seconds, Self.duration(eta))
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
