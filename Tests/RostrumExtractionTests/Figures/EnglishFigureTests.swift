import Testing
import RostrumExtraction
import RostrumModel

let englishCases: [FigureCase] = [
    FigureCase("Container shipments between the two ports were up by 55% last year.", .en,
               e(55, "percent", .change, year: 2017, subject: "container shipments")),
    FigureCase("Freight traffic grew by another 35% this year.", .en, e(35, "percent", .change, year: 2018, subject: "freight traffic")),
    FigureCase("Exports fell by 10% in 2016.", .en, e(-10, "percent", .change, year: 2016, subject: "exports")),
    FigureCase("Imports were down 4.5 percent.", .en, e(-4.5, "percent", .change, subject: "imports")),
    FigureCase("Revenue rose 12 per cent.", .en, e(12, "percent", .change, subject: "revenue")),
    FigureCase("The fund invested $1.1 billion in the region.", .en, e(1.1e9, "USD", .level)),
    FigureCase("The company raised US$ 5 bn from investors.", .en, e(5e9, "USD", .level)),
    FigureCase("The bank lent €2 billion to the project.", .en, e(2e9, "EUR", .level)),
    FigureCase("The programme is worth 300 million roubles.", .en, e(3e8, "RUB", .level)),
    FigureCase("They spent 40 million yuan on research.", .en, e(4e7, "CNY", .level)),
    FigureCase("Capital reached USD 250 million.", .en, e(2.5e8, "USD", .level, subject: "capital")),
    FigureCase("The deal is valued at $3.5bn.", .en, e(3.5e9, "USD", .level)),
    FigureCase("A grant of $750k was approved.", .en, e(750000, "USD", .level)),
    FigureCase("The budget totals 1,200 million dollars.", .en, e(1.2e9, "USD", .level, subject: "budget")),
    FigureCase("The port handled 1,250,000 TEU.", .en, e(1250000, "TEU", .level)),
    FigureCase("We import over 95 million tonnes of soybeans.", .en,
               e(95e6, "tonne", .level, .moreThan, subject: "soybeans")),
    FigureCase("Only 500 thousand tonnes of soy come from Russia.", .en, e(5e5, "tonne", .level, subject: "soy")),
    FigureCase("The pipeline is 2,000 km long.", .en, e(2000, "km", .level)),
    FigureCase("Farmers leased 10,000 hectares of land.", .en, e(10000, "hectare", .level, subject: "land")),
    FigureCase("The field produces 30,000 barrels a day.", .en, e(30000, "barrel", .level)),
    FigureCase("The plant will supply 5 billion cubic metres of gas.", .en, e(5e9, "cubic_metre", .level, subject: "gas")),
    FigureCase("The station has a capacity of 1,200 MW.", .en, e(1200, "MW", .level)),
    FigureCase("Wind farms of 3 GW are planned.", .en, e(3, "GW", .level)),
    FigureCase("Households used 450 kWh per month.", .en, e(450, "kWh", .level)),
    FigureCase("We have invested in more than 20 projects.", .en, e(20, "count", .count, .moreThan, subject: "projects")),
    FigureCase("51 regions of Russia are twinned with Chinese provinces.", .en, e(51, "count", .count, subject: "regions")),
    FigureCase("There will be 20 such flights to carry 300 thousand passengers.", .en,
               e(20, "count", .count, subject: "flights"), e(3e5, "count", .count, subject: "passengers")),
    FigureCase("We sent 1.5 million Chinese tourists abroad.", .en, e(1.5e6, "count", .count, subject: "chinese tourists")),
    FigureCase("About 40 companies took part.", .en, e(40, "count", .count, .about, subject: "companies")),
    FigureCase("Fewer than 30 delegates voted.", .en, e(30, "count", .count, .lessThan, subject: "delegates")),
    FigureCase("At least 12 agreements were signed.", .en, e(12, "count", .count, .atLeast, subject: "agreements")),
    FigureCase("Nearly 600 participants attended.", .en, e(600, "count", .count, .almost, subject: "participants")),
    FigureCase("Some 70 investors came.", .en, e(70, "count", .count, .about, subject: "investors")),
    FigureCase("Twenty projects were approved.", .en, e(20, "count", .count, subject: "projects")),
    FigureCase("China accounts for production of 50% of animated games.", .en,
               e(50, "percent", .share, subject: "animated games")),
    FigureCase("Which is over a billion dollars.", .en, e(1e9, "USD", .level, .moreThan)),
    FigureCase("A third of which is American.", .en, e(33.33, "percent", .share, subject: nil)),
    FigureCase("Two thirds of the cargo goes by rail.", .en, e(66.67, "percent", .share, subject: "cargo")),
    FigureCase("Half of the investments came from China.", .en, e(50, "percent", .share, subject: "investments")),
    FigureCase("A quarter of exports is grain.", .en, e(25, "percent", .share, subject: "exports")),
    FigureCase("Air traffic will grow by a quarter.", .en, e(25, "percent", .change, subject: "air traffic")),
    FigureCase("Costs were cut by half.", .en, e(-50, "percent", .change, subject: "costs")),
    FigureCase("Its share of the market is 30%.", .en, e(30, "percent", .share)),
    FigureCase("Inflation was 4% last year.", .en, e(4, "percent", .level, year: 2017, subject: "inflation")),
    FigureCase("It took 20 years!", .en, e(20, "year", .duration, subject: nil)),
    FigureCase("It just took us 20 years to negotiate.", .en, e(20, "year", .duration, subject: nil)),
    FigureCase("The talks lasted 18 months.", .en, e(18, "month", .duration)),
    FigureCase("Customs clearance takes 3 days.", .en, e(3, "day", .duration)),
    FigureCase("We have worked together for three years.", .en, e(3, "year", .duration)),
    FigureCase("Production increased threefold.", .en, e(3, "times", .change)),
    FigureCase("Trade doubled.", .en, e(100, "percent", .change)),
    FigureCase("Sales grew 2.5 times.", .en, e(2.5, "times", .change)),
    FigureCase("Output rose 10-fold.", .en, e(10, "times", .change)),
    FigureCase("We agreed to increase trade turnover up to $100 billion by 2015, and 200 billion — by 2020.", .en,
               e(1e11, "USD", .target, .upTo, year: 2015, subject: "trade turnover"),
               e(2e11, "USD", .target, year: 2020)),
    FigureCase("The current volume of trade is $80 billion.", .en, e(8e10, "USD", .level, subject: "trade")),
    FigureCase("We hope to reach $100 billion this year.", .en, e(1e11, "USD", .level, year: 2018)),
    FigureCase("Investment will reach $10 billion until 2025.", .en, e(1e10, "USD", .target, year: 2025, subject: "investment")),
    FigureCase("By 2030, exports should total 50 million tonnes.", .en, e(5e7, "tonne", .target, year: 2030)),
    FigureCase("Growth is expected at 10–15% a year.", .en, e(10, "percent", .level, max: 15)),
    FigureCase("Margins rose from 10 to 15 per cent.", .en, e(10, "percent", .change, max: 15)),
    FigureCase("Between 5 and 7 million visitors are expected.", .en, e(5e6, "count", .count, max: 7e6, subject: "visitors")),
    FigureCase("We sent over 1.5 million Chinese tourists to Russia last year, and about 10 million — to Thailand.", .en,
               e(1.5e6, "count", .count, .moreThan, year: 2017, subject: "chinese tourists"),
               e(1e7, "count", .count, .about, subject: "chinese tourists")),
    FigureCase("The initial capital of $1.1 billion was exceeded.", .en, e(1.1e9, "USD", .level)),
    FigureCase("Roughly 2 million jobs depend on it.", .en, e(2e6, "count", .count, .about, subject: "jobs")),
    FigureCase("Approximately 15% of the land is arable.", .en, e(15, "percent", .share, .about, subject: "land")),
    FigureCase("Under 5% of firms export.", .en, e(5, "percent", .share, .lessThan, subject: "firms")),
    FigureCase("Almost 90% of the cargo is coal.", .en, e(90, "percent", .share, .almost, subject: "cargo")),
    FigureCase("Unemployment fell to 4.8%.", .en, e(4.8, "percent", .level)),
    FigureCase("The index gained 3 percentage points.", .en, e(3, "percent", .change)),
    FigureCase("A million people visited the fair.", .en, e(1e6, "count", .count, subject: "people")),
    FigureCase("Two hundred thousand tonnes were shipped.", .en, e(2e5, "tonne", .level)),
    FigureCase("One and a half million tourists came.", .en, e(1.5e6, "count", .count, subject: "tourists")),
    FigureCase("Half a million people live there.", .en, e(5e5, "count", .count, subject: "people")),
    FigureCase("The turnover was $5 trillion in 2017.", .en, e(5e12, "USD", .level, year: 2017, subject: "turnover")),
    FigureCase("GDP grew by 1.5% in 2017 and by 2.3% in 2018.", .en,
               e(1.5, "percent", .change, year: 2017, subject: "gdp"), e(2.3, "percent", .change, year: 2018, subject: "gdp")),
    FigureCase("Prices dropped 7%.", .en, e(-7, "percent", .change, subject: "prices")),
    FigureCase("The project will cost £3 billion.", .en, e(3e9, "GBP", .level)),
    FigureCase("A 5% increase in tariffs is planned.", .en, e(5, "percent", .change)),
    FigureCase("Capacity will be 40 million tonnes next year.", .en, e(4e7, "tonne", .level, year: 2019, subject: "capacity")),
    FigureCase("The region attracted 120 investors in 2016.", .en, e(120, "count", .count, year: 2016, subject: "investors")),
    FigureCase("The route is 9,288 km.", .en, e(9288, "km", .level)),
    FigureCase("The agency counted 1,5 million arrivals.", .en, e(1.5e6, "count", .count, subject: "arrivals")),
    FigureCase("Trade with China was $108 billion.", .en, e(1.08e11, "USD", .level, subject: "trade")),
    FigureCase("Loans exceeding $2 billion were issued.", .en, e(2e9, "USD", .level, .moreThan)),
]

let englishNonFigures: [String] = [
    "The forum opened on 12 September 2018 in Vladivostok.",
    "It was the 5th forum held on Russky Island.",
    "COVID-19 changed everything for the G20 countries.",
    "China is in the Top-5 of our partners.",
    "The session starts at 10:30 on September 12.",
    "Call +7 495 123-45-67 for details.",
    "In 2015 we signed the agreement.",
    "1. Logistics must come first.\n2. Customs must be simpler.",
    "Article 5 of the treaty applies.",
    "The plenary is at 10 am.",
    "One of the key platforms is media.",
    "The second half of the year was difficult.",
    "The 2016–2019 period saw a lot of change.",
    "Our two priorities are agriculture and tourism.",
    "The 5G networks and 4K video came in the 1990s.",
    "Dates: 12.09.2018 and 13/09/2018.",
]

@Suite struct EnglishFigureTests {
    let extractor = FigureExtractor()

    @Test(arguments: englishCases)
    func figures(_ c: FigureCase) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: 2018)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
        for f in found {
            #expect(f.offset.map { off in
                let u = Array(c.text.utf16)
                let s = Array(f.surface.utf16)
                return off + s.count <= u.count && Array(u[off..<off + s.count]) == s
            } == true, "surface \(f.surface) at \(String(describing: f.offset))")
        }
    }

    @Test(arguments: englishNonFigures)
    func noFigures(_ text: String) {
        let found = extractor.figures(in: text, language: .en, sessionYear: 2018)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func atLeastEightyCases() {
        #expect(englishCases.count >= 80)
    }
}
