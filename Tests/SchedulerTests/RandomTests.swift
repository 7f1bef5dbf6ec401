// RandomTests.swift
// Expected values were produced with CPython 3.11.7; the generating Python
// one-liner is given beside each value.

import Testing
@testable import Scheduler

/// Decimal string of a little-endian 32-bit word array (test helper).
private func decimal(_ words: [UInt32]) -> String {
    var digits: [UInt8] = [0]  // little-endian base-10 digits
    for word in words.reversed() {
        // digits = digits * 2**32 + word
        var carry = UInt64(word)
        for i in 0..<digits.count {
            let v = UInt64(digits[i]) * 4_294_967_296 + carry
            digits[i] = UInt8(v % 10)
            carry = v / 10
        }
        while carry > 0 {
            digits.append(UInt8(carry % 10))
            carry /= 10
        }
    }
    while digits.count > 1 && digits.last == 0 { digits.removeLast() }
    return String(digits.reversed().map { Character(String($0)) })
}

private func generator(_ words: [UInt32]) -> MersenneTwister {
    var g = MersenneTwister()
    g.seed(magnitude: words)
    return g
}

struct RandomSeedCase: Sendable, CustomStringConvertible {
    var name: String
    var words: [UInt32]
    var first32: [UInt32]
    var randoms: [Double]
    var bits7: UInt32
    var bits33: String
    var bits100: String
    var dice: [Int64]
    var bigRange: Int64
    var choice7: Int
    var choice1000: Int
    var shuffled: [Int]
    var uniform13: Double
    var below2p70: String
    var description: String { "seed(\(name))" }
}

let randomSeedCases: [RandomSeedCase] = [
    RandomSeedCase(
        name: "0", words: [0],
        // r=random.Random(0); [r.getrandbits(32) for _ in range(3)]
        first32: [3626764237, 1654615998, 3255389356],
        // r=random.Random(0); [r.random() for _ in range(5)]
        randoms: [0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085],
        // r=random.Random(0); r.getrandbits(7), r.getrandbits(33), r.getrandbits(100)
        bits7: 108, bits33: "5949583294", bits100: "320120153174708524685608814210",
        // r=random.Random(0); [r.randint(1,6) for _ in range(10)]
        dice: [4, 4, 1, 3, 5, 4, 4, 3, 4, 3],
        // random.Random(0).randrange(0, 10**12)
        bigRange: 424533559245,
        // r=random.Random(0); r.choice(range(7)), r.choice(list(range(1000)))
        choice7: 6, choice1000: 394,
        // r=random.Random(0); l=list(range(10)); r.shuffle(l); l
        shuffled: [7, 8, 1, 5, 3, 4, 2, 0, 9, 6],
        // random.Random(0).uniform(1, 3)
        uniform13: 2.6888437030500962,
        // random.Random(0)._randbelow(2**70+12345)
        below2p70: "99991896773263558274"
    ),
    RandomSeedCase(
        name: "1", words: [1],
        // r=random.Random(1); [r.getrandbits(32) for _ in range(3)]
        first32: [577090037, 2444712010, 3639700191],
        // r=random.Random(1); [r.random() for _ in range(5)]
        randoms: [0.13436424411240122, 0.8474337369372327, 0.763774618976614, 0.2550690257394217, 0.49543508709194095],
        // r=random.Random(1); r.getrandbits(7), r.getrandbits(33), r.getrandbits(100)
        bits7: 17, bits33: "6739679306", bits100: "321912487774453150805552873008",
        // r=random.Random(1); [r.randint(1,6) for _ in range(10)]
        dice: [2, 5, 1, 3, 1, 4, 4, 4, 6, 4],
        // random.Random(1).randrange(0, 10**12)
        bigRange: 623347347957,
        // r=random.Random(1); r.choice(range(7)), r.choice(list(range(1000)))
        choice7: 1, choice1000: 582,
        // r=random.Random(1); l=list(range(10)); r.shuffle(l); l
        shuffled: [6, 8, 9, 7, 5, 3, 0, 4, 1, 2],
        // random.Random(1).uniform(1, 3)
        uniform13: 1.2687284882248024,
        // random.Random(1)._randbelow(2**70+12345)
        below2p70: "161663107527885274672"
    ),
    RandomSeedCase(
        name: "42", words: [42],
        // r=random.Random(42); [r.getrandbits(32) for _ in range(3)]
        first32: [2746317213, 478163327, 107420369],
        // r=random.Random(42); [r.random() for _ in range(5)]
        randoms: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124],
        // r=random.Random(42); r.getrandbits(7), r.getrandbits(33), r.getrandbits(100)
        bits7: 81, bits33: "478163327", bits100: "257086819302815227845767741691",
        // r=random.Random(42); [r.randint(1,6) for _ in range(10)]
        dice: [6, 1, 1, 6, 3, 2, 2, 2, 6, 1],
        // random.Random(42).randrange(0, 10**12)
        bigRange: 123005401501,
        // r=random.Random(42); r.choice(range(7)), r.choice(list(range(1000)))
        choice7: 5, choice1000: 114,
        // r=random.Random(42); l=list(range(10)); r.shuffle(l); l
        shuffled: [7, 3, 2, 8, 5, 6, 9, 4, 0, 1],
        // random.Random(42).uniform(1, 3)
        uniform13: 2.2788535969157673,
        // random.Random(42)._randbelow(2**70+12345)
        below2p70: "57393928075486525853"
    ),
    RandomSeedCase(
        name: "-5", words: [5],
        // r=random.Random(-5); [r.getrandbits(32) for _ in range(3)]
        first32: [2675342405, 1097127993, 3185950873],
        // r=random.Random(-5); [r.random() for _ in range(5)]
        randoms: [0.6229016948897019, 0.7417869892607294, 0.7951935655656966, 0.9424502837770503, 0.7398985747399307],
        // r=random.Random(-5); r.getrandbits(7), r.getrandbits(33), r.getrandbits(100)
        bits7: 79, bits33: "5392095289", bits100: "1243125272628914304950441933756",
        // r=random.Random(-5); [r.randint(1,6) for _ in range(10)]
        dice: [5, 3, 6, 3, 6, 6, 6, 5, 1, 4],
        // random.Random(-5).randrange(0, 10**12)
        bigRange: 281848216645,
        // r=random.Random(-5); r.choice(range(7)), r.choice(list(range(1000)))
        choice7: 4, choice1000: 261,
        // r=random.Random(-5); l=list(range(10)); r.shuffle(l); l
        shuffled: [2, 3, 1, 0, 8, 7, 6, 5, 4, 9],
        // random.Random(-5).uniform(1, 3)
        uniform13: 2.245803389779404,
        // random.Random(-5)._randbelow(2**70+12345)
        below2p70: "1103859587130241901295"
    ),
    RandomSeedCase(
        name: "2**70", words: [0, 0, 64],
        // r=random.Random(2**70); [r.getrandbits(32) for _ in range(3)]
        first32: [999817988, 4080621250, 1782696399],
        // r=random.Random(2**70); [r.random() for _ in range(5)]
        randoms: [0.2327882718301838, 0.4150663501741646, 0.10762663043437715, 0.7502607928809621, 0.655653903099609],
        // r=random.Random(2**70); r.getrandbits(7), r.getrandbits(33), r.getrandbits(100)
        bits7: 29, bits33: "4080621250", bits100: "1014849201860332322937707712473",
        // r=random.Random(2**70); [r.randint(1,6) for _ in range(10)]
        dice: [2, 4, 4, 1, 1, 6, 2, 3, 2, 1],
        // random.Random(2**70).randrange(0, 10**12)
        bigRange: 538653608399,
        // r=random.Random(2**70); r.choice(range(7)), r.choice(list(range(1000)))
        choice7: 1, choice1000: 972,
        // r=random.Random(2**70); l=list(range(10)); r.shuffle(l); l
        shuffled: [4, 9, 5, 2, 1, 8, 0, 7, 6, 3],
        // random.Random(2**70).uniform(1, 3)
        uniform13: 1.4655765436603676,
        // random.Random(2**70)._randbelow(2**70+12345)
        below2p70: "995203570723718693636"
    ),
]

@Suite struct RandomTests {
    @Test("seed(0) is the default state")
    func defaultStateIsSeedZero() {
        var g = MersenneTwister()
        // r=random.Random(0); [r.getrandbits(32) for _ in range(3)]
        #expect(g.next32() == 3626764237)
        #expect(g.next32() == 1654615998)
        #expect(g.next32() == 3255389356)
        var h = MersenneTwister()
        // r=random.Random(0); r.random(), r.random()
        #expect(h.random() == 0.8444218515250481)
        #expect(h.random() == 0.7579544029403025)
        #expect(MersenneTwister().state == generator([0]).state)
    }

    @Test("first 32-bit outputs", arguments: randomSeedCases)
    func first32(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect((0..<3).map { _ in g.getrandbits(32) } == c.first32.map { [$0] })
        var h = generator(c.words)
        #expect((0..<3).map { _ in h.next32() } == c.first32)
    }

    @Test("random() x5", arguments: randomSeedCases)
    func randomFloats(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect((0..<5).map { _ in g.random() } == c.randoms)
    }

    @Test("getrandbits(7), (33), (100)", arguments: randomSeedCases)
    func getrandbits(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect(g.getrandbits(7) == [c.bits7])
        let w33 = g.getrandbits(33)
        #expect(w33.count == 2)
        #expect(decimal(w33) == c.bits33)
        let w100 = g.getrandbits(100)
        #expect(w100.count == 4)
        #expect(w100[3] < 16)
        #expect(decimal(w100) == c.bits100)
    }

    @Test("randint(1, 6) x10", arguments: randomSeedCases)
    func dice(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect((0..<10).map { _ in g.randint(1, 6) } == c.dice)
    }

    @Test("randrange(0, 10**12)", arguments: randomSeedCases)
    func bigRange(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect(g.randrange(start: 0, stop: 1_000_000_000_000) == c.bigRange)
    }

    @Test("choice via randbelow(len)", arguments: randomSeedCases)
    func choice(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect(g.choiceIndex(count: 7) == c.choice7)
        #expect(Int(g.randbelow(1000)) == c.choice1000)
    }

    @Test("shuffle(list(range(10)))", arguments: randomSeedCases)
    func shuffle(_ c: RandomSeedCase) {
        var g = generator(c.words)
        var a = Array(0..<10)
        g.shuffle(&a)
        #expect(a == c.shuffled)
        // The swap list reproduces the same permutation.
        var h = generator(c.words)
        var b = Array(0..<10)
        for (i, j) in h.shuffleIndices(count: 10) { b.swapAt(i, j) }
        #expect(b == c.shuffled)
        #expect(h.state == g.state)
    }

    @Test("uniform(1, 3)", arguments: randomSeedCases)
    func uniform(_ c: RandomSeedCase) {
        var g = generator(c.words)
        #expect(g.uniform(1, 3) == c.uniform13)
    }

    @Test("_randbelow(2**70 + 12345) with word arrays", arguments: randomSeedCases)
    func randbelowWords(_ c: RandomSeedCase) {
        var g = generator(c.words)
        // 2**70 + 12345 = [12345, 0, 64]
        let r = g.randbelow(words: [12345, 0, 64])
        #expect(decimal(r) == c.below2p70)
        #expect(r.last != 0)
    }

    @Test("Int64 seeding ignores sign and extra zero words")
    func seedingForms() {
        var a = MersenneTwister(seed: -5)
        var b = generator([5, 0, 0])
        // random.Random(-5).random()
        #expect(a.random() == 0.6229016948897019)
        #expect(b.random() == 0.6229016948897019)
        var c = generator([])
        // random.Random(0).random()
        #expect(c.random() == 0.8444218515250481)
        var d = MersenneTwister(seed: 1 << 32)
        // random.Random(2**32).random()
        #expect(d.random() == 0.11299430095636409)
        var e = generator([UInt32.max, UInt32.max])
        // random.Random(2**64-1).random()
        #expect(e.random() == 0.021825695401270107)
    }

    @Test("outputs across the 624-word regeneration boundary")
    func regeneration() {
        var g = MersenneTwister()
        var outs: [UInt32] = []
        for _ in 0..<2001 { outs.append(g.next32()) }
        // r=random.Random(0); x=[r.getrandbits(32) for _ in range(2001)]; x[623:626], x[2000]
        #expect(Array(outs[623..<626]) == [2390040247, 2229104038, 1244770883])
        #expect(outs[2000] == 4065999976)
    }

    @Test("state snapshot and restore")
    func stateRoundTrip() {
        var g = MersenneTwister()
        for _ in 0..<700 { _ = g.random() }
        let s = g.state
        // r=random.Random(0); [r.random() for _ in range(700)]; s=r.getstate()[1]; s[0], s[623], s[624], r.random()
        #expect(s.count == 625)
        #expect(s[0] == 836265224)
        #expect(s[623] == 2754414139)
        #expect(s[624] == 152)
        let expected = 0.6380736282281027
        var copy = g
        #expect(copy.random() == expected)
        #expect(g.random() == expected)  // copy did not disturb the original
        var restored = MersenneTwister(state: s)
        #expect(restored?.random() == expected)
        var h = MersenneTwister(seed: 99)
        let accepted = h.setState(s)
        #expect(accepted)
        #expect(h.random() == expected)
        #expect(MersenneTwister(state: Array(s.dropLast())) == nil)
        var bad = s
        bad[624] = 625
        #expect(MersenneTwister(state: bad) == nil)
        let rejected = !h.setState(bad)
        #expect(rejected)
    }

    @Test("randbelow edge cases")
    func randbelowEdges() {
        var g = MersenneTwister(seed: 3)
        // r=random.Random(3); r._randbelow(2**64-1), r._randbelow(2**63+1), r._randbelow(1), r.getrandbits(32)
        #expect(g.randbelow(UInt64.max) == 10932295209482665981)
        #expect(g.randbelow((1 << 63) + 1) == 2405875930906139466)
        #expect(g.randbelow(1) == 0)
        #expect(g.next32() == 3933953013)
    }

    @Test("randrange with step and randint over the full Int64 range")
    func rangesWithStep() {
        var g = MersenneTwister(seed: 5)
        // r=random.Random(5); r.randrange(10,100,7), r.randrange(100,10,-3), r.randrange(-50,50,1), r.randrange(0,1,5)
        #expect(g.randrange(start: 10, stop: 100, step: 7) == 73)
        #expect(g.randrange(start: 100, stop: 10, step: -3) == 76)
        #expect(g.randrange(start: -50, stop: 50, step: 1) == 44)
        #expect(g.randrange(start: 0, stop: 1, step: 5) == 0)
        #expect(g.randrange(start: 0, stop: 10, step: 0) == nil)
        #expect(g.randrange(start: 10, stop: 0, step: 2) == nil)
        #expect(g.randrange(start: 5, stop: 5, step: 1) == nil)

        var h = MersenneTwister(seed: 9)
        // r=random.Random(9); r.randint(-2**63, 2**63-1), r.randint(-2**63, 2**63-1), r.randint(5,5), r.getrandbits(32)
        #expect(h.randint(Int64.min, Int64.max) == 2088452442651338350)
        #expect(h.randint(Int64.min, Int64.max) == -6667770931565106180)
        #expect(h.randint(5, 5) == 5)
        #expect(h.next32() == 1453097014)
    }

    @Test("getrandbits word layout")
    func getrandbitsLayout() {
        var g = MersenneTwister(seed: 11)
        // r=random.Random(11); r.getrandbits(64), r.getrandbits(0), r.getrandbits(32), r.getrandbits(65)
        #expect(decimal(g.getrandbits(64)) == "15970126346341786989")
        #expect(g.getrandbits(0) == [])
        #expect(g.getrandbits(32) == [2404204071])
        let w = g.getrandbits(65)
        #expect(w.count == 3)
        #expect(decimal(w) == "35495420139553906603")

        var h = MersenneTwister(seed: 11)
        #expect(h.getrandbits64(64) == 15970126346341786989)
        #expect(h.getrandbits64(0) == 0)
        #expect(h.getrandbits64(32) == 2404204071)
    }
}
