import Foundation
import Hummingbird

/// The stylesheet and other static files bundled in Resources/static, read once at startup and
/// served from memory under `/static/`.
struct StaticFiles: Sendable {
    let files: [String: (bytes: ByteBuffer, contentType: String)]

    /// The bundled files; empty when the bundle has none.
    static func bundled() -> StaticFiles {
        guard let folder = WebTemplates.resourceFolder()?.appendingPathComponent("static"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return StaticFiles(files: [:]) }
        var files: [String: (bytes: ByteBuffer, contentType: String)] = [:]
        for name in names where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            files[name] = (ByteBuffer(bytes: Array(data)), contentType(name))
        }
        return StaticFiles(files: files)
    }

    /// The response for `name`, nil when there is no such file.
    func response(_ name: String) -> Response? {
        guard let file = files[name] else { return nil }
        return Response(status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=300"],
                        body: .init(byteBuffer: file.bytes))
    }

    private static func contentType(_ name: String) -> String {
        if name.hasSuffix(".css") { return "text/css; charset=utf-8" }
        if name.hasSuffix(".svg") { return "image/svg+xml" }
        if name.hasSuffix(".png") { return "image/png" }
        if name.hasSuffix(".ico") { return "image/x-icon" }
        return "application/octet-stream"
    }
}
