/// Everything one run depends on: the program, the wall clock at virtual time 0, the seed of
/// `random`, the budgets and the timer tiebreak. A scenario file reads into one (`Scenario`),
/// and a `Session` runs one.
public struct RunConfig: Sendable {
    public var source: String
    /// The program's file name, as tracebacks and the trace show it.
    public var file: String
    public var start = VirtualClock.defaultStart
    public var seed = Seed.zero
    public var limits = RunLimits()
    public var tiebreak = Tiebreak.fifo
    /// `sys.argv`; nil is `[file]`, as `python3 FILE` gives.
    public var argv: [String]? = nil

    /// A run of `source` with every default.
    public init(source: String, file: String) {
        self.source = source
        self.file = file
    }

    /// Every default, for messages that name one.
    public static let defaults = RunConfig(source: "", file: "")
}

/// The seed of `random`: what `random.seed(n)` takes, and its decimal text for the trace and
/// for python3.
public struct Seed: Sendable, Equatable {
    /// Whether the number is below zero (`random.seed` uses its magnitude only).
    public private(set) var negative: Bool
    /// Little-endian 32-bit words of the magnitude; empty for 0.
    public private(set) var magnitude: [UInt32]
    /// As written, without a sign for zero ("-0" is "0").
    public private(set) var text: String

    public static let zero = Seed(decimal: "0")

    /// `digits` with an optional leading "-": the caller has checked the form.
    public init(decimal: String) {
        let minus = decimal.hasPrefix("-")
        let digits = minus ? String(decimal.dropFirst()) : decimal
        magnitude = Self.words(decimal: digits)
        negative = minus && !magnitude.isEmpty
        text = (negative ? "-" : "") + digits
    }

    public init(_ value: Int) { self.init(decimal: String(value)) }

    /// Multiply by 10 and add, digit by digit.
    private static func words(decimal digits: String) -> [UInt32] {
        var words: [UInt32] = []
        for ch in digits.utf8 {
            var carry = UInt64(ch - 48)
            for i in words.indices {
                let product = UInt64(words[i]) * 10 + carry
                words[i] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry != 0 { words.append(UInt32(carry)) }
        }
        return words
    }
}
