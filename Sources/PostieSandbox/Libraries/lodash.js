// postie's own implementation of the lodash 4.17 API that Postman scripts use (`require('lodash')`).
// Written for postie from lodash's documented behaviour and checked against lodash 4.17.21 in Node;
// no lodash code is used. Loaded as a CommonJS module body: function (module, exports, require).
//
// Postman's legacy `_` global is lodash 3 (3.10), `require('lodash')` is lodash 4. Where scripts call
// functions whose meaning changed between the two, see the notes marked "v3:" below and lodash3.js,
// which builds a fresh instance from `runInContext()` and adds the v3 names and behaviours over it.
//
// Differences from the real library, on purpose: chains are evaluated when `.value()` is called but
// without lodash's lazy shortcut fusion (the results are the same; iteratees of `take`-limited chains
// over arrays of 200+ elements may run more often); `_.words` does not split emoji; typed arrays,
// ArrayBuffers and DOM nodes are not recognised (the sandbox has none).
// Not strict: like lodash, writes to read-only properties (a String object's indexes) are ignored.

function createLodash() {
    var VERSION = '4.17.21';
    var MAX_SAFE_INTEGER = 9007199254740991;
    var MAX_INTEGER = 1.7976931348623157e+308;
    var MAX_ARRAY_LENGTH = 4294967295;
    var MAX_ARRAY_INDEX = MAX_ARRAY_LENGTH - 1;
    var HALF_MAX_ARRAY_LENGTH = MAX_ARRAY_LENGTH >>> 1;
    var CLONE_DEEP = 1, CLONE_FLAT = 2, CLONE_SYMBOLS = 4;

    var objectProto = Object.prototype;
    var hasOwn = objectProto.hasOwnProperty;
    var objectToString = objectProto.toString;
    var arrayProto = Array.prototype;
    var symbolIterator = typeof Symbol === 'function' ? Symbol.iterator : undefined;
    var symbolSpreadable = typeof Symbol === 'function' ? Symbol.isConcatSpreadable : undefined;
    var getSymbolsOf = typeof Object.getOwnPropertySymbols === 'function' ? Object.getOwnPropertySymbols : null;
    var idCounter = 0;

    var argsTag = '[object Arguments]', arrayTag = '[object Array]', boolTag = '[object Boolean]',
        dateTag = '[object Date]', errorTag = '[object Error]', funcTag = '[object Function]',
        genTag = '[object GeneratorFunction]', asyncTag = '[object AsyncFunction]', mapTag = '[object Map]',
        numberTag = '[object Number]', objectTag = '[object Object]', regexpTag = '[object RegExp]',
        setTag = '[object Set]', stringTag = '[object String]', symbolTag = '[object Symbol]',
        weakMapTag = '[object WeakMap]', weakSetTag = '[object WeakSet]', nullTag = '[object Null]',
        undefinedTag = '[object Undefined]';

    // ---------------------------------------------------------------------------------------------
    // The lodash function and its wrapper (chains).

    /** `_(value)`: wraps a value for implicit chaining. */
    function lodash(value) {
        if (value instanceof LodashWrapper) return value;
        return new LodashWrapper(value, false, []);
    }

    function LodashWrapper(value, chainAll, actions) {
        this.__wrapped__ = value;
        this.__chain__ = !!chainAll;
        this.__actions__ = actions || [];
    }
    LodashWrapper.prototype = lodash.prototype;
    lodash.prototype.constructor = LodashWrapper;

    function wrapperValue(wrapper) {
        var result = wrapper.__wrapped__;
        var actions = wrapper.__actions__;
        for (var i = 0; i < actions.length; i++) {
            result = actions[i].func.apply(actions[i].thisArg, [result].concat(actions[i].args));
        }
        return result;
    }

    function withAction(wrapper, func, args) {
        return new LodashWrapper(wrapper.__wrapped__, wrapper.__chain__,
            wrapper.__actions__.concat([{ func: func, args: args, thisArg: lodash }]));
    }

    // ---------------------------------------------------------------------------------------------
    // Type checks.

    function getTag(value) {
        if (value == null) return value === undefined ? undefinedTag : nullTag;
        return objectToString.call(value);
    }
    function isObject(value) {
        var type = typeof value;
        return value != null && (type === 'object' || type === 'function');
    }
    function isObjectLike(value) { return value != null && typeof value === 'object'; }
    var isArray = Array.isArray;
    function isLength(value) {
        return typeof value === 'number' && value > -1 && value % 1 === 0 && value <= MAX_SAFE_INTEGER;
    }
    function isFunction(value) {
        if (!isObject(value)) return false;
        var tag = getTag(value);
        return tag === funcTag || tag === genTag || tag === asyncTag || tag === '[object Proxy]';
    }
    function isArrayLike(value) { return value != null && isLength(value.length) && !isFunction(value); }
    function isArrayLikeObject(value) { return isObjectLike(value) && isArrayLike(value); }
    function isArguments(value) { return isObjectLike(value) && getTag(value) === argsTag; }
    function isBoolean(value) {
        return value === true || value === false || (isObjectLike(value) && getTag(value) === boolTag);
    }
    function isBuffer(value) {
        var B = typeof Buffer === 'function' ? Buffer : null;
        return !!(B && typeof B.isBuffer === 'function' && B.isBuffer(value));
    }
    function isDate(value) { return isObjectLike(value) && getTag(value) === dateTag; }
    function isElement(value) { return isObjectLike(value) && value.nodeType === 1 && !isPlainObject(value); }
    function isError(value) {
        if (!isObjectLike(value)) return false;
        var tag = getTag(value);
        return tag === errorTag || tag === '[object DOMException]' ||
            (typeof value.message === 'string' && typeof value.name === 'string' && !isPlainObject(value));
    }
    function isFiniteNumber(value) { return typeof value === 'number' && isFinite(value); }
    function isInteger(value) { return typeof value === 'number' && value === toInteger(value); }
    function isMap(value) { return isObjectLike(value) && getTag(value) === mapTag; }
    function isSet(value) { return isObjectLike(value) && getTag(value) === setTag; }
    function isWeakMap(value) { return isObjectLike(value) && getTag(value) === weakMapTag; }
    function isWeakSet(value) { return isObjectLike(value) && getTag(value) === weakSetTag; }
    function isNumber(value) {
        return typeof value === 'number' || (isObjectLike(value) && getTag(value) === numberTag);
    }
    function isNaNValue(value) { return isNumber(value) && value != +value; }
    function isNil(value) { return value == null; }
    function isNull(value) { return value === null; }
    function isUndefined(value) { return value === undefined; }
    function isString(value) {
        return typeof value === 'string' || (!isArray(value) && isObjectLike(value) && getTag(value) === stringTag);
    }
    function isSymbol(value) {
        return typeof value === 'symbol' || (isObjectLike(value) && getTag(value) === symbolTag);
    }
    function isRegExp(value) { return isObjectLike(value) && getTag(value) === regexpTag; }
    function isSafeInteger(value) {
        return isInteger(value) && value >= -MAX_SAFE_INTEGER && value <= MAX_SAFE_INTEGER;
    }
    function isTypedArray() { return false; }
    function isArrayBuffer() { return false; }
    function isPlainObject(value) {
        if (!isObjectLike(value) || getTag(value) !== objectTag) return false;
        var proto = Object.getPrototypeOf(value);
        if (proto === null) return true;
        var Ctor = hasOwn.call(proto, 'constructor') && proto.constructor;
        return typeof Ctor === 'function' && Ctor instanceof Ctor &&
            Function.prototype.toString.call(Ctor) === Function.prototype.toString.call(Object);
    }
    function isNative(value) {
        return isFunction(value) && /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(value));
    }
    function isPrototype(value) {
        var Ctor = value && value.constructor;
        var proto = (typeof Ctor === 'function' && Ctor.prototype) || objectProto;
        return value === proto;
    }
    function isIndex(value, length) {
        var type = typeof value;
        length = length == null ? MAX_SAFE_INTEGER : length;
        return !!length && (type === 'number' || (type !== 'symbol' && /^(?:0|[1-9]\d*)$/.test(value))) &&
            value > -1 && value % 1 === 0 && value < length;
    }
    /** True when (value, index, object) look like the arguments `map` passes to an iteratee. */
    function isIterateeCall(value, index, object) {
        if (!isObject(object)) return false;
        var type = typeof index;
        if (type === 'number' ? (isArrayLike(object) && isIndex(index, object.length)) : (type === 'string' && index in object)) {
            return eq(object[index], value);
        }
        return false;
    }
    function isEmpty(value) {
        if (value == null) return true;
        if (isArrayLike(value) && (isArray(value) || typeof value === 'string' || typeof value.splice === 'function' ||
            isBuffer(value) || isArguments(value))) {
            return !value.length;
        }
        var tag = getTag(value);
        if (tag === mapTag || tag === setTag) return !value.size;
        if (isPrototype(value)) return !baseKeys(value).length;
        for (var key in value) if (hasOwn.call(value, key)) return false;
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Conversions.

    function eq(value, other) { return value === other || (value !== value && other !== other); }

    function toNumber(value) {
        if (typeof value === 'number') return value;
        if (isSymbol(value)) return NaN;
        if (isObject(value)) {
            var other = typeof value.valueOf === 'function' ? value.valueOf() : value;
            value = isObject(other) ? (other + '') : other;
        }
        if (typeof value !== 'string') return value === 0 ? value : +value;
        value = value.trim();
        if (/^0b[01]+$/i.test(value)) return parseInt(value.slice(2), 2);
        if (/^0o[0-7]+$/i.test(value)) return parseInt(value.slice(2), 8);
        if (/^[-+]0x[0-9a-f]+$/i.test(value)) return NaN;
        return +value;
    }
    function toFinite(value) {
        if (!value) return value === 0 ? value : 0;
        value = toNumber(value);
        if (value === Infinity || value === -Infinity) return (value < 0 ? -1 : 1) * MAX_INTEGER;
        return value === value ? value : 0;
    }
    function toInteger(value) {
        var result = toFinite(value);
        var remainder = result % 1;
        return result === result ? (remainder ? result - remainder : result) : 0;
    }
    function clampNumber(number, lower, upper) {
        if (number === number) {
            if (upper !== undefined) number = number <= upper ? number : upper;
            if (lower !== undefined) number = number >= lower ? number : lower;
        }
        return number;
    }
    function toLength(value) { return value ? clampNumber(toInteger(value), 0, MAX_ARRAY_LENGTH) : 0; }
    function toSafeInteger(value) {
        return value ? clampNumber(toInteger(value), -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) : (value === 0 ? value : 0);
    }
    function baseToString(value) {
        if (typeof value === 'string') return value;
        if (isArray(value)) return arrayMap(value, baseToString) + '';
        if (isSymbol(value)) return value.toString();
        var result = value + '';
        return (result === '0' && (1 / value) === -Infinity) ? '-0' : result;
    }
    function toString(value) { return value == null ? '' : baseToString(value); }
    function toKey(value) {
        if (typeof value === 'string' || isSymbol(value)) return value;
        var result = value + '';
        return (result === '0' && (1 / value) === -Infinity) ? '-0' : result;
    }
    function toArray(value) {
        if (!value) return [];
        if (isArrayLike(value)) return isString(value) ? stringToSymbols(String(value)) : copyArray(value);
        if (symbolIterator && value[symbolIterator] && !isPlainObject(value) && typeof value[symbolIterator] === 'function') {
            var out = [], iterator = value[symbolIterator](), step;
            while (!(step = iterator.next()).done) out.push(step.value);
            return out;
        }
        var tag = getTag(value);
        if (tag === mapTag) return mapToArray(value);
        if (tag === setTag) return setToArray(value);
        return values(value);
    }
    function toPlainObject(value) {
        var result = {};
        var props = keysIn(value);
        for (var i = 0; i < props.length; i++) baseAssignValue(result, props[i], value[props[i]]);
        return result;
    }
    function castArray() {
        if (!arguments.length) return [];
        var value = arguments[0];
        return isArray(value) ? value : [value];
    }

    // ---------------------------------------------------------------------------------------------
    // Small array utilities.

    function copyArray(source, array) {
        var length = source.length;
        array = array || new Array(length);
        for (var i = 0; i < length; i++) array[i] = source[i];
        return array;
    }
    function arrayMap(array, iteratee) {
        var length = array == null ? 0 : array.length, result = new Array(length);
        for (var i = 0; i < length; i++) result[i] = iteratee(array[i], i, array);
        return result;
    }
    function arrayPush(array, values) {
        for (var i = 0; i < values.length; i++) array[array.length] = values[i];
        return array;
    }
    function mapToArray(map) {
        var result = [];
        map.forEach(function (value, key) { result.push([key, value]); });
        return result;
    }
    function setToArray(set) {
        var result = [];
        set.forEach(function (value) { result.push(value); });
        return result;
    }
    function baseSlice(array, start, end) {
        var length = array.length;
        if (end === undefined) end = length;
        if (start < 0) start = -start > length ? 0 : (length + start);
        end = end > length ? length : end;
        if (end < 0) end += length;
        length = start > end ? 0 : ((end - start) >>> 0);
        start >>>= 0;
        var result = new Array(length);
        for (var i = 0; i < length; i++) result[i] = array[i + start];
        return result;
    }
    function strictIndexOf(array, value, fromIndex) {
        for (var i = fromIndex; i < array.length; i++) if (array[i] === value) return i;
        return -1;
    }
    function baseIndexOf(array, value, fromIndex) {
        if (value === value) return strictIndexOf(array, value, fromIndex);
        for (var i = fromIndex; i < array.length; i++) if (array[i] !== array[i]) return i;
        return -1;
    }
    function arrayIncludes(array, value) { return array != null && array.length > 0 && baseIndexOf(array, value, 0) > -1; }

    /** A set of values compared with SameValueZero; strings and numbers use a lookup object. */
    function ValueSet() { this.strings = Object.create(null); this.numbers = Object.create(null); this.others = []; this.hasNaN = false; }
    ValueSet.prototype.has = function (value) {
        var type = typeof value;
        if (type === 'string') return this.strings[value] === true;
        if (type === 'number') return value !== value ? this.hasNaN : this.numbers[value === 0 ? 0 : value] === true;
        return strictIndexOf(this.others, value, 0) > -1;
    };
    ValueSet.prototype.add = function (value) {
        var type = typeof value;
        if (type === 'string') this.strings[value] = true;
        else if (type === 'number') { if (value !== value) this.hasNaN = true; else this.numbers[value === 0 ? 0 : value] = true; }
        else this.others.push(value);
        return this;
    };

    /** Stable merge sort (the engine's Array.prototype.sort need not be stable). */
    function stableSort(array, compare) {
        var length = array.length;
        if (length < 2) return array;
        var buffer = new Array(length);
        for (var width = 1; width < length; width *= 2) {
            for (var lo = 0; lo < length; lo += 2 * width) {
                var mid = Math.min(lo + width, length), hi = Math.min(lo + 2 * width, length);
                var i = lo, j = mid, k = lo;
                while (i < mid && j < hi) buffer[k++] = compare(array[j], array[i]) < 0 ? array[j++] : array[i++];
                while (i < mid) buffer[k++] = array[i++];
                while (j < hi) buffer[k++] = array[j++];
            }
            var swap = array; array = buffer; buffer = swap;
        }
        return array;
    }

    // ---------------------------------------------------------------------------------------------
    // Keys.

    function indexKeys(length) {
        var result = new Array(length);
        for (var i = 0; i < length; i++) result[i] = String(i);
        return result;
    }
    function baseKeys(object) {
        if (!isPrototype(object)) return Object.keys(Object(object));
        var result = [];
        for (var key in Object(object)) if (hasOwn.call(object, key) && key !== 'constructor') result.push(key);
        return result;
    }
    function arrayLikeKeys(value, inherited) {
        var indexed = isArray(value) || isArguments(value) || isBuffer(value);
        var result = indexed ? indexKeys(value.length) : [];
        var length = result.length;
        for (var key in value) {
            if ((inherited || hasOwn.call(value, key)) &&
                !(indexed && (key === 'length' || isIndex(key, length)))) {
                result.push(key);
            }
        }
        return result;
    }
    function keys(object) {
        if (object == null) return [];
        if (typeof object === 'string') return indexKeys(object.length);
        return isArrayLike(object) ? arrayLikeKeys(object, false) : baseKeys(object);
    }
    function keysIn(object) {
        if (object == null) return [];
        if (typeof object === 'string') return indexKeys(object.length);
        if (isArrayLike(object)) return arrayLikeKeys(object, true);
        if (!isObject(object)) return [];
        var isProto = isPrototype(object), result = [];
        for (var key in object) {
            if (!(key === 'constructor' && (isProto || !hasOwn.call(object, key)))) result.push(key);
        }
        return result;
    }
    function getSymbols(object) {
        if (object == null || !getSymbolsOf) return [];
        object = Object(object);
        return getSymbolsOf(object).filter(function (symbol) { return objectProto.propertyIsEnumerable.call(object, symbol); });
    }
    function getAllKeys(object) { return arrayPush(keys(object), getSymbols(object)); }
    function getAllKeysIn(object) {
        var result = keysIn(object);
        while (object != null && isObject(object)) {
            arrayPush(result, getSymbols(object));
            object = Object.getPrototypeOf(object);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Property paths.

    function stringToPath(string) {
        var result = [], i = 0, length = string.length;
        if (string.charCodeAt(0) === 46) result.push('');
        while (i < length) {
            var ch = string[i];
            if (ch === '[') {
                var quote = string[i + 1];
                if (quote === '"' || quote === "'") {
                    var j = i + 2, text = '', closed = false;
                    while (j < length) {
                        if (string[j] === '\\' && j + 1 < length) { text += string[j + 1]; j += 2; continue; }
                        if (string[j] === quote) { closed = true; break; }
                        text += string[j++];
                    }
                    if (closed && string[j + 1] === ']') { result.push(text); i = j + 2; continue; }
                }
                var numberMatch = /^-?\d+(?:\.\d+)?\]/.exec(string.slice(i + 1));
                if (numberMatch) {
                    result.push(numberMatch[0].slice(0, -1));
                    i += 1 + numberMatch[0].length;
                    continue;
                }
            }
            if (ch === '.' || ch === '[' || ch === ']') {
                if (emptyKeyAhead(string, i)) result.push('');
                i++;
                continue;
            }
            var start = i;
            while (i < length && string[i] !== '.' && string[i] !== '[' && string[i] !== ']') i++;
            result.push(string.slice(start, i));
        }
        return result;
    }
    // An empty key sits where "." or "[]" is followed by ".", "[]" or the end.
    function emptyKeyAhead(string, i) {
        var step = string[i] === '.' ? 1 : (string[i] === '[' && string[i + 1] === ']' ? 2 : 0);
        if (!step) return false;
        var next = i + step;
        return next >= string.length || string[next] === '.' || (string[next] === '[' && string[next + 1] === ']');
    }
    var reIsDeepProp = /\.|\[(?:[^[\]]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\]/;
    function isKey(value, object) {
        if (isArray(value)) return false;
        var type = typeof value;
        if (type === 'number' || type === 'symbol' || type === 'boolean' || value == null || isSymbol(value)) return true;
        return /^\w*$/.test(value) || !reIsDeepProp.test(value) || (object != null && value in Object(object));
    }
    function castPath(value, object) {
        if (isArray(value)) return value;
        return isKey(value, object) ? [value] : stringToPath(toString(value));
    }
    function toPath(value) {
        if (isArray(value)) return arrayMap(value, toKey);
        return isSymbol(value) ? [value] : stringToPath(toString(value));
    }
    function baseGet(object, path) {
        path = castPath(path, object);
        var index = 0, length = path.length;
        while (object != null && index < length) object = object[toKey(path[index++])];
        return (index && index === length) ? object : undefined;
    }
    function get(object, path, defaultValue) {
        var result = object == null ? undefined : baseGet(object, path);
        return result === undefined ? defaultValue : result;
    }
    function baseAssignValue(object, key, value) {
        if (key === '__proto__') {
            Object.defineProperty(object, key, { configurable: true, enumerable: true, value: value, writable: true });
        } else {
            object[key] = value;
        }
    }
    function assignValue(object, key, value) {
        var objValue = object[key];
        if (!(hasOwn.call(object, key) && eq(objValue, value)) || (value === undefined && !(key in object))) {
            baseAssignValue(object, key, value);
        }
    }
    function baseSet(object, path, value, customizer) {
        if (!isObject(object)) return object;
        path = castPath(path, object);
        var nested = object;
        for (var index = 0; nested != null && index < path.length; index++) {
            var key = toKey(path[index]), newValue = value;
            if (key === '__proto__' || key === 'constructor' || key === 'prototype') return object;
            if (index !== path.length - 1) {
                var objValue = nested[key];
                newValue = customizer ? customizer(objValue, key, nested) : undefined;
                if (newValue === undefined) {
                    newValue = isObject(objValue) ? objValue : (isIndex(path[index + 1]) ? [] : {});
                }
            }
            assignValue(nested, key, newValue);
            nested = nested[key];
        }
        return object;
    }
    function hasPath(object, path, hasFunc) {
        path = castPath(path, object);
        var index = -1, length = path.length, result = false, key;
        while (++index < length) {
            key = toKey(path[index]);
            if (!(result = object != null && hasFunc(object, key))) break;
            object = object[key];
        }
        if (result || ++index !== length) return result;
        length = object == null ? 0 : object.length;
        return !!length && isLength(length) && isIndex(key, length) && (isArray(object) || isArguments(object));
    }
    function has(object, path) {
        return object != null && hasPath(object, path, function (o, key) { return o != null && hasOwn.call(o, key); });
    }
    function hasIn(object, path) {
        return object != null && hasPath(object, path, function (o, key) { return o != null && key in Object(o); });
    }
    function baseUnset(object, path) {
        path = castPath(path, object);
        var parent = path.length < 2 ? object : baseGet(object, baseSlice(path, 0, -1));
        return parent == null || delete parent[toKey(path[path.length - 1])];
    }

    // ---------------------------------------------------------------------------------------------
    // Deep equality (lodash's isEqual: SameValueZero, structural, same [[Class]] and compatible constructors).

    /** Pairs of objects being compared or cloned, to stop at cycles. */
    function PairStack() { this.keys = []; this.values = []; }
    PairStack.prototype.get = function (key) { var i = strictIndexOf(this.keys, key, 0); return i > -1 ? this.values[i] : undefined; };
    PairStack.prototype.set = function (key, value) {
        var i = strictIndexOf(this.keys, key, 0);
        if (i > -1) this.values[i] = value; else { this.keys.push(key); this.values.push(value); }
        return this;
    };
    PairStack.prototype['delete'] = function (key) {
        var i = strictIndexOf(this.keys, key, 0);
        if (i > -1) { this.keys.splice(i, 1); this.values.splice(i, 1); }
    };

    function baseIsEqual(value, other, partial, unordered, customizer, stack) {
        if (value === other) return true;
        if (value == null || other == null || (!isObjectLike(value) && !isObjectLike(other))) {
            return value !== value && other !== other;
        }
        return equalDeep(value, other, partial, unordered, customizer, stack || new PairStack());
    }
    function equalDeep(object, other, partial, unordered, customizer, stack) {
        if (object instanceof LodashWrapper) object = wrapperValue(object);
        if (other instanceof LodashWrapper) other = wrapperValue(other);
        var objIsArr = isArray(object), othIsArr = isArray(other);
        var objTag = objIsArr ? arrayTag : getTag(object), othTag = othIsArr ? arrayTag : getTag(other);
        if (objTag === argsTag) objTag = objectTag;
        if (othTag === argsTag) othTag = objectTag;
        var objIsObj = objTag === objectTag, isSameTag = objTag === othTag;
        if (isSameTag && isBuffer(object)) {
            if (!isBuffer(other)) return false;
            objIsArr = true;
        }
        if (isSameTag && !objIsObj) {
            return objIsArr ? equalArrays(object, other, partial, unordered, customizer, stack)
                : equalByTag(object, other, objTag, partial, unordered, customizer, stack);
        }
        if (!isSameTag) return false;
        return equalObjects(object, other, partial, unordered, customizer, stack);
    }
    function equalArrays(array, other, partial, unordered, customizer, stack) {
        var arrLength = array.length, othLength = other.length;
        if (arrLength !== othLength && !(partial && othLength > arrLength)) return false;
        var arrStacked = stack.get(array), othStacked = stack.get(other);
        if (arrStacked && othStacked) return arrStacked === other && othStacked === array;
        var result = true, seen = unordered ? [] : null;
        stack.set(array, other);
        stack.set(other, array);
        for (var index = 0; index < arrLength; index++) {
            var arrValue = array[index], othValue = other[index];
            if (customizer) {
                var compared = partial ? customizer(othValue, arrValue, index, other, array, stack)
                    : customizer(arrValue, othValue, index, array, other, stack);
                if (compared !== undefined) {
                    if (compared) continue;
                    result = false;
                    break;
                }
            }
            if (seen) {
                var found = false;
                for (var othIndex = 0; othIndex < other.length; othIndex++) {
                    if (seen.indexOf(othIndex) < 0 && (arrValue === other[othIndex] ||
                        baseIsEqual(arrValue, other[othIndex], partial, unordered, customizer, stack))) {
                        seen.push(othIndex);
                        found = true;
                        break;
                    }
                }
                if (!found) { result = false; break; }
            } else if (!(arrValue === othValue || baseIsEqual(arrValue, othValue, partial, unordered, customizer, stack))) {
                result = false;
                break;
            }
        }
        stack['delete'](array);
        stack['delete'](other);
        return result;
    }
    function equalByTag(object, other, tag, partial, unordered, customizer, stack) {
        switch (tag) {
            case boolTag:
            case dateTag:
            case numberTag:
                return eq(+object, +other);
            case errorTag:
                return object.name === other.name && object.message === other.message;
            case regexpTag:
            case stringTag:
                return object == (other + '');
            case symbolTag:
                return Symbol.prototype.valueOf.call(object) === Symbol.prototype.valueOf.call(other);
            case mapTag:
            case setTag:
                if (object.size !== other.size && !partial) return false;
                var stacked = stack.get(object);
                if (stacked) return stacked === other;
                var convert = tag === mapTag ? mapToArray : setToArray;
                stack.set(object, other);
                var result = equalArrays(convert(object), convert(other), partial, true, customizer, stack);
                stack['delete'](object);
                return result;
        }
        return false;
    }
    function equalObjects(object, other, partial, unordered, customizer, stack) {
        var objProps = getAllKeys(object), othProps = getAllKeys(other);
        if (objProps.length !== othProps.length && !partial) return false;
        var index, key;
        for (index = 0; index < objProps.length; index++) {
            key = objProps[index];
            if (!(partial ? key in other : hasOwn.call(other, key))) return false;
        }
        var objStacked = stack.get(object), othStacked = stack.get(other);
        if (objStacked && othStacked) return objStacked === other && othStacked === object;
        var result = true, skipCtor = partial;
        stack.set(object, other);
        stack.set(other, object);
        for (index = 0; index < objProps.length; index++) {
            key = objProps[index];
            var objValue = object[key], othValue = other[key], compared;
            if (customizer) {
                compared = partial ? customizer(othValue, objValue, key, other, object, stack)
                    : customizer(objValue, othValue, key, object, other, stack);
            }
            if (!(compared === undefined ? (objValue === othValue || baseIsEqual(objValue, othValue, partial, unordered, customizer, stack)) : compared)) {
                result = false;
                break;
            }
            skipCtor = skipCtor || key === 'constructor';
        }
        if (result && !skipCtor) {
            var objCtor = object.constructor, othCtor = other.constructor;
            if (objCtor !== othCtor && ('constructor' in object && 'constructor' in other) &&
                !(typeof objCtor === 'function' && objCtor instanceof objCtor && typeof othCtor === 'function' && othCtor instanceof othCtor)) {
                result = false;
            }
        }
        stack['delete'](object);
        stack['delete'](other);
        return result;
    }
    function isEqual(value, other) { return baseIsEqual(value, other, false, false); }
    function isEqualWith(value, other, customizer) {
        customizer = typeof customizer === 'function' ? customizer : undefined;
        var result = customizer ? customizer(value, other) : undefined;
        return result === undefined ? baseIsEqual(value, other, false, false, customizer) : !!result;
    }
    function baseIsMatch(object, source, props, customizer) {
        var length = props.length;
        if (object == null) return !length;
        object = Object(object);
        for (var i = 0; i < length; i++) {
            var key = props[i];
            if (!(key in object)) return false;
        }
        for (i = 0; i < length; i++) {
            key = props[i];
            var objValue = object[key], srcValue = source[key];
            var result = customizer ? customizer(objValue, srcValue, key, object, source) : undefined;
            if (result === undefined) {
                if (!(srcValue === objValue || baseIsEqual(srcValue, objValue, true, true, customizer))) return false;
            } else if (!result) {
                return false;
            }
        }
        return true;
    }
    function isMatch(object, source) { return object === source || baseIsMatch(object, source, getAllKeys(source)); }
    function isMatchWith(object, source, customizer) {
        return baseIsMatch(object, source, getAllKeys(source), typeof customizer === 'function' ? customizer : undefined);
    }

    // ---------------------------------------------------------------------------------------------
    // Cloning.

    function initCloneObject(object) {
        return (typeof object.constructor === 'function' && !isPrototype(object)) ? Object.create(Object.getPrototypeOf(object)) : {};
    }
    function cloneByTag(object, tag) {
        var Ctor = object.constructor;
        switch (tag) {
            case boolTag:
            case dateTag:
                return new Ctor(+object);
            case numberTag:
            case stringTag:
                return new Ctor(object);
            case regexpTag:
                var result = new Ctor(object.source, /\w*$/.exec(String(object))[0]);
                result.lastIndex = object.lastIndex;
                return result;
            case mapTag:
            case setTag:
                return new Ctor();
            case symbolTag:
                return Object(Symbol.prototype.valueOf.call(object));
        }
        return undefined;
    }
    var cloneableTags = {};
    [argsTag, arrayTag, boolTag, dateTag, mapTag, numberTag, objectTag, regexpTag, setTag, stringTag, symbolTag]
        .forEach(function (tag) { cloneableTags[tag] = true; });

    function baseClone(value, bitmask, customizer, key, object, stack, depth) {
        var isDeep = bitmask & CLONE_DEEP, isFlat = bitmask & CLONE_FLAT, isFull = bitmask & CLONE_SYMBOLS, result;
        if (customizer) result = object ? customizer(value, key, object, stack) : customizer(value);
        if (result !== undefined) return result;
        if (!isObject(value)) return value;
        if ((depth || 0) > 5000) throw new RangeError('Maximum call stack size exceeded');
        var isArr = isArray(value);
        if (isArr) {
            result = new value.constructor(value.length);
            if (value.length && typeof value[0] === 'string' && hasOwn.call(value, 'index')) {
                result.index = value.index;
                result.input = value.input;
            }
            if (!isDeep) return copyArray(value, result);
        } else {
            var tag = getTag(value), isFunc = tag === funcTag || tag === genTag || tag === asyncTag;
            if (isBuffer(value)) return value.slice();
            if (tag === objectTag || tag === argsTag || (isFunc && !object)) {
                result = (isFlat || isFunc) ? {} : initCloneObject(value);
                if (!isDeep) {
                    var shallowKeys = isFlat ? (isFull ? getAllKeysIn(value) : keysIn(value)) : (isFull ? getAllKeys(value) : keys(value));
                    for (var s = 0; s < shallowKeys.length; s++) assignValue(result, shallowKeys[s], value[shallowKeys[s]]);
                    return result;
                }
            } else {
                if (!cloneableTags[tag]) return object ? value : {};
                result = cloneByTag(value, tag);
            }
        }
        stack = stack || new PairStack();
        var stacked = stack.get(value);
        if (stacked) return stacked;
        stack.set(value, result);
        if (isSet(value)) {
            value.forEach(function (subValue) { result.add(baseClone(subValue, bitmask, customizer, subValue, value, stack, (depth || 0) + 1)); });
        } else if (isMap(value)) {
            value.forEach(function (subValue, subKey) { result.set(subKey, baseClone(subValue, bitmask, customizer, subKey, value, stack, (depth || 0) + 1)); });
        }
        var props = isArr ? null : (isFull ? (isFlat ? getAllKeysIn(value) : getAllKeys(value)) : (isFlat ? keysIn(value) : keys(value)));
        var count = props ? props.length : value.length;
        for (var i = 0; i < count; i++) {
            var propKey = props ? props[i] : i;
            assignValue(result, propKey, baseClone(value[propKey], bitmask, customizer, propKey, value, stack, (depth || 0) + 1));
        }
        return result;
    }
    function clone(value) { return baseClone(value, CLONE_SYMBOLS); }
    function cloneDeep(value) { return baseClone(value, CLONE_DEEP | CLONE_SYMBOLS); }
    function cloneWith(value, customizer) {
        return baseClone(value, CLONE_SYMBOLS, typeof customizer === 'function' ? customizer : undefined);
    }
    function cloneDeepWith(value, customizer) {
        return baseClone(value, CLONE_DEEP | CLONE_SYMBOLS, typeof customizer === 'function' ? customizer : undefined);
    }

    // ---------------------------------------------------------------------------------------------
    // Iteratees.

    function identity(value) { return value; }
    function constant(value) { return function () { return value; }; }
    function noop() {}
    function property(path) {
        if (isKey(path)) {
            var key = toKey(path);
            return function (object) { return object == null ? undefined : object[key]; };
        }
        return function (object) { return baseGet(object, path); };
    }
    function propertyOf(object) { return function (path) { return object == null ? undefined : baseGet(object, path); }; }
    function baseMatches(source) {
        var props = getAllKeys(source);
        if (props.length === 1 && !isObject(source[props[0]]) && source[props[0]] === source[props[0]]) {
            var key = props[0], srcValue = source[key];
            return function (object) { return object != null && object[key] === srcValue && (srcValue !== undefined || key in Object(object)); };
        }
        return function (object) { return object === source || baseIsMatch(object, source, props); };
    }
    function matches(source) { return baseMatches(baseClone(source, CLONE_DEEP)); }
    function baseMatchesProperty(path, srcValue) {
        if (isKey(path) && !isObject(srcValue) && srcValue === srcValue) {
            var key = toKey(path);
            return function (object) { return object != null && object[key] === srcValue && (srcValue !== undefined || key in Object(object)); };
        }
        return function (object) {
            var objValue = get(object, path);
            return (objValue === undefined && objValue === srcValue) ? hasIn(object, path)
                : baseIsEqual(srcValue, objValue, true, true);
        };
    }
    function matchesProperty(path, srcValue) { return baseMatchesProperty(path, baseClone(srcValue, CLONE_DEEP)); }
    function baseIteratee(value) {
        if (typeof value === 'function') return value;
        if (value == null) return identity;
        if (typeof value === 'object') return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
        return property(value);
    }
    // lodash resolves iteratees through `_.iteratee`, so scripts may replace it.
    function getIteratee(value, arity) {
        var custom = lodash.iteratee === iteratee ? baseIteratee : lodash.iteratee;
        return arguments.length ? custom(value, arity) : custom;
    }
    function iteratee(func) { return baseIteratee(typeof func === 'function' ? func : baseClone(func, CLONE_DEEP)); }

    // ---------------------------------------------------------------------------------------------
    // Collections.

    function baseEach(collection, iteratee) {
        if (collection == null) return collection;
        if (isArrayLike(collection)) {
            var iterable = Object(collection), length = collection.length;
            for (var i = 0; i < length; i++) if (iteratee(iterable[i], i, collection) === false) break;
            return collection;
        }
        var props = keys(collection);
        for (var k = 0; k < props.length; k++) if (iteratee(collection[props[k]], props[k], collection) === false) break;
        return collection;
    }
    function baseEachRight(collection, iteratee) {
        if (collection == null) return collection;
        if (isArrayLike(collection)) {
            var iterable = Object(collection);
            for (var i = collection.length - 1; i >= 0; i--) if (iteratee(iterable[i], i, collection) === false) break;
            return collection;
        }
        var props = keys(collection);
        for (var k = props.length - 1; k >= 0; k--) if (iteratee(collection[props[k]], props[k], collection) === false) break;
        return collection;
    }
    function forEach(collection, fn) { return baseEach(collection, typeof fn === 'function' ? fn : identity); }
    function forEachRight(collection, fn) { return baseEachRight(collection, typeof fn === 'function' ? fn : identity); }
    function map(collection, fn) {
        fn = getIteratee(fn, 3);
        var result = [];
        baseEach(collection, function (value, key, coll) { result.push(fn(value, key, coll)); });
        return result;
    }
    function filter(collection, predicate) {
        predicate = getIteratee(predicate, 3);
        var result = [];
        baseEach(collection, function (value, key, coll) { if (predicate(value, key, coll)) result.push(value); });
        return result;
    }
    function reject(collection, predicate) {
        predicate = getIteratee(predicate, 3);
        return filter(collection, function (value, key, coll) { return !predicate(value, key, coll); });
    }
    function every(collection, predicate, guard) {
        if (guard && isIterateeCall(collection, predicate, guard)) predicate = undefined;
        predicate = getIteratee(predicate, 3);
        var result = true;
        baseEach(collection, function (value, key, coll) { result = !!predicate(value, key, coll); return result; });
        return result;
    }
    function some(collection, predicate, guard) {
        if (guard && isIterateeCall(collection, predicate, guard)) predicate = undefined;
        predicate = getIteratee(predicate, 3);
        var result = false;
        baseEach(collection, function (value, key, coll) { result = !!predicate(value, key, coll); return !result; });
        return result;
    }
    function baseFindIndex(array, predicate, fromIndex, fromRight) {
        var length = array.length;
        for (var i = fromIndex; fromRight ? i >= 0 : i < length; fromRight ? i-- : i++) {
            if (predicate(array[i], i, array)) return i;
        }
        return -1;
    }
    function findIndex(array, predicate, fromIndex) {
        var length = array == null ? 0 : array.length;
        if (!length) return -1;
        var index = fromIndex == null ? 0 : toInteger(fromIndex);
        if (index < 0) index = Math.max(length + index, 0);
        return baseFindIndex(array, getIteratee(predicate, 3), index, false);
    }
    function findLastIndex(array, predicate, fromIndex) {
        var length = array == null ? 0 : array.length;
        if (!length) return -1;
        var index = length - 1;
        if (fromIndex !== undefined) {
            index = toInteger(fromIndex);
            index = fromIndex < 0 ? Math.max(length + index, 0) : Math.min(index, length - 1);
        }
        return baseFindIndex(array, getIteratee(predicate, 3), index, true);
    }
    function createFind(findIndexFunc) {
        return function (collection, predicate, fromIndex) {
            var iterable = Object(collection);
            if (!isArrayLike(collection)) {
                var fn = getIteratee(predicate, 3);
                var props = keys(collection);
                collection = props;
                predicate = function (key) { return fn(iterable[key], key, iterable); };
            }
            var index = findIndexFunc(collection, predicate, fromIndex);
            return index > -1 ? iterable[props ? collection[index] : index] : undefined;
        };
    }
    var find = createFind(findIndex);
    var findLast = createFind(findLastIndex);
    function baseFindKey(object, predicate, right) {
        predicate = getIteratee(predicate, 3);
        var result;
        (right ? baseEachRight : baseEach)(object == null ? object : (isArrayLike(object) ? toPlainObject(object) : object), function (value, key, coll) {
            if (predicate(value, key, coll)) { result = key; return false; }
        });
        return result;
    }
    function findKey(object, predicate) { return baseFindKey(object, predicate, false); }
    function findLastKey(object, predicate) { return baseFindKey(object, predicate, true); }
    function reduce(collection, fn, accumulator) {
        var initAccum = arguments.length < 3;
        fn = getIteratee(fn, 4);
        baseEach(collection, function (value, key, coll) {
            if (initAccum) { initAccum = false; accumulator = value; } else accumulator = fn(accumulator, value, key, coll);
        });
        return accumulator;
    }
    function reduceRight(collection, fn, accumulator) {
        var initAccum = arguments.length < 3;
        fn = getIteratee(fn, 4);
        baseEachRight(collection, function (value, key, coll) {
            if (initAccum) { initAccum = false; accumulator = value; } else accumulator = fn(accumulator, value, key, coll);
        });
        return accumulator;
    }
    function values(object) {
        if (object == null) return [];
        var props = keys(object), iterable = Object(object);
        return arrayMap(props, function (key) { return iterable[key]; });
    }
    function valuesIn(object) {
        if (object == null) return [];
        var props = keysIn(object), iterable = Object(object);
        return arrayMap(props, function (key) { return iterable[key]; });
    }
    function includes(collection, value, fromIndex, guard) {
        collection = isArrayLike(collection) ? collection : values(collection);
        fromIndex = (fromIndex && !guard) ? toInteger(fromIndex) : 0;
        var length = collection.length;
        if (fromIndex < 0) fromIndex = Math.max(length + fromIndex, 0);
        if (isString(collection)) return fromIndex <= length && String(collection).indexOf(value, fromIndex) > -1;
        return !!length && baseIndexOf(collection, value, fromIndex) > -1;
    }
    function createAggregator(setter, initializer) {
        return function (collection, fn) {
            var accumulator = initializer ? initializer() : {};
            fn = getIteratee(fn, 2);
            baseEach(collection, function (value) { setter(accumulator, value, fn(value)); });
            return accumulator;
        };
    }
    var groupBy = createAggregator(function (result, value, key) {
        if (hasOwn.call(result, key)) result[key].push(value); else baseAssignValue(result, key, [value]);
    });
    var keyBy = createAggregator(function (result, value, key) { baseAssignValue(result, key, value); });
    var countBy = createAggregator(function (result, value, key) {
        if (hasOwn.call(result, key)) ++result[key]; else baseAssignValue(result, key, 1);
    });
    var partition = createAggregator(function (result, value, key) { result[key ? 0 : 1].push(value); },
        function () { return [[], []]; });
    function flatMap(collection, fn) { return baseFlatten(map(collection, fn), 1); }
    function flatMapDeep(collection, fn) { return baseFlatten(map(collection, fn), Infinity); }
    function flatMapDepth(collection, fn, depth) {
        return baseFlatten(map(collection, fn), depth === undefined ? 1 : toInteger(depth));
    }
    function invokeMap(collection, path) {
        var args = baseSlice(arguments, 2), isFunc = typeof path === 'function';
        return map(collection, function (value) {
            return isFunc ? path.apply(value, args) : baseInvoke(value, path, args);
        });
    }
    function baseInvoke(object, path, args) {
        path = castPath(path, object);
        var parent = path.length < 2 ? object : baseGet(object, baseSlice(path, 0, -1));
        var func = parent == null ? parent : parent[toKey(path[path.length - 1])];
        return func == null ? undefined : func.apply(parent, args);
    }
    function baseRandom(lower, upper) { return lower + Math.floor(Math.random() * (upper - lower + 1)); }
    function sample(collection) {
        var array = isArrayLike(collection) ? collection : values(collection);
        return array.length ? array[baseRandom(0, array.length - 1)] : undefined;
    }
    function shuffleSelf(array, size) {
        var index = -1, length = array.length, lastIndex = length - 1;
        size = size === undefined ? length : size;
        while (++index < size) {
            var rand = baseRandom(index, lastIndex), value = array[rand];
            array[rand] = array[index];
            array[index] = value;
        }
        array.length = size;
        return array;
    }
    function sampleSize(collection, n, guard) {
        n = (guard ? isIterateeCall(collection, n, guard) : n === undefined) ? 1 : toInteger(n);
        var array = isArrayLike(collection) ? copyArray(collection) : values(collection);
        return shuffleSelf(array, clampNumber(n, 0, array.length));
    }
    function shuffle(collection) {
        return shuffleSelf(isArrayLike(collection) ? copyArray(collection) : values(collection));
    }
    function size(collection) {
        if (collection == null) return 0;
        if (isArrayLike(collection)) return isString(collection) ? stringSize(String(collection)) : collection.length;
        var tag = getTag(collection);
        if (tag === mapTag || tag === setTag) return collection.size;
        return baseKeys(collection).length;
    }
    function compareAscending(value, other) {
        if (value === other) return 0;
        var rank = sortRank(value), otherRank = sortRank(other);
        if (rank !== otherRank) return rank > otherRank ? 1 : -1;
        if (rank === 4) return 1;
        if (rank !== 0) return 0;
        if (value > other) return 1;
        if (value < other) return -1;
        return 0;
    }
    // lodash sorts plain values first, then symbols, null, undefined and NaN.
    function sortRank(value) {
        if (value === undefined) return 3;
        if (value === null) return 2;
        if (typeof value === 'symbol') return 1;
        if (value !== value) return 4;
        return 0;
    }
    function baseOrderBy(collection, iteratees, orders) {
        if (iteratees.length) {
            iteratees = arrayMap(iteratees, function (it) {
                if (isArray(it)) {
                    return function (value) { return baseGet(value, it.length === 1 ? it[0] : it); };
                }
                return getIteratee(it, 1);
            });
        } else {
            iteratees = [identity];
        }
        var index = -1, entries = [];
        baseEach(collection, function (value) {
            entries.push({ criteria: arrayMap(iteratees, function (it) { return it(value); }), index: ++index, value: value });
        });
        entries = stableSort(entries, function (object, other) {
            for (var i = 0; i < object.criteria.length; i++) {
                var result = compareAscending(object.criteria[i], other.criteria[i]);
                if (result) {
                    if (i >= orders.length) return result;
                    return result * (orders[i] === 'desc' ? -1 : 1);
                }
            }
            return object.index - other.index;
        });
        return arrayMap(entries, function (entry) { return entry.value; });
    }
    function sortBy(collection) {
        if (collection == null) return [];
        var iteratees = baseSlice(arguments, 1);
        if (iteratees.length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) iteratees = [];
        else if (iteratees.length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) iteratees = [iteratees[0]];
        return baseOrderBy(collection, baseFlatten(iteratees, 1), []);
    }
    function orderBy(collection, iteratees, orders, guard) {
        if (collection == null) return [];
        if (!isArray(iteratees)) iteratees = iteratees == null ? [] : [iteratees];
        orders = guard ? undefined : orders;
        if (!isArray(orders)) orders = orders == null ? [] : [orders];
        return baseOrderBy(collection, iteratees, orders);
    }

    // ---------------------------------------------------------------------------------------------
    // Arrays.

    function isFlattenable(value) {
        return isArray(value) || isArguments(value) || !!(symbolSpreadable && value && value[symbolSpreadable]);
    }
    function baseFlatten(array, depth, predicate, isStrict, result, level) {
        predicate = predicate || isFlattenable;
        result = result || [];
        if ((level || 0) > 10000) throw new RangeError('Maximum call stack size exceeded');
        for (var i = 0; i < array.length; i++) {
            var value = array[i];
            if (depth > 0 && predicate(value)) {
                if (depth > 1) baseFlatten(value, depth - 1, predicate, isStrict, result, (level || 0) + 1);
                else arrayPush(result, value);
            } else if (!isStrict) {
                result[result.length] = value;
            }
        }
        return result;
    }
    function chunk(array, n, guard) {
        n = (guard ? isIterateeCall(array, n, guard) : n === undefined) ? 1 : Math.max(toInteger(n), 0);
        var length = array == null ? 0 : array.length;
        if (!length || n < 1) return [];
        var result = [];
        for (var i = 0; i < length; i += n) result.push(baseSlice(array, i, i + n));
        return result;
    }
    function compact(array) {
        var result = [];
        if (array == null) return result;
        for (var i = 0; i < array.length; i++) if (array[i]) result.push(array[i]);
        return result;
    }
    function concat() {
        var length = arguments.length;
        if (!length) return [];
        var args = baseSlice(arguments, 1), array = arguments[0];
        return arrayPush(isArray(array) ? copyArray(array) : [array], baseFlatten(args, 1));
    }
    function baseDifference(array, valuesToExclude, fn, comparator) {
        var result = [], exclude = fn ? arrayMap(valuesToExclude, function (v) { return fn(v); }) : valuesToExclude;
        var set = comparator ? null : new ValueSet();
        if (set) for (var s = 0; s < exclude.length; s++) set.add(exclude[s]);
        for (var i = 0; i < array.length; i++) {
            var value = array[i], computed = fn ? fn(value) : value;
            value = (comparator || value !== 0) ? value : 0;
            if (set ? !set.has(computed) : !exclude.some(function (other) { return comparator(computed, other); })) result.push(value);
        }
        return result;
    }
    function lastArgFunction(args, skipArrays) {
        var last = args[args.length - 1];
        return (args.length > 1 && !isArrayLikeObject(last)) ? last : undefined;
    }
    function difference(array) {
        return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(baseSlice(arguments, 1), 1, isArrayLikeObject, true)) : [];
    }
    function differenceBy(array) {
        var fn = lastArgFunction(arguments), rest = baseSlice(arguments, 1, fn === undefined ? arguments.length : -1);
        return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(rest, 1, isArrayLikeObject, true), getIteratee(fn, 2)) : [];
    }
    function differenceWith(array) {
        var comparator = lastArgFunction(arguments), rest = baseSlice(arguments, 1, comparator === undefined ? arguments.length : -1);
        if (typeof comparator !== 'function') comparator = undefined;
        return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(rest, 1, isArrayLikeObject, true), undefined, comparator) : [];
    }
    function drop(array, n, guard) {
        var length = array == null ? 0 : array.length;
        if (!length) return [];
        n = (guard || n === undefined) ? 1 : toInteger(n);
        return baseSlice(array, n < 0 ? 0 : n, length);
    }
    function dropRight(array, n, guard) {
        var length = array == null ? 0 : array.length;
        if (!length) return [];
        n = (guard || n === undefined) ? 1 : toInteger(n);
        n = length - n;
        return baseSlice(array, 0, n < 0 ? 0 : n);
    }
    function baseWhile(array, predicate, isDrop, fromRight) {
        var length = array.length, index = fromRight ? length : -1;
        while ((fromRight ? index-- : ++index < length) && predicate(array[index], index, array)) { /* advance */ }
        return isDrop ? baseSlice(array, fromRight ? 0 : index, fromRight ? index + 1 : length)
            : baseSlice(array, fromRight ? index + 1 : 0, fromRight ? length : index);
    }
    function dropWhile(array, predicate) { return (array && array.length) ? baseWhile(array, getIteratee(predicate, 3), true) : []; }
    function dropRightWhile(array, predicate) { return (array && array.length) ? baseWhile(array, getIteratee(predicate, 3), true, true) : []; }
    function takeWhile(array, predicate) { return (array && array.length) ? baseWhile(array, getIteratee(predicate, 3)) : []; }
    function takeRightWhile(array, predicate) { return (array && array.length) ? baseWhile(array, getIteratee(predicate, 3), false, true) : []; }
    function take(array, n, guard) {
        if (!(array && array.length)) return [];
        n = (guard || n === undefined) ? 1 : toInteger(n);
        return baseSlice(array, 0, n < 0 ? 0 : n);
    }
    function takeRight(array, n, guard) {
        var length = array == null ? 0 : array.length;
        if (!length) return [];
        n = (guard || n === undefined) ? 1 : toInteger(n);
        n = length - n;
        return baseSlice(array, n < 0 ? 0 : n, length);
    }
    function fill(array, value, start, end) {
        var length = array == null ? 0 : array.length;
        if (!length) return [];
        if (start && typeof start !== 'number' && isIterateeCall(array, value, start)) { start = 0; end = length; }
        start = toInteger(start);
        if (start < 0) start = -start > length ? 0 : (length + start);
        end = (end === undefined || end > length) ? length : toInteger(end);
        if (end < 0) end += length;
        end = start > end ? 0 : toLength(end);
        while (start < end) array[start++] = value;
        return array;
    }
    function flatten(array) { return (array != null && array.length) ? baseFlatten(array, 1) : []; }
    function flattenDeep(array) { return (array != null && array.length) ? baseFlatten(array, Infinity) : []; }
    function flattenDepth(array, depth) {
        if (!(array != null && array.length)) return [];
        return baseFlatten(array, depth === undefined ? 1 : toInteger(depth));
    }
    function fromPairs(pairs) {
        var result = {};
        if (pairs == null) return result;
        for (var i = 0; i < pairs.length; i++) baseAssignValue(result, pairs[i][0], pairs[i][1]);
        return result;
    }
    function head(array) { return (array && array.length) ? array[0] : undefined; }
    function last(array) { var length = array == null ? 0 : array.length; return length ? array[length - 1] : undefined; }
    function initial(array) { var length = array == null ? 0 : array.length; return length ? baseSlice(array, 0, -1) : []; }
    function tail(array) { var length = array == null ? 0 : array.length; return length ? baseSlice(array, 1, length) : []; }
    function nth(array, n) {
        var length = array == null ? 0 : array.length;
        if (!length) return undefined;
        n = toInteger(n);
        n += n < 0 ? length : 0;
        return isIndex(n, length) ? array[n] : undefined;
    }
    function indexOf(array, value, fromIndex) {
        var length = array == null ? 0 : array.length;
        if (!length) return -1;
        var index = fromIndex == null ? 0 : toInteger(fromIndex);
        if (index < 0) index = Math.max(length + index, 0);
        return baseIndexOf(array, value, index);
    }
    function lastIndexOf(array, value, fromIndex) {
        var length = array == null ? 0 : array.length;
        if (!length) return -1;
        var index = length;
        if (fromIndex !== undefined) {
            index = toInteger(fromIndex);
            index = index < 0 ? Math.max(length + index, 0) : Math.min(index, length - 1);
        }
        for (var i = Math.min(index, length - 1); i >= 0; i--) if (eq(array[i], value)) return i;
        return -1;
    }
    function baseIntersection(arrays, fn, comparator) {
        var first = arrays[0], result = [], seen = new ValueSet(), seenList = [];
        var computedOthers = arrays.slice(1).map(function (other) {
            if (comparator) return other;
            var set = new ValueSet();
            for (var i = 0; i < other.length; i++) set.add(fn ? fn(other[i]) : other[i]);
            return set;
        });
        for (var i = 0; i < first.length; i++) {
            var value = first[i], computed = fn ? fn(value) : value;
            value = (comparator || value !== 0) ? value : 0;
            if (comparator ? seenList.some(function (s) { return comparator(computed, s); }) : seen.has(computed)) continue;
            var inAll = computedOthers.every(function (other) {
                return comparator ? other.some(function (o) { return comparator(computed, o); }) : other.has(computed);
            });
            if (inAll) {
                if (comparator) seenList.push(computed); else seen.add(computed);
                result.push(value);
            }
        }
        return result;
    }
    function castArrayLikeObject(value) { return isArrayLikeObject(value) ? value : []; }
    function intersection() { return baseIntersection(arrayMap(arguments, castArrayLikeObject)); }
    function intersectionBy() {
        var fn = lastArgFunction(arguments), arrays = arrayMap(baseSlice(arguments, 0, fn === undefined ? arguments.length : -1), castArrayLikeObject);
        return arrays.length ? baseIntersection(arrays, getIteratee(fn, 2)) : [];
    }
    function intersectionWith() {
        var comparator = lastArgFunction(arguments), arrays = arrayMap(baseSlice(arguments, 0, comparator === undefined ? arguments.length : -1), castArrayLikeObject);
        if (typeof comparator !== 'function') comparator = undefined;
        return arrays.length ? baseIntersection(arrays, undefined, comparator) : [];
    }
    function baseUniq(array, fn, comparator) {
        var result = [], seen = comparator ? [] : new ValueSet();
        for (var i = 0; i < array.length; i++) {
            var value = array[i], computed = fn ? fn(value) : value;
            value = (comparator || value !== 0) ? value : 0;
            if (comparator) {
                if (seen.some(function (s) { return comparator(computed, s); })) continue;
                seen.push(computed);
            } else {
                if (seen.has(computed)) continue;
                seen.add(computed);
            }
            result.push(value);
        }
        return result;
    }
    function uniq(array) { return (array && array.length) ? baseUniq(array) : []; }
    function uniqBy(array, fn) { return (array && array.length) ? baseUniq(array, getIteratee(fn, 2)) : []; }
    function uniqWith(array, comparator) {
        return (array && array.length) ? baseUniq(array, undefined, typeof comparator === 'function' ? comparator : undefined) : [];
    }
    function sortedUniq(array) { return uniq(array); }
    function sortedUniqBy(array, fn) { return uniqBy(array, fn); }
    function union() { return baseUniq(baseFlatten(arguments, 1, isArrayLikeObject, true)); }
    function unionBy() {
        var fn = lastArgFunction(arguments), arrays = baseSlice(arguments, 0, fn === undefined ? arguments.length : -1);
        return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), getIteratee(fn, 2));
    }
    function unionWith() {
        var comparator = lastArgFunction(arguments), arrays = baseSlice(arguments, 0, comparator === undefined ? arguments.length : -1);
        return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), undefined, typeof comparator === 'function' ? comparator : undefined);
    }
    function baseXor(arrays, fn, comparator) {
        var length = arrays.length;
        if (length < 2) return length ? baseUniq(arrays[0], fn, comparator) : [];
        var result = [];
        for (var i = 0; i < length; i++) {
            var others = [];
            for (var j = 0; j < length; j++) if (j !== i) arrayPush(others, arrays[j]);
            result[i] = baseDifference(arrays[i], others, fn, comparator);
        }
        return baseUniq(baseFlatten(result, 1), fn, comparator);
    }
    function xor() { return baseXor(Array.prototype.filter.call(arguments, isArrayLikeObject)); }
    function xorBy() {
        var fn = lastArgFunction(arguments), arrays = baseSlice(arguments, 0, fn === undefined ? arguments.length : -1);
        return baseXor(arrays.filter(isArrayLikeObject), getIteratee(fn, 2));
    }
    function xorWith() {
        var comparator = lastArgFunction(arguments), arrays = baseSlice(arguments, 0, comparator === undefined ? arguments.length : -1);
        return baseXor(arrays.filter(isArrayLikeObject), undefined, typeof comparator === 'function' ? comparator : undefined);
    }
    function unzip(array) {
        if (!(array && array.length)) return [];
        var length = 0;
        array = Array.prototype.filter.call(array, function (group) {
            if (isArrayLikeObject(group)) { length = Math.max(group.length, length); return true; }
            return false;
        });
        var result = new Array(length);
        for (var i = 0; i < length; i++) result[i] = arrayMap(array, function (group) { return group[i]; });
        return result;
    }
    function unzipWith(array, fn) {
        if (!(array && array.length)) return [];
        var result = unzip(array);
        if (fn == null) return result;
        return arrayMap(result, function (group) { return fn.apply(undefined, group); });
    }
    function zip() { return unzip(baseSlice(arguments, 0)); }
    function zipWith() {
        var length = arguments.length, fn = length > 1 ? arguments[length - 1] : undefined;
        fn = typeof fn === 'function' ? (length--, fn) : undefined;
        return unzipWith(baseSlice(arguments, 0, length), fn);
    }
    function zipObject(props, vals) {
        var result = {};
        props = props || [];
        vals = vals || [];
        for (var i = 0; i < props.length; i++) assignValue(result, props[i], i < vals.length ? vals[i] : undefined);
        return result;
    }
    function zipObjectDeep(props, vals) {
        var result = {};
        props = props || [];
        vals = vals || [];
        for (var i = 0; i < props.length; i++) baseSet(result, props[i], i < vals.length ? vals[i] : undefined);
        return result;
    }
    function createRange(fromRight) {
        return function (start, end, step) {
            if (step && typeof step !== 'number' && isIterateeCall(start, end, step)) end = step = undefined;
            start = toFinite(start);
            if (end === undefined) { end = start; start = 0; } else end = toFinite(end);
            step = step === undefined ? (start < end ? 1 : -1) : toFinite(step);
            var length = Math.max(Math.ceil((end - start) / (step || 1)), 0), result = new Array(length);
            if (length > MAX_ARRAY_LENGTH) throw new RangeError('Invalid array length');
            var index = -1;
            while (length--) { result[fromRight ? length : ++index] = start; start += step; }
            return result;
        };
    }
    var range = createRange(false);
    var rangeRight = createRange(true);
    function without(array) {
        return isArrayLikeObject(array) ? baseDifference(array, baseSlice(arguments, 1)) : [];
    }
    function basePullAll(array, vals, fn, comparator) {
        for (var v = 0; v < vals.length; v++) {
            var value = vals[v], computed = fn ? fn(value) : value;
            for (var i = array.length - 1; i >= 0; i--) {
                var current = fn ? fn(array[i]) : array[i];
                if (comparator ? comparator(current, computed) : eq(current, computed)) array.splice(i, 1);
            }
        }
        return array;
    }
    function pull(array) { return (array && array.length && arguments.length > 1) ? basePullAll(array, baseSlice(arguments, 1)) : array; }
    function pullAll(array, vals) { return (array && array.length && vals && vals.length) ? basePullAll(array, vals) : array; }
    function pullAllBy(array, vals, fn) {
        return (array && array.length && vals && vals.length) ? basePullAll(array, vals, getIteratee(fn, 2)) : array;
    }
    function pullAllWith(array, vals, comparator) {
        return (array && array.length && vals && vals.length) ? basePullAll(array, vals, undefined, comparator) : array;
    }
    function basePullAt(array, indexes) {
        var sorted = stableSort(indexes.slice(), compareAscending), previous;
        for (var i = sorted.length - 1; i >= 0; i--) {
            var index = sorted[i];
            if (index !== previous) {
                previous = index;
                if (isIndex(index)) array.splice(index, 1); else baseUnset(array, index);
            }
        }
        return array;
    }
    function pullAt(array) {
        var indexes = baseFlatten(baseSlice(arguments, 1), 1), length = array == null ? 0 : array.length;
        var result = arrayMap(indexes, function (path) { return array == null ? undefined : get(array, path); });
        basePullAt(array, arrayMap(indexes, function (index) { return isIndex(index, length) ? +index : index; }));
        return result;
    }
    function remove(array, predicate) {
        var result = [];
        if (!(array && array.length)) return result;
        var indexes = [];
        predicate = getIteratee(predicate, 3);
        for (var i = 0; i < array.length; i++) {
            if (predicate(array[i], i, array)) { result.push(array[i]); indexes.push(i); }
        }
        basePullAt(array, indexes);
        return result;
    }
    function reverse(array) { return array == null ? array : arrayProto.reverse.call(array); }
    function slice(array, start, end) {
        var length = array == null ? 0 : array.length;
        if (!length) return [];
        if (end && typeof end !== 'number' && isIterateeCall(array, start, end)) { start = 0; end = length; }
        start = start == null ? 0 : toInteger(start);
        end = end === undefined ? length : toInteger(end);
        return baseSlice(array, start, end);
    }
    function join(array, separator) { return array == null ? '' : arrayProto.join.call(array, separator); }
    function baseSortedIndex(array, value, retHighest) {
        var low = 0, high = array == null ? low : array.length;
        if (typeof value === 'number' && value === value && high <= HALF_MAX_ARRAY_LENGTH) {
            while (low < high) {
                var mid = (low + high) >>> 1, computed = array[mid];
                if (computed !== null && !isSymbol(computed) && (retHighest ? (computed <= value) : (computed < value))) low = mid + 1;
                else high = mid;
            }
            return high;
        }
        return baseSortedIndexBy(array, value, identity, retHighest);
    }
    function baseSortedIndexBy(array, value, fn, retHighest) {
        var low = 0, high = array == null ? 0 : array.length;
        if (high === 0) return 0;
        value = fn(value);
        var valIsNaN = value !== value, valIsNull = value === null, valIsSymbol = isSymbol(value), valIsUndefined = value === undefined;
        while (low < high) {
            var mid = Math.floor((low + high) / 2), computed = fn(array[mid]);
            var othIsDefined = computed !== undefined, othIsNull = computed === null, othIsReflexive = computed === computed,
                othIsSymbol = isSymbol(computed), setLow;
            if (valIsNaN) setLow = retHighest || othIsReflexive;
            else if (valIsUndefined) setLow = othIsReflexive && (retHighest || othIsDefined);
            else if (valIsNull) setLow = othIsReflexive && othIsDefined && (retHighest || !othIsNull);
            else if (valIsSymbol) setLow = othIsReflexive && othIsDefined && !othIsNull && (retHighest || !othIsSymbol);
            else if (othIsNull || othIsSymbol) setLow = false;
            else setLow = retHighest ? (computed <= value) : (computed < value);
            if (setLow) low = mid + 1; else high = mid;
        }
        return Math.min(high, MAX_ARRAY_INDEX);
    }
    function sortedIndex(array, value) { return baseSortedIndex(array, value); }
    function sortedIndexBy(array, value, fn) { return baseSortedIndexBy(array, value, getIteratee(fn, 2)); }
    function sortedLastIndex(array, value) { return baseSortedIndex(array, value, true); }
    function sortedLastIndexBy(array, value, fn) { return baseSortedIndexBy(array, value, getIteratee(fn, 2), true); }
    function sortedIndexOf(array, value) {
        var length = array == null ? 0 : array.length;
        if (length) {
            var index = baseSortedIndex(array, value);
            if (index < length && eq(array[index], value)) return index;
        }
        return -1;
    }
    function sortedLastIndexOf(array, value) {
        var length = array == null ? 0 : array.length;
        if (length) {
            var index = baseSortedIndex(array, value, true) - 1;
            if (index >= 0 && eq(array[index], value)) return index;
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------
    // Objects.

    function createAssigner(assigner) {
        return function (object) {
            var sources = baseSlice(arguments, 1), length = sources.length;
            var customizer = length > 1 ? sources[length - 1] : undefined;
            var guard = length > 2 ? sources[2] : undefined;
            customizer = (assigner.takesCustomizer && typeof customizer === 'function') ? (length--, customizer) : undefined;
            if (guard && isIterateeCall(sources[0], sources[1], guard)) { customizer = undefined; length = 1; }
            object = Object(object);
            for (var i = 0; i < length; i++) if (sources[i]) assigner(object, sources[i], i, customizer);
            return object;
        };
    }
    function copyWith(object, source, props, customizer) {
        for (var i = 0; i < props.length; i++) {
            var key = props[i];
            var newValue = customizer ? customizer(object[key], source[key], key, object, source) : undefined;
            if (newValue === undefined) newValue = source[key];
            assignValue(object, key, newValue);
        }
    }
    function assignInto(object, source, index, customizer) { copyWith(object, source, keys(source), customizer); }
    function assignInInto(object, source, index, customizer) { copyWith(object, source, keysIn(source), customizer); }
    var assign = createAssigner(assignInto);
    var assignIn = createAssigner(assignInInto);
    assignInto.takesCustomizer = false;
    var assignWithInto = function (o, s, i, c) { assignInto(o, s, i, c); };
    assignWithInto.takesCustomizer = true;
    var assignInWithInto = function (o, s, i, c) { assignInInto(o, s, i, c); };
    assignInWithInto.takesCustomizer = true;
    var assignWith = createAssigner(assignWithInto);
    var assignInWith = createAssigner(assignInWithInto);

    function defaults(object) {
        object = Object(object);
        var sources = baseSlice(arguments, 1), length = sources.length;
        var guard = length > 2 ? sources[2] : undefined;
        if (guard && isIterateeCall(sources[0], sources[1], guard)) length = 1;
        for (var i = 0; i < length; i++) {
            var source = sources[i];
            if (source == null) continue;
            var props = keysIn(source);
            for (var p = 0; p < props.length; p++) {
                var key = props[p], value = object[key];
                if (value === undefined || (eq(value, objectProto[key]) && !hasOwn.call(object, key))) object[key] = source[key];
            }
        }
        return object;
    }
    function safeGet(object, key) {
        if (key === 'constructor' && typeof object[key] === 'function') return undefined;
        if (key === '__proto__') return undefined;
        return object[key];
    }
    function assignMergeValue(object, key, value) {
        if ((value !== undefined && !eq(object[key], value)) || (value === undefined && !(key in object))) {
            baseAssignValue(object, key, value);
        }
    }
    function baseMerge(object, source, srcIndex, customizer, stack, depth) {
        if (object === source) return;
        if ((depth || 0) > 2000) throw new RangeError('Maximum call stack size exceeded');
        var props = keysIn(source);
        for (var i = 0; i < props.length; i++) {
            var key = props[i], srcValue = source[key];
            stack = stack || new PairStack();
            if (isObject(srcValue)) {
                baseMergeDeep(object, source, key, srcIndex, customizer, stack, depth || 0);
            } else {
                var newValue = customizer ? customizer(safeGet(object, key), srcValue, key + '', object, source, stack) : undefined;
                if (newValue === undefined) newValue = srcValue;
                assignMergeValue(object, key, newValue);
            }
        }
    }
    function baseMergeDeep(object, source, key, srcIndex, customizer, stack, depth) {
        var objValue = safeGet(object, key), srcValue = safeGet(source, key), stacked = stack.get(srcValue);
        if (stacked) { assignMergeValue(object, key, stacked); return; }
        var newValue = customizer ? customizer(objValue, srcValue, key + '', object, source, stack) : undefined;
        var isCommon = newValue === undefined;
        if (isCommon) {
            var isArr = isArray(srcValue), isBuff = !isArr && isBuffer(srcValue);
            newValue = srcValue;
            if (isArr || isBuff) {
                if (isArray(objValue)) newValue = objValue;
                else if (isArrayLikeObject(objValue)) newValue = copyArray(objValue);
                else if (isBuff) { isCommon = false; newValue = srcValue.slice(); }
                else newValue = [];
            } else if (isPlainObject(srcValue) || isArguments(srcValue)) {
                newValue = objValue;
                if (isArguments(objValue)) newValue = toPlainObject(objValue);
                else if (!isObject(objValue) || isFunction(objValue)) newValue = initCloneObject(srcValue);
            } else {
                isCommon = false;
            }
        }
        if (isCommon) {
            stack.set(srcValue, newValue);
            baseMerge(newValue, srcValue, srcIndex, customizer, stack, depth + 1);
            stack['delete'](srcValue);
        }
        assignMergeValue(object, key, newValue);
    }
    function merge(object) {
        object = Object(object);
        for (var i = 1; i < arguments.length; i++) if (arguments[i]) baseMerge(object, arguments[i], i - 1);
        return object;
    }
    function mergeWith(object) {
        var length = arguments.length, customizer = length > 2 ? arguments[length - 1] : undefined;
        if (typeof customizer === 'function') length--; else customizer = undefined;
        object = Object(object);
        for (var i = 1; i < length; i++) if (arguments[i]) baseMerge(object, arguments[i], i - 1, customizer);
        return object;
    }
    function customDefaultsMerge(objValue, srcValue, key, object, source, stack) {
        if (isObject(objValue) && isObject(srcValue)) {
            stack.set(srcValue, objValue);
            baseMerge(objValue, srcValue, undefined, customDefaultsMerge, stack);
            stack['delete'](srcValue);
        }
        return objValue;
    }
    function defaultsDeep() {
        var args = baseSlice(arguments, 0);
        args.push(undefined, customDefaultsMerge);
        return mergeWith.apply(undefined, args);
    }
    function set(object, path, value) { return object == null ? object : baseSet(object, path, value); }
    function setWith(object, path, value, customizer) {
        return object == null ? object : baseSet(object, path, value, typeof customizer === 'function' ? customizer : undefined);
    }
    function unset(object, path) { return object == null ? true : baseUnset(object, path); }
    function update(object, path, updater) {
        return object == null ? object : baseSet(object, path, (typeof updater === 'function' ? updater : identity)(baseGet(object, path)));
    }
    function updateWith(object, path, updater, customizer) {
        return object == null ? object : baseSet(object, path, (typeof updater === 'function' ? updater : identity)(baseGet(object, path)),
            typeof customizer === 'function' ? customizer : undefined);
    }
    function basePickBy(object, paths, predicate) {
        var result = {};
        for (var i = 0; i < paths.length; i++) {
            var path = paths[i], value = baseGet(object, path);
            if (predicate(value, path)) baseSet(result, castPath(path, object), value);
        }
        return result;
    }
    function pick(object) {
        if (object == null) return {};
        var paths = baseFlatten(baseSlice(arguments, 1), 1);
        return basePickBy(object, paths, function (value, path) { return hasIn(object, path); });
    }
    function pickBy(object, predicate) {
        if (object == null) return {};
        var props = arrayMap(getAllKeysIn(object), function (prop) { return [prop]; });
        predicate = getIteratee(predicate);
        return basePickBy(object, props, function (value, path) { return predicate(value, path[0]); });
    }
    function omit(object) {
        var result = {};
        if (object == null) return result;
        var isDeep = false;
        var paths = arrayMap(baseFlatten(baseSlice(arguments, 1), 1), function (path) {
            path = castPath(path, object);
            isDeep = isDeep || path.length > 1;
            return path;
        });
        var props = getAllKeysIn(object);
        for (var i = 0; i < props.length; i++) assignValue(result, props[i], object[props[i]]);
        if (isDeep) {
            result = baseClone(result, CLONE_DEEP | CLONE_FLAT | CLONE_SYMBOLS, function (value) { return isPlainObject(value) ? undefined : value; });
        }
        for (var p = 0; p < paths.length; p++) baseUnset(result, paths[p]);
        return result;
    }
    function omitBy(object, predicate) {
        predicate = getIteratee(predicate);
        return pickBy(object, function (value, key) { return !predicate(value, key); });
    }
    function createToPairs(keysFunc) {
        return function (object) {
            var tag = getTag(object);
            if (tag === mapTag) return mapToArray(object);
            if (tag === setTag) return arrayMap(setToArray(object), function (value) { return [value, value]; });
            return arrayMap(keysFunc(object), function (key) { return [key, object[key]]; });
        };
    }
    var toPairs = createToPairs(keys);
    var toPairsIn = createToPairs(keysIn);
    function baseForOwn(object, fn) {
        if (object == null) return object;
        var props = keys(object);
        for (var i = 0; i < props.length; i++) if (fn(object[props[i]], props[i], object) === false) break;
        return object;
    }
    function mapValues(object, fn) {
        var result = {};
        fn = getIteratee(fn, 3);
        baseForOwn(object, function (value, key, obj) { baseAssignValue(result, key, fn(value, key, obj)); });
        return result;
    }
    function mapKeys(object, fn) {
        var result = {};
        fn = getIteratee(fn, 3);
        baseForOwn(object, function (value, key, obj) { baseAssignValue(result, fn(value, key, obj), value); });
        return result;
    }
    function invertKey(value) {
        if (value != null && typeof value.toString !== 'function') value = objectToString.call(value);
        return value;
    }
    function invert(object) {
        var result = {};
        baseForOwn(object, function (value, key) { result[invertKey(value)] = key; });
        return result;
    }
    function invertBy(object, fn) {
        var result = {};
        fn = getIteratee(fn);
        baseForOwn(object, function (value, key) {
            value = invertKey(fn(value));
            if (hasOwn.call(result, value)) result[value].push(key); else baseAssignValue(result, value, [key]);
        });
        return result;
    }
    function forOwn(object, fn) { return baseForOwn(object, typeof fn === 'function' ? fn : identity); }
    function forOwnRight(object, fn) {
        if (object == null) return object;
        fn = typeof fn === 'function' ? fn : identity;
        var props = keys(object);
        for (var i = props.length - 1; i >= 0; i--) if (fn(object[props[i]], props[i], object) === false) break;
        return object;
    }
    function forIn(object, fn) {
        if (object == null) return object;
        fn = typeof fn === 'function' ? fn : identity;
        var props = keysIn(object);
        for (var i = 0; i < props.length; i++) if (fn(object[props[i]], props[i], object) === false) break;
        return object;
    }
    function forInRight(object, fn) {
        if (object == null) return object;
        fn = typeof fn === 'function' ? fn : identity;
        var props = keysIn(object);
        for (var i = props.length - 1; i >= 0; i--) if (fn(object[props[i]], props[i], object) === false) break;
        return object;
    }
    function functions(object) { return object == null ? [] : keys(object).filter(function (key) { return isFunction(object[key]); }); }
    function functionsIn(object) { return object == null ? [] : keysIn(object).filter(function (key) { return isFunction(object[key]); }); }
    function result(object, path, defaultValue) {
        path = castPath(path, object);
        var index = -1, length = path.length;
        if (!length) { length = 1; object = undefined; }
        while (++index < length) {
            var value = object == null ? undefined : object[toKey(path[index])];
            if (value === undefined) { index = length; value = defaultValue; }
            object = isFunction(value) ? value.call(object) : value;
        }
        return object;
    }
    function transform(object, fn, accumulator) {
        var isArr = isArray(object), isArrLike = isArr || isBuffer(object);
        fn = getIteratee(fn, 4);
        if (accumulator == null) {
            var Ctor = object && object.constructor;
            if (isArrLike) accumulator = isArr ? new Ctor() : [];
            else if (isObject(object)) accumulator = isFunction(Ctor) ? Object.create(Object.getPrototypeOf(object)) : {};
            else accumulator = {};
        }
        (isArrLike ? baseEach : baseForOwn)(object, function (value, index, obj) { return fn(accumulator, value, index, obj); });
        return accumulator;
    }
    function at(object) {
        var paths = baseFlatten(baseSlice(arguments, 1), 1);
        return arrayMap(paths, function (path) { return object == null ? undefined : get(object, path); });
    }
    function create(prototype, properties) {
        var result = Object.create(isObject(prototype) ? prototype : null);
        if (!isObject(prototype)) Object.setPrototypeOf(result, objectProto);
        return properties == null ? result : assign(result, properties);
    }
    function invoke(object, path) { return baseInvoke(object, path, baseSlice(arguments, 2)); }
    function conformsTo(object, source) {
        var props = keys(source);
        if (object == null) return !props.length;
        object = Object(object);
        for (var i = 0; i < props.length; i++) {
            var key = props[i];
            if ((object[key] === undefined && !(key in object)) || !source[key](object[key])) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Strings.

    // lodash's deburr table for U+00C0…U+017F, in code-point order (U+00D7 and U+00F7 are kept).
    var deburrTable = ('A|A|A|A|A|A|Ae|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O|O|U|U|U|U|Y|Th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|' +
        'd|n|o|o|o|o|o|o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|' +
        'H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|\'n|N|n|O|o|O|o|O|o|Oe|oe|' +
        'R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s').split('|');
    function deburrChar(ch) {
        var code = ch.charCodeAt(0);
        if (code === 0xd7 || code === 0xf7) return ch;
        var index = code - 0xc0 - (code > 0xf7 ? 2 : (code > 0xd7 ? 1 : 0));
        return deburrTable[index];
    }
    var reComboMark = /[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]/g;
    function deburr(string) {
        string = toString(string);
        return string.replace(/[\xc0-\xd6\xd8-\xf6\xf8-\u017f]/g, deburrChar).replace(reComboMark, '');
    }
    // Word classes as lodash defines them: upper/lower Latin letters, digits, break characters
    // (ASCII and Latin-1 punctuation, General Punctuation, spaces) and "misc" (all other letters).
    var rsBreak = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7\\u2000-\\u206f\\ufeff\\u1680\\u180e\\u3000\\u2028\\u2029';
    var rsLowerRange = 'a-z\\xdf-\\xf6\\xf8-\\xff', rsUpperRange = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
    var rsUpper = '[' + rsUpperRange + ']', rsLower = '[' + rsLowerRange + ']';
    var rsMisc = '[^' + rsBreak + '\\ud800-\\udfff0-9\\u2700-\\u27bf' + rsLowerRange + rsUpperRange + ']';
    var rsMiscLower = '(?:' + rsLower + '|' + rsMisc + ')', rsMiscUpper = '(?:' + rsUpper + '|' + rsMisc + ')';
    var rsContrLower = "(?:['\u2019](?:d|ll|m|re|s|t|ve))?", rsContrUpper = "(?:['\u2019](?:D|LL|M|RE|S|T|VE))?";
    var reUnicodeWord = new RegExp([
        rsUpper + '?' + rsLower + '+' + rsContrLower + '(?=[' + rsBreak + ']|' + rsUpper + '|$)',
        rsMiscUpper + '+' + rsContrUpper + '(?=[' + rsBreak + ']|' + rsUpper + rsMiscLower + '|$)',
        rsUpper + '?' + rsMiscLower + '+' + rsContrLower,
        rsUpper + '+' + rsContrUpper,
        '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])',
        '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])',
        '\\d+'
    ].join('|'), 'g');
    var reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
    var reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
    function words(string, pattern, guard) {
        string = toString(string);
        pattern = guard ? undefined : pattern;
        if (pattern === undefined) {
            return string.match(reHasUnicodeWord.test(string) ? reUnicodeWord : reAsciiWord) || [];
        }
        return string.match(pattern) || [];
    }
    function createCompounder(callback) {
        return function (string) {
            var list = words(deburr(string).replace(/['\u2019]/g, '')), result = '';
            for (var i = 0; i < list.length; i++) result = callback(result, list[i], i);
            return result;
        };
    }
    var reHasUnicode = /[\u200d\ud800-\udfff\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff\ufe0e\ufe0f]/;
    /** Splits a string into user-perceived symbols: astral pairs and combining marks stay together. */
    function stringToSymbols(string) {
        if (!reHasUnicode.test(string)) return string.split('');
        return string.match(/(?:[\ud800-\udbff][\udc00-\udfff]|[\s\S])[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff\ufe0e\ufe0f]*(?:\u200d(?:[\ud800-\udbff][\udc00-\udfff]|[\s\S])[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff\ufe0e\ufe0f]*)*/g) || [];
    }
    function stringSize(string) { return reHasUnicode.test(string) ? stringToSymbols(string).length : string.length; }
    function createCaseFirst(methodName) {
        return function (string) {
            string = toString(string);
            if (!string) return '';
            var symbols = reHasUnicode.test(string) ? stringToSymbols(string) : null;
            var first = symbols ? symbols[0] : string.charAt(0);
            var rest = symbols ? symbols.slice(1).join('') : string.slice(1);
            return first[methodName]() + rest;
        };
    }
    var upperFirst = createCaseFirst('toUpperCase');
    var lowerFirst = createCaseFirst('toLowerCase');
    function capitalize(string) { return upperFirst(toString(string).toLowerCase()); }
    var camelCase = createCompounder(function (result, word, index) {
        word = word.toLowerCase();
        return result + (index ? capitalize(word) : word);
    });
    var kebabCase = createCompounder(function (result, word, index) { return result + (index ? '-' : '') + word.toLowerCase(); });
    var snakeCase = createCompounder(function (result, word, index) { return result + (index ? '_' : '') + word.toLowerCase(); });
    var lowerCase = createCompounder(function (result, word, index) { return result + (index ? ' ' : '') + word.toLowerCase(); });
    var upperCase = createCompounder(function (result, word, index) { return result + (index ? ' ' : '') + word.toUpperCase(); });
    var startCase = createCompounder(function (result, word, index) { return result + (index ? ' ' : '') + upperFirst(word); });
    function baseRepeat(string, n) {
        var result = '';
        if (!string || n < 1 || n > MAX_SAFE_INTEGER) return result;
        do {
            if (n % 2) result += string;
            n = Math.floor(n / 2);
            if (n) string += string;
        } while (n);
        return result;
    }
    function repeat(string, n, guard) {
        n = (guard ? isIterateeCall(string, n, guard) : n === undefined) ? 1 : toInteger(n);
        return baseRepeat(toString(string), n);
    }
    function createPadding(length, chars) {
        chars = chars === undefined ? ' ' : baseToString(chars);
        var charsLength = chars.length;
        if (charsLength < 2) return charsLength ? baseRepeat(chars, length) : chars;
        var result = baseRepeat(chars, Math.ceil(length / stringSize(chars)));
        return reHasUnicode.test(chars) ? stringToSymbols(result).slice(0, length).join('') : result.slice(0, length);
    }
    function pad(string, length, chars) {
        string = toString(string);
        length = toInteger(length);
        var strLength = length ? stringSize(string) : 0;
        if (!length || strLength >= length) return string;
        var mid = (length - strLength) / 2;
        return createPadding(Math.floor(mid), chars) + string + createPadding(Math.ceil(mid), chars);
    }
    function padStart(string, length, chars) {
        string = toString(string);
        length = toInteger(length);
        var strLength = length ? stringSize(string) : 0;
        return (length && strLength < length) ? (createPadding(length - strLength, chars) + string) : string;
    }
    function padEnd(string, length, chars) {
        string = toString(string);
        length = toInteger(length);
        var strLength = length ? stringSize(string) : 0;
        return (length && strLength < length) ? (string + createPadding(length - strLength, chars)) : string;
    }
    function startsWith(string, target, position) {
        string = toString(string);
        position = position == null ? 0 : clampNumber(toInteger(position), 0, string.length);
        target = baseToString(target);
        return string.slice(position, position + target.length) === target;
    }
    function endsWith(string, target, position) {
        string = toString(string);
        target = baseToString(target);
        var length = string.length;
        position = position === undefined ? length : clampNumber(toInteger(position), 0, length);
        var end = position;
        position -= target.length;
        return position >= 0 && string.slice(position, end) === target;
    }
    var reWhitespaceChar = /\s/;
    function createTrim(fromStart, fromEnd) {
        return function (string, chars, guard) {
            string = toString(string);
            if (!string) return string;
            if (guard || chars === undefined) {
                var start = 0, end = string.length;
                if (fromStart) while (start < end && reWhitespaceChar.test(string.charAt(start))) start++;
                if (fromEnd) while (end > start && reWhitespaceChar.test(string.charAt(end - 1))) end--;
                return string.slice(start, end);
            }
            chars = baseToString(chars);
            if (!chars) return string;
            var symbols = stringToSymbols(string), charSymbols = stringToSymbols(chars);
            var s = 0, e = symbols.length;
            if (fromStart) while (s < e && charSymbols.indexOf(symbols[s]) > -1) s++;
            if (fromEnd) while (e > s && charSymbols.indexOf(symbols[e - 1]) > -1) e--;
            return symbols.slice(s, e).join('');
        };
    }
    var trim = createTrim(true, true);
    var trimStart = createTrim(true, false);
    var trimEnd = createTrim(false, true);
    function split(string, separator, limit) {
        if (limit && typeof limit !== 'number' && isIterateeCall(string, separator, limit)) separator = limit = undefined;
        limit = limit === undefined ? MAX_ARRAY_LENGTH : limit >>> 0;
        if (!limit) return [];
        string = toString(string);
        if (string && (typeof separator === 'string' || (separator != null && !isRegExp(separator)))) {
            separator = baseToString(separator);
            if (!separator && reHasUnicode.test(string)) return stringToSymbols(string).slice(0, limit);
        }
        return string.split(separator, limit);
    }
    function truncate(string, options) {
        var length = 30, omission = '...', separator;
        if (isObject(options)) {
            separator = 'separator' in options ? options.separator : separator;
            length = 'length' in options ? toInteger(options.length) : length;
            omission = 'omission' in options ? baseToString(options.omission) : omission;
        }
        string = toString(string);
        var symbols = reHasUnicode.test(string) ? stringToSymbols(string) : null;
        var strLength = symbols ? symbols.length : string.length;
        if (length >= strLength) return string;
        var end = length - stringSize(omission);
        if (end < 1) return omission;
        var result = symbols ? symbols.slice(0, end).join('') : string.slice(0, end);
        if (separator === undefined) return result + omission;
        if (symbols) end += result.length - end;
        if (isRegExp(separator)) {
            if (string.slice(end).search(separator)) {
                var match, substring = result, newEnd;
                var flags = /\w*$/.exec(String(separator))[0];
                var global = separator.global ? separator : new RegExp(separator.source, flags + 'g');
                global.lastIndex = 0;
                while ((match = global.exec(substring))) {
                    newEnd = match.index;
                    if (match[0] === '') global.lastIndex++;
                }
                result = result.slice(0, newEnd === undefined ? end : newEnd);
            }
        } else if (string.indexOf(baseToString(separator), end) !== end) {
            var index = result.lastIndexOf(separator);
            if (index > -1) result = result.slice(0, index);
        }
        return result + omission;
    }
    var htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    var htmlUnescapes = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
    function escape(string) {
        string = toString(string);
        return /[&<>"']/.test(string) ? string.replace(/[&<>"']/g, function (ch) { return htmlEscapes[ch]; }) : string;
    }
    function unescape(string) {
        string = toString(string);
        return /&(?:amp|lt|gt|quot|#39);/.test(string)
            ? string.replace(/&(?:amp|lt|gt|quot|#39);/g, function (entity) { return htmlUnescapes[entity]; }) : string;
    }
    function escapeRegExp(string) {
        string = toString(string);
        return string.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    function toLower(value) { return toString(value).toLowerCase(); }
    function toUpper(value) { return toString(value).toUpperCase(); }
    function replace() {
        var args = arguments, string = toString(args[0]);
        return args.length < 3 ? string : string.replace(args[1], args[2]);
    }
    function lodashParseInt(string, radix, guard) {
        if (guard || radix == null) radix = 0; else if (radix) radix = +radix;
        return parseInt(toString(string).replace(/^\s+/, ''), radix || 0);
    }

    // Template compilation. lodash's real `template` wraps the body in `with (obj)`; PostieScript has no
    // `with`, so the data object's property names become parameters (compiled once per set of names).
    var reEsTemplate = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/;
    var reInterpolate = /<%=([\s\S]+?)%>/g;
    var templateSettings = {
        escape: /<%-([\s\S]+?)%>/g,
        evaluate: /<%([\s\S]+?)%>/g,
        interpolate: reInterpolate,
        variable: '',
        imports: { _: lodash }
    };
    var stringEscapes = { '\\': '\\', "'": "'", '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' };
    var reIdentifier = /^[A-Za-z_$][\w$]*$/;
    var reservedWords = ('break case catch class const continue debugger default delete do else export extends false finally for ' +
        'function if import in instanceof new null return super switch this throw true try typeof var void while with yield ' +
        'let static enum await implements package protected interface private public arguments eval undefined NaN Infinity').split(' ');
    function template(string, options, guard) {
        var settings = lodash.templateSettings;
        if (guard && isIterateeCall(string, options, guard)) options = undefined;
        string = toString(string);
        options = assignInWith({}, options, settings, function (objValue, srcValue, key, object) {
            return (objValue === undefined || (eq(objValue, objectProto[key]) && !hasOwn.call(object, key))) ? srcValue : objValue;
        });
        var imports = assignInWith({}, options.imports, settings.imports, function (objValue, srcValue) {
            return objValue === undefined ? srcValue : objValue;
        });
        var importsKeys = keys(imports), importsValues = values(imports);
        var interpolate = options.interpolate || /($^)/;
        var reDelimiters = new RegExp((options.escape || /($^)/).source + '|' + interpolate.source + '|' +
            (interpolate === reInterpolate ? reEsTemplate : /($^)/).source + '|' + (options.evaluate || /($^)/).source + '|$', 'g');
        var index = 0, source = "__p += '", isEscaping = false, isEvaluating = false;
        string.replace(reDelimiters, function (match, escapeValue, interpolateValue, esTemplateValue, evaluateValue, offset) {
            interpolateValue = interpolateValue || esTemplateValue;
            source += string.slice(index, offset).replace(/['\n\r\u2028\u2029\\]/g, function (ch) { return '\\' + stringEscapes[ch]; });
            if (escapeValue) { isEscaping = true; source += "' +\n__e(" + escapeValue + ") +\n'"; }
            if (evaluateValue) { isEvaluating = true; source += "';\n" + evaluateValue + ";\n__p += '"; }
            if (interpolateValue) source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'";
            index = offset + match.length;
            return match;
        });
        source += "';\n";
        var variable = hasOwn.call(options, 'variable') && options.variable;
        if (variable && /[()=,{}[\]/\s]/.test(variable)) throw new Error('Invalid `variable` option passed into `_.template`');
        var body = 'var __t, __p = \'\'' + (isEscaping ? ', __e = _.escape' : '') +
            (isEvaluating ? ', __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, \'\') }\n' : ';\n') +
            source + 'return __p\n';
        var compiled = {};
        function compile(names) {
            var cacheKey = names.join(',');
            if (!compiled[cacheKey]) {
                var params = importsKeys.concat([variable || 'obj']).concat(names);
                compiled[cacheKey] = Function.apply(undefined, params.concat([body]));
            }
            return compiled[cacheKey];
        }
        if (!variable) compile([]);
        var render = function (data) {
            var names = [], vals = [];
            if (!variable && data != null) {
                for (var key in Object(data)) {
                    if (reIdentifier.test(key) && reservedWords.indexOf(key) < 0 && importsKeys.indexOf(key) < 0 && key !== 'obj' &&
                        key.indexOf('__') !== 0 && key !== 'print') {
                        names.push(key);
                        vals.push(data[key]);
                    }
                }
            }
            return compile(names).apply(this, importsValues.concat([data]).concat(vals));
        };
        render.source = 'function(' + (variable || 'obj') + ') {\n' + body + '}';
        return render;
    }

    // ---------------------------------------------------------------------------------------------
    // Math and numbers.

    function createMathOperation(operator, defaultValue) {
        return function (value, other) {
            if (value === undefined && other === undefined) return defaultValue;
            var result;
            if (value !== undefined) result = value;
            if (other !== undefined) {
                if (result === undefined) return other;
                if (typeof value === 'string' || typeof other === 'string') { value = baseToString(value); other = baseToString(other); }
                else { value = toNumber(value); other = toNumber(other); }
                result = operator(value, other);
            }
            return result;
        };
    }
    var add = createMathOperation(function (a, b) { return a + b; }, 0);
    var subtract = createMathOperation(function (a, b) { return a - b; }, 0);
    var multiply = createMathOperation(function (a, b) { return a * b; }, 1);
    var divide = createMathOperation(function (a, b) { return a / b; }, 1);
    function createRound(methodName) {
        var func = Math[methodName];
        return function (number, precision) {
            number = toNumber(number);
            precision = precision == null ? 0 : Math.min(toInteger(precision), 292);
            if (precision && isFinite(number)) {
                var pair = (toString(number) + 'e').split('e');
                var value = func(pair[0] + 'e' + (+pair[1] + precision));
                pair = (toString(value) + 'e').split('e');
                return +(pair[0] + 'e' + (+pair[1] - precision));
            }
            return func(number);
        };
    }
    var ceil = createRound('ceil');
    var floor = createRound('floor');
    var round = createRound('round');
    function baseExtremum(array, fn, greater) {
        var result, computed;
        for (var i = 0; i < array.length; i++) {
            var value = array[i], current = fn(value);
            if (current != null && (computed === undefined ? (current === current && !isSymbol(current)) : greater(current, computed))) {
                computed = current;
                result = value;
            }
        }
        return result;
    }
    function gtValue(a, b) { return a > b; }
    function ltValue(a, b) { return a < b; }
    function max(array) { return (array && array.length) ? baseExtremum(array, identity, gtValue) : undefined; }
    function maxBy(array, fn) { return (array && array.length) ? baseExtremum(array, getIteratee(fn, 2), gtValue) : undefined; }
    function min(array) { return (array && array.length) ? baseExtremum(array, identity, ltValue) : undefined; }
    function minBy(array, fn) { return (array && array.length) ? baseExtremum(array, getIteratee(fn, 2), ltValue) : undefined; }
    function baseSum(array, fn) {
        var result;
        for (var i = 0; i < array.length; i++) {
            var current = fn(array[i]);
            if (current !== undefined) result = result === undefined ? current : (result + current);
        }
        return result;
    }
    function sum(array) { return (array && array.length) ? baseSum(array, identity) : 0; }
    function sumBy(array, fn) { return (array && array.length) ? baseSum(array, getIteratee(fn, 2)) : 0; }
    function mean(array) { var length = array == null ? 0 : array.length; return length ? baseSum(array, identity) / length : NaN; }
    function meanBy(array, fn) {
        var length = array == null ? 0 : array.length;
        return length ? baseSum(array, getIteratee(fn, 2)) / length : NaN;
    }
    function clamp(number, lower, upper) {
        if (upper === undefined) { upper = lower; lower = undefined; }
        if (upper !== undefined) { upper = toNumber(upper); upper = upper === upper ? upper : 0; }
        if (lower !== undefined) { lower = toNumber(lower); lower = lower === lower ? lower : 0; }
        return clampNumber(toNumber(number), lower, upper);
    }
    function inRange(number, start, end) {
        start = toFinite(start);
        if (end === undefined) { end = start; start = 0; } else end = toFinite(end);
        number = toNumber(number);
        return number >= Math.min(start, end) && number < Math.max(start, end);
    }
    function random(lower, upper, floating) {
        if (floating && typeof floating !== 'boolean' && isIterateeCall(lower, upper, floating)) upper = floating = undefined;
        if (floating === undefined) {
            if (typeof upper === 'boolean') { floating = upper; upper = undefined; }
            else if (typeof lower === 'boolean') { floating = lower; lower = undefined; }
        }
        if (lower === undefined && upper === undefined) { lower = 0; upper = 1; }
        else {
            lower = toFinite(lower);
            if (upper === undefined) { upper = lower; lower = 0; } else upper = toFinite(upper);
        }
        if (lower > upper) { var temp = lower; lower = upper; upper = temp; }
        if (floating || lower % 1 || upper % 1) {
            var rand = Math.random();
            return Math.min(lower + rand * (upper - lower + parseFloat('1e-' + ((rand + '').length - 1))), upper);
        }
        return baseRandom(lower, upper);
    }
    function createRelational(operator) {
        return function (value, other) {
            if (!(typeof value === 'string' && typeof other === 'string')) { value = toNumber(value); other = toNumber(other); }
            return operator(value, other);
        };
    }
    var gt = createRelational(function (a, b) { return a > b; });
    var gte = createRelational(function (a, b) { return a >= b; });
    var lt = createRelational(function (a, b) { return a < b; });
    var lte = createRelational(function (a, b) { return a <= b; });

    // ---------------------------------------------------------------------------------------------
    // Functions.

    var FUNC_ERROR_TEXT = 'Expected a function';
    function requireFunction(func) { if (typeof func !== 'function') throw new TypeError(FUNC_ERROR_TEXT); }
    function after(n, func) {
        requireFunction(func);
        n = toInteger(n);
        return function () { if (--n < 1) return func.apply(this, arguments); };
    }
    function before(n, func) {
        var result;
        requireFunction(func);
        n = toInteger(n);
        return function () {
            if (--n > 0) result = func.apply(this, arguments);
            if (n <= 1) func = undefined;
            return result;
        };
    }
    function once(func) { return before(2, func); }
    function ary(func, n, guard) {
        n = guard ? undefined : n;
        n = (func && n == null) ? func.length : n;
        return function () { return func.apply(this, baseSlice(arguments, 0, n)); };
    }
    function unary(func) { return ary(func, 1); }
    /** Fills placeholders in `partials` with call arguments, then appends the rest. */
    function composeArgs(partials, args, placeholder, fromRight) {
        var result = [], a = 0, i;
        if (fromRight) {
            var holderCount = 0;
            for (i = 0; i < partials.length; i++) if (partials[i] === placeholder) holderCount++;
            var leading = Math.max(args.length - holderCount, 0);
            for (; a < leading; a++) result.push(args[a]);
            for (i = 0; i < partials.length; i++) result.push(partials[i] === placeholder && a < args.length ? args[a++] : partials[i]);
            return result;
        }
        for (i = 0; i < partials.length; i++) result.push(partials[i] === placeholder && a < args.length ? args[a++] : partials[i]);
        for (; a < args.length; a++) result.push(args[a]);
        return result;
    }
    function bind(func, thisArg) {
        requireFunction(func);
        var partials = baseSlice(arguments, 2);
        var bound = function () {
            var args = composeArgs(partials, arguments, bind.placeholder);
            if (this instanceof bound) {
                var instance = Object.create(func.prototype || objectProto);
                var made = func.apply(instance, args);
                return isObject(made) ? made : instance;
            }
            return func.apply(thisArg, args);
        };
        return bound;
    }
    function bindKey(object, key) {
        var partials = baseSlice(arguments, 2);
        return function () { return object[key].apply(object, composeArgs(partials, arguments, bindKey.placeholder)); };
    }
    function partial(func) {
        requireFunction(func);
        var partials = baseSlice(arguments, 1);
        return function () { return func.apply(this, composeArgs(partials, arguments, partial.placeholder)); };
    }
    function partialRight(func) {
        requireFunction(func);
        var partials = baseSlice(arguments, 1);
        return function () { return func.apply(this, composeArgs(partials, arguments, partialRight.placeholder, true)); };
    }
    function createCurry(fromRight, placeholderOf) {
        return function curryFunc(func, arity, guard) {
            requireFunction(func);
            arity = guard ? undefined : arity;
            arity = arity === undefined ? func.length : toInteger(arity);
            function collect(held) {
                return function () {
                    var args = fromRight ? composeArgs(held, arguments, placeholderOf(), true) : composeArgs(held, arguments, placeholderOf());
                    var count = 0;
                    for (var i = 0; i < args.length; i++) if (args[i] !== placeholderOf()) count++;
                    var hasHoles = false;
                    for (var j = 0; j < Math.min(args.length, arity); j++) if (args[j] === placeholderOf()) hasHoles = true;
                    if (count >= arity && !hasHoles) return func.apply(this, args);
                    return collect(args);
                };
            }
            return collect([]);
        };
    }
    var curry = createCurry(false, function () { return curry.placeholder; });
    var curryRight = createCurry(true, function () { return curryRight.placeholder; });
    function negate(predicate) {
        requireFunction(predicate);
        return function () { return !predicate.apply(this, arguments); };
    }
    function flip(func) { return function () { return func.apply(this, baseSlice(arguments, 0).reverse()); }; }
    function rest(func, start) {
        requireFunction(func);
        start = start === undefined ? func.length - 1 : toInteger(start);
        return function () {
            var args = baseSlice(arguments, 0), heads = args.slice(0, Math.max(start, 0));
            heads[Math.max(start, 0)] = args.slice(Math.max(start, 0));
            return func.apply(this, heads);
        };
    }
    function spread(func, start) {
        requireFunction(func);
        start = start == null ? 0 : Math.max(toInteger(start), 0);
        return function () {
            var array = arguments[start], otherArgs = baseSlice(arguments, 0, start);
            if (array) arrayPush(otherArgs, array);
            return func.apply(this, otherArgs);
        };
    }
    function overArgs(func) {
        var transforms = arrayMap(baseFlatten(baseSlice(arguments, 1), 1), function (t) { return getIteratee(t); });
        return function () {
            var args = baseSlice(arguments, 0);
            for (var i = 0; i < Math.min(args.length, transforms.length); i++) args[i] = transforms[i].call(this, args[i]);
            return func.apply(this, args);
        };
    }
    function rearg(func) {
        var indexes = baseFlatten(baseSlice(arguments, 1), 1);
        return function () {
            var args = baseSlice(arguments, 0), out = [];
            for (var i = 0; i < indexes.length; i++) out.push(args[indexes[i]]);
            return func.apply(this, out.concat(args.slice(indexes.length)));
        };
    }
    function wrap(value, wrapper) { return partial(typeof wrapper === 'function' ? wrapper : identity, value); }
    function memoize(func, resolver) {
        if (typeof func !== 'function' || (resolver != null && typeof resolver !== 'function')) throw new TypeError(FUNC_ERROR_TEXT);
        var memoized = function () {
            var key = resolver ? resolver.apply(this, arguments) : arguments[0], cache = memoized.cache;
            if (cache.has(key)) return cache.get(key);
            var value = func.apply(this, arguments);
            memoized.cache = cache.set(key, value) || cache;
            return value;
        };
        memoized.cache = new (memoize.Cache || MapCache)();
        return memoized;
    }
    /** Key/value cache for any key (lodash's MapCache): strings and numbers hashed, others listed. */
    function MapCache() { this.clear(); }
    MapCache.prototype.clear = function () { this.__data__ = { hash: Object.create(null), list: new PairStack() }; this.size = 0; };
    MapCache.prototype.keyFor = function (key) {
        var type = typeof key;
        return (type === 'string' || type === 'number' || type === 'boolean' || key == null) ? (type + ':' + String(key)) : null;
    };
    MapCache.prototype.has = function (key) {
        var hashed = this.keyFor(key);
        return hashed !== null ? (hashed in this.__data__.hash) : strictIndexOf(this.__data__.list.keys, key, 0) > -1;
    };
    MapCache.prototype.get = function (key) {
        var hashed = this.keyFor(key);
        return hashed !== null ? this.__data__.hash[hashed] : this.__data__.list.get(key);
    };
    MapCache.prototype.set = function (key, value) {
        if (!this.has(key)) this.size++;
        var hashed = this.keyFor(key);
        if (hashed !== null) this.__data__.hash[hashed] = value; else this.__data__.list.set(key, value);
        return this;
    };
    MapCache.prototype['delete'] = function (key) {
        if (!this.has(key)) return false;
        var hashed = this.keyFor(key);
        if (hashed !== null) delete this.__data__.hash[hashed]; else this.__data__.list['delete'](key);
        this.size--;
        return true;
    };
    memoize.Cache = MapCache;

    function now() { return Date.now(); }
    function debounce(func, wait, options) {
        var lastArgs, lastThis, maxWait, result, timerId, lastCallTime, lastInvokeTime = 0,
            leading = false, maxing = false, trailing = true;
        requireFunction(func);
        wait = toNumber(wait) || 0;
        if (isObject(options)) {
            leading = !!options.leading;
            maxing = 'maxWait' in options;
            maxWait = maxing ? Math.max(toNumber(options.maxWait) || 0, wait) : maxWait;
            trailing = 'trailing' in options ? !!options.trailing : trailing;
        }
        function invoke(time) {
            var args = lastArgs, thisArg = lastThis;
            lastArgs = lastThis = undefined;
            lastInvokeTime = time;
            result = func.apply(thisArg, args);
            return result;
        }
        function shouldInvoke(time) {
            if (lastCallTime === undefined) return true;
            var sinceCall = time - lastCallTime, sinceInvoke = time - lastInvokeTime;
            return sinceCall >= wait || sinceCall < 0 || (maxing && sinceInvoke >= maxWait);
        }
        function remainingWait(time) {
            var waitLeft = wait - (time - lastCallTime);
            return maxing ? Math.min(waitLeft, maxWait - (time - lastInvokeTime)) : waitLeft;
        }
        function timerExpired() {
            var time = now();
            if (shouldInvoke(time)) return trailingEdge(time);
            timerId = setTimeout(timerExpired, remainingWait(time));
        }
        function leadingEdge(time) {
            lastInvokeTime = time;
            timerId = setTimeout(timerExpired, wait);
            return leading ? invoke(time) : result;
        }
        function trailingEdge(time) {
            timerId = undefined;
            if (trailing && lastArgs) return invoke(time);
            lastArgs = lastThis = undefined;
            return result;
        }
        function debounced() {
            var time = now(), isInvoking = shouldInvoke(time);
            lastArgs = arguments;
            lastThis = this;
            lastCallTime = time;
            if (isInvoking) {
                if (timerId === undefined) return leadingEdge(lastCallTime);
                if (maxing) {
                    clearTimeout(timerId);
                    timerId = setTimeout(timerExpired, wait);
                    return invoke(lastCallTime);
                }
            }
            if (timerId === undefined) timerId = setTimeout(timerExpired, wait);
            return result;
        }
        debounced.cancel = function () {
            if (timerId !== undefined) clearTimeout(timerId);
            lastInvokeTime = 0;
            lastArgs = lastCallTime = lastThis = timerId = undefined;
        };
        debounced.flush = function () { return timerId === undefined ? result : trailingEdge(now()); };
        return debounced;
    }
    function throttle(func, wait, options) {
        var leading = true, trailing = true;
        requireFunction(func);
        if (isObject(options)) {
            leading = 'leading' in options ? !!options.leading : leading;
            trailing = 'trailing' in options ? !!options.trailing : trailing;
        }
        return debounce(func, wait, { leading: leading, maxWait: wait, trailing: trailing });
    }
    function defer(func) {
        requireFunction(func);
        var args = baseSlice(arguments, 1);
        return setTimeout(function () { func.apply(undefined, args); }, 1);
    }
    function delay(func, wait) {
        requireFunction(func);
        var args = baseSlice(arguments, 2);
        return setTimeout(function () { func.apply(undefined, args); }, toNumber(wait) || 0);
    }

    // ---------------------------------------------------------------------------------------------
    // Utilities.

    function attempt(func) {
        try {
            return func.apply(undefined, baseSlice(arguments, 1));
        } catch (e) {
            return isError(e) ? e : new Error(e);
        }
    }
    function bindAll(object) {
        var methodNames = baseFlatten(baseSlice(arguments, 1), 1);
        for (var i = 0; i < methodNames.length; i++) {
            var key = toKey(methodNames[i]);
            baseAssignValue(object, key, bind(object[key], object));
        }
        return object;
    }
    function cond(pairs) {
        var length = pairs == null ? 0 : pairs.length;
        pairs = arrayMap(pairs || [], function (pair) {
            if (typeof pair[1] !== 'function') throw new TypeError(FUNC_ERROR_TEXT);
            return [getIteratee(pair[0]), pair[1]];
        });
        return function () {
            for (var i = 0; i < length; i++) if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments);
        };
    }
    function conforms(source) {
        source = baseClone(source, CLONE_DEEP);
        return function (object) { return conformsTo(object, source); };
    }
    function defaultTo(value, defaultValue) { return (value == null || value !== value) ? defaultValue : value; }
    function createFlow(fromRight) {
        return function () {
            var funcs = baseFlatten(arguments, 1);
            for (var i = 0; i < funcs.length; i++) requireFunction(funcs[i]);
            if (fromRight) funcs.reverse();
            return function () {
                var args = arguments;
                if (!funcs.length) return args[0];
                var value = funcs[0].apply(this, args);
                for (var j = 1; j < funcs.length; j++) value = funcs[j].call(this, value);
                return value;
            };
        };
    }
    var flow = createFlow(false);
    var flowRight = createFlow(true);
    function method(path) {
        var args = baseSlice(arguments, 1);
        return function (object) { return baseInvoke(object, path, args); };
    }
    function methodOf(object) {
        var args = baseSlice(arguments, 1);
        return function (path) { return baseInvoke(object, path, args); };
    }
    function nthArg(n) {
        n = toInteger(n);
        return function () { return nth(arguments, n); };
    }
    function createOver(arrayFunc) {
        return function () {
            var iteratees = arrayMap(baseFlatten(arguments, 1), function (it) { return getIteratee(it); });
            return function () {
                var thisArg = this, args = arguments;
                return arrayFunc(iteratees, function (it) { return it.apply(thisArg, args); });
            };
        };
    }
    var over = createOver(arrayMap);
    var overEvery = createOver(function (list, fn) { for (var i = 0; i < list.length; i++) if (!fn(list[i])) return false; return true; });
    var overSome = createOver(function (list, fn) { for (var i = 0; i < list.length; i++) if (fn(list[i])) return true; return false; });
    function times(n, fn) {
        n = toInteger(n);
        if (n < 1 || n > MAX_SAFE_INTEGER) return [];
        fn = typeof fn === 'function' ? fn : identity;
        var length = Math.min(n, MAX_ARRAY_LENGTH), result = new Array(length);
        for (var i = 0; i < length; i++) result[i] = fn(i);
        for (var extra = length; extra < n; extra++) fn(extra);
        return result;
    }
    function uniqueId(prefix) { var id = ++idCounter; return toString(prefix) + id; }
    function stubArray() { return []; }
    function stubFalse() { return false; }
    function stubObject() { return {}; }
    function stubString() { return ''; }
    function stubTrue() { return true; }

    // ---------------------------------------------------------------------------------------------
    // Chaining.

    function chain(value) {
        var result = lodash(value);
        return new LodashWrapper(result.__wrapped__, true, result.__actions__);
    }
    function tap(value, interceptor) { interceptor(value); return value; }
    function thru(value, interceptor) { return interceptor(value); }

    // ---------------------------------------------------------------------------------------------
    // Assembly: static functions, chainable and value-returning wrapper methods.

    var chainable = {
        after: after, ary: ary, assign: assign, assignIn: assignIn, assignInWith: assignInWith, assignWith: assignWith, at: at,
        before: before, bind: bind, bindAll: bindAll, bindKey: bindKey, castArray: castArray, chain: chain, chunk: chunk,
        compact: compact, concat: concat, cond: cond, conforms: conforms, constant: constant, countBy: countBy, create: create,
        curry: curry, curryRight: curryRight, debounce: debounce, defaults: defaults, defaultsDeep: defaultsDeep, defer: defer,
        delay: delay, difference: difference, differenceBy: differenceBy, differenceWith: differenceWith, drop: drop,
        dropRight: dropRight, dropRightWhile: dropRightWhile, dropWhile: dropWhile, fill: fill, filter: filter, flatMap: flatMap,
        flatMapDeep: flatMapDeep, flatMapDepth: flatMapDepth, flatten: flatten, flattenDeep: flattenDeep, flattenDepth: flattenDepth,
        flip: flip, flow: flow, flowRight: flowRight, fromPairs: fromPairs, functions: functions, functionsIn: functionsIn,
        groupBy: groupBy, initial: initial, intersection: intersection, intersectionBy: intersectionBy,
        intersectionWith: intersectionWith, invert: invert, invertBy: invertBy, invokeMap: invokeMap, iteratee: iteratee,
        keyBy: keyBy, keys: keys, keysIn: keysIn, map: map, mapKeys: mapKeys, mapValues: mapValues, matches: matches,
        matchesProperty: matchesProperty, memoize: memoize, merge: merge, mergeWith: mergeWith, method: method, methodOf: methodOf,
        negate: negate, nthArg: nthArg, omit: omit, omitBy: omitBy, once: once, orderBy: orderBy, over: over, overArgs: overArgs,
        overEvery: overEvery, overSome: overSome, partial: partial, partialRight: partialRight, partition: partition, pick: pick,
        pickBy: pickBy, property: property, propertyOf: propertyOf, pull: pull, pullAll: pullAll, pullAllBy: pullAllBy,
        pullAllWith: pullAllWith, pullAt: pullAt, range: range, rangeRight: rangeRight, rearg: rearg, reject: reject,
        remove: remove, rest: rest, reverse: reverse, sampleSize: sampleSize, set: set, setWith: setWith, shuffle: shuffle,
        slice: slice, sortBy: sortBy, sortedUniq: sortedUniq, sortedUniqBy: sortedUniqBy, split: split, spread: spread,
        tail: tail, take: take, takeRight: takeRight, takeRightWhile: takeRightWhile, takeWhile: takeWhile, tap: tap,
        throttle: throttle, thru: thru, toArray: toArray, toPairs: toPairs, toPairsIn: toPairsIn, toPath: toPath,
        toPlainObject: toPlainObject, transform: transform, unary: unary, union: union, unionBy: unionBy, unionWith: unionWith,
        uniq: uniq, uniqBy: uniqBy, uniqWith: uniqWith, unset: unset, unzip: unzip, unzipWith: unzipWith, update: update,
        updateWith: updateWith, values: values, valuesIn: valuesIn, without: without, words: words, wrap: wrap, xor: xor,
        xorBy: xorBy, xorWith: xorWith, zip: zip, zipObject: zipObject, zipObjectDeep: zipObjectDeep, zipWith: zipWith,
        entries: toPairs, entriesIn: toPairsIn, extend: assignIn, extendWith: assignInWith
    };
    var valueReturning = {
        add: add, attempt: attempt, camelCase: camelCase, capitalize: capitalize, ceil: ceil, clamp: clamp, clone: clone,
        cloneDeep: cloneDeep, cloneDeepWith: cloneDeepWith, cloneWith: cloneWith, conformsTo: conformsTo, deburr: deburr,
        defaultTo: defaultTo, divide: divide, endsWith: endsWith, eq: eq, escape: escape, escapeRegExp: escapeRegExp,
        every: every, find: find, findIndex: findIndex, findKey: findKey, findLast: findLast, findLastIndex: findLastIndex,
        findLastKey: findLastKey, floor: floor, forEach: forEach, forEachRight: forEachRight, forIn: forIn,
        forInRight: forInRight, forOwn: forOwn, forOwnRight: forOwnRight, get: get, gt: gt, gte: gte, has: has, hasIn: hasIn,
        head: head, identity: identity, includes: includes, indexOf: indexOf, inRange: inRange, invoke: invoke,
        isArguments: isArguments, isArray: isArray, isArrayBuffer: isArrayBuffer, isArrayLike: isArrayLike,
        isArrayLikeObject: isArrayLikeObject, isBoolean: isBoolean, isBuffer: isBuffer, isDate: isDate, isElement: isElement,
        isEmpty: isEmpty, isEqual: isEqual, isEqualWith: isEqualWith, isError: isError, isFinite: isFiniteNumber,
        isFunction: isFunction, isInteger: isInteger, isLength: isLength, isMap: isMap, isMatch: isMatch,
        isMatchWith: isMatchWith, isNaN: isNaNValue, isNative: isNative, isNil: isNil, isNull: isNull, isNumber: isNumber,
        isObject: isObject, isObjectLike: isObjectLike, isPlainObject: isPlainObject, isRegExp: isRegExp,
        isSafeInteger: isSafeInteger, isSet: isSet, isString: isString, isSymbol: isSymbol, isTypedArray: isTypedArray,
        isUndefined: isUndefined, isWeakMap: isWeakMap, isWeakSet: isWeakSet, join: join, kebabCase: kebabCase, last: last,
        lastIndexOf: lastIndexOf, lowerCase: lowerCase, lowerFirst: lowerFirst, lt: lt, lte: lte, max: max, maxBy: maxBy,
        mean: mean, meanBy: meanBy, min: min, minBy: minBy, multiply: multiply, noop: noop, now: now, nth: nth, pad: pad,
        padEnd: padEnd, padStart: padStart, parseInt: lodashParseInt, random: random, reduce: reduce, reduceRight: reduceRight,
        repeat: repeat, replace: replace, result: result, round: round, sample: sample, size: size, snakeCase: snakeCase,
        some: some, sortedIndex: sortedIndex, sortedIndexBy: sortedIndexBy, sortedIndexOf: sortedIndexOf,
        sortedLastIndex: sortedLastIndex, sortedLastIndexBy: sortedLastIndexBy, sortedLastIndexOf: sortedLastIndexOf,
        startCase: startCase, startsWith: startsWith, stubArray: stubArray, stubFalse: stubFalse, stubObject: stubObject,
        stubString: stubString, stubTrue: stubTrue, subtract: subtract, sum: sum, sumBy: sumBy, template: template,
        times: times, toFinite: toFinite, toInteger: toInteger, toLength: toLength, toLower: toLower, toNumber: toNumber,
        toSafeInteger: toSafeInteger, toString: toString, toUpper: toUpper, trim: trim, trimEnd: trimEnd,
        trimStart: trimStart, truncate: truncate, unescape: unescape, uniqueId: uniqueId, upperCase: upperCase,
        upperFirst: upperFirst, each: forEach, eachRight: forEachRight, first: head
    };

    function addChainable(name, func) {
        lodash[name] = func;
        lodash.prototype[name] = function () { return withAction(this, func, baseSlice(arguments, 0)); };
    }
    function addValueReturning(name, func) {
        lodash[name] = func;
        lodash.prototype[name] = function () {
            var args = baseSlice(arguments, 0);
            if (this.__chain__) return withAction(this, func, args);
            return func.apply(lodash, [wrapperValue(this)].concat(args));
        };
    }
    var name;
    for (name in chainable) addChainable(name, chainable[name]);
    for (name in valueReturning) addValueReturning(name, valueReturning[name]);

    // Array methods on wrappers: push/sort/unshift return the array, splice its result, pop/shift a value.
    ['pop', 'push', 'shift', 'sort', 'splice', 'unshift'].forEach(function (methodName) {
        var func = arrayProto[methodName], returnsArray = /^(?:push|sort|unshift)$/.test(methodName),
            unwrapped = /^(?:pop|shift)$/.test(methodName);
        var action = function (value) {
            var args = baseSlice(arguments, 1), array = isArray(value) ? value : [];
            var out = func.apply(array, args);
            return returnsArray ? array : out;
        };
        lodash.prototype[methodName] = function () {
            var args = baseSlice(arguments, 0);
            if (unwrapped && !this.__chain__) return action.apply(undefined, [wrapperValue(this)].concat(args));
            return withAction(this, action, args);
        };
    });
    lodash.prototype.chain = function () { return new LodashWrapper(this.__wrapped__, true, this.__actions__); };
    lodash.prototype.value = function () { return wrapperValue(this); };
    lodash.prototype.valueOf = lodash.prototype.value;
    lodash.prototype.toJSON = lodash.prototype.value;
    lodash.prototype.toString = function () { return toString(wrapperValue(this)); };
    lodash.prototype.commit = function () { return new LodashWrapper(wrapperValue(this), this.__chain__, []); };
    lodash.prototype.plant = function (value) { return new LodashWrapper(value, this.__chain__, this.__actions__); };
    if (symbolIterator) {
        lodash.prototype[symbolIterator] = function () { return toArray(wrapperValue(this))[symbolIterator](); };
    }

    function mixin(object, source, options) {
        var props = keys(source), methodNames = source ? props.filter(function (key) { return isFunction(source[key]); }) : [];
        if (options == null && !(isObject(source) && (methodNames.length || !props.length))) {
            options = source;
            source = object;
            object = this;
            methodNames = keys(source).filter(function (key) { return isFunction(source[key]); });
        }
        var doChain = !(isObject(options) && 'chain' in options) || !!options.chain, isFunc = isFunction(object);
        methodNames.forEach(function (methodName) {
            var func = source[methodName];
            object[methodName] = func;
            if (isFunc) {
                object.prototype[methodName] = function () {
                    var args = baseSlice(arguments, 0);
                    if (doChain || this.__chain__) return withAction(this, func, args);
                    return func.apply(object, [wrapperValue(this)].concat(args));
                };
            }
        });
        return object;
    }
    lodash.mixin = mixin;
    lodash.noConflict = function () { return this; };
    lodash.runInContext = createLodash;
    lodash.templateSettings = templateSettings;
    lodash.VERSION = VERSION;
    lodash.bind.placeholder = lodash;
    lodash.bindKey.placeholder = lodash;
    lodash.curry.placeholder = lodash;
    lodash.curryRight.placeholder = lodash;
    lodash.partial.placeholder = lodash;
    lodash.partialRight.placeholder = lodash;
    return lodash;
}

module.exports = createLodash();
