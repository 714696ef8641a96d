import RostrumExtraction
import RostrumModel
import Testing

/// A unit inside the organisation ("Export Support Department", "Department of International
/// Cooperation") or the territory a position covers ("Russia and CIS", "Asia-Pacific") between the
/// position and the organisation stays in the position, as a business line does; an editor's insert
/// in parentheses is no part of a role.
@Suite struct UnitAndTerritoryRoleTests {
    let splitter = RoleSplitter()

    @Test(arguments: [
        ("Director, Export Support Department, Russian Export Center", "Director, Export Support Department", "Russian Export Center"),
        ("Deputy Director, Department of Medical Care Organisation, Ministry of Health of the Russian Federation",
         "Deputy Director, Department of Medical Care Organisation", "Ministry of Health of the Russian Federation"),
        ("Director, Department of International Cooperation, China Isotope & Radiation Corporation",
         "Director, Department of International Cooperation", "China Isotope & Radiation Corporation"),
        ("Head, Legal Division, Eurasian Development Bank", "Head, Legal Division", "Eurasian Development Bank"),
        ("Chief Representative, Beijing Representative Office, Gazprombank", "Chief Representative, Beijing Representative Office", "Gazprombank"),
        ("Managing Director, Russia and CIS, Berlin-Chemie Pharma GmbH", "Managing Director, Russia and CIS", "Berlin-Chemie Pharma GmbH"),
        ("Senior Vice President, Asia-Pacific, DP World", "Senior Vice President, Asia-Pacific", "DP World"),
        ("General Manager, Central and Eastern Europe, Novo Nordisk", "General Manager, Central and Eastern Europe", "Novo Nordisk"),
        // Nothing after the unit or the territory: it is the organisation.
        ("Director, Export Support Department", "Director", "Export Support Department"),
        ("Head, Department of Economics", "Head", "Department of Economics"),
        // A plain organisation after the position is unchanged.
        ("Director General, Association of the Russian Pharmaceutical Manufacturers", "Director General", "Association of the Russian Pharmaceutical Manufacturers"),
    ])
    func unitOrTerritoryStaysInThePosition(_ input: String, _ position: String, _ organization: String) {
        let role = splitter.roles(from: input).first
        #expect(role?.position == position, "\(input)")
        #expect(role?.organization == organization, "\(input)")
    }

    @Test(arguments: [
        ("директор программы «Учёба в России» (проект Россотрудничества. — Прим. ред.)", "директор программы", "«Учёба в России»"),
        ("Head of Analytics, Arctic Cargo Institute (the institute was renamed in 2022 – ed.)", "Head of Analytics", "Arctic Cargo Institute"),
        ("Chairman, Kazakhstan Temir Zholy (KTZ)", "Chairman", "Kazakhstan Temir Zholy (KTZ)"),
    ])
    func editorsInsertIsDropped(_ input: String, _ position: String, _ organization: String) {
        let role = splitter.roles(from: input).first
        #expect(role?.position == position, "\(input)")
        #expect(role?.organization == organization, "\(input)")
    }
}
