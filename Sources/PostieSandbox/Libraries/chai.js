// postie's assertion library for Postman scripts: the expect / assert / should interfaces of
// Chai 4 (behaviour and failure messages as Chai 4.4.1 shows them, which Postman ships), written
// for PostieScript. Evaluated as the body of `function (module, exports, require)`.
//
// Assertions are methods and getters defined once on `Assertion.prototype`; evaluating this file
// builds only that table. At run time each word of a chain costs one small flags object, as in Chai.

var objectToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var ELLIPSIS = '\u2026';

// ---------------------------------------------------------------------------------------------
// Configuration

var config = {
  includeStack: false,
  showDiff: true,
  truncateThreshold: 40,
  // PostieScript has no Proxy: property typos pass silently, as in Chai without proxies.
  useProxy: false,
  proxyExcludedKeys: ['then', 'catch', 'inspect', 'toJSON'],
  deepEqual: null
};

// ---------------------------------------------------------------------------------------------
// Type names (the `type-detect` rules Chai uses for `a`/`an`, deep equality and messages)

var iteratorPrototypes = null;

function knownIteratorPrototypes() {
  if (iteratorPrototypes === null) {
    iteratorPrototypes = [];
    var add = function (name, make) {
      try {
        var proto = Object.getPrototypeOf(make());
        if (proto) iteratorPrototypes.push([proto, name]);
      } catch (notAvailable) { /* the engine lacks this iterator */ }
    };
    if (typeof Map === 'function') add('Map Iterator', function () { return new Map().entries(); });
    if (typeof Set === 'function') add('Set Iterator', function () { return new Set().entries(); });
    add('Array Iterator', function () { return [][Symbol.iterator](); });
    add('String Iterator', function () { return ''[Symbol.iterator](); });
  }
  return iteratorPrototypes;
}

function typeName(value) {
  var kind = typeof value;
  if (kind !== 'object') return kind;
  if (value === null) return 'null';
  if (value === globalThis) return 'global';
  if (Array.isArray(value) && !(Symbol.toStringTag in value)) return 'Array';
  var tag = value[Symbol.toStringTag];
  if (typeof tag === 'string') return tag;
  var proto = Object.getPrototypeOf(value);
  if (proto === RegExp.prototype) return 'RegExp';
  if (proto === Date.prototype) return 'Date';
  if (typeof Promise === 'function' && proto === Promise.prototype) return 'Promise';
  if (typeof Set === 'function' && proto === Set.prototype) return 'Set';
  if (typeof Map === 'function' && proto === Map.prototype) return 'Map';
  if (typeof WeakSet === 'function' && proto === WeakSet.prototype) return 'WeakSet';
  if (typeof WeakMap === 'function' && proto === WeakMap.prototype) return 'WeakMap';
  if (typeof DataView === 'function' && proto === DataView.prototype) return 'DataView';
  if (proto !== null && proto !== Object.prototype) {
    var iterators = knownIteratorPrototypes();
    for (var i = 0; i < iterators.length; i++) {
      if (iterators[i][0] === proto) return iterators[i][1];
    }
  }
  if (proto === null) return 'Object';
  var text = objectToString.call(value);
  return text.slice(8, -1);
}

function functionName(fn) {
  if (typeof fn !== 'function') return null;
  return fn.name;
}

function isNaNValue(value) {
  return value !== value;
}

// ---------------------------------------------------------------------------------------------
// Display of values (the rules of Chai's `inspect`, loupe 2.3)

var ANSI = {
  bold: ['1', '22'], dim: ['2', '22'], italic: ['3', '23'], underline: ['4', '24'],
  inverse: ['7', '27'], hidden: ['8', '28'], strike: ['9', '29'], black: ['30', '39'],
  red: ['31', '39'], green: ['32', '39'], yellow: ['33', '39'], blue: ['34', '39'],
  magenta: ['35', '39'], cyan: ['36', '39'], white: ['37', '39'], brightblack: ['30;1', '39'],
  brightred: ['31;1', '39'], brightgreen: ['32;1', '39'], brightyellow: ['33;1', '39'],
  brightblue: ['34;1', '39'], brightmagenta: ['35;1', '39'], brightcyan: ['36;1', '39'],
  brightwhite: ['37;1', '39'], grey: ['90', '39']
};
var STYLE_COLOURS = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red'
};

function colourise(value, style) {
  var colour = ANSI[STYLE_COLOURS[style]] || ANSI[style];
  if (!colour) return String(value);
  return '\u001b[' + colour[0] + 'm' + String(value) + '\u001b[' + colour[1] + 'm';
}

function InspectOptions(given) {
  var o = given === undefined ? {} : given;
  this.showHidden = Boolean(o.showHidden === undefined ? false : o.showHidden);
  this.depth = Number(o.depth === undefined ? 2 : o.depth);
  this.colors = Boolean(o.colors === undefined ? false : o.colors);
  this.customInspect = Boolean(o.customInspect === undefined ? true : o.customInspect);
  this.showProxy = Boolean(o.showProxy === undefined ? false : o.showProxy);
  this.maxArrayLength = Number(o.maxArrayLength === undefined ? Infinity : o.maxArrayLength);
  this.breakLength = Number(o.breakLength === undefined ? Infinity : o.breakLength);
  this.truncate = Number(o.truncate === undefined ? Infinity : o.truncate);
  this.seen = o.seen === undefined ? [] : o.seen;
  this.stylize = o.stylize === undefined ? String : o.stylize;
  if (this.colors) this.stylize = colourise;
  this.inspect = inspectValue;
}

function truncateText(text, length, tail) {
  if (tail === undefined) tail = ELLIPSIS;
  text = String(text);
  var tailLength = tail.length;
  var textLength = text.length;
  if (tailLength > length && textLength > tailLength) return tail;
  if (textLength > length && textLength > tailLength) return text.slice(0, length - tailLength) + tail;
  return text;
}

// Lists items with the separator while the budget `options.truncate` allows, ending with
// `…(n)` for the n items left out; looks one item ahead so the last items are not cut needlessly.
function inspectList(list, options, inspectItem, separator) {
  if (separator === undefined) separator = ', ';
  if (!inspectItem) inspectItem = options.inspect;
  var count = list.length;
  if (count === 0) return '';
  var budget = options.truncate;
  var output = '';
  var lookahead = '';
  var omitted = '';
  for (var i = 0; i < count; i++) {
    var isLast = i + 1 === list.length;
    var isSecondToLast = i + 2 === list.length;
    omitted = ELLIPSIS + '(' + (list.length - i) + ')';
    var item = list[i];
    options.truncate = budget - output.length - (isLast ? 0 : separator.length);
    var text = lookahead || inspectItem(item, options) + (isLast ? '' : separator);
    var nextLength = output.length + text.length;
    var withOmitted = nextLength + omitted.length;
    if (isLast && nextLength > budget && output.length + omitted.length <= budget) break;
    if (!isLast && !isSecondToLast && withOmitted > budget) break;
    lookahead = isLast ? '' : inspectItem(list[i + 1], options) + (isSecondToLast ? '' : separator);
    if (!isLast && isSecondToLast && withOmitted > budget && nextLength + lookahead.length > budget) break;
    output += text;
    if (!isLast && !isSecondToLast && nextLength + lookahead.length >= budget) {
      omitted = ELLIPSIS + '(' + (list.length - i - 1) + ')';
      break;
    }
    omitted = '';
  }
  return output + omitted;
}

function hexCode(code, width) {
  var digits = code.toString(16);
  while (digits.length < width) digits = '0' + digits;
  return digits;
}

// The JSON text of a string (ECMA-262 §25.5.2.3 QuoteJSONString).
function quoteJSONString(text) {
  var out = '"';
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20) out += '\\u' + hexCode(c, 4);
    else if (c >= 0xd800 && c <= 0xdbff) {
      var next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) { out += text[i] + text[i + 1]; i++; }
      else out += '\\u' + hexCode(c, 4);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\u' + hexCode(c, 4);
    else out += text[i];
  }
  return out + '"';
}

function isPlainIdentifier(key) {
  if (key.length === 0) return false;
  for (var i = 0; i < key.length; i++) {
    var c = key.charCodeAt(i);
    var letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!letter && !(i > 0 && c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

// A property key as the object display writes it: bare when an identifier, else single-quoted
// from its JSON text (an escaped quote is unescaped, a single quote escaped).
function quotePropertyKey(key) {
  if (isPlainIdentifier(key)) return key;
  var json = quoteJSONString(key);
  var escaped = '';
  for (var i = 0; i < json.length; i++) {
    if (json[i] === "'") escaped += "\\'";
    else escaped += json[i];
  }
  var unescaped = '';
  for (var j = 0; j < escaped.length; j++) {
    if (escaped[j] === '\\' && escaped[j + 1] === '"') { unescaped += '"'; j++; }
    else unescaped += escaped[j];
  }
  if (unescaped[0] === '"') unescaped = "'" + unescaped.slice(1);
  if (unescaped.length > 0 && unescaped[unescaped.length - 1] === '"') unescaped = unescaped.slice(0, -1) + "'";
  return unescaped;
}

function inspectProperty(entry, options) {
  var key = entry[0];
  options.truncate -= 2;
  if (typeof key === 'string') key = quotePropertyKey(key);
  else if (typeof key !== 'number') key = '[' + options.inspect(key, options) + ']';
  options.truncate -= key.length;
  var value = options.inspect(entry[1], options);
  return key + ': ' + value;
}

function needsStringEscape(c) {
  return c === 0x27 || c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xad ||
    (c >= 0x600 && c <= 0x604) || c === 0x70f || c === 0x17b4 || c === 0x17b5 ||
    (c >= 0x200c && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c >= 0xfff0;
}

// The characters `needsStringEscape` accepts, as one class (code units: no `u` flag).
var STRING_ESCAPES = /[\x00-\x1f\x27\x7f-\x9f\xad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/;

function inspectString(value, options) {
  var text = String(value);
  var limit = options.truncate - 2;
  // Escaping only lengthens the text, so once the escaped prefix is longer than the limit (and
  // than the ellipsis) the truncated display is decided: the rest need not be escaped.
  var stopAt = Math.max(limit, 1) + 1;
  // Most texts need no escape: the loop below would leave the part it reads as it is.
  var head = text.length > stopAt ? text.slice(0, stopAt) : text;
  if (!STRING_ESCAPES.test(head)) return options.stylize("'" + truncateText(head, limit) + "'", 'string');
  var escaped = null;
  for (var i = 0; i < text.length; i++) {
    if (escaped !== null ? escaped.length >= stopAt : i >= stopAt) {
      if (escaped === null) escaped = text.slice(0, i);
      break;
    }
    var c = text.charCodeAt(i);
    if (needsStringEscape(c)) {
      if (escaped === null) escaped = text.slice(0, i);
      if (c === 0x08) escaped += '\\b';
      else if (c === 0x09) escaped += '\\t';
      else if (c === 0x0a) escaped += '\\n';
      else if (c === 0x0c) escaped += '\\f';
      else if (c === 0x0d) escaped += '\\r';
      else if (c === 0x27) escaped += "\\'";
      else escaped += '\\u' + hexCode(c, 4).slice(-4);
    } else if (escaped !== null) {
      escaped += text[i];
    }
  }
  if (escaped !== null) text = escaped;
  return options.stylize("'" + truncateText(text, limit) + "'", 'string');
}

function inspectNumber(value, options) {
  if (Number.isNaN(value)) return options.stylize('NaN', 'number');
  if (value === Infinity) return options.stylize('Infinity', 'number');
  if (value === -Infinity) return options.stylize('-Infinity', 'number');
  if (value === 0) return options.stylize(1 / value === Infinity ? '+0' : '-0', 'number');
  return options.stylize(truncateText(value, options.truncate), 'number');
}

function inspectBigInt(value, options) {
  var digits = truncateText(value.toString(), options.truncate - 1);
  if (digits !== ELLIPSIS) digits += 'n';
  return options.stylize(digits, 'bigint');
}

function inspectFunction(fn, options) {
  var name = functionName(fn);
  if (!name) return options.stylize('[Function]', 'special');
  return options.stylize('[Function ' + truncateText(name, options.truncate - 11) + ']', 'special');
}

function inspectSymbol(value) {
  if ('description' in Symbol.prototype) {
    return value.description ? 'Symbol(' + value.description + ')' : 'Symbol()';
  }
  return value.toString();
}

function inspectArray(array, options) {
  var extraKeys = Object.keys(array).slice(array.length);
  if (!array.length && !extraKeys.length) return '[]';
  options.truncate -= 4;
  var items = inspectList(array, options);
  options.truncate -= items.length;
  var extras = '';
  if (extraKeys.length) {
    extras = inspectList(extraKeys.map(function (key) { return [key, array[key]]; }), options, inspectProperty);
  }
  return '[ ' + items + (extras ? ', ' + extras : '') + ' ]';
}

function typedArrayName(array) {
  if (array[Symbol.toStringTag]) return array[Symbol.toStringTag];
  return functionName(array.constructor);
}

function inspectTypedArray(array, options) {
  var name = typedArrayName(array);
  options.truncate -= name.length + 4;
  var extraKeys = Object.keys(array).slice(array.length);
  if (!array.length && !extraKeys.length) return name + '[]';
  var output = '';
  for (var i = 0; i < array.length; i++) {
    var text = options.stylize(truncateText(array[i], options.truncate), 'number') +
      (i === array.length - 1 ? '' : ', ');
    options.truncate -= text.length;
    if (array[i] !== array.length && options.truncate <= 3) {
      output += ELLIPSIS + '(' + (array.length - array[i] + 1) + ')';
      break;
    }
    output += text;
  }
  var extras = '';
  if (extraKeys.length) {
    extras = inspectList(extraKeys.map(function (key) { return [key, array[key]]; }), options, inspectProperty);
  }
  return name + '[ ' + output + (extras ? ', ' + extras : '') + ' ]';
}

function inspectDate(date, options) {
  var iso = date.toJSON();
  if (iso === null) return 'Invalid Date';
  var parts = iso.split('T');
  var day = parts[0];
  return options.stylize(day + 'T' + truncateText(parts[1], options.truncate - day.length - 1), 'date');
}

function inspectRegExp(value, options) {
  var flags = value.toString().split('/')[2];
  var room = options.truncate - (2 + flags.length);
  return options.stylize('/' + truncateText(value.source, room) + '/' + flags, 'regexp');
}

function inspectMapEntry(entry, options) {
  options.truncate -= 4;
  var key = options.inspect(entry[0], options);
  options.truncate -= key.length;
  var value = options.inspect(entry[1], options);
  return key + ' => ' + value;
}

function inspectMap(map, options) {
  // Chai's display shows a Map of one entry as empty too.
  if (map.size - 1 <= 0) return 'Map{}';
  options.truncate -= 7;
  var entries = [];
  map.forEach(function (value, key) { entries.push([key, value]); });
  return 'Map{ ' + inspectList(entries, options, inspectMapEntry) + ' }';
}

function inspectSet(set, options) {
  if (set.size === 0) return 'Set{}';
  options.truncate -= 7;
  var values = [];
  set.forEach(function (value) { values.push(value); });
  return 'Set{ ' + inspectList(values, options) + ' }';
}

function inspectArguments(args, options) {
  if (args.length === 0) return 'Arguments[]';
  options.truncate -= 13;
  return 'Arguments[ ' + inspectList(args, options) + ' ]';
}

var ERROR_OWN_KEYS = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
  'columnNumber', 'number', 'description'];

function inspectError(error, options) {
  var keys = Object.getOwnPropertyNames(error).filter(function (key) {
    return ERROR_OWN_KEYS.indexOf(key) === -1;
  });
  var name = error.name;
  options.truncate -= name.length;
  var message = '';
  if (typeof error.message === 'string') message = truncateText(error.message, options.truncate);
  else keys.unshift('message');
  message = message ? ': ' + message : '';
  options.truncate -= message.length + 5;
  var props = inspectList(keys.map(function (key) { return [key, error[key]]; }), options, inspectProperty);
  return name + message + (props ? ' { ' + props + ' }' : '');
}

function inspectObject(object, options) {
  var names = Object.getOwnPropertyNames(object);
  var symbols = Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(object) : [];
  if (names.length === 0 && symbols.length === 0) return '{}';
  options.truncate -= 4;
  options.seen = options.seen || [];
  if (options.seen.indexOf(object) >= 0) return '[Circular]';
  options.seen.push(object);
  var named = inspectList(names.map(function (key) { return [key, object[key]]; }), options, inspectProperty);
  var symbolic = inspectList(symbols.map(function (key) { return [key, object[key]]; }), options, inspectProperty);
  options.seen.pop();
  var separator = named && symbolic ? ', ' : '';
  return '{ ' + named + separator + symbolic + ' }';
}

function inspectClass(value, options) {
  var name = '';
  if (Symbol.toStringTag in value) name = value[Symbol.toStringTag];
  name = name || functionName(value.constructor);
  if (!name || name === '_class') name = '<Anonymous Class>';
  options.truncate -= name.length;
  return name + inspectObject(value, options);
}

function inspectUndefined(value, options) { return options.stylize('undefined', 'undefined'); }
function inspectNull(value, options) { return options.stylize(null, 'null'); }
function inspectBoolean(value, options) { return options.stylize(value, 'boolean'); }
function inspectPromise() { return 'Promise{' + ELLIPSIS + '}'; }
function inspectNothing() { return ''; }

// Inspectors by type name (a plain object, as in Chai: inherited names resolve too).
var INSPECTORS = {
  undefined: inspectUndefined, null: inspectNull, boolean: inspectBoolean, Boolean: inspectBoolean,
  number: inspectNumber, Number: inspectNumber, bigint: inspectBigInt, BigInt: inspectBigInt,
  string: inspectString, String: inspectString, function: inspectFunction, Function: inspectFunction,
  symbol: inspectSymbol, Symbol: inspectSymbol, Array: inspectArray, Date: inspectDate,
  Map: inspectMap, Set: inspectSet, RegExp: inspectRegExp, Promise: inspectPromise,
  WeakSet: function (value, options) { return options.stylize('WeakSet{' + ELLIPSIS + '}', 'special'); },
  WeakMap: function (value, options) { return options.stylize('WeakMap{' + ELLIPSIS + '}', 'special'); },
  Arguments: inspectArguments, Int8Array: inspectTypedArray, Uint8Array: inspectTypedArray,
  Uint8ClampedArray: inspectTypedArray, Int16Array: inspectTypedArray, Uint16Array: inspectTypedArray,
  Int32Array: inspectTypedArray, Uint32Array: inspectTypedArray, Float32Array: inspectTypedArray,
  Float64Array: inspectTypedArray, Generator: inspectNothing, DataView: inspectNothing,
  ArrayBuffer: inspectNothing, Error: inspectError
};

var CHAI_INSPECT = Symbol.for('chai/inspect');

function inspectValue(value, givenOptions) {
  var options = new InspectOptions(givenOptions);
  var type = value === null ? 'null' : typeof value;
  if (type === 'object') type = objectToString.call(value).slice(8, -1);
  var inspector = INSPECTORS[type];
  if (inspector) return inspector(value, options);
  if (options.customInspect && value) {
    var custom = '';
    if (CHAI_INSPECT in value && typeof value[CHAI_INSPECT] === 'function') custom = value[CHAI_INSPECT](options);
    else if ('inspect' in value && typeof value.inspect === 'function') custom = value.inspect(options.depth, options);
    if (custom) {
      if (typeof custom === 'string') return custom;
      return inspectValue(custom, options);
    }
  }
  var proto = value ? Object.getPrototypeOf(value) : false;
  if (proto === Object.prototype || proto === null) return inspectObject(value, options);
  if ('constructor' in value) {
    if (value.constructor !== Object) return inspectClass(value, options);
    return inspectObject(value, options);
  }
  if (value === Object(value)) return inspectObject(value, options);
  return options.stylize(String(value), type);
}

// Options for displaying a primitive without colours: its inspector only reads `truncate` and
// `stylize`, so one object serves every call (most inspections in passing assertions are of
// property names and keys).
var primitiveOptions = { truncate: Infinity, stylize: String };

// Chai's `util.inspect(obj, showHidden, depth, colors)`.
function inspect(obj, showHidden, depth, colors) {
  if (!colors) {
    var kind = typeof obj;
    if (kind === 'string' || kind === 'number' || kind === 'boolean' || obj === undefined || obj === null) {
      primitiveOptions.truncate = config.truncateThreshold ? config.truncateThreshold : Infinity;
      if (kind === 'string') return inspectString(obj, primitiveOptions);
      if (kind === 'number') return inspectNumber(obj, primitiveOptions);
      return String(obj);
    }
  }
  return inspectValue(obj, {
    colors: colors,
    depth: typeof depth === 'undefined' ? 2 : depth,
    showHidden: showHidden,
    truncate: config.truncateThreshold ? config.truncateThreshold : Infinity
  });
}

// The display of a value in a failure message: the inspection, shortened past the threshold.
function objDisplay(obj) {
  var text = inspect(obj);
  var type = objectToString.call(obj);
  if (config.truncateThreshold && text.length >= config.truncateThreshold) {
    if (type === '[object Function]') {
      return !obj.name || obj.name === '' ? '[Function]' : '[Function: ' + obj.name + ']';
    } else if (type === '[object Array]') {
      return '[ Array(' + obj.length + ') ]';
    } else if (type === '[object Object]') {
      var keys = Object.keys(obj);
      var shown = keys.length > 2 ? keys.splice(0, 2).join(', ') + ', ...' : keys.join(', ');
      return '{ Object (' + shown + ') }';
    }
  }
  return text;
}

function compareByInspect(a, b) {
  return inspect(a) < inspect(b) ? -1 : 1;
}

// ---------------------------------------------------------------------------------------------
// Deep equality (the rules of Chai's `deep-eql` 4)

var MemoizeMap = typeof WeakMap === 'function' ? WeakMap : Map;

function isPrimitive(value) {
  return value === null || typeof value !== 'object';
}

function memoizedResult(left, right, memo) {
  if (!memo || isPrimitive(left) || isPrimitive(right)) return null;
  var inner = memo.get(left);
  if (inner) {
    var result = inner.get(right);
    if (typeof result === 'boolean') return result;
  }
  return null;
}

function memoize(left, right, memo, result) {
  if (!memo || isPrimitive(left) || isPrimitive(right)) return;
  var inner = memo.get(left);
  if (inner) {
    inner.set(right, result);
  } else {
    inner = new MemoizeMap();
    inner.set(right, result);
    memo.set(left, inner);
  }
}

// true or false when decided without looking inside objects, null otherwise.
function simpleEqual(left, right) {
  if (left === right) return left !== 0 || 1 / left === 1 / right;
  if (left !== left && right !== right) return true;
  if (isPrimitive(left) || isPrimitive(right)) return false;
  return null;
}

function deepEqual(left, right, options) {
  if (options && options.comparator) return extensiveDeepEqual(left, right, options);
  var simple = simpleEqual(left, right);
  if (simple !== null) return simple;
  return extensiveDeepEqual(left, right, options);
}
deepEqual.MemoizeMap = MemoizeMap;

function extensiveDeepEqual(left, right, options) {
  options = options || {};
  options.memoize = options.memoize === false ? false : options.memoize || new MemoizeMap();
  var comparator = options && options.comparator;
  var known = memoizedResult(left, right, options.memoize);
  if (known !== null) return known;
  known = memoizedResult(right, left, options.memoize);
  if (known !== null) return known;
  if (comparator) {
    var compared = comparator(left, right);
    if (compared === false || compared === true) {
      memoize(left, right, options.memoize, compared);
      return compared;
    }
    var simple = simpleEqual(left, right);
    if (simple !== null) return simple;
  }
  var leftType = typeName(left);
  if (leftType !== typeName(right)) {
    memoize(left, right, options.memoize, false);
    return false;
  }
  memoize(left, right, options.memoize, true);
  var result = deepEqualByType(left, right, leftType, options);
  memoize(left, right, options.memoize, result);
  return result;
}

function deepEqualByType(left, right, type, options) {
  switch (type) {
    case 'String': case 'Number': case 'Boolean': case 'Date':
      return deepEqual(left.valueOf(), right.valueOf());
    case 'Promise': case 'Symbol': case 'function': case 'WeakMap': case 'WeakSet':
      return left === right;
    case 'Error':
      return keysEqual(left, right, ['name', 'message', 'code'], options);
    case 'Arguments': case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray':
    case 'Int16Array': case 'Uint16Array': case 'Int32Array': case 'Uint32Array':
    case 'Float32Array': case 'Float64Array': case 'Array':
      return iterableEqual(left, right, options);
    case 'RegExp':
      return left.toString() === right.toString();
    case 'Generator':
      return iterableEqual(drainIterator(left), drainIterator(right), options);
    case 'DataView':
      return iterableEqual(new Uint8Array(left.buffer), new Uint8Array(right.buffer), options);
    case 'ArrayBuffer':
      return iterableEqual(new Uint8Array(left), new Uint8Array(right), options);
    case 'Set': case 'Map':
      return entriesEqual(left, right, options);
    default:
      return objectEqual(left, right, options);
  }
}

function entriesEqual(left, right, options) {
  try {
    if (left.size !== right.size) return false;
    if (left.size === 0) return true;
  } catch (sizeError) {
    return false;
  }
  var leftItems = [];
  var rightItems = [];
  left.forEach(function (first, second) { leftItems.push([first, second]); });
  right.forEach(function (first, second) { rightItems.push([first, second]); });
  return iterableEqual(leftItems.sort(), rightItems.sort(), options);
}

function iterableEqual(left, right, options) {
  var length = left.length;
  if (length !== right.length) return false;
  if (length === 0) return true;
  for (var i = 0; i < length; i++) {
    if (deepEqual(left[i], right[i], options) === false) return false;
  }
  return true;
}

function drainIterator(iterator) {
  var step = iterator.next();
  var values = [step.value];
  while (step.done === false) {
    step = iterator.next();
    values.push(step.value);
  }
  return values;
}

function iteratorEntries(target) {
  if (typeof target === 'object' && typeof target[Symbol.iterator] === 'function') {
    try {
      return drainIterator(target[Symbol.iterator]());
    } catch (iteratorError) {
      return [];
    }
  }
  return [];
}

function enumerableKeys(target) {
  var keys = [];
  for (var key in target) keys.push(key);
  var symbols = Object.getOwnPropertySymbols(target);
  for (var i = 0; i < symbols.length; i++) {
    if (Object.getOwnPropertyDescriptor(target, symbols[i]).enumerable) keys.push(symbols[i]);
  }
  return keys;
}

function keysEqual(left, right, keys, options) {
  var length = keys.length;
  if (length === 0) return true;
  for (var i = 0; i < length; i++) {
    if (deepEqual(left[keys[i]], right[keys[i]], options) === false) return false;
  }
  return true;
}

function keyNames(keys) {
  return keys.map(function (key) { return typeof key === 'symbol' ? key.toString() : key; });
}

function objectEqual(left, right, options) {
  var leftKeys = enumerableKeys(left);
  var rightKeys = enumerableKeys(right);
  if (leftKeys.length && leftKeys.length === rightKeys.length) {
    if (iterableEqual(keyNames(leftKeys).sort(), keyNames(rightKeys).sort()) === false) return false;
    return keysEqual(left, right, leftKeys, options);
  }
  var leftEntries = iteratorEntries(left);
  var rightEntries = iteratorEntries(right);
  if (leftEntries.length && leftEntries.length === rightEntries.length) {
    leftEntries.sort();
    rightEntries.sort();
    return iterableEqual(leftEntries, rightEntries, options);
  }
  return leftKeys.length === 0 && leftEntries.length === 0 &&
    rightKeys.length === 0 && rightEntries.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Property paths (`a.b[1].c`, the rules of Chai's `pathval`)

function hasProperty(obj, name) {
  if (typeof obj === 'undefined' || obj === null) return false;
  return name in Object(obj);
}

function isDigit(c) { return c >= 0x30 && c <= 0x39; }

// Splits a path into parts {p: name} or {i: index}; `\.`, `\[` and `\]` escape.
function parsePath(path) {
  // A `[` after a character other than a backslash starts a new part (pairs scanned left to
  // right without overlap, so in `a[[` only the first bracket counts).
  var text = '';
  for (var k = 0; k < path.length; k++) {
    if (path[k] !== '\\' && path[k + 1] === '[') { text += path[k] + '.['; k++; }
    else text += path[k];
  }
  var pieces = [];
  var current = '';
  for (var i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '.') { current += '\\.'; i++; continue; }
    if (text[i] === '.') { if (current) pieces.push(current); current = ''; continue; }
    current += text[i];
  }
  if (current) pieces.push(current);
  return pieces.map(function (piece) {
    if (piece === 'constructor' || piece === '__proto__' || piece === 'prototype') return {};
    if (piece.length > 2 && piece[0] === '[' && piece[piece.length - 1] === ']') {
      var allDigits = true;
      for (var d = 1; d < piece.length - 1; d++) if (!isDigit(piece.charCodeAt(d))) allDigits = false;
      if (allDigits) return { i: parseFloat(piece.slice(1, -1)) };
    }
    var name = '';
    for (var j = 0; j < piece.length; j++) {
      var next = piece[j + 1];
      if (piece[j] === '\\' && (next === '.' || next === '[' || next === ']')) { name += next; j++; }
      else name += piece[j];
    }
    return { p: name };
  });
}

function pathValue(obj, parts, depth) {
  var current = obj;
  var result = null;
  depth = typeof depth === 'undefined' ? parts.length : depth;
  for (var i = 0; i < depth; i++) {
    var part = parts[i];
    if (current) {
      current = typeof part.p === 'undefined' ? current[part.i] : current[part.p];
      if (i === depth - 1) result = current;
    }
  }
  return result;
}

function getPathInfo(obj, path) {
  var parts = parsePath(path);
  var last = parts[parts.length - 1];
  var info = {
    parent: parts.length > 1 ? pathValue(obj, parts, parts.length - 1) : obj,
    name: last.p || last.i,
    value: pathValue(obj, parts)
  };
  info.exists = hasProperty(info.parent, info.name);
  return info;
}

// ---------------------------------------------------------------------------------------------
// Thrown-error checks (the rules of Chai's `check-error`)

var checkError = {
  compatibleInstance: function (thrown, errorLike) {
    return errorLike instanceof Error && thrown === errorLike;
  },
  compatibleConstructor: function (thrown, errorLike) {
    if (errorLike instanceof Error) {
      return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
    } else if (errorLike.prototype instanceof Error || errorLike === Error) {
      return thrown.constructor === errorLike || thrown instanceof errorLike;
    }
    return false;
  },
  compatibleMessage: function (thrown, matcher) {
    var text = typeof thrown === 'string' ? thrown : thrown.message;
    if (matcher instanceof RegExp) return matcher.test(text);
    if (typeof matcher === 'string') return text.indexOf(matcher) !== -1;
    return false;
  },
  getMessage: function (errorLike) {
    if (errorLike && errorLike.message) return errorLike.message;
    if (typeof errorLike === 'string') return errorLike;
    return '';
  },
  getConstructorName: function (errorLike) {
    var name = errorLike;
    if (errorLike instanceof Error) {
      name = functionName(errorLike.constructor);
    } else if (typeof errorLike === 'function') {
      name = functionName(errorLike);
      if (name === '') name = functionName(new errorLike()) || name;
    }
    return name;
  }
};

// ---------------------------------------------------------------------------------------------
// AssertionError

var ASSERTION_ERROR_RESERVED = ['name', 'message', 'stack', 'constructor', 'toJSON'];

/// An assertion failure: `message`, `showDiff`, and the given properties (`actual`, `expected`,
/// `operator`...), with a stack trace starting at `startFrame` when the engine can cut one.
function AssertionError(message, properties, startFrame) {
  this.message = message || 'Unspecified AssertionError';
  this.showDiff = false;
  if (properties) {
    var keys = Object.keys(properties);
    for (var i = 0; i < keys.length; i++) {
      if (ASSERTION_ERROR_RESERVED.indexOf(keys[i]) === -1) this[keys[i]] = properties[keys[i]];
    }
  }
  startFrame = startFrame || AssertionError;
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, startFrame);
  } else {
    try { throw new Error(); } catch (e) { this.stack = e.stack; }
  }
}
AssertionError.prototype = Object.create(Error.prototype);
AssertionError.prototype.name = 'AssertionError';
AssertionError.prototype.constructor = AssertionError;
AssertionError.prototype.toJSON = function (stack) {
  var props = { name: this.name };
  var keys = Object.keys(this);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key !== 'constructor' && key !== 'toJSON' && key !== 'stack') props[key] = this[key];
  }
  if (false !== stack && this.stack) props.stack = this.stack;
  return props;
};

// ---------------------------------------------------------------------------------------------
// Flags and messages

function flag(obj, key, value) {
  var flags = obj.__flags || (obj.__flags = Object.create(null));
  if (arguments.length === 3) {
    flags[key] = value;
  } else {
    return flags[key];
  }
}

// The internal forms of `flag` (no `arguments` object: these run on every word of a chain).
function getFlag(obj, key) {
  var flags = obj.__flags || (obj.__flags = Object.create(null));
  return flags[key];
}

function setFlag(obj, key, value) {
  var flags = obj.__flags || (obj.__flags = Object.create(null));
  flags[key] = value;
}

function transferFlags(assertion, object, includeAll) {
  var flags = assertion.__flags || (assertion.__flags = Object.create(null));
  if (!object.__flags) object.__flags = Object.create(null);
  includeAll = arguments.length === 3 ? includeAll : true;
  var target = object.__flags;
  for (var name in flags) {
    if (includeAll || (name !== 'object' && name !== 'ssfi' && name !== 'lockSsfi' && name != 'message')) {
      target[name] = flags[name];
    }
  }
}

function testFlagged(obj, args) {
  return getFlag(obj, 'negate') ? !args[0] : args[0];
}

function getActual(obj, args) {
  return args.length > 4 ? args[4] : obj._obj;
}

function replaceAll(text, placeholder, produce) {
  if (text.indexOf(placeholder) === -1) return text;
  return text.split(placeholder).join(produce());
}

function getMessage(obj, args) {
  var negate = getFlag(obj, 'negate');
  var val = getFlag(obj, 'object');
  var expected = args[3];
  var actual = getActual(obj, args);
  var msg = negate ? args[2] : args[1];
  var flagMsg = getFlag(obj, 'message');
  if (typeof msg === 'function') msg = msg();
  msg = msg || '';
  msg = replaceAll(msg, '#{this}', function () { return objDisplay(val); });
  msg = replaceAll(msg, '#{act}', function () { return objDisplay(actual); });
  msg = replaceAll(msg, '#{exp}', function () { return objDisplay(expected); });
  return flagMsg ? flagMsg + ': ' + msg : msg;
}

function containsWordBetweenSpaces(text, word) {
  var at = text.indexOf(word);
  while (at !== -1) {
    if (at > 0 && isSpace(text.charCodeAt(at - 1)) && isSpace(text.charCodeAt(at + word.length))) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

// RegExp `\s` (ECMA-262 §22.2.2.9 WhiteSpace and LineTerminator).
function isSpace(c) {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function getOperator(obj, args) {
  var operator = getFlag(obj, 'operator');
  var negate = getFlag(obj, 'negate');
  var expected = args[3];
  var msg = negate ? args[2] : args[1];
  if (operator) return operator;
  if (typeof msg === 'function') msg = msg();
  msg = msg || '';
  if (!msg) return undefined;
  if (containsWordBetweenSpaces(msg, 'have')) return undefined;
  var expectedType = typeName(expected);
  var isObject = expectedType === 'Array' || expectedType === 'Object' || expectedType === 'function';
  if (containsWordBetweenSpaces(msg, 'not')) return isObject ? 'notDeepStrictEqual' : 'notStrictEqual';
  return isObject ? 'deepStrictEqual' : 'strictEqual';
}

function expectTypes(obj, types) {
  var flagMsg = getFlag(obj, 'message');
  var ssfi = getFlag(obj, 'ssfi');
  flagMsg = flagMsg ? flagMsg + ': ' : '';
  obj = getFlag(obj, 'object');
  types = types.map(function (t) { return t.toLowerCase(); });
  types.sort();
  var listed = types.map(function (t, index) {
    var article = 'aeiou'.indexOf(t.charAt(0)) !== -1 && t.charAt(0) !== '' ? 'an' : 'a';
    var or = types.length > 1 && index === types.length - 1 ? 'or ' : '';
    return or + article + ' ' + t;
  }).join(', ');
  var objType = typeName(obj).toLowerCase();
  if (!types.some(function (expected) { return objType === expected; })) {
    throw new AssertionError(flagMsg + 'object tested must be ' + listed + ', but ' + objType + ' given', undefined, ssfi);
  }
}

function getOwnEnumerablePropertySymbols(obj) {
  if (typeof Object.getOwnPropertySymbols !== 'function') return [];
  return Object.getOwnPropertySymbols(obj).filter(function (sym) {
    return Object.getOwnPropertyDescriptor(obj, sym).enumerable;
  });
}

function getOwnEnumerableProperties(obj) {
  return Object.keys(obj).concat(getOwnEnumerablePropertySymbols(obj));
}

function getProperties(object) {
  var result = Object.getOwnPropertyNames(object);
  var proto = Object.getPrototypeOf(object);
  while (proto !== null) {
    var names = Object.getOwnPropertyNames(proto);
    for (var i = 0; i < names.length; i++) {
      if (result.indexOf(names[i]) === -1) result.push(names[i]);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Proxies that reject unknown properties (only where the engine has Proxy and config.useProxy)

var proxyAvailable = typeof Proxy !== 'undefined' && typeof Reflect !== 'undefined';

function isProxyEnabled() {
  return config.useProxy && proxyAvailable;
}

var PROXY_BUILTINS = ['__flags', '__methods', '_obj', 'assert'];

// Edit distance between two names, counting at most `cap`.
function cappedDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  var rows = [];
  for (var i = 0; i <= a.length; i++) {
    rows[i] = [];
    for (var k = 0; k <= b.length; k++) rows[i][k] = 0;
    rows[i][0] = i;
  }
  for (var j = 0; j < b.length; j++) rows[0][j] = j;
  for (var x = 1; x <= a.length; x++) {
    var ch = a.charCodeAt(x - 1);
    for (var y = 1; y <= b.length; y++) {
      if (Math.abs(x - y) >= cap) { rows[x][y] = cap; continue; }
      rows[x][y] = Math.min(rows[x - 1][y] + 1, rows[x][y - 1] + 1,
        rows[x - 1][y - 1] + (ch === b.charCodeAt(y - 1) ? 0 : 1));
    }
  }
  return rows[a.length][b.length];
}

function proxify(obj, nonChainableMethodName) {
  if (!isProxyEnabled()) return obj;
  return new Proxy(obj, {
    get: function proxyGetter(target, property) {
      if (typeof property === 'string' && config.proxyExcludedKeys.indexOf(property) === -1 &&
          !Reflect.has(target, property)) {
        if (nonChainableMethodName) {
          throw Error('Invalid Chai property: ' + nonChainableMethodName + '.' + property +
            '. See docs for proper usage of "' + nonChainableMethodName + '".');
        }
        var suggestion = null;
        var best = 4;
        getProperties(target).forEach(function (prop) {
          if (!Object.prototype.hasOwnProperty(prop) && PROXY_BUILTINS.indexOf(prop) === -1) {
            var distance = cappedDistance(property, prop, best);
            if (distance < best) { suggestion = prop; best = distance; }
          }
        });
        if (suggestion !== null) {
          throw Error('Invalid Chai property: ' + property + '. Did you mean "' + suggestion + '"?');
        }
        throw Error('Invalid Chai property: ' + property);
      }
      if (PROXY_BUILTINS.indexOf(property) === -1 && !getFlag(target, 'lockSsfi')) setFlag(target, 'ssfi', proxyGetter);
      return Reflect.get(target, property);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Assertion and the ways plugins extend it

/// One assertion in a chain: holds the flags (`object`, `negate`, `deep`...) that the chain's
/// words set and its final method reads.
function Assertion(obj, msg, ssfi, lockSsfi) {
  // Looked up rather than created, as in Chai: flags put on the prototype are shared.
  var flags = this.__flags || (this.__flags = Object.create(null));
  flags.ssfi = ssfi || Assertion;
  flags.lockSsfi = lockSsfi;
  flags.object = obj;
  flags.message = msg;
  flags.eql = config.deepEqual || deepEqual;
  return proxify(this);
}

var AssertionPrototype = Assertion.prototype;

// A fresh assertion carrying all of `from`'s flags (what a chain word returns).
function continueChain(from) {
  if (AssertionPrototype.__flags !== undefined) {
    // Someone used a chain word on the prototype itself: follow Chai's steps exactly.
    var exact = new Assertion();
    transferFlags(from, exact);
    return exact;
  }
  var next = Object.create(AssertionPrototype);
  var flags = from.__flags || (from.__flags = Object.create(null));
  next.__flags = copyFlags(flags);
  return config.useProxy && proxyAvailable ? proxify(next) : next;
}

var assignOwn = typeof Object.assign === 'function' ? Object.assign : null;

// A copy of a flags object (own null-prototype objects, so an own-property copy is a full copy).
function copyFlags(flags) {
  var target = Object.create(null);
  if (assignOwn !== null && Object.getPrototypeOf(flags) === null) return assignOwn(target, flags);
  for (var name in flags) target[name] = flags[name];
  return target;
}

function addProperty(ctx, name, getter) {
  var behaviour = getter === undefined ? null : getter;
  Object.defineProperty(ctx, name, {
    get: function propertyGetter() {
      var flags = this.__flags || (this.__flags = Object.create(null));
      if (!(config.useProxy && proxyAvailable) && !flags.lockSsfi) flags.ssfi = propertyGetter;
      if (behaviour !== null) {
        var result = behaviour.call(this);
        if (result !== undefined) return result;
      }
      return continueChain(this);
    },
    configurable: true
  });
}

var functionLengthDescriptor = Object.getOwnPropertyDescriptor(function () {}, 'length');
var lengthGuards = Object.create(null);

// The `length` getter that reports `name.length` as a misuse (`length` would otherwise give
// the function's arity, silently).
function lengthGuard(assertionName, isChainable) {
  var key = (isChainable ? 'c:' : 'm:') + assertionName;
  var guard = lengthGuards[key];
  if (guard === undefined) {
    guard = {
      get: function () {
        if (isChainable) {
          throw Error('Invalid Chai property: ' + assertionName + '.length. Due' +
            ' to a compatibility issue, "length" cannot directly follow "' +
            assertionName + '". Use "' + assertionName + '.lengthOf" instead.');
        }
        throw Error('Invalid Chai property: ' + assertionName + '.length. See' +
          ' docs for proper usage of "' + assertionName + '".');
      }
    };
    lengthGuards[key] = guard;
  }
  return guard;
}

function addLengthGuard(fn, assertionName, isChainable) {
  if (!functionLengthDescriptor.configurable) return fn;
  Object.defineProperty(fn, 'length', lengthGuard(assertionName, isChainable));
  return fn;
}

function addMethod(ctx, name, method) {
  // A rest parameter, not `arguments`: the same arguments reach `method`, without the mapped
  // arguments object a sloppy function makes (several times a plain call here).
  var methodWrapper = function (...args) {
    var flags = this.__flags || (this.__flags = Object.create(null));
    if (!flags.lockSsfi) flags.ssfi = methodWrapper;
    var result = method.apply(this, args);
    if (result !== undefined) return result;
    return continueChain(this);
  };
  addLengthGuard(methodWrapper, name, false);
  ctx[name] = proxify(methodWrapper, name);
}

var functionCall = Function.prototype.call;
var functionApply = Function.prototype.apply;

function noChainingBehaviour() {}

// Flags objects whose `ssfi` is a chain word's wrapper: the wrapper inherits from the assertion that
// holds those flags, a cycle that keeps the tested value alive until the realm is replaced. The
// sandbox cuts these links when a script has ended (`releaseChains`), when nothing can see them.
var chainFlagsHeld = [];

function releaseChains() {
  for (var i = 0; i < chainFlagsHeld.length; i++) delete chainFlagsHeld[i].ssfi;
  chainFlagsHeld.length = 0;
}

function addChainableMethod(ctx, name, method, chainingBehavior) {
  if (typeof chainingBehavior !== 'function') chainingBehavior = noChainingBehaviour;
  var chainable = { method: method, chainingBehavior: chainingBehavior };
  if (!ctx.__methods) ctx.__methods = {};
  ctx.__methods[name] = chainable;
  var guard = lengthGuard(name, true);
  Object.defineProperty(ctx, name, {
    get: function chainableMethodGetter() {
      chainable.chainingBehavior.call(this);
      // `arguments.callee`, not the wrapper's own name: a closure that names itself is a cycle (the
      // function holds the scope that holds it), which would keep the tested value alive.
      var chainableMethodWrapper = function () {
        var flags = this.__flags || (this.__flags = Object.create(null));
        if (!flags.lockSsfi) {
          flags.ssfi = arguments.callee;
          if (this !== AssertionPrototype) chainFlagsHeld.push(flags);
        }
        var result = chainable.method.apply(this, arguments);
        if (result !== undefined) return result;
        return continueChain(this);
      };
      if (functionLengthDescriptor.configurable) Object.defineProperty(chainableMethodWrapper, 'length', guard);
      var prototype = Object.create(this);
      prototype.call = functionCall;
      prototype.apply = functionApply;
      Object.setPrototypeOf(chainableMethodWrapper, prototype);
      // As in Chai, the wrapper has no flags of its own: it inherits (shares) this assertion's.
      if (!this.__flags) this.__flags = Object.create(null);
      return config.useProxy && proxyAvailable ? proxify(chainableMethodWrapper) : chainableMethodWrapper;
    },
    configurable: true
  });
}

function overwriteProperty(ctx, name, getter) {
  var existing = Object.getOwnPropertyDescriptor(ctx, name);
  var _super = function () {};
  if (existing && typeof existing.get === 'function') _super = existing.get;
  Object.defineProperty(ctx, name, {
    get: function overwritingPropertyGetter() {
      if (!isProxyEnabled() && !getFlag(this, 'lockSsfi')) setFlag(this, 'ssfi', overwritingPropertyGetter);
      var origLockSsfi = getFlag(this, 'lockSsfi');
      setFlag(this, 'lockSsfi', true);
      var result = getter(_super).call(this);
      setFlag(this, 'lockSsfi', origLockSsfi);
      if (result !== undefined) return result;
      return continueChain(this);
    },
    configurable: true
  });
}

function overwriteMethod(ctx, name, method) {
  var existing = ctx[name];
  var _super = function () { throw new Error(name + ' is not a function'); };
  if (existing && typeof existing === 'function') _super = existing;
  var overwritingMethodWrapper = function () {
    if (!getFlag(this, 'lockSsfi')) setFlag(this, 'ssfi', overwritingMethodWrapper);
    var origLockSsfi = getFlag(this, 'lockSsfi');
    setFlag(this, 'lockSsfi', true);
    var result = method(_super).apply(this, arguments);
    setFlag(this, 'lockSsfi', origLockSsfi);
    if (result !== undefined) return result;
    return continueChain(this);
  };
  addLengthGuard(overwritingMethodWrapper, name, false);
  ctx[name] = proxify(overwritingMethodWrapper, name);
}

function overwriteChainableMethod(ctx, name, method, chainingBehavior) {
  var chainable = ctx.__methods[name];
  var previousChaining = chainable.chainingBehavior;
  chainable.chainingBehavior = function overwritingChainableMethodGetter() {
    var result = chainingBehavior(previousChaining).call(this);
    if (result !== undefined) return result;
    return continueChain(this);
  };
  var previousMethod = chainable.method;
  chainable.method = function overwritingChainableMethodWrapper() {
    var result = method(previousMethod).apply(this, arguments);
    if (result !== undefined) return result;
    return continueChain(this);
  };
}

Object.defineProperty(Assertion, 'includeStack', {
  get: function () {
    console.warn('Assertion.includeStack is deprecated, use chai.config.includeStack instead.');
    return config.includeStack;
  },
  set: function (value) {
    console.warn('Assertion.includeStack is deprecated, use chai.config.includeStack instead.');
    config.includeStack = value;
  }
});

Object.defineProperty(Assertion, 'showDiff', {
  get: function () {
    console.warn('Assertion.showDiff is deprecated, use chai.config.showDiff instead.');
    return config.showDiff;
  },
  set: function (value) {
    console.warn('Assertion.showDiff is deprecated, use chai.config.showDiff instead.');
    config.showDiff = value;
  }
});

Assertion.addProperty = function (name, fn) { addProperty(this.prototype, name, fn); };
Assertion.addMethod = function (name, fn) { addMethod(this.prototype, name, fn); };
Assertion.addChainableMethod = function (name, fn, chainingBehavior) {
  addChainableMethod(this.prototype, name, fn, chainingBehavior);
};
Assertion.overwriteProperty = function (name, fn) { overwriteProperty(this.prototype, name, fn); };
Assertion.overwriteMethod = function (name, fn) { overwriteMethod(this.prototype, name, fn); };
Assertion.overwriteChainableMethod = function (name, fn, chainingBehavior) {
  overwriteChainableMethod(this.prototype, name, fn, chainingBehavior);
};

AssertionPrototype.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {
  var ok = testFlagged(this, arguments);
  if (false !== showDiff) showDiff = true;
  if (undefined === expected && undefined === _actual) showDiff = false;
  if (true !== config.showDiff) showDiff = false;
  if (!ok) {
    msg = getMessage(this, arguments);
    var actual = getActual(this, arguments);
    var properties = { actual: actual, expected: expected, showDiff: showDiff };
    var operator = getOperator(this, arguments);
    if (operator) properties.operator = operator;
    throw new AssertionError(msg, properties, config.includeStack ? this.assert : getFlag(this, 'ssfi'));
  }
};

Object.defineProperty(AssertionPrototype, '_obj', {
  get: function () { return getFlag(this, 'object'); },
  set: function (val) { setFlag(this, 'object', val); }
});

// ---------------------------------------------------------------------------------------------
// The BDD vocabulary

var LANGUAGE_CHAINS = ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which',
  'at', 'of', 'same', 'but', 'does', 'still', 'also'];
for (var chainIndex = 0; chainIndex < LANGUAGE_CHAINS.length; chainIndex++) {
  addProperty(AssertionPrototype, LANGUAGE_CHAINS[chainIndex]);
}

function flagSetter(name) {
  return function () { setFlag(this, name, true); };
}
addProperty(AssertionPrototype, 'not', flagSetter('negate'));
addProperty(AssertionPrototype, 'deep', flagSetter('deep'));
addProperty(AssertionPrototype, 'nested', flagSetter('nested'));
addProperty(AssertionPrototype, 'own', flagSetter('own'));
addProperty(AssertionPrototype, 'ordered', flagSetter('ordered'));
addProperty(AssertionPrototype, 'any', function () { setFlag(this, 'any', true); setFlag(this, 'all', false); });
addProperty(AssertionPrototype, 'all', function () { setFlag(this, 'all', true); setFlag(this, 'any', false); });
addProperty(AssertionPrototype, 'itself', flagSetter('itself'));

function startsWithVowel(text) {
  var c = text.charAt(0);
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function prefixOf(flagMsg) {
  return flagMsg ? flagMsg + ': ' : '';
}

// The preconditions Chai's words check with an inner assertion (`property(name)`, `a(type)`),
// checked here first: the inner assertion is made only to fail, with Chai's error and stack start.
function requireProperty(obj, name, flagMsg, ssfi) {
  if (hasProperty(obj, name)) { void obj[name]; return; }
  new Assertion(obj, flagMsg, ssfi, true).to.have.property(name);
}

function requireType(value, type, flagMsg, ssfi) {
  if (typeName(value).toLowerCase() !== type) new Assertion(value, flagMsg, ssfi, true).to.be.a(type);
}

function assertType(type, msg) {
  if (msg) setFlag(this, 'message', msg);
  type = type.toLowerCase();
  var obj = getFlag(this, 'object');
  var article = startsWithVowel(type) ? 'an ' : 'a ';
  this.assert(
    type === typeName(obj).toLowerCase(),
    'expected #{this} to be ' + article + type,
    'expected #{this} not to be ' + article + type
  );
}
addChainableMethod(AssertionPrototype, 'an', assertType);
addChainableMethod(AssertionPrototype, 'a', assertType);

function sameValueZero(a, b) {
  return (isNaNValue(a) && isNaNValue(b)) || a === b;
}

function includeChainingBehavior() {
  setFlag(this, 'contains', true);
}

function assertInclude(val, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var objType = typeName(obj).toLowerCase();
  var flagMsg = prefixOf(getFlag(this, 'message'));
  var negate = getFlag(this, 'negate');
  var ssfi = getFlag(this, 'ssfi');
  var isDeep = getFlag(this, 'deep');
  var descriptor = isDeep ? 'deep ' : '';
  var isEql = isDeep ? getFlag(this, 'eql') : sameValueZero;
  var included = false;
  switch (objType) {
    case 'string':
      included = obj.indexOf(val) !== -1;
      break;
    case 'weakset':
      if (isDeep) throw new AssertionError(flagMsg + 'unable to use .deep.include with WeakSet', undefined, ssfi);
      included = obj.has(val);
      break;
    case 'map':
      obj.forEach(function (item) { included = included || isEql(item, val); });
      break;
    case 'set':
      if (isDeep) obj.forEach(function (item) { included = included || isEql(item, val); });
      else included = obj.has(val);
      break;
    case 'array':
      if (isDeep) included = obj.some(function (item) { return isEql(item, val); });
      else included = obj.indexOf(val) !== -1;
      break;
    default:
      if (val !== Object(val)) {
        var valType = typeName(val).toLowerCase();
        throw new AssertionError(flagMsg + 'the given combination of arguments (' + objType + ' and ' +
          valType + ') is invalid for this assertion. ' +
          'You can use an array, a map, an object, a set, a string, or a weakset instead of a ' +
          valType, undefined, ssfi);
      }
      var props = Object.keys(val);
      var firstErr = null;
      var numErrs = 0;
      // Without flags that change `property`, a member that is there with the value passes as
      // `property(prop, value)` would; only one that is not makes the assertion (for its error).
      var plain = !negate && !isDeep && !getFlag(this, 'nested') && !getFlag(this, 'own') && obj !== null && obj !== undefined;
      for (var i = 0; i < props.length; i++) {
        var prop = props[i];
        if (plain) {
          var wanted = val[prop];
          if (hasProperty(obj, prop) && strictlyEqual(wanted, obj[prop])) continue;
          var failing = new Assertion(obj);
          transferFlags(this, failing, true);
          setFlag(failing, 'lockSsfi', true);
          failing.property(prop, wanted);
          continue;
        }
        var propAssertion = new Assertion(obj);
        transferFlags(this, propAssertion, true);
        setFlag(propAssertion, 'lockSsfi', true);
        if (!negate || props.length === 1) {
          propAssertion.property(prop, val[prop]);
          continue;
        }
        try {
          propAssertion.property(prop, val[prop]);
        } catch (err) {
          if (!checkError.compatibleConstructor(err, AssertionError)) throw err;
          if (firstErr === null) firstErr = err;
          numErrs++;
        }
      }
      if (negate && props.length > 1 && numErrs === props.length) throw firstErr;
      return;
  }
  this.assert(
    included,
    'expected #{this} to ' + descriptor + 'include ' + inspect(val),
    'expected #{this} to not ' + descriptor + 'include ' + inspect(val));
}
addChainableMethod(AssertionPrototype, 'include', assertInclude, includeChainingBehavior);
addChainableMethod(AssertionPrototype, 'contain', assertInclude, includeChainingBehavior);
addChainableMethod(AssertionPrototype, 'contains', assertInclude, includeChainingBehavior);
addChainableMethod(AssertionPrototype, 'includes', assertInclude, includeChainingBehavior);

addProperty(AssertionPrototype, 'ok', function () {
  this.assert(getFlag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
});

addProperty(AssertionPrototype, 'true', function () {
  this.assert(true === getFlag(this, 'object'), 'expected #{this} to be true', 'expected #{this} to be false',
    getFlag(this, 'negate') ? false : true);
});

addProperty(AssertionPrototype, 'false', function () {
  this.assert(false === getFlag(this, 'object'), 'expected #{this} to be false', 'expected #{this} to be true',
    getFlag(this, 'negate') ? true : false);
});

addProperty(AssertionPrototype, 'null', function () {
  this.assert(null === getFlag(this, 'object'), 'expected #{this} to be null', 'expected #{this} not to be null');
});

addProperty(AssertionPrototype, 'undefined', function () {
  this.assert(undefined === getFlag(this, 'object'), 'expected #{this} to be undefined',
    'expected #{this} not to be undefined');
});

addProperty(AssertionPrototype, 'NaN', function () {
  this.assert(isNaNValue(getFlag(this, 'object')), 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
});

function assertExist() {
  var val = getFlag(this, 'object');
  this.assert(val !== null && val !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
}
addProperty(AssertionPrototype, 'exist', assertExist);
addProperty(AssertionPrototype, 'exists', assertExist);

addProperty(AssertionPrototype, 'empty', function () {
  var val = getFlag(this, 'object');
  var ssfi = getFlag(this, 'ssfi');
  var flagMsg = prefixOf(getFlag(this, 'message'));
  var itemsCount;
  switch (typeName(val).toLowerCase()) {
    case 'array':
    case 'string':
      itemsCount = val.length;
      break;
    case 'map':
    case 'set':
      itemsCount = val.size;
      break;
    case 'weakmap':
    case 'weakset':
      throw new AssertionError(flagMsg + '.empty was passed a weak collection', undefined, ssfi);
    case 'function':
      var text = flagMsg + '.empty was passed a function ' + functionName(val);
      throw new AssertionError(text.trim(), undefined, ssfi);
    default:
      if (val !== Object(val)) {
        throw new AssertionError(flagMsg + '.empty was passed non-string primitive ' + inspect(val), undefined, ssfi);
      }
      itemsCount = Object.keys(val).length;
  }
  this.assert(0 === itemsCount, 'expected #{this} to be empty', 'expected #{this} not to be empty');
});

function assertArguments() {
  var type = typeName(getFlag(this, 'object'));
  this.assert('Arguments' === type, 'expected #{this} to be arguments but got ' + type,
    'expected #{this} to not be arguments');
}
addProperty(AssertionPrototype, 'arguments', assertArguments);
addProperty(AssertionPrototype, 'Arguments', assertArguments);

function assertEqual(val, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  if (getFlag(this, 'deep')) {
    var prevLockSsfi = getFlag(this, 'lockSsfi');
    setFlag(this, 'lockSsfi', true);
    this.eql(val);
    setFlag(this, 'lockSsfi', prevLockSsfi);
  } else {
    this.assert(val === obj, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}',
      val, this._obj, true);
  }
}
addMethod(AssertionPrototype, 'equal', assertEqual);
addMethod(AssertionPrototype, 'equals', assertEqual);
addMethod(AssertionPrototype, 'eq', assertEqual);

function assertEql(obj, msg) {
  if (msg) setFlag(this, 'message', msg);
  var eql = getFlag(this, 'eql');
  this.assert(eql(obj, getFlag(this, 'object')), 'expected #{this} to deeply equal #{exp}',
    'expected #{this} to not deeply equal #{exp}', obj, this._obj, true);
}
addMethod(AssertionPrototype, 'eql', assertEql);
addMethod(AssertionPrototype, 'eqls', assertEql);

// above / least / below / most share their checks; `word` names the assertion in messages.
var COMPARISONS = {
  above: { test: function (a, b) { return a > b; }, length: ' above #{exp} but got #{act}',
    notLength: ['expected #{this} to not have a ', ' above #{exp}'],
    plain: 'expected #{this} to be above #{exp}', notPlain: 'expected #{this} to be at most #{exp}' },
  least: { test: function (a, b) { return a >= b; }, length: ' at least #{exp} but got #{act}',
    notLength: ['expected #{this} to have a ', ' below #{exp}'],
    plain: 'expected #{this} to be at least #{exp}', notPlain: 'expected #{this} to be below #{exp}' },
  below: { test: function (a, b) { return a < b; }, length: ' below #{exp} but got #{act}',
    notLength: ['expected #{this} to not have a ', ' below #{exp}'],
    plain: 'expected #{this} to be below #{exp}', notPlain: 'expected #{this} to be at least #{exp}' },
  most: { test: function (a, b) { return a <= b; }, length: ' at most #{exp} but got #{act}',
    notLength: ['expected #{this} to have a ', ' above #{exp}'],
    plain: 'expected #{this} to be at most #{exp}', notPlain: 'expected #{this} to be above #{exp}' }
};

function printForComparison(obj, objType) {
  return objType === 'string' ? "'" + obj + "'" : obj;
}

function compareAssertion(word) {
  var rule = COMPARISONS[word];
  return function (n, msg) {
    if (msg) setFlag(this, 'message', msg);
    var obj = getFlag(this, 'object');
    var doLength = getFlag(this, 'doLength');
    var flagMsg = getFlag(this, 'message');
    var msgPrefix = prefixOf(flagMsg);
    var ssfi = getFlag(this, 'ssfi');
    var objType = typeName(obj).toLowerCase();
    var nType = typeName(n).toLowerCase();
    var errorMessage = null;
    if (doLength && objType !== 'map' && objType !== 'set') {
      requireProperty(obj, 'length', flagMsg, ssfi);
    }
    if (!doLength && (objType === 'date' && nType !== 'date')) {
      errorMessage = msgPrefix + 'the argument to ' + word + ' must be a date';
    } else if (nType !== 'number' && (doLength || objType === 'number')) {
      errorMessage = msgPrefix + 'the argument to ' + word + ' must be a number';
    } else if (!doLength && (objType !== 'date' && objType !== 'number')) {
      errorMessage = msgPrefix + 'expected ' + printForComparison(obj, objType) + ' to be a number or a date';
    }
    if (errorMessage !== null) throw new AssertionError(errorMessage, undefined, ssfi);
    if (doLength) {
      var descriptor = 'length';
      var itemsCount;
      if (objType === 'map' || objType === 'set') {
        descriptor = 'size';
        itemsCount = obj.size;
      } else {
        itemsCount = obj.length;
      }
      this.assert(rule.test(itemsCount, n),
        'expected #{this} to have a ' + descriptor + rule.length,
        rule.notLength[0] + descriptor + rule.notLength[1], n, itemsCount);
    } else {
      this.assert(rule.test(obj, n), rule.plain, rule.notPlain, n);
    }
  };
}

var assertAbove = compareAssertion('above');
var assertLeast = compareAssertion('least');
var assertBelow = compareAssertion('below');
var assertMost = compareAssertion('most');
addMethod(AssertionPrototype, 'above', assertAbove);
addMethod(AssertionPrototype, 'gt', assertAbove);
addMethod(AssertionPrototype, 'greaterThan', assertAbove);
addMethod(AssertionPrototype, 'least', assertLeast);
addMethod(AssertionPrototype, 'gte', assertLeast);
addMethod(AssertionPrototype, 'greaterThanOrEqual', assertLeast);
addMethod(AssertionPrototype, 'below', assertBelow);
addMethod(AssertionPrototype, 'lt', assertBelow);
addMethod(AssertionPrototype, 'lessThan', assertBelow);
addMethod(AssertionPrototype, 'most', assertMost);
addMethod(AssertionPrototype, 'lte', assertMost);
addMethod(AssertionPrototype, 'lessThanOrEqual', assertMost);

addMethod(AssertionPrototype, 'within', function (start, finish, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var doLength = getFlag(this, 'doLength');
  var flagMsg = getFlag(this, 'message');
  var msgPrefix = prefixOf(flagMsg);
  var ssfi = getFlag(this, 'ssfi');
  var objType = typeName(obj).toLowerCase();
  var startType = typeName(start).toLowerCase();
  var finishType = typeName(finish).toLowerCase();
  var errorMessage = null;
  var range = (startType === 'date' && finishType === 'date')
    ? start.toISOString() + '..' + finish.toISOString()
    : start + '..' + finish;
  if (doLength && objType !== 'map' && objType !== 'set') {
    requireProperty(obj, 'length', flagMsg, ssfi);
  }
  if (!doLength && (objType === 'date' && (startType !== 'date' || finishType !== 'date'))) {
    errorMessage = msgPrefix + 'the arguments to within must be dates';
  } else if ((startType !== 'number' || finishType !== 'number') && (doLength || objType === 'number')) {
    errorMessage = msgPrefix + 'the arguments to within must be numbers';
  } else if (!doLength && (objType !== 'date' && objType !== 'number')) {
    errorMessage = msgPrefix + 'expected ' + printForComparison(obj, objType) + ' to be a number or a date';
  }
  if (errorMessage !== null) throw new AssertionError(errorMessage, undefined, ssfi);
  if (doLength) {
    var descriptor = 'length';
    var itemsCount;
    if (objType === 'map' || objType === 'set') {
      descriptor = 'size';
      itemsCount = obj.size;
    } else {
      itemsCount = obj.length;
    }
    this.assert(itemsCount >= start && itemsCount <= finish,
      'expected #{this} to have a ' + descriptor + ' within ' + range,
      'expected #{this} to not have a ' + descriptor + ' within ' + range);
  } else {
    this.assert(obj >= start && obj <= finish,
      'expected #{this} to be within ' + range,
      'expected #{this} to not be within ' + range);
  }
});

function assertInstanceOf(constructor, msg) {
  if (msg) setFlag(this, 'message', msg);
  var target = getFlag(this, 'object');
  var ssfi = getFlag(this, 'ssfi');
  var flagMsg = getFlag(this, 'message');
  var isInstanceOf;
  try {
    isInstanceOf = target instanceof constructor;
  } catch (err) {
    if (err instanceof TypeError) {
      throw new AssertionError(prefixOf(flagMsg) + 'The instanceof assertion needs a constructor but ' +
        typeName(constructor) + ' was given.', undefined, ssfi);
    }
    throw err;
  }
  var name = functionName(constructor);
  if (name === null) name = 'an unnamed constructor';
  this.assert(isInstanceOf, 'expected #{this} to be an instance of ' + name,
    'expected #{this} to not be an instance of ' + name);
}
addMethod(AssertionPrototype, 'instanceof', assertInstanceOf);
addMethod(AssertionPrototype, 'instanceOf', assertInstanceOf);

function strictlyEqual(a, b) { return a === b; }

function assertProperty(name, val, msg) {
  if (msg) setFlag(this, 'message', msg);
  var isNested = getFlag(this, 'nested');
  var isOwn = getFlag(this, 'own');
  var flagMsg = prefixOf(getFlag(this, 'message'));
  var obj = getFlag(this, 'object');
  var ssfi = getFlag(this, 'ssfi');
  var nameType = typeof name;
  if (isNested) {
    if (nameType !== 'string') {
      throw new AssertionError(flagMsg + 'the argument to property must be a string when using nested syntax',
        undefined, ssfi);
    }
  } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
    throw new AssertionError(flagMsg + 'the argument to property must be a string, number, or symbol',
      undefined, ssfi);
  }
  if (isNested && isOwn) {
    throw new AssertionError(flagMsg + 'The "nested" and "own" flags cannot be combined.', undefined, ssfi);
  }
  if (obj === null || obj === undefined) {
    throw new AssertionError(flagMsg + 'Target cannot be null or undefined.', undefined, ssfi);
  }
  var isDeep = getFlag(this, 'deep');
  var negate = getFlag(this, 'negate');
  var pathInfo = isNested ? getPathInfo(obj, name) : null;
  var value = isNested ? pathInfo.value : obj[name];
  var isEql = isDeep ? getFlag(this, 'eql') : strictlyEqual;
  var descriptor = '';
  if (isDeep) descriptor += 'deep ';
  if (isOwn) descriptor += 'own ';
  if (isNested) descriptor += 'nested ';
  descriptor += 'property ';
  var has;
  if (isOwn) has = hasOwn.call(obj, name);
  else if (isNested) has = pathInfo.exists;
  else has = hasProperty(obj, name);
  if (!negate || arguments.length === 1) {
    this.assert(has, 'expected #{this} to have ' + descriptor + inspect(name),
      'expected #{this} to not have ' + descriptor + inspect(name));
  }
  if (arguments.length > 1) {
    this.assert(has && isEql(val, value),
      'expected #{this} to have ' + descriptor + inspect(name) + ' of #{exp}, but got #{act}',
      'expected #{this} to not have ' + descriptor + inspect(name) + ' of #{act}',
      val, value);
  }
  setFlag(this, 'object', value);
}
addMethod(AssertionPrototype, 'property', assertProperty);

function assertOwnProperty(name, value, msg) {
  setFlag(this, 'own', true);
  assertProperty.apply(this, arguments);
}
addMethod(AssertionPrototype, 'ownProperty', assertOwnProperty);
addMethod(AssertionPrototype, 'haveOwnProperty', assertOwnProperty);

function assertOwnPropertyDescriptor(name, descriptor, msg) {
  if (typeof descriptor === 'string') {
    msg = descriptor;
    descriptor = null;
  }
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var actualDescriptor = Object.getOwnPropertyDescriptor(Object(obj), name);
  var eql = getFlag(this, 'eql');
  if (actualDescriptor && descriptor) {
    this.assert(eql(descriptor, actualDescriptor),
      'expected the own property descriptor for ' + inspect(name) + ' on #{this} to match ' +
        inspect(descriptor) + ', got ' + inspect(actualDescriptor),
      'expected the own property descriptor for ' + inspect(name) + ' on #{this} to not match ' +
        inspect(descriptor),
      descriptor, actualDescriptor, true);
  } else {
    this.assert(actualDescriptor,
      'expected #{this} to have an own property descriptor for ' + inspect(name),
      'expected #{this} to not have an own property descriptor for ' + inspect(name));
  }
  setFlag(this, 'object', actualDescriptor);
}
addMethod(AssertionPrototype, 'ownPropertyDescriptor', assertOwnPropertyDescriptor);
addMethod(AssertionPrototype, 'haveOwnPropertyDescriptor', assertOwnPropertyDescriptor);

function lengthChainingBehavior() {
  setFlag(this, 'doLength', true);
}

function assertLength(n, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var objType = typeName(obj).toLowerCase();
  var flagMsg = getFlag(this, 'message');
  var ssfi = getFlag(this, 'ssfi');
  var descriptor = 'length';
  var itemsCount;
  if (objType === 'map' || objType === 'set') {
    descriptor = 'size';
    itemsCount = obj.size;
  } else {
    requireProperty(obj, 'length', flagMsg, ssfi);
    itemsCount = obj.length;
  }
  this.assert(itemsCount == n,
    'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
    'expected #{this} to not have a ' + descriptor + ' of #{act}',
    n, itemsCount);
}
addChainableMethod(AssertionPrototype, 'length', assertLength, lengthChainingBehavior);
addChainableMethod(AssertionPrototype, 'lengthOf', assertLength, lengthChainingBehavior);

function assertMatch(re, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  this.assert(re.exec(obj), 'expected #{this} to match ' + re, 'expected #{this} not to match ' + re);
}
addMethod(AssertionPrototype, 'match', assertMatch);
addMethod(AssertionPrototype, 'matches', assertMatch);

addMethod(AssertionPrototype, 'string', function (str, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var flagMsg = getFlag(this, 'message');
  var ssfi = getFlag(this, 'ssfi');
  requireType(obj, 'string', flagMsg, ssfi);
  this.assert(~obj.indexOf(str), 'expected #{this} to contain ' + inspect(str),
    'expected #{this} to not contain ' + inspect(str));
});

function assertKeys(keys) {
  var obj = getFlag(this, 'object');
  var objType = typeName(obj);
  var keysType = typeName(keys);
  var ssfi = getFlag(this, 'ssfi');
  var isDeep = getFlag(this, 'deep');
  var text;
  var deepStr = '';
  var actual;
  var ok = true;
  var flagMsg = prefixOf(getFlag(this, 'message'));
  var mixedArgsMsg = flagMsg + 'when testing keys against an object or an array you must give a single ' +
    'Array|Object|String argument or multiple String arguments';
  if (objType === 'Map' || objType === 'Set') {
    deepStr = isDeep ? 'deeply ' : '';
    actual = [];
    obj.forEach(function (val, key) { actual.push(key); });
    if (keysType !== 'Array') keys = Array.prototype.slice.call(arguments);
  } else {
    actual = getOwnEnumerableProperties(obj);
    switch (keysType) {
      case 'Array':
        if (arguments.length > 1) throw new AssertionError(mixedArgsMsg, undefined, ssfi);
        break;
      case 'Object':
        if (arguments.length > 1) throw new AssertionError(mixedArgsMsg, undefined, ssfi);
        keys = Object.keys(keys);
        break;
      default:
        keys = Array.prototype.slice.call(arguments);
    }
    keys = keys.map(function (val) { return typeof val === 'symbol' ? val : String(val); });
  }
  if (!keys.length) throw new AssertionError(flagMsg + 'keys required', undefined, ssfi);
  var len = keys.length;
  var any = getFlag(this, 'any');
  var all = getFlag(this, 'all');
  var expected = keys;
  var isEql = isDeep ? getFlag(this, 'eql') : strictlyEqual;
  if (!any && !all) all = true;
  if (any) {
    ok = expected.some(function (expectedKey) {
      return actual.some(function (actualKey) { return isEql(expectedKey, actualKey); });
    });
  }
  if (all) {
    ok = expected.every(function (expectedKey) {
      return actual.some(function (actualKey) { return isEql(expectedKey, actualKey); });
    });
    if (!getFlag(this, 'contains')) ok = ok && keys.length == actual.length;
  }
  if (len > 1) {
    keys = keys.map(function (key) { return inspect(key); });
    var last = keys.pop();
    if (all) text = keys.join(', ') + ', and ' + last;
    if (any) text = keys.join(', ') + ', or ' + last;
  } else {
    text = inspect(keys[0]);
  }
  text = (len > 1 ? 'keys ' : 'key ') + text;
  text = (getFlag(this, 'contains') ? 'contain ' : 'have ') + text;
  this.assert(ok, 'expected #{this} to ' + deepStr + text, 'expected #{this} to not ' + deepStr + text,
    expected.slice(0).sort(compareByInspect), actual.sort(compareByInspect), true);
}
addMethod(AssertionPrototype, 'keys', assertKeys);
addMethod(AssertionPrototype, 'key', assertKeys);

function describeThrown(caughtErr) {
  if (caughtErr instanceof Error) return caughtErr.toString();
  if (typeof caughtErr === 'string') return caughtErr;
  return caughtErr && checkError.getConstructorName(caughtErr);
}

function describeErrorLike(errorLike) {
  if (errorLike instanceof Error) return errorLike.toString();
  return errorLike && checkError.getConstructorName(errorLike);
}

function assertThrows(errorLike, errMsgMatcher, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var ssfi = getFlag(this, 'ssfi');
  var flagMsg = getFlag(this, 'message');
  var negate = getFlag(this, 'negate') || false;
  requireType(obj, 'function', flagMsg, ssfi);
  if (errorLike instanceof RegExp || typeof errorLike === 'string') {
    errMsgMatcher = errorLike;
    errorLike = null;
  }
  var caughtErr;
  try {
    obj();
  } catch (err) {
    caughtErr = err;
  }
  var everyArgIsUndefined = errorLike === undefined && errMsgMatcher === undefined;
  var everyArgIsDefined = Boolean(errorLike && errMsgMatcher);
  var errorLikeFail = false;
  var errMsgMatcherFail = false;
  if (everyArgIsUndefined || !everyArgIsUndefined && !negate) {
    var errorLikeString = 'an error';
    if (errorLike instanceof Error) errorLikeString = '#{exp}';
    else if (errorLike) errorLikeString = checkError.getConstructorName(errorLike);
    this.assert(caughtErr,
      'expected #{this} to throw ' + errorLikeString,
      'expected #{this} to not throw an error but #{act} was thrown',
      errorLike && errorLike.toString(),
      (caughtErr instanceof Error ? caughtErr.toString()
        : (typeof caughtErr === 'string' ? caughtErr : caughtErr && checkError.getConstructorName(caughtErr))));
  }
  if (errorLike && caughtErr) {
    if (errorLike instanceof Error) {
      var isCompatibleInstance = checkError.compatibleInstance(caughtErr, errorLike);
      if (isCompatibleInstance === negate) {
        if (everyArgIsDefined && negate) {
          errorLikeFail = true;
        } else {
          this.assert(negate,
            'expected #{this} to throw #{exp} but #{act} was thrown',
            'expected #{this} to not throw #{exp}' + (caughtErr && !negate ? ' but #{act} was thrown' : ''),
            errorLike.toString(), caughtErr.toString());
        }
      }
    }
    var isCompatibleConstructor = checkError.compatibleConstructor(caughtErr, errorLike);
    if (isCompatibleConstructor === negate) {
      if (everyArgIsDefined && negate) {
        errorLikeFail = true;
      } else {
        this.assert(negate,
          'expected #{this} to throw #{exp} but #{act} was thrown',
          'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
          describeErrorLike(errorLike), describeThrown(caughtErr));
      }
    }
  }
  if (caughtErr && errMsgMatcher !== undefined && errMsgMatcher !== null) {
    var placeholder = errMsgMatcher instanceof RegExp ? 'matching' : 'including';
    var isCompatibleMessage = checkError.compatibleMessage(caughtErr, errMsgMatcher);
    if (isCompatibleMessage === negate) {
      if (everyArgIsDefined && negate) {
        errMsgMatcherFail = true;
      } else {
        this.assert(negate,
          'expected #{this} to throw error ' + placeholder + ' #{exp} but got #{act}',
          'expected #{this} to throw error not ' + placeholder + ' #{exp}',
          errMsgMatcher, checkError.getMessage(caughtErr));
      }
    }
  }
  if (errorLikeFail && errMsgMatcherFail) {
    this.assert(negate,
      'expected #{this} to throw #{exp} but #{act} was thrown',
      'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
      describeErrorLike(errorLike), describeThrown(caughtErr));
  }
  setFlag(this, 'object', caughtErr);
}
addMethod(AssertionPrototype, 'throw', assertThrows);
addMethod(AssertionPrototype, 'throws', assertThrows);
addMethod(AssertionPrototype, 'Throw', assertThrows);

function assertRespondTo(method, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var itself = getFlag(this, 'itself');
  var context = ('function' === typeof obj && !itself) ? obj.prototype[method] : obj[method];
  this.assert('function' === typeof context, 'expected #{this} to respond to ' + inspect(method),
    'expected #{this} to not respond to ' + inspect(method));
}
addMethod(AssertionPrototype, 'respondTo', assertRespondTo);
addMethod(AssertionPrototype, 'respondsTo', assertRespondTo);

function assertSatisfy(matcher, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var result = matcher(obj);
  this.assert(result, 'expected #{this} to satisfy ' + objDisplay(matcher),
    'expected #{this} to not satisfy' + objDisplay(matcher),
    getFlag(this, 'negate') ? false : true, result);
}
addMethod(AssertionPrototype, 'satisfy', assertSatisfy);
addMethod(AssertionPrototype, 'satisfies', assertSatisfy);

function assertCloseTo(expected, delta, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var flagMsg = getFlag(this, 'message');
  var ssfi = getFlag(this, 'ssfi');
  requireType(obj, 'number', flagMsg, ssfi);
  if (typeof expected !== 'number' || typeof delta !== 'number') {
    var deltaMessage = delta === undefined ? ', and a delta is required' : '';
    throw new AssertionError(prefixOf(flagMsg) + 'the arguments to closeTo or approximately must be numbers' +
      deltaMessage, undefined, ssfi);
  }
  this.assert(Math.abs(obj - expected) <= delta,
    'expected #{this} to be close to ' + expected + ' +/- ' + delta,
    'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
}
addMethod(AssertionPrototype, 'closeTo', assertCloseTo);
addMethod(AssertionPrototype, 'approximately', assertCloseTo);

function isSubsetOf(subset, superset, cmp, contains, ordered) {
  if (!contains) {
    if (subset.length !== superset.length) return false;
    superset = superset.slice();
  }
  return subset.every(function (elem, idx) {
    if (ordered) return cmp ? cmp(elem, superset[idx]) : elem === superset[idx];
    if (!cmp) {
      var matchIdx = superset.indexOf(elem);
      if (matchIdx === -1) return false;
      if (!contains) superset.splice(matchIdx, 1);
      return true;
    }
    return superset.some(function (elem2, at) {
      if (!cmp(elem, elem2)) return false;
      if (!contains) superset.splice(at, 1);
      return true;
    });
  });
}

addMethod(AssertionPrototype, 'members', function (subset, msg) {
  if (msg) setFlag(this, 'message', msg);
  var obj = getFlag(this, 'object');
  var flagMsg = getFlag(this, 'message');
  var ssfi = getFlag(this, 'ssfi');
  requireType(obj, 'array', flagMsg, ssfi);
  requireType(subset, 'array', flagMsg, ssfi);
  var contains = getFlag(this, 'contains');
  var ordered = getFlag(this, 'ordered');
  var subject, failMsg, failNegateMsg;
  if (contains) {
    subject = ordered ? 'an ordered superset' : 'a superset';
    failMsg = 'expected #{this} to be ' + subject + ' of #{exp}';
    failNegateMsg = 'expected #{this} to not be ' + subject + ' of #{exp}';
  } else {
    subject = ordered ? 'ordered members' : 'members';
    failMsg = 'expected #{this} to have the same ' + subject + ' as #{exp}';
    failNegateMsg = 'expected #{this} to not have the same ' + subject + ' as #{exp}';
  }
  var cmp = getFlag(this, 'deep') ? getFlag(this, 'eql') : undefined;
  this.assert(isSubsetOf(subset, obj, cmp, contains, ordered), failMsg, failNegateMsg, subset, obj, true);
});

addMethod(AssertionPrototype, 'oneOf', function (list, msg) {
  if (msg) setFlag(this, 'message', msg);
  var expected = getFlag(this, 'object');
  var flagMsg = getFlag(this, 'message');
  var ssfi = getFlag(this, 'ssfi');
  var contains = getFlag(this, 'contains');
  var isDeep = getFlag(this, 'deep');
  var eql = getFlag(this, 'eql');
  requireType(list, 'array', flagMsg, ssfi);
  if (contains) {
    this.assert(list.some(function (possibility) { return expected.indexOf(possibility) > -1; }),
      'expected #{this} to contain one of #{exp}', 'expected #{this} to not contain one of #{exp}',
      list, expected);
  } else if (isDeep) {
    this.assert(list.some(function (possibility) { return eql(expected, possibility); }),
      'expected #{this} to deeply equal one of #{exp}', 'expected #{this} to deeply equal one of #{exp}',
      list, expected);
  } else {
    this.assert(list.indexOf(expected) > -1,
      'expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}',
      list, expected);
  }
});

// change / increase / decrease: `behaviour` names the assertion in messages.
function deltaAssertion(behaviour) {
  return function (subject, prop, msg) {
    if (msg) setFlag(this, 'message', msg);
    var fn = getFlag(this, 'object');
    var flagMsg = getFlag(this, 'message');
    var ssfi = getFlag(this, 'ssfi');
    requireType(fn, 'function', flagMsg, ssfi);
    var initial;
    if (!prop) {
      requireType(subject, 'function', flagMsg, ssfi);
      initial = subject();
    } else {
      new Assertion(subject, flagMsg, ssfi, true).to.have.property(prop);
      initial = subject[prop];
    }
    if (behaviour !== 'change') requireType(initial, 'number', flagMsg, ssfi);
    fn();
    var final = prop === undefined || prop === null ? subject() : subject[prop];
    var msgObj = prop === undefined || prop === null ? initial : '.' + prop;
    setFlag(this, 'deltaMsgObj', msgObj);
    setFlag(this, 'initialDeltaValue', initial);
    setFlag(this, 'finalDeltaValue', final);
    setFlag(this, 'deltaBehavior', behaviour);
    var passed;
    if (behaviour === 'change') {
      setFlag(this, 'realDelta', final !== initial);
      passed = initial !== final;
    } else if (behaviour === 'increase') {
      setFlag(this, 'realDelta', final - initial);
      passed = final - initial > 0;
    } else {
      setFlag(this, 'realDelta', initial - final);
      passed = final - initial < 0;
    }
    this.assert(passed, 'expected ' + msgObj + ' to ' + behaviour, 'expected ' + msgObj + ' to not ' + behaviour);
  };
}
var assertChanges = deltaAssertion('change');
var assertIncreases = deltaAssertion('increase');
var assertDecreases = deltaAssertion('decrease');
addMethod(AssertionPrototype, 'change', assertChanges);
addMethod(AssertionPrototype, 'changes', assertChanges);
addMethod(AssertionPrototype, 'increase', assertIncreases);
addMethod(AssertionPrototype, 'increases', assertIncreases);
addMethod(AssertionPrototype, 'decrease', assertDecreases);
addMethod(AssertionPrototype, 'decreases', assertDecreases);

addMethod(AssertionPrototype, 'by', function (delta, msg) {
  if (msg) setFlag(this, 'message', msg);
  var msgObj = getFlag(this, 'deltaMsgObj');
  var initial = getFlag(this, 'initialDeltaValue');
  var final = getFlag(this, 'finalDeltaValue');
  var behavior = getFlag(this, 'deltaBehavior');
  var realDelta = getFlag(this, 'realDelta');
  var expression;
  if (behavior === 'change') expression = Math.abs(final - initial) === Math.abs(delta);
  else expression = realDelta === Math.abs(delta);
  this.assert(expression, 'expected ' + msgObj + ' to ' + behavior + ' by ' + delta,
    'expected ' + msgObj + ' to not ' + behavior + ' by ' + delta);
});

addProperty(AssertionPrototype, 'extensible', function () {
  var obj = getFlag(this, 'object');
  var isExtensible = obj === Object(obj) && Object.isExtensible(obj);
  this.assert(isExtensible, 'expected #{this} to be extensible', 'expected #{this} to not be extensible');
});

addProperty(AssertionPrototype, 'sealed', function () {
  var obj = getFlag(this, 'object');
  var isSealed = obj === Object(obj) ? Object.isSealed(obj) : true;
  this.assert(isSealed, 'expected #{this} to be sealed', 'expected #{this} to not be sealed');
});

addProperty(AssertionPrototype, 'frozen', function () {
  var obj = getFlag(this, 'object');
  var isFrozen = obj === Object(obj) ? Object.isFrozen(obj) : true;
  this.assert(isFrozen, 'expected #{this} to be frozen', 'expected #{this} to not be frozen');
});

addProperty(AssertionPrototype, 'finite', function () {
  var obj = getFlag(this, 'object');
  this.assert(typeof obj === 'number' && isFinite(obj), 'expected #{this} to be a finite number',
    'expected #{this} to not be a finite number');
});

// ---------------------------------------------------------------------------------------------
// The library object, `use` and `util`

var chai = {};
var usedPlugins = [];

// Chai 4.4.1 reports this version string.
chai.version = '4.3.8';
chai.AssertionError = AssertionError;
chai.Assertion = Assertion;
chai.config = config;

var util = {
  test: testFlagged,
  type: typeName,
  expectTypes: expectTypes,
  getMessage: getMessage,
  getActual: getActual,
  inspect: inspect,
  objDisplay: objDisplay,
  flag: flag,
  transferFlags: transferFlags,
  eql: deepEqual,
  getPathInfo: getPathInfo,
  hasProperty: hasProperty,
  getName: functionName,
  addProperty: addProperty,
  addMethod: addMethod,
  overwriteProperty: overwriteProperty,
  overwriteMethod: overwriteMethod,
  addChainableMethod: addChainableMethod,
  overwriteChainableMethod: overwriteChainableMethod,
  compareByInspect: compareByInspect,
  getOwnEnumerablePropertySymbols: getOwnEnumerablePropertySymbols,
  getOwnEnumerableProperties: getOwnEnumerableProperties,
  checkError: checkError,
  proxify: proxify,
  addLengthGuard: addLengthGuard,
  isProxyEnabled: isProxyEnabled,
  isNaN: Number.isNaN || isNaNValue,
  getOperator: getOperator
};
chai.util = util;

chai.use = function (fn) {
  if (usedPlugins.indexOf(fn) === -1) {
    fn(chai, util);
    usedPlugins.push(fn);
  }
  return chai;
};

// ---------------------------------------------------------------------------------------------
// expect

function failWith(defaultMessage, startFrame) {
  return function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    message = message || defaultMessage;
    throw new AssertionError(message, { actual: actual, expected: expected, operator: operator }, startFrame());
  };
}

var expect = function (val, message) {
  return new chai.Assertion(val, message);
};
expect.fail = failWith('expect.fail()', function () { return expect.fail; });
chai.expect = expect;

// ---------------------------------------------------------------------------------------------
// should

function loadShould() {
  function shouldGetter() {
    if (this instanceof String || this instanceof Number || this instanceof Boolean ||
        (typeof Symbol === 'function' && this instanceof Symbol) ||
        (typeof BigInt === 'function' && this instanceof BigInt)) {
      return new Assertion(this.valueOf(), null, shouldGetter);
    }
    return new Assertion(this, null, shouldGetter);
  }
  function shouldSetter(value) {
    Object.defineProperty(this, 'should', { value: value, enumerable: true, configurable: true, writable: true });
  }
  Object.defineProperty(Object.prototype, 'should', { set: shouldSetter, get: shouldGetter, configurable: true });

  var should = {};
  should.fail = failWith('should.fail()', function () { return should.fail; });
  should.equal = function (val1, val2, msg) { new Assertion(val1, msg).to.equal(val2); };
  should.Throw = function (fn, errt, errs, msg) { new Assertion(fn, msg).to.Throw(errt, errs); };
  should.exist = function (val, msg) { new Assertion(val, msg).to.exist; };
  should.not = {};
  should.not.equal = function (val1, val2, msg) { new Assertion(val1, msg).to.not.equal(val2); };
  should.not.Throw = function (fn, errt, errs, msg) { new Assertion(fn, msg).to.not.Throw(errt, errs); };
  should.not.exist = function (val, msg) { new Assertion(val, msg).to.not.exist; };
  should['throw'] = should['Throw'];
  should.not['throw'] = should.not['Throw'];
  return should;
}
chai.should = loadShould;
chai.Should = loadShould;

// ---------------------------------------------------------------------------------------------
// assert

var assert = function (express, errmsg) {
  var test = new Assertion(null, null, assert, true);
  test.assert(express, errmsg, '[ negation message unavailable ]');
};
chai.assert = assert;

assert.fail = failWith('assert.fail()', function () { return assert.fail; });

assert.isOk = function (val, msg) { new Assertion(val, msg, assert.isOk, true).is.ok; };
assert.isNotOk = function (val, msg) { new Assertion(val, msg, assert.isNotOk, true).is.not.ok; };

assert.equal = function (act, exp, msg) {
  var test = new Assertion(act, msg, assert.equal, true);
  test.assert(exp == getFlag(test, 'object'), 'expected #{this} to equal #{exp}',
    'expected #{this} to not equal #{act}', exp, act, true);
};
assert.notEqual = function (act, exp, msg) {
  var test = new Assertion(act, msg, assert.notEqual, true);
  test.assert(exp != getFlag(test, 'object'), 'expected #{this} to not equal #{exp}',
    'expected #{this} to equal #{act}', exp, act, true);
};
assert.strictEqual = function (act, exp, msg) { new Assertion(act, msg, assert.strictEqual, true).to.equal(exp); };
assert.notStrictEqual = function (act, exp, msg) {
  new Assertion(act, msg, assert.notStrictEqual, true).to.not.equal(exp);
};
assert.deepEqual = assert.deepStrictEqual = function (act, exp, msg) {
  new Assertion(act, msg, assert.deepEqual, true).to.eql(exp);
};
assert.notDeepEqual = function (act, exp, msg) { new Assertion(act, msg, assert.notDeepEqual, true).to.not.eql(exp); };

assert.isAbove = function (val, abv, msg) { new Assertion(val, msg, assert.isAbove, true).to.be.above(abv); };
assert.isAtLeast = function (val, atlst, msg) { new Assertion(val, msg, assert.isAtLeast, true).to.be.least(atlst); };
assert.isBelow = function (val, blw, msg) { new Assertion(val, msg, assert.isBelow, true).to.be.below(blw); };
assert.isAtMost = function (val, atmst, msg) { new Assertion(val, msg, assert.isAtMost, true).to.be.most(atmst); };

assert.isTrue = function (val, msg) { new Assertion(val, msg, assert.isTrue, true).is['true']; };
assert.isNotTrue = function (val, msg) { new Assertion(val, msg, assert.isNotTrue, true).to.not.equal(true); };
assert.isFalse = function (val, msg) { new Assertion(val, msg, assert.isFalse, true).is['false']; };
assert.isNotFalse = function (val, msg) { new Assertion(val, msg, assert.isNotFalse, true).to.not.equal(false); };
assert.isNull = function (val, msg) { new Assertion(val, msg, assert.isNull, true).to.equal(null); };
assert.isNotNull = function (val, msg) { new Assertion(val, msg, assert.isNotNull, true).to.not.equal(null); };
assert.isNaN = function (val, msg) { new Assertion(val, msg, assert.isNaN, true).to.be.NaN; };
assert.isNotNaN = function (val, msg) { new Assertion(val, msg, assert.isNotNaN, true).not.to.be.NaN; };
assert.exists = function (val, msg) { new Assertion(val, msg, assert.exists, true).to.exist; };
assert.notExists = function (val, msg) { new Assertion(val, msg, assert.notExists, true).to.not.exist; };
assert.isUndefined = function (val, msg) { new Assertion(val, msg, assert.isUndefined, true).to.equal(undefined); };
assert.isDefined = function (val, msg) { new Assertion(val, msg, assert.isDefined, true).to.not.equal(undefined); };

function typeAssertions(type, positive, negative) {
  assert[positive] = function (val, msg) { new Assertion(val, msg, assert[positive], true).to.be.a(type); };
  if (negative) {
    assert[negative] = function (val, msg) { new Assertion(val, msg, assert[negative], true).to.not.be.a(type); };
  }
}
typeAssertions('function', 'isFunction', 'isNotFunction');
typeAssertions('object', 'isObject', 'isNotObject');
typeAssertions('array', 'isArray', 'isNotArray');
typeAssertions('string', 'isString', 'isNotString');
typeAssertions('number', 'isNumber', 'isNotNumber');
typeAssertions('boolean', 'isBoolean', 'isNotBoolean');
assert.isFinite = function (val, msg) { new Assertion(val, msg, assert.isFinite, true).to.be.finite; };

assert.typeOf = function (val, type, msg) { new Assertion(val, msg, assert.typeOf, true).to.be.a(type); };
assert.notTypeOf = function (val, type, msg) { new Assertion(val, msg, assert.notTypeOf, true).to.not.be.a(type); };
assert.instanceOf = function (val, type, msg) {
  new Assertion(val, msg, assert.instanceOf, true).to.be.instanceOf(type);
};
assert.notInstanceOf = function (val, type, msg) {
  new Assertion(val, msg, assert.notInstanceOf, true).to.not.be.instanceOf(type);
};

assert.include = function (exp, inc, msg) { new Assertion(exp, msg, assert.include, true).include(inc); };
assert.notInclude = function (exp, inc, msg) { new Assertion(exp, msg, assert.notInclude, true).not.include(inc); };
assert.deepInclude = function (exp, inc, msg) { new Assertion(exp, msg, assert.deepInclude, true).deep.include(inc); };
assert.notDeepInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.notDeepInclude, true).not.deep.include(inc);
};
assert.nestedInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.nestedInclude, true).nested.include(inc);
};
assert.notNestedInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.notNestedInclude, true).not.nested.include(inc);
};
assert.deepNestedInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.deepNestedInclude, true).deep.nested.include(inc);
};
assert.notDeepNestedInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.notDeepNestedInclude, true).not.deep.nested.include(inc);
};
assert.ownInclude = function (exp, inc, msg) { new Assertion(exp, msg, assert.ownInclude, true).own.include(inc); };
assert.notOwnInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.notOwnInclude, true).not.own.include(inc);
};
assert.deepOwnInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.deepOwnInclude, true).deep.own.include(inc);
};
assert.notDeepOwnInclude = function (exp, inc, msg) {
  new Assertion(exp, msg, assert.notDeepOwnInclude, true).not.deep.own.include(inc);
};

assert.match = function (exp, re, msg) { new Assertion(exp, msg, assert.match, true).to.match(re); };
assert.notMatch = function (exp, re, msg) { new Assertion(exp, msg, assert.notMatch, true).to.not.match(re); };

assert.property = function (obj, prop, msg) { new Assertion(obj, msg, assert.property, true).to.have.property(prop); };
assert.notProperty = function (obj, prop, msg) {
  new Assertion(obj, msg, assert.notProperty, true).to.not.have.property(prop);
};
assert.propertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.propertyVal, true).to.have.property(prop, val);
};
assert.notPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.notPropertyVal, true).to.not.have.property(prop, val);
};
assert.deepPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.deepPropertyVal, true).to.have.deep.property(prop, val);
};
assert.notDeepPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.notDeepPropertyVal, true).to.not.have.deep.property(prop, val);
};
assert.ownProperty = function (obj, prop, msg) {
  new Assertion(obj, msg, assert.ownProperty, true).to.have.own.property(prop);
};
assert.notOwnProperty = function (obj, prop, msg) {
  new Assertion(obj, msg, assert.notOwnProperty, true).to.not.have.own.property(prop);
};
assert.ownPropertyVal = function (obj, prop, value, msg) {
  new Assertion(obj, msg, assert.ownPropertyVal, true).to.have.own.property(prop, value);
};
assert.notOwnPropertyVal = function (obj, prop, value, msg) {
  new Assertion(obj, msg, assert.notOwnPropertyVal, true).to.not.have.own.property(prop, value);
};
assert.deepOwnPropertyVal = function (obj, prop, value, msg) {
  new Assertion(obj, msg, assert.deepOwnPropertyVal, true).to.have.deep.own.property(prop, value);
};
assert.notDeepOwnPropertyVal = function (obj, prop, value, msg) {
  new Assertion(obj, msg, assert.notDeepOwnPropertyVal, true).to.not.have.deep.own.property(prop, value);
};
assert.nestedProperty = function (obj, prop, msg) {
  new Assertion(obj, msg, assert.nestedProperty, true).to.have.nested.property(prop);
};
assert.notNestedProperty = function (obj, prop, msg) {
  new Assertion(obj, msg, assert.notNestedProperty, true).to.not.have.nested.property(prop);
};
assert.nestedPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.nestedPropertyVal, true).to.have.nested.property(prop, val);
};
assert.notNestedPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.notNestedPropertyVal, true).to.not.have.nested.property(prop, val);
};
assert.deepNestedPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.deepNestedPropertyVal, true).to.have.deep.nested.property(prop, val);
};
assert.notDeepNestedPropertyVal = function (obj, prop, val, msg) {
  new Assertion(obj, msg, assert.notDeepNestedPropertyVal, true).to.not.have.deep.nested.property(prop, val);
};

assert.lengthOf = function (exp, len, msg) { new Assertion(exp, msg, assert.lengthOf, true).to.have.lengthOf(len); };

assert.hasAnyKeys = function (obj, keys, msg) { new Assertion(obj, msg, assert.hasAnyKeys, true).to.have.any.keys(keys); };
assert.hasAllKeys = function (obj, keys, msg) { new Assertion(obj, msg, assert.hasAllKeys, true).to.have.all.keys(keys); };
assert.containsAllKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.containsAllKeys, true).to.contain.all.keys(keys);
};
assert.doesNotHaveAnyKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.doesNotHaveAnyKeys, true).to.not.have.any.keys(keys);
};
assert.doesNotHaveAllKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.doesNotHaveAllKeys, true).to.not.have.all.keys(keys);
};
assert.hasAnyDeepKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.hasAnyDeepKeys, true).to.have.any.deep.keys(keys);
};
assert.hasAllDeepKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.hasAllDeepKeys, true).to.have.all.deep.keys(keys);
};
assert.containsAllDeepKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.containsAllDeepKeys, true).to.contain.all.deep.keys(keys);
};
assert.doesNotHaveAnyDeepKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.doesNotHaveAnyDeepKeys, true).to.not.have.any.deep.keys(keys);
};
assert.doesNotHaveAllDeepKeys = function (obj, keys, msg) {
  new Assertion(obj, msg, assert.doesNotHaveAllDeepKeys, true).to.not.have.all.deep.keys(keys);
};

assert.throws = function (fn, errorLike, errMsgMatcher, msg) {
  if ('string' === typeof errorLike || errorLike instanceof RegExp) {
    errMsgMatcher = errorLike;
    errorLike = null;
  }
  var assertErr = new Assertion(fn, msg, assert.throws, true).to.throw(errorLike, errMsgMatcher);
  return getFlag(assertErr, 'object');
};
assert.doesNotThrow = function (fn, errorLike, errMsgMatcher, msg) {
  if ('string' === typeof errorLike || errorLike instanceof RegExp) {
    errMsgMatcher = errorLike;
    errorLike = null;
  }
  new Assertion(fn, msg, assert.doesNotThrow, true).to.not.throw(errorLike, errMsgMatcher);
};

assert.operator = function (val, operator, val2, msg) {
  var ok;
  switch (operator) {
    case '==': ok = val == val2; break;
    case '===': ok = val === val2; break;
    case '>': ok = val > val2; break;
    case '>=': ok = val >= val2; break;
    case '<': ok = val < val2; break;
    case '<=': ok = val <= val2; break;
    case '!=': ok = val != val2; break;
    case '!==': ok = val !== val2; break;
    default:
      msg = msg ? msg + ': ' : msg;
      throw new AssertionError(msg + 'Invalid operator "' + operator + '"', undefined, assert.operator);
  }
  var test = new Assertion(ok, msg, assert.operator, true);
  test.assert(true === getFlag(test, 'object'),
    'expected ' + inspect(val) + ' to be ' + operator + ' ' + inspect(val2),
    'expected ' + inspect(val) + ' to not be ' + operator + ' ' + inspect(val2));
};

assert.closeTo = function (act, exp, delta, msg) {
  new Assertion(act, msg, assert.closeTo, true).to.be.closeTo(exp, delta);
};
assert.approximately = function (act, exp, delta, msg) {
  new Assertion(act, msg, assert.approximately, true).to.be.approximately(exp, delta);
};

assert.sameMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.sameMembers, true).to.have.same.members(set2);
};
assert.notSameMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.notSameMembers, true).to.not.have.same.members(set2);
};
assert.sameDeepMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.sameDeepMembers, true).to.have.same.deep.members(set2);
};
assert.notSameDeepMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.notSameDeepMembers, true).to.not.have.same.deep.members(set2);
};
assert.sameOrderedMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.sameOrderedMembers, true).to.have.same.ordered.members(set2);
};
assert.notSameOrderedMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.notSameOrderedMembers, true).to.not.have.same.ordered.members(set2);
};
assert.sameDeepOrderedMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.sameDeepOrderedMembers, true).to.have.same.deep.ordered.members(set2);
};
assert.notSameDeepOrderedMembers = function (set1, set2, msg) {
  new Assertion(set1, msg, assert.notSameDeepOrderedMembers, true).to.not.have.same.deep.ordered.members(set2);
};
assert.includeMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.includeMembers, true).to.include.members(subset);
};
assert.notIncludeMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.notIncludeMembers, true).to.not.include.members(subset);
};
assert.includeDeepMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.includeDeepMembers, true).to.include.deep.members(subset);
};
assert.notIncludeDeepMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.notIncludeDeepMembers, true).to.not.include.deep.members(subset);
};
assert.includeOrderedMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.includeOrderedMembers, true).to.include.ordered.members(subset);
};
assert.notIncludeOrderedMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.notIncludeOrderedMembers, true).to.not.include.ordered.members(subset);
};
assert.includeDeepOrderedMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.includeDeepOrderedMembers, true).to.include.deep.ordered.members(subset);
};
assert.notIncludeDeepOrderedMembers = function (superset, subset, msg) {
  new Assertion(superset, msg, assert.notIncludeDeepOrderedMembers, true).to.not.include.deep.ordered.members(subset);
};

assert.oneOf = function (inList, list, msg) { new Assertion(inList, msg, assert.oneOf, true).to.be.oneOf(list); };

// changes / increases / decreases, with and without `by`: (fn, obj[, prop][, delta][, msg]).
function deltaAssert(name, word, expectChange, withDelta, negateDelta) {
  var assertion = withDelta
    ? function (fn, obj, prop, delta, msg) {
      if (arguments.length === 4 && typeof obj === 'function') {
        var tmpMsg = delta;
        delta = prop;
        msg = tmpMsg;
      } else if (arguments.length === 3) {
        delta = prop;
        prop = null;
      }
      var chained = new Assertion(fn, msg, assert[name], true).to;
      if (!expectChange) chained = chained.not;
      chained = chained[word](obj, prop);
      if (negateDelta) chained = chained.but.not;
      var result = chained.by(delta);
      if (name === 'doesNotDecreaseBy') return result;
    }
    : function (fn, obj, prop, msg) {
      if (arguments.length === 3 && typeof obj === 'function') {
        msg = prop;
        prop = null;
      }
      var chained = new Assertion(fn, msg, assert[name], true).to;
      if (!expectChange) chained = chained.not;
      var result = chained[word](obj, prop);
      if (name !== 'changes') return result;
    };
  assert[name] = assertion;
}
deltaAssert('changes', 'change', true, false, false);
deltaAssert('changesBy', 'change', true, true, false);
deltaAssert('doesNotChange', 'change', false, false, false);
deltaAssert('changesButNotBy', 'change', true, true, true);
deltaAssert('increases', 'increase', true, false, false);
deltaAssert('increasesBy', 'increase', true, true, false);
deltaAssert('doesNotIncrease', 'increase', false, false, false);
deltaAssert('increasesButNotBy', 'increase', true, true, true);
deltaAssert('decreases', 'decrease', true, false, false);
deltaAssert('decreasesBy', 'decrease', true, true, false);
deltaAssert('doesNotDecrease', 'decrease', false, false, false);
deltaAssert('doesNotDecreaseBy', 'decrease', false, true, false);
deltaAssert('decreasesButNotBy', 'decrease', true, true, true);

assert.ifError = function (val) {
  if (val) throw val;
};

assert.isExtensible = function (obj, msg) { new Assertion(obj, msg, assert.isExtensible, true).to.be.extensible; };
assert.isNotExtensible = function (obj, msg) {
  new Assertion(obj, msg, assert.isNotExtensible, true).to.not.be.extensible;
};
assert.isSealed = function (obj, msg) { new Assertion(obj, msg, assert.isSealed, true).to.be.sealed; };
assert.isNotSealed = function (obj, msg) { new Assertion(obj, msg, assert.isNotSealed, true).to.not.be.sealed; };
assert.isFrozen = function (obj, msg) { new Assertion(obj, msg, assert.isFrozen, true).to.be.frozen; };
assert.isNotFrozen = function (obj, msg) { new Assertion(obj, msg, assert.isNotFrozen, true).to.not.be.frozen; };
assert.isEmpty = function (val, msg) { new Assertion(val, msg, assert.isEmpty, true).to.be.empty; };
assert.isNotEmpty = function (val, msg) { new Assertion(val, msg, assert.isNotEmpty, true).to.not.be.empty; };

assert.ok = assert.isOk;
assert.notOk = assert.isNotOk;
assert['throw'] = assert.throws;
assert.Throw = assert.throws;
assert.extensible = assert.isExtensible;
assert.notExtensible = assert.isNotExtensible;
assert.sealed = assert.isSealed;
assert.notSealed = assert.isNotSealed;
assert.frozen = assert.isFrozen;
assert.notFrozen = assert.isNotFrozen;
assert.empty = assert.isEmpty;
assert.notEmpty = assert.isNotEmpty;

Object.defineProperty(chai, '_postieReleaseChains', { value: releaseChains, enumerable: false, configurable: true, writable: true });

module.exports = chai;
