// postie's own implementation of the CryptoJS API that Postman scripts use (`require('crypto-js')` and
// the legacy `CryptoJS` global). Postman's sandbox bundles crypto-js 3.3.0; results match it (and 4.x,
// except 4.2's new PBKDF2 defaults, noted below). Written for postie from CryptoJS's documentation and
// the published algorithm specifications; checked against crypto-js 3.3.0 in Node. No CryptoJS code is used.
//
// MD5, SHA-1 and SHA-2 digests and HMACs run in the host (`require('postie:host').digest/hmac`, fed
// hex); SHA3 (CryptoJS's SHA3 is Keccak with the original padding), RIPEMD-160 and AES (FIPS-197)
// are computed here. Objects keep CryptoJS's observable shape (`words`/`sigBytes`, `$super` on objects
// made with `create`, unclamped SHA-224/384 words), so printing them looks the same.
//
// Not provided: DES/TripleDES, RC4, Rabbit, CTRGladman, x64 words (scripts rarely use them), and
// Base64url (not in 3.3.0). A hasher or HMAC that is finalized twice without reset starts afresh here;
// CryptoJS would continue from its finished internal state. SHA-224/384 results carry CryptoJS's extra
// words past sigBytes, but as zeros (the host returns only the digest).
'use strict';

var host = require('postie:host');

// ---------------------------------------------------------------------------------------------------
// lib.Base: prototype-based types with extend/create/init/mixIn/clone.

var Base = {
    extend: function (overrides) {
        var subtype = Object.create(this);
        if (overrides) subtype.mixIn(overrides);
        if (!Object.prototype.hasOwnProperty.call(subtype, 'init') || this.init === subtype.init) {
            subtype.init = function () { subtype.$super.init.apply(this, arguments); };
        }
        subtype.init.prototype = subtype;
        subtype.$super = this;
        return subtype;
    },
    create: function () {
        var instance = this.extend();
        instance.init.apply(instance, arguments);
        return instance;
    },
    init: function () {},
    mixIn: function (properties) {
        for (var name in properties) {
            if (Object.prototype.hasOwnProperty.call(properties, name)) this[name] = properties[name];
        }
        if (Object.prototype.hasOwnProperty.call(properties, 'toString')) this.toString = properties.toString;
    },
    clone: function () { return this.init.prototype.extend(this); }
};

// ---------------------------------------------------------------------------------------------------
// lib.WordArray: big-endian 32-bit words and a significant byte count.

function bytesOfBuffer(value) {
    if (value == null || typeof value !== 'object') return null;
    var isBuf = typeof value._isBuffer === 'boolean' ? value._isBuffer
        : (typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(value));
    return isBuf ? value : null;
}

var WordArray = Base.extend({
    init: function (words, sigBytes) {
        var buffer = bytesOfBuffer(words);
        if (buffer) {
            var packed = [];
            for (var i = 0; i < buffer.length; i++) packed[i >>> 2] |= (buffer[i] & 0xff) << (24 - (i % 4) * 8);
            words = packed;
            sigBytes = buffer.length;
        }
        words = this.words = words || [];
        this.sigBytes = sigBytes != undefined ? sigBytes : words.length * 4;
    },
    toString: function (encoder) { return (encoder || Hex).stringify(this); },
    concat: function (wordArray) {
        var thisWords = this.words, thatWords = wordArray.words;
        var thisSigBytes = this.sigBytes, thatSigBytes = wordArray.sigBytes;
        this.clamp();
        if (thisSigBytes % 4) {
            for (var i = 0; i < thatSigBytes; i++) {
                var thatByte = (thatWords[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
                thisWords[(thisSigBytes + i) >>> 2] |= thatByte << (24 - ((thisSigBytes + i) % 4) * 8);
            }
        } else {
            for (var j = 0; j < thatSigBytes; j += 4) thisWords[(thisSigBytes + j) >>> 2] = thatWords[j >>> 2];
        }
        this.sigBytes += thatSigBytes;
        return this;
    },
    clamp: function () {
        var words = this.words, sigBytes = this.sigBytes;
        words[sigBytes >>> 2] &= 0xffffffff << (32 - (sigBytes % 4) * 8);
        words.length = Math.ceil(sigBytes / 4);
    },
    clone: function () {
        var copy = Base.clone.call(this);
        copy.words = this.words.slice(0);
        return copy;
    }
});
WordArray.random = function (nBytes) {
    var wordArray = Hex.parse(host.randomBytes(nBytes));
    wordArray.sigBytes = nBytes;
    return wordArray;
};

function newWordArray(words, sigBytes) { return new WordArray.init(words, sigBytes); }

// ---------------------------------------------------------------------------------------------------
// Encoders.

var hexDigits = '0123456789abcdef';
var Hex = {
    stringify: function (wordArray) {
        var words = wordArray.words, sigBytes = wordArray.sigBytes, out = '';
        for (var i = 0; i < sigBytes; i++) {
            var bite = (words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
            out += hexDigits.charAt(bite >>> 4) + hexDigits.charAt(bite & 0x0f);
        }
        return out;
    },
    parse: function (hexStr) {
        var length = hexStr.length, words = [];
        for (var i = 0; i < length; i += 2) {
            words[i >>> 3] |= parseInt(hexStr.slice(i, i + 2), 16) << (24 - (i % 8) * 4);
        }
        return newWordArray(words, length / 2);
    }
};
var Latin1 = {
    stringify: function (wordArray) {
        var words = wordArray.words, sigBytes = wordArray.sigBytes, chars = [];
        for (var i = 0; i < sigBytes; i++) chars.push(String.fromCharCode((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff));
        return chars.join('');
    },
    parse: function (latin1Str) {
        var length = latin1Str.length, words = [];
        for (var i = 0; i < length; i++) words[i >>> 2] |= (latin1Str.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        return newWordArray(words, length);
    }
};
/** UTF-8 bytes of a string; a lone surrogate is an error, as with encodeURIComponent. */
function utf8Bytes(string) {
    var bytes = [];
    for (var i = 0; i < string.length; i++) {
        var code = string.charCodeAt(i);
        if (code < 0x80) { bytes.push(code); continue; }
        if (code < 0x800) { bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f)); continue; }
        if (code >= 0xd800 && code <= 0xdfff) {
            var next = string.charCodeAt(i + 1);
            if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) throw new URIError('URI malformed');
            code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            i++;
            bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
            continue;
        }
        bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    return bytes;
}
/** Decodes UTF-8 strictly (shortest form, no surrogates), or returns null. */
function decodeUtf8(bytes) {
    var out = '', i = 0, length = bytes.length;
    while (i < length) {
        var b0 = bytes[i], need, code, min;
        if (b0 < 0x80) { out += String.fromCharCode(b0); i++; continue; }
        if (b0 >= 0xc2 && b0 <= 0xdf) { need = 1; code = b0 & 0x1f; min = 0x80; }
        else if (b0 >= 0xe0 && b0 <= 0xef) { need = 2; code = b0 & 0x0f; min = 0x800; }
        else if (b0 >= 0xf0 && b0 <= 0xf4) { need = 3; code = b0 & 0x07; min = 0x10000; }
        else return null;
        for (var k = 1; k <= need; k++) {
            var b = bytes[i + k];
            if (b === undefined || (b & 0xc0) !== 0x80) return null;
            code = (code << 6) | (b & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
        if (code >= 0x10000) {
            code -= 0x10000;
            out += String.fromCharCode(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
        } else {
            out += String.fromCharCode(code);
        }
        i += need + 1;
    }
    return out;
}
function wordArrayBytes(wordArray) {
    var words = wordArray.words, sigBytes = wordArray.sigBytes, bytes = [];
    for (var i = 0; i < sigBytes; i++) bytes.push((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff);
    return bytes;
}
function wordArrayOfBytes(bytes) {
    var words = [];
    for (var i = 0; i < bytes.length; i++) words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
    return newWordArray(words, bytes.length);
}
var Utf8 = {
    stringify: function (wordArray) {
        var text = decodeUtf8(wordArrayBytes(wordArray));
        if (text === null) throw new Error('Malformed UTF-8 data');
        return text;
    },
    parse: function (utf8Str) { return wordArrayOfBytes(utf8Bytes(String(utf8Str))); }
};
function swapEndian(word) { return ((word << 8) & 0xff00ff00) | ((word >>> 8) & 0x00ff00ff); }
var Utf16BE = {
    stringify: function (wordArray) {
        var words = wordArray.words, sigBytes = wordArray.sigBytes, chars = [];
        for (var i = 0; i < sigBytes; i += 2) chars.push(String.fromCharCode((words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff));
        return chars.join('');
    },
    parse: function (utf16Str) {
        var length = utf16Str.length, words = [];
        for (var i = 0; i < length; i++) words[i >>> 1] |= utf16Str.charCodeAt(i) << (16 - (i % 2) * 16);
        return WordArray.create(words, length * 2);
    }
};
var Utf16LE = {
    stringify: function (wordArray) {
        var words = wordArray.words, sigBytes = wordArray.sigBytes, chars = [];
        for (var i = 0; i < sigBytes; i += 2) chars.push(String.fromCharCode(swapEndian(words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff));
        return chars.join('');
    },
    parse: function (utf16Str) {
        var length = utf16Str.length, words = [];
        for (var i = 0; i < length; i++) words[i >>> 1] |= swapEndian(utf16Str.charCodeAt(i) << (16 - (i % 2) * 16));
        return WordArray.create(words, length * 2);
    }
};
var base64Map = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
function base64Stringify(wordArray, map) {
    var words = wordArray.words, sigBytes = wordArray.sigBytes, chars = [];
    wordArray.clamp();
    for (var i = 0; i < sigBytes; i += 3) {
        var byte1 = (words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
        var byte2 = (words[(i + 1) >>> 2] >>> (24 - ((i + 1) % 4) * 8)) & 0xff;
        var byte3 = (words[(i + 2) >>> 2] >>> (24 - ((i + 2) % 4) * 8)) & 0xff;
        var triplet = (byte1 << 16) | (byte2 << 8) | byte3;
        for (var j = 0; j < 4 && i + j * 0.75 < sigBytes; j++) chars.push(map.charAt((triplet >>> (6 * (3 - j))) & 0x3f));
    }
    var paddingChar = map.charAt(64);
    if (paddingChar) while (chars.length % 4) chars.push(paddingChar);
    return chars.join('');
}
function base64Parse(base64Str, map) {
    var length = base64Str.length, reverse = {};
    for (var m = 0; m < 64; m++) reverse[map.charCodeAt(m)] = m;
    var paddingChar = map.charAt(64);
    if (paddingChar) {
        var paddingIndex = base64Str.indexOf(paddingChar);
        if (paddingIndex !== -1) length = paddingIndex;
    }
    var words = [], nBytes = 0;
    for (var i = 0; i < length; i++) {
        if (i % 4) {
            var bits1 = (reverse[base64Str.charCodeAt(i - 1)] | 0) << ((i % 4) * 2);
            var bits2 = (reverse[base64Str.charCodeAt(i)] | 0) >>> (6 - (i % 4) * 2);
            words[nBytes >>> 2] |= (bits1 | bits2) << (24 - (nBytes % 4) * 8);
            nBytes++;
        }
    }
    return WordArray.create(words, nBytes);
}
var Base64 = {
    stringify: function (wordArray) { return base64Stringify(wordArray, base64Map); },
    parse: function (base64Str) { return base64Parse(base64Str, base64Map); }
};

// ---------------------------------------------------------------------------------------------------
// lib.BufferedBlockAlgorithm: data buffering and block processing for hashers and ciphers.

var BufferedBlockAlgorithm = Base.extend({
    reset: function () {
        this._data = newWordArray();
        this._nDataBytes = 0;
    },
    _append: function (data) {
        if (typeof data === 'string') data = Utf8.parse(data);
        this._data.concat(data);
        this._nDataBytes += data.sigBytes;
    },
    _process: function (doFlush) {
        var data = this._data, dataWords = data.words, dataSigBytes = data.sigBytes;
        var blockSize = this.blockSize, blockSizeBytes = blockSize * 4;
        var nBlocksReady = dataSigBytes / blockSizeBytes;
        nBlocksReady = doFlush ? Math.ceil(nBlocksReady) : Math.max((nBlocksReady | 0) - this._minBufferSize, 0);
        var nWordsReady = nBlocksReady * blockSize, nBytesReady = Math.min(nWordsReady * 4, dataSigBytes), processedWords;
        if (nWordsReady) {
            for (var offset = 0; offset < nWordsReady; offset += blockSize) this._doProcessBlock(dataWords, offset);
            processedWords = dataWords.splice(0, nWordsReady);
            data.sigBytes -= nBytesReady;
        }
        return newWordArray(processedWords, nBytesReady);
    },
    clone: function () {
        var copy = Base.clone.call(this);
        copy._data = this._data.clone();
        return copy;
    },
    _minBufferSize: 0
});

// ---------------------------------------------------------------------------------------------------
// Hashers. Host hashers gather the message and digest it at finalize; JS hashers do the same.

var Hasher = BufferedBlockAlgorithm.extend({
    cfg: Base.extend(),
    init: function (cfg) {
        this.cfg = this.cfg.extend(cfg);
        this.reset();
    },
    reset: function () {
        BufferedBlockAlgorithm.reset.call(this);
        this._doReset();
    },
    update: function (messageUpdate) {
        this._append(messageUpdate);
        return this;
    },
    finalize: function (messageUpdate) {
        if (messageUpdate) this._append(messageUpdate);
        return this._doFinalize();
    },
    _doReset: function () {},
    blockSize: 512 / 32
});
Hasher._createHelper = function (hasher) {
    return function (message, cfg) { return new hasher.init(cfg).finalize(message); };
};
Hasher._createHmacHelper = function (hasher) {
    return function (message, key) { return new HMAC.init(hasher, key).finalize(message); };
};

/** Shapes a host digest like CryptoJS's result for that algorithm. */
function shapeDigest(name, hex) {
    var result = Hex.parse(hex);
    if (name === 'sha512' || name === 'sha384') {
        var words = result.words;
        if (name === 'sha384') words.push(0, 0, 0, 0);
        var shaped = WordArray.create(words, 64);
        if (name === 'sha384') shaped.sigBytes = 48;
        return shaped;
    }
    if (name === 'sha224') {
        result.words.push(0);
        result.sigBytes = 28;
    }
    return result;
}
function hostHasher(name, blockSizeWords) {
    return Hasher.extend({
        _hostAlgorithm: name,
        blockSize: blockSizeWords,
        _doFinalize: function () {
            var data = this._data;
            this._data = newWordArray();
            return shapeDigest(name, host.digest(name, Hex.stringify(data), 'hex'));
        }
    });
}
var MD5 = hostHasher('md5', 16);
var SHA1 = hostHasher('sha1', 16);
var SHA224 = hostHasher('sha224', 16);
var SHA256 = hostHasher('sha256', 16);
var SHA384 = hostHasher('sha384', 32);
var SHA512 = hostHasher('sha512', 32);

// Keccak-f[1600] on 25 lanes held as (low, high) 32-bit halves (FIPS 202 §3, original Keccak padding).
var keccakRoundLow = null, keccakRoundHigh = null, keccakRho = null, keccakPi = null;
function keccakTables() {
    if (keccakRoundLow) return;
    keccakRoundLow = [];
    keccakRoundHigh = [];
    var lfsr = 1;
    for (var round = 0; round < 24; round++) {
        var low = 0, high = 0;
        for (var j = 0; j < 7; j++) {
            var bit = (1 << j) - 1;
            if (lfsr & 1) {
                if (bit < 32) low ^= 1 << bit; else high ^= 1 << (bit - 32);
            }
            lfsr = (lfsr & 0x80) ? (((lfsr << 1) ^ 0x71) & 0xff) : ((lfsr << 1) & 0xff);
        }
        keccakRoundLow.push(low | 0);
        keccakRoundHigh.push(high | 0);
    }
    keccakRho = [];
    keccakPi = [];
    for (var i = 0; i < 25; i++) keccakRho[i] = 0;
    var x = 1, y = 0;
    for (var t = 0; t < 24; t++) {
        keccakRho[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
        var nx = y, ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    for (var px = 0; px < 5; px++) {
        for (var py = 0; py < 5; py++) keccakPi[px + 5 * py] = py + 5 * ((2 * px + 3 * py) % 5);
    }
}
function keccakPermute(state) {
    var c = new Array(10), b = new Array(50);
    for (var round = 0; round < 24; round++) {
        var x, y, i;
        for (x = 0; x < 5; x++) {
            c[2 * x] = state[2 * x] ^ state[2 * x + 10] ^ state[2 * x + 20] ^ state[2 * x + 30] ^ state[2 * x + 40];
            c[2 * x + 1] = state[2 * x + 1] ^ state[2 * x + 11] ^ state[2 * x + 21] ^ state[2 * x + 31] ^ state[2 * x + 41];
        }
        for (x = 0; x < 5; x++) {
            var nextLow = c[2 * ((x + 1) % 5)], nextHigh = c[2 * ((x + 1) % 5) + 1];
            var dLow = c[2 * ((x + 4) % 5)] ^ ((nextLow << 1) | (nextHigh >>> 31));
            var dHigh = c[2 * ((x + 4) % 5) + 1] ^ ((nextHigh << 1) | (nextLow >>> 31));
            for (y = 0; y < 5; y++) {
                state[2 * (x + 5 * y)] ^= dLow;
                state[2 * (x + 5 * y) + 1] ^= dHigh;
            }
        }
        for (i = 0; i < 25; i++) {
            var low = state[2 * i], high = state[2 * i + 1], n = keccakRho[i], target = keccakPi[i], rl, rh;
            if (n >= 32) { var tmp = low; low = high; high = tmp; n -= 32; }
            if (n === 0) { rl = low; rh = high; }
            else { rl = (low << n) | (high >>> (32 - n)); rh = (high << n) | (low >>> (32 - n)); }
            b[2 * target] = rl;
            b[2 * target + 1] = rh;
        }
        for (y = 0; y < 5; y++) {
            for (x = 0; x < 5; x++) {
                var at = 2 * (x + 5 * y), n1 = 2 * ((x + 1) % 5 + 5 * y), n2 = 2 * ((x + 2) % 5 + 5 * y);
                state[at] = b[at] ^ (~b[n1] & b[n2]);
                state[at + 1] = b[at + 1] ^ (~b[n1 + 1] & b[n2 + 1]);
            }
        }
        state[0] ^= keccakRoundLow[round];
        state[1] ^= keccakRoundHigh[round];
    }
}
function keccakDigest(bytes, outputBits) {
    keccakTables();
    var rateBytes = 200 - 2 * (outputBits / 8), state = [];
    for (var s = 0; s < 50; s++) state[s] = 0;
    var padded = bytes.slice(0);
    padded.push(0x01);
    while (padded.length % rateBytes) padded.push(0);
    padded[padded.length - 1] |= 0x80;
    for (var offset = 0; offset < padded.length; offset += rateBytes) {
        for (var lane = 0; lane < rateBytes / 8; lane++) {
            var p = offset + lane * 8;
            state[2 * lane] ^= padded[p] | (padded[p + 1] << 8) | (padded[p + 2] << 16) | (padded[p + 3] << 24);
            state[2 * lane + 1] ^= padded[p + 4] | (padded[p + 5] << 8) | (padded[p + 6] << 16) | (padded[p + 7] << 24);
        }
        keccakPermute(state);
    }
    var out = [];
    for (var k = 0; k < outputBits / 8; k++) out.push((state[k >>> 2] >>> ((k % 4) * 8)) & 0xff);
    return out;
}
var SHA3 = Hasher.extend({
    cfg: Hasher.cfg.extend({ outputLength: 512 }),
    _doReset: function () { this.blockSize = (1600 - 2 * this.cfg.outputLength) / 32; },
    _doFinalize: function () {
        var data = this._data;
        this._data = newWordArray();
        return wordArrayOfBytes(keccakDigest(wordArrayBytes(data), this.cfg.outputLength));
    }
});

// RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996): two parallel lines of five rounds.
var ripemdLeftWord = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
    3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
    4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13];
var ripemdRightWord = [5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
    15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
    12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11];
var ripemdLeftShift = [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
    11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
    9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6];
var ripemdRightShift = [8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
    9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
    8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11];
var ripemdLeftK = [0x00000000, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e];
var ripemdRightK = [0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0x00000000];
function ripemdF(round, x, y, z) {
    switch (round) {
        case 0: return x ^ y ^ z;
        case 1: return (x & y) | (~x & z);
        case 2: return (x | ~y) ^ z;
        case 3: return (x & z) | (y & ~z);
        default: return x ^ (y | ~z);
    }
}
function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }
function ripemd160Digest(bytes) {
    var h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    var padded = bytes.slice(0), bitLength = bytes.length * 8;
    padded.push(0x80);
    while (padded.length % 64 !== 56) padded.push(0);
    for (var b = 0; b < 8; b++) padded.push(b < 4 ? ((bitLength >>> (8 * b)) & 0xff) : (b === 4 ? Math.floor(bitLength / 4294967296) & 0xff : 0));
    for (var offset = 0; offset < padded.length; offset += 64) {
        var x = [];
        for (var w = 0; w < 16; w++) {
            var p = offset + w * 4;
            x[w] = padded[p] | (padded[p + 1] << 8) | (padded[p + 2] << 16) | (padded[p + 3] << 24);
        }
        var al = h[0], bl = h[1], cl = h[2], dl = h[3], el = h[4];
        var ar = h[0], br = h[1], cr = h[2], dr = h[3], er = h[4];
        for (var j = 0; j < 80; j++) {
            var round = (j / 16) | 0;
            var t = (al + ripemdF(round, bl, cl, dl) + x[ripemdLeftWord[j]] + ripemdLeftK[round]) | 0;
            t = (rotl(t, ripemdLeftShift[j]) + el) | 0;
            al = el; el = dl; dl = rotl(cl, 10); cl = bl; bl = t;
            t = (ar + ripemdF(4 - round, br, cr, dr) + x[ripemdRightWord[j]] + ripemdRightK[round]) | 0;
            t = (rotl(t, ripemdRightShift[j]) + er) | 0;
            ar = er; er = dr; dr = rotl(cr, 10); cr = br; br = t;
        }
        var temp = (h[1] + cl + dr) | 0;
        h[1] = (h[2] + dl + er) | 0;
        h[2] = (h[3] + el + ar) | 0;
        h[3] = (h[4] + al + br) | 0;
        h[4] = (h[0] + bl + cr) | 0;
        h[0] = temp;
    }
    var out = [];
    for (var k = 0; k < 20; k++) out.push((h[k >>> 2] >>> ((k % 4) * 8)) & 0xff);
    return out;
}
var RIPEMD160 = Hasher.extend({
    _doFinalize: function () {
        var data = this._data;
        this._data = newWordArray();
        return wordArrayOfBytes(ripemd160Digest(wordArrayBytes(data)));
    }
});

// HMAC (RFC 2104). Host hashers use the host's HMAC; the others are keyed here.
var HMAC = Base.extend({
    init: function (hasher, key) {
        hasher = this._hasher = new hasher.init();
        if (typeof key === 'string') key = Utf8.parse(key);
        key = key.clone();
        key.clamp();
        this._key = key;
        this.reset();
    },
    reset: function () { this._message = newWordArray(); },
    update: function (messageUpdate) {
        if (typeof messageUpdate === 'string') messageUpdate = Utf8.parse(messageUpdate);
        this._message.concat(messageUpdate);
        return this;
    },
    finalize: function (messageUpdate) {
        if (messageUpdate) this.update(messageUpdate);
        var hasher = this._hasher, message = this._message;
        this.reset();
        if (hasher._hostAlgorithm) {
            var name = hasher._hostAlgorithm;
            return shapeDigest(name, host.hmac(name, Hex.stringify(this._key), 'hex', Hex.stringify(message), 'hex'));
        }
        var blockBytes = hasher.blockSize * 4, key = this._key;
        if (key.sigBytes > blockBytes) { hasher.reset(); key = hasher.finalize(key); key.clamp(); }
        var keyBytes = wordArrayBytes(key), inner = [], outer = [];
        for (var i = 0; i < blockBytes; i++) {
            var kb = i < keyBytes.length ? keyBytes[i] : 0;
            inner.push(kb ^ 0x36);
            outer.push(kb ^ 0x5c);
        }
        hasher.reset();
        var innerHash = hasher.finalize(wordArrayOfBytes(inner).concat(message));
        hasher.reset();
        var result = hasher.finalize(wordArrayOfBytes(outer).concat(innerHash));
        hasher.reset();
        return result;
    }
});

// ---------------------------------------------------------------------------------------------------
// Key derivation.

function hmacBytesFunction(hasherType, password) {
    var probe = new hasherType.init();
    if (typeof password === 'string') password = Utf8.parse(password);
    if (probe._hostAlgorithm) {
        var name = probe._hostAlgorithm, keyHex = Hex.stringify(password);
        return function (dataHex) { return host.hmac(name, keyHex, 'hex', dataHex, 'hex'); };
    }
    return function (dataHex) { return new HMAC.init(hasherType, password).finalize(Hex.parse(dataHex)).toString(); };
}
function xorHexInto(accumulator, hex) {
    for (var i = 0; i < accumulator.length; i++) accumulator[i] ^= parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
}
// PBKDF2 (RFC 8018 §5.2). CryptoJS 3.x and 4.0/4.1 default to SHA-1 and 1 iteration (4.2: SHA-256, 250000).
var PBKDF2 = Base.extend({
    cfg: Base.extend({ keySize: 128 / 32, hasher: SHA1, iterations: 1 }),
    init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
    compute: function (password, salt) {
        var cfg = this.cfg, keySize = cfg.keySize, iterations = cfg.iterations;
        if (typeof salt === 'string') salt = Utf8.parse(salt);
        var prf = hmacBytesFunction(cfg.hasher, password), saltHex = Hex.stringify(salt);
        var derivedKey = WordArray.create(), blockIndex = 1;
        while (derivedKey.words.length < keySize) {
            var indexHex = ('0000000' + blockIndex.toString(16)).slice(-8);
            var u = prf(saltHex + indexHex), block = Hex.parse(u), blockWords = block.words;
            for (var i = 1; i < iterations; i++) {
                u = prf(u);
                xorHexInto(blockWords, u);
            }
            derivedKey.concat(block);
            blockIndex++;
        }
        derivedKey.sigBytes = keySize * 4;
        return derivedKey;
    }
});
// EVP_BytesToKey-style derivation (OpenSSL), MD5 by default.
var EvpKDF = Base.extend({
    cfg: Base.extend({ keySize: 128 / 32, hasher: MD5, iterations: 1 }),
    init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
    compute: function (password, salt) {
        var cfg = this.cfg, hasher = cfg.hasher.create(), derivedKey = WordArray.create(), block;
        if (typeof password === 'string') password = Utf8.parse(password);
        if (typeof salt === 'string') salt = Utf8.parse(salt);
        while (derivedKey.words.length < cfg.keySize) {
            if (block) hasher.update(block);
            block = hasher.update(password).finalize(salt);
            hasher.reset();
            for (var i = 1; i < cfg.iterations; i++) {
                block = hasher.finalize(block);
                hasher.reset();
            }
            derivedKey.concat(block);
        }
        derivedKey.sigBytes = cfg.keySize * 4;
        return derivedKey;
    }
});

// ---------------------------------------------------------------------------------------------------
// Ciphers: core, modes, paddings, parameters and formats.

var Cipher = BufferedBlockAlgorithm.extend({
    cfg: Base.extend(),
    createEncryptor: function (key, cfg) { return this.create(this._ENC_XFORM_MODE, key, cfg); },
    createDecryptor: function (key, cfg) { return this.create(this._DEC_XFORM_MODE, key, cfg); },
    init: function (xformMode, key, cfg) {
        this.cfg = this.cfg.extend(cfg);
        this._xformMode = xformMode;
        this._key = key;
        this.reset();
    },
    reset: function () {
        BufferedBlockAlgorithm.reset.call(this);
        this._doReset();
    },
    process: function (dataUpdate) {
        this._append(dataUpdate);
        return this._process();
    },
    finalize: function (dataUpdate) {
        if (dataUpdate) this._append(dataUpdate);
        return this._doFinalize();
    },
    keySize: 128 / 32,
    ivSize: 128 / 32,
    _ENC_XFORM_MODE: 1,
    _DEC_XFORM_MODE: 2
});
Cipher._createHelper = function (cipher) {
    function strategy(key) { return typeof key === 'string' ? PasswordBasedCipher : SerializableCipher; }
    return {
        encrypt: function (message, key, cfg) { return strategy(key).encrypt(cipher, message, key, cfg); },
        decrypt: function (ciphertext, key, cfg) { return strategy(key).decrypt(cipher, ciphertext, key, cfg); }
    };
};

var BlockCipherMode = Base.extend({
    createEncryptor: function (cipher, iv) { return this.Encryptor.create(cipher, iv); },
    createDecryptor: function (cipher, iv) { return this.Decryptor.create(cipher, iv); },
    init: function (cipher, iv) {
        this._cipher = cipher;
        this._iv = iv;
    }
});
function makeMode(encryptBlock, decryptBlock) {
    var mode = BlockCipherMode.extend();
    mode.Encryptor = mode.extend({ processBlock: encryptBlock });
    mode.Decryptor = mode.extend({ processBlock: decryptBlock });
    return mode;
}
function xorWith(words, offset, block, blockSize) {
    for (var i = 0; i < blockSize; i++) words[offset + i] ^= block[i];
}
function takeChainBlock(mode) {
    var iv = mode._iv;
    if (iv) { mode._iv = undefined; return iv; }
    return mode._prevBlock;
}
var CBC = makeMode(function (words, offset) {
    var cipher = this._cipher, blockSize = cipher.blockSize;
    xorWith(words, offset, takeChainBlock(this), blockSize);
    cipher.encryptBlock(words, offset);
    this._prevBlock = words.slice(offset, offset + blockSize);
}, function (words, offset) {
    var cipher = this._cipher, blockSize = cipher.blockSize, thisBlock = words.slice(offset, offset + blockSize);
    cipher.decryptBlock(words, offset);
    xorWith(words, offset, takeChainBlock(this), blockSize);
    this._prevBlock = thisBlock;
});
var ECB = makeMode(function (words, offset) { this._cipher.encryptBlock(words, offset); },
    function (words, offset) { this._cipher.decryptBlock(words, offset); });
function cfbKeystream(mode, words, offset, blockSize) {
    var iv = mode._iv, keystream;
    if (iv) { keystream = iv.slice(0); mode._iv = undefined; } else keystream = mode._prevBlock;
    mode._cipher.encryptBlock(keystream, 0);
    xorWith(words, offset, keystream, blockSize);
}
var CFB = makeMode(function (words, offset) {
    var blockSize = this._cipher.blockSize;
    cfbKeystream(this, words, offset, blockSize);
    this._prevBlock = words.slice(offset, offset + blockSize);
}, function (words, offset) {
    var blockSize = this._cipher.blockSize, thisBlock = words.slice(offset, offset + blockSize);
    cfbKeystream(this, words, offset, blockSize);
    this._prevBlock = thisBlock;
});
function ofbBlock(words, offset) {
    var cipher = this._cipher, blockSize = cipher.blockSize, iv = this._iv, keystream = this._keystream;
    if (iv) { keystream = this._keystream = iv.slice(0); this._iv = undefined; }
    cipher.encryptBlock(keystream, 0);
    xorWith(words, offset, keystream, blockSize);
}
var OFB = makeMode(ofbBlock, ofbBlock);
function ctrBlock(words, offset) {
    var cipher = this._cipher, blockSize = cipher.blockSize, iv = this._iv, counter = this._counter;
    if (iv) { counter = this._counter = iv.slice(0); this._iv = undefined; }
    var keystream = counter.slice(0);
    cipher.encryptBlock(keystream, 0);
    counter[blockSize - 1] = (counter[blockSize - 1] + 1) | 0;
    xorWith(words, offset, keystream, blockSize);
}
var CTR = makeMode(ctrBlock, ctrBlock);

function unpadLastByte(data) { data.sigBytes -= data.words[(data.sigBytes - 1) >>> 2] & 0xff; }
var Pkcs7 = {
    pad: function (data, blockSize) {
        var blockSizeBytes = blockSize * 4, nPaddingBytes = blockSizeBytes - data.sigBytes % blockSizeBytes;
        var paddingWord = (nPaddingBytes << 24) | (nPaddingBytes << 16) | (nPaddingBytes << 8) | nPaddingBytes, words = [];
        for (var i = 0; i < nPaddingBytes; i += 4) words.push(paddingWord);
        data.concat(newWordArray(words, nPaddingBytes));
    },
    unpad: unpadLastByte
};
var AnsiX923 = {
    pad: function (data, blockSize) {
        var dataSigBytes = data.sigBytes, blockSizeBytes = blockSize * 4;
        var nPaddingBytes = blockSizeBytes - dataSigBytes % blockSizeBytes, lastBytePos = dataSigBytes + nPaddingBytes - 1;
        data.clamp();
        data.words[lastBytePos >>> 2] |= nPaddingBytes << (24 - (lastBytePos % 4) * 8);
        data.sigBytes += nPaddingBytes;
    },
    unpad: unpadLastByte
};
var Iso10126 = {
    pad: function (data, blockSize) {
        var blockSizeBytes = blockSize * 4, nPaddingBytes = blockSizeBytes - data.sigBytes % blockSizeBytes;
        data.concat(WordArray.random(nPaddingBytes - 1)).concat(WordArray.create([nPaddingBytes << 24], 1));
    },
    unpad: unpadLastByte
};
var ZeroPadding = {
    pad: function (data, blockSize) {
        var blockSizeBytes = blockSize * 4;
        data.clamp();
        data.sigBytes += blockSizeBytes - ((data.sigBytes % blockSizeBytes) || blockSizeBytes);
    },
    unpad: function (data) {
        var words = data.words;
        for (var i = data.sigBytes - 1; i >= 0; i--) {
            if ((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff) { data.sigBytes = i + 1; return; }
        }
        data.sigBytes = 0;
    }
};
var Iso97971 = {
    pad: function (data, blockSize) {
        data.concat(WordArray.create([0x80000000], 1));
        ZeroPadding.pad(data, blockSize);
    },
    unpad: function (data) {
        ZeroPadding.unpad(data);
        data.sigBytes--;
    }
};
var NoPadding = { pad: function () {}, unpad: function () {} };

var BlockCipher = Cipher.extend({
    cfg: Cipher.cfg.extend({ mode: CBC, padding: Pkcs7 }),
    reset: function () {
        Cipher.reset.call(this);
        var cfg = this.cfg, iv = cfg.iv, mode = cfg.mode, modeCreator;
        if (this._xformMode === this._ENC_XFORM_MODE) {
            modeCreator = mode.createEncryptor;
        } else {
            modeCreator = mode.createDecryptor;
            this._minBufferSize = 1;
        }
        if (this._mode && this._mode.__creator === modeCreator) {
            this._mode.init(this, iv && iv.words);
        } else {
            this._mode = modeCreator.call(mode, this, iv && iv.words);
            this._mode.__creator = modeCreator;
        }
    },
    _doProcessBlock: function (words, offset) { this._mode.processBlock(words, offset); },
    _doFinalize: function () {
        var padding = this.cfg.padding, finalProcessedBlocks;
        if (this._xformMode === this._ENC_XFORM_MODE) {
            padding.pad(this._data, this.blockSize);
            finalProcessedBlocks = this._process(true);
        } else {
            finalProcessedBlocks = this._process(true);
            padding.unpad(finalProcessedBlocks);
        }
        return finalProcessedBlocks;
    },
    blockSize: 128 / 32
});

var CipherParams = Base.extend({
    init: function (cipherParams) { this.mixIn(cipherParams); },
    toString: function (formatter) { return (formatter || this.formatter).stringify(this); }
});
var saltedPrefix = [0x53616c74, 0x65645f5f];
var OpenSSLFormat = {
    stringify: function (cipherParams) {
        var ciphertext = cipherParams.ciphertext, salt = cipherParams.salt;
        var wordArray = salt ? WordArray.create(saltedPrefix.slice(0)).concat(salt).concat(ciphertext) : ciphertext;
        return wordArray.toString(Base64);
    },
    parse: function (openSSLStr) {
        var ciphertext = Base64.parse(openSSLStr), words = ciphertext.words, salt;
        if (words[0] === saltedPrefix[0] && words[1] === saltedPrefix[1]) {
            salt = WordArray.create(words.slice(2, 4));
            words.splice(0, 4);
            ciphertext.sigBytes -= 16;
        }
        return CipherParams.create({ ciphertext: ciphertext, salt: salt });
    }
};
var HexFormat = {
    stringify: function (cipherParams) { return cipherParams.ciphertext.toString(Hex); },
    parse: function (input) { return CipherParams.create({ ciphertext: Hex.parse(input) }); }
};
var OpenSSLKdf = {
    execute: function (password, keySize, ivSize, salt) {
        if (!salt) salt = WordArray.random(64 / 8);
        var key = EvpKDF.create({ keySize: keySize + ivSize }).compute(password, salt);
        var iv = WordArray.create(key.words.slice(keySize), ivSize * 4);
        key.sigBytes = keySize * 4;
        return CipherParams.create({ key: key, iv: iv, salt: salt });
    }
};
var SerializableCipher = Base.extend({
    cfg: Base.extend({ format: OpenSSLFormat }),
    encrypt: function (cipher, message, key, cfg) {
        cfg = this.cfg.extend(cfg);
        var encryptor = cipher.createEncryptor(key, cfg), ciphertext = encryptor.finalize(message), cipherCfg = encryptor.cfg;
        return CipherParams.create({
            ciphertext: ciphertext, key: key, iv: cipherCfg.iv, algorithm: cipher, mode: cipherCfg.mode,
            padding: cipherCfg.padding, blockSize: cipher.blockSize, formatter: cfg.format
        });
    },
    decrypt: function (cipher, ciphertext, key, cfg) {
        cfg = this.cfg.extend(cfg);
        ciphertext = this._parse(ciphertext, cfg.format);
        return cipher.createDecryptor(key, cfg).finalize(ciphertext.ciphertext);
    },
    _parse: function (ciphertext, format) { return typeof ciphertext === 'string' ? format.parse(ciphertext, this) : ciphertext; }
});
var PasswordBasedCipher = SerializableCipher.extend({
    cfg: SerializableCipher.cfg.extend({ kdf: OpenSSLKdf }),
    encrypt: function (cipher, message, password, cfg) {
        cfg = this.cfg.extend(cfg);
        var derivedParams = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize);
        cfg.iv = derivedParams.iv;
        var ciphertext = SerializableCipher.encrypt.call(this, cipher, message, derivedParams.key, cfg);
        ciphertext.mixIn(derivedParams);
        return ciphertext;
    },
    decrypt: function (cipher, ciphertext, password, cfg) {
        cfg = this.cfg.extend(cfg);
        ciphertext = this._parse(ciphertext, cfg.format);
        var derivedParams = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize, ciphertext.salt);
        cfg.iv = derivedParams.iv;
        return SerializableCipher.decrypt.call(this, cipher, ciphertext, derivedParams.key, cfg);
    }
});

// ---------------------------------------------------------------------------------------------------
// AES (FIPS-197), table-driven; tables are built on first use.

var aesSbox = null, aesInvSbox, aesEnc, aesDec;
function aesTables() {
    if (aesSbox) return;
    aesSbox = [];
    aesInvSbox = [];
    aesEnc = [[], [], [], []];
    aesDec = [[], [], [], []];
    var exp = [], log = [], x = 1, i;
    for (i = 0; i < 256; i++) {
        exp[i] = x;
        log[x] = i;
        x ^= (x << 1) ^ ((x & 0x80) ? 0x11b : 0);
        x &= 0xff;
    }
    function mul(a, b) { return (a && b) ? exp[(log[a] + log[b]) % 255] : 0; }
    for (i = 0; i < 256; i++) {
        var inv = i ? exp[255 - log[i]] : 0;
        var s = inv ^ ((inv << 1) | (inv >>> 7)) ^ ((inv << 2) | (inv >>> 6)) ^ ((inv << 3) | (inv >>> 5)) ^ ((inv << 4) | (inv >>> 4));
        s = (s ^ 0x63) & 0xff;
        aesSbox[i] = s;
        aesInvSbox[s] = i;
    }
    for (i = 0; i < 256; i++) {
        var sb = aesSbox[i], si = aesInvSbox[i];
        var e = (mul(sb, 2) << 24) | (sb << 16) | (sb << 8) | mul(sb, 3);
        var d = (mul(si, 14) << 24) | (mul(si, 9) << 16) | (mul(si, 13) << 8) | mul(si, 11);
        for (var t = 0; t < 4; t++) {
            aesEnc[t][i] = e;
            aesDec[t][i] = d;
            e = (e >>> 8) | (e << 24);
            d = (d >>> 8) | (d << 24);
        }
    }
}
function aesSubWord(w) {
    return (aesSbox[w >>> 24] << 24) | (aesSbox[(w >>> 16) & 0xff] << 16) | (aesSbox[(w >>> 8) & 0xff] << 8) | aesSbox[w & 0xff];
}
function aesRounds(words, offset, schedule, rounds) {
    var s0 = words[offset] ^ schedule[0], s1 = words[offset + 1] ^ schedule[1],
        s2 = words[offset + 2] ^ schedule[2], s3 = words[offset + 3] ^ schedule[3], k = 4;
    var t0 = aesEnc[0], t1 = aesEnc[1], t2 = aesEnc[2], t3 = aesEnc[3], box = aesSbox;
    for (var round = 1; round < rounds; round++) {
        var n0 = t0[s0 >>> 24] ^ t1[(s1 >>> 16) & 0xff] ^ t2[(s2 >>> 8) & 0xff] ^ t3[s3 & 0xff] ^ schedule[k++];
        var n1 = t0[s1 >>> 24] ^ t1[(s2 >>> 16) & 0xff] ^ t2[(s3 >>> 8) & 0xff] ^ t3[s0 & 0xff] ^ schedule[k++];
        var n2 = t0[s2 >>> 24] ^ t1[(s3 >>> 16) & 0xff] ^ t2[(s0 >>> 8) & 0xff] ^ t3[s1 & 0xff] ^ schedule[k++];
        var n3 = t0[s3 >>> 24] ^ t1[(s0 >>> 16) & 0xff] ^ t2[(s1 >>> 8) & 0xff] ^ t3[s2 & 0xff] ^ schedule[k++];
        s0 = n0; s1 = n1; s2 = n2; s3 = n3;
    }
    var r0 = ((box[s0 >>> 24] << 24) | (box[(s1 >>> 16) & 0xff] << 16) | (box[(s2 >>> 8) & 0xff] << 8) | box[s3 & 0xff]) ^ schedule[k++];
    var r1 = ((box[s1 >>> 24] << 24) | (box[(s2 >>> 16) & 0xff] << 16) | (box[(s3 >>> 8) & 0xff] << 8) | box[s0 & 0xff]) ^ schedule[k++];
    var r2 = ((box[s2 >>> 24] << 24) | (box[(s3 >>> 16) & 0xff] << 16) | (box[(s0 >>> 8) & 0xff] << 8) | box[s1 & 0xff]) ^ schedule[k++];
    var r3 = ((box[s3 >>> 24] << 24) | (box[(s0 >>> 16) & 0xff] << 16) | (box[(s1 >>> 8) & 0xff] << 8) | box[s2 & 0xff]) ^ schedule[k++];
    words[offset] = r0;
    words[offset + 1] = r1;
    words[offset + 2] = r2;
    words[offset + 3] = r3;
}
function aesInverseRounds(words, offset, schedule, rounds) {
    var s0 = words[offset] ^ schedule[0], s1 = words[offset + 1] ^ schedule[1],
        s2 = words[offset + 2] ^ schedule[2], s3 = words[offset + 3] ^ schedule[3], k = 4;
    var t0 = aesDec[0], t1 = aesDec[1], t2 = aesDec[2], t3 = aesDec[3], box = aesInvSbox;
    for (var round = 1; round < rounds; round++) {
        var n0 = t0[s0 >>> 24] ^ t1[(s3 >>> 16) & 0xff] ^ t2[(s2 >>> 8) & 0xff] ^ t3[s1 & 0xff] ^ schedule[k++];
        var n1 = t0[s1 >>> 24] ^ t1[(s0 >>> 16) & 0xff] ^ t2[(s3 >>> 8) & 0xff] ^ t3[s2 & 0xff] ^ schedule[k++];
        var n2 = t0[s2 >>> 24] ^ t1[(s1 >>> 16) & 0xff] ^ t2[(s0 >>> 8) & 0xff] ^ t3[s3 & 0xff] ^ schedule[k++];
        var n3 = t0[s3 >>> 24] ^ t1[(s2 >>> 16) & 0xff] ^ t2[(s1 >>> 8) & 0xff] ^ t3[s0 & 0xff] ^ schedule[k++];
        s0 = n0; s1 = n1; s2 = n2; s3 = n3;
    }
    words[offset] = ((box[s0 >>> 24] << 24) | (box[(s3 >>> 16) & 0xff] << 16) | (box[(s2 >>> 8) & 0xff] << 8) | box[s1 & 0xff]) ^ schedule[k++];
    words[offset + 1] = ((box[s1 >>> 24] << 24) | (box[(s0 >>> 16) & 0xff] << 16) | (box[(s3 >>> 8) & 0xff] << 8) | box[s2 & 0xff]) ^ schedule[k++];
    words[offset + 2] = ((box[s2 >>> 24] << 24) | (box[(s1 >>> 16) & 0xff] << 16) | (box[(s0 >>> 8) & 0xff] << 8) | box[s3 & 0xff]) ^ schedule[k++];
    words[offset + 3] = ((box[s3 >>> 24] << 24) | (box[(s2 >>> 16) & 0xff] << 16) | (box[(s1 >>> 8) & 0xff] << 8) | box[s0 & 0xff]) ^ schedule[k++];
}
var AES = BlockCipher.extend({
    _doReset: function () {
        if (this._nRounds && this._keyPriorReset === this._key) return;
        aesTables();
        var key = this._keyPriorReset = this._key, keyWords = key.words, keySize = key.sigBytes / 4;
        var nRounds = this._nRounds = keySize + 6, ksRows = (nRounds + 1) * 4, schedule = this._keySchedule = [], rcon = 1;
        for (var row = 0; row < ksRows; row++) {
            if (row < keySize) { schedule[row] = keyWords[row] | 0; continue; }
            var t = schedule[row - 1];
            if (!(row % keySize)) {
                t = aesSubWord((t << 8) | (t >>> 24)) ^ (rcon << 24);
                rcon = (rcon << 1) ^ ((rcon & 0x80) ? 0x11b : 0);
            } else if (keySize > 6 && row % keySize === 4) {
                t = aesSubWord(t);
            }
            schedule[row] = schedule[row - keySize] ^ t;
        }
        // Equivalent inverse cipher (FIPS-197 §5.3.5): reversed round keys, InvMixColumns on the inner ones.
        var inverse = this._invKeySchedule = [];
        for (var r = 0; r <= nRounds; r++) {
            for (var c = 0; c < 4; c++) {
                var w = schedule[(nRounds - r) * 4 + c];
                inverse[r * 4 + c] = (r === 0 || r === nRounds) ? w
                    : (aesDec[0][aesSbox[w >>> 24]] ^ aesDec[1][aesSbox[(w >>> 16) & 0xff]] ^
                       aesDec[2][aesSbox[(w >>> 8) & 0xff]] ^ aesDec[3][aesSbox[w & 0xff]]);
            }
        }
    },
    encryptBlock: function (words, offset) { aesRounds(words, offset, this._keySchedule, this._nRounds); },
    decryptBlock: function (words, offset) { aesInverseRounds(words, offset, this._invKeySchedule, this._nRounds); },
    keySize: 256 / 32
});
// ---------------------------------------------------------------------------------------------------
// Assembly.

var C = {
    lib: {
        Base: Base, WordArray: WordArray, BufferedBlockAlgorithm: BufferedBlockAlgorithm, Hasher: Hasher, Cipher: Cipher,
        BlockCipherMode: BlockCipherMode, BlockCipher: BlockCipher, CipherParams: CipherParams,
        SerializableCipher: SerializableCipher, PasswordBasedCipher: PasswordBasedCipher
    },
    enc: { Hex: Hex, Latin1: Latin1, Utf8: Utf8, Utf16BE: Utf16BE, Utf16: Utf16BE, Utf16LE: Utf16LE, Base64: Base64 },
    algo: {
        MD5: MD5, SHA1: SHA1, SHA256: SHA256, SHA224: SHA224, SHA512: SHA512, SHA384: SHA384, SHA3: SHA3,
        RIPEMD160: RIPEMD160, HMAC: HMAC, PBKDF2: PBKDF2, EvpKDF: EvpKDF, AES: AES
    },
    mode: { CBC: CBC, CFB: CFB, CTR: CTR, OFB: OFB, ECB: ECB },
    pad: { Pkcs7: Pkcs7, AnsiX923: AnsiX923, Iso10126: Iso10126, Iso97971: Iso97971, ZeroPadding: ZeroPadding, NoPadding: NoPadding },
    format: { OpenSSL: OpenSSLFormat, Hex: HexFormat },
    kdf: { OpenSSL: OpenSSLKdf }
};
[['MD5', MD5], ['SHA1', SHA1], ['SHA256', SHA256], ['SHA224', SHA224], ['SHA512', SHA512], ['SHA384', SHA384], ['SHA3', SHA3],
    ['RIPEMD160', RIPEMD160]].forEach(function (entry) {
    C[entry[0]] = Hasher._createHelper(entry[1]);
    C['Hmac' + entry[0]] = Hasher._createHmacHelper(entry[1]);
});
C.PBKDF2 = function (password, salt, cfg) { return PBKDF2.create(cfg).compute(password, salt); };
C.EvpKDF = function (password, salt, cfg) { return EvpKDF.create(cfg).compute(password, salt); };
C.AES = Cipher._createHelper(AES);

module.exports = C;
