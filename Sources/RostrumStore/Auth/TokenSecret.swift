/// The secret half of an API token: made once, shown once, stored only as its SHA-256.
public enum TokenSecret {
    /// A new secret: "rst_" and 43 base64url characters of 256 random bits from the system's
    /// cryptographic generator.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            var word = generator.next() as UInt64
            for _ in 0..<8 {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return "rst_" + base64URL(bytes)
    }

    /// The hash under which a secret is stored and looked up (hex SHA-256).
    public static func hash(_ secret: String) -> String {
        ContentHash.of(secret)
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var out = ""
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 6 {
                bits -= 6
                out.append(alphabet[(buffer >> bits) & 63])
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { out.append(alphabet[(buffer << (6 - bits)) & 63]) }
        return out
    }
}
