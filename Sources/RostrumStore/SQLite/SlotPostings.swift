/// For each value of one filter dimension (a person, a year, a topic code…), the slots holding it:
/// an ascending list while it is rare, a `SlotBits` once it holds more than 1/32 of the slots
/// (the bitset is then the smaller of the two).
///
/// Why: a filter becomes the union of its values' slots, read in time proportional to the rarer
/// values' hits or to 1/64 of the quotes for the common ones, instead of testing every quote.
struct SlotPostings: Sendable {
    private var lists: [[Int32]] = []
    private var bits: [SlotBits?] = []

    /// Records that `slot` (not smaller than any slot recorded before) holds `value` (>= 0);
    /// `slotCount` is how many slots there are so far, which decides when a list becomes bits.
    mutating func add(_ slot: Int, value: Int, slotCount: Int) {
        if value >= lists.count {
            lists.append(contentsOf: repeatElement([], count: value + 1 - lists.count))
            bits.append(contentsOf: repeatElement(nil, count: value + 1 - bits.count))
        }
        if bits[value] != nil {
            bits[value]?.insert(slot)
            return
        }
        if lists[value].last == Int32(slot) { return }
        lists[value].append(Int32(slot))
        if lists[value].count >= 4096, lists[value].count * 32 > slotCount {
            var set = SlotBits(wordCount: SlotBits.wordCount(slotCount))
            set.insert(contentsOf: lists[value])
            bits[value] = set
            lists[value] = []
        }
    }

    /// The values with at least one slot are `0..<valueCount` at most.
    var valueCount: Int { lists.count }

    /// The slots holding any of `values`, as a set of `wordCount` words.
    func union(_ values: [Int], wordCount: Int) -> SlotBits {
        let present = values.filter { $0 >= 0 && $0 < lists.count }
        if present.count == 1, let only = bits[present[0]] { return only }
        var out = SlotBits(wordCount: wordCount)
        for value in Set(present) {
            if let set = bits[value] {
                out.formUnion(set)
            } else {
                out.insert(contentsOf: lists[value])
            }
        }
        return out
    }

    /// Writes the lists and bitsets for `QuoteColumnsFile`.
    func write(to writer: inout BinaryWriter) {
        writer.put(Int64(lists.count))
        for (list, set) in zip(lists, bits) {
            if let set {
                writer.put(UInt8(1))
                writer.put(array: set.words)
            } else {
                writer.put(UInt8(0))
                writer.put(array: list)
            }
        }
    }

    /// Postings read back from `reader`, every slot checked to be below `slotCount`.
    init(reading reader: inout BinaryReader, slotCount: Int) throws {
        let values = try reader.count(limit: 1 << 31)
        lists.reserveCapacity(values)
        bits.reserveCapacity(values)
        for _ in 0..<values {
            switch try reader.get(UInt8.self) {
            case 1:
                let set = SlotBits(words: try reader.array(of: UInt64.self))
                guard set.fits(slotCount) else { throw BinaryReader.Damaged() }
                lists.append([])
                bits.append(set)
            case 0:
                let list = try reader.array(of: Int32.self)
                guard list.allSatisfy({ $0 >= 0 && Int($0) < slotCount }) else { throw BinaryReader.Damaged() }
                lists.append(list)
                bits.append(nil)
            default:
                throw BinaryReader.Damaged()
            }
        }
    }

    /// No values yet.
    init() {}
}
