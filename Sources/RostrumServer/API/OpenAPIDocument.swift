import Foundation
public import Hummingbird

/// The hand-written OpenAPI 3.1 description of the API, bundled as `Resources/openapi.yaml` and
/// served at `/openapi.yaml`.
public enum OpenAPIDocument {
    /// The YAML text.
    /// - Throws: `Problem` 500 when the resource is missing from the build (a packaging error).
    public static func text() throws(Problem) -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            throw Problem(.internalServerError, detail: "the OpenAPI document is missing from this build")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The routes the document lists, as "METHOD /path" (`{name}` parameters, as Hummingbird's
    /// `RouterPath.description` writes them too).
    ///
    /// Reads the regular layout of the bundled file: a path at two spaces of indent under
    /// `paths:` ("  /api/v1/sessions/{id}:") and its methods at four ("    get:").
    public static func routes(in yaml: String) -> Set<String> {
        var routes = Set<String>()
        var inPaths = false
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("paths:") { inPaths = true; continue }
            guard inPaths else { continue }
            if let first = line.first, first != " ", first != "#" { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":"), let path {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete", "head", "options"].contains(String(method)) {
                    routes.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        return routes
    }

    /// `GET /openapi.yaml`.
    public static func response() throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: try text())))
    }
}
