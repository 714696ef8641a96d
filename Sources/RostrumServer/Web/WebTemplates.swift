import Foundation
public import Mustache

/// The page templates bundled with the server (Resources/templates/*.mustache), parsed once.
///
/// Loaded from the target's resource bundle; every page is rendered through `layout`, so a page
/// template is `{{<layout}}{{$main}}…{{/main}}{{/layout}}`.
public struct WebTemplates: Sendable {
    /// The parsed templates by file name without extension.
    public let library: MustacheLibrary

    /// Why the bundled templates could not be loaded, in words for the operator.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The templates bundled with the server, loaded once per process (immutable after loading).
    public static let bundled: Result<WebTemplates, LoadError> = {
        do {
            return .success(try load())
        } catch let error as LoadError {
            return .failure(error)
        } catch {
            return .failure(LoadError(description: "cannot load web templates: \(error)"))
        }
    }()

    /// Reads every `.mustache` file of the bundled templates folder.
    static func load() throws -> WebTemplates {
        guard let folder = resourceFolder()?.appendingPathComponent("templates") else {
            throw LoadError(description: "the server's resource bundle has no Resources folder; reinstall or rebuild rostrum")
        }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LoadError(description: "cannot list the web templates in \(folder.path): \(error.localizedDescription)")
        }
        var library = MustacheLibrary()
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LoadError(description: "cannot read the web template \(url.path)")
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: String(file.dropLast(".mustache".count)))
            } catch {
                throw LoadError(description: "the web template \(file) does not parse: \(error)")
            }
        }
        return WebTemplates(library: library)
    }

    /// The bundled `Resources` folder (templates and static files).
    static func resourceFolder() -> URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }

    /// `template` rendered over `view`; nil when there is no such template.
    public func render(_ view: Any, template: String) -> String? {
        library.render(view, withTemplate: template)
    }
}
