import Testing
@testable import RostrumStore

@Suite("Person identity keys")
struct PersonKeyTests {
    @Test(arguments: [
        ("Алексей Чекунков", "Alexey Chekunkov"), ("Aleksei Chekunkov", "Alexei Chekunkov"), ("He Zhenwei", "Zhenwei He"),
        ("Alexander Novak", "Aleksandr Novak"), ("Александр Новак", "Alexander Novak"), ("Дмитрий Песков", "Dmitry Peskov"),
        ("Dmitriy Peskov", "Dmitrii Peskov"), ("Юрий Трутнев", "Yury Trutnev"), ("Yuri Trutnev", "Iurii Trutnev"),
        ("Татьяна Голикова", "Tatyana Golikova"), ("Tatiana Golikova", "TATYANA GOLIKOVA"), ("Евгений Зиничев", "Yevgeny Zinichev"),
        ("Михаил Мишустин", "Mikhail Mishustin"), ("Алексей Олегович Чекунков", "Alexey Chekunkov"), ("Moon Jae-in", "Moon Jaein"),
        ("José García", "Jose Garcia"),
    ])
    func sameKey(_ a: String, _ b: String) {
        #expect(PersonKey(a) == PersonKey(b), "\(a) → \(PersonKey(a)), \(b) → \(PersonKey(b))")
    }

    @Test(arguments: [
        ("Alexey Chekunkov", "Chekunkov"), ("Alexey Chekunkov", "Dmitry Chekunkov"), ("He Zhenwei", "He Jun"),
        ("Roman Arkadyevich Abramovich", "Roman"), ("Ivan Petrov", "Ivana Petrova"), ("Li Wei", "Wei Liang"),
        ("A. Chekunkov", "Alexey Chekunkov"),
    ])
    func differentKey(_ a: String, _ b: String) {
        #expect(PersonKey(a) != PersonKey(b), "\(a) and \(b) must stay apart")
    }
}
