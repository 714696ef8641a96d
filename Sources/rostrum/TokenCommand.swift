import ArgumentParser
import Foundation
import RostrumStore

/// `rostrum token`: API tokens for the server's write endpoints.
struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create, list and revoke the API tokens that writes to the server need.",
        subcommands: [TokenCreate.self, TokenList.self, TokenRevoke.self])
}

/// `rostrum token create NAME`: prints a new secret once; only its hash is stored.
struct TokenCreate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Make a token and print its secret (shown only now).")

    @Argument(help: "A name for the token: who or what uses it.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 100 { throw ValidationError("the token name must be 1 to 100 characters.") }
    }

    func run() async throws {
        let store = try database.open()
        let secret = TokenSecret.generate()
        do {
            _ = try await store.createToken(name: name.trimmingCharacters(in: .whitespaces), secretHash: TokenSecret.hash(secret))
        } catch let error as StoreError {
            throw CLIError.message(error.description)
        }
        print(secret)
        Terminal.note("token \"\(name)\" created; keep the secret above: it is not stored and cannot be shown again. Send it as `Authorization: Bearer SECRET`.")
    }
}

/// `rostrum token list`: names and dates, never secrets.
struct TokenList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (names and dates; secrets are never stored).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let tokens = try await database.open(mustExist: true).tokens()
        if tokens.isEmpty {
            Terminal.note("no tokens; make one with `rostrum token create NAME`")
            return
        }
        for token in tokens {
            print("\(token.name)\tcreated \(token.createdAt)\t\(token.revokedAt.map { "revoked \($0)" } ?? "active")")
        }
    }
}

/// `rostrum token revoke NAME`: the token stops working at once.
struct TokenRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke the active token with this name.")

    @Argument(help: "The token's name.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard try await database.open(mustExist: true).revokeToken(name: name) else {
            throw CLIError.message("no active token named \"\(name)\" (see `rostrum token list`)")
        }
        Terminal.note("token \"\(name)\" revoked")
    }
}
