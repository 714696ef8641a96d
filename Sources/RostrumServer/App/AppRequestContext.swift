public import Hummingbird
public import RostrumStore

/// The per-request context: Hummingbird's core storage and the API token the request proved, if any.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The token of an `Authorization: Bearer` header that matched an active token.
    public var token: AccessToken?

    /// A context for a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        token = nil
    }
}
