// postie's lodash 3 layer: the API of Postman's legacy `_` global (lodash 3.10), built over a fresh
// instance of our lodash 4 (`runInContext()`, so `require('lodash')` is left untouched). Written for postie
// from lodash 3's documented behaviour and checked against lodash 3.10.1 in Node; no lodash code is used.
//
// What differs between 3 and 4 for functions scripts call, and what this file does about it:
// - v3-only names: contains/include (includes), pluck (map by property), where/findWhere (filter/find by
//   matches), indexBy (keyBy), any (some), all (every), collect, select, detect, foldl/inject, foldr,
//   methods, pairs, object (zipObject that also takes pairs), unique, sortByAll, sortByOrder (booleans
//   or 'asc'/'desc'), trunc (truncate, also with a number), padLeft/padRight, trimLeft/trimRight,
//   callback (iteratee), compose/backflow (flowRight), restParam (v4 rest), modArgs (v4 overArgs).
// - same name, other meaning: rest is tail; eq is isEqual; invoke is invokeMap; extend is assign;
//   max/min take an iteratee and give -Infinity/Infinity for empty input; sum takes an iteratee and adds
//   numbers (`+value || 0`); uniq(array, isSorted, iteratee); flatten(array, isDeep); clone(value, isDeep);
//   capitalize only upper-cases the first letter; escape/unescape also handle "`"; words has no
//   ordinals or contractions; sample(collection, n) returns n elements; pick/omit take a predicate;
//   assign/merge/isEqual take a trailing customizer; iteratee-taking functions take a `thisArg`.
// - first/head and last take no `n` in either version (`_.first([1, 2, 3], 2)` is 1); use take/takeRight.
// - functions that only exist in v4 (keyBy, isNil, orderBy, …) stay available here.
'use strict';

var _ = require('lodash').runInContext();
var v4 = {};
Object.keys(_).forEach(function (key) { v4[key] = _[key]; });

function slice(args, start) { return Array.prototype.slice.call(args, start || 0); }

// v3 callbacks accept a `thisArg` after the iteratee.
function bindThis(fn, thisArg) {
    return (typeof fn === 'function' && thisArg !== undefined) ? function () { return fn.apply(thisArg, arguments); } : fn;
}
function withThisArg(func, fnIndex) {
    return function () {
        var args = slice(arguments);
        if (args.length > fnIndex + 1) {
            args[fnIndex] = bindThis(args[fnIndex], args[fnIndex + 1]);
            args.length = fnIndex + 1;
        }
        return func.apply(this, args);
    };
}

function sortedUniq(array, fn) {
    var result = [], last;
    for (var i = 0; i < array.length; i++) {
        var computed = fn ? fn(array[i]) : array[i];
        if (!i || computed !== last) result.push(array[i]);
        last = computed;
    }
    return result;
}
function uniq(array, isSorted, fn, thisArg) {
    if (!(array && array.length)) return [];
    if (isSorted != null && typeof isSorted !== 'boolean') { thisArg = fn; fn = isSorted; isSorted = false; }
    fn = fn == null ? undefined : _.iteratee(bindThis(fn, thisArg));
    return isSorted ? sortedUniq(array, fn) : (fn ? v4.uniqBy(array, fn) : v4.uniq(array));
}
function extremum(collection, fn, thisArg, greater) {
    var exValue = greater ? -Infinity : Infinity;
    if (fn == null && Array.isArray(collection)) {
        var plain = exValue;
        for (var i = 0; i < collection.length; i++) {
            if (greater ? collection[i] > plain : collection[i] < plain) plain = collection[i];
        }
        return plain;
    }
    fn = _.iteratee(bindThis(fn, thisArg));
    var computed = exValue, result = exValue;
    _.forEach(collection, function (value, index, coll) {
        var current = +fn(value, index, coll);
        if ((greater ? current > computed : current < computed) || (current === exValue && current === result)) {
            computed = current;
            result = value;
        }
    });
    return result;
}
function max(collection, fn, thisArg) { return extremum(collection, fn, thisArg, true); }
function min(collection, fn, thisArg) { return extremum(collection, fn, thisArg, false); }
function sum(collection, fn, thisArg) {
    fn = fn == null ? null : _.iteratee(bindThis(fn, thisArg));
    var total = 0;
    _.forEach(collection, function (value, index, coll) { total += +(fn ? fn(value, index, coll) : value) || 0; });
    return total;
}
function zipObject(props, values) {
    var result = {}, length = props ? props.length : 0;
    if (length && !values && !Array.isArray(props[0])) values = [];
    for (var i = 0; i < length; i++) {
        var key = props[i];
        if (values) result[key] = values[i];
        else if (key) result[key[0]] = key[1];
    }
    return result;
}
function sortByOrder(collection, iteratees, orders) {
    if (orders != null && !Array.isArray(orders)) orders = [orders];
    orders = (orders || []).map(function (order) {
        if (order === true) return 'asc';
        if (order === false) return 'desc';
        return order;
    });
    return v4.orderBy(collection, iteratees, orders);
}
function sortByAll(collection) {
    return v4.sortBy.apply(_, [collection].concat(v4.flatten(slice(arguments, 1))));
}
function trunc(string, options) {
    if (typeof options === 'number') options = { length: options };
    return v4.truncate(string, options);
}
function capitalize(string) {
    string = string == null ? '' : String(string);
    return string && (string.charAt(0).toUpperCase() + string.slice(1));
}
var htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
var htmlUnescapes = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`' };
function escape(string) {
    string = string == null ? '' : String(string);
    return string.replace(/[&<>"'`]/g, function (ch) { return htmlEscapes[ch]; });
}
function unescape(string) {
    string = string == null ? '' : String(string);
    return string.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, function (entity) { return htmlUnescapes[entity]; });
}
// lodash 3's words: upper-case runs before a capitalised word, capitalised/lower words, upper runs, digits.
var reWordsV3 = /[A-Z\xc0-\xd6\xd8-\xde]+(?=[A-Z\xc0-\xd6\xd8-\xde][a-z\xdf-\xf6\xf8-\xff]+)|[A-Z\xc0-\xd6\xd8-\xde]?[a-z\xdf-\xf6\xf8-\xff]+|[A-Z\xc0-\xd6\xd8-\xde]+|[0-9]+/g;
function words(string, pattern, guard) {
    if (guard && guard[pattern] === string) pattern = undefined;
    string = string == null ? '' : String(string);
    return string.match(pattern || reWordsV3) || [];
}
function compounder(join) {
    return function (string) {
        var list = words(v4.deburr(string)), result = '';
        for (var i = 0; i < list.length; i++) result = join(result, list[i], i);
        return result;
    };
}
var camelCase = compounder(function (result, word, index) {
    word = word.toLowerCase();
    return result + (index ? (word.charAt(0).toUpperCase() + word.slice(1)) : word);
});
var kebabCase = compounder(function (result, word, index) { return result + (index ? '-' : '') + word.toLowerCase(); });
var snakeCase = compounder(function (result, word, index) { return result + (index ? '_' : '') + word.toLowerCase(); });
var startCase = compounder(function (result, word, index) {
    return result + (index ? ' ' : '') + (word.charAt(0).toUpperCase() + word.slice(1));
});
function flatten(array, isDeep, guard) {
    if (guard && guard[isDeep] === array) isDeep = false;
    return isDeep ? v4.flattenDeep(array) : v4.flatten(array);
}
function clone(value, isDeep, customizer, thisArg) {
    if (isDeep && typeof isDeep !== 'boolean' && typeof isDeep !== 'function' && customizer && customizer[isDeep] === value) {
        isDeep = false;
    } else if (typeof isDeep === 'function') {
        thisArg = customizer;
        customizer = isDeep;
        isDeep = false;
    }
    customizer = bindThis(customizer, thisArg);
    if (typeof customizer === 'function') return isDeep ? v4.cloneDeepWith(value, customizer) : v4.cloneWith(value, customizer);
    return isDeep ? v4.cloneDeep(value) : v4.clone(value);
}
function cloneDeep(value, customizer, thisArg) {
    customizer = bindThis(customizer, thisArg);
    return typeof customizer === 'function' ? v4.cloneDeepWith(value, customizer) : v4.cloneDeep(value);
}
function sample(collection, n, guard) {
    if (guard || n == null) return v4.sample(collection);
    return v4.sampleSize(collection, n);
}
function pick(object, predicate, thisArg) {
    if (typeof predicate === 'function') return v4.pickBy(object, bindThis(predicate, thisArg));
    return v4.pick.apply(_, slice(arguments));
}
function omit(object, predicate, thisArg) {
    if (typeof predicate === 'function') return v4.omitBy(object, bindThis(predicate, thisArg));
    return v4.omit.apply(_, slice(arguments));
}
function withCustomizer(plain, custom) {
    return function () {
        var args = slice(arguments), last = args[args.length - 1];
        if (args.length > 2 && typeof last === 'function') return custom.apply(_, args);
        if (args.length > 3 && typeof args[args.length - 2] === 'function') {
            var thisArg = args.pop();
            args[args.length - 1] = bindThis(args[args.length - 1], thisArg);
            return custom.apply(_, args);
        }
        return plain.apply(_, args);
    };
}
function isEqual(value, other, customizer, thisArg) {
    customizer = bindThis(customizer, thisArg);
    return typeof customizer === 'function' ? v4.isEqualWith(value, other, customizer) : v4.isEqual(value, other);
}
function where(collection, source) { return v4.filter(collection, v4.matches(source)); }
function findWhere(collection, source) { return v4.find(collection, v4.matches(source)); }
function pluck(collection, path) { return v4.map(collection, v4.property(path)); }
function reduceWithThis(func) {
    return function (collection, fn, accumulator, thisArg) {
        fn = bindThis(fn, thisArg);
        return arguments.length < 3 ? func(collection, fn) : func(collection, fn, accumulator);
    };
}
function callback(func, thisArg) { return v4.iteratee(bindThis(func, thisArg)); }

var chainable = {
    callback: callback, indexBy: withThisArg(v4.keyBy, 1), modArgs: v4.overArgs, pairs: v4.toPairs,
    pluck: pluck, restParam: v4.rest, sortByAll: sortByAll, sortByOrder: sortByOrder, where: where,
    backflow: v4.flowRight, compose: v4.flowRight, collect: withThisArg(v4.map, 1), map: withThisArg(v4.map, 1),
    methods: v4.functions, object: zipObject, zipObject: zipObject, select: withThisArg(v4.filter, 1),
    filter: withThisArg(v4.filter, 1), reject: withThisArg(v4.reject, 1), unique: uniq, uniq: uniq, rest: v4.tail,
    invoke: v4.invokeMap, extend: withCustomizer(v4.assign, v4.assignWith), assign: withCustomizer(v4.assign, v4.assignWith),
    merge: withCustomizer(v4.merge, v4.mergeWith), flatten: flatten, pick: pick, omit: omit,
    groupBy: withThisArg(v4.groupBy, 1), countBy: withThisArg(v4.countBy, 1), keyBy: withThisArg(v4.keyBy, 1),
    partition: withThisArg(v4.partition, 1), sortBy: withThisArg(v4.sortBy, 1), mapValues: withThisArg(v4.mapValues, 1),
    mapKeys: withThisArg(v4.mapKeys, 1), times: withThisArg(v4.times, 1), words: words,
    forEach: withThisArg(v4.forEach, 1), each: withThisArg(v4.forEach, 1)
};
var valueReturning = {
    findWhere: findWhere, padLeft: v4.padStart, padRight: v4.padEnd, trimLeft: v4.trimStart, trimRight: v4.trimEnd,
    trunc: trunc, all: withThisArg(v4.every, 1), every: withThisArg(v4.every, 1), any: withThisArg(v4.some, 1),
    some: withThisArg(v4.some, 1), contains: v4.includes, include: v4.includes, detect: withThisArg(v4.find, 1),
    find: withThisArg(v4.find, 1), findLast: withThisArg(v4.findLast, 1), findIndex: withThisArg(v4.findIndex, 1),
    findLastIndex: withThisArg(v4.findLastIndex, 1), findKey: withThisArg(v4.findKey, 1),
    foldl: reduceWithThis(v4.reduce), inject: reduceWithThis(v4.reduce), reduce: reduceWithThis(v4.reduce),
    foldr: reduceWithThis(v4.reduceRight), reduceRight: reduceWithThis(v4.reduceRight), eq: isEqual, isEqual: isEqual,
    max: max, min: min, sum: sum, capitalize: capitalize, escape: escape, unescape: unescape, camelCase: camelCase,
    kebabCase: kebabCase, snakeCase: snakeCase, startCase: startCase, clone: clone, cloneDeep: cloneDeep, sample: sample
};
_.mixin(_, chainable, { chain: true });
_.mixin(_, valueReturning, { chain: false });
// The chain wrapper's `forEach`/`each` return the collection unwrapped, as the v4 methods do.
['forEach', 'each'].forEach(function (name) {
    var func = _[name];
    _.prototype[name] = function () {
        var args = [this.value()].concat(slice(arguments));
        return this.__chain__ ? _.chain(func.apply(_, args)) : func.apply(_, args);
    };
});
_.support = {};
_.VERSION = '3.10.1';

module.exports = _;
