import Foundation

/// The files an ingest reads: files as given, folders walked recursively, filtered by globs.
struct FileCollector {
    var include: [String]
    var exclude: [String]
    /// Extensions of documents found inside folders (files named directly are always taken).
    static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "json", "text"]
    /// Files inside folders that are never sessions: read-me files and gold annotations of `rostrum gen`.
    static let skipped = ["README*", "readme*", "*.gold.json"]

    /// Every file to read, in a stable order; `-` stays as it is. Missing paths are returned too,
    /// so that they are reported as failures with their reason.
    func collect(_ paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let root = URL(fileURLWithPath: path)
                let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
                var found: [String] = []
                while let url = enumerator?.nextObject() as? URL {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    let relative = String(url.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                    if include.isEmpty ? Self.documentExtensions.contains(url.pathExtension.lowercased()) : matches(include, relative, url.lastPathComponent),
                       !matches(exclude + Self.skipped, relative, url.lastPathComponent) {
                        found.append(url.path)
                    }
                }
                result += found.sorted()
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// Whether a glob matches the path relative to the folder or the file name.
    private func matches(_ globs: [String], _ relative: String, _ name: String) -> Bool {
        globs.contains { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }
    }
}
