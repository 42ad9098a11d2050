// postie's own `util` module: the parts of Node's util that Postman scripts use — format, a light
// inspect, inherits, promisify/callbackify, deprecate, the is* predicates, types, isDeepStrictEqual —
// plus atob/btoa (from buffer.js, with Node's DOMException errors). Written for postie from Node's
// documentation; checked against Node 20.
//
// When the host offers Node-exact formatting natives (`__postieHost.inspect(value, options)` and
// `__postieHost.format(args)`; PostieScript's console already formats this way), they are used.
// Otherwise inspect is "light": Node's layout for primitives, strings, small arrays and objects, nesting,
// cycles, Map/Set/Date/RegExp/Error/functions and class names; long arrays are not grouped into columns
// as Node does, and getters, proxies and hidden properties are not shown.
'use strict';

var host = require('postie:host');
var buffer = require('buffer');

var customInspect = typeof Symbol === 'function' && Symbol.for ? Symbol.for('nodejs.util.inspect.custom') : '__inspect_custom__';
var objectToString = Object.prototype.toString;

function tagOf(value) { return objectToString.call(value).slice(8, -1); }
function isIdentifier(key) { return /^[A-Za-z_$][\w$]*$/.test(key); }

function quoteString(string) {
    var quote = "'";
    if (string.indexOf("'") >= 0) {
        if (string.indexOf('"') < 0) quote = '"';
        else if (string.indexOf('`') < 0 && string.indexOf('${') < 0) quote = '`';
    }
    var out = '';
    for (var i = 0; i < string.length; i++) {
        var ch = string.charAt(i), code = string.charCodeAt(i);
        if (ch === quote || ch === '\\') out += '\\' + ch;
        else if (ch === '\n') out += '\\n';
        else if (ch === '\t') out += '\\t';
        else if (ch === '\r') out += '\\r';
        else if (ch === '\b') out += '\\b';
        else if (ch === '\f') out += '\\f';
        else if (ch === '\v') out += '\\v';
        else if (code < 0x20 || code === 0x7f) out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
        else out += ch;
    }
    return quote + out + quote;
}
function formatNumber(n) { return (n === 0 && 1 / n < 0) ? '-0' : String(n); }
function formatKey(key) {
    if (typeof key === 'symbol') return '[' + key.toString() + ']';
    return isIdentifier(key) ? key : quoteString(key);
}
function constructorName(value) {
    var proto = Object.getPrototypeOf(value);
    while (proto) {
        var descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
        if (descriptor && typeof descriptor.value === 'function' && descriptor.value.name) return descriptor.value.name;
        proto = Object.getPrototypeOf(proto);
    }
    return null;
}
function functionBase(fn) {
    var source = '';
    try { source = Function.prototype.toString.call(fn); } catch (e) { source = ''; }
    if (/^class\b/.test(source)) return '[class ' + (fn.name || '(anonymous)') + ']';
    var kind = tagOf(fn) === 'AsyncFunction' ? 'AsyncFunction' : (tagOf(fn) === 'GeneratorFunction' ? 'GeneratorFunction' : 'Function');
    return '[' + kind + (fn.name ? ': ' + fn.name : ' (anonymous)') + ']';
}
function ownEnumerableKeys(value) {
    var keys = Object.keys(value);
    if (Object.getOwnPropertySymbols) {
        Object.getOwnPropertySymbols(value).forEach(function (symbol) {
            if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
        });
    }
    return keys;
}
function errorText(error) {
    var stack = typeof error.stack === 'string' ? error.stack : '';
    return stack || ('[' + Error.prototype.toString.call(error) + ']');
}

function Inspector(options) {
    this.depth = options.depth === undefined ? 2 : (options.depth === null ? Infinity : options.depth);
    this.currentDepth = 0;
    this.breakLength = options.breakLength === undefined ? 80 : options.breakLength;
    this.compact = options.compact === undefined ? 3 : options.compact;
    this.sorted = !!options.sorted;
    this.seen = [];
    this.circular = [];
    this.indentation = 0;
}
Inspector.prototype.value = function (value, level, inArray) {
    var type = typeof value;
    if (value === null) return 'null';
    if (type === 'undefined') return 'undefined';
    if (type === 'string') return quoteString(value);
    if (type === 'number') return formatNumber(value);
    if (type === 'boolean') return String(value);
    if (type === 'symbol') return value.toString();
    if (type === 'bigint') return String(value) + 'n';
    if (value[customInspect] && typeof value[customInspect] === 'function' && value[customInspect] !== inspect) {
        var custom = value[customInspect](this.depth - level, { depth: this.depth - level }, inspect);
        if (typeof custom !== 'string') return this.value(custom, level);
        return custom;
    }
    var seenAt = this.seen.indexOf(value);
    if (seenAt >= 0) {
        var ref = this.circular.indexOf(value);
        if (ref < 0) { this.circular.push(value); ref = this.circular.length - 1; }
        return '[Circular *' + (ref + 1) + ']';
    }
    return this.object(value, level);
};
Inspector.prototype.object = function (value, level) {
    var tag = tagOf(value), name = constructorName(value), keys = ownEnumerableKeys(value);
    var braces = ['{', '}'], base = '', entries = [], isArr = Array.isArray(value), prefix = '', self = this;
    if (isArr) {
        braces = ['[', ']'];
        prefix = name === 'Array' ? '' : (name ? name + '(' + value.length + ') ' : '[Array(' + value.length + '): null prototype] ');
        keys = keys.filter(function (k) { return typeof k === 'symbol' || !/^(?:0|[1-9]\d*)$/.test(k); });
    } else if (typeof value === 'function') {
        base = functionBase(value);
        keys = keys.filter(function (k) { return k !== 'prototype'; });
        if (!keys.length) return base;
    } else if (tag === 'RegExp') {
        base = RegExp.prototype.toString.call(value);
        if (!keys.length) return base;
    } else if (tag === 'Date') {
        base = isNaN(value.getTime()) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
        if (!keys.length) return base;
    } else if (tag === 'Error' || value instanceof Error) {
        base = errorText(value);
        keys = keys.filter(function (k) { return k !== 'stack' && k !== 'message'; });
        if (!keys.length) return base;
    } else if (tag === 'Map' || tag === 'Set') {
        prefix = (name || tag) + '(' + value.size + ') ';
    } else if (tag === 'Number' || tag === 'String' || tag === 'Boolean' || tag === 'Symbol') {
        var primitive = value.valueOf();
        base = '[' + tag + ': ' + (tag === 'String' ? quoteString(primitive) : this.value(primitive, level)) + ']';
        if (tag === 'String') keys = keys.filter(function (k) { return !/^(?:0|[1-9]\d*)$/.test(k) && k !== 'length'; });
        if (!keys.length) return base;
    } else if (tag === 'Arguments') {
        braces = ['[', ']'];
        prefix = '[Arguments] ';
        isArr = true;
        keys = [];
    } else if (name === null) {
        prefix = '[Object: null prototype] ';
    } else if (name !== 'Object') {
        prefix = name + ' ';
    }
    if (tag !== 'Object' && tag !== 'Array' && tag !== 'Map' && tag !== 'Set' && tag !== 'Arguments' && !base && name !== tag &&
        ['Function', 'RegExp', 'Date', 'Error', 'Number', 'String', 'Boolean', 'Symbol'].indexOf(tag) < 0) {
        prefix = (name ? name + ' ' : '[Object: null prototype] ') + '[' + tag + '] ';
    }
    var empty = !keys.length && (isArr ? value.length === 0 : ((tag === 'Map' || tag === 'Set') ? value.size === 0 : true));
    if (level > this.depth && !(empty && !base)) {
        if (base) return base;
        if (isArr) return '[' + (tag === 'Arguments' ? 'Arguments' : 'Array') + ']';
        return '[' + (name || tag) + ']';
    }
    this.seen.push(value);
    if (!empty) this.currentDepth = level;
    this.indentation += 2;
    var count;
    if (isArr) {
        var length = value.length, holes = 0, shown = 0;
        for (var i = 0; i < length; i++) {
            if (shown >= 100) break;
            if (!Object.prototype.hasOwnProperty.call(value, i)) { holes++; continue; }
            if (holes) { entries.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); shown++; holes = 0; }
            entries.push(this.value(value[i], level + 1));
            shown++;
        }
        if (holes) entries.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        if (i < length) entries.push('... ' + (length - i) + ' more item' + (length - i > 1 ? 's' : ''));
    } else if (tag === 'Map') {
        value.forEach(function (v, k) { entries.push(self.value(k, level + 1) + ' => ' + self.value(v, level + 1)); });
    } else if (tag === 'Set') {
        value.forEach(function (v) { entries.push(self.value(v, level + 1)); });
    }
    if (this.sorted) keys.sort();
    for (var k = 0; k < keys.length; k++) {
        var key = keys[k], descriptor = Object.getOwnPropertyDescriptor(value, key), shownValue;
        if (descriptor && (descriptor.get || descriptor.set)) {
            shownValue = descriptor.get ? (descriptor.set ? '[Getter/Setter]' : '[Getter]') : '[Setter]';
        } else {
            shownValue = this.value(value[key], level + 1);
        }
        entries.push(formatKey(key) + ': ' + shownValue);
    }
    this.indentation -= 2;
    this.seen.pop();
    count = entries.length;
    var refIndex = this.circular.indexOf(value), refPrefix = refIndex >= 0 ? '<ref *' + (refIndex + 1) + '> ' : '';
    if (base && !count) return refPrefix + base;
    if (!count) {
        if (tag === 'Map' || tag === 'Set') return refPrefix + prefix + '{}';
        return refPrefix + prefix + braces[0] + braces[1];
    }
    var open = (base ? base + ' ' : '') + prefix + braces[0];
    var start = count + this.indentation + open.length + 10, total = count + start;
    var fits = total + count <= this.breakLength;
    for (var e = 0; fits && e < entries.length; e++) {
        total += entries[e].length;
        if (total > this.breakLength || entries[e].indexOf('\n') >= 0) fits = false;
    }
    // Node keeps an object on one line when the last nested chain under it is shallower than `compact`.
    if (this.compact !== false && this.currentDepth - level < (this.compact === true ? Infinity : this.compact) && fits) return refPrefix + open + ' ' + entries.join(', ') + ' ' + braces[1];
    var pad = '';
    for (var s = 0; s < this.indentation; s++) pad += ' ';
    return refPrefix + open + '\n' + pad + '  ' + entries.join(',\n' + pad + '  ') + '\n' + pad + braces[1];
};

function inspect(value, options) {
    if (typeof options !== 'object' || options === null) options = {};
    if (typeof host.inspect === 'function') return host.inspect(value, options);
    return new Inspector(options).value(value, 0);
}
inspect.custom = customInspect;
inspect.defaultOptions = { depth: 2, breakLength: 80, compact: 3, sorted: false };

function hasBuiltInToString(value) {
    if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
    var pointer = value;
    do { pointer = Object.getPrototypeOf(pointer); } while (pointer && !Object.prototype.hasOwnProperty.call(pointer, 'toString'));
    if (!pointer) return true;
    var descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    var builtIns = ['Object', 'Array', 'Error', 'Date', 'RegExp', 'Function', 'Map', 'Set', 'Number', 'String', 'Boolean', 'Symbol',
        'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'Promise', 'WeakMap', 'WeakSet'];
    return !!descriptor && typeof descriptor.value === 'function' && builtIns.indexOf(descriptor.value.name) >= 0;
}
function jsonForFormat(value) {
    try { return JSON.stringify(value); } catch (e) {
        if (/circular/i.test(String(e && e.message))) return '[Circular]';
        throw e;
    }
}
function formatWithOptions(inspectOptions, args) {
    args = Array.prototype.slice.call(args);
    if (!args.length) return '';
    var first = args[0], out = '', index = 1;
    if (typeof first === 'string') {
        if (args.length === 1) return first;
        var last = 0;
        for (var i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37) continue;
            var next = first.charAt(i + 1), replacement = null;
            if (index !== args.length) {
                var arg = args[index];
                switch (next) {
                    case 's':
                        if (typeof arg === 'number') replacement = formatNumber(arg);
                        else if (typeof arg === 'bigint') replacement = String(arg) + 'n';
                        else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) replacement = String(arg);
                        else replacement = inspect(arg, { depth: 0, compact: 3 });
                        break;
                    case 'j': replacement = jsonForFormat(arg); break;
                    case 'd':
                        replacement = typeof arg === 'bigint' ? String(arg) + 'n' : (typeof arg === 'symbol' ? 'NaN' : formatNumber(Number(arg)));
                        break;
                    case 'O': replacement = inspect(arg, inspectOptions); break;
                    case 'o': replacement = inspect(arg, { showHidden: true, showProxy: true, depth: 4 }); break;
                    case 'i':
                        replacement = typeof arg === 'bigint' ? String(arg) + 'n' : (typeof arg === 'symbol' ? 'NaN' : formatNumber(parseInt(arg)));
                        break;
                    case 'f': replacement = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg)); break;
                    case 'c': replacement = ''; break;
                    case '%': out += first.slice(last, i) + '%'; last = i + 2; i++; continue;
                    default: continue;
                }
                if (last !== i) out += first.slice(last, i);
                out += replacement;
                index++;
                last = i + 2;
                i++;
            } else if (next === '%') {
                out += first.slice(last, i) + '%';
                last = i + 2;
                i++;
            }
        }
        if (last !== 0) {
            if (last < first.length) out += first.slice(last);
        } else {
            out = first;
        }
    } else {
        index = 0;
    }
    for (; index < args.length; index++) {
        var value = args[index];
        var text = typeof value === 'string' ? value : inspect(value, inspectOptions);
        out += (out.length || index > 0 ? ' ' : '') + text;
    }
    return out;
}
function format() {
    if (typeof host.format === 'function') return host.format(Array.prototype.slice.call(arguments));
    return formatWithOptions({}, arguments);
}

function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throwArgType('ctor', 'function', ctor);
    if (superCtor === undefined || superCtor === null) throwArgType('superCtor', 'function', superCtor);
    if (superCtor.prototype === undefined) throwArgType('superCtor.prototype', 'object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}
function throwArgType(name, type, value) {
    var error = new TypeError('The "' + name + '" argument must be of type ' + type + '. Received ' + (value === null ? 'null' : typeof value === 'undefined' ? 'undefined' : inspect(value)));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
}
var promisifyCustom = typeof Symbol === 'function' && Symbol.for ? Symbol.for('nodejs.util.promisify.custom') : '__promisify_custom__';
function promisify(original) {
    if (typeof original !== 'function') throwArgType('original', 'function', original);
    if (original[promisifyCustom]) return original[promisifyCustom];
    function fn() {
        var args = Array.prototype.slice.call(arguments), self = this;
        return new Promise(function (resolve, reject) {
            args.push(function (err, value) {
                if (err) reject(err); else resolve(value);
            });
            original.apply(self, args);
        });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    return fn;
}
promisify.custom = promisifyCustom;
function callbackify(original) {
    if (typeof original !== 'function') throwArgType('original', 'function', original);
    return function () {
        var args = Array.prototype.slice.call(arguments), callback = args.pop(), self = this;
        if (typeof callback !== 'function') throwArgType('last argument', 'function', callback);
        original.apply(self, args).then(function (value) {
            setTimeout(function () { callback(null, value); }, 0);
        }, function (reason) {
            if (!reason) {
                var wrapped = new Error('Promise was rejected with falsy value');
                wrapped.code = 'ERR_FALSY_VALUE_REJECTION';
                wrapped.reason = reason;
                reason = wrapped;
            }
            setTimeout(function () { callback(reason); }, 0);
        });
    };
}
function deprecate(fn, message) {
    var warned = false;
    return function () {
        if (!warned) {
            warned = true;
            if (typeof console !== 'undefined' && console.warn) console.warn('DeprecationWarning: ' + message);
        }
        return fn.apply(this, arguments);
    };
}
function isDeepStrictEqual(a, b) { return deepStrictEqual(a, b, [], 0); }
function deepStrictEqual(a, b, stack, depth) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (depth > 1000) throw new RangeError('Maximum call stack size exceeded');
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || tagOf(a) !== tagOf(b)) return false;
    for (var s = 0; s < stack.length; s++) if (stack[s][0] === a && stack[s][1] === b) return true;
    var tag = tagOf(a);
    if (tag === 'Date' && a.getTime() !== b.getTime() && !(isNaN(a.getTime()) && isNaN(b.getTime()))) return false;
    if (tag === 'RegExp' && String(a) !== String(b)) return false;
    if ((tag === 'Number' || tag === 'String' || tag === 'Boolean') && !Object.is(a.valueOf(), b.valueOf())) return false;
    if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
    if (Array.isArray(a) && a.length !== b.length) return false;
    stack.push([a, b]);
    try {
        if (tag === 'Map' || tag === 'Set') {
            if (a.size !== b.size) return false;
            var ea = [], eb = [];
            a.forEach(function (v, k) { ea.push([k, v]); });
            b.forEach(function (v, k) { eb.push([k, v]); });
            return ea.every(function (pa) {
                return eb.some(function (pb) {
                    return deepStrictEqual(pa[0], pb[0], stack, depth + 1) && deepStrictEqual(pa[1], pb[1], stack, depth + 1);
                });
            });
        }
        var ka = ownEnumerableKeys(a), kb = ownEnumerableKeys(b);
        if (ka.length !== kb.length) return false;
        for (var i = 0; i < ka.length; i++) {
            if (!Object.prototype.propertyIsEnumerable.call(b, ka[i])) return false;
            if (!deepStrictEqual(a[ka[i]], b[ka[i]], stack, depth + 1)) return false;
        }
        return true;
    } finally {
        stack.pop();
    }
}

var types = {
    isDate: function (v) { return tagOf(v) === 'Date' && typeof v === 'object'; },
    isRegExp: function (v) { return tagOf(v) === 'RegExp' && typeof v === 'object'; },
    isMap: function (v) { return tagOf(v) === 'Map' && typeof v === 'object'; },
    isSet: function (v) { return tagOf(v) === 'Set' && typeof v === 'object'; },
    isWeakMap: function (v) { return tagOf(v) === 'WeakMap'; },
    isWeakSet: function (v) { return tagOf(v) === 'WeakSet'; },
    isPromise: function (v) { return tagOf(v) === 'Promise'; },
    isNativeError: function (v) { return tagOf(v) === 'Error' && typeof v === 'object'; },
    isAsyncFunction: function (v) { return tagOf(v) === 'AsyncFunction'; },
    isGeneratorFunction: function (v) { return tagOf(v) === 'GeneratorFunction' || tagOf(v) === 'AsyncGeneratorFunction'; },
    isBoxedPrimitive: function (v) {
        return typeof v === 'object' && v !== null && ['Number', 'String', 'Boolean', 'Symbol', 'BigInt'].indexOf(tagOf(v)) >= 0;
    },
    isNumberObject: function (v) { return typeof v === 'object' && tagOf(v) === 'Number'; },
    isStringObject: function (v) { return typeof v === 'object' && tagOf(v) === 'String'; },
    isBooleanObject: function (v) { return typeof v === 'object' && tagOf(v) === 'Boolean'; },
    isArgumentsObject: function (v) { return tagOf(v) === 'Arguments'; },
    isTypedArray: function () { return false; },
    isUint8Array: function () { return false; },
    isArrayBuffer: function () { return false; },
    isProxy: function () { return false; }
};

module.exports = {
    format: format,
    formatWithOptions: function (inspectOptions) { return formatWithOptions(inspectOptions || {}, Array.prototype.slice.call(arguments, 1)); },
    inspect: inspect,
    inherits: inherits,
    promisify: promisify,
    callbackify: callbackify,
    deprecate: deprecate,
    debuglog: function () { var noop = function () {}; noop.enabled = false; return noop; },
    isDeepStrictEqual: isDeepStrictEqual,
    types: types,
    isArray: Array.isArray,
    isBoolean: function (v) { return typeof v === 'boolean'; },
    isNull: function (v) { return v === null; },
    isNullOrUndefined: function (v) { return v == null; },
    isNumber: function (v) { return typeof v === 'number'; },
    isString: function (v) { return typeof v === 'string'; },
    isSymbol: function (v) { return typeof v === 'symbol'; },
    isUndefined: function (v) { return v === undefined; },
    isRegExp: types.isRegExp,
    isObject: function (v) { return v !== null && typeof v === 'object'; },
    isDate: types.isDate,
    isError: function (v) { return tagOf(v) === 'Error' || v instanceof Error; },
    isFunction: function (v) { return typeof v === 'function'; },
    isPrimitive: function (v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); },
    isBuffer: function (v) { return buffer.Buffer.isBuffer(v); },
    atob: buffer.atob,
    btoa: buffer.btoa
};
