import Foundation

/// What a workflow run wrote: the disposition, the engine messages and the output files' records.
struct WorkflowRun: Sendable, Equatable {
    var disposition: JobDisposition
    var messages: [EngineMessage]
    var outputs: [(name: String, records: RecordTable)]

    static func == (lhs: WorkflowRun, rhs: WorkflowRun) -> Bool {
        lhs.disposition == rhs.disposition && lhs.messages == rhs.messages
            && lhs.outputs.map(\.name) == rhs.outputs.map(\.name) && lhs.outputs.map(\.records) == rhs.outputs.map(\.records)
    }
}

/// Runs the seeded workflows: deterministic functions of the workflow, its answers and input files.
enum WorkflowRunner {
    /// The choices of the converter's `Currency` question.
    static let converterCurrencies = ["USD", "GBP", "JPY", "CHF", "SEK", "NOK", "CAD", "AUD"]

    /// Runs `workflow` with `answers` (question name → value, defaults filled in).
    static func run(_ workflow: Workflow, answers: [String: String], inputFiles: [String: InputFile]) -> WorkflowRun {
        switch workflow.behavior {
        case .ecbReferenceRates: return ecbReferenceRates()
        case .currencyConverter: return currencyConverter(answers: answers, inputFiles: inputFiles)
        case .addressValidation: return addressValidation()
        case .salesRollup: return salesRollup()
        case .regionalSummary: return regionalSummary()
        case .published: return published(workflow)
        case .macro:
            return WorkflowRun(
                disposition: .error,
                messages: [EngineMessage(status: 3, text: "Error: a macro cannot be run on its own", toolId: 0)],
                outputs: [])
        }
    }

    /// The seed article's job: one output of 32 records.
    static func ecbReferenceRates() -> WorkflowRun {
        let records = RecordTable(
            fields: [.init(name: "Date", type: "Date"), .init(name: "Currency", type: "V_String"),
                     .init(name: "Rate", type: "Double")],
            rows: ECBReferenceRates.rates.map { [ECBReferenceRates.date, $0.currency, $0.rate] })
        let count = records.rows.count
        return WorkflowRun(
            disposition: .success,
            messages: [
                EngineMessage(status: 1, text: "1 record was output", toolId: 6),
                EngineMessage(
                    status: 101,
                    text: "action:GET URL:https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml "
                        + "(emulated: the rates ship with postie, no network)",
                    toolId: 7),
                EngineMessage(
                    status: 1, text: "Records transferred: 1; active connections: 1; average records per minute: 26",
                    toolId: 7),
                EngineMessage(status: 1, text: "\(count) records were successfully parsed and 4 were not.", toolId: 10),
                EngineMessage(status: 1, text: "\(count) records were True and 4 were False", toolId: 12),
                EngineMessage(
                    status: 9, text: "output.yxdb|\(count) records were written to \"output.yxdb\"", toolId: 8),
            ],
            outputs: [(name: "output.yxdb", records: records)])
    }

    /// Converts euros into the chosen currency: one record per amount (the `Amount` answer, or every
    /// number in the file the `AmountsFile` answer names).
    static func currencyConverter(answers: [String: String], inputFiles: [String: InputFile]) -> WorkflowRun {
        let currency = (answers["Currency"] ?? "USD").trimmingCharacters(in: .whitespaces)
        let amountText = (answers["Amount"] ?? "100").trimmingCharacters(in: .whitespaces)
        var messages: [EngineMessage] = []
        guard converterCurrencies.contains(currency), let rate = ECBReferenceRates.rate(of: currency) else {
            return failed([
                EngineMessage(
                    status: 3,
                    text: "Error: Currency: \"\(currency)\" is not one of the list's values ("
                        + converterCurrencies.joined(separator: ", ") + ")",
                    toolId: 4)
            ])
        }
        var amounts: [Double] = []
        if let fileId = answers["AmountsFile"]?.trimmingCharacters(in: .whitespaces), !fileId.isEmpty,
            let file = inputFiles[fileId]
        {
            let text = String(decoding: file.data, as: UTF8.self)
            let separators: Set<Character> = [",", ";", "\t", " ", "\n", "\r", "\r\n"]
            amounts = text.split(whereSeparator: { separators.contains($0) }).compactMap { Double($0) }
            let name = file.fileName.isEmpty ? fileId : file.fileName
            messages.append(EngineMessage(status: 1, text: "\(name): \(amounts.count) amounts were read", toolId: 2))
            if amounts.isEmpty {
                messages.append(
                    EngineMessage(
                        status: 2, text: "Warning: AmountsFile has no numbers; using Amount \(amountText)", toolId: 2))
            }
        }
        if amounts.isEmpty {
            guard let amount = Double(amountText), amount.isFinite else {
                return failed(
                    messages + [EngineMessage(status: 3, text: "Error: Amount: \"\(amountText)\" is not a number", toolId: 3)])
            }
            amounts = [amount]
            messages.append(EngineMessage(status: 1, text: "1 record was output", toolId: 3))
        }
        let records = RecordTable(
            fields: [.init(name: "Currency", type: "V_String"), .init(name: "Rate", type: "Double"),
                     .init(name: "AmountEUR", type: "Double"), .init(name: "Converted", type: "Double")],
            rows: amounts.map { amount in
                [currency, ECBReferenceRates.rates.first { $0.currency == currency }?.rate ?? "",
                 decimal(amount), decimal(amount * rate)]
            })
        messages.append(
            EngineMessage(status: 1, text: "Rate EUR/\(currency) \(ECBReferenceRates.date): \(decimal(rate, digits: 4))", toolId: 5))
        messages.append(
            EngineMessage(
                status: 9,
                text: "conversion.yxdb|\(records.rows.count) record\(records.rows.count == 1 ? " was" : "s were") "
                    + "written to \"conversion.yxdb\"",
                toolId: 9))
        return WorkflowRun(disposition: .success, messages: messages, outputs: [(name: "conversion.yxdb", records: records)])
    }

    /// Always ends in `Error`, with warnings and errors as a failing Test tool writes them.
    static func addressValidation() -> WorkflowRun {
        failed([
            EngineMessage(status: 1, text: "customers.csv: 120 records were read", toolId: 1),
            EngineMessage(status: 2, text: "ConvError: PostalCode: \"9O210\" is not a valid postal code (record 37)", toolId: 3),
            EngineMessage(status: 2, text: "ConvError: PostalCode: \"\" is empty (record 81)", toolId: 3),
            EngineMessage(status: 3, text: "Error: 2 records failed the test \"PostalCode is valid\"", toolId: 5),
            EngineMessage(status: 3, text: "Error: the workflow stopped: tool 5 (Test) reported errors", toolId: 5),
        ])
    }

    /// Twelve monthly totals.
    static func salesRollup() -> WorkflowRun {
        let rows = (1...12).map { month -> [String] in
            let orders = 300 + (month * 37) % 90
            let revenue = Double(orders) * (41.5 + Double(month % 5))
            return ["2021-\(month < 10 ? "0" : "")\(month)", String(orders), decimal(revenue)]
        }
        let records = RecordTable(
            fields: [.init(name: "Month", type: "V_String"), .init(name: "Orders", type: "Int32"),
                     .init(name: "Revenue", type: "Double")],
            rows: rows)
        return WorkflowRun(
            disposition: .success,
            messages: [
                EngineMessage(status: 1, text: "sales.yxdb: 4380 records were read", toolId: 1),
                EngineMessage(status: 1, text: "12 records were output", toolId: 4),
                EngineMessage(status: 9, text: "monthly-sales.yxdb|12 records were written to \"monthly-sales.yxdb\"", toolId: 6),
            ],
            outputs: [(name: "monthly-sales.yxdb", records: records)])
    }

    /// Four regions.
    static func regionalSummary() -> WorkflowRun {
        let records = RecordTable(
            fields: [.init(name: "Region", type: "V_String"), .init(name: "Revenue", type: "Double")],
            rows: [["North", "182400.00"], ["East", "167250.50"], ["South", "201980.25"], ["West", "158300.75"]])
        return WorkflowRun(
            disposition: .success,
            messages: [EngineMessage(status: 9, text: "regions.yxdb|4 records were written to \"regions.yxdb\"", toolId: 3)],
            outputs: [(name: "regions.yxdb", records: records)])
    }

    /// A published workflow: one record naming it.
    static func published(_ workflow: Workflow) -> WorkflowRun {
        let records = RecordTable(
            fields: [.init(name: "Workflow", type: "V_WString"), .init(name: "Version", type: "Int32")],
            rows: [[workflow.name, String(workflow.version)]])
        return WorkflowRun(
            disposition: .success,
            messages: [
                EngineMessage(status: 1, text: "1 record was output", toolId: 1),
                EngineMessage(status: 9, text: "output.yxdb|1 record was written to \"output.yxdb\"", toolId: 2),
            ],
            outputs: [(name: "output.yxdb", records: records)])
    }

    private static func failed(_ messages: [EngineMessage]) -> WorkflowRun {
        WorkflowRun(disposition: .error, messages: messages, outputs: [])
    }

    /// `value` with `digits` fraction digits, `.` as the separator.
    static func decimal(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}
