/// How a Rostrum server listens and what it allows.
public struct ServerConfiguration: Sendable, Hashable {
    /// The interface to bind; 127.0.0.1 keeps a local server private to this machine.
    public var host: String
    public var port: Int
    /// The largest request body accepted, in bytes; bigger ones get 413.
    public var maxBodyBytes: Int
    /// When true, reads (pages and GET routes) need a token too, not only writes.
    public var privateReads: Bool

    /// A configuration; the defaults serve http://127.0.0.1:8080 with a 10 MB body limit and public reads.
    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 10 * 1_048_576, privateReads: Bool = false) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.privateReads = privateReads
    }
}
