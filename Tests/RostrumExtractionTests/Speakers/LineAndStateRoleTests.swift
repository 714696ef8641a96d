import RostrumExtraction
import RostrumModel
import Testing

/// Round 7: more business lines and territories between a position and its organisation, a second
/// position with an "of" of its own, a state named by its form ("of the Republic of X"), and Russian
/// territory nouns that open the organisation («провинции Хэйлунцзян»).
@Suite struct LineAndStateRoleTests {
    let splitter = RoleSplitter()

    @Test(arguments: [
        ("Managing Director, Marine Underwriting, Ingosstrakh", "Managing Director, Marine Underwriting", "Ingosstrakh"),
        ("Head, Commodity Trading, Gunvor Group", "Head, Commodity Trading", "Gunvor Group"),
        ("Director, Equity Research, VTB Capital", "Director, Equity Research", "VTB Capital"),
        ("Managing Director, South-East Asia, Nordic Cold Chain Logistics", "Managing Director, South-East Asia", "Nordic Cold Chain Logistics"),
        ("Vice President, Gulf and Middle East, DP World", "Vice President, Gulf and Middle East", "DP World"),
        ("Partner, Head of Shipping Practice, Mehta & Bose LLP", "Partner, Head of Shipping Practice", "Mehta & Bose LLP"),
        ("Deputy Prime Minister of the Republic of Bashkortostan", "Deputy Prime Minister", "Republic of Bashkortostan"),
        ("Minister of Economy of the Kingdom of Bahrain", "Minister of Economy", "Kingdom of Bahrain"),
        ("вице-губернатор провинции Хэйлунцзян", "вице-губернатор", "провинции Хэйлунцзян"),
        ("заместитель губернатора префектуры Тоттори", "заместитель губернатора", "префектуры Тоттори"),
    ])
    func roleSplits(_ input: String, _ position: String, _ organization: String) {
        let role = splitter.roles(from: input).first
        #expect(role?.position == position)
        #expect(role?.organization == organization)
    }
}
