// postie's own `uuid` module: the uuid 9 API (v1, v3, v4, v5, NIL, validate, version, parse, stringify)
// over RFC 4122, written for postie and checked against uuid 9.0.1 in Node. Postman's sandbox ships a
// tiny vendored uuid whose export is itself a function returning a v4 UUID; the export here is callable
// the same way. Random bytes come from the host (`require('postie:host').randomBytes`); MD5/SHA-1 for
// v3/v5 from its digests. `parse` returns a plain Array (no Uint8Array in PostieScript).
'use strict';

var host = require('postie:host');

var NIL = '00000000-0000-0000-0000-000000000000';
var reUuid = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;

function validate(uuid) { return typeof uuid === 'string' && reUuid.test(uuid); }
function version(uuid) {
    if (!validate(uuid)) throw new TypeError('Invalid UUID');
    return parseInt(uuid.slice(14, 15), 16);
}
function randomBytes16() {
    var hex = host.randomBytes(16), bytes = [];
    for (var i = 0; i < 32; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
    return bytes;
}
function hex2(byte) { return (byte < 16 ? '0' : '') + byte.toString(16); }
function unsafeStringify(arr, offset) {
    offset = offset || 0;
    var out = '';
    for (var i = 0; i < 16; i++) {
        out += hex2(arr[offset + i] & 0xff);
        if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
    }
    return out.toLowerCase();
}
function stringify(arr, offset) {
    var uuid = unsafeStringify(arr, offset);
    if (!validate(uuid)) throw new TypeError('Stringified UUID is invalid');
    return uuid;
}
function parse(uuid) {
    if (!validate(uuid)) throw new TypeError('Invalid UUID');
    var hex = uuid.replace(/-/g, ''), bytes = [];
    for (var i = 0; i < 32; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
    return bytes;
}
function output(bytes, buf, offset) {
    if (buf) {
        offset = offset || 0;
        for (var i = 0; i < 16; i++) buf[offset + i] = bytes[i];
        return buf;
    }
    return unsafeStringify(bytes);
}

function v4(options, buf, offset) {
    options = options || {};
    var rnds = options.random || (options.rng || randomBytes16)();
    rnds[6] = (rnds[6] & 0x0f) | 0x40;
    rnds[8] = (rnds[8] & 0x3f) | 0x80;
    return output(rnds, buf, offset);
}

// v1 state, as uuid keeps it: node id and clock sequence seeded once, last time seen.
var nodeId, clockSequence, lastMSecs = 0, lastNSecs = 0;
function v1(options, buf, offset) {
    options = options || {};
    var bytes = new Array(16);
    var node = options.node || nodeId;
    var clockseq = options.clockseq !== undefined ? options.clockseq : clockSequence;
    if (node == null || clockseq == null) {
        var seed = options.random || (options.rng || randomBytes16)();
        if (node == null) node = nodeId = [seed[0] | 0x01, seed[1], seed[2], seed[3], seed[4], seed[5]];
        if (clockseq == null) clockseq = clockSequence = ((seed[6] << 8) | seed[7]) & 0x3fff;
    }
    var msecs = options.msecs !== undefined ? options.msecs : Date.now();
    var nsecs = options.nsecs !== undefined ? options.nsecs : lastNSecs + 1;
    var dt = msecs - lastMSecs + (nsecs - lastNSecs) / 10000;
    if (dt < 0 && options.clockseq === undefined) clockseq = (clockseq + 1) & 0x3fff;
    if ((dt < 0 || msecs > lastMSecs) && options.nsecs === undefined) nsecs = 0;
    if (nsecs >= 10000) throw new Error("uuid.v1(): Can't create more than 10M uuids/sec");
    lastMSecs = msecs;
    lastNSecs = nsecs;
    clockSequence = clockseq;
    // 100-ns intervals since the Gregorian epoch (1582-10-15).
    msecs += 12219292800000;
    var timeLow = ((msecs & 0xfffffff) * 10000 + nsecs) % 0x100000000;
    bytes[0] = (timeLow >>> 24) & 0xff;
    bytes[1] = (timeLow >>> 16) & 0xff;
    bytes[2] = (timeLow >>> 8) & 0xff;
    bytes[3] = timeLow & 0xff;
    var timeHigh = ((msecs / 0x100000000) * 10000) & 0xfffffff;
    bytes[4] = (timeHigh >>> 8) & 0xff;
    bytes[5] = timeHigh & 0xff;
    bytes[6] = ((timeHigh >>> 24) & 0xf) | 0x10;
    bytes[7] = (timeHigh >>> 16) & 0xff;
    bytes[8] = (clockseq >>> 8) | 0x80;
    bytes[9] = clockseq & 0xff;
    for (var n = 0; n < 6; n++) bytes[10 + n] = node[n];
    return output(bytes, buf, offset);
}

/** UTF-8 of a name as hex; a lone surrogate is a URIError, as uuid's encodeURIComponent gives. */
function utf8Hex(string) {
    var hex = '';
    for (var i = 0; i < string.length; i++) {
        var code = string.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdfff) {
            var next = string.charCodeAt(i + 1);
            if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) throw new URIError('URI malformed');
            code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            i++;
        }
        if (code < 0x80) hex += hex2(code);
        else if (code < 0x800) hex += hex2(0xc0 | (code >> 6)) + hex2(0x80 | (code & 0x3f));
        else if (code < 0x10000) hex += hex2(0xe0 | (code >> 12)) + hex2(0x80 | ((code >> 6) & 0x3f)) + hex2(0x80 | (code & 0x3f));
        else hex += hex2(0xf0 | (code >> 18)) + hex2(0x80 | ((code >> 12) & 0x3f)) + hex2(0x80 | ((code >> 6) & 0x3f)) + hex2(0x80 | (code & 0x3f));
    }
    return hex;
}
function nameBased(versionBits, algorithm) {
    function generate(value, namespace, buf, offset) {
        if (typeof namespace === 'string') namespace = parse(namespace);
        if (!namespace || namespace.length !== 16) {
            throw new TypeError('Namespace must be array-like (16 iterable integer values, 0-255)');
        }
        var dataHex = '';
        for (var i = 0; i < 16; i++) dataHex += hex2(namespace[i] & 0xff);
        if (typeof value === 'string') dataHex += utf8Hex(value);
        else for (var j = 0; j < value.length; j++) dataHex += hex2(value[j] & 0xff);
        var digest = host.digest(algorithm, dataHex, 'hex'), bytes = [];
        for (var k = 0; k < 32; k += 2) bytes.push(parseInt(digest.slice(k, k + 2), 16));
        bytes[6] = (bytes[6] & 0x0f) | versionBits;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        return output(bytes, buf, offset);
    }
    generate.DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    generate.URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    return generate;
}
var v3 = nameBased(0x30, 'md5');
var v5 = nameBased(0x50, 'sha1');

/** Postman's vendored uuid is called directly for a v4 UUID. */
function uuid() { return v4(); }
uuid.v1 = v1;
uuid.v3 = v3;
uuid.v4 = v4;
uuid.v5 = v5;
uuid.NIL = NIL;
uuid.validate = validate;
uuid.version = version;
uuid.parse = parse;
uuid.stringify = stringify;

module.exports = uuid;
