// postie's own `url` module: the WHATWG URL Standard's URL and URLSearchParams as Node 20 exposes
// them, plus the legacy `url.parse`/`format`/`resolve` basics. Written for postie from the URL Standard
// (the basic URL parser of §4.4 is a state machine, implemented here state by state) and Node's
// documentation; checked against Node 20. No other project's code is used.
//
// Differences from Node, on purpose: hosts are made ASCII with lower-casing and Punycode only (no full
// UTS #46 mapping: e.g. full-width or compatibility characters are not normalised); `util.inspect` of a
// URL is not Node's; `url.parse` covers the common shapes of the legacy parser, not all of its quirks.
'use strict';

// ---------------------------------------------------------------------------------------------------
// Code points, percent-encoding and UTF-8.

var specialPorts = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(scheme) { return Object.prototype.hasOwnProperty.call(specialPorts, scheme); }

function isAsciiAlpha(c) { return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); }
function isAsciiDigit(c) { return c >= 0x30 && c <= 0x39; }
function isAsciiHex(c) { return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66); }
function isAsciiAlphanumeric(c) { return isAsciiAlpha(c) || isAsciiDigit(c); }

function inC0ControlSet(c) { return c < 0x20 || c > 0x7e; }
function inFragmentSet(c) { return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60; }
function inQuerySet(c) { return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e; }
function inSpecialQuerySet(c) { return inQuerySet(c) || c === 0x27; }
function inPathSet(c) { return inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d; }
function inUserinfoSet(c) {
    return inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
        (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

function utf8Bytes(codePoint) {
    if (codePoint < 0x80) return [codePoint];
    if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
    if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
    return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
}
function hexByte(b) { return '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase(); }
/** Code points of a string; lone surrogates become U+FFFD (USVString conversion). */
function codePoints(string) {
    var out = [];
    for (var i = 0; i < string.length; i++) {
        var c = string.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
            var d = string.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) { out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)); i++; continue; }
        }
        out.push(c >= 0xd800 && c <= 0xdfff ? 0xfffd : c);
    }
    return out;
}
function fromCodePoint(cp) {
    if (cp < 0x10000) return String.fromCharCode(cp);
    cp -= 0x10000;
    return String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
}
function percentEncodeCodePoint(cp, inSet) {
    if (!inSet(cp)) return fromCodePoint(cp);
    var bytes = utf8Bytes(cp), out = '';
    for (var i = 0; i < bytes.length; i++) out += hexByte(bytes[i]);
    return out;
}
function percentEncodeString(string, inSet) {
    var cps = codePoints(string), out = '';
    for (var i = 0; i < cps.length; i++) out += percentEncodeCodePoint(cps[i], inSet);
    return out;
}
function percentDecodeBytes(string) {
    var bytes = [];
    for (var i = 0; i < string.length; i++) {
        var c = string.charCodeAt(i);
        if (c === 0x25 && i + 2 < string.length && isAsciiHex(string.charCodeAt(i + 1)) && isAsciiHex(string.charCodeAt(i + 2))) {
            bytes.push(parseInt(string.slice(i + 1, i + 3), 16));
            i += 2;
        } else {
            var encoded = c < 0x80 ? [c] : utf8Bytes(codePoints(string.charAt(i) + (c >= 0xd800 && c <= 0xdbff ? string.charAt(i + 1) : ''))[0]);
            if (c >= 0xd800 && c <= 0xdbff && string.charCodeAt(i + 1) >= 0xdc00 && string.charCodeAt(i + 1) <= 0xdfff) i++;
            for (var k = 0; k < encoded.length; k++) bytes.push(encoded[k]);
        }
    }
    return bytes;
}
/** UTF-8 decode without BOM, each bad sequence becoming U+FFFD (Encoding Standard). */
function utf8DecodeBytes(bytes) {
    var out = '', needed = 0, seen = 0, code = 0, lower = 0x80, upper = 0xbf;
    for (var i = 0; i < bytes.length; i++) {
        var b = bytes[i];
        if (needed === 0) {
            if (b <= 0x7f) out += String.fromCharCode(b);
            else if (b >= 0xc2 && b <= 0xdf) { needed = 1; code = b & 0x1f; }
            else if (b >= 0xe0 && b <= 0xef) { if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; needed = 2; code = b & 0xf; }
            else if (b >= 0xf0 && b <= 0xf4) { if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; needed = 3; code = b & 0x7; }
            else out += '\ufffd';
            continue;
        }
        if (b < lower || b > upper) {
            code = needed = seen = 0; lower = 0x80; upper = 0xbf;
            out += '\ufffd';
            i--;
            continue;
        }
        lower = 0x80; upper = 0xbf;
        code = (code << 6) | (b & 0x3f);
        if (++seen === needed) { out += fromCodePoint(code); code = needed = seen = 0; }
    }
    if (needed) out += '\ufffd';
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Hosts (URL Standard §3): domains, IPv4, IPv6, opaque hosts.

var FAILURE = { failure: true };

function isForbiddenHostCodePoint(c) {
    return c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x23 || c === 0x2f || c === 0x3a ||
        c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}
function isForbiddenDomainCodePoint(c) {
    return isForbiddenHostCodePoint(c) || (c >= 0 && c <= 0x1f) || c === 0x25 || c === 0x7f;
}
// Punycode (RFC 3492) encoding of one label.
function punycodeEncode(label) {
    var input = codePoints(label), output = '', n = 128, delta = 0, bias = 72, i;
    for (i = 0; i < input.length; i++) if (input[i] < 0x80) output += String.fromCharCode(input[i]);
    var basicLength = output.length, handled = basicLength;
    if (basicLength) output += '-';
    function digit(d) { return String.fromCharCode(d + 22 + 75 * (d < 26)); }
    function adapt(delta, numPoints, first) {
        var k = 0;
        delta = first ? Math.floor(delta / 700) : delta >> 1;
        delta += Math.floor(delta / numPoints);
        for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
        return Math.floor(k + 36 * delta / (delta + 38));
    }
    while (handled < input.length) {
        var m = 0x7fffffff;
        for (i = 0; i < input.length; i++) if (input[i] >= n && input[i] < m) m = input[i];
        delta += (m - n) * (handled + 1);
        n = m;
        for (i = 0; i < input.length; i++) {
            if (input[i] < n) delta++;
            if (input[i] === n) {
                var q = delta;
                for (var k = 36; ; k += 36) {
                    var t = k <= bias ? 1 : (k >= bias + 26 ? 26 : k - bias);
                    if (q < t) break;
                    output += digit(t + (q - t) % (36 - t));
                    q = Math.floor((q - t) / (36 - t));
                }
                output += digit(q);
                bias = adapt(delta, handled + 1, handled === basicLength);
                delta = 0;
                handled++;
            }
        }
        delta++;
        n++;
    }
    return output;
}
function punycodeDecode(input) {
    var output = [], n = 128, i = 0, bias = 72, basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    for (var j = 0; j < basic; j++) output.push(input.charCodeAt(j));
    function adapt(delta, numPoints, first) {
        var k = 0;
        delta = first ? Math.floor(delta / 700) : delta >> 1;
        delta += Math.floor(delta / numPoints);
        for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
        return Math.floor(k + 36 * delta / (delta + 38));
    }
    for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
        var oldi = i;
        for (var w = 1, k = 36; ; k += 36) {
            if (index >= input.length) return null;
            var c = input.charCodeAt(index++);
            var digit = c - 48 < 10 ? c - 22 : (c - 65 < 26 ? c - 65 : (c - 97 < 26 ? c - 97 : 36));
            if (digit >= 36) return null;
            i += digit * w;
            var t = k <= bias ? 1 : (k >= bias + 26 ? 26 : k - bias);
            if (digit < t) break;
            w *= 36 - t;
        }
        bias = adapt(i - oldi, output.length + 1, oldi === 0);
        n += Math.floor(i / (output.length + 1));
        i %= output.length + 1;
        output.splice(i++, 0, n);
    }
    return output.map(fromCodePoint).join('');
}
function domainToASCIIInternal(domain) {
    var labels = domain.toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.').split('.');
    for (var i = 0; i < labels.length; i++) {
        if (/[^\x00-\x7f]/.test(labels[i])) labels[i] = 'xn--' + punycodeEncode(labels[i]);
    }
    return labels.join('.');
}
function endsInANumber(input) {
    var parts = input.split('.');
    if (parts[parts.length - 1] === '') {
        if (parts.length === 1) return false;
        parts.pop();
    }
    var last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return parseIPv4Number(last) !== FAILURE;
}
function parseIPv4Number(input) {
    if (input === '') return FAILURE;
    var radix = 10;
    if (input.length >= 2 && (input.slice(0, 2) === '0x' || input.slice(0, 2) === '0X')) { input = input.slice(2); radix = 16; }
    else if (input.length >= 2 && input.charAt(0) === '0') { input = input.slice(1); radix = 8; }
    if (input === '') return 0;
    var valid = radix === 10 ? /^[0-9]+$/ : (radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/);
    if (!valid.test(input)) return FAILURE;
    return parseInt(input, radix);
}
function parseIPv4(input) {
    var parts = input.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return FAILURE;
    var numbers = [];
    for (var i = 0; i < parts.length; i++) {
        var n = parseIPv4Number(parts[i]);
        if (n === FAILURE) return FAILURE;
        numbers.push(n);
    }
    for (var j = 0; j < numbers.length - 1; j++) if (numbers[j] > 255) return FAILURE;
    if (numbers[numbers.length - 1] >= Math.pow(256, 5 - numbers.length)) return FAILURE;
    var ipv4 = numbers[numbers.length - 1];
    for (var k = 0; k < numbers.length - 1; k++) ipv4 += numbers[k] * Math.pow(256, 3 - k);
    return ipv4;
}
function serializeIPv4(address) {
    var parts = [];
    for (var i = 0; i < 4; i++) { parts.unshift(String(address % 256)); address = Math.floor(address / 256); }
    return parts.join('.');
}
function parseIPv6(input) {
    var address = [0, 0, 0, 0, 0, 0, 0, 0], pieceIndex = 0, compress = null, pointer = 0, cps = codePoints(input);
    function c(at) { return at < cps.length ? cps[at] : -1; }
    if (c(pointer) === 0x3a) {
        if (c(pointer + 1) !== 0x3a) return FAILURE;
        pointer += 2;
        compress = ++pieceIndex;
    }
    while (c(pointer) !== -1) {
        if (pieceIndex === 8) return FAILURE;
        if (c(pointer) === 0x3a) {
            if (compress !== null) return FAILURE;
            pointer++;
            compress = ++pieceIndex;
            continue;
        }
        var value = 0, length = 0;
        while (length < 4 && isAsciiHex(c(pointer))) {
            value = value * 0x10 + parseInt(String.fromCharCode(c(pointer)), 16);
            pointer++;
            length++;
        }
        if (c(pointer) === 0x2e) {
            if (length === 0) return FAILURE;
            pointer -= length;
            if (pieceIndex > 6) return FAILURE;
            var numbersSeen = 0;
            while (c(pointer) !== -1) {
                var ipv4Piece = null;
                if (numbersSeen > 0) {
                    if (c(pointer) === 0x2e && numbersSeen < 4) pointer++;
                    else return FAILURE;
                }
                if (!isAsciiDigit(c(pointer))) return FAILURE;
                while (isAsciiDigit(c(pointer))) {
                    var number = c(pointer) - 0x30;
                    if (ipv4Piece === null) ipv4Piece = number;
                    else if (ipv4Piece === 0) return FAILURE;
                    else ipv4Piece = ipv4Piece * 10 + number;
                    if (ipv4Piece > 255) return FAILURE;
                    pointer++;
                }
                address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                numbersSeen++;
                if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
            }
            if (numbersSeen !== 4) return FAILURE;
            break;
        } else if (c(pointer) === 0x3a) {
            pointer++;
            if (c(pointer) === -1) return FAILURE;
        } else if (c(pointer) !== -1) {
            return FAILURE;
        }
        address[pieceIndex] = value;
        pieceIndex++;
    }
    if (compress !== null) {
        var swaps = pieceIndex - compress;
        pieceIndex = 7;
        while (pieceIndex !== 0 && swaps > 0) {
            var temp = address[compress + swaps - 1];
            address[compress + swaps - 1] = address[pieceIndex];
            address[pieceIndex] = temp;
            pieceIndex--;
            swaps--;
        }
    } else if (pieceIndex !== 8) {
        return FAILURE;
    }
    return address;
}
function serializeIPv6(address) {
    var bestStart = -1, bestLength = 1, runStart = -1, i;
    for (i = 0; i <= 8; i++) {
        if (i < 8 && address[i] === 0) { if (runStart < 0) runStart = i; }
        else if (runStart >= 0) {
            if (i - runStart > bestLength) { bestStart = runStart; bestLength = i - runStart; }
            runStart = -1;
        }
    }
    var output = '', ignore0 = false;
    for (i = 0; i < 8; i++) {
        if (ignore0 && address[i] === 0) continue;
        ignore0 = false;
        if (bestStart === i) {
            output += i === 0 ? '::' : ':';
            ignore0 = true;
            continue;
        }
        output += address[i].toString(16);
        if (i !== 7) output += ':';
    }
    return '[' + output + ']';
}
function parseHost(input, isOpaque) {
    if (input.charAt(0) === '[') {
        if (input.charAt(input.length - 1) !== ']') return FAILURE;
        var v6 = parseIPv6(input.slice(1, -1));
        return v6 === FAILURE ? FAILURE : serializeIPv6(v6);
    }
    var i;
    if (isOpaque) {
        var cps = codePoints(input);
        for (i = 0; i < cps.length; i++) if (cps[i] !== 0x25 && isForbiddenHostCodePoint(cps[i])) return FAILURE;
        return percentEncodeString(input, inC0ControlSet);
    }
    var domain = utf8DecodeBytes(percentDecodeBytes(input));
    var asciiDomain = domainToASCIIInternal(domain);
    if (asciiDomain === '') return FAILURE;
    for (i = 0; i < asciiDomain.length; i++) if (isForbiddenDomainCodePoint(asciiDomain.charCodeAt(i))) return FAILURE;
    if (endsInANumber(asciiDomain)) {
        var v4 = parseIPv4(asciiDomain);
        return v4 === FAILURE ? FAILURE : serializeIPv4(v4);
    }
    return asciiDomain;
}

// ---------------------------------------------------------------------------------------------------
// The basic URL parser (URL Standard §4.4).

function newRecord() {
    return { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false, query: null, fragment: null };
}
function startsWithWindowsDriveLetter(cps, pointer) {
    if (cps.length - pointer < 2) return false;
    if (!isAsciiAlpha(cps[pointer]) || (cps[pointer + 1] !== 0x3a && cps[pointer + 1] !== 0x7c)) return false;
    if (cps.length - pointer === 2) return true;
    var third = cps[pointer + 2];
    return third === 0x2f || third === 0x5c || third === 0x3f || third === 0x23;
}
function isNormalizedDriveLetterSegment(segment) { return /^[A-Za-z]:$/.test(segment); }
function isDriveLetterSegment(segment) { return /^[A-Za-z][:|]$/.test(segment); }
function shortenPath(url) {
    var path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isNormalizedDriveLetterSegment(path[0])) return;
    path.pop();
}
function isSingleDot(s) { return s === '.' || s.toLowerCase() === '%2e'; }
function isDoubleDot(s) {
    s = s.toLowerCase();
    return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}
function cloneRecord(r) {
    return { scheme: r.scheme, username: r.username, password: r.password, host: r.host, port: r.port,
        path: r.opaque ? r.path : r.path.slice(0), opaque: r.opaque, query: r.query, fragment: r.fragment };
}

/** Runs the basic URL parser; returns a record, FAILURE, or (with a state override) nothing. */
function basicParse(input, base, url, stateOverride) {
    if (!url) {
        url = newRecord();
        input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
    input = input.replace(/[\t\n\r]/g, '');
    var state = stateOverride || 'scheme start', buffer = '', atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
    var cps = codePoints(input), pointer = 0, budget = cps.length * 4 + 64;
    for (; ; pointer++) {
        if (--budget < 0) return FAILURE;
        if (pointer > cps.length) break;
        var c = pointer < cps.length ? cps[pointer] : -1, ch = c === -1 ? '' : fromCodePoint(c);
        switch (state) {
            case 'scheme start':
                if (isAsciiAlpha(c)) { buffer += ch.toLowerCase(); state = 'scheme'; }
                else if (!stateOverride) { state = 'no scheme'; pointer--; }
                else return FAILURE;
                break;
            case 'scheme':
                if (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e) { buffer += ch.toLowerCase(); }
                else if (c === 0x3a) {
                    if (stateOverride) {
                        if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return undefined;
                        if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return undefined;
                        if (url.scheme === 'file' && url.host === '') return undefined;
                    }
                    url.scheme = buffer;
                    if (stateOverride) {
                        if (url.port === specialPorts[url.scheme]) url.port = null;
                        return undefined;
                    }
                    buffer = '';
                    if (url.scheme === 'file') state = 'file';
                    else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) state = 'special relative or authority';
                    else if (isSpecialScheme(url.scheme)) state = 'special authority slashes';
                    else if (cps[pointer + 1] === 0x2f) { state = 'path or authority'; pointer++; }
                    else { url.opaque = true; url.path = ''; state = 'opaque path'; }
                } else if (!stateOverride) { buffer = ''; state = 'no scheme'; pointer = -1; }
                else return FAILURE;
                break;
            case 'no scheme':
                if (!base || (base.opaque && c !== 0x23)) return FAILURE;
                if (base.opaque && c === 0x23) {
                    url.scheme = base.scheme; url.path = base.path; url.opaque = true; url.query = base.query;
                    url.fragment = ''; state = 'fragment';
                } else if (base.scheme !== 'file') { state = 'relative'; pointer--; }
                else { state = 'file'; pointer--; }
                break;
            case 'special relative or authority':
                if (c === 0x2f && cps[pointer + 1] === 0x2f) { state = 'special authority ignore slashes'; pointer++; }
                else { state = 'relative'; pointer--; }
                break;
            case 'path or authority':
                if (c === 0x2f) state = 'authority';
                else { state = 'path'; pointer--; }
                break;
            case 'relative':
                url.scheme = base.scheme;
                if (c === 0x2f) state = 'relative slash';
                else if (isSpecialScheme(url.scheme) && c === 0x5c) state = 'relative slash';
                else {
                    url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
                    url.path = base.path.slice(0); url.query = base.query;
                    if (c === 0x3f) { url.query = ''; state = 'query'; }
                    else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
                    else if (c !== -1) { url.query = null; shortenPath(url); state = 'path'; pointer--; }
                }
                break;
            case 'relative slash':
                if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) state = 'special authority ignore slashes';
                else if (c === 0x2f) state = 'authority';
                else {
                    url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
                    state = 'path'; pointer--;
                }
                break;
            case 'special authority slashes':
                if (c === 0x2f && cps[pointer + 1] === 0x2f) { state = 'special authority ignore slashes'; pointer++; }
                else { state = 'special authority ignore slashes'; pointer--; }
                break;
            case 'special authority ignore slashes':
                if (c !== 0x2f && c !== 0x5c) { state = 'authority'; pointer--; }
                break;
            case 'authority':
                if (c === 0x40) {
                    if (atSignSeen) buffer = '%40' + buffer;
                    atSignSeen = true;
                    var bcps = codePoints(buffer);
                    for (var b = 0; b < bcps.length; b++) {
                        if (bcps[b] === 0x3a && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
                        var encoded = percentEncodeCodePoint(bcps[b], inUserinfoSet);
                        if (passwordTokenSeen) url.password += encoded; else url.username += encoded;
                    }
                    buffer = '';
                } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
                    if (atSignSeen && buffer === '') return FAILURE;
                    pointer -= codePoints(buffer).length + 1;
                    buffer = '';
                    state = 'host';
                } else {
                    buffer += ch;
                }
                break;
            case 'host':
            case 'hostname':
                if (stateOverride && url.scheme === 'file') { pointer--; state = 'file host'; }
                else if (c === 0x3a && !insideBrackets) {
                    if (buffer === '') return FAILURE;
                    if (stateOverride === 'hostname') return undefined;
                    var host = parseHost(buffer, !isSpecialScheme(url.scheme));
                    if (host === FAILURE) return FAILURE;
                    url.host = host; buffer = ''; state = 'port';
                } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
                    pointer--;
                    if (isSpecialScheme(url.scheme) && buffer === '') return FAILURE;
                    if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) return undefined;
                    var host2 = parseHost(buffer, !isSpecialScheme(url.scheme));
                    if (host2 === FAILURE) return FAILURE;
                    url.host = host2; buffer = ''; state = 'path start';
                    if (stateOverride) return undefined;
                } else {
                    if (c === 0x5b) insideBrackets = true;
                    if (c === 0x5d) insideBrackets = false;
                    buffer += ch;
                }
                break;
            case 'port':
                if (isAsciiDigit(c)) buffer += ch;
                else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
                    if (buffer !== '') {
                        var port = parseInt(buffer, 10);
                        if (port > 65535) return FAILURE;
                        url.port = (isSpecialScheme(url.scheme) && specialPorts[url.scheme] === port) ? null : port;
                        buffer = '';
                    }
                    if (stateOverride) return undefined;
                    state = 'path start';
                    pointer--;
                } else return FAILURE;
                break;
            case 'file':
                url.scheme = 'file';
                url.host = '';
                if (c === 0x2f || c === 0x5c) state = 'file slash';
                else if (base && base.scheme === 'file') {
                    url.host = base.host; url.path = base.path.slice(0); url.query = base.query;
                    if (c === 0x3f) { url.query = ''; state = 'query'; }
                    else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
                    else if (c !== -1) {
                        url.query = null;
                        if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
                        else url.path = [];
                        state = 'path'; pointer--;
                    }
                } else { state = 'path'; pointer--; }
                break;
            case 'file slash':
                if (c === 0x2f || c === 0x5c) state = 'file host';
                else {
                    if (base && base.scheme === 'file') {
                        url.host = base.host;
                        if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length && isNormalizedDriveLetterSegment(base.path[0])) {
                            url.path.push(base.path[0]);
                        }
                    }
                    state = 'path'; pointer--;
                }
                break;
            case 'file host':
                if (c === -1 || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
                    pointer--;
                    if (!stateOverride && isDriveLetterSegment(buffer)) state = 'path';
                    else if (buffer === '') {
                        url.host = '';
                        if (stateOverride) return undefined;
                        state = 'path start';
                    } else {
                        var fileHost = parseHost(buffer, !isSpecialScheme(url.scheme));
                        if (fileHost === FAILURE) return FAILURE;
                        if (fileHost === 'localhost') fileHost = '';
                        url.host = fileHost;
                        if (stateOverride) return undefined;
                        buffer = '';
                        state = 'path start';
                    }
                } else buffer += ch;
                break;
            case 'path start':
                if (isSpecialScheme(url.scheme)) { state = 'path'; if (c !== 0x2f && c !== 0x5c) pointer--; }
                else if (!stateOverride && c === 0x3f) { url.query = ''; state = 'query'; }
                else if (!stateOverride && c === 0x23) { url.fragment = ''; state = 'fragment'; }
                else if (c !== -1) { state = 'path'; if (c !== 0x2f) pointer--; }
                else if (stateOverride && url.host === null) url.path.push('');
                break;
            case 'path':
                if (c === -1 || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) || (!stateOverride && (c === 0x3f || c === 0x23))) {
                    var slashNext = c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c);
                    if (isDoubleDot(buffer)) {
                        shortenPath(url);
                        if (!slashNext) url.path.push('');
                    } else if (isSingleDot(buffer) && !slashNext) {
                        url.path.push('');
                    } else if (!isSingleDot(buffer)) {
                        if (url.scheme === 'file' && url.path.length === 0 && isDriveLetterSegment(buffer)) {
                            buffer = buffer.charAt(0) + ':';
                        }
                        url.path.push(buffer);
                    }
                    buffer = '';
                    if (c === 0x3f) { url.query = ''; state = 'query'; }
                    if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
                } else {
                    buffer += percentEncodeCodePoint(c, inPathSet);
                }
                break;
            case 'opaque path':
                if (c === 0x3f) { url.query = ''; state = 'query'; }
                else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
                else if (c !== -1) url.path += percentEncodeCodePoint(c, inC0ControlSet);
                break;
            case 'query':
                if ((!stateOverride && c === 0x23) || c === -1) {
                    url.query += percentEncodeString(buffer, isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet);
                    buffer = '';
                    if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
                } else if (c !== -1) {
                    buffer += ch;
                }
                break;
            case 'fragment':
                if (c !== -1) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
                break;
        }
        // A state that moved the pointer back reprocesses the end of input in its new state.
        if (pointer >= cps.length) break;
    }
    return stateOverride ? undefined : url;
}

function serializePath(url) {
    if (url.opaque) return url.path;
    var out = '';
    for (var i = 0; i < url.path.length; i++) out += '/' + url.path[i];
    return out;
}
function serializeURL(url, excludeFragment) {
    var out = url.scheme + ':';
    if (url.host !== null) {
        out += '//';
        if (url.username !== '' || url.password !== '') {
            out += url.username;
            if (url.password !== '') out += ':' + url.password;
            out += '@';
        }
        out += url.host;
        if (url.port !== null) out += ':' + url.port;
    } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
        out += '/.';
    }
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
    return out;
}
function serializeOrigin(url) {
    switch (url.scheme) {
        case 'blob':
            var inner = basicParse(serializePath(url));
            return (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) ? serializeOrigin(inner) : 'null';
        case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
            return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    }
    return 'null';
}

// ---------------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded (URL Standard §5).

function formParse(input) {
    var list = [], sequences = input.split('&');
    for (var i = 0; i < sequences.length; i++) {
        var bytes = sequences[i];
        if (bytes === '') continue;
        var eq = bytes.indexOf('='), name = eq >= 0 ? bytes.slice(0, eq) : bytes, value = eq >= 0 ? bytes.slice(eq + 1) : '';
        list.push([formDecode(name), formDecode(value)]);
    }
    return list;
}
function formDecode(string) { return utf8DecodeBytes(percentDecodeBytes(string.replace(/\+/g, ' '))); }
function formEncode(string) {
    var cps = codePoints(string), out = '';
    for (var i = 0; i < cps.length; i++) {
        var c = cps[i];
        if (c === 0x2a || c === 0x2d || c === 0x2e || c === 0x5f || isAsciiAlphanumeric(c)) out += String.fromCharCode(c);
        else if (c === 0x20) out += '+';
        else {
            var bytes = utf8Bytes(c);
            for (var b = 0; b < bytes.length; b++) out += hexByte(bytes[b]);
        }
    }
    return out;
}
function formSerialize(list) {
    var out = [];
    for (var i = 0; i < list.length; i++) out.push(formEncode(list[i][0]) + '=' + formEncode(list[i][1]));
    return out.join('&');
}

// ---------------------------------------------------------------------------------------------------
// URLSearchParams.

function toUSVString(value) { return codePoints(String(value)).map(fromCodePoint).join(''); }
function missingArgs(names) {
    var error = new TypeError('The ' + names + ' argument' + (names.indexOf(' and ') > 0 ? 's' : '') + ' must be specified');
    error.code = 'ERR_MISSING_ARGS';
    return error;
}

function URLSearchParams(init) {
    if (!(this instanceof URLSearchParams)) throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
    Object.defineProperty(this, '_list', { value: [], writable: true });
    Object.defineProperty(this, '_url', { value: null, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
        if (init instanceof URLSearchParams) { this._list = init._list.map(function (p) { return [p[0], p[1]]; }); return; }
        var iteratorFn = typeof Symbol === 'function' ? init[Symbol.iterator] : undefined;
        if (typeof iteratorFn === 'function') {
            var iterator = iteratorFn.call(init), step;
            while (!(step = iterator.next()).done) {
                var pair = step.value;
                if (pair == null || typeof pair !== 'object' || typeof pair.length !== 'number' && !(typeof Symbol === 'function' && pair[Symbol.iterator])) {
                    var e1 = new TypeError('Each query pair must be an iterable [name, value] tuple');
                    e1.code = 'ERR_INVALID_TUPLE';
                    throw e1;
                }
                var items = Array.prototype.slice.call(pair);
                if (items.length !== 2) {
                    var e2 = new TypeError('Each query pair must be an iterable [name, value] tuple');
                    e2.code = 'ERR_INVALID_TUPLE';
                    throw e2;
                }
                this._list.push([toUSVString(items[0]), toUSVString(items[1])]);
            }
            return;
        }
        var keys = Object.keys(init);
        for (var k = 0; k < keys.length; k++) this._list.push([toUSVString(keys[k]), toUSVString(init[keys[k]])]);
        return;
    }
    var text = toUSVString(init);
    if (text.charAt(0) === '?') text = text.slice(1);
    this._list = formParse(text);
}
function paramsUpdate(params) {
    var url = params._url;
    if (!url) return;
    var serialized = formSerialize(params._list);
    url._record.query = serialized === '' ? null : serialized;
}
URLSearchParams.prototype = {
    constructor: URLSearchParams,
    append: function (name, value) {
        if (arguments.length < 2) throw missingArgs('"name" and "value"');
        this._list.push([toUSVString(name), toUSVString(value)]);
        paramsUpdate(this);
    },
    'delete': function (name, value) {
        if (arguments.length < 1) throw missingArgs('"name"');
        name = toUSVString(name);
        var checkValue = value !== undefined;
        if (checkValue) value = toUSVString(value);
        this._list = this._list.filter(function (p) { return !(p[0] === name && (!checkValue || p[1] === value)); });
        paramsUpdate(this);
    },
    get: function (name) {
        if (arguments.length < 1) throw missingArgs('"name"');
        name = toUSVString(name);
        for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === name) return this._list[i][1];
        return null;
    },
    getAll: function (name) {
        if (arguments.length < 1) throw missingArgs('"name"');
        name = toUSVString(name);
        return this._list.filter(function (p) { return p[0] === name; }).map(function (p) { return p[1]; });
    },
    has: function (name, value) {
        if (arguments.length < 1) throw missingArgs('"name"');
        name = toUSVString(name);
        var checkValue = value !== undefined;
        if (checkValue) value = toUSVString(value);
        return this._list.some(function (p) { return p[0] === name && (!checkValue || p[1] === value); });
    },
    set: function (name, value) {
        if (arguments.length < 2) throw missingArgs('"name" and "value"');
        name = toUSVString(name);
        value = toUSVString(value);
        var found = false, list = [];
        for (var i = 0; i < this._list.length; i++) {
            if (this._list[i][0] !== name) list.push(this._list[i]);
            else if (!found) { found = true; list.push([name, value]); }
        }
        if (!found) list.push([name, value]);
        this._list = list;
        paramsUpdate(this);
    },
    sort: function () {
        var indexed = this._list.map(function (p, i) { return { p: p, i: i }; });
        // Stable insertion sort by code units (the list is usually short).
        for (var a = 1; a < indexed.length; a++) {
            var item = indexed[a], b = a - 1;
            while (b >= 0 && indexed[b].p[0] > item.p[0]) { indexed[b + 1] = indexed[b]; b--; }
            indexed[b + 1] = item;
        }
        this._list = indexed.map(function (x) { return x.p; });
        paramsUpdate(this);
    },
    forEach: function (callback, thisArg) {
        if (typeof callback !== 'function') {
            var error = new TypeError('The "callback" argument must be of type function.' + (callback === undefined ? ' Received undefined' : ''));
            error.code = 'ERR_INVALID_ARG_TYPE';
            throw error;
        }
        for (var i = 0; i < this._list.length; i++) callback.call(thisArg, this._list[i][1], this._list[i][0], this);
    },
    keys: function () { return listIterator(this, 0); },
    values: function () { return listIterator(this, 1); },
    entries: function () { return listIterator(this, 2); },
    toString: function () { return formSerialize(this._list); }
};
Object.defineProperty(URLSearchParams.prototype, 'size', { get: function () { return this._list.length; }, configurable: true });
function listIterator(params, kind) {
    var index = 0;
    var iterator = {
        next: function () {
            if (index >= params._list.length) return { value: undefined, done: true };
            var pair = params._list[index++];
            return { value: kind === 0 ? pair[0] : (kind === 1 ? pair[1] : [pair[0], pair[1]]), done: false };
        }
    };
    if (typeof Symbol === 'function') iterator[Symbol.iterator] = function () { return iterator; };
    return iterator;
}
if (typeof Symbol === 'function') {
    URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
    if (Symbol.toStringTag) Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
}

// ---------------------------------------------------------------------------------------------------
// URL.

function invalidURL(input, base) {
    var error = new TypeError('Invalid URL');
    error.code = 'ERR_INVALID_URL';
    error.input = input;
    if (base !== undefined) error.base = base;
    return error;
}
function URL(url, base) {
    if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
    if (arguments.length === 0) throw missingArgs('"url"');
    var input = toUSVString(url), parsedBase = null;
    if (base !== undefined) {
        parsedBase = basicParse(toUSVString(base));
        if (parsedBase === FAILURE) throw invalidURL(input, String(base));
    }
    var record = basicParse(input, parsedBase);
    if (record === FAILURE) throw invalidURL(input, base === undefined ? undefined : String(base));
    Object.defineProperty(this, '_record', { value: record, writable: true });
    var params = new URLSearchParams(record.query || '');
    params._url = this;
    Object.defineProperty(this, '_params', { value: params, writable: true });
}
URL.canParse = function (url, base) {
    try { new URL(url, base); return true; } catch (e) { return false; }
};
function refreshParams(url) { url._params._list = url._record.query ? formParse(url._record.query) : []; }
function accessor(name, get, set) { Object.defineProperty(URL.prototype, name, { get: get, set: set, enumerable: true, configurable: true }); }
URL.prototype.toString = function () { return serializeURL(this._record); };
URL.prototype.toJSON = function () { return serializeURL(this._record); };
accessor('href', function () { return serializeURL(this._record); }, function (value) {
    var record = basicParse(toUSVString(value));
    if (record === FAILURE) throw invalidURL(toUSVString(value));
    this._record = record;
    refreshParams(this);
});
accessor('origin', function () { return serializeOrigin(this._record); });
accessor('protocol', function () { return this._record.scheme + ':'; }, function (value) {
    basicParse(toUSVString(value) + ':', null, this._record, 'scheme start');
});
function cannotHaveCredentials(record) { return record.host === null || record.host === '' || record.scheme === 'file'; }
accessor('username', function () { return this._record.username; }, function (value) {
    if (cannotHaveCredentials(this._record)) return;
    this._record.username = percentEncodeString(toUSVString(value), inUserinfoSet);
});
accessor('password', function () { return this._record.password; }, function (value) {
    if (cannotHaveCredentials(this._record)) return;
    this._record.password = percentEncodeString(toUSVString(value), inUserinfoSet);
});
accessor('host', function () {
    var r = this._record;
    if (r.host === null) return '';
    return r.port === null ? r.host : r.host + ':' + r.port;
}, function (value) {
    if (this._record.opaque) return;
    var copy = cloneRecord(this._record);
    if (basicParse(toUSVString(value), null, copy, 'host') !== FAILURE) this._record = copy;
});
accessor('hostname', function () { return this._record.host === null ? '' : this._record.host; }, function (value) {
    if (this._record.opaque) return;
    var copy = cloneRecord(this._record);
    if (basicParse(toUSVString(value), null, copy, 'hostname') !== FAILURE) this._record = copy;
});
accessor('port', function () { return this._record.port === null ? '' : String(this._record.port); }, function (value) {
    var r = this._record;
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    value = toUSVString(value);
    if (value === '') { r.port = null; return; }
    var copy = cloneRecord(r);
    if (basicParse(value, null, copy, 'port') !== FAILURE) this._record = copy;
});
accessor('pathname', function () { return serializePath(this._record); }, function (value) {
    var r = this._record;
    if (r.opaque) return;
    r.path = [];
    basicParse(toUSVString(value), null, r, 'path start');
});
accessor('search', function () {
    var q = this._record.query;
    return (q === null || q === '') ? '' : '?' + q;
}, function (value) {
    var r = this._record;
    value = toUSVString(value);
    if (value === '') { r.query = null; this._params._list = []; return; }
    if (value.charAt(0) === '?') value = value.slice(1);
    r.query = '';
    basicParse(value, null, r, 'query');
    this._params._list = formParse(value);
});
accessor('searchParams', function () { return this._params; });
accessor('hash', function () {
    var f = this._record.fragment;
    return (f === null || f === '') ? '' : '#' + f;
}, function (value) {
    var r = this._record;
    value = toUSVString(value);
    if (value === '') { r.fragment = null; return; }
    if (value.charAt(0) === '#') value = value.slice(1);
    r.fragment = '';
    basicParse(value, null, r, 'fragment');
});
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
}

// ---------------------------------------------------------------------------------------------------
// Legacy API: url.parse, url.format, url.resolve (Node's documented behaviour for common inputs).

var slashedProtocols = { 'http': true, 'https': true, 'ftp': true, 'gopher': true, 'file': true, 'ws': true, 'wss': true };
function Url() {
    this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null;
    this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null;
}
function querystringParse(query) {
    var result = Object.create(null), list = formParse(query);
    for (var i = 0; i < list.length; i++) {
        var key = list[i][0], value = list[i][1];
        if (!Object.prototype.hasOwnProperty.call(result, key)) result[key] = value;
        else if (Array.isArray(result[key])) result[key].push(value);
        else result[key] = [result[key], value];
    }
    return result;
}
function querystringEscape(string) {
    return encodeURIComponent(string).replace(/[!'()*]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });
}
function querystringStringify(object) {
    if (object == null || typeof object !== 'object') return '';
    var parts = [];
    Object.keys(object).forEach(function (key) {
        var value = object[key], k = querystringEscape(key);
        if (Array.isArray(value)) value.forEach(function (v) { parts.push(k + '=' + querystringEscape(primitiveString(v))); });
        else parts.push(k + '=' + querystringEscape(primitiveString(value)));
    });
    return parts.join('&');
}
function primitiveString(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && isFinite(v)) return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
}
// Characters Node's legacy parser escapes in the rest of the URL.
var autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
function urlParse(urlString, parseQueryString, slashesDenoteHost) {
    if (urlString instanceof Url) return urlString;
    if (typeof urlString !== 'string') {
        var error = new TypeError('The "url" argument must be of type string.' + (urlString === undefined ? ' Received undefined' : ' Received type ' + typeof urlString + ' (' + String(urlString) + ')'));
        error.code = 'ERR_INVALID_ARG_TYPE';
        throw error;
    }
    var result = new Url(), rest = urlString.trim(), match;
    // Backslashes before the query become slashes, as in Node.
    var queryIndex = rest.search(/[?#]/);
    var head = queryIndex < 0 ? rest : rest.slice(0, queryIndex), tail = queryIndex < 0 ? '' : rest.slice(queryIndex);
    rest = head.replace(/\\/g, '/') + tail;
    if ((match = /^[a-z0-9.+-]+:/i.exec(rest))) {
        result.protocol = match[0].toLowerCase();
        rest = rest.slice(match[0].length);
    }
    var lowerProto = result.protocol ? result.protocol.slice(0, -1) : null;
    if (slashesDenoteHost || result.protocol || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
        var slashes = rest.slice(0, 2) === '//';
        if (slashes && !(lowerProto === 'javascript')) {
            rest = rest.slice(2);
            result.slashes = true;
        }
    }
    if (lowerProto !== 'javascript' && (result.slashes || (result.protocol && !slashedProtocols[lowerProto]))) {
        var hostEnd = rest.search(/[/?#]/);
        if (hostEnd < 0) hostEnd = rest.length;
        var authEnd = rest.lastIndexOf('@', hostEnd);
        if (authEnd >= 0) {
            result.auth = decodeURIComponent(rest.slice(0, authEnd));
            rest = rest.slice(authEnd + 1);
            hostEnd -= authEnd + 1;
        }
        var hostPart = rest.slice(0, hostEnd);
        rest = rest.slice(hostEnd);
        var portMatch = /:[0-9]*$/.exec(hostPart);
        if (portMatch) {
            if (portMatch[0] !== ':') result.port = portMatch[0].slice(1);
            hostPart = hostPart.slice(0, hostPart.length - portMatch[0].length);
        }
        var hostname = hostPart;
        var ipv6 = hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']';
        hostname = hostname.toLowerCase();
        if (!ipv6 && /[^\x00-\x7f]/.test(hostname)) hostname = domainToASCIIInternal(hostname);
        result.hostname = ipv6 ? hostname.slice(1, -1) : hostname;
        result.host = hostname + (result.port ? ':' + result.port : '');
    }
    rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, function (c) { return autoEscape[c]; });
    var hashIndex = rest.indexOf('#');
    if (hashIndex >= 0) { result.hash = rest.slice(hashIndex); rest = rest.slice(0, hashIndex); }
    var qIndex = rest.indexOf('?');
    if (qIndex >= 0) {
        result.search = rest.slice(qIndex);
        result.query = rest.slice(qIndex + 1);
        rest = rest.slice(0, qIndex);
        if (parseQueryString) result.query = querystringParse(result.query);
    } else if (parseQueryString) {
        result.search = null;
        result.query = Object.create(null);
    }
    if (rest) result.pathname = rest;
    if (slashedProtocols[lowerProto] && result.hostname && !result.pathname) result.pathname = '/';
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.href = urlFormat(result);
    return result;
}
function urlFormat(object, options) {
    if (typeof object === 'string') object = urlParse(object);
    else if (object instanceof URL) {
        var copy = cloneRecord(object._record);
        options = options || {};
        if (options.auth === false) { copy.username = ''; copy.password = ''; }
        if (options.fragment === false) copy.fragment = null;
        if (options.search === false) copy.query = null;
        return serializeURL(copy);
    } else if (object === null || typeof object !== 'object') {
        var error = new TypeError('The "urlObject" argument must be one of type object or string.' + ' Received ' + (object === null ? 'null' : 'type ' + typeof object + ' (' + String(object) + ')'));
        error.code = 'ERR_INVALID_ARG_TYPE';
        throw error;
    }
    var auth = object.auth || '';
    if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
    var protocol = object.protocol || '', pathname = object.pathname || '', hash = object.hash || '', host = '', query = '';
    if (object.host) host = auth + object.host;
    else if (object.hostname) {
        host = auth + (object.hostname.indexOf(':') >= 0 && object.hostname.charAt(0) !== '[' ? '[' + object.hostname + ']' : object.hostname);
        if (object.port) host += ':' + object.port;
    }
    if (object.query !== null && typeof object.query === 'object') query = querystringStringify(object.query);
    var search = object.search || (query && ('?' + query)) || '';
    if (protocol && protocol.slice(-1) !== ':') protocol += ':';
    var lower = protocol.slice(0, -1).toLowerCase();
    if (object.slashes || ((!protocol || slashedProtocols[lower]) && host !== '')) {
        host = '//' + host;
        if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
    } else if (!host && lower === 'file') {
        host = '//';
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
    if (search && search.charAt(0) !== '?') search = '?' + search;
    pathname = pathname.replace(/[?#]/g, function (c) { return encodeURIComponent(c); });
    return protocol + host + pathname + search + hash;
}
function urlResolve(from, to) {
    var fakeBase = 'resolve://';
    var base = new URL(from, fakeBase + 'postie.invalid/');
    var resolved = new URL(to, base);
    if (resolved.protocol === 'resolve:') {
        var href = resolved.href;
        var prefix = fakeBase + 'postie.invalid';
        if (href.indexOf(prefix) === 0) {
            var out = href.slice(prefix.length);
            if (from.charAt(0) !== '/' && out.charAt(0) === '/') out = out.slice(1);
            return out;
        }
        return href.slice('resolve:'.length);
    }
    return resolved.toString();
}
function domainToASCII(domain) {
    var host = parseHost(String(domain), false);
    return host === FAILURE ? '' : host;
}
function domainToUnicode(domain) {
    var ascii = domainToASCII(domain);
    return ascii.split('.').map(function (label) {
        if (label.slice(0, 4) !== 'xn--') return label;
        var decoded = punycodeDecode(label.slice(4));
        return decoded === null ? label : decoded;
    }).join('.');
}
function fileURLToPath(value) {
    var url = typeof value === 'string' ? new URL(value) : value;
    if (url.protocol !== 'file:') {
        var error = new TypeError('The URL must be of scheme file');
        error.code = 'ERR_INVALID_URL_SCHEME';
        throw error;
    }
    if (url.hostname !== '') {
        var hostError = new TypeError('File URL host must be "localhost" or empty on linux');
        hostError.code = 'ERR_INVALID_FILE_URL_HOST';
        throw hostError;
    }
    return decodeURIComponent(url.pathname);
}
function pathToFileURL(path) {
    var encoded = String(path).replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09').replace(/#/g, '%23').replace(/\?/g, '%3F');
    return new URL('file://' + (encoded.charAt(0) === '/' ? '' : '/') + encoded);
}

module.exports = {
    URL: URL,
    URLSearchParams: URLSearchParams,
    Url: Url,
    parse: urlParse,
    format: urlFormat,
    resolve: urlResolve,
    domainToASCII: domainToASCII,
    domainToUnicode: domainToUnicode,
    fileURLToPath: fileURLToPath,
    pathToFileURL: pathToFileURL
};
