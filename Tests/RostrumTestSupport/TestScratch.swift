public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch folders for tests (databases, input files, corpora). Every folder a test process asks for lives
/// under one root of its own, `rostrum-tests-PID` in the system's temporary folder, which is removed when the
/// process exits; roots left behind by a test process that crashed or was killed are swept by the next run.
/// Tests keep their stores open until they end, so a per-test `defer` cannot remove them.
public enum TestScratch {
    /// A new, empty folder under this process's root, its name starting with `prefix` (for reading in a listing).
    public static func directory(_ prefix: String) throws -> URL {
        let dir = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private static let rootPrefix = "rostrum-tests-"

    /// This process's root: created on first use, after sweeping the roots of processes that no longer run.
    private static let root: URL = {
        let temporary = FileManager.default.temporaryDirectory
        sweepAbandonedRoots(in: temporary)
        let url = temporary.appendingPathComponent("\(rootPrefix)\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { TestScratch.removeRoot() }
        return url
    }()

    private static func removeRoot() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Removes `rostrum-tests-PID` folders whose process is gone.
    private static func sweepAbandonedRoots(in temporary: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix(rootPrefix) {
            guard let pid = pid_t(name.dropFirst(rootPrefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
    }
}
