import PostieJSON
import Testing

@testable import PostieCore

/// Goessner's bookstore, the document every JSONPath implementation is compared on.
let bookstoreText = """
    { "store": {
        "book": [
          { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
          { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
          { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3",
            "price": 8.99 },
          { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings",
            "isbn": "0-395-19395-8", "price": 22.99 }
        ],
        "bicycle": { "color": "red", "price": 19.95 }
      }
    }
    """

private let book0 = #"{"category":"reference","author":"Nigel Rees","title":"Sayings of the Century","price":8.95}"#
private let book1 = #"{"category":"fiction","author":"Evelyn Waugh","title":"Sword of Honour","price":12.99}"#
private let book2 =
    #"{"category":"fiction","author":"Herman Melville","title":"Moby Dick","isbn":"0-553-21311-3","price":8.99}"#
private let book3 =
    #"{"category":"fiction","author":"J. R. R. Tolkien","title":"The Lord of the Rings","isbn":"0-395-19395-8","price":22.99}"#
private let bicycle = #"{"color":"red","price":19.95}"#
private let allAuthors = #"["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]"#

@Suite("JSONPath")
struct JSONPathTests {
    static let bookstore = try! JSONParser.parse(bookstoreText)

    /// What jsonpath-plus returns for each expression on the bookstore (written out by hand).
    @Test(arguments: [
        // Goessner's own examples.
        ("$.store.book[*].author", allAuthors),
        ("$..author", allAuthors),
        ("$.store.*", "[[\(book0),\(book1),\(book2),\(book3)],\(bicycle)]"),
        ("$.store..price", "[8.95,12.99,8.99,22.99,19.95]"),
        ("$..book[2]", "[\(book2)]"),
        ("$..book[-1]", "[\(book3)]"),
        ("$..book[-1:]", "[\(book3)]"),
        ("$..book[0,1]", "[\(book0),\(book1)]"),
        ("$..book[:2]", "[\(book0),\(book1)]"),
        ("$..book[?(@.isbn)]", "[\(book2),\(book3)]"),
        ("$..book[?(@.price<10)]", "[\(book0),\(book2)]"),
        // Members, bracket notation, wildcards.
        ("$", "[\(bookstoreText.replacingOccurrences(of: "\n", with: ""))]"),
        ("$.store.bicycle.color", #"["red"]"#),
        ("$['store']['bicycle']['color']", #"["red"]"#),
        (#"$["store"].bicycle["color"]"#, #"["red"]"#),
        ("$.store.bicycle['color','price']", #"["red",19.95]"#),
        ("$.store.bicycle[*]", #"["red",19.95]"#),
        ("$.store.book[0].*", #"["reference","Nigel Rees","Sayings of the Century",8.95]"#),
        ("$.store.book.0.title", #"["Sayings of the Century"]"#),
        ("$..[0].title", #"["Sayings of the Century"]"#),
        ("$.store.missing", "[]"),
        ("$.store.book[10]", "[]"),
        ("$.store.book[-5]", "[]"),
        ("$.store.bicycle[0]", "[]"),
        ("$.store.book.title", "[]"),
        // Slices.
        ("$.store.book[1:3].title", #"["Sword of Honour","Moby Dick"]"#),
        ("$.store.book[::2].title", #"["Sayings of the Century","Moby Dick"]"#),
        ("$.store.book[-2:].title", #"["Moby Dick","The Lord of the Rings"]"#),
        ("$.store.book[:-3].title", #"["Sayings of the Century"]"#),
        ("$.store.book[::-1].author", #"["J. R. R. Tolkien","Herman Melville","Evelyn Waugh","Nigel Rees"]"#),
        ("$.store.book[2:0:-1].author", #"["Herman Melville","Evelyn Waugh"]"#),
        ("$.store.book[5:]", "[]"),
        ("$.store.book[0:4:0]", "[]"),
        // Filters.
        (
            "$.store.book[?(@.category=='fiction' && @.price > 10)].title",
            #"["Sword of Honour","The Lord of the Rings"]"#
        ),
        (
            "$.store.book[?(@.price < 9 || @.category == \"reference\")].title",
            #"["Sayings of the Century","Moby Dick"]"#
        ),
        ("$.store.book[?((@.price < 9 || @.price > 20) && @.isbn)].title", #"["Moby Dick","The Lord of the Rings"]"#),
        ("$.store.book[?(!@.isbn)].title", #"["Sayings of the Century","Sword of Honour"]"#),
        ("$.store.book[?(!(@.price < 10))].price", "[12.99,22.99]"),
        ("$.store.book[?(@.price >= 8.99 && @.price <= 12.99)].price", "[12.99,8.99]"),
        ("$.store.book[?(@.category != 'fiction')].title", #"["Sayings of the Century"]"#),
        ("$.store.book[?(@.isbn == '0-553-21311-3')].author", #"["Herman Melville"]"#),
        ("$.store.book[?(@['isbn'] == \"0-395-19395-8\")].author", #"["J. R. R. Tolkien"]"#),
        ("$.store.book[?(@.author =~ /tolkien/i)].title", #"["The Lord of the Rings"]"#),
        ("$.store.book[?(@.title =~ /^S/)].title", #"["Sayings of the Century","Sword of Honour"]"#),
        ("$.store.book[?(@.title =~ 'Dick$')].author", #"["Herman Melville"]"#),
        ("$.store.book[?(@.price < $.store.bicycle.price)].price", "[8.95,12.99,8.99]"),
        ("$.store.book[?(@.price > '10')].price", "[12.99,22.99]"),
        ("$.store.book[?(10 > @.price)].price", "[8.95,8.99]"),
        ("$..book[?(@.price<10)].title", #"["Sayings of the Century","Moby Dick"]"#),
        ("$.store[?(@.color)].price", "[19.95]"),
        ("$.store.book[?( @.price<9 )][?(@ == 'Moby Dick')]", #"["Moby Dick"]"#),
        // `.length` (jsonpath-plus).
        ("$.store.book.length", "[4]"),
        ("$.store.book[0].title.length", "[22]"),
        ("$.store.book[?(@.title.length > 15)].title", #"["Sayings of the Century","The Lord of the Rings"]"#),
        ("$.store.bicycle.length", "[]"),
    ])
    func selectsWhatJsonpathPlusSelects(expression: String, expected: String) throws {
        let path = try JSONPath(expression)
        let result = JSONValue.array(path.evaluate(Self.bookstore))
        #expect(result == (try JSONParser.parse(expected)), "\(expression) gave \(JSONWriter.compact(result))")
    }

    @Test func recursiveWildcardVisitsEveryValueInDocumentOrder() throws {
        let values = try JSONPath("$..*").evaluate(Self.bookstore)
        // store, book, bicycle, the 4 books, their 4+4+5+5 members, then the bicycle's 2.
        #expect(values.count == 27)
        #expect(values[0].objectValue?.keys == ["book", "bicycle"])
        #expect(values[1].arrayValue?.count == 4)
        #expect(values[2] == (try JSONParser.parse(bicycle)))
        #expect(values[3]["title"] == "Sayings of the Century")
        #expect(Array(values[7..<11]) == ["reference", "Nigel Rees", "Sayings of the Century", 8.95])
        #expect(Array(values[25...]) == ["red", 19.95])
    }

    @Test(arguments: [
        (#"$['a b']"#, "[1]"),
        (#"$['x.y']"#, "[2]"),
        (#"$['it\'s']"#, "[3]"),
        (#"$["it's"]"#, "[3]"),
        (#"$["q\"uote"]"#, "[4]"),
        (#"$['\u00e9t\u00e9']"#, "[5]"),
        ("$.été", "[5]"),
        ("$.length", "[7]"),
        ("$['length']", "[7]"),
        ("$.content-type", #"["text/csv"]"#),
        ("$.$id", #"["root"]"#),
        ("$.nested.length", "[]"),
        ("$..length", "[7,9]"),
        ("$.tags[?(@ == 'b')]", #"["b"]"#),
        ("$.tags[?(@ =~ /^[ab]$/)]", #"["a","b"]"#),
        ("$.items[?(@.n)].n", #"[1,"x",[],{}]"#),
        ("$.items[?(!@.n)]", #"[{"n":0},{"n":null},{},{"n":""},{"n":false}]"#),
        ("$.items[?(@.n == null)]", #"[{"n":null}]"#),
        ("$.items[?(@.n != null)].n", #"[0,1,"","x",false,[],{}]"#),
        ("$.ids[?(@.id == 200)].id", #"[200,"200"]"#),
        ("$.ids[?(@.id === 200)].id", "[200]"),
        ("$.ids[?(@.id !== 200)].id", #"["200",201]"#),
        ("$.jobs[?(@.status == 'Error')].id", #"["j2"]"#),
        ("$.jobs.*.id", #"["j1","j2"]"#),
        ("$.nested..deep", "[9]"),
    ])
    func readsNamesAndFiltersTheWayPostmanUsersWriteThem(expression: String, expected: String) throws {
        let document = try JSONParser.parse(
            #"""
            { "a b": 1, "x.y": 2, "it's": 3, "q\"uote": 4, "été": 5, "length": 7, "content-type": "text/csv",
              "$id": "root", "nested": { "a": { "deep": 9, "length": 9 } }, "tags": ["a", "b", "c"],
              "items": [{"n": 0}, {"n": 1}, {"n": null}, {}, {"n": ""}, {"n": "x"}, {"n": false}, {"n": []},
                        {"n": {}}],
              "ids": [{"id": 200}, {"id": "200"}, {"id": 201}],
              "jobs": { "first": {"id": "j1", "status": "Completed"}, "second": {"id": "j2", "status": "Error"} } }
            """#)
        let result = JSONValue.array(try JSONPath(expression).evaluate(document))
        #expect(result == (try JSONParser.parse(expected)), "\(expression) gave \(JSONWriter.compact(result))")
    }

    @Test(arguments: [
        ("$", true), ("$.a", true), ("$['a'].b[0]", true), ("$.a[-1]", true), ("$.a.length", true),
        ("$.a[*]", false), ("$.*", false), ("$..a", false), ("$.a[0,1]", false), ("$.a[0:1]", false),
        ("$.a[?(@.b)]", false),
    ])
    func knowsWhetherItIsSingular(expression: String, singular: Bool) throws {
        #expect(try JSONPath(expression).isSingular == singular)
    }

    @Test func equalityAndDescriptionFollowTheText() throws {
        #expect(try JSONPath("$.a") == JSONPath("$.a"))
        #expect(try JSONPath("$.a") != JSONPath("$['a']"))
        #expect(try JSONPath("$.outputs[0].id").description == "$.outputs[0].id")
    }

    @Test(arguments: [
        ("$.a[?(@.b]", #"unexpected ']' at position 10 in "$.a[?(@.b]": expected ')' to close '(' at position 6"#),
        ("", #"empty expression at position 1 in "": a JSONPath starts with '$', e.g. $.id"#),
        ("status", #"unexpected 's' at position 1 in "status": a JSONPath starts with '$'; did you mean "$.status"?"#),
        (
            ".status",
            #"unexpected '.' at position 1 in ".status": a JSONPath starts with '$'; did you mean "$.status"?"#
        ),
        (
            "@.id",
            #"unexpected '@' at position 1 in "@.id": a JSONPath starts with '$'; '@' is only for the element under test inside a filter [?(…)]"#
        ),
        ("$.", #"unexpected end of expression at position 3 in "$.": expected a member name, '*' or '[' after '.'"#),
        ("$..", #"unexpected end of expression at position 4 in "$..": expected a member name, '*' or '[' after '..'"#),
        (
            "$[",
            #"unexpected end of expression at position 3 in "$[": expected a quoted name, an index, a slice, '*' or a filter '?(…)'"#
        ),
        ("$['a", #"unterminated string at position 3 in "$['a": close it with '"#),
        ("$[0", #"unexpected end of expression at position 4 in "$[0": expected ']' to close '[' at position 2"#),
        ("$[0 1]", #"unexpected '1' at position 5 in "$[0 1]": expected ',' or ']'"#),
        ("$[-]", #"unexpected ']' at position 4 in "$[-]": expected a digit after '-'"#),
        (
            "$[1,]",
            #"unexpected ']' at position 5 in "$[1,]": expected a quoted name, an index, a slice, '*' or a filter '?(…)'"#
        ),
        ("$.a b", #"unexpected space at position 4 in "$.a b": expected '.', '[' or the end of the expression"#),
        ("$a", #"unexpected 'a' at position 2 in "$a": expected '.', '[' or the end of the expression"#),
        (
            "$.a[?(@.b = 1)]",
            #"unexpected '=' at position 11 in "$.a[?(@.b = 1)]": compare with '==' (a single '=' assigns)"#
        ),
        (
            "$.a[?(@.b > )]",
            #"unexpected ')' at position 13 in "$.a[?(@.b > )]": expected '@', '$', a quoted string, a number, true, false or null"#
        ),
        (
            "$.a[?(@.b == undefined)]",
            #"unknown word 'undefined' at position 14 in "$.a[?(@.b == undefined)]": expected '@', '$', a quoted string, a number, true, false or null"#
        ),
        (
            "$.a[(@.length-1)]",
            #"script expressions such as [(@.length-1)] are not supported at position 5 in "$.a[(@.length-1)]": use a negative index such as [-1] or a slice such as [-2:]"#
        ),
        (
            "$.a[?(@.b =~ /x)]",
            #"unterminated regular expression at position 14 in "$.a[?(@.b =~ /x)]": close it with '/'"#
        ),
        (
            "$.a[?(@.b =~ /(/)]",
            #"invalid regular expression /(/ at position 14 in "$.a[?(@.b =~ /(/)]": check brackets, parentheses and escapes (ICU syntax)"#
        ),
        (
            "$.a[?(@.b =~ x)]",
            #"unexpected 'x' at position 14 in "$.a[?(@.b =~ x)]": expected a regular expression such as /^abc/i after '=~'"#
        ),
        (
            "$['a\\q']",
            #"invalid escape '\q' at position 5 in "$['a\\q']": in a quoted name write \\ for a backslash and \' for the quote"#
        ),
        (
            "$[99999999999999999999]",
            #"index 99999999999999999999 is too large at position 3 in "$[99999999999999999999]""#
        ),
    ])
    func reportsTheExpressionAndPositionOfAMistake(expression: String, message: String) {
        do {
            _ = try JSONPath(expression)
            Issue.record("\(expression) parsed")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func boundsNesting() {
        let deep = "$.a" + String(repeating: "[?(@.a", count: 40) + String(repeating: ")]", count: 40)
        #expect(throws: JSONPathError.self) { try JSONPath(deep) }
        #expect(throws: JSONPathError.self) { try JSONPath("$[?(" + String(repeating: "!", count: 100) + "@.a)]") }
        let fine = "$.a" + String(repeating: "[?(@.a", count: 5) + String(repeating: ")]", count: 5)
        #expect(throws: Never.self) { try JSONPath(fine) }
    }

    @Test func walksDeepDocumentsWithoutRecursion() throws {
        var value: JSONValue = ["leaf": true]
        for _ in 0..<3_000 { value = ["child": value] }
        #expect(try JSONPath("$..leaf").evaluate(value) == [true])
        #expect(try JSONPath("$..*").evaluate(value).count == 3_001)
    }

    @Test func neverCrashesOnArbitraryExpressions() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("$.@[]()?*,:'\"=!<>&|~/ -0123456789abl")
        let document: JSONValue = ["a": [1, "b", ["c": [nil, true]]], "b": ["length": 2]]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            let text = "$" + String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            if let path = try? JSONPath(text) { _ = path.evaluate(document) }
        }
    }
}
