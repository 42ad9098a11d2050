// postie's own `buffer` module: Node's Buffer API as Postman scripts use it (`require('buffer').Buffer`,
// the `Buffer` global). Written for postie from Node's documentation and checked against Node 20.
//
// PostieScript has no typed arrays, so a Buffer here is a real Array whose prototype is Buffer.prototype
// (which inherits from Array.prototype). Differences from Node, on purpose:
// - `Array.isArray(buf)` is true and `buf instanceof Uint8Array` is impossible;
// - writing `buf[i] = v` stores v as given (Node keeps `v & 255`); use `writeUInt8` to get Node's wrapping;
// - `slice`/`subarray` copy (Node shares memory with the original);
// - no ArrayBuffer/TypedArray inputs, no BigInt reads/writes.
'use strict';

var kMaxLength = 4294967296;
var INSPECT_MAX_BYTES = 50;

// Node's internal errors: a `code` property, and toString() giving "TypeError [CODE]: message".
var nodeErrorPrototypes = [];
function nodeErrorPrototype(Type) {
    for (var i = 0; i < nodeErrorPrototypes.length; i++) if (nodeErrorPrototypes[i].Type === Type) return nodeErrorPrototypes[i].proto;
    var proto = Object.create(Type.prototype);
    Object.defineProperty(proto, 'toString', {
        value: function () { return this.name + ' [' + this.code + ']: ' + this.message; }, writable: true, configurable: true
    });
    nodeErrorPrototypes.push({ Type: Type, proto: proto });
    return proto;
}
function nodeError(Type, code, message) {
    var error = new Type(message);
    Object.setPrototypeOf(error, nodeErrorPrototype(Type));
    error.code = code;
    return error;
}
function describeReceived(value) {
    if (value == null) return ' Received ' + value;
    if (typeof value === 'function') return ' Received function ' + value.name;
    if (typeof value === 'object') {
        var ctor = value.constructor && value.constructor.name;
        return ctor ? ' Received an instance of ' + ctor : ' Received ' + String(value);
    }
    var shown = typeof value === 'string' ? "'" + (value.length > 25 ? value.slice(0, 25) + '...' : value) + "'" : String(value);
    return ' Received type ' + typeof value + ' (' + shown + ')';
}
function outOfRange(name, range, received) {
    return nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
}
function formatReceivedNumber(value) {
    if (typeof value !== 'number' || !isFinite(value) || Math.abs(value) < 1000) return String(value);
    var text = String(Math.trunc(value)), sign = text[0] === '-' ? '-' : '';
    text = sign ? text.slice(1) : text;
    var out = '';
    while (text.length > 3) { out = '_' + text.slice(-3) + out; text = text.slice(0, -3); }
    return sign + text + out;
}

// ---------------------------------------------------------------------------------------------------
// Encodings.

function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
    switch (String(encoding).toLowerCase()) {
        case 'utf8': case 'utf-8': return 'utf8';
        case 'hex': return 'hex';
        case 'base64': return 'base64';
        case 'base64url': return 'base64url';
        case 'latin1': case 'binary': return 'latin1';
        case 'ascii': return 'ascii';
        case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    }
    return null;
}
function requireEncoding(encoding) {
    var normalized = normalizeEncoding(encoding);
    if (normalized === null) throw nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    return normalized;
}
/** UTF-8 bytes of a string (WHATWG encode: lone surrogates become U+FFFD). */
function utf8Encode(string) {
    var bytes = [];
    for (var i = 0; i < string.length; i++) {
        var code = string.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdfff) {
            var next = string.charCodeAt(i + 1);
            if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
                i++;
            } else {
                code = 0xfffd;
            }
        }
        if (code < 0x80) bytes.push(code);
        else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
        else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
        else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    return bytes;
}
/** WHATWG UTF-8 decode with replacement (Encoding Standard §9.1.1): each maximal bad subpart is one U+FFFD. */
function utf8Decode(bytes, start, end) {
    var out = '', chunk = [], needed = 0, seen = 0, code = 0, lower = 0x80, upper = 0xbf;
    function emit(cp) {
        if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); }
        else chunk.push(cp);
        if (chunk.length >= 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
    }
    for (var i = start; i < end; i++) {
        var b = bytes[i] & 0xff;
        if (needed === 0) {
            if (b <= 0x7f) { emit(b); continue; }
            if (b >= 0xc2 && b <= 0xdf) { needed = 1; code = b & 0x1f; }
            else if (b >= 0xe0 && b <= 0xef) {
                if (b === 0xe0) lower = 0xa0;
                if (b === 0xed) upper = 0x9f;
                needed = 2; code = b & 0x0f;
            } else if (b >= 0xf0 && b <= 0xf4) {
                if (b === 0xf0) lower = 0x90;
                if (b === 0xf4) upper = 0x8f;
                needed = 3; code = b & 0x07;
            } else { emit(0xfffd); }
            continue;
        }
        if (b < lower || b > upper) {
            code = needed = seen = 0; lower = 0x80; upper = 0xbf;
            emit(0xfffd);
            i--;
            continue;
        }
        lower = 0x80; upper = 0xbf;
        code = (code << 6) | (b & 0x3f);
        if (++seen === needed) {
            emit(code);
            code = needed = seen = 0;
        }
    }
    if (needed) emit(0xfffd);
    return out + (chunk.length ? String.fromCharCode.apply(null, chunk) : '');
}
var base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
var base64Values = null;
function base64ValueTable() {
    if (!base64Values) {
        base64Values = {};
        for (var i = 0; i < 64; i++) {
            base64Values[base64Chars.charCodeAt(i)] = i;
            base64Values[base64UrlChars.charCodeAt(i)] = i;
        }
    }
    return base64Values;
}
/** Node's lenient base64 decode: both alphabets, other characters skipped, stops at "=". */
function base64Decode(string) {
    var table = base64ValueTable(), bytes = [], group = 0, count = 0;
    for (var i = 0; i < string.length; i++) {
        var c = string.charCodeAt(i);
        if (c === 61) break;
        var v = table[c];
        if (v === undefined) continue;
        group = (group << 6) | v;
        if (++count === 4) {
            bytes.push((group >> 16) & 0xff, (group >> 8) & 0xff, group & 0xff);
            group = count = 0;
        }
    }
    if (count === 2) bytes.push((group >> 4) & 0xff);
    else if (count === 3) bytes.push((group >> 10) & 0xff, (group >> 2) & 0xff);
    return bytes;
}
function base64Encode(bytes, start, end, url) {
    var chars = url ? base64UrlChars : base64Chars, out = '';
    for (var i = start; i < end; i += 3) {
        var b0 = bytes[i] & 0xff, b1 = i + 1 < end ? bytes[i + 1] & 0xff : 0, b2 = i + 2 < end ? bytes[i + 2] & 0xff : 0;
        var triple = (b0 << 16) | (b1 << 8) | b2;
        out += chars.charAt(triple >> 18) + chars.charAt((triple >> 12) & 63);
        out += i + 1 < end ? chars.charAt((triple >> 6) & 63) : (url ? '' : '=');
        out += i + 2 < end ? chars.charAt(triple & 63) : (url ? '' : '=');
    }
    return out;
}
function hexDecode(string) {
    var bytes = [];
    for (var i = 0; i + 1 < string.length; i += 2) {
        var hi = hexValue(string.charCodeAt(i)), lo = hexValue(string.charCodeAt(i + 1));
        if (hi < 0 || lo < 0) break;
        bytes.push((hi << 4) | lo);
    }
    return bytes;
}
function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
}
function stringToBytes(string, encoding) {
    switch (encoding) {
        case 'utf8': return utf8Encode(string);
        case 'hex': return hexDecode(string);
        case 'base64': case 'base64url': return base64Decode(string);
        case 'latin1': case 'ascii':
            var latin = new Array(string.length);
            for (var i = 0; i < string.length; i++) latin[i] = string.charCodeAt(i) & 0xff;
            return latin;
        case 'utf16le':
            var wide = [];
            for (var j = 0; j < string.length; j++) {
                var code = string.charCodeAt(j);
                wide.push(code & 0xff, code >>> 8);
            }
            return wide;
    }
    return [];
}
function bytesToString(bytes, encoding, start, end) {
    var out = '', i;
    switch (encoding) {
        case 'utf8': return utf8Decode(bytes, start, end);
        case 'hex':
            for (i = start; i < end; i++) out += ((bytes[i] & 0xff) < 16 ? '0' : '') + (bytes[i] & 0xff).toString(16);
            return out;
        case 'base64': return base64Encode(bytes, start, end, false);
        case 'base64url': return base64Encode(bytes, start, end, true);
        case 'latin1':
        case 'ascii':
            var mask = encoding === 'ascii' ? 0x7f : 0xff, codes = [];
            for (i = start; i < end; i++) {
                codes.push(bytes[i] & mask);
                if (codes.length >= 4096) { out += String.fromCharCode.apply(null, codes); codes = []; }
            }
            return out + String.fromCharCode.apply(null, codes);
        case 'utf16le':
            for (i = start; i + 1 < end; i += 2) out += String.fromCharCode((bytes[i] & 0xff) | ((bytes[i + 1] & 0xff) << 8));
            return out;
    }
    return '';
}

// ---------------------------------------------------------------------------------------------------
// The Buffer type.

function makeBuffer(length) {
    var array = new Array(length);
    for (var i = 0; i < length; i++) array[i] = 0;
    Object.setPrototypeOf(array, Buffer.prototype);
    return array;
}
function fromBytes(bytes) {
    Object.setPrototypeOf(bytes, Buffer.prototype);
    return bytes;
}

/** `Buffer(arg)` / `new Buffer(arg)`: a number allocates, anything else goes through Buffer.from. */
function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') return Buffer.alloc(arg);
    return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = Object.create(Array.prototype);
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.defineProperty(Buffer.prototype, '_isBuffer', { value: true });
Buffer.poolSize = 8192;

function checkSize(size) {
    if (typeof size !== 'number') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "size" argument must be of type number.' + describeReceived(size));
    }
    if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', '>= 0 && <= ' + kMaxLength, formatReceivedNumber(size));
}
Buffer.alloc = function (size, fill, encoding) {
    checkSize(size);
    var buf = makeBuffer(Math.floor(size));
    if (fill !== undefined && fill !== 0 && buf.length) buf.fill(fill, 0, buf.length, encoding);
    return buf;
};
Buffer.allocUnsafe = function (size) { checkSize(size); return makeBuffer(Math.floor(size)); };
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
Buffer.from = function (value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromBytes(stringToBytes(value, requireEncoding(encodingOrOffset)));
    if (value != null && typeof value === 'object') {
        if (Buffer.isBuffer(value) || Array.isArray(value)) return fromBytes(copyBytes(value, 0, value.length));
        // The sandbox's ArrayBuffer (webcrypto.js), as Node's `Buffer.from(arrayBuffer, byteOffset, length)`.
        if (typeof ArrayBuffer === 'function' && value instanceof ArrayBuffer) {
            var view = new Uint8Array(value, encodingOrOffset, length);
            return fromBytes(copyBytes(view, 0, view.length));
        }
        if (value.type === 'Buffer' && Array.isArray(value.data)) return fromBytes(copyBytes(value.data, 0, value.data.length));
        if (typeof value.length === 'number') return fromBytes(copyBytes(value, 0, value.length));
        var primitive = typeof value.valueOf === 'function' ? value.valueOf() : value;
        if (primitive !== value && primitive != null && (typeof primitive === 'string' || typeof primitive === 'object')) {
            return Buffer.from(primitive, encodingOrOffset, length);
        }
    }
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.' + describeReceived(value));
};
function copyBytes(source, start, end) {
    var out = new Array(Math.max(end - start, 0));
    for (var i = start; i < end; i++) {
        var v = +source[i];
        out[i - start] = v !== v ? 0 : (v & 0xff);
    }
    return out;
}
Buffer.isBuffer = function (value) { return value != null && value._isBuffer === true && value instanceof Buffer; };
Buffer.isEncoding = function (encoding) { return typeof encoding === 'string' && encoding !== '' && normalizeEncoding(encoding) !== null; };
Buffer.byteLength = function (value, encoding) {
    if (typeof value !== 'string') {
        if (value != null && typeof value.length === 'number' && typeof value === 'object') return value.length;
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer.' + describeReceived(value));
    }
    switch (normalizeEncoding(encoding) || 'utf8') {
        case 'hex': return value.length >>> 1;
        case 'base64':
        case 'base64url':
            var n = value.length;
            if (n > 0 && value.charCodeAt(n - 1) === 61) n--;
            if (n > 1 && value.charCodeAt(n - 1) === 61) n--;
            return (n * 3) >>> 2;
        case 'latin1': case 'ascii': return value.length;
        case 'utf16le': return value.length * 2;
    }
    return utf8Encode(value).length;
};
Buffer.concat = function (list, totalLength) {
    if (!Array.isArray(list)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of Array.' + describeReceived(list));
    }
    var bytes = [];
    for (var i = 0; i < list.length; i++) {
        var item = list[i];
        if (!Buffer.isBuffer(item)) {
            throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list[' + i + ']" argument must be an instance of Buffer or Uint8Array.' + describeReceived(item));
        }
        for (var j = 0; j < item.length; j++) bytes.push(item[j] & 0xff);
    }
    if (totalLength !== undefined) {
        totalLength = Math.floor(totalLength);
        if (bytes.length > totalLength) bytes.length = totalLength;
        while (bytes.length < totalLength) bytes.push(0);
    }
    return fromBytes(bytes);
};
Buffer.compare = function (a, b) {
    var length = Math.min(a.length, b.length);
    for (var i = 0; i < length; i++) {
        if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return a.length < b.length ? -1 : (a.length > b.length ? 1 : 0);
};
Buffer.of = function () { return Buffer.from(Array.prototype.slice.call(arguments)); };
if (typeof Symbol === 'function' && Symbol.species) {
    Object.defineProperty(Buffer, Symbol.species, { get: function () { return Buffer; }, configurable: true });
}

var proto = Buffer.prototype;
function clampIndex(value, length, fallback) {
    if (value === undefined) return fallback;
    value = Math.trunc(+value) || 0;
    if (value < 0) return Math.max(length + value, 0);
    return Math.min(value, length);
}
proto.toString = function (encoding, start, end) {
    var length = this.length;
    if (arguments.length === 0) return utf8Decode(this, 0, length);
    start = start === undefined ? 0 : Math.max(Math.trunc(+start) || 0, 0);
    end = end === undefined ? length : Math.min(Math.trunc(+end) || 0, length);
    if (end <= start) return '';
    return bytesToString(this, requireEncoding(encoding), start, end);
};
proto.toLocaleString = proto.toString;
proto.toJSON = function () {
    var data = new Array(this.length);
    for (var i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data: data };
};
proto.equals = function (other) {
    if (!Buffer.isBuffer(other)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array.' + describeReceived(other));
    }
    return Buffer.compare(this, other) === 0;
};
proto.compare = function (target, targetStart, targetEnd, sourceStart, sourceEnd) {
    var a = this.slice(sourceStart || 0, sourceEnd === undefined ? this.length : sourceEnd);
    var b = Buffer.prototype.slice.call(target, targetStart || 0, targetEnd === undefined ? target.length : targetEnd);
    return Buffer.compare(a, b);
};
proto.slice = function (start, end) {
    var length = this.length;
    start = clampIndex(start, length, 0);
    end = clampIndex(end, length, length);
    var out = [];
    for (var i = start; i < end; i++) out.push(this[i]);
    return fromBytes(out);
};
proto.subarray = proto.slice;
proto.fill = function (value, offset, end, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
    else if (typeof end === 'string') { encoding = end; end = this.length; }
    offset = offset === undefined ? 0 : offset;
    end = end === undefined ? this.length : end;
    if (offset < 0 || end > this.length) throw outOfRange('offset', '>= 0 && <= ' + this.length, offset);
    var pattern;
    if (typeof value === 'number') pattern = [value & 0xff];
    else if (typeof value === 'boolean') pattern = [value ? 1 : 0];
    else if (typeof value === 'string') pattern = stringToBytes(value, requireEncoding(encoding));
    else if (value && typeof value.length === 'number') pattern = copyBytes(value, 0, value.length);
    else pattern = [0];
    if (!pattern.length) {
        if (typeof value === 'string' && value.length) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'value' is invalid. Received '" + value + "'");
        pattern = [0];
    }
    for (var i = offset, j = 0; i < end; i++, j = (j + 1) % pattern.length) this[i] = pattern[j];
    return this;
};
proto.write = function (string, offset, length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = this.length; }
    else if (typeof length === 'string') { encoding = length; length = this.length - (offset || 0); }
    offset = offset === undefined ? 0 : offset >>> 0;
    var remaining = this.length - offset;
    length = length === undefined ? remaining : Math.min(length >>> 0, remaining);
    var enc = requireEncoding(encoding), bytes = stringToBytes(String(string), enc);
    if (enc === 'utf8' && bytes.length > length) {
        // Node writes whole characters only.
        var cut = length;
        while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
        bytes = bytes.slice(0, cut);
    }
    var count = Math.min(bytes.length, length);
    for (var i = 0; i < count; i++) this[offset + i] = bytes[i];
    return count;
};
proto.copy = function (target, targetStart, sourceStart, sourceEnd) {
    targetStart = targetStart === undefined ? 0 : Math.trunc(targetStart);
    sourceStart = sourceStart === undefined ? 0 : Math.trunc(sourceStart);
    sourceEnd = sourceEnd === undefined ? this.length : Math.min(Math.trunc(sourceEnd), this.length);
    var count = 0;
    for (var i = sourceStart; i < sourceEnd && targetStart + count < target.length; i++) target[targetStart + count++] = this[i];
    return count;
};
proto.indexOf = function (value, byteOffset, encoding) { return bufferIndexOf(this, value, byteOffset, encoding, false); };
proto.lastIndexOf = function (value, byteOffset, encoding) { return bufferIndexOf(this, value, byteOffset, encoding, true); };
proto.includes = function (value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; };
function bufferIndexOf(buf, value, byteOffset, encoding, fromEnd) {
    if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
    var needle;
    if (typeof value === 'number') needle = [value & 0xff];
    else if (typeof value === 'string') needle = stringToBytes(value, requireEncoding(encoding));
    else needle = copyBytes(value, 0, value.length);
    var length = buf.length, start;
    if (byteOffset === undefined) start = fromEnd ? length - needle.length : 0;
    else {
        start = Math.trunc(+byteOffset) || 0;
        if (start < 0) start += length;
    }
    if (!needle.length) return fromEnd ? Math.min(Math.max(start, 0), length) : Math.min(Math.max(start, 0), length);
    if (fromEnd) {
        for (var i = Math.min(start, length - needle.length); i >= 0; i--) if (matchAt(buf, needle, i)) return i;
    } else {
        for (var k = Math.max(start, 0); k + needle.length <= length; k++) if (matchAt(buf, needle, k)) return k;
    }
    return -1;
}
function matchAt(buf, needle, at) {
    for (var i = 0; i < needle.length; i++) if ((buf[at + i] & 0xff) !== needle[i]) return false;
    return true;
}
proto.reverse = function () { Array.prototype.reverse.call(this); return this; };
proto.swap16 = function () { return swapGroups(this, 2); };
proto.swap32 = function () { return swapGroups(this, 4); };
proto.swap64 = function () { return swapGroups(this, 8); };
function swapGroups(buf, size) {
    if (buf.length % size) throw nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + (size * 8) + '-bits');
    for (var i = 0; i < buf.length; i += size) {
        for (var a = i, b = i + size - 1; a < b; a++, b--) { var t = buf[a]; buf[a] = buf[b]; buf[b] = t; }
    }
    return buf;
}
Object.defineProperty(proto, 'byteLength', { get: function () { return this.length; }, configurable: true });
Object.defineProperty(proto, 'byteOffset', { get: function () { return 0; }, configurable: true });
proto.inspect = function () {
    var shown = [], max = Math.min(this.length, INSPECT_MAX_BYTES);
    for (var i = 0; i < max; i++) shown.push(((this[i] & 0xff) < 16 ? '0' : '') + (this[i] & 0xff).toString(16));
    var more = this.length > max ? ' ... ' + (this.length - max) + ' more byte' + (this.length - max > 1 ? 's' : '') : '';
    return '<Buffer' + (shown.length ? ' ' + shown.join(' ') : '') + more + '>';
};

// Numeric reads and writes.
function checkOffset(buf, offset, byteLength) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type number.' + describeReceived(offset));
    }
    if (offset !== Math.floor(offset)) throw outOfRange('offset', 'an integer', offset);
    var last = buf.length - byteLength;
    if (last < 0) throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    if (offset < 0 || offset > last) throw outOfRange('offset', '>= 0 and <= ' + last, offset);
    return offset;
}
function readUnsigned(buf, offset, size, little) {
    offset = checkOffset(buf, offset, size);
    var value = 0;
    for (var i = 0; i < size; i++) value = value * 256 + (buf[little ? offset + size - 1 - i : offset + i] & 0xff);
    return value;
}
function readSigned(buf, offset, size, little) {
    var value = readUnsigned(buf, offset, size, little), limit = Math.pow(2, 8 * size - 1);
    return value >= limit ? value - limit * 2 : value;
}
function checkValue(value, min, max) {
    if (typeof value !== 'number') value = +value;
    if (value > max || value < min) {
        var range = '>= ' + formatReceivedNumber(min) + ' and <= ' + formatReceivedNumber(max);
        throw outOfRange('value', range, formatReceivedNumber(value));
    }
    return value;
}
function writeInteger(buf, value, offset, size, little, signed) {
    var max = Math.pow(2, 8 * size), limit = signed ? max / 2 : max;
    value = checkValue(value, signed ? -limit : 0, limit - 1);
    offset = checkOffset(buf, offset, size);
    value = Math.trunc(value);
    if (value < 0) value += max;
    for (var i = 0; i < size; i++) {
        buf[little ? offset + i : offset + size - 1 - i] = value % 256;
        value = Math.floor(value / 256);
    }
    return offset + size;
}
[[1, 'UInt8', false], [2, 'UInt16', false], [4, 'UInt32', false], [1, 'Int8', true], [2, 'Int16', true], [4, 'Int32', true]].forEach(function (spec) {
    var size = spec[0], name = spec[1], signed = spec[2];
    var suffixes = size === 1 ? [''] : ['LE', 'BE'];
    suffixes.forEach(function (suffix) {
        var little = suffix === 'LE';
        proto['read' + name + suffix] = function (offset) {
            return signed ? readSigned(this, offset, size, little) : readUnsigned(this, offset, size, little);
        };
        proto['write' + name + suffix] = function (value, offset) { return writeInteger(this, value, offset, size, little, signed); };
        if (name.indexOf('UInt') === 0) {
            proto['readUint' + name.slice(4) + suffix] = proto['read' + name + suffix];
            proto['writeUint' + name.slice(4) + suffix] = proto['write' + name + suffix];
        }
    });
});
['LE', 'BE'].forEach(function (suffix) {
    var little = suffix === 'LE';
    proto['readUInt' + suffix] = function (offset, byteLength) { return readUnsigned(this, offset, byteLength, little); };
    proto['readInt' + suffix] = function (offset, byteLength) { return readSigned(this, offset, byteLength, little); };
    proto['writeUInt' + suffix] = function (value, offset, byteLength) { return writeInteger(this, value, offset, byteLength, little, false); };
    proto['writeInt' + suffix] = function (value, offset, byteLength) { return writeInteger(this, value, offset, byteLength, little, true); };
    proto['readUint' + suffix] = proto['readUInt' + suffix];
    proto['writeUint' + suffix] = proto['writeUInt' + suffix];
    proto['readFloat' + suffix] = function (offset) { return decodeFloat(bytesAt(this, offset, 4, little), 8, 23); };
    proto['readDouble' + suffix] = function (offset) { return decodeFloat(bytesAt(this, offset, 8, little), 11, 52); };
    proto['writeFloat' + suffix] = function (value, offset) { return putBytes(this, offset, encodeFloat(+value, 8, 23, 4), little); };
    proto['writeDouble' + suffix] = function (value, offset) { return putBytes(this, offset, encodeFloat(+value, 11, 52, 8), little); };
});
/** Bytes at offset in big-endian order. */
function bytesAt(buf, offset, size, little) {
    offset = checkOffset(buf, offset, size);
    var out = [];
    for (var i = 0; i < size; i++) out.push(buf[little ? offset + size - 1 - i : offset + i] & 0xff);
    return out;
}
function putBytes(buf, offset, bigEndian, little) {
    var size = bigEndian.length;
    offset = checkOffset(buf, offset, size);
    for (var i = 0; i < size; i++) buf[little ? offset + size - 1 - i : offset + i] = bigEndian[i];
    return offset + size;
}
// IEEE 754 binary32/binary64 from and to big-endian bytes, without typed arrays.
function decodeFloat(bytes, exponentBits, mantissaBits) {
    var bits = '';
    for (var i = 0; i < bytes.length; i++) bits += ('0000000' + bytes[i].toString(2)).slice(-8);
    var sign = bits[0] === '1' ? -1 : 1;
    var exponent = parseInt(bits.slice(1, 1 + exponentBits), 2);
    var mantissa = 0;
    for (var m = 0; m < mantissaBits; m++) if (bits[1 + exponentBits + m] === '1') mantissa += Math.pow(2, -(m + 1));
    var bias = Math.pow(2, exponentBits - 1) - 1;
    if (exponent === Math.pow(2, exponentBits) - 1) return mantissa ? NaN : sign * Infinity;
    if (exponent === 0) return sign * mantissa * Math.pow(2, 1 - bias);
    return sign * (1 + mantissa) * Math.pow(2, exponent - bias);
}
function encodeFloat(value, exponentBits, mantissaBits, size) {
    var bias = Math.pow(2, exponentBits - 1) - 1, sign = (value < 0 || (value === 0 && 1 / value < 0)) ? 1 : 0;
    var exponent, mantissa;
    value = Math.abs(value);
    if (value !== value) { exponent = Math.pow(2, exponentBits) - 1; mantissa = Math.pow(2, mantissaBits - 1); }
    else if (value === Infinity) { exponent = Math.pow(2, exponentBits) - 1; mantissa = 0; }
    else if (value === 0) { exponent = 0; mantissa = 0; }
    else {
        exponent = Math.floor(Math.log(value) / Math.LN2);
        if (Math.pow(2, exponent) > value) exponent--;
        if (Math.pow(2, exponent + 1) <= value) exponent++;
        if (exponent + bias >= Math.pow(2, exponentBits) - 1) { exponent = Math.pow(2, exponentBits) - 1; mantissa = 0; }
        else if (exponent + bias <= 0) {
            mantissa = roundHalfEven(value / Math.pow(2, 1 - bias - mantissaBits));
            exponent = 0;
            if (mantissa >= Math.pow(2, mantissaBits)) { exponent = 1; mantissa -= Math.pow(2, mantissaBits); }
        } else {
            mantissa = roundHalfEven((value / Math.pow(2, exponent) - 1) * Math.pow(2, mantissaBits));
            exponent += bias;
            if (mantissa >= Math.pow(2, mantissaBits)) { mantissa = 0; exponent++; }
            if (exponent >= Math.pow(2, exponentBits) - 1) { exponent = Math.pow(2, exponentBits) - 1; mantissa = 0; }
        }
    }
    var bytes = [];
    for (var i = 0; i < size; i++) bytes.push(0);
    // Assemble bit by bit from the top: sign, exponent, mantissa.
    var all = [sign];
    for (var e = exponentBits - 1; e >= 0; e--) all.push(Math.floor(exponent / Math.pow(2, e)) % 2);
    for (var k = mantissaBits - 1; k >= 0; k--) all.push(Math.floor(mantissa / Math.pow(2, k)) % 2);
    for (var b = 0; b < all.length; b++) if (all[b]) bytes[b >> 3] |= 0x80 >> (b & 7);
    return bytes;
}
function roundHalfEven(x) {
    var floor = Math.floor(x), diff = x - floor;
    if (diff > 0.5) return floor + 1;
    if (diff < 0.5) return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}

// ---------------------------------------------------------------------------------------------------
// atob/btoa (HTML §8.3 forgiving-base64), with Node's DOMException errors.

function DOMException(message, name) {
    var error = new Error(message);
    Object.setPrototypeOf(error, DOMException.prototype);
    Object.defineProperty(error, 'name', { value: name || 'Error', configurable: true, writable: true });
    return error;
}
DOMException.prototype = Object.create(Error.prototype);
Object.defineProperty(DOMException.prototype, 'constructor', { value: DOMException, writable: true, configurable: true });
Object.defineProperty(DOMException.prototype, 'code', {
    get: function () { return this.name === 'InvalidCharacterError' ? 5 : 0; }, configurable: true
});
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
}
DOMException.INVALID_CHARACTER_ERR = 5;

function missingInput() { return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified'); }
function atob(input) {
    if (arguments.length === 0) throw missingInput();
    var string = String(input), count = 0, equals = 0, clean = '';
    for (var i = 0; i < string.length; i++) {
        var ch = string.charAt(i);
        if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r') continue;
        count++;
        if (ch === '=') {
            if (++equals > 2) throw invalidCharacter();
            continue;
        }
        if (equals || !/[A-Za-z0-9+/]/.test(ch)) throw invalidCharacter();
        clean += ch;
    }
    var remainder = count % 4;
    if (!remainder) remainder = (count - equals) % 4;
    else if (equals) throw invalidCharacter();
    if (remainder === 1) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    var bytes = base64Decode(clean), out = '';
    for (var j = 0; j < bytes.length; j++) out += String.fromCharCode(bytes[j]);
    return out;
}
function invalidCharacter() { return new DOMException('Invalid character', 'InvalidCharacterError'); }
function btoa(input) {
    if (arguments.length === 0) throw missingInput();
    var string = String(input), bytes = [];
    for (var i = 0; i < string.length; i++) {
        var code = string.charCodeAt(i);
        if (code > 0xff) throw new DOMException('Invalid character', 'InvalidCharacterError');
        bytes.push(code);
    }
    return base64Encode(bytes, 0, bytes.length, false);
}

module.exports = {
    Buffer: Buffer,
    SlowBuffer: function (size) { return Buffer.allocUnsafe(size); },
    atob: atob,
    btoa: btoa,
    DOMException: DOMException,
    kMaxLength: kMaxLength,
    kStringMaxLength: 536870888,
    INSPECT_MAX_BYTES: INSPECT_MAX_BYTES,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 536870888 },
    isUtf8: function (input) {
        var again = utf8Encode(utf8Decode(input, 0, input.length));
        if (again.length !== input.length) return false;
        for (var i = 0; i < again.length; i++) if (again[i] !== (input[i] & 0xff)) return false;
        return true;
    },
    isAscii: function (input) {
        for (var i = 0; i < input.length; i++) if ((input[i] & 0xff) >= 0x80) return false;
        return true;
    }
};
