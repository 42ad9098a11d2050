// postie's WebCrypto for Postman scripts: `crypto.subtle` (digest; HMAC importKey, exportKey, generateKey,
// sign and verify) and `crypto.getRandomValues`, with the `ArrayBuffer` and `Uint8Array` they take and give.
// Behaviour and messages follow Node 20's WebCrypto (what Postman's sandbox runs on), checked case by case in
// Node; the code is ours. Digests and HMACs run in the host (`require('postie:host')`, PostieCrypto).
//
// PostieScript has no typed arrays, so the two types here are stand-ins, with these differences from Node:
// - a Uint8Array is a real Array whose prototype is Uint8Array.prototype (as buffer.js makes Buffer), so
//   `Array.isArray(u8)` is true and `u8[0] = 300` stores 300 (Node stores 44);
// - an ArrayBuffer keeps its own copy of its bytes: `new Uint8Array(buffer)`, `u8.buffer`, `subarray` and
//   `slice` copy, where Node shares memory;
// - BufferSource arguments may also be plain arrays of numbers, since postie's TextEncoder returns one
//   (Node accepts only ArrayBuffer, TypedArray, DataView and Buffer); DataView is absent.
// - `crypto.subtle` knows SHA digests and HMAC only: AES, RSA, ECDSA, Ed25519, PBKDF2 and HKDF fail with
//   a NotSupportedError that says so (CryptoJS's AES is there for AES-CBC).
'use strict';

var host = require('postie:host');
var DOMException = require('buffer').DOMException;

var BYTES = typeof Symbol === 'function' ? Symbol('bytes') : '__postieBytes';

function toIndex(value, rangeMessage) {
    var number = value === undefined ? 0 : Math.trunc(Number(value));
    if (number !== number) number = 0;
    if (number < 0 || number > 0x7fffffff) throw new RangeError(rangeMessage);
    return number;
}

function toOctet(value) {
    var number = Number(value);
    if (number !== number || number === Infinity || number === -Infinity) return 0;
    number = Math.trunc(number) % 256;
    return number < 0 ? number + 256 : number;
}

function zeros(count) {
    var bytes = new Array(count);
    for (var i = 0; i < count; i++) bytes[i] = 0;
    return bytes;
}

// -------------------------------------------------------------------------------------------------------
// ArrayBuffer

function ArrayBuffer(length) {
    if (!new.target) throw new TypeError("Constructor ArrayBuffer requires 'new'");
    Object.defineProperty(this, BYTES, { value: zeros(toIndex(length, 'Invalid array buffer length')) });
}

function arrayBufferOf(bytes) {
    var buffer = Object.create(ArrayBuffer.prototype);
    Object.defineProperty(buffer, BYTES, { value: bytes });
    return buffer;
}

Object.defineProperty(ArrayBuffer.prototype, 'byteLength', {
    get: function () { return this[BYTES].length; }, configurable: true
});
Object.defineProperty(ArrayBuffer.prototype, 'slice', {
    value: function slice(begin, end) {
        var bytes = this[BYTES], length = bytes.length;
        var from = relative(begin, length, 0), to = relative(end, length, length);
        return arrayBufferOf(bytes.slice(from, Math.max(from, to)));
    }, writable: true, configurable: true
});
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(ArrayBuffer.prototype, Symbol.toStringTag, { value: 'ArrayBuffer', configurable: true });
}
// console.log as Node prints an ArrayBuffer: its bytes in hex, on one line while they fit (Node's 80
// columns at the top level; one nested level deeper, Node breaks a byte sooner).
if (typeof Symbol === 'function' && Symbol.for) {
    Object.defineProperty(ArrayBuffer.prototype, Symbol.for('nodejs.util.inspect.custom'), {
        value: function () {
            var bytes = this[BYTES], parts = [];
            for (var i = 0; i < bytes.length; i++) parts.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
            var contents = '[Uint8Contents]: <' + parts.join(' ') + '>', length = 'byteLength: ' + bytes.length;
            return contents.length + length.length <= 52 ? 'ArrayBuffer { ' + contents + ', ' + length + ' }'
                : 'ArrayBuffer {\n  ' + contents + ',\n  ' + length + '\n}';
        }, writable: true, configurable: true
    });
}
ArrayBuffer.isView = function isView(value) { return value instanceof Uint8Array; };

function relative(value, length, fallback) {
    if (value === undefined) return fallback;
    var number = Math.trunc(Number(value)) || 0;
    return number < 0 ? Math.max(length + number, 0) : Math.min(number, length);
}

// -------------------------------------------------------------------------------------------------------
// Uint8Array

function Uint8Array(source, byteOffset, length) {
    if (!new.target) throw new TypeError("Constructor Uint8Array requires 'new'");
    var bytes;
    if (source === null || source === undefined || (typeof source !== 'object' && typeof source !== 'function')) {
        bytes = zeros(toIndex(source === null ? 0 : source, 'Invalid typed array length: ' + source));
    } else if (source instanceof ArrayBuffer) {
        var all = source[BYTES], start = toIndex(byteOffset, 'Start offset ' + byteOffset + ' is outside the bounds of the buffer');
        if (start > all.length) throw new RangeError('Start offset ' + start + ' is outside the bounds of the buffer');
        var count = length === undefined ? all.length - start : toIndex(length, 'Invalid typed array length: ' + length);
        if (start + count > all.length) throw new RangeError('Invalid typed array length: ' + count);
        bytes = all.slice(start, start + count);
    } else {
        var items = typeof source.length === 'number' ? source : Array.from(source);
        bytes = new Array(items.length >>> 0);
        for (var i = 0; i < bytes.length; i++) bytes[i] = toOctet(items[i]);
    }
    Object.setPrototypeOf(bytes, new.target.prototype);
    return bytes;
}

Uint8Array.prototype = Object.create(Array.prototype);
Uint8Array.BYTES_PER_ELEMENT = 1;
Uint8Array.from = function from(source, map, thisArg) {
    var items = Array.from(source, map, thisArg);
    return new Uint8Array(items);
};
Uint8Array.of = function of() { return new Uint8Array(Array.prototype.slice.call(arguments)); };

function defineMethod(name, value) {
    Object.defineProperty(Uint8Array.prototype, name, { value: value, writable: true, configurable: true });
}
function defineGetter(name, get) {
    Object.defineProperty(Uint8Array.prototype, name, { get: get, configurable: true });
}

defineMethod('constructor', Uint8Array);
defineMethod('BYTES_PER_ELEMENT', 1);
defineGetter('buffer', function () { return arrayBufferOf(Array.prototype.slice.call(this)); });
defineGetter('byteLength', function () { return this.length; });
defineGetter('byteOffset', function () { return 0; });
defineMethod('subarray', function subarray(begin, end) {
    return new Uint8Array(Array.prototype.slice.call(this, relative(begin, this.length, 0), relative(end, this.length, this.length)));
});
defineMethod('slice', function slice(begin, end) {
    return new Uint8Array(Array.prototype.slice.call(this, relative(begin, this.length, 0), relative(end, this.length, this.length)));
});
defineMethod('set', function set(source, offset) {
    var start = toIndex(offset, 'offset is out of bounds'), items = source instanceof ArrayBuffer ? source[BYTES] : source;
    if (start + (items.length >>> 0) > this.length) throw new RangeError('offset is out of bounds');
    for (var i = 0; i < items.length; i++) this[start + i] = toOctet(items[i]);
});
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    defineGetter(Symbol.toStringTag, function () { return 'Uint8Array'; });
}

// -------------------------------------------------------------------------------------------------------
// crypto.getRandomValues

function randomBytes(count) {
    var hex = String(host.randomBytes(count)), bytes = new Array(count);
    for (var i = 0; i < count; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    return bytes;
}

function getRandomValues(array) {
    if (!(array instanceof Uint8Array) && !(array && array._isBuffer === true)) {
        throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.length > 65536) throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    var bytes = randomBytes(array.length);
    for (var i = 0; i < bytes.length; i++) array[i] = bytes[i];
    return array;
}

// -------------------------------------------------------------------------------------------------------
// crypto.subtle

var HASHES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
var BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
var JWK_ALG = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
// Algorithms WebCrypto has and postie's sandbox does not: named in the error instead of "Unrecognized".
var ABSENT = ['AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW', 'RSASSA-PKCS1-V1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH',
    'ED25519', 'ED448', 'X25519', 'X448', 'PBKDF2', 'HKDF'];

function bytesOf(value, method, position) {
    if (value instanceof ArrayBuffer) return value[BYTES].slice();
    if (value !== null && typeof value === 'object' && typeof value.length === 'number' &&
        (value instanceof Uint8Array || value._isBuffer === true || Array.isArray(value))) {
        var bytes = new Array(value.length);
        for (var i = 0; i < value.length; i++) bytes[i] = toOctet(value[i]);
        return bytes;
    }
    throw new TypeError("Failed to execute '" + method + "' on 'SubtleCrypto': " + position +
        ' argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function hexOf(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
}

function bytesOfHex(hex) {
    var bytes = new Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    return bytes;
}

function notSupported(name) {
    return new DOMException(name + " is not available in postie's sandbox: crypto.subtle has SHA digests and HMAC only",
        'NotSupportedError');
}

// An algorithm given as a name or `{ name }`, its name in WebCrypto's spelling.
function algorithmName(algorithm, dictionary) {
    var name = typeof algorithm === 'string' ? algorithm : (algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined);
    if (name === undefined) {
        throw new TypeError("Failed to normalize algorithm: passed algorithm can not be converted to '" + (dictionary || 'Algorithm') +
            "' because 'name' is required in '" + (dictionary || 'Algorithm') + "'.");
    }
    var upper = String(name).toUpperCase();
    if (HASHES[upper] || upper === 'HMAC') return upper;
    if (ABSENT.indexOf(upper) !== -1) throw notSupported(String(name));
    throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function hashName(algorithm, dictionary) {
    var hash = algorithm && algorithm.hash;
    if (hash === undefined) {
        throw new TypeError("Failed to normalize algorithm: passed algorithm can not be converted to '" + dictionary +
            "' because 'hash' is required in '" + dictionary + "'.");
    }
    var name = algorithmName(hash);
    if (!HASHES[name]) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    return name;
}

function CryptoKey() { throw new TypeError('Illegal constructor'); }
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
}

var KEY_BYTES = typeof Symbol === 'function' ? Symbol('key') : '__postieKey';

function makeKey(bytes, hash, extractable, usages, lengthFirst) {
    var key = Object.create(CryptoKey.prototype);
    var algorithm = lengthFirst ? { name: 'HMAC', length: bytes.length * 8, hash: { name: hash } }
        : { name: 'HMAC', hash: { name: hash }, length: bytes.length * 8 };
    Object.defineProperty(key, KEY_BYTES, { value: bytes });
    Object.defineProperty(key, 'type', { value: 'secret', enumerable: true });
    Object.defineProperty(key, 'extractable', { value: Boolean(extractable), enumerable: true });
    Object.defineProperty(key, 'algorithm', { value: algorithm, enumerable: true });
    Object.defineProperty(key, 'usages', { value: usages, enumerable: true });
    return key;
}

function hmacUsages(usages) {
    var list = Array.from(usages || []);
    for (var i = 0; i < list.length; i++) {
        if (list[i] !== 'sign' && list[i] !== 'verify') throw new DOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
    }
    return list;
}

function hmacKey(key, usage) {
    if (!(key instanceof CryptoKey)) {
        throw new TypeError("Failed to execute '" + usage + "' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.");
    }
    if (key.usages.indexOf(usage) === -1) throw new DOMException('Unable to use this key to ' + usage, 'InvalidAccessError');
    return key;
}

function base64url(bytes) {
    return require('buffer').Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Every method answers with a promise; a failure in it is a rejection, never a throw.
function promised(work) {
    return new Promise(function (resolve) { resolve(work()); });
}

var subtle = {
    digest: function digest(algorithm, data) {
        return promised(function () {
            var name = algorithmName(algorithm);
            if (!HASHES[name]) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
            return arrayBufferOf(bytesOfHex(String(host.digest(HASHES[name], hexOf(bytesOf(data, 'digest', '2nd')), 'hex'))));
        });
    },
    importKey: function importKey(format, keyData, algorithm, extractable, usages) {
        return promised(function () {
            if (algorithmName(algorithm) !== 'HMAC') throw notSupported(String(algorithm.name || algorithm));
            var hash = hashName(algorithm, 'HmacImportParams'), list = hmacUsages(usages), bytes;
            if (format === 'raw') {
                bytes = bytesOf(keyData, 'importKey', '2nd');
            } else if (format === 'jwk') {
                if (!keyData || keyData.kty !== 'oct' || typeof keyData.k !== 'string') throw new DOMException('Invalid keyData', 'DataError');
                if (keyData.alg !== undefined && keyData.alg !== JWK_ALG[hash]) throw new DOMException('JWK "alg" does not match the requested algorithm', 'DataError');
                bytes = Array.prototype.slice.call(require('buffer').Buffer.from(keyData.k.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
            } else {
                throw new DOMException('Unable to import HMAC key with format ' + format, 'NotSupportedError');
            }
            if (bytes.length === 0) throw new DOMException('Zero-length key is not supported', 'DataError');
            if (algorithm.length !== undefined && Number(algorithm.length) !== bytes.length * 8) {
                throw new DOMException('Invalid key length', 'DataError');
            }
            return makeKey(bytes, hash, extractable, list, false);
        });
    },
    generateKey: function generateKey(algorithm, extractable, usages) {
        return promised(function () {
            if (algorithmName(algorithm) !== 'HMAC') throw notSupported(String(algorithm.name || algorithm));
            var hash = hashName(algorithm, 'HmacKeyGenParams'), list = hmacUsages(usages);
            var bits = algorithm.length === undefined ? BLOCK_BITS[hash] : toIndex(algorithm.length, 'Invalid key length');
            if (bits === 0 || bits % 8 !== 0) throw new DOMException('Invalid key length', 'OperationError');
            if (list.length === 0) throw new DOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
            return makeKey(randomBytes(bits / 8), hash, extractable, list, true);
        });
    },
    exportKey: function exportKey(format, key) {
        return promised(function () {
            if (!(key instanceof CryptoKey)) {
                throw new TypeError("Failed to execute 'exportKey' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.");
            }
            if (!key.extractable) throw new DOMException('key is not extractable', 'InvalidAccessException');
            if (format === 'raw') return arrayBufferOf(key[KEY_BYTES].slice());
            if (format === 'jwk') {
                return { key_ops: key.usages.slice(), ext: true, kty: 'oct', k: base64url(key[KEY_BYTES]), alg: JWK_ALG[key.algorithm.hash.name] };
            }
            throw new DOMException('Unable to export a raw HMAC key with format ' + format, 'NotSupportedError');
        });
    },
    sign: function sign(algorithm, key, data) {
        return promised(function () {
            if (algorithmName(algorithm) !== 'HMAC') throw notSupported(String(algorithm.name || algorithm));
            hmacKey(key, 'sign');
            var code = host.hmac(HASHES[key.algorithm.hash.name], hexOf(key[KEY_BYTES]), 'hex', hexOf(bytesOf(data, 'sign', '3rd')), 'hex');
            return arrayBufferOf(bytesOfHex(String(code)));
        });
    },
    verify: function verify(algorithm, key, signature, data) {
        return promised(function () {
            if (algorithmName(algorithm) !== 'HMAC') throw notSupported(String(algorithm.name || algorithm));
            hmacKey(key, 'verify');
            var given = hexOf(bytesOf(signature, 'verify', '3rd'));
            var code = String(host.hmac(HASHES[key.algorithm.hash.name], hexOf(key[KEY_BYTES]), 'hex', hexOf(bytesOf(data, 'verify', '4th')), 'hex'));
            return given === code;
        });
    }
};
['encrypt', 'decrypt', 'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey'].forEach(function (name) {
    subtle[name] = function () {
        return Promise.reject(new DOMException("crypto.subtle." + name + " is not available in postie's sandbox: crypto.subtle has SHA digests and HMAC only",
            'NotSupportedError'));
    };
});

module.exports = {
    ArrayBuffer: ArrayBuffer,
    Uint8Array: Uint8Array,
    CryptoKey: CryptoKey,
    subtle: subtle,
    getRandomValues: getRandomValues
};
