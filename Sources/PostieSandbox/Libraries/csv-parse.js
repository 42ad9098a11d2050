// postie's own `csv-parse/lib/sync`: csv-parse 1.x's synchronous parser as Postman scripts use it,
// `parse(text, options)` giving an array of records (arrays, or objects with `columns`). Options:
// delimiter, rowDelimiter (found in the text when not given: the first of \r\n, \n, \r), quote, escape,
// columns (true, an array, or a function of the header), comment, relax, relax_column_count,
// skip_empty_lines, skip_lines_with_empty_values, trim, ltrim, rtrim, auto_parse, auto_parse_date,
// from, to, objname. Written for postie from csv-parse's documentation (csv.js.org/parse) and
// checked against csv-parse 1.2.2 in Node; no csv-parse code is used.
//
// csv-parse 1.x reads its input with one character of look-ahead and reports some errors only from
// the last character: a record whose column count is wrong, or a quote out of place, ends parsing
// quietly (the records before it are returned) unless the mistake is at the input's last character,
// where it throws. Those outcomes are reproduced here.
'use strict';

function Stop() {}

function toText(data) {
    if (data && typeof data === 'object' && typeof data.toString === 'function' && data.constructor && data.constructor.name === 'Buffer') {
        return data.toString('utf8');
    }
    return String(data);
}

function findRowDelimiter(text) {
    for (var i = 0; i < text.length; i++) {
        var c = text.charAt(i);
        if (c === '\n') { return '\n'; }
        if (c === '\r') { return text.charAt(i + 1) === '\n' ? '\r\n' : '\r'; }
    }
    return '\n';
}

function isSpace(c) { return c === ' ' || c === '\t'; }

function autoParse(value, dates) {
    var number = parseFloat(value);
    if (!isNaN(number) && isFinite(value)) { return number; }
    if (dates) {
        var time = Date.parse(value);
        if (!isNaN(time)) { return new Date(value); }
    }
    return value;
}

module.exports = function parse(data, options) {
    options = options || {};
    var text = toText(data);
    var delimiter = options.delimiter === undefined ? ',' : String(options.delimiter);
    var rowDelimiter = options.rowDelimiter ? String(options.rowDelimiter) : findRowDelimiter(text);
    var quote = options.quote === undefined || options.quote === null ? '"' : String(options.quote);
    var escape = options.escape === undefined || options.escape === null ? '"' : String(options.escape);
    var comment = options.comment ? String(options.comment) : '';
    var ltrim = !!(options.trim || options.ltrim), rtrim = !!(options.trim || options.rtrim);
    var records = options.objname ? {} : [];
    var columns = options.columns, header = columns === true || typeof columns === 'function' ? null : columns;
    var expectedCount = null, dataCount = 0, rowDelimiters = 0;
    var row = [], field = '', quoted = false, wasQuoted = false, inComment = false, fieldStarted = false, i = 0, n = text.length;

    function lineNumber() { return rowDelimiters + 1; }
    function fail(message) { throw new Error(message); }

    function finishField() {
        var value = field;
        if (!wasQuoted) {
            if (ltrim) { value = value.replace(/^[ \t]+/, ''); }
            if (rtrim) { value = value.replace(/[ \t]+$/, ''); }
        }
        if (options.auto_parse) { value = autoParse(value, options.auto_parse_date); }
        row.push(value);
        field = '';
        wasQuoted = false;
        fieldStarted = false;
    }

    // `last` tells whether the record ended at the input's last character (see the header comment)
    function finishRecord(last) {
        var record = row;
        row = [];
        if (options.skip_empty_lines && record.length === 1 && record[0] === '') { return; }
        if (options.skip_lines_with_empty_values && record.join('').trim() === '') { return; }
        if (columns === true || typeof columns === 'function') {
            if (header === null) {
                header = typeof columns === 'function' ? columns(record) : record;
                return;
            }
        }
        if (header) {
            if (record.length !== header.length && !options.relax_column_count) {
                if (last) { fail('Number of columns on line ' + lineNumber() + ' does not match header'); }
                throw new Stop();
            }
        } else if (!options.relax_column_count) {
            if (expectedCount === null) { expectedCount = record.length; }
            else if (record.length !== expectedCount) {
                if (last) { fail('Number of columns is inconsistent on line ' + lineNumber()); }
                throw new Stop();
            }
        }
        dataCount++;
        if (options.from && dataCount < options.from) { return; }
        if (options.to && dataCount > options.to) { return; }
        var value = record;
        if (header) {
            value = {};
            for (var k = 0; k < header.length && k < record.length; k++) {
                if (header[k] !== false) { value[header[k]] = record[k]; }
            }
        }
        if (options.objname) {
            if (header) { records[value[options.objname]] = value; } else { records[record[0]] = record[1]; }
        } else {
            records.push(value);
        }
    }

    function startsWith(token, at) { return token !== '' && text.substr(at, token.length) === token; }

    try {
        while (i < n) {
            var c = text.charAt(i);
            if (quoted) {
                if (escape !== quote && startsWith(escape, i) && (startsWith(quote, i + escape.length) || startsWith(escape, i + escape.length))) {
                    field += text.charAt(i + escape.length);
                    i += escape.length + 1;
                    continue;
                }
                if (startsWith(quote, i)) {
                    var after = i + quote.length;
                    if (escape === quote && startsWith(quote, after)) { field += quote; i = after + quote.length; continue; }
                    if (after >= n || startsWith(delimiter, after) || startsWith(rowDelimiter, after) || (comment && startsWith(comment, after))) {
                        quoted = false;
                        i = after;
                        continue;
                    }
                    if (options.relax) {
                        field = quote + field + quote;
                        quoted = false;
                        wasQuoted = false;
                        i = after;
                        continue;
                    }
                    if (after === n - 1) {
                        fail('Invalid closing quote at line ' + lineNumber() + '; found ' + JSON.stringify(text.charAt(after)) + ' instead of delimiter ' + JSON.stringify(delimiter));
                    }
                    // mid-text, the quote is taken as part of the field (which then never closes)
                    field += quote;
                    i = after;
                    continue;
                }
                if (startsWith(rowDelimiter, i) && i + rowDelimiter.length < n) { rowDelimiters++; }
                field += c;
                i++;
                continue;
            }
            if (inComment) {
                if (startsWith(rowDelimiter, i)) { inComment = false; } else { i++; continue; }
            }
            if (comment && startsWith(comment, i)) {
                inComment = true;
                if (row.length === 0 && !fieldStarted && field === '') { row = null; }
                i += comment.length;
                continue;
            }
            if (startsWith(delimiter, i)) {
                finishField();
                fieldStarted = true;
                i += delimiter.length;
                continue;
            }
            if (startsWith(rowDelimiter, i)) {
                var last = i + rowDelimiter.length >= n;
                if (row === null) { row = []; } else { finishField(); finishRecord(last); }
                if (!last) { rowDelimiters++; }
                i += rowDelimiter.length;
                continue;
            }
            if (quote && startsWith(quote, i)) {
                var blank = field === '' || (ltrim && /^[ \t]*$/.test(field));
                if (blank && !wasQuoted) {
                    field = '';
                    quoted = true;
                    wasQuoted = true;
                    fieldStarted = true;
                    i += quote.length;
                    continue;
                }
                if (!options.relax) {
                    if (i + quote.length >= n) { fail('Invalid opening quote at line ' + lineNumber()); }
                    finishField();
                    throw new Stop();
                }
            }
            if (row === null) { row = []; }
            field += c;
            fieldStarted = true;
            i++;
        }
        if (quoted) { fail('Quoted field not terminated at line ' + (rowDelimiters + 2)); }
        if (row !== null && (row.length > 0 || field !== '' || fieldStarted || wasQuoted)) {
            finishField();
            finishRecord(false);
        }
    } catch (error) {
        if (!(error instanceof Stop)) { throw error; }
        if (row && row.length) { records.push(row); }
    }
    return records;
};
