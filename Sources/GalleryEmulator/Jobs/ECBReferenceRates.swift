/// The euro foreign-exchange reference rates the "ECB euro reference rates" workflow writes: a fixed
/// sample shipped with postie (the emulator never goes to the network), shaped like one day of the
/// ECB's daily file. Illustrative values, not an authoritative record of any day's rates.
enum ECBReferenceRates {
    /// The day the sample stands for.
    static let date = "2021-10-06"

    /// 32 currencies, in the ECB file's order: (ISO code, units per euro).
    static let rates: [(currency: String, rate: String)] = [
        ("USD", "1.1563"), ("JPY", "128.97"), ("BGN", "1.9558"), ("CZK", "25.434"),
        ("DKK", "7.4411"), ("GBP", "0.85020"), ("HUF", "358.95"), ("PLN", "4.5984"),
        ("RON", "4.9478"), ("SEK", "10.1750"), ("CHF", "1.0744"), ("ISK", "150.10"),
        ("NOK", "9.9418"), ("HRK", "7.4983"), ("RUB", "84.2675"), ("TRY", "10.3133"),
        ("AUD", "1.5934"), ("BRL", "6.4008"), ("CAD", "1.4579"), ("CNY", "7.4735"),
        ("HKD", "9.0029"), ("IDR", "16516.43"), ("ILS", "3.7402"), ("INR", "86.5740"),
        ("KRW", "1381.02"), ("MXN", "23.9315"), ("MYR", "4.8396"), ("NZD", "1.6686"),
        ("PHP", "58.823"), ("SGD", "1.5714"), ("THB", "39.184"), ("ZAR", "17.4312"),
    ]

    /// The rate of `currency`, or nil.
    static func rate(of currency: String) -> Double? {
        rates.first { $0.currency == currency }.flatMap { Double($0.rate) }
    }
}
