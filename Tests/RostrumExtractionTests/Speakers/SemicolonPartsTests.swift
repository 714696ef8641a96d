@testable import RostrumExtraction
import Testing

/// `RoleSplitter.semicolonParts(_:)` cuts roles at semicolons exactly as `split(separator: ";")`.
@Suite struct SemicolonPartsTests {
    @Test(arguments: [
        "Chairman of the Board; Member of the Council",
        "председатель правления ПАО «Сбербанк»;член совета директоров",
        ";Founder;;Chief Executive Officer;",
        "no semicolon here",
        "",
        ";",
        "Директор;\u{0301}accent after a semicolon",
        "Partner;Партнёр; ещё",
        "\u{0600};Arabic sign before a semicolon",
    ])
    func sameAsCharacterSplit(_ text: String) {
        #expect(RoleSplitter.semicolonParts(text) == text.split(separator: ";"))
    }
}
