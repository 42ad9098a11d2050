// postie's own implementation of the parts of Postman's `postman-collection` SDK that scripts touch.
// A CommonJS module body, run as `function (module, exports, require) { … }` once per realm.
// Behaviour (names, defaults, serialisation, quirks) follows postman-collection 5.x; the code is ours.

'use strict';

var hasOwnProperty = Object.prototype.hasOwnProperty,
    objectToString = Object.prototype.toString,
    nativeJSON = JSON,
    E = '';

// ---------------------------------------------------------------------------------------------------
// Small helpers (lodash semantics where postman-collection relies on them)

function has (object, key) {
    return object !== null && object !== undefined && hasOwnProperty.call(object, key);
}

function isObject (value) {
    var type = typeof value;

    return value !== null && (type === 'object' || type === 'function');
}

function isFunction (value) {
    return typeof value === 'function';
}

function isString (value) {
    return typeof value === 'string';
}

function isNil (value) {
    return value === null || value === undefined;
}

function isPlainObject (value) {
    if (!value || objectToString.call(value) !== '[object Object]') { return false; }
    var proto = Object.getPrototypeOf(value);

    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

// lodash `isEmpty`: strings and arrays by length, objects by own keys, everything else (numbers…) is empty.
function isEmpty (value) {
    if (value === null || value === undefined) { return true; }
    if (typeof value === 'string' || Array.isArray(value)) { return value.length === 0; }
    if (typeof value === 'object') {
        for (var key in value) { if (hasOwnProperty.call(value, key)) { return false; } }

        return true;
    }

    return true;
}

function defineHidden (object, name, value) {
    Object.defineProperty(object, name, { value: value, configurable: true, enumerable: false, writable: true });

    return object;
}

function inherit (child, base) {
    Object.defineProperty(child, 'super_', { value: base, configurable: false, enumerable: false, writable: false });
    child.prototype = Object.create(base.prototype, {
        constructor: { value: child, enumerable: false, writable: true, configurable: true }
    });

    return child;
}

function assign (target, source) {
    for (var key in source) {
        if (hasOwnProperty.call(source, key)) { target[key] = source[key]; }
    }

    return target;
}

// Copies the keys of `source` whose values are not undefined.
// (Object.keys, not for-in: the same own keys in the same order, at about half the cost here.)
function mergeDefined (target, source) {
    var keys = Object.keys(source), key;

    for (var i = 0; i < keys.length; i++) {
        key = keys[i];
        source[key] !== undefined && (target[key] = source[key]);
    }

    return target;
}

// The first argument that is not empty in lodash's sense.
function choose (...values) {
    for (var i = 0; i < values.length; i++) {
        if (!isEmpty(values[i])) { return values[i]; }
    }
}

// Deep copy that turns anything with a `toJSON` into its JSON form (as postman-collection's cloneElement).
function cloneElement (value, depth) {
    depth = depth || 0;
    if (depth > 200) { return undefined; }
    if (value === null || typeof value !== 'object') {
        return (typeof value === 'function' && depth === 0) ? {} : value;
    }
    if (typeof value.toJSON === 'function') { return value.toJSON(); }
    var copy, i, key;

    if (Array.isArray(value)) {
        copy = new Array(value.length);
        for (i = 0; i < value.length; i++) { copy[i] = cloneElement(value[i], depth + 1); }

        return copy;
    }
    copy = {};
    for (key in value) {
        if (hasOwnProperty.call(value, key)) { copy[key] = cloneElement(value[key], depth + 1); }
    }

    return copy;
}

// SameValueZero deep equality (lodash isEqual for the JSON-like data scripts compare).
function isEqual (a, b, depth) {
    if (a === b || (a !== a && b !== b)) { return true; }
    depth = depth || 0;
    if (depth > 100 || !isObject(a) || !isObject(b)) { return false; }
    if (Array.isArray(a) !== Array.isArray(b)) { return false; }
    var keysA = Object.keys(a), keysB = Object.keys(b), i;

    if (keysA.length !== keysB.length) { return false; }
    for (i = 0; i < keysA.length; i++) {
        if (!hasOwnProperty.call(b, keysA[i]) || !isEqual(a[keysA[i]], b[keysA[i]], depth + 1)) { return false; }
    }

    return true;
}

// lodash `isMatch`: every key of `source` deep-matches in `object` (objects partially).
function isMatch (object, source, depth) {
    depth = depth || 0;
    if (depth > 100) { return false; }
    if (object === null || object === undefined) { return isEmpty(source); }
    for (var key in source) {
        if (!hasOwnProperty.call(source, key)) { continue; }
        var expected = source[key], actual = object[key];

        if (isPlainObject(expected) && isObject(actual)) {
            if (!isMatch(actual, expected, depth + 1)) { return false; }
        }
        else if (!isEqual(actual, expected)) { return false; }
    }

    return true;
}

function getPath (object, path) {
    if (typeof path !== 'string' || path.indexOf('.') === -1) { return object === null || object === undefined ? undefined : object[path]; }
    var parts = path.split('.'), value = object;

    for (var i = 0; i < parts.length && value !== null && value !== undefined; i++) { value = value[parts[i]]; }

    return value;
}

// lodash iteratee shorthands: function, property name, [path, value] pair, or partial-match object.
function iteratee (rule) {
    if (typeof rule === 'function') { return rule; }
    if (rule === null || rule === undefined) { return function (item) { return item; }; }
    if (Array.isArray(rule)) {
        var path = rule[0], expected = rule[1];

        return function (item) { return isEqual(getPath(item, path), expected); };
    }
    if (typeof rule === 'object') { return function (item) { return isMatch(item, rule); }; }

    return function (item) { return getPath(item, rule); };
}

function randomHex (count) {
    var text = '';

    for (var i = 0; i < count; i++) { text += ((Math.random() * 16) | 0).toString(16); }

    return text;
}

// The sandbox host's natives, when there is one (its random bytes make identifiers in one call).
var sandboxHost = (function () {
    try { return typeof require === 'function' ? require('postie:host') : null; }
    catch (error) { return null; }
}());

// RFC 4122 version 4 identifier: from the host's random bytes (a Response and every VariableScope has
// one, so it is made often), else from Math.random.
function uuid4 () {
    if (sandboxHost && typeof sandboxHost.uuid4 === 'function') { return sandboxHost.uuid4(); }
    if (sandboxHost && typeof sandboxHost.randomBytes === 'function') {
        var hex = String(sandboxHost.randomBytes(16));

        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-4' + hex.slice(13, 16) + '-' +
            '89ab'.charAt(parseInt(hex.charAt(16), 16) & 3) + hex.slice(17, 20) + '-' + hex.slice(20, 32);
    }
    var variant = (8 + ((Math.random() * 4) | 0)).toString(16);

    return randomHex(8) + '-' + randomHex(4) + '-4' + randomHex(3) + '-' + variant + randomHex(3) + '-' + randomHex(12);
}

// ---------------------------------------------------------------------------------------------------
// Bytes: UTF-8 and base64 (no typed arrays in PostieScript, so plain arrays of numbers)

function utf8Bytes (text) {
    var bytes = [], i, code, next;

    text = String(text);
    for (i = 0; i < text.length; i++) {
        code = text.charCodeAt(i);
        if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
            next = text.charCodeAt(i + 1);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (next - 0xDC00);
                i++;
            }
            else { code = 0xFFFD; }
        }
        else if (code >= 0xD800 && code <= 0xDFFF) { code = 0xFFFD; }
        if (code < 0x80) { bytes.push(code); }
        else if (code < 0x800) { bytes.push(0xC0 | (code >> 6), 0x80 | (code & 63)); }
        else if (code < 0x10000) { bytes.push(0xE0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)); }
        else {
            bytes.push(0xF0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        }
    }

    return bytes;
}

function utf8ByteLength (text) {
    var length = 0, i, code;

    text = String(text);
    for (i = 0; i < text.length; i++) {
        code = text.charCodeAt(i);
        if (code < 0x80) { length += 1; }
        else if (code < 0x800) { length += 2; }
        else if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length &&
            text.charCodeAt(i + 1) >= 0xDC00 && text.charCodeAt(i + 1) <= 0xDFFF) { length += 4; i++; }
        else { length += 3; }
    }

    return length;
}

// WHATWG-style UTF-8 decoding with U+FFFD for malformed sequences.
function utf8Decode (bytes) {
    var out = '', chunk = [], i = 0, n = bytes.length, b, need, code, min, j;

    while (i < n) {
        b = bytes[i++];
        if (b < 0x80) { code = b; }
        else {
            if (b >= 0xC2 && b <= 0xDF) { need = 1; code = b & 31; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; code = b & 15; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; code = b & 7; min = 0x10000; }
            else { need = 0; code = 0xFFFD; }
            for (j = 0; j < need; j++) {
                if (i >= n || (bytes[i] & 0xC0) !== 0x80) { code = 0xFFFD; break; }
                code = (code << 6) | (bytes[i++] & 63);
            }
            if (need && code !== 0xFFFD && (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))) {
                code = 0xFFFD;
            }
        }
        if (code >= 0x10000) {
            code -= 0x10000;
            chunk.push(0xD800 + (code >> 10), 0xDC00 + (code & 1023));
        }
        else { chunk.push(code); }
        if (chunk.length >= 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
    }
    if (chunk.length) { out += String.fromCharCode.apply(null, chunk); }

    return out;
}

var BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    base64Values = null;

function base64Encode (bytes) {
    var out = '', i, n = bytes.length, a, b, c;

    for (i = 0; i + 2 < n; i += 3) {
        a = bytes[i]; b = bytes[i + 1]; c = bytes[i + 2];
        out += BASE64_ALPHABET[a >> 2] + BASE64_ALPHABET[((a & 3) << 4) | (b >> 4)] +
            BASE64_ALPHABET[((b & 15) << 2) | (c >> 6)] + BASE64_ALPHABET[c & 63];
    }
    if (n - i === 1) {
        a = bytes[i];
        out += BASE64_ALPHABET[a >> 2] + BASE64_ALPHABET[(a & 3) << 4] + '==';
    }
    else if (n - i === 2) {
        a = bytes[i]; b = bytes[i + 1];
        out += BASE64_ALPHABET[a >> 2] + BASE64_ALPHABET[((a & 3) << 4) | (b >> 4)] + BASE64_ALPHABET[(b & 15) << 2] + '=';
    }

    return out;
}

// Lenient base64 (and base64url) decoding: skips characters outside the alphabet.
function base64Decode (text) {
    var bytes = [], bits = 0, count = 0, i, value, code;

    if (!base64Values) {
        base64Values = {};
        for (i = 0; i < 64; i++) { base64Values[BASE64_ALPHABET.charCodeAt(i)] = i; }
        base64Values[45] = 62; // '-'
        base64Values[95] = 63; // '_'
    }
    text = String(text);
    for (i = 0; i < text.length; i++) {
        code = text.charCodeAt(i);
        if (code === 61) { break; } // '='
        value = base64Values[code];
        if (value === undefined) { continue; }
        bits = (bits << 6) | value;
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes.push((bits >> count) & 255);
        }
    }

    return bytes;
}

// ---------------------------------------------------------------------------------------------------
// liquid-json compatible parsing: BOM tolerant, and on bad input a `JSONError` whose message says where,
// in the format Postman users see (`Unexpected token '<' at 1:1\n<html>\n^`).

function indexOfBOM (text) {
    if (typeof text !== 'string') { return 0; }
    var first = text.charCodeAt(0);

    if (first === 0xFEFF || first === 0xBBBF) { return 1; }
    if (first === 0xFE && text.charCodeAt(1) === 0xFF) { return 2; }
    if (first === 0xFF && text.charCodeAt(1) === 0xFE) { return 2; }
    if (first === 0xEF && text.charCodeAt(1) === 0xBB && text.charCodeAt(2) === 0xBF) { return 3; }

    return 0;
}

// Walks `input` the way the JSON-mode validator behind liquid-json does and returns the message of the first
// problem it reports, or null when that validator would accept the text.
function locateJSONProblem (input) {
    if (input === undefined) { return null; }
    input = String(input);

    var length = input.length, position = 0, lineno = 0, linestart = 0, depth = 0, emptyObject = {};

    function Problem (message) { this.message = message; }

    function fail (message) {
        var column = position - linestart;

        if (!message) {
            if (position < length) {
                message = 'Unexpected token \'' + nativeJSON.stringify(input[position]).replace(/^"|"$/g, E)
                    .replace(/'/g, '\\\'').replace(/\\"/g, '"') + '\'';
            }
            else { message = 'Unexpected end of input'; }
        }
        throw new Problem(formatProblem(message, column));
    }

    function formatProblem (message, column) {
        var result = message + ' at ' + (lineno + 1) + ':' + (column + 1),
            cursor = position - column - 1,
            line = E,
            underline = E,
            chr;

        if (cursor < position - 70) { cursor = position - 70; }
        while (true) {
            chr = input[++cursor];
            if (chr === '\n' || chr === '\r' || cursor === length) {
                if (position >= cursor) { underline += '^'; }
                break;
            }
            line += chr;
            if (position === cursor) { underline += '^'; }
            else if (position > cursor) { underline += input[cursor] === '\t' ? '\t' : ' '; }
            if (line.length > 78) { break; }
        }

        return result + '\n' + line + '\n' + underline;
    }

    function isDigit (chr) { return chr >= '0' && chr <= '9'; }
    function isHex (chr) { return (chr >= '0' && chr <= '9') || (chr >= 'A' && chr <= 'F') || (chr >= 'a' && chr <= 'f'); }

    function newline (chr) {
        if (chr === '\r' && input[position] === '\n') { position++; }
        linestart = position;
        lineno++;
    }

    function skipWhiteSpace () {
        while (position < length) {
            var chr = input[position++];

            if (chr === '\n' || chr === '\r') { newline(chr); }
            else if (chr !== ' ' && chr !== '\t') { position--; break; }
        }
    }

    function parseKeyword (keyword) {
        var start = position;

        for (var i = 1; i < keyword.length; i++) {
            if (position >= length || keyword[i] !== input[position]) {
                position = start - 1;
                fail();
            }
            position++;
        }
    }

    function parseValue (asKey) {
        if (++depth > 512) { throw new Problem(null); }
        try {
            if (position < length) {
                var chr = input[position++];

                if (chr === '"') { return parseString(); }
                if (chr === '{') { return parseObject(); }
                if (chr === '[') { return parseArray(); }
                if (chr === '.' || isDigit(chr) || (!asKey && chr === '-')) { return parseNumber(); }
                if (!asKey) {
                    if (chr === 'n') { parseKeyword('null'); return null; }
                    if (chr === 't') { parseKeyword('true'); return true; }
                    if (chr === 'f') { parseKeyword('false'); return false; }
                }
                position--;
            }

            return undefined;
        }
        finally { depth--; }
    }

    function parseObject () {
        var nonEmpty = false, key, value, chr;

        while (position < length) {
            skipWhiteSpace();
            key = parseValue(true);
            skipWhiteSpace();
            chr = input[position++];
            if (chr === '}' && key === undefined) {
                if (nonEmpty) { position--; fail('Trailing comma in object'); }

                return {};
            }
            else if (chr === ':' && key !== undefined) {
                skipWhiteSpace();
                value = parseValue(false);
                if (value === undefined) { fail('No value found for key ' + key); }
                if (typeof key !== 'string') { fail('Wrong key type: ' + key); }
                if (!((key in emptyObject) || emptyObject[key] != null)) { nonEmpty = true; }
                skipWhiteSpace();
                chr = input[position++];
                if (chr === ',') { continue; }
                else if (chr === '}') { return {}; }
                else { fail(); }
            }
            else { position--; fail(); }
        }
        fail();
    }

    function parseArray () {
        var items = [], item, chr;

        while (position < length) {
            skipWhiteSpace();
            item = parseValue(false);
            skipWhiteSpace();
            chr = input[position++];
            if (item !== undefined) { items.push(item); }
            if (chr === ',') {
                if (item === undefined) { fail('Elisions are not supported'); }
            }
            else if (chr === ']') {
                if (item === undefined && items.length) { position--; fail('Trailing comma in array'); }

                return items;
            }
            else { position--; fail(); }
        }

        return undefined;
    }

    function parseNumber () {
        position--;
        var start = position, chr = input[position++], text, number;

        if (chr === '-') { chr = input[position++]; }
        if (chr >= '1' && chr <= '9') {
            while (position < length && isDigit(input[position])) { position++; }
            chr = input[position++];
        }
        if (chr === '0') { chr = input[position++]; }
        if (chr === '.') {
            while (position < length && isDigit(input[position])) { position++; }
            chr = input[position++];
        }
        if (chr === 'e' || chr === 'E') {
            chr = input[position++];
            if (chr === '-' || chr === '+') { position++; }
            while (position < length && isDigit(input[position])) { position++; }
            chr = input[position++];
        }
        position--;
        text = input.substr(start, position - start);
        number = Number(text);
        if (number !== number) {
            position--;
            fail('Bad numeric literal - "' + input.substr(start, position - start + 1) + '"');
        }
        else if (!/^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/i.test(text)) {
            position--;
            fail('Non-json numeric literal - "' + input.substr(start, position - start + 1) + '"');
        }

        return number;
    }

    function parseString () {
        var chr, i, result = E, escapes = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

        while (position < length) {
            chr = input[position++];
            if (chr === '"') { return result; }
            else if (chr === '\\') {
                if (position >= length) { fail(); }
                chr = input[position++];
                if (hasOwnProperty.call(escapes, chr)) { result += escapes[chr]; }
                else if (chr === 'u') {
                    for (i = 0; i < 4; i++) {
                        if (position >= length) { fail(); }
                        if (!isHex(input[position])) { fail('Bad escape sequence'); }
                        position++;
                    }
                    result += String.fromCharCode(parseInt(input.substr(position - 4, 4), 16));
                }
                else { position--; fail(); }
            }
            else if (chr === '\n' || chr === '\r') { fail(); }
            else if (chr.charCodeAt(0) < 32) { position--; fail('Unexpected control character'); }
            else { result += chr; }
        }
        fail();
    }

    try {
        skipWhiteSpace();
        var value = parseValue(false);

        if (value !== undefined || position < length) {
            skipWhiteSpace();
            if (position >= length) { return null; }
            fail();
        }
        else if (position) { fail('No data, only a whitespace'); }
        else { fail('No data, empty input'); }
    }
    catch (problem) {
        if (problem instanceof Problem) { return problem.message; }
        throw problem;
    }

    return null;
}

// `JSON.parse` as liquid-json does it: strips a BOM (or refuses it in strict mode), errors named `JSONError`.
function parseJSON (text, reviver, strict) {
    var bomLength = indexOfBOM(text), problem, error;

    try {
        if (bomLength) {
            if (strict) {
                throw new SyntaxError('Unexpected byte order mark found in first ' + bomLength + ' character(s)');
            }
            text = text.slice(bomLength);
        }
        try {
            return nativeJSON.parse(text, reviver);
        }
        catch (original) {
            problem = locateJSONProblem(text);
            if (problem !== null) {
                error = new SyntaxError(problem);
                throw error;
            }
            throw original;
        }
    }
    catch (err) {
        if (err && typeof err === 'object') { err.name = 'JSONError'; }
        throw err;
    }
}

function stringifyJSON (value, replacer, indent) {
    try {
        return nativeJSON.stringify(value, replacer, indent);
    }
    catch (err) {
        if (err && typeof err === 'object') { err.name = 'JSONError'; }
        throw err;
    }
}

// ---------------------------------------------------------------------------------------------------
// PropertyBase and Property

function PropertyBase (definition) {
    if (!definition || typeof definition === 'string') { return; }
    var source = definition.info || definition, meta = null, keys, key, i;

    if (typeof source !== 'object') { return; }
    keys = Object.keys(source);
    for (i = 0; i < keys.length; i++) {
        key = keys[i];
        if (key.charCodeAt(0) === 95 && key !== '_') { // '_'
            meta || (meta = {});
            meta[key.replace(/^_+/, E)] = source[key];
        }
    }
    if (meta) { this._ = isObject(this._) ? mergeDefined(this._, meta) : meta; }
}

function serialiseProperty (object) {
    var result = {}, key, value, name;

    for (key in object) {
        if (!hasOwnProperty.call(object, key)) { continue; }
        value = object[key];
        if (value === undefined) { continue; }
        name = key;
        if (value && value._postman_propertyIsList && !value._postman_proprtyIsSerialisedAsPlural &&
            name.charAt(name.length - 1) === 's') {
            name = name.slice(0, -1);
        }
        if (value && typeof value.toJSON === 'function') { result[name] = value.toJSON(); }
        else if (typeof value === 'string') { result[name] = value; }
        else { result[name] = cloneElement(value); }
    }

    return result;
}

PropertyBase.prototype.toJSON = function () { return serialiseProperty(this); };

PropertyBase.prototype.meta = function () {
    if (arguments.length) {
        var picked = {};

        for (var i = 0; i < arguments.length; i++) {
            if (this._ && has(this._, arguments[i])) { picked[arguments[i]] = this._[arguments[i]]; }
        }

        return picked;
    }

    return cloneElement(this._);
};

PropertyBase.prototype.parent = function () {
    var parent = this.__parent;

    if (parent && parent._postman_propertyIsList) { parent = parent.__parent || parent; }

    return parent || undefined;
};

PropertyBase.prototype.setParent = function (parent) { defineHidden(this, '__parent', parent); };

PropertyBase.prototype.forEachParent = function (options, iterator) {
    if (isFunction(options)) { iterator = options; options = {}; }
    if (!isFunction(iterator) || !isObject(options)) { return; }
    var parent = this.parent(), grandparent = parent && isFunction(parent.parent) && parent.parent();

    while (parent && (grandparent || options.withRoot)) {
        iterator(parent);
        parent = grandparent;
        grandparent = grandparent && isFunction(grandparent.parent) && grandparent.parent();
    }
};

PropertyBase.prototype.findInParents = function (property, customizer) {
    var owner = this.findParentContaining(property, customizer);

    return owner ? owner[property] : undefined;
};

PropertyBase.prototype.findParentContaining = function (property, customizer) {
    var parent = this;

    while (parent) {
        if (customizer ? customizer.call(this, parent) : parent[property]) { return parent; }
        parent = parent.__parent;
    }
};

PropertyBase._postman_propertyName = 'PropertyBase';
PropertyBase.propertyIsMeta = function (value, key) { return typeof key === 'string' && key.charAt(0) === '_' && key !== '_'; };
PropertyBase.propertyUnprefixMeta = function (value, key) { return String(key).replace(/^_+/, E); };
PropertyBase.toJSON = function (object) { return serialiseProperty(object); };

// Whether `object` is an instance of, or was made by a class whose chain has, the SDK type `name`.
function isKind (object, type, name) {
    if (!object) { return false; }
    if (object instanceof type) { return true; }
    var constructor = object.constructor;

    while (constructor) {
        if (constructor._postman_propertyName === name) { return true; }
        constructor = constructor.super_;
    }

    return false;
}

function Description (definition) {
    if (typeof definition === 'string') { definition = { content: definition, type: 'text/plain' }; }
    definition && this.update(definition);
}

Description.prototype.update = function (content, type) {
    if (isObject(content)) { type = content.type; content = content.content; }
    this.content = content;
    this.type = type || 'text/plain';
};
Description.prototype.toString = function () { return this.content || E; };
Description.prototype.toJSON = function () { return { content: this.content, type: this.type }; };
Description._postman_propertyName = 'Description';
Description.isDescription = function (object) { return isKind(object, Description, 'Description'); };

function Property (definition) {
    PropertyBase.call(this, definition);
    var source = definition && definition.info || definition, id;

    id = (source && source.id) || this.id || (this._ && this._.postman_id) || (this._postman_propertyRequiresId && uuid4());
    id && (this.id = id);
    source && source.name && (this.name = source.name);
    definition && has(definition, 'disabled') && (this.disabled = Boolean(definition.disabled));
    if (has(source, 'description')) { this.description = new Description(source.description); }
}
inherit(Property, PropertyBase);

Property.prototype.describe = function (content, type) {
    (Description.isDescription(this.description) ? this.description : (this.description = new Description()))
        .update(content, type);
};

Property.prototype.toObjectResolved = function (scope, overrides, options) {
    var reference = this.toJSON(), source, variables;

    Array.isArray(reference.variable) && (delete reference.variable);
    if (options && options.ignoreOwnVariables) { return Property.replaceSubstitutionsIn(reference, overrides); }
    source = scope || this;
    do {
        variables = source.variables;
        source = source.__parent;
    } while (!variables && source);
    if (!variables) {
        throw Error('Unable to resolve variables. Require a List type property for variable auto resolution.');
    }

    return variables.substitute(reference, overrides);
};

Property.prototype.findSubstitutions = function () { return Property.findSubstitutions(this.toJSON()); };

Property._postman_propertyName = 'Property';

// ---------------------------------------------------------------------------------------------------
// Variable substitution ({{name}}, nested up to 19 passes, dynamic `$` variables last)

var SUBSTITUTION_PATTERN = /{{([^{}]*?)}}/g,
    SUBSTITUTION_PASS_LIMIT = 19,
    DYNAMIC_VARIABLES = { _postieDynamic: true };

function Substitutor (variables, defaults) {
    defaults && variables.push(defaults);
    this.variables = variables;
}

Substitutor.prototype.find = function (key) {
    var sources = this.variables, source, found, generator;

    for (var i = 0; i < sources.length; i++) {
        source = sources[i];
        if (!source || !isObject(source)) { continue; }
        if (source === DYNAMIC_VARIABLES) {
            generator = dynamicGenerator(key);
            if (generator) { return generator; }
        }
        else if (source.constructor && source.constructor._postman_propertyName === 'VariableList') {
            found = source.oneNormalizedVariable(key);
            if (found && !found.disabled) { return found; }
        }
        else if (has(source, key)) { return source[key]; }
    }
};

Substitutor.prototype.parse = function (text) {
    var substitutor = this, passes = 0, replaced;

    text = typeof text === 'string' ? text : ((text && isFunction(text.toString) && text.toString()) || E);
    if (text.indexOf('{{') === -1) { return text; }
    do {
        replaced = 0;
        text = text.replace(SUBSTITUTION_PATTERN, function (match, token) {
            replaced++;
            var value = substitutor.find(token);

            value && isFunction(value) && (value = value());
            value && isFunction(value.toString) && (value = value.toString());
            var type = typeof value;

            return (type === 'string' || type === 'number' || type === 'boolean') ? value : match;
        });
        replaced && passes++;
    } while (replaced && passes < SUBSTITUTION_PASS_LIMIT);

    return text;
};

Substitutor.box = function (variables, defaults) {
    return (variables instanceof Substitutor) ? variables : new Substitutor(variables, defaults);
};
Substitutor.isInstance = function (subject) { return subject instanceof Substitutor; };
Substitutor.REGEX_EXTRACT_VARS = SUBSTITUTION_PATTERN;
Substitutor.VARS_SUBREPLACE_LIMIT = SUBSTITUTION_PASS_LIMIT;
Substitutor.DEFAULT_VARS = DYNAMIC_VARIABLES;

Property.replaceSubstitutions = function (text, variables) {
    if (!(text && typeof text === 'string')) { return text; }
    if (!Substitutor.isInstance(variables) && !Array.isArray(variables)) {
        variables = Array.prototype.slice.call(arguments, 1);
    }

    return Substitutor.box(variables.slice ? variables.slice() : variables, DYNAMIC_VARIABLES).parse(text);
};

// Replaces in every string of `object`; the top level is copied, nested objects are updated in place
// (as postman-collection's mergeWith-based implementation does).
Property.replaceSubstitutionsIn = function (object, variables) {
    if (!(object && isObject(object))) { return object; }
    var substitutor = Substitutor.box(Array.isArray(variables) ? variables.slice() : variables, DYNAMIC_VARIABLES),
        result = Array.isArray(object) ? [] : {},
        key;

    function replaceDeep (value, depth) {
        if (typeof value === 'string') { return substitutor.parse(value); }
        if (value && typeof value === 'object' && depth < 100) {
            for (var inner in value) {
                if (hasOwnProperty.call(value, inner)) { value[inner] = replaceDeep(value[inner], depth + 1); }
            }
        }

        return value;
    }
    for (key in object) {
        if (hasOwnProperty.call(object, key) && object[key] !== undefined) { result[key] = replaceDeep(object[key], 0); }
    }

    return result;
};

Property.findSubstitutions = function (object) {
    var seen = [], found = [], pattern = /{{([^{}]*?)}}/g;

    function walk (value, depth) {
        if (!value || depth > 100 || seen.indexOf(value) !== -1) { return; }
        if (typeof value === 'string') {
            var match;

            pattern.lastIndex = 0;
            while ((match = pattern.exec(value)) !== null) {
                var name = match[0].slice(2, -2);

                found.indexOf(name) === -1 && found.push(name);
            }

            return;
        }
        if (typeof value === 'object') {
            seen.push(value);
            for (var key in value) { hasOwnProperty.call(value, key) && walk(value[key], depth + 1); }
        }
    }
    walk(object, 0);

    return found;
};

// ---------------------------------------------------------------------------------------------------
// PropertyList

function PropertyList (type, parent, populate) {
    PropertyBase.call(this);
    this.setParent(parent);
    this.members = this.members || [];
    this.reference = this.reference || {};
    this.Type = type;
    if (type) {
        hasOwnProperty.call(type, '_postman_propertyIndexKey') && (this._postman_listIndexKey = type._postman_propertyIndexKey);
        hasOwnProperty.call(type, '_postman_propertyIndexCaseInsensitive') && type._postman_propertyIndexCaseInsensitive &&
            (this._postman_listIndexCaseInsensitive = true);
        hasOwnProperty.call(type, '_postman_propertyAllowsMultipleValues') && type._postman_propertyAllowsMultipleValues &&
            (this._postman_listAllowsMultipleValues = true);
    }
    // an empty array adds nothing (most lists start empty)
    populate && !(Array.isArray(populate) && populate.length === 0) && this.populate(populate);
}
inherit(PropertyList, PropertyBase);

var listPrototype = PropertyList.prototype;

listPrototype._postman_propertyIsList = true;
listPrototype._postman_listIndexKey = 'id';
listPrototype._postman_listIndexCaseInsensitive = false;
listPrototype._postman_listAllowsMultipleValues = false;

function listIndexOf (list, item) {
    var index = item[list._postman_listIndexKey];

    if (index && (index = String(index))) {
        list._postman_listIndexCaseInsensitive && (index = index.toLowerCase());

        return index;
    }

    return null;
}

listPrototype.insert = function (item, before) {
    if (!isObject(item)) { return; }
    var duplicate = this.indexOf(item), index;

    if (item.__parent && item.__parent !== this && PropertyList.isPropertyList(item.__parent)) { item.__parent.remove(item); }
    defineHidden(item, '__parent', this);
    (duplicate > -1) && this.members.splice(duplicate, 1);
    before && (before = this.indexOf(before));
    (before > -1) ? this.members.splice(before, 0, item) : this.members.push(item);
    if ((index = listIndexOf(this, item)) !== null) {
        if (this._postman_listAllowsMultipleValues && hasOwnProperty.call(this.reference, index)) {
            !Array.isArray(this.reference[index]) && (this.reference[index] = [this.reference[index]]);
            this.reference[index].push(item);
        }
        else { this.reference[index] = item; }
    }
};

listPrototype.insertAfter = function (item, after) { return this.insert(item, this.idx(this.indexOf(after) + 1)); };
listPrototype.append = function (item) { return this.insert(item); };
listPrototype.prepend = function (item) { return this.insert(item, this.idx(0)); };

// A rest parameter, not `arguments` (the same values reach `Type.create`; `add.length` stays 1).
listPrototype.add = function (item, ...more) {
    if (item === null || item === undefined || (typeof item === 'number' && item !== item)) { return; }
    var Type = this.Type;

    this.insert((item.constructor === Type) ? item :
        (has(Type, 'create') ? Type.create(item, ...more) : new Type(item)));
};

listPrototype.upsert = function (item) {
    if (item === null || item === undefined || (typeof item === 'number' && item !== item)) { return null; }
    var existing = this.one(item[this._postman_listIndexKey]);

    if (existing) {
        if (!isFunction(existing.update)) {
            throw new Error('collection: unable to upsert into a list of Type that does not support .update()');
        }
        existing.update(item);

        return false;
    }
    this.add(item);

    return true;
};

listPrototype.remove = function (predicate, context) {
    var list = this, match, kept = [], removed, i, item, index, bucket;

    !context && (context = this);
    if (typeof predicate === 'string') {
        match = this._postman_listIndexCaseInsensitive ? predicate.toLowerCase() : predicate;
        predicate = function (member) {
            var id = member[list._postman_listIndexKey];

            list._postman_listIndexCaseInsensitive && (id = String(id).toLowerCase());

            return id === match;
        };
    }
    else if (this.Type && predicate instanceof this.Type) {
        match = predicate;
        predicate = function (member) { return member === match; };
    }
    if (!isFunction(predicate)) { return; }
    var members = this.members;

    removed = [];
    for (i = 0; i < members.length; i++) {
        item = members[i];
        if (predicate.call(context, item, i, members)) { removed.push(item); }
        else { kept.push(item); }
    }
    if (!removed.length) { return; }
    members.length = 0;
    for (i = 0; i < kept.length; i++) { members.push(kept[i]); }
    for (i = 0; i < removed.length; i++) {
        item = removed[i];
        if ((index = listIndexOf(this, item)) !== null) {
            bucket = this.reference[index];
            if (this._postman_listAllowsMultipleValues && Array.isArray(bucket)) {
                bucket = bucket.filter(function (each) { return each !== item; });
                if (bucket.length === 0) { delete this.reference[index]; }
                else { this.reference[index] = bucket.length === 1 ? bucket[0] : bucket; }
            }
            else { delete this.reference[index]; }
        }
        delete item.__parent;
    }
};

listPrototype.clear = function () {
    for (var i = 0; i < this.members.length; i++) {
        this.members[i] && this.members[i].__parent && (delete this.members[i].__parent);
    }
    this.members.length = 0;
    var keys = Object.keys(this.reference);

    for (i = 0; i < keys.length; i++) { delete this.reference[keys[i]]; }
};

listPrototype.populate = function (items) {
    var Type = this.Type, i, keys;

    typeof items === 'string' && Type && isFunction(Type.parse) && (items = Type.parse(items));
    if (Array.isArray(items)) {
        for (i = 0; i < items.length; i++) { this.add(items[i], i, items); }
    }
    else if (isPlainObject(items) && Type && has(Type, 'create')) {
        keys = Object.keys(items);
        for (i = 0; i < keys.length; i++) { this.add(items[keys[i]], keys[i], items); }
    }
    else { this.add(items, 0, [items]); }
};

listPrototype.repopulate = function (items) {
    this.clear();
    this.populate(items);
};

listPrototype.assimilate = function (source, prune) {
    var members = PropertyList.isPropertyList(source) ? source.members : source,
        list = this, indexer = list._postman_listIndexKey, sourceKeys = {}, i, keys;

    if (!Array.isArray(members)) { return; }
    for (i = 0; i < members.length; i++) {
        if (!(members[i] && has(members[i], indexer))) { continue; }
        list.upsert(members[i]);
        sourceKeys[members[i][indexer]] = true;
    }
    if (prune) {
        keys = Object.keys(list.reference);
        for (i = 0; i < keys.length; i++) {
            if (!has(sourceKeys, keys[i])) { list.remove(keys[i]); }
        }
    }
};

listPrototype.all = function () { return this.members.slice(); };

listPrototype.one = function (id) {
    var value = this.reference[this._postman_listIndexCaseInsensitive ? String(id).toLowerCase() : id];

    if (this._postman_listAllowsMultipleValues && Array.isArray(value)) {
        return value.length ? value[value.length - 1] : undefined;
    }

    return value;
};

listPrototype.get = function (key) {
    var member = this.one(key);

    if (!member) { return; }

    return member.valueOf();
};

listPrototype.each = function (iterator, context) {
    if (!isFunction(iterator)) { return; }
    var members = this.members, bound = context || this.__parent;

    for (var i = 0; i < members.length; i++) {
        if (iterator.call(bound, members[i], i, members) === false) { break; }
    }
};

listPrototype.filter = function (rule, context) {
    var test = iteratee(isFunction(rule) && isObject(context) ? rule.bind(context) : rule), out = [], members = this.members;

    for (var i = 0; i < members.length; i++) { test(members[i], i, members) && out.push(members[i]); }

    return out;
};

listPrototype.find = function (rule, context) {
    var test = iteratee(isFunction(rule) && isObject(context) ? rule.bind(context) : rule), members = this.members;

    for (var i = 0; i < members.length; i++) {
        if (test(members[i], i, members)) { return members[i]; }
    }
};

listPrototype.map = function (iterator, context) {
    var fn = iteratee(isFunction(iterator) ? iterator.bind(context || this) : iterator), members = this.members,
        out = new Array(members.length);

    for (var i = 0; i < members.length; i++) { out[i] = fn(members[i], i, members); }

    return out;
};

listPrototype.reduce = function (iterator, accumulator, context) {
    var fn = isFunction(iterator) ? iterator.bind(context || this) : iteratee(iterator), members = this.members, i = 0;

    if (arguments.length < 2) {
        if (!members.length) { return undefined; }
        accumulator = members[0];
        i = 1;
    }
    for (; i < members.length; i++) { accumulator = fn(accumulator, members[i], i, members); }

    return accumulator;
};

listPrototype.count = function () { return this.members.length; };
listPrototype.idx = function (index) { return this.members[index]; };

listPrototype.indexOf = function (item) {
    return this.members.indexOf(typeof item === 'string' ? this.one(item) : item);
};

listPrototype.has = function (item, value) {
    var match, i, current;

    if (typeof item === 'string') {
        match = this.reference[this._postman_listIndexCaseInsensitive ? item.toLowerCase() : item];
    }
    else { match = this.filter(function (member) { return member === item; }); }
    if (!match) { return false; }
    if (arguments.length === 1) { return Boolean(Array.isArray(match) ? match.length : match); }
    if (this._postman_listAllowsMultipleValues && Array.isArray(match)) {
        for (i = 0; i < match.length; i++) {
            current = isFunction(match[i].valueOf) ? match[i].valueOf() : match[i];
            if (current === value) { return true; }
        }

        return false;
    }
    isFunction(match.valueOf) && (match = match.valueOf());

    return match === value;
};

listPrototype.eachParent = function (iterator, context) {
    if (!isFunction(iterator)) { return; }
    !context && (context = this);
    var parent = this.__parent, previous;

    while (parent) {
        iterator.call(context, parent, previous);
        previous = parent;
        parent = parent.__parent;
    }
};

listPrototype.toObject = function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
    var result = {}, key = this._postman_listIndexKey, sanitise = this._postman_sanitizeKeys || sanitizeKeys,
        sensitive = !this._postman_listIndexCaseInsensitive || caseSensitive,
        multi = this._postman_listAllowsMultipleValues || multiValue,
        members = this.members, member, name, i;

    for (i = 0; i < members.length; i++) {
        member = members[i];
        if (!member || !has(member, key) || (excludeDisabled && member.disabled) || (sanitise && !member[key])) {
            continue;
        }
        name = sensitive ? member[key] : String(member[key]).toLowerCase();
        if (multi && has(result, name)) {
            !Array.isArray(result[name]) && (result[name] = [result[name]]);
            result[name].push(member.valueOf());
        }
        else { result[name] = member.valueOf(); }
    }

    return result;
};

listPrototype.toString = function () {
    if (this.Type && this.Type.unparse) { return this.Type.unparse(this.members); }
    // postman-collection recurses into this same method here and overflows the stack
    throw new RangeError('Maximum call stack size exceeded');
};

listPrototype.toJSON = function () {
    var members = this.members, out = new Array(members.length), member;

    for (var i = 0; i < members.length; i++) {
        member = members[i];
        out[i] = (!isEmpty(member) && isFunction(member.toJSON)) ? member.toJSON() : serialiseProperty(member);
    }

    return out;
};

PropertyList._postman_propertyName = 'PropertyList';
PropertyList.isPropertyList = function (object) { return isKind(object, PropertyList, 'PropertyList'); };

// ---------------------------------------------------------------------------------------------------
// Variable, VariableList, VariableScope

function Variable (definition) {
    Property.call(this, definition);
    var indexer = this.constructor._postman_propertyIndexKey;

    this.type = 'any';
    this.value = undefined;
    if (!isNil(definition)) {
        hasOwnProperty.call(definition, indexer) && (this[indexer] = definition[indexer]);
        this.update(definition);
    }
}
inherit(Variable, Property);

Variable.types = {
    string: String,
    boolean: Boolean,
    number: Number,
    array: {
        in: function (value) {
            try { return typeof value === 'string' ? value : nativeJSON.stringify(value); }
            catch (e) { return 'null'; }
        },
        out: function (value) {
            var parsed;

            try { parsed = nativeJSON.parse(value); }
            catch (e) { parsed = undefined; }

            return Array.isArray(parsed) ? parsed : undefined;
        }
    },
    object: {
        in: function (value) {
            try { return typeof value === 'string' ? value : nativeJSON.stringify(value); }
            catch (e) { return 'null'; }
        },
        out: function (value) {
            var parsed;

            try { parsed = nativeJSON.parse(value); }
            catch (e) { parsed = undefined; }

            return (parsed instanceof Object && !Array.isArray(parsed)) ? parsed : undefined;
        }
    },
    any: {
        in: function (value) { return value; },
        out: function (value) { return value; }
    }
};

var variablePrototype = Variable.prototype;

variablePrototype.get = function () {
    return isFunction(this.value) ? this.castOut(this.value()) : this.castOut(this.value);
};
variablePrototype.set = function (value) { this.value = isFunction(value) ? value : this.castIn(value); };
variablePrototype.valueOf = function (value) {
    arguments.length && this.set(value);

    return this.get();
};
variablePrototype.toString = function () {
    var value = this.valueOf();

    if (value === null) { return 'null'; }

    return (!isNil(value) && isFunction(value.toString)) ? value.toString() : E;
};
variablePrototype.cast = function (value) { return this.castOut(value); };
variablePrototype.castIn = function (value) {
    var handler = Variable.types[this.type] || Variable.types.any;

    return isFunction(handler) ? handler(value) : handler.in(value);
};
variablePrototype.castOut = function (value) {
    var handler = Variable.types[this.type] || Variable.types.any;

    return isFunction(handler) ? handler(value) : handler.out(value);
};
variablePrototype.valueType = function (typeName, noCast) {
    !isNil(typeName) && (typeName = typeName.toString().toLowerCase());
    if (!has(Variable.types, typeName)) {
        // postman-collection keeps the previous type for names it does not know ('secret', 'default');
        // postie remembers the declared one for the host
        typeof typeName === 'string' && typeName && defineHidden(this, '_postieDeclaredType', typeName);

        return this.type || 'any';
    }
    this.type = typeName;
    this._postieDeclaredType && (delete this._postieDeclaredType);
    if (!(noCast || isFunction(this.value))) { this.set(this.get()); }

    return this.type;
};
variablePrototype.update = function (options) {
    if (!isObject(options)) { return; }
    // options is an object: hasOwnProperty directly, not through has()
    hasOwnProperty.call(options, 'type') && this.valueType(options.type, hasOwnProperty.call(options, 'value'));
    hasOwnProperty.call(options, 'value') && this.set(options.value);
    hasOwnProperty.call(options, 'system') && (this.system = options.system);
    hasOwnProperty.call(options, 'disabled') && (this.disabled = options.disabled);
    hasOwnProperty.call(options, 'description') && this.describe(options.description);
};

Variable._postman_propertyName = 'Variable';
Variable._postman_propertyIndexKey = 'key';
Variable.isVariable = function (object) { return isKind(object, Variable, 'Variable'); };

function VariableList (parent, populate) {
    PropertyList.call(this, Variable, parent, populate);
}
inherit(VariableList, PropertyList);

VariableList.prototype.replace = function (text, overrides) {
    return Property.replaceSubstitutions(text, this, overrides);
};

VariableList.prototype.substitute = function (object, overrides) {
    var queue = [], source = { variables: this, __parent: this.__parent }, i;

    do {
        source.variables && queue.push(source.variables);
        source = source.__parent;
    } while (source);
    if (overrides) {
        overrides = Array.isArray(overrides) ? overrides : [overrides];
        for (i = 0; i < overrides.length; i++) { queue.indexOf(overrides[i]) === -1 && queue.push(overrides[i]); }
    }

    return Property.replaceSubstitutionsIn(object, queue);
};

VariableList.prototype.syncFromObject = function (object, track, prune) {
    var list = this, operations = track && { created: [], updated: [], deleted: [] }, indexer = list._postman_listIndexKey,
        keys, i, item;

    if (!isObject(object)) { return operations; }
    keys = Object.keys(object);
    for (i = 0; i < keys.length; i++) {
        if (list.has(keys[i])) {
            list.one(keys[i]).set(object[keys[i]]);
            operations && operations.updated.push(keys[i]);
        }
        else {
            item = { value: object[keys[i]] };
            item[indexer] = keys[i];
            list.add(item);
            operations && operations.created.push(keys[i]);
        }
    }
    if (prune !== false) {
        keys = Object.keys(list.reference);
        for (i = 0; i < keys.length; i++) {
            if (has(object, keys[i])) { continue; }
            list.remove(keys[i]);
            operations && operations.deleted.push(keys[i]);
        }
    }

    return operations;
};

VariableList.prototype.syncToObject = function (object) {
    var list = this, keys, i;

    !isObject(object) && (object = {});
    keys = Object.keys(object);
    for (i = 0; i < keys.length; i++) { !has(list.reference, keys[i]) && (delete object[keys[i]]); }
    for (i = 0; i < list.members.length; i++) { object[list.members[i].key] = list.members[i].valueOf(); }

    return object;
};

VariableList.prototype.oneNormalizedVariable = function (name) {
    var indexKey = this._postman_listIndexKey, variable = this.reference[name], i;

    if (variable && !variable.disabled) { return variable; }
    for (i = this.members.length - 1; i >= 0; i--) {
        variable = this.members[i];
        if (variable[indexKey] === name && !variable.disabled) {
            this.reference[name] = variable;
            break;
        }
    }

    return this.reference[name];
};

VariableList._postman_propertyName = 'VariableList';
VariableList.isVariableList = function (object) { return isKind(object, VariableList, 'VariableList'); };

function VariableScope (definition, layers) {
    if (Array.isArray(definition) || VariableList.isVariableList(definition)) { definition = { values: definition }; }
    layers && !Array.isArray(layers) && (layers = [layers]);
    Property.call(this, definition);
    var values = definition && definition.values, i;

    this.values = new VariableList(this, VariableList.isVariableList(values) ? values.toJSON() : values);
    if (layers) {
        this._layers = [];
        for (i = 0; i < layers.length; i++) { VariableList.isVariableList(layers[i]) && this._layers.push(layers[i]); }
    }
    if (definition && definition.prefix) { this.prefix = definition.prefix; }
}
inherit(VariableScope, Property);

var scopePrototype = VariableScope.prototype;

scopePrototype._postman_propertyRequiresId = true;

scopePrototype.variables = function () {
    throw new Error('`VariableScope#variables` has been discontinued, use `VariableScope#syncVariablesTo` instead.');
};

scopePrototype.toObject = function (excludeDisabled, caseSensitive) {
    if (!this._layers) { return this.values.toObject(excludeDisabled, caseSensitive); }
    var merged = {};

    for (var i = this._layers.length - 1; i >= 0; i--) { assign(merged, this._layers[i].toObject(excludeDisabled, caseSensitive)); }

    return assign(merged, this.values.toObject(excludeDisabled, caseSensitive));
};

function scopeLookup (scope, key) {
    var name = (scope.prefix || E) + key, variable = scope.values.oneNormalizedVariable(name), i;

    if ((!variable || variable.disabled === true) && scope._layers) {
        for (i = 0; i < scope._layers.length; i++) {
            variable = scope._layers[i].oneNormalizedVariable(name);
            if (variable && variable.disabled !== true) { break; }
        }
    }

    return (variable && variable.disabled !== true) ? variable : undefined;
}

scopePrototype.has = function (key) { return Boolean(scopeLookup(this, key)); };

scopePrototype.get = function (key) {
    var variable = scopeLookup(this, key);

    return variable ? variable.valueOf() : undefined;
};

scopePrototype.set = function (key, value, type) {
    var name = (this.prefix || E) + key, variable = this.values.oneNormalizedVariable(name), update = { key: name, value: value };

    typeof type === 'string' && (update.type = type);
    if (variable && !variable.disabled) { variable.update(update); }
    else { this.values.add(update); }
};

scopePrototype.unset = function (key) {
    var name = (this.prefix || E) + key, lastDisabled;

    this.values.remove(function (variable) {
        if (variable.key !== name) { return false; }
        if (variable.disabled) {
            lastDisabled = variable;

            return false;
        }

        return true;
    });
    lastDisabled && (this.values.reference[name] = lastDisabled);
};

scopePrototype.clear = function () { this.values.clear(); };

scopePrototype.replaceIn = function (template) {
    var sources = [this.values].concat(this._layers || []), result;

    if (typeof template === 'string' || Array.isArray(template)) {
        result = Property.replaceSubstitutionsIn({ template: template }, sources);

        return result.template;
    }
    if (isObject(template)) { return Property.replaceSubstitutionsIn(template, sources); }

    return template;
};

scopePrototype.enableTracking = function () { this._postman_enableTracking = true; };
scopePrototype.disableTracking = function () { this._postman_enableTracking = false; };
scopePrototype.applyMutation = function (instruction, key, value) {
    if (instruction === 'set' || instruction === 'unset') { this[instruction](key, value); }
};
scopePrototype.syncVariablesFrom = function (object, track) {
    return this.values.syncFromObject(object, track);
};
scopePrototype.syncVariablesTo = function (object) { return this.values.syncToObject(object); };

scopePrototype.toJSON = function () {
    var result = serialiseProperty(this);

    if (result.value) {
        result.values = result.value;
        delete result.value;
    }
    delete result._layers;
    delete result._postman_enableTracking;

    return result;
};

scopePrototype.addLayer = function (list) {
    if (!VariableList.isVariableList(list)) { return; }
    !this._layers && (this._layers = []);
    this._layers.push(list);
};

VariableScope._postman_propertyName = 'VariableScope';
VariableScope.isVariableScope = function (object) { return isKind(object, VariableScope, 'VariableScope'); };

// ---------------------------------------------------------------------------------------------------
// Header, HeaderList

function Header (options, name) {
    if (typeof options === 'string') {
        options = typeof name === 'string' ? { key: name, value: options } : Header.parseSingle(options);
    }
    Property.call(this, options);
    this.update(options);
}
inherit(Header, Property);

Header.prototype.toString = function () { return this.key + ': ' + this.value; };
Header.prototype.valueOf = function () { return this.value; };
Header.prototype.update = function (options) {
    this.key = (options && options.key) || E;
    var value = options === null || options === undefined ? undefined : options.value;

    this.value = value === undefined ? E : value;
    has(options, 'system') && (this.system = options.system);
    has(options, 'disabled') && (this.disabled = options.disabled);
};

Header._postman_propertyName = 'Header';
Header._postman_propertyIndexKey = 'key';
Header._postman_propertyIndexCaseInsensitive = true;
Header._postman_propertyAllowsMultipleValues = true;

Header.parse = function (text) {
    var headers = [], pattern = /^(\S+):(.*)$/gm, match = pattern.exec(text);

    text = text.toString().replace(/\r\n([ \t])/g, '$1');
    while (match) {
        headers.push({ key: match[1], value: match[2].replace(/^\s*(.*\S)?\s*$/, '$1') });
        match = pattern.exec(text);
    }

    return headers;
};

Header.parseSingle = function (text) {
    if (typeof text !== 'string') { return { key: E, value: E }; }
    var index = text.indexOf(':');

    (index < 0) && (index = text.length);

    return { key: text.substr(0, index).trim(), value: text.substr(index + 1).trim() };
};

Header.unparse = function (headers, separator) {
    if (!Array.isArray(headers) && !PropertyList.isPropertyList(headers)) { return E; }
    separator === undefined && (separator = '\r\n');

    return headers.reduce(function (text, header) {
        if (header && !header.disabled) { text += Header.unparseSingle(header) + separator; }

        return text;
    }, E);
};

Header.unparseSingle = function (header) {
    if (!isObject(header)) { return E; }

    return header.key + ': ' + header.value;
};

Header.isHeader = function (object) { return isKind(object, Header, 'Header'); };
Header.create = function (value, name) { return new Header(value, name); };

function HeaderList (parent, headers) {
    PropertyList.call(this, Header, parent, headers);
}
inherit(HeaderList, PropertyList);

HeaderList.prototype.contentSize = function () {
    if (!this.count()) { return 0; }

    return Header.unparse(this).length;
};

HeaderList._postman_propertyName = 'HeaderList';
HeaderList.isHeaderList = function (object) { return isKind(object, HeaderList, 'HeaderList'); };

// ---------------------------------------------------------------------------------------------------
// QueryParam and FormParam

// Encodes `&`, `#` (and `=` in keys) outside {{variables}} so a param survives a round trip through a URL.
function normaliseQueryPart (text, encodeEquals) {
    if (!(text && typeof text === 'string')) { return text; }
    if (text.indexOf('&') === -1 && text.indexOf('#') === -1 && !(encodeEquals && text.indexOf('=') !== -1)) {
        return text;
    }
    var out = E, pointer = 0, pattern = /{{([^{}]*?)}}/g, match;

    function encode (part) {
        part = part.replace(/&/g, '%26').replace(/#/g, '%23');

        return encodeEquals ? part.replace(/=/g, '%3D') : part;
    }
    while ((match = pattern.exec(text)) !== null) {
        out += encode(text.slice(pointer, match.index)) + match[0];
        pointer = match.index + match[0].length;
    }
    pointer < text.length && (out += encode(text.slice(pointer)));

    return out;
}

function QueryParam (options) {
    Property.call(this, options);
    this.update(options);
}
inherit(QueryParam, Property);

QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
QueryParam.prototype.update = function (param) {
    if (typeof param === 'string') { assign(this, QueryParam.parseSingle(param)); }
    else {
        this.key = isNil(param) ? undefined : param.key;
        this.value = isNil(param) ? undefined : param.value;
    }
    has(param, 'system') && (this.system = param.system);
};
QueryParam.prototype.valueOf = function () { return typeof this.value === 'string' ? this.value : E; };

QueryParam._postman_propertyName = 'QueryParam';
QueryParam._postman_propertyIndexKey = 'key';
QueryParam._postman_propertyAllowsMultipleValues = true;

QueryParam.parse = function (query) {
    return typeof query === 'string' ? query.split('&').map(QueryParam.parseSingle) : [];
};

QueryParam.parseSingle = function (param, index, all) {
    if (param === E && typeof index === 'number' && Array.isArray(all) && index !== all.length - 1) {
        return { key: null, value: null };
    }
    var position = typeof param === 'string' ? param.indexOf('=') : -1, result = {};

    if (position < 0) {
        result.key = param.substr(0, param.length);
        result.value = null;
    }
    else {
        result.key = param.substr(0, position);
        result.value = param.substr(position + 1);
    }

    return result;
};

QueryParam.unparse = function (params) {
    if (!params) { return E; }
    var text = E, first = true, keys, i;

    if (!Array.isArray(params) && !PropertyList.isPropertyList(params)) {
        keys = Object.keys(params);
        for (i = 0; i < keys.length; i++) {
            text && (text += '&');
            text += QueryParam.unparseSingle({ key: keys[i], value: params[keys[i]] });
        }

        return text;
    }

    return params.reduce(function (result, param) {
        if (param.disabled === true) { return result; }
        if (first) { first = false; }
        else { result += '&'; }

        return result + QueryParam.unparseSingle(param);
    }, E);
};

QueryParam.unparseSingle = function (param) {
    if (!param) { return E; }
    var text = typeof param.key === 'string' ? normaliseQueryPart(param.key, true) : E;

    if (typeof param.value === 'string') { text += '=' + normaliseQueryPart(param.value); }

    return text;
};

function FormParam (options) {
    options === undefined && (options = {});
    Property.apply(this, arguments);
    options = options || {};
    this.key = options.key || E;
    this.value = options.value || E;
    this.type = options.type;
    this.src = options.src;
    this.contentType = options.contentType;
    this.fileName = options.fileName;
}
inherit(FormParam, Property);

FormParam.prototype.toString = function () { return this.key + '=' + this.value; };
FormParam.prototype.valueOf = function () { return this.value; };
FormParam.prototype.toJSON = function () {
    var result = serialiseProperty(this);

    if (result.type === 'file' && (typeof result.value !== 'string' || !result.value)) { delete result.value; }

    return result;
};

FormParam._postman_propertyName = 'FormParam';
FormParam._postman_propertyIndexKey = 'key';
FormParam._postman_propertyAllowsMultipleValues = true;
FormParam.parse = function () { return undefined; };

// ---------------------------------------------------------------------------------------------------
// Url (postman-url-encoder's parser semantics: {{variables}} are opaque, nothing is decoded)

var URL_PART_ORDER = ['protocol', 'auth', 'host', 'port', 'path', 'query', 'hash'];

// Splits a URL string into its raw parts. Variables are swapped for placeholders while splitting, so that
// `{{host}}:{{port}}/a` separators inside variable names never count.
function splitUrl (text) {
    var parsed = { raw: text, protocol: undefined, auth: undefined, host: undefined, port: undefined, path: undefined,
            query: undefined, hash: undefined },
        variables = [], usePlaceholders = true, rest, index, port, i;

    if (!(text && typeof text === 'string')) { return parsed; }
    parsed.raw = text = text.replace(/^[\s\uFEFF\xA0]+/, E);
    if (text.indexOf('{{') !== -1) {
        if (/[\uE000-\uF8FF]/.test(text)) { usePlaceholders = false; }
        else {
            text = text.replace(/{{[^{}]*}}/g, function (match) {
                if (variables.length >= 6400) { return match; }
                variables.push(match);

                return String.fromCharCode(0xE000 + variables.length - 1);
            });
        }
    }

    function restore (part) {
        if (!variables.length || typeof part !== 'string') { return part; }

        return part.replace(/[\uE000-\uF8FF]/g, function (placeholder) {
            return variables[placeholder.charCodeAt(0) - 0xE000];
        });
    }

    function restoreAll (part) {
        if (!Array.isArray(part)) { return restore(part); }
        for (var j = 0; j < part.length; j++) { part[j] = restore(part[j]); }

        return part;
    }

    rest = text;
    if ((index = rest.indexOf('#')) !== -1) {
        parsed.hash = rest.slice(index + 1);
        rest = rest.slice(0, index);
    }
    if ((index = rest.indexOf('?')) !== -1) {
        parsed.query = rest.slice(index + 1).split('&');
        rest = rest.slice(0, index);
    }
    rest = rest.replace(/\\/g, '/');
    if ((index = rest.indexOf('://')) !== -1) {
        parsed.protocol = rest.slice(0, index);
        rest = rest.slice(index + 3);
        rest = rest.replace(/^\/+/, parsed.protocol.toLowerCase() === 'file' ? '/' : E);
    }
    if ((index = rest.indexOf('/')) !== -1) {
        parsed.path = rest.slice(index + 1).split('/');
        rest = rest.slice(0, index);
    }
    if ((index = rest.lastIndexOf('@')) !== -1) {
        var auth = rest.slice(0, index), colon = auth.indexOf(':');

        parsed.auth = colon !== -1 ? [auth.slice(0, colon), auth.slice(colon + 1)] : [auth];
        rest = rest.slice(index + 1);
    }
    if ((index = rest.lastIndexOf(':')) !== -1 && (port = rest.slice(index + 1)).indexOf(']') === -1) {
        parsed.port = port;
        rest = rest.slice(0, index);
    }
    if (rest) { parsed.host = rest.split('.'); }
    if (variables.length && usePlaceholders) {
        for (i = 0; i < URL_PART_ORDER.length; i++) {
            if (parsed[URL_PART_ORDER[i]]) { parsed[URL_PART_ORDER[i]] = restoreAll(parsed[URL_PART_ORDER[i]]); }
        }
    }

    return parsed;
}

function pathVariableName (segment) {
    if (String(segment).charAt(0) === ':') {
        var dot = segment.indexOf('.');

        return segment.slice(1, dot === -1 ? undefined : dot) || null;
    }

    return null;
}

function Url (options) {
    PropertyBase.call(this, options);
    this.update(options);
}
inherit(Url, PropertyBase);

var urlPrototype = Url.prototype;

urlPrototype.update = function (url) {
    !url && (url = E);
    var parsed = typeof url === 'string' ? Url.parse(url) : url, query = parsed.query, variable = parsed.variable,
        path = parsed.path, host = parsed.host, keys;

    if (query) {
        if (typeof query === 'string') { query = QueryParam.parse(query); }
        if (!Array.isArray(query) && (keys = Object.keys(query)).length) {
            query = keys.map(function (key) { return { key: key, value: query[key] }; });
        }
    }
    if (Array.isArray(variable)) {
        variable = variable.map(function (item) {
            isObject(item) && (item.key = item.key || item.id);

            return item;
        });
    }
    if (typeof path === 'string') {
        path && (path = path.replace(/^\/((.+))$/, '$1'));
        path = path ? (path === '/' ? [E] : path.split('/')) : undefined;
    }
    typeof host === 'string' && (host = host.split(/\.(?![^{]*\}{2})/g));
    this.auth = parsed.auth;
    this.protocol = parsed.protocol;
    this.port = parsed.port;
    this.path = path;
    this.hash = parsed.hash;
    this.host = host;
    this.query = new PropertyList(QueryParam, this, query || []);
    this.variables = new VariableList(this, variable || []);
};

urlPrototype.addQueryParams = function (params) {
    params = typeof params === 'string' ? QueryParam.parse(params) : params;
    this.query.populate(params);
};

urlPrototype.removeQueryParams = function (params) {
    params = Array.isArray(params) ? params.map(function (param) { return param.key ? param.key : param; }) : [params];
    this.query.remove(function (param) { return params.indexOf(param.key) !== -1; });
};

urlPrototype.getRaw = function () {
    throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.');
};

urlPrototype.toString = function (forceProtocol) {
    var raw = E, protocol = this.protocol, query, auth;

    forceProtocol && !protocol && (protocol = 'http://');
    if (protocol) {
        protocol = String(protocol);
        raw += protocol.slice(-3) === '://' ? protocol : protocol + '://';
    }
    if (this.auth) {
        typeof this.auth.user === 'string' && (auth = this.auth.user);
        if (typeof this.auth.password === 'string') {
            !auth && (auth = E);
            auth += ':' + this.auth.password;
        }
        typeof auth === 'string' && (raw += auth + '@');
    }
    this.host && (raw += this.getHost());
    if (this.port !== undefined && this.port !== null && typeof this.port.toString === 'function') {
        raw += ':' + this.port.toString();
    }
    this.path && (raw += this.getPath());
    if (this.query && this.query.count()) {
        query = this.getQueryString();
        if (query === E) {
            query = this.query.find(function (param) { return !(param && param.disabled); }) && E;
        }
        typeof query === 'string' && (raw += '?' + query);
    }
    typeof this.hash === 'string' && (raw += '#' + this.hash);

    return raw;
};

urlPrototype.getPath = function (unresolved) {
    if (unresolved) { return '/' + (this.path ? this.path.join('/') : E); }
    var segments = [], path = this.path || [], i, segment, name, value;

    if (!Array.isArray(path)) { path = [path]; }
    for (i = 0; i < path.length; i++) {
        segment = path[i];
        name = pathVariableName(segment);
        value = name === null ? undefined : this.variables.get(name);
        if (value && typeof value === 'string') { segment = value + segment.slice(name.length + 1); }
        segments.push(segment);
    }

    return '/' + segments.join('/');
};

urlPrototype.getQueryString = function () {
    if (!this.query.count()) { return E; }

    return QueryParam.unparse(this.query.all());
};

urlPrototype.getPathWithQuery = function () {
    var path = this.getPath(), query = this.getQueryString();

    query && (path += '?' + query);

    return path;
};

urlPrototype.getHost = function () {
    if (!this.host) { return E; }

    return Array.isArray(this.host) ? this.host.join('.') : this.host.toString();
};

urlPrototype.getRemote = function (forcePort) {
    var host = this.getHost(), port = this.port && this.port.toString();

    if (forcePort && !port) { port = this.protocol && this.protocol === 'https' ? '443' : '80'; }

    return port ? host + ':' + port : host;
};

urlPrototype.getOAuth1BaseUrl = function () {
    var protocol = this.protocol || 'http', port = this.port ? this.port.toString() : undefined,
        hostText = this.getHost(),
        host = ((port === '80' || port === '443' || port === undefined) && hostText) || (hostText + ':' + port);

    protocol = protocol.slice(-3) === '://' ? protocol : protocol + '://';

    return protocol.toLowerCase() + host.toLowerCase() + this.getPath();
};

Url._postman_propertyName = 'Url';

Url.parse = function (text) {
    var url = splitUrl(text), seen = {}, variables = [], i, name;

    url.auth && (url.auth = { user: url.auth[0], password: url.auth[1] });
    url.query && (url.query = url.query.map(QueryParam.parseSingle));
    if (url.path) {
        for (i = 0; i < url.path.length; i++) {
            name = pathVariableName(url.path[i]);
            if (name && !seen[name]) {
                seen[name] = true;
                variables.push({ key: name });
            }
        }
    }
    url.variable = variables.length ? variables : undefined;

    return url;
};

Url.isUrl = function (object) { return isKind(object, Url, 'Url'); };

// ---------------------------------------------------------------------------------------------------
// RequestBody, RequestAuth, ProxyConfig, Certificate

var BODY_MODES = { file: 'file', formdata: 'formdata', graphql: 'graphql', raw: 'raw', urlencoded: 'urlencoded' };

function RequestBody (options) {
    PropertyBase.call(this, options);
    if (!options) { return; }
    this.update(options);
}
inherit(RequestBody, PropertyBase);

RequestBody.prototype.update = function (options) {
    typeof options === 'string' && (options = { mode: 'raw', raw: options });
    if (!options.mode) { return; }
    var mode = BODY_MODES[options.mode.toString().toLowerCase()] || BODY_MODES.raw,
        urlencoded = options.urlencoded, formdata = options.formdata, graphql = options.graphql, file = options.file,
        raw = options.raw;

    if (options.urlencoded) {
        typeof options.urlencoded === 'string' && (urlencoded = QueryParam.parse(options.urlencoded));
        urlencoded = new PropertyList(QueryParam, this, urlencoded);
    }
    options.formdata && (formdata = new PropertyList(FormParam, this, options.formdata));
    options.graphql && (graphql = { query: graphql.query, operationName: graphql.operationName, variables: graphql.variables });
    typeof options.file === 'string' && (file = { src: file });
    (mode === 'raw' && !raw) && (raw = E);
    (mode === 'urlencoded' && !urlencoded) && (urlencoded = new PropertyList(QueryParam, this, []));
    (mode === 'formdata' && !formdata) && (formdata = new PropertyList(FormParam, this, []));
    (mode === 'graphql' && !graphql) && (graphql = {});
    this.mode = mode;
    this.raw = raw;
    this.urlencoded = urlencoded;
    this.formdata = formdata;
    this.file = file;
    this.graphql = graphql;
    this.options = isObject(options.options) ? options.options : undefined;
    this.disabled = options.disabled;
};

RequestBody.prototype.toString = function () {
    if (this.mode === 'formdata' || this.mode === 'file') { return E; }
    if (this.mode === 'urlencoded') {
        return PropertyList.isPropertyList(this.urlencoded) ? QueryParam.unparse(this.urlencoded.all()) :
            ((this.urlencoded && isFunction(this.urlencoded.toString)) ? this.urlencoded.toString() : E);
    }
    if (this.mode === 'raw') { return (this.raw && isFunction(this.raw.toString)) ? this.raw.toString() : E; }

    return E;
};

RequestBody.prototype.isEmpty = function () {
    var mode = this.mode, data = mode && this[mode];

    if (!data) { return true; }
    if (mode === 'file') { return !(data.src || data.content); }
    if (typeof data === 'string') { return data.length === 0; }
    if (isFunction(data.count)) { return data.count() === 0; }

    return isEmpty(data);
};

RequestBody.prototype.toJSON = function () {
    var result = serialiseProperty(this);

    if (result.file && result.file.content && typeof result.file.content !== 'string') { delete result.file.content; }

    return result;
};

RequestBody._postman_propertyName = 'RequestBody';
RequestBody.MODES = BODY_MODES;

function RequestAuth (options, parent) {
    Property.call(this, options);
    parent && this.setParent(parent);
    has(options, 'type') && this.use(options.type);
    if (isObject(options)) {
        for (var key in options) {
            if (hasOwnProperty.call(options, key) && key !== 'type') { this.update(options[key], key); }
        }
    }
}
inherit(RequestAuth, Property);

function isValidAuthType (type) { return typeof type === 'string' && type !== 'type'; }

RequestAuth.prototype.update = function (options, type) {
    if (!isObject(options)) { return; }
    !type && (type = this.type);
    if (!isValidAuthType(type)) { return; }
    var parameters = this[type];

    if (!VariableList.isVariableList(parameters)) {
        parameters = this[type] = new VariableList(this);
        parameters._postman_requestAuthType = type;
    }
    if (Array.isArray(options) || VariableList.isVariableList(options)) { parameters.assimilate(options); }
    else { parameters.syncFromObject(options, false, false); }
};

RequestAuth.prototype.use = function (type, options) {
    if (!isValidAuthType(type)) { return; }
    this.type = type;
    var parameters = this[type];

    !VariableList.isVariableList(parameters) && (parameters = this[type] = new VariableList(this));
    if (Array.isArray(options) || VariableList.isVariableList(options)) { parameters.assimilate(options); }
    else { parameters.syncFromObject(options, false, false); }
};

RequestAuth.prototype.current = function () {
    throw new Error('`Request#current` has been discontinued, use `Request#parameters` instead.');
};
RequestAuth.prototype.parameters = function () { return this[this.type]; };
RequestAuth.prototype.clear = function (type) {
    if (!(isValidAuthType(type) && VariableList.isVariableList(this[type]))) { return; }
    this[type].clear();
    type !== this.type && (delete this[type]);
};

RequestAuth._postman_propertyName = 'RequestAuth';
RequestAuth.isValidType = isValidAuthType;

// Proxy and certificate settings: kept as given so they survive a round trip.
function ProxyConfig (options) {
    Property.call(this, options);
    isObject(options) && mergeDefined(this, options);
}
inherit(ProxyConfig, Property);
ProxyConfig._postman_propertyName = 'ProxyConfig';

function Certificate (options) {
    Property.call(this, options);
    isObject(options) && mergeDefined(this, options);
}
inherit(Certificate, Property);
Certificate._postman_propertyName = 'Certificate';

// ---------------------------------------------------------------------------------------------------
// Request

function Request (options) {
    Property.call(this, options);
    typeof options === 'string' && (options = { url: options });
    this.url = new Url();
    this.headers = new HeaderList(this, options && options.header);
    this.method = (has(options, 'method') && !isNil(options.method)) ? String(options.method).toUpperCase() : 'GET';
    this.update(options);
}
inherit(Request, Property);

var requestPrototype = Request.prototype;

defineHidden(requestPrototype, '_postieKind', 'Request');

requestPrototype.update = function (options) {
    if (!options) { return; }
    has(options, 'url') && this.url.update(options.url);
    options.header && this.headers.repopulate(options.header);
    has(options, 'method') && (this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase());
    mergeDefined(this, {
        body: has(options, 'body') ? new RequestBody(options.body) : undefined,
        auth: options.auth ? new RequestAuth(options.auth) : undefined,
        proxy: options.proxy ? new ProxyConfig(options.proxy) : undefined,
        certificate: options.certificate ? new Certificate(options.certificate) : undefined
    });
};

requestPrototype.authorizeUsing = function (type, options) {
    if (isObject(type) && isNil(options)) {
        options = {};
        for (var key in type) { hasOwnProperty.call(type, key) && key !== 'type' && (options[key] = type[key]); }
        type = type.type;
    }
    if (type === null) {
        has(this, 'auth') && (delete this.auth);

        return;
    }
    if (!isValidAuthType(type)) { return; }
    if (!this.auth) { this.auth = new RequestAuth(null, this); }
    else { this.auth.clear(type); }
    this.auth.use(type, options);
};

requestPrototype.getHeaders = function (options) {
    !options && (options = {});

    return this.headers.toObject(options.enabled, !options.ignoreCase, options.multiValue, options.sanitizeKeys);
};

requestPrototype.forEachHeader = function (callback) {
    var all = this.headers.all();

    for (var i = 0; i < all.length; i++) { callback(all[i], this); }
};

requestPrototype.addHeader = function (header) { this.headers.add(header); };

requestPrototype.removeHeader = function (toRemove, options) {
    toRemove = typeof toRemove === 'string' ? toRemove : toRemove.key;
    options = options || {};
    if (!toRemove) { return; }
    options.ignoreCase && (toRemove = toRemove.toLowerCase());
    this.headers.remove(function (header) {
        return (options.ignoreCase ? header.key.toLowerCase() : header.key) === toRemove;
    });
};

requestPrototype.upsertHeader = function (header) {
    if (!(header && header.key)) { return; }
    var existing = this.headers.find({ key: header.key });

    if (!existing) { return this.headers.add(header); }
    existing.value = header.value;
};

requestPrototype.addQueryParams = function (params) { this.url.addQueryParams(params); };
requestPrototype.removeQueryParams = function (params) { this.url.removeQueryParams(params); };

function isNumeric (value) {
    return !isNaN(parseFloat(value)) && isFinite(value);
}

requestPrototype.size = function () {
    var contentLength = this.headers.get('Content-Length'), target = this.url.getPathWithQuery(),
        info = { body: 0, header: 0, total: 0, source: 'COMPUTED' };

    if (contentLength && isNumeric(contentLength)) {
        info.body = parseInt(contentLength, 10);
        info.source = 'CONTENT-LENGTH';
    }
    else if (this.body) { info.body = utf8ByteLength(this.body.toString()); }
    info.header = (this.method + ' ' + target + ' HTTP/X.X\r\n\r\n').length + this.headers.contentSize();
    info.total = (info.body || 0) + info.header;

    return info;
};

requestPrototype.toJSON = function () {
    var result = serialiseProperty(this);

    Array.isArray(result.header) && !result.header.length && (delete result.header);

    return result;
};

requestPrototype.clone = function () { return new Request(this.toJSON()); };

Request._postman_propertyName = 'Request';
Request.isRequest = function (object) { return isKind(object, Request, 'Request'); };

// ---------------------------------------------------------------------------------------------------
// HTTP reasons and content types

var HTTP_REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing (WebDAV) (RFC 2518)', 103: 'Checkpoint',
    122: 'Request-URI too long', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information (since HTTP/1.1)', 204: 'No Content', 205: 'Reset Content',
    206: 'Partial Content', 207: 'Multi-Status (WebDAV) (RFC 4918)', 208: 'Already Reported (WebDAV) (RFC 5842)',
    226: 'IM Used (RFC 3229)', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy (since HTTP/1.1)', 306: 'Switch Proxy',
    307: 'Temporary Redirect (since HTTP/1.1)', 308: 'Resume Incomplete', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    411: 'Length Required', 412: 'Precondition Failed', 413: 'Request Entity Too Large', 414: 'Request-URI Too Long',
    415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable', 417: 'Expectation Failed',
    418: 'I\'m a teapot (RFC 2324)', 422: 'Unprocessable Entity (WebDAV) (RFC 4918)', 423: 'Locked (WebDAV) (RFC 4918)',
    424: 'Failed Dependency (WebDAV) (RFC 4918)', 425: 'Unordered Collection (RFC 3648)',
    426: 'Upgrade Required (RFC 2817)', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 444: 'No Response', 449: 'Retry With',
    450: 'Blocked by Windows Parental Controls', 499: 'Client Closed Request', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates (RFC 2295)',
    507: 'Insufficient Storage (WebDAV) (RFC 4918)', 508: 'Loop Detected (WebDAV) (RFC 5842)',
    509: 'Bandwidth Limit Exceeded (Apache bw/limited extension)', 510: 'Not Extended (RFC 2774)',
    511: 'Network Authentication Required', 598: 'Network read timeout error', 599: 'Network connect timeout error[23]'
};

// The reason table entry for a status code: `{ name, detail }`, or `{}` for codes it does not know.
// postie keeps the names only; `detail` repeats the name.
function lookupReason (code) {
    var name = has(HTTP_REASONS, code) ? HTTP_REASONS[code] : undefined;

    return name ? { name: name, detail: name } : {};
}

// Media types whose kind the generic rules get wrong (the rest follow `guessMediaFormat`).
var MEDIA_FORMAT_EXCEPTIONS = {
    'application/x-www-form-urlencoded': ['text', 'plain'],
    'application/pdf': ['embed', 'pdf'],
    'application/jwt': ['text', 'jwt'],
    'application/ogg': ['audio', 'ogg'],
    'application/xhtml+xml': ['text', 'xml'],
    'application/xhtml-voice+xml': ['text', 'xml'],
    'application/vnd.oipf.dae.xhtml+xml': ['text', 'xml'],
    'application/vnd.pwg-xhtml-print+xml': ['text', 'xml'],
    'application/mbms-associated-procedure-description+xml': ['text', 'xml'],
    'application/mbms-protection-description+xml': ['text', 'xml'],
    'application/mbms-user-service-description+xml': ['text', 'xml'],
    'application/vnd.oma.poc.invocation-descriptor+xml': ['text', 'xml']
};

function guessMediaFormat (mime) {
    var base = mime.split('/')[0] || E, match;

    match = base.match(/(audio|video|image|text)/);
    if (match && match[1]) {
        if (match[1] === 'text') {
            match = mime.match(/(jsonp|json|xml|html|yaml|vml|webml|script)/);

            return ['text', (match && match[1]) || 'plain'];
        }

        return [match[1], match[1]];
    }
    match = mime.match(/(jsonp|json|xml|html|yaml|vml|webml|script)/);
    if (match && match[1]) { return ['text', match[1]]; }
    match = mime.match(/\/[^\/]*(audio|video|image|text)/);
    if (match && match[1]) { return [match[1], match[1]]; }
    match = base.match(/(application|message|multipart)/);
    if (match && match[1]) { return [match[1], 'raw']; }

    return ['unknown', 'raw'];
}

var MEDIA_EXTENSIONS = {
    'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml', 'text/html': 'html', 'text/plain': 'txt',
    'text/css': 'css', 'text/csv': 'csv', 'text/javascript': 'js', 'application/javascript': 'js',
    'application/pdf': 'pdf', 'application/zip': 'zip', 'application/gzip': 'gz', 'application/octet-stream': 'bin',
    'application/x-www-form-urlencoded': null, 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif',
    'image/svg+xml': 'svg', 'image/webp': 'webp', 'image/bmp': 'bmp', 'image/x-icon': 'ico', 'image/tiff': 'tif',
    'audio/mpeg': 'mpga', 'audio/ogg': 'oga', 'audio/wav': 'wav', 'video/mp4': 'mp4', 'video/webm': 'webm',
    'application/ogg': 'ogx', 'application/yaml': 'yaml', 'text/yaml': 'yaml', 'application/ld+json': 'jsonld',
    'application/atom+xml': 'atom', 'application/rss+xml': 'rss', 'application/xhtml+xml': 'xhtml',
    'application/msword': 'doc', 'application/rtf': 'rtf', 'text/markdown': 'md', 'application/wasm': 'wasm',
    'font/woff': 'woff', 'font/woff2': 'woff2', 'application/java-archive': 'jar', 'application/x-tar': 'tar',
    'application/vnd.ms-excel': 'xls', 'text/calendar': 'ics', 'application/graphql': null,
    'application/problem+json': null, 'application/hal+json': null, 'application/vnd.api+json': null
};

// A media type for bodies without Content-Type, from their first bytes (the common signatures).
function sniffMediaType (bytes) {
    if (!bytes || bytes.length < 2) { return null; }
    function starts (signature) {
        for (var i = 0; i < signature.length; i++) { if (bytes[i] !== signature[i]) { return false; } }

        return true;
    }
    if (starts([0xFF, 0xD8, 0xFF])) { return ['image/jpeg', 'jpg']; }
    if (starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) { return ['image/png', 'png']; }
    if (starts([0x47, 0x49, 0x46])) { return ['image/gif', 'gif']; }
    if (starts([0x25, 0x50, 0x44, 0x46])) { return ['application/pdf', 'pdf']; }
    if (starts([0x50, 0x4B, 0x03, 0x04])) { return ['application/zip', 'zip']; }
    if (starts([0x1F, 0x8B, 0x08])) { return ['application/gzip', 'gz']; }
    if (starts([0x42, 0x4D])) { return ['image/bmp', 'bmp']; }
    if (starts([0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) {
        return ['image/webp', 'webp'];
    }

    return null;
}

function charsetOf (contentType) {
    var match = /(?:charset|encoding)\s{0,10}=\s{0,10}['"]? {0,10}([\w-]{1,100})/i.exec(String(contentType)), charset;

    if (!match) { return null; }
    charset = match[1].toLowerCase();

    return charset === 'utf-8' ? 'utf8' : charset;
}

function fileNameOfDisposition (disposition) {
    if (!disposition) { return; }
    var encoded = /;[ \t]*(?:filename\*)[ \t]*=[ \t]*([A-Za-z0-9!#$%&+\-^_`{}~]+)'.*'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])+)[ \t]*/
            .exec(disposition),
        name, charset, decoded;

    if (encoded) {
        charset = encoded[1]; // compared as written: only 'utf-8' and 'iso-8859-1' decode
        decoded = encoded[2].replace(/%([0-9A-Fa-f]{2})/g, function (all, hex) { return String.fromCharCode(parseInt(hex, 16)); });
        if (charset === 'iso-8859-1') { name = decoded.replace(/[^\x20-\x7e\xa0-\xff]/g, '?'); }
        else if (charset === 'utf-8') {
            var bytes = [];

            for (var i = 0; i < decoded.length; i++) { bytes.push(decoded.charCodeAt(i) & 255); }
            name = utf8Decode(bytes);
        }
    }
    if (!name) {
        name = /;[ \t]*(?:filename)[ \t]*=[ \t]*("(?:[\x20!\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\x20-\x7e])*"|[!#$%&'*+.0-9A-Z^_`a-z|~-]+)[ \t]*/
            .exec(disposition);
        name && (name = name[1]);
        if (name && name.charAt(0) === '"') { name = name.substr(1, name.length - 2).replace(/\\([ -~])/g, '$1'); }
    }

    return name;
}

// ---------------------------------------------------------------------------------------------------
// Cookie, CookieList

var COOKIE_ATTRIBUTES = { httponly: 'httpOnly', secure: 'secure', domain: 'domain', path: 'path', 'max-age': 'maxAge',
    session: 'session', expires: 'expires' };

function ensureEncoded (text) {
    try { text = decodeURIComponent(text); }
    catch (e) { /* keep as it is */ }
    try { return encodeURIComponent(text); }
    catch (error) { return text; }
}

function Cookie (options) {
    PropertyBase.call(this, options);
    typeof options === 'string' && (options = Cookie.parse(options));
    options && this.update(options);
}
inherit(Cookie, PropertyBase);

Cookie.prototype.update = function (options) {
    mergeDefined(this, {
        name: choose(options.name, options.key),
        expires: typeof options.expires === 'string' ? new Date(options.expires) : options.expires,
        maxAge: has(options, 'maxAge') ? Number(options.maxAge) : undefined,
        domain: options.domain,
        path: options.path,
        secure: has(options, 'secure') ? Boolean(options.secure) : undefined,
        httpOnly: has(options, 'httpOnly') ? Boolean(options.httpOnly) : undefined,
        hostOnly: has(options, 'hostOnly') ? Boolean(options.hostOnly) : undefined,
        session: has(options, 'session') ? Boolean(options.session) : undefined,
        value: options.value ? ensureEncoded(options.value) : undefined,
        extensions: options.extensions || undefined
    });
};

Cookie.prototype.valueOf = function () {
    try { return decodeURIComponent(this.value); }
    catch (error) { return this.value; }
};

Cookie.prototype.toString = function () {
    var text = Cookie.unparseSingle(this);

    if (this.expires && this.expires instanceof Date) {
        !Number.isNaN(this.expires.getTime()) && (text += '; Expires=' + this.expires.toUTCString());
    }
    else if (this.expires) { text += '; Expires=' + this.expires; }
    this.maxAge && this.maxAge !== Infinity && (text += '; Max-Age=' + this.maxAge);
    this.domain && !this.hostOnly && (text += '; Domain=' + this.domain);
    this.path && (text += '; Path=' + this.path);
    this.secure && (text += '; Secure');
    this.httpOnly && (text += '; HttpOnly');
    if (this.extensions) {
        this.extensions.forEach(function (extension) {
            text += '; ' + extension.key + (extension.value === true ? E : '=' + extension.value);
        });
    }

    return text;
};

Cookie._postman_propertyName = 'Cookie';
Cookie._postman_propertyIndexKey = 'name';
Cookie._postman_propertyIndexCaseInsensitive = true;
Cookie._postman_propertyAllowsMultipleValues = true;
Cookie.isCookie = function (object) { return isKind(object, Cookie, 'Cookie'); };

Cookie.unparse = function (cookies) {
    if (!Array.isArray(cookies) && !PropertyList.isPropertyList(cookies)) { return E; }

    return cookies.map(Cookie.unparseSingle).join('; ');
};

Cookie.unparseSingle = function (cookie) {
    if (!isObject(cookie)) { return E; }
    var value = isNil(cookie.value) ? E : cookie.value;

    return cookie.name ? cookie.name + '=' + value : value;
};

Cookie.splitParam = function (param) {
    var split = param.split('='), key = split[0].trim(), value = typeof split[1] === 'string' ? split[1].trim() : true;

    if (typeof value === 'string' && value.charAt(0) === '"') { value = value.slice(1, -1); }

    return { key: key, value: value };
};

Cookie.parse = function (text) {
    if (typeof text !== 'string') { return text; }
    var result = {}, pairs = text.split(/; */), first = Cookie.splitParam(pairs.shift());

    result.key = first.key;
    result.value = first.value;
    pairs.forEach(function (pair) {
        var parsed = Cookie.splitParam(pair), lower = parsed.key.toLowerCase();

        if (COOKIE_ATTRIBUTES[lower]) { result[COOKIE_ATTRIBUTES[lower]] = parsed.value; }
        else {
            result.extensions = result.extensions || [];
            result.extensions.push(parsed);
        }
    });
    !result.domain && (result.hostOnly = true);

    return result;
};

Cookie.stringify = function (cookie) { return Cookie.prototype.toString.call(cookie); };

function CookieList (parent, cookies) {
    PropertyList.call(this, Cookie, parent, cookies);
}
inherit(CookieList, PropertyList);
CookieList._postman_propertyName = 'CookieList';
CookieList.isCookieList = function (object) { return isKind(object, CookieList, 'CookieList'); };

// ---------------------------------------------------------------------------------------------------
// Response

function Response (options) {
    Property.call(this, options);
    this.update(options || {});
}

// `headers` and `cookies` of a Response made from host data: enumerable own properties in their
// places, whose lists are built on first use (then plain data properties, as in a Response made
// with `new`). Most scripts never read them, and building them is most of a Response's cost.
function defineLazyList (response, name, make, items) {
    function settle (owner, value) {
        Object.defineProperty(owner, name, { value: value, configurable: true, enumerable: true, writable: true });
    }
    var made = null;

    Object.defineProperty(response, name, {
        configurable: true,
        enumerable: true,
        // `this` may inherit from the response: the list belongs to the object that owns the property
        get: function () {
            var owner = this;

            while (!hasOwnProperty.call(owner, name)) { owner = Object.getPrototypeOf(owner); }
            if (made) { return made; }
            made = make(owner, items);
            if (Object.getOwnPropertyDescriptor(owner, name).configurable) {
                settle(owner, made);
                made = null;

                return owner[name];
            }

            return made; // sealed or frozen before the first read: the same list from now on
        },
        set: function (value) { settle(this, value); }
    });
}

function makeHeaderList (owner, items) { return new HeaderList(owner, items); }
function makeCookieList (owner, items) { return new CookieList(owner, items); }
inherit(Response, Property);

var responsePrototype = Response.prototype;

defineHidden(responsePrototype, '_postieKind', 'Response');
responsePrototype._postman_propertyRequiresId = true;

responsePrototype.update = function (options) { updateResponse(this, options, false); };

function updateResponse (response, options, lazyLists) {
    var details = lookupReason(options.code), stream = options.stream;

    if (stream && stream.type === 'Base64' && typeof stream.data === 'string') {
        defineHidden(response, '_postieBytes', base64Decode(stream.data));
        stream = undefined;
    }
    else if (stream && stream.type === 'Buffer' && Array.isArray(stream.data)) {
        defineHidden(response, '_postieBytes', stream.data.slice());
        stream = undefined;
    }
    response._details = details;
    mergeDefined(details, { name: choose(options.reason, options.status), code: options.code, standardName: details.name });
    mergeDefined(response, {
        originalRequest: options.originalRequest ? new Request(options.originalRequest) : undefined,
        status: details.name,
        code: options.code,
        headers: lazyLists ? null : new HeaderList(response, options.header),
        body: options.body,
        stream: (options.body && isObject(options.body)) ? options.body : stream,
        cookies: lazyLists ? null : new CookieList(response, options.cookie),
        responseTime: options.responseTime,
        responseSize: response._postieBytes ? response._postieBytes.length : (stream && stream.byteLength),
        downloadedBytes: options.downloadedBytes
    });
    if (lazyLists) {
        defineLazyList(response, 'headers', makeHeaderList, options.header);
        defineLazyList(response, 'cookies', makeCookieList, options.cookie);
    }
}

// The body as text: the host's decoded text, bytes decoded as UTF-8, or the `body` given.
responsePrototype.text = function () {
    if (has(this, '_postieText')) { return this._postieText; }
    if (this._postieBytes) {
        defineHidden(this, '_postieText', utf8Decode(this._postieBytes));

        return this._postieText;
    }
    if (this.stream && typeof this.stream === 'object' && typeof this.stream.toString === 'function' &&
        typeof this.stream.byteLength === 'number') {
        return this.stream.toString();
    }

    return this.body;
};

// The body's bytes (UTF-8 of the text unless the host sent bytes).
function responseBytes (response) {
    if (response._postieBytes) { return response._postieBytes; }
    var text = response.text();

    return (text === undefined || text === null) ? null : utf8Bytes(text);
}

// The body as JSON: parsed anew for each call, except that a parse made for checks that only read it
// (`_postieParsedBody`) is handed to the first call after them, so `pm.response.to.be.json` then
// `pm.response.json()` parse the body once; the script still gets a value nothing else holds.
responsePrototype.json = function (reviver, strict) {
    var text = this.text(), kept = this._postieJSON;

    if (kept && kept.text === text && reviver == null && !strict) {
        this._postieJSON = null;

        return kept.value;
    }

    return parseJSON(text, reviver, strict);
};

// The body as JSON for chai-postman's checks that read it without handing it out (`json`, `body`,
// `jsonBody`): parsed once and kept until `json()` takes it. Throws as `json()` does.
responsePrototype._postieParsedBody = function () {
    var text = this.text(), kept = this._postieJSON;

    if (kept && kept.text === text) { return kept.value; }
    kept = { text: text, value: parseJSON(text) };
    has(this, '_postieJSON') ? (this._postieJSON = kept) : defineHidden(this, '_postieJSON', kept);

    return kept.value;
};

responsePrototype.jsonp = function (reviver, strict) {
    var text = this.text() || E;

    return parseJSON(text.replace(/^[^{(].*\(/, E).replace(/\)[^}].*$|\)$/, E), reviver, strict);
};

responsePrototype.reason = function () { return this.status || lookupReason(this.code).name; };

responsePrototype.details = function () {
    if (!this._details || this._details.code !== this.code) {
        this._details = lookupReason(this.code);
        this._details.code = this.code;
        this._details.standardName = this._details.name;
    }

    return assign({}, this._details);
};

responsePrototype.contentInfo = function () {
    var contentType = this.headers.get('Content-Type'), disposition = this.headers.get('Content-Disposition'),
        info = {}, detectedExtension, sniffed, normalised, format, charset, fileName, extension;

    if (!contentType) {
        sniffed = sniffMediaType(responseBytes(this));
        sniffed && (contentType = sniffed[0]) && (detectedExtension = sniffed[1]);
    }
    !contentType && (contentType = 'text/plain');
    charset = charsetOf(contentType);
    normalised = String(contentType).toLowerCase().replace(/\s/g, E).replace(/^([^;]+).*$/g, '$1');
    format = has(MEDIA_FORMAT_EXCEPTIONS, normalised) ? MEDIA_FORMAT_EXCEPTIONS[normalised] : guessMediaFormat(normalised);
    extension = detectedExtension || (has(MEDIA_EXTENSIONS, normalised) ? MEDIA_EXTENSIONS[normalised] : null) || E;
    fileName = fileNameOfDisposition(disposition);
    if (!fileName) {
        fileName = 'response';
        extension && (fileName += '.' + extension);
    }
    normalised && (info.contentType = normalised);
    format[0] && (info.mimeType = format[0]);
    format[1] && (info.mimeFormat = format[1]);
    info.charset = charset || 'utf8';
    extension && (info.fileExtension = extension);
    fileName && (info.fileName = fileName);

    return info;
};

responsePrototype.mime = function () {
    throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.');
};

responsePrototype.dataURI = function () {
    var contentType = this.contentInfo().contentType, bytes;

    if (!contentType) { return E; }
    if (this._postieBytes || has(this, '_postieText')) { bytes = responseBytes(this); }
    else if (!isNil(this.body)) {
        // a body given as text is encoded as btoa does: one byte a character
        var text = String(this.body), i;

        bytes = [];
        for (i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) > 255) {
                var error = new Error('Invalid character');

                error.name = 'InvalidCharacterError';
                throw error;
            }
            bytes.push(text.charCodeAt(i));
        }
    }

    return 'data:' + contentType + ';base64, ' + (bytes ? base64Encode(bytes) : E);
};

responsePrototype.size = function () {
    var info = { body: 0, header: 0, total: 0 }, contentLength = this.headers.get('Content-Length');

    if (isNumeric(this.downloadedBytes)) { info.body = this.downloadedBytes; }
    else if (contentLength && isNumeric(contentLength)) { info.body = parseInt(contentLength, 10); }
    else if (has(this, '_postieByteLength')) { info.body = this._postieByteLength; }
    else if (this._postieBytes) { info.body = this._postieBytes.length; }
    else if (this.stream && isNumeric(this.stream.byteLength)) { info.body = this.stream.byteLength; }
    else if (!isNil(this.body)) { info.body = utf8ByteLength(this.body.toString()); }
    info.header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
    info.total = (info.body || 0) + info.header;

    return info;
};

responsePrototype.encoding = function () {
    var format = this.headers.get('Content-Encoding'), source, bytes;

    if (format) { source = 'header'; }
    else {
        bytes = this._postieBytes || (typeof this.body === 'string' ? null : this.stream);
        if (bytes && bytes[0] === 0x1F && bytes[1] === 0x8B && bytes[2] === 0x8) {
            format = 'gzip';
            source = 'body';
        }
    }

    return { format: format, source: source };
};

responsePrototype.toJSON = function () {
    var result = serialiseProperty(this);

    delete result._details;

    return result;
};

Response._postman_propertyName = 'Response';
Response.isResponse = function (object) { return isKind(object, Response, 'Response'); };
Response.mimeInfo = function () {
    throw new Error('`Response.mimeInfo` has been discontinued, use `Response#contentInfo` instead.');
};
Response.timingPhases = function (timings) {
    if (!(timings && timings.offset)) { return; }
    var offset = timings.offset, phases = {
        prepare: offset.request, wait: offset.socket - offset.request, dns: offset.lookup - offset.socket,
        tcp: offset.connect - offset.lookup, firstByte: offset.response - offset.connect,
        download: offset.end - offset.response, process: offset.done - offset.end, total: offset.done
    };

    if (offset.secureConnect) {
        phases.secureHandshake = offset.secureConnect - offset.connect;
        phases.firstByte = offset.response - offset.secureConnect;
    }

    return phases;
};

// A Response for the host's response data: `{ code, status, header, body, bodyIsBase64, responseTime,
// responseSize, cookies }`. As in Newman the body lives in the stream (so `response.body` is undefined).
function responseFromHost (data) {
    data = data || {};
    var options = { code: data.code, status: data.status, header: data.header, cookie: data.cookies, responseTime: data.responseTime },
        response = Object.create(responsePrototype);

    // as `new Response(options)` does, but with the lists built on first use
    Property.call(response, options);
    updateResponse(response, options, true);

    if (data.bodyIsBase64) { defineHidden(response, '_postieBytes', base64Decode(data.body || E)); }
    else { defineHidden(response, '_postieText', typeof data.body === 'string' ? data.body : E); }
    if (typeof data.responseSize === 'number') {
        response.responseSize = data.responseSize;
        defineHidden(response, '_postieByteLength', data.responseSize);
    }
    else { response.responseSize = data.bodyIsBase64 ? response._postieBytes.length : utf8ByteLength(response._postieText); }

    return response;
}

// ---------------------------------------------------------------------------------------------------
// Dynamic variables ({{$guid}}, {{$randomFirstName}} …), built on first use

var dynamicTable = null;

function pick (list) { return list[(Math.random() * list.length) | 0]; }
function integer (min, max) { return min + ((Math.random() * (max - min + 1)) | 0); }
function digits (count) {
    var text = E;

    for (var i = 0; i < count; i++) { text += integer(0, 9); }

    return text;
}
function capitalise (word) { return word.charAt(0).toUpperCase() + word.slice(1); }
function hexByte () { var text = integer(0, 255).toString(16); return text.length < 2 ? '0' + text : text; }

function buildDynamicTable () {
    var firstNames = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger',
            'Katherine', 'John', 'Radia', 'Tim', 'Hedy', 'Claude', 'Annie', 'Donald', 'Joan', 'Niklaus'],
        lastNames = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen',
            'Dijkstra', 'Johnson', 'Backus', 'Perlman', 'Berners', 'Lamarr', 'Shannon', 'Easley', 'Knuth', 'Clarke', 'Wirth'],
        words = ['alpha', 'bravo', 'delta', 'matrix', 'signal', 'harbor', 'copper', 'meadow', 'orbit', 'quartz', 'river',
            'summit', 'lantern', 'cobalt', 'ember', 'falcon', 'granite', 'horizon', 'island', 'juniper'],
        lorem = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod',
            'tempor', 'incididunt', 'ut', 'labore', 'et', 'magna', 'aliqua', 'enim', 'minim', 'veniam', 'quis'],
        colors = ['red', 'green', 'blue', 'orange', 'purple', 'teal', 'silver', 'gold', 'black', 'white', 'maroon',
            'olive', 'navy', 'lime', 'violet'],
        cities = ['Zurich', 'Lyon', 'Porto', 'Leeds', 'Graz', 'Ghent', 'Turku', 'Bergen', 'Krakow', 'Bilbao'],
        countries = [['Switzerland', 'CH'], ['France', 'FR'], ['Portugal', 'PT'], ['United Kingdom', 'GB'],
            ['Austria', 'AT'], ['Belgium', 'BE'], ['Finland', 'FI'], ['Norway', 'NO'], ['Poland', 'PL'], ['Spain', 'ES']],
        streets = ['Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Lake', 'Hill', 'Park', 'River'],
        streetSuffixes = ['Street', 'Avenue', 'Road', 'Lane', 'Way', 'Court', 'Drive'],
        domainSuffixes = ['com', 'net', 'org', 'info', 'biz', 'io'],
        companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Stark', 'Wayne', 'Wonka'],
        companySuffixes = ['Inc', 'and Sons', 'LLC', 'Group'],
        adjectives = ['fast', 'smart', 'bright', 'open', 'quiet', 'bold', 'steady', 'clever', 'gentle', 'brave'],
        nouns = ['system', 'network', 'protocol', 'interface', 'matrix', 'circuit', 'driver', 'array', 'bus', 'panel'],
        verbs = ['compress', 'parse', 'index', 'connect', 'override', 'generate', 'transmit', 'quantify', 'bypass', 'copy'],
        ingverbs = ['compressing', 'parsing', 'indexing', 'connecting', 'overriding', 'generating', 'transmitting'],
        abbreviations = ['SQL', 'HTTP', 'JSON', 'XML', 'TCP', 'UDP', 'SMTP', 'RAM', 'CSS', 'API'],
        departments = ['Books', 'Garden', 'Toys', 'Music', 'Sports', 'Tools', 'Health', 'Electronics', 'Clothing'],
        productAdjectives = ['Small', 'Ergonomic', 'Rustic', 'Intelligent', 'Gorgeous', 'Practical', 'Sleek', 'Handmade'],
        productMaterials = ['Steel', 'Wooden', 'Concrete', 'Plastic', 'Cotton', 'Granite', 'Rubber', 'Metal', 'Soft'],
        products = ['Chair', 'Car', 'Computer', 'Keyboard', 'Mouse', 'Bike', 'Ball', 'Gloves', 'Table', 'Shoes'],
        jobDescriptors = ['Lead', 'Senior', 'Direct', 'Corporate', 'Dynamic', 'Future', 'Product', 'National', 'Chief'],
        jobAreas = ['Solutions', 'Program', 'Brand', 'Security', 'Research', 'Marketing', 'Directives', 'Implementation'],
        jobTypes = ['Supervisor', 'Associate', 'Executive', 'Liaison', 'Officer', 'Manager', 'Engineer', 'Specialist'],
        prefixes = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.'],
        suffixes = ['Jr.', 'Sr.', 'I', 'II', 'III', 'IV', 'V', 'MD', 'DDS', 'PhD', 'DVM'],
        months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
            'November', 'December'],
        weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        currencies = [['USD', 'US Dollar', '$'], ['EUR', 'Euro', '€'], ['GBP', 'Pound Sterling', '£'], ['JPY', 'Yen', '¥'],
            ['CHF', 'Swiss Franc', 'CHF'], ['INR', 'Indian Rupee', '₹']],
        transactionTypes = ['deposit', 'withdrawal', 'payment', 'invoice'],
        accountNames = ['Checking Account', 'Savings Account', 'Money Market Account', 'Investment Account',
            'Home Loan Account', 'Credit Card Account', 'Personal Loan Account'],
        databaseColumns = ['id', 'title', 'name', 'email', 'phone', 'token', 'group', 'category', 'password', 'comment',
            'avatar', 'status', 'createdAt', 'updatedAt'],
        databaseTypes = ['int', 'varchar', 'text', 'date', 'datetime', 'tinyint', 'time', 'timestamp', 'smallint',
            'mediumint', 'bigint', 'decimal', 'float', 'double', 'real', 'bit', 'boolean', 'serial', 'blob', 'binary',
            'enum', 'set', 'geometry', 'point'],
        databaseCollations = ['utf8_unicode_ci', 'utf8_general_ci', 'utf8_bin', 'ascii_bin', 'ascii_general_ci',
            'cp1250_bin', 'cp1250_general_ci'],
        databaseEngines = ['InnoDB', 'MyISAM', 'MEMORY', 'CSV', 'BLACKHOLE', 'ARCHIVE'],
        protocols = ['http', 'https'],
        fileTypes = [['txt', 'text/plain', 'text'], ['json', 'application/json', 'application'],
            ['png', 'image/png', 'image'], ['jpg', 'image/jpeg', 'image'], ['mp4', 'video/mp4', 'video'],
            ['mp3', 'audio/mpeg', 'audio'], ['pdf', 'application/pdf', 'application'], ['html', 'text/html', 'text']],
        directories = ['/usr', '/usr/bin', '/usr/local/bin', '/home', '/home/user', '/var', '/var/log', '/tmp', '/opt',
            '/etc', '/lib', '/srv'],
        locales = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'fi', 'pl', 'ja', 'zh', 'ko', 'ru', 'tr', 'ar'],
        imageCategories = ['abstract', 'animals', 'business', 'cats', 'city', 'food', 'nightlife', 'fashion', 'people',
            'nature', 'sports', 'transport'],
        table, i;

    function loremWords (count) {
        var out = [];

        for (var j = 0; j < count; j++) { out.push(pick(lorem)); }

        return out.join(' ');
    }
    function sentence () { return capitalise(loremWords(integer(3, 10))) + '.'; }
    function sentences (count) {
        var out = [];

        for (var j = 0; j < count; j++) { out.push(sentence()); }

        return out.join(' ');
    }
    function paragraph () { return sentences(3); }
    function userName () { return pick(firstNames) + (integer(0, 1) ? '.' : '_') + pick(lastNames) + integer(1, 99); }
    function domainWord () { return pick(words) + '-' + pick(words); }
    function domainName () { return domainWord() + '.' + pick(domainSuffixes); }
    function dateOffset (days) { return new Date(Date.now() + days * 86400000 * (0.1 + Math.random() * 0.9)); }
    function imageUrl () { return 'http://placeimg.com/640/480'; }

    table = {
        $guid: uuid4,
        $timestamp: function () { return Math.round(Date.now() / 1000); },
        $isoTimestamp: function () { return new Date().toISOString(); },
        $randomInt: function () { return ~~(Math.random() * 1001); },
        $randomUUID: uuid4,
        $randomAlphaNumeric: function () { return pick('abcdefghijklmnopqrstuvwxyz0123456789'.split(E)); },
        $randomBoolean: function () { return Math.random() < 0.5; },
        $randomPhoneNumber: function () { return integer(2, 9) + digits(2) + '-' + integer(2, 9) + digits(2) + '-' + digits(4); },
        $randomPhoneNumberExt: function () {
            return integer(1, 99) + '-' + integer(2, 9) + digits(2) + '-' + integer(2, 9) + digits(2) + '-' + digits(4);
        },
        $randomCity: function () { return pick(cities); },
        $randomStreetName: function () { return pick(streets) + ' ' + pick(streetSuffixes); },
        $randomStreetAddress: function () { return integer(1, 99999) + ' ' + pick(streets) + ' ' + pick(streetSuffixes); },
        $randomCountry: function () { return pick(countries)[0]; },
        $randomCountryCode: function () { return pick(countries)[1]; },
        $randomLatitude: function () { return (Math.random() * 180 - 90).toFixed(4); },
        $randomLongitude: function () { return (Math.random() * 360 - 180).toFixed(4); },
        $randomColor: function () { return pick(colors); },
        $randomDepartment: function () { return pick(departments); },
        $randomProductName: function () { return pick(productAdjectives) + ' ' + pick(productMaterials) + ' ' + pick(products); },
        $randomProductAdjective: function () { return pick(productAdjectives); },
        $randomProductMaterial: function () { return pick(productMaterials); },
        $randomProduct: function () { return pick(products); },
        $randomCompanyName: function () { return pick(companies) + ' ' + pick(companySuffixes); },
        $randomCompanySuffix: function () { return pick(companySuffixes); },
        $randomCatchPhrase: function () { return capitalise(pick(adjectives)) + ' ' + pick(adjectives) + ' ' + pick(nouns); },
        $randomBs: function () { return pick(verbs) + ' ' + pick(adjectives) + ' ' + pick(nouns) + 's'; },
        $randomCatchPhraseAdjective: function () { return capitalise(pick(adjectives)); },
        $randomCatchPhraseDescriptor: function () { return pick(adjectives); },
        $randomCatchPhraseNoun: function () { return pick(nouns); },
        $randomBsAdjective: function () { return pick(adjectives); },
        $randomBsBuzz: function () { return pick(verbs); },
        $randomBsNoun: function () { return pick(nouns) + 's'; },
        $randomDatabaseColumn: function () { return pick(databaseColumns); },
        $randomDatabaseType: function () { return pick(databaseTypes); },
        $randomDatabaseCollation: function () { return pick(databaseCollations); },
        $randomDatabaseEngine: function () { return pick(databaseEngines); },
        $randomDatePast: function () { return dateOffset(-365); },
        $randomDateFuture: function () { return dateOffset(365); },
        $randomDateRecent: function () { return dateOffset(-1); },
        $randomMonth: function () { return pick(months); },
        $randomWeekday: function () { return pick(weekdays); },
        $randomBankAccount: function () { return digits(8); },
        $randomBankAccountName: function () { return pick(accountNames); },
        $randomCreditCardMask: function () { return digits(4); },
        $randomPrice: function () { return (Math.random() * 1000).toFixed(2); },
        $randomTransactionType: function () { return pick(transactionTypes); },
        $randomCurrencyCode: function () { return pick(currencies)[0]; },
        $randomCurrencyName: function () { return pick(currencies)[1]; },
        $randomCurrencySymbol: function () { return pick(currencies)[2]; },
        $randomBitcoin: function () {
            var alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', text = pick(['1', '3']);

            for (var j = integer(25, 33); j > 0; j--) { text += alphabet.charAt(integer(0, alphabet.length - 1)); }

            return text;
        },
        $randomBankAccountIban: function () { return pick(countries)[1] + digits(2) + 'POST' + digits(14); },
        $randomBankAccountBic: function () { return 'POST' + pick(countries)[1] + 'XX'; },
        $randomAbbreviation: function () { return pick(abbreviations); },
        $randomAdjective: function () { return pick(adjectives); },
        $randomNoun: function () { return pick(nouns); },
        $randomVerb: function () { return pick(verbs); },
        $randomIngverb: function () { return pick(ingverbs); },
        $randomPhrase: function () {
            return 'If we ' + pick(verbs) + ' the ' + pick(nouns) + ', we can get to the ' + pick(abbreviations) + ' ' +
                pick(nouns) + ' through the ' + pick(adjectives) + ' ' + pick(abbreviations) + ' ' + pick(nouns) + '!';
        },
        $randomAvatarImage: function () { return 'https://avatars.githubusercontent.com/u/' + integer(1, 100000000); },
        $randomImageUrl: imageUrl,
        $randomImageDataUri: function () {
            return 'data:image/svg+xml;charset=UTF-8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" ' +
                'version="1.1" baseProfile="full" width="640" height="480"><rect width="100%" height="100%" ' +
                'fill="grey"/><text x="320" y="240" font-size="20" alignment-baseline="middle" text-anchor="middle" ' +
                'fill="white">640x480</text></svg>');
        },
        $randomEmail: function () { return (pick(firstNames) + '.' + pick(lastNames)).toLowerCase() + '@' + domainName(); },
        $randomExampleEmail: function () {
            return (pick(firstNames) + '.' + pick(lastNames)).toLowerCase() + '@example.' + pick(['com', 'net', 'org']);
        },
        $randomUserName: userName,
        $randomProtocol: function () { return pick(protocols); },
        $randomUrl: function () { return pick(protocols) + '://' + domainName(); },
        $randomDomainName: domainName,
        $randomDomainSuffix: function () { return pick(domainSuffixes); },
        $randomDomainWord: domainWord,
        $randomIP: function () { return integer(0, 255) + '.' + integer(0, 255) + '.' + integer(0, 255) + '.' + integer(0, 255); },
        $randomIPV6: function () {
            var parts = [];

            for (var j = 0; j < 8; j++) { parts.push(hexByte() + hexByte()); }

            return parts.join(':');
        },
        $randomUserAgent: function () {
            return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' + integer(90, 120) +
                '.0.' + integer(1000, 5000) + '.' + integer(10, 200) + ' Safari/537.36';
        },
        $randomHexColor: function () { return '#' + hexByte() + hexByte() + hexByte(); },
        $randomMACAddress: function () {
            var parts = [];

            for (var j = 0; j < 6; j++) { parts.push(hexByte()); }

            return parts.join(':');
        },
        $randomPassword: function () {
            var alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', text = E;

            for (var j = 0; j < 15; j++) { text += alphabet.charAt(integer(0, alphabet.length - 1)); }

            return text;
        },
        $randomLoremWord: function () { return pick(lorem); },
        $randomLoremWords: function () { return loremWords(3); },
        $randomLoremSentence: sentence,
        $randomLoremSlug: function () { return loremWords(3).replace(/ /g, '-'); },
        $randomLoremSentences: function () { return sentences(integer(2, 6)); },
        $randomLoremParagraph: paragraph,
        $randomLoremParagraphs: function () { return [paragraph(), paragraph(), paragraph()].join('\n \r'); },
        $randomLoremText: function () { return sentences(integer(1, 4)); },
        $randomLoremLines: function () {
            var lines = [];

            for (var j = integer(1, 5); j > 0; j--) { lines.push(sentence()); }

            return lines.join('\n');
        },
        $randomFirstName: function () { return pick(firstNames); },
        $randomLastName: function () { return pick(lastNames); },
        $randomFullName: function () { return pick(firstNames) + ' ' + pick(lastNames); },
        $randomJobTitle: function () { return pick(jobDescriptors) + ' ' + pick(jobAreas) + ' ' + pick(jobTypes); },
        $randomNamePrefix: function () { return pick(prefixes); },
        $randomNameSuffix: function () { return pick(suffixes); },
        $randomJobDescriptor: function () { return pick(jobDescriptors); },
        $randomJobArea: function () { return pick(jobAreas); },
        $randomJobType: function () { return pick(jobTypes); },
        $randomWord: function () { return pick(words); },
        $randomWords: function () {
            var out = [];

            for (var j = integer(2, 5); j > 0; j--) { out.push(pick(words)); }

            return out.join(' ');
        },
        $randomLocale: function () { return pick(locales); },
        $randomFilePath: function () { return pick(directories) + '/' + pick(words) + '.' + pick(fileTypes)[0]; },
        $randomDirectoryPath: function () { return pick(directories); },
        $randomFileName: function () { return pick(words) + '_' + pick(words) + '.' + pick(fileTypes)[0]; },
        $randomCommonFileName: function () { return pick(words) + '_' + pick(words) + '.' + pick(['pdf', 'mpeg', 'wav', 'png', 'jpeg', 'gif', 'mp4', 'html']); },
        $randomMimeType: function () { return pick(fileTypes)[1]; },
        $randomCommonFileType: function () { return pick(['video', 'audio', 'image', 'text', 'application']); },
        $randomCommonFileExt: function () { return pick(['pdf', 'mpeg', 'wav', 'png', 'jpeg', 'gif', 'mp4', 'html']); },
        $randomFileType: function () { return pick(fileTypes)[2]; },
        $randomFileExt: function () { return pick(fileTypes)[0]; },
        $randomSemver: function () { return integer(0, 9) + '.' + integer(0, 9) + '.' + integer(0, 9); }
    };
    for (i = 0; i < imageCategories.length; i++) {
        table['$random' + capitalise(imageCategories[i]) + 'Image'] = imageUrl;
    }
    table.$randomAbstractImage = imageUrl;

    return table;
}

function dynamicGenerator (name) {
    if (typeof name !== 'string' || name.charCodeAt(0) !== 36) { return undefined; } // '$'
    dynamicTable || (dynamicTable = buildDynamicTable());

    return has(dynamicTable, name) ? dynamicTable[name] : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Exports

module.exports = {
    PropertyBase: PropertyBase,
    Property: Property,
    PropertyList: PropertyList,
    Description: Description,
    Variable: Variable,
    VariableList: VariableList,
    VariableScope: VariableScope,
    Header: Header,
    HeaderList: HeaderList,
    QueryParam: QueryParam,
    FormParam: FormParam,
    Url: Url,
    RequestBody: RequestBody,
    RequestAuth: RequestAuth,
    ProxyConfig: ProxyConfig,
    Certificate: Certificate,
    Request: Request,
    Response: Response,
    Cookie: Cookie,
    CookieList: CookieList
};

// Internals shared with sandbox.js (not part of postman-collection).
Object.defineProperty(module.exports, '__postie', {
    enumerable: false,
    value: {
        parseJSON: parseJSON,
        stringifyJSON: stringifyJSON,
        indexOfBOM: indexOfBOM,
        responseFromHost: responseFromHost,
        dynamicGenerator: dynamicGenerator,
        utf8Bytes: utf8Bytes,
        utf8Decode: utf8Decode,
        base64Encode: base64Encode,
        base64Decode: base64Decode,
        uuid4: uuid4,
        lookupReason: lookupReason
    }
});
