// postie's Chai plugin for Postman's response and request assertions (`pm.response.to.have.status(200)`,
// `pm.response.to.be.json`...), with the behaviour and failure messages of Postman's plugin
// (chai-postman 2.0.1). Evaluated as the body of `function (module, exports, require)`; the sandbox
// applies it with `chai.use(module.exports)`.
//
// The objects asserted on duck-type postman-collection's: a response is marked
// `_postieKind === 'Response'` (code, status, headers, text(), json(), reason(), details(),
// size() or responseSize, responseTime), a request `_postieKind === 'Request'`. JSON Schema
// validation goes through `module.exports.jsonSchemaValidator(schema, data, options)` →
// `{ valid, errors }` (errors as Ajv gives them: `{ dataPath | instancePath, message }`), which
// the sandbox provides.

var objectToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

function isResponse(value) {
  return Boolean(value) && value._postieKind === 'Response';
}

function isRequest(value) {
  return Boolean(value) && value._postieKind === 'Request';
}

function requestOrResponse(value) {
  return isRequest(value) && 'request' || isResponse(value) && 'response' || undefined;
}

// ---------------------------------------------------------------------------------------------
// Value checks with the rules of the helpers Postman's plugin uses

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

function isNumber(value) {
  return typeof value === 'number' || (isObjectLike(value) && objectToString.call(value) === '[object Number]');
}

function isString(value) {
  return typeof value === 'string' || (!Array.isArray(value) && isObjectLike(value) &&
    objectToString.call(value) === '[object String]');
}

var objectSource = Function.prototype.toString.call(Object);

function isPlainObject(value) {
  if (!isObjectLike(value) || objectToString.call(value) !== '[object Object]') return false;
  var proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  var Ctor = hasOwn.call(proto, 'constructor') && proto.constructor;
  return typeof Ctor === 'function' && Ctor instanceof Ctor && Function.prototype.toString.call(Ctor) === objectSource;
}

function ownEnumerableKeys(value) {
  var keys = Object.keys(value);
  var symbols = Object.getOwnPropertySymbols(value);
  for (var i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

// Structural equality as Postman compares bodies: primitives by SameValueZero, arrays by
// elements, objects by own enumerable keys, Maps and Sets regardless of order.
function isEqual(a, b, stack) {
  if (a === b || (a !== a && b !== b)) return true;
  if (a == null || b == null || (!isObjectLike(a) && !isObjectLike(b))) return false;
  var tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;
  stack = stack || [];
  for (var s = 0; s < stack.length; s++) {
    if (stack[s][0] === a) return stack[s][1] === b;
  }
  switch (tag) {
    case '[object Boolean]': case '[object Date]': case '[object Number]':
      var x = +a, y = +b;
      return x === y || (x !== x && y !== y);
    case '[object RegExp]': case '[object String]':
      return a == String(b);
    case '[object Error]':
      return a.name === b.name && a.message === b.message;
    case '[object Symbol]':
      return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  stack.push([a, b]);
  var result;
  if (tag === '[object Map]' || tag === '[object Set]') {
    result = a.size === b.size && unorderedEqual(entriesOf(a), entriesOf(b), stack);
  } else if (Array.isArray(a)) {
    result = a.length === b.length;
    for (var i = 0; result && i < a.length; i++) result = isEqual(a[i], b[i], stack);
  } else {
    var keysA = ownEnumerableKeys(a);
    var keysB = ownEnumerableKeys(b);
    result = keysA.length === keysB.length;
    for (var k = 0; result && k < keysA.length; k++) {
      result = hasOwn.call(b, keysA[k]) && isEqual(a[keysA[k]], b[keysA[k]], stack);
    }
    if (result) {
      var ctorA = a.constructor, ctorB = b.constructor;
      if (ctorA !== ctorB && ('constructor' in a && 'constructor' in b) &&
          !(typeof ctorA === 'function' && ctorA instanceof ctorA && typeof ctorB === 'function' && ctorB instanceof ctorB)) {
        result = false;
      }
    }
  }
  stack.pop();
  return result;
}

function entriesOf(collection) {
  var list = [];
  if (objectToString.call(collection) === '[object Map]') {
    collection.forEach(function (value, key) { list.push([key, value]); });
  } else {
    collection.forEach(function (value) { list.push(value); });
  }
  return list;
}

function unorderedEqual(left, right, stack) {
  var used = [];
  for (var i = 0; i < left.length; i++) {
    var found = false;
    for (var j = 0; j < right.length && !found; j++) {
      if (!used[j] && isEqual(left[i], right[j], stack)) { used[j] = true; found = true; }
    }
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Property paths as Postman reads them (`a.b[0]`, `a["x.y"]`, or a key that exists as written)

function isDigit(c) { return c >= 0x30 && c <= 0x39; }

function isWordText(text) {
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (!(isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  }
  return true;
}

// Whether `text` has a `.` or a bracketed part (`[...]`, quotes allowed inside).
function hasDeepPart(text) {
  for (var i = 0; i < text.length; i++) {
    if (text[i] === '.') return true;
    if (text[i] === '[') {
      var j = i + 1;
      var quote = text[j] === '"' || text[j] === "'" ? text[j] : null;
      if (quote !== null) {
        var k = j + 1;
        while (k < text.length && text[k] !== quote) k += text[k] === '\\' ? 2 : 1;
        if (k < text.length && text[k + 1] === ']') return true;
      }
      while (j < text.length && text[j] !== '[' && text[j] !== ']') j++;
      if (text[j] === ']') return true;
    }
  }
  return false;
}

function isKey(value, object) {
  if (Array.isArray(value)) return false;
  var type = typeof value;
  if (type === 'number' || type === 'symbol' || type === 'boolean' || value == null) return true;
  return isWordText(value) || !hasDeepPart(value) || (object != null && value in Object(object));
}

function unescapePathText(text) {
  var out = '';
  for (var i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      if (text[i + 1] === '\\') { out += '\\'; i++; }
    } else {
      out += text[i];
    }
  }
  return out;
}

// A bracketed number at `at` (`[12]`, `[-1.5]`): its text and end, or null.
function bracketNumber(text, at) {
  var i = at + 1;
  var start = i;
  if (text[i] === '-') i++;
  var digits = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === digits) return null;
  if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  }
  if (text[i] !== ']') return null;
  return { text: text.slice(start, i), end: i + 1 };
}

function bracketQuoted(text, at) {
  var quote = text[at + 1];
  if (quote !== '"' && quote !== "'") return null;
  var i = at + 2;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  if (i >= text.length || text[i + 1] !== ']') return null;
  return { text: unescapePathText(text.slice(at + 2, i)), end: i + 2 };
}

function emptyStepAt(text, at) {
  if (text[at] === '.') return 1;
  if (text[at] === '[' && text[at + 1] === ']') return 2;
  return 0;
}

function stringToPath(text) {
  var result = [];
  if (text.charCodeAt(0) === 0x2e) result.push('');
  var at = 0;
  while (at <= text.length) {
    var c = text[at];
    if (c !== undefined && c !== '.' && c !== '[' && c !== ']') {
      var end = at;
      while (end < text.length && text[end] !== '.' && text[end] !== '[' && text[end] !== ']') end++;
      result.push(text.slice(at, end));
      at = end;
      continue;
    }
    if (c === '[') {
      var part = bracketNumber(text, at) || bracketQuoted(text, at);
      if (part !== null) { result.push(part.text); at = part.end; continue; }
    }
    var step = emptyStepAt(text, at);
    if (step > 0 && (at + step === text.length || emptyStepAt(text, at + step) > 0)) result.push('');
    at++;
  }
  return result;
}

function castPath(value, object) {
  if (Array.isArray(value)) return value;
  return isKey(value, object) ? [value] : stringToPath(String(value));
}

function toKey(value) {
  if (typeof value === 'string' || typeof value === 'symbol') return value;
  var text = String(value);
  return (text === '0' && 1 / value === -Infinity) ? '-0' : text;
}

function isIndex(value, length) {
  if (typeof value === 'number') return value > -1 && value % 1 === 0 && value < length;
  if (typeof value !== 'string' || value.length === 0) return false;
  if (value.length > 1 && value[0] === '0') return false;
  for (var i = 0; i < value.length; i++) if (!isDigit(value.charCodeAt(i))) return false;
  var n = Number(value);
  return n < length;
}

function hasPath(object, path) {
  path = castPath(path, object);
  var index = -1;
  var length = path.length;
  var result = false;
  var key;
  while (++index < length) {
    key = toKey(path[index]);
    if (!(result = object != null && hasOwn.call(object, key))) break;
    object = object[key];
  }
  if (result || ++index !== length) return result;
  length = object == null ? 0 : object.length;
  return !!length && typeof length === 'number' && length > -1 && length % 1 === 0 &&
    length <= Number.MAX_SAFE_INTEGER && isIndex(key, length) &&
    (Array.isArray(object) || objectToString.call(object) === '[object Arguments]');
}

function getPath(object, path) {
  path = castPath(path, object);
  var index = 0;
  var length = path.length;
  while (object != null && index < length) object = object[toKey(path[index++])];
  return (index && index === length) ? object : undefined;
}

// The text of a JSON Schema failure, as Ajv's `errorsText()` writes it.
function schemaErrorsText(errors) {
  if (!errors) return 'No errors';
  var text = '';
  for (var i = 0; i < errors.length; i++) {
    var e = errors[i];
    if (!e) continue;
    if (typeof e === 'string') { text += e + ', '; continue; }
    var path = e.dataPath !== undefined ? e.dataPath : (e.instancePath !== undefined ? e.instancePath : '');
    text += 'data' + path + ' ' + e.message + ', ';
  }
  return text.slice(0, -2);
}

// The first line of a JSON parse failure ("Unexpected token '<' at 1:1").
function firstLine(text) {
  var at = text.indexOf('\n');
  return at === -1 ? text : text.slice(0, at);
}

// The response body as JSON for a check that only reads it (the SDK response keeps one parse for them).
function bodyJSON(target) {
  return typeof target._postieParsedBody === 'function' && !Object.prototype.hasOwnProperty.call(target, 'json') ?
    target._postieParsedBody() : target.json();
}

function jsonParseError(target) {
  try {
    bodyJSON(target);
  } catch (e) {
    if (e && e.name === 'JSONError' && e.message) return firstLine(e.message);
    return (e && e.name) + ': ' + (e && e.message);
  }
  return undefined;
}

var STATUS_CLASSES = [['info', 1], ['success', 2], ['redirection', 3], ['clientError', 4], ['serverError', 5]];

var STATUS_REASONS = [
  ['accepted', 202, 'Accepted'],
  ['withoutContent', 204, 'No Content'],
  ['badRequest', 400, 'Bad Request'],
  ['unauthorised', 401, 'Unauthorised'],
  ['unauthorized', 401, 'Unauthorized'],
  ['forbidden', 403, 'Forbidden'],
  ['notFound', 404, 'Not Found'],
  ['notAcceptable', 406, 'Acceptable'],
  ['rateLimited', 429, 'Too Many Requests']
];

// The value of a header as Postman reads it (`headers.one(key).value`): reading a missing
// header's value is a TypeError there too.
function headerValue(headers, key) {
  if (typeof headers.one === 'function') return headers.one(key).value;
  if (!headers.has(key)) throw new TypeError("Cannot read properties of undefined (reading 'value')");
  return headers.get(key);
}

function install(chai) {
  var Assertion = chai.Assertion;
  var flag = chai.util.flag;
  // The checks before each assertion (`postmanResponse`, `property(name)`, `a(type)`) are made here
  // first, as Chai makes them, and run as Chai assertions only when they fail (for Chai's error): a
  // passing Chai assertion is dozens of calls, and a status check makes three.
  var hasProperty = chai.util.hasProperty;
  var typeName = chai.util.type;

  Assertion.addProperty('postmanRequest', function () {
    this.assert(isRequest(this._obj), 'expecting a postman request object but got #{this}',
      'not expecting a postman request object');
  });

  Assertion.addProperty('postmanResponse', function () {
    this.assert(isResponse(this._obj), 'expecting a postman response object but got #{this}',
      'not expecting a postman response object');
  });

  Assertion.addProperty('postmanRequestOrResponse', function () {
    this.assert(isResponse(this._obj) || isRequest(this._obj),
      'expecting a postman request or response object but got #{this}',
      'not expecting a postman request or response object');
  });

  function requireResponseCode(assertion) {
    isResponse(assertion._obj) || new Assertion(assertion._obj).to.be.postmanResponse;
    hasProperty(assertion._obj, 'code') ? void assertion._obj['code'] : new Assertion(assertion._obj).to.have.property('code');
    typeName(assertion._obj.code).toLowerCase() === 'number' || new Assertion(assertion._obj.code).to.be.a('number');
  }

  function assertStatusClass(assertion, classCode) {
    requireResponseCode(assertion);
    var statusClass = Math.floor(assertion._obj.code / 100);
    assertion.assert(statusClass === classCode,
      'expected response code to be #{exp}XX but found #{act}',
      'expected response code to not be #{exp}XX',
      classCode, assertion._obj.code);
  }

  Assertion.addMethod('statusCodeClass', function (classCode) {
    assertStatusClass(this, classCode);
  });

  STATUS_CLASSES.forEach(function (entry) {
    var classCode = entry[1];
    Assertion.addProperty(entry[0], function () {
      assertStatusClass(this, classCode);
    });
  });

  Assertion.addProperty('error', function () {
    requireResponseCode(this);
    var statusClass = Math.floor(this._obj.code / 100);
    this.assert(statusClass === 4 || statusClass === 5,
      'expected response code to be 4XX or 5XX but found #{act}',
      'expected response code to not be 4XX or 5XX',
      null, this._obj.code);
  });

  Assertion.addMethod('statusCode', function (code) {
    requireResponseCode(this);
    this.assert(this._obj.code === Number(code),
      'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}',
      Number(code), this._obj.code);
  });

  Assertion.addMethod('statusReason', function (reason) {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    hasProperty(this._obj, 'reason') ? void this._obj['reason'] : new Assertion(this._obj).to.have.property('reason');
    typeName(this._obj.reason).toLowerCase() === 'function' || new Assertion(this._obj.reason).to.be.a('function');
    reason = String(reason);
    this.assert(this._obj.reason() === reason,
      'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}',
      reason, this._obj.reason());
  });

  function assertNamedStatus(assertion, statusCode, reasonName) {
    hasProperty(assertion._obj, 'reason') ? void assertion._obj['reason'] : new Assertion(assertion._obj).to.have.property('reason');
    typeName(assertion._obj.reason).toLowerCase() === 'function' || new Assertion(assertion._obj.reason).to.be.a('function');
    hasProperty(assertion._obj, 'details') ? void assertion._obj['details'] : new Assertion(assertion._obj).to.have.property('details');
    typeName(assertion._obj.details).toLowerCase() === 'function' || new Assertion(assertion._obj.details).to.be.a('function');
    var wantedReason = reasonName.toUpperCase();
    var actualReason = String(assertion._obj.reason()).toUpperCase();
    var actualStatusCode = Number(assertion._obj.details().code);
    assertion.assert(actualReason === wantedReason,
      'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}',
      wantedReason, actualReason);
    assertion.assert(actualStatusCode === statusCode,
      'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}',
      statusCode, actualStatusCode);
  }

  STATUS_REASONS.forEach(function (entry) {
    var statusCode = entry[1];
    var reasonName = entry[2];
    Assertion.addProperty(entry[0], function () {
      isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
      assertNamedStatus(this, statusCode, reasonName);
    });
  });

  // `ok` keeps Chai's meaning (truthy) on anything but a response.
  Assertion.addProperty('ok', function () {
    if (!isResponse(this._obj)) {
      this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
      return;
    }
    assertNamedStatus(this, 200, 'OK');
  });

  Assertion.addMethod('status', function (codeOrReason) {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    if (isNumber(codeOrReason)) {
      hasProperty(this._obj, 'code') ? void this._obj['code'] : new Assertion(this._obj).to.have.property('code');
      typeName(this._obj.code).toLowerCase() === 'number' || new Assertion(this._obj.code).to.be.a('number');
      this.assert(this._obj.code === Number(codeOrReason),
        'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}',
        Number(codeOrReason), this._obj.code);
    } else {
      hasProperty(this._obj, 'reason') ? void this._obj['reason'] : new Assertion(this._obj).to.have.property('reason');
      typeName(this._obj.reason).toLowerCase() === 'function' || new Assertion(this._obj.reason).to.be.a('function');
      this.assert(this._obj.reason() === codeOrReason,
        'expected response to have status reason #{exp} but got #{act}',
        'expected response to not have status reason #{act}',
        codeOrReason, this._obj.reason());
    }
  });

  Assertion.addMethod('header', function (headerKey, headerVal) {
    isResponse(this._obj) || isRequest(this._obj) || new Assertion(this._obj).to.be.postmanRequestOrResponse;
    hasProperty(this._obj, 'headers') ? void this._obj['headers'] : new Assertion(this._obj).to.have.property('headers');
    var ror = requestOrResponse(this._obj);
    var headers = this._obj.headers;
    this.assert(headers.has(headerKey),
      'expected ' + ror + ' to have header with key \'' + String(headerKey) + '\'',
      'expected ' + ror + ' to not have header with key \'' + String(headerKey) + '\'',
      true, headers.has(headerKey));
    if (arguments.length < 2) return;
    this.assert(headerValue(headers, headerKey) === headerVal,
      'expected \'' + String(headerKey) + '\' ' + ror + ' header to be #{exp} but got #{act}',
      'expected \'' + String(headerKey) + '\' ' + ror + ' header to not be #{act}',
      headerVal, headerValue(headers, headerKey));
  });

  Assertion.addProperty('withBody', function () {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    hasProperty(this._obj, 'text') ? void this._obj['text'] : new Assertion(this._obj).to.have.property('text');
    typeName(this._obj.text).toLowerCase() === 'function' || new Assertion(this._obj.text).to.be.a('function');
    var bodyText = this._obj.text();
    this.assert(isString(bodyText) && bodyText.length,
      'expected response to have content in body',
      'expected response to not have content in body');
  });

  Assertion.addProperty('json', function () {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    hasProperty(this._obj, 'json') ? void this._obj['json'] : new Assertion(this._obj).to.have.property('json');
    typeName(this._obj.json).toLowerCase() === 'function' || new Assertion(this._obj.json).to.be.a('function');
    var parseError = jsonParseError(this._obj);
    this.assert(!parseError,
      'expected response body to be a valid json but got error ' + parseError,
      'expected response body not to be a valid json');
  });

  Assertion.addMethod('body', function (content) {
    var bodyData;
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    if (isPlainObject(content)) {
      hasProperty(this._obj, 'json') ? void this._obj['json'] : new Assertion(this._obj).to.have.property('json');
      typeName(this._obj.json).toLowerCase() === 'function' || new Assertion(this._obj.json).to.be.a('function');
      try { bodyData = bodyJSON(this._obj); } catch (e) { /* compared as undefined */ }
      this.assert(isEqual(bodyData, content),
        'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp} but got #{act}',
        content, bodyData);
      return;
    }
    hasProperty(this._obj, 'text') ? void this._obj['text'] : new Assertion(this._obj).to.have.property('text');
    typeName(this._obj.text).toLowerCase() === 'function' || new Assertion(this._obj.text).to.be.a('function');
    bodyData = this._obj.text();
    if (arguments.length === 0) {
      this.assert(isString(bodyData) && bodyData.length,
        'expected response to have content in body',
        'expected response to not have content in body');
      return;
    }
    if (content instanceof RegExp) {
      this.assert(content.exec(bodyData) !== null,
        'expected response body text to match #{exp} but got #{act}',
        'expected response body text #{act} to not match #{exp}',
        content, bodyData);
      return;
    }
    this.assert(isEqual(bodyData, content),
      'expected response body to equal #{exp} but got #{act}',
      'expected response body to not equal #{exp}',
      content, bodyData);
  });

  Assertion.addMethod('jsonBody', function (path, value) {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    hasProperty(this._obj, 'json') ? void this._obj['json'] : new Assertion(this._obj).to.have.property('json');
    typeName(this._obj.json).toLowerCase() === 'function' || new Assertion(this._obj.json).to.be.a('function');
    var jsonBody;
    var parseError;
    try {
      jsonBody = bodyJSON(this._obj);
    } catch (e) {
      if (e && e.name === 'JSONError' && e.message) parseError = firstLine(e.message);
      else parseError = (e && e.name) + ': ' + (e && e.message);
    }
    if (arguments.length === 0) {
      this.assert(!parseError, 'expected response body to be a valid json but got error ' + parseError,
        'expected response body not to be a valid json');
      return;
    }
    if (isString(path)) {
      this.assert(hasPath(jsonBody, path),
        'expected #{act} in response to contain property #{exp}',
        'expected #{act} in response to not contain property #{exp}',
        path, jsonBody);
      if (arguments.length > 1) {
        jsonBody = getPath(jsonBody, path);
        this.assert(isEqual(jsonBody, value),
          'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
          'expected response body json at "' + path + '" to not contain #{exp} but got #{act}',
          value, jsonBody);
      }
    }
  });

  Assertion.addChainableMethod('responseTime', function (value) {
    var time = flag(this, 'number');
    this.assert(isNumber(time),
      'expected response to have a valid response time but got #{act}',
      'expected response to not have a valid response time but got #{act}', null, time);
    if (arguments.length) {
      this.assert(isEqual(time, value),
        'expected response to have a valid response time but got #{act}',
        'expected response to not have a valid response time but got #{act}', null, time);
    }
  }, function () {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    hasProperty(this._obj, 'responseTime') ? void this._obj['responseTime'] : new Assertion(this._obj).to.have.property('responseTime');
    flag(this, 'number', this._obj.responseTime);
    this._obj = getPath(this._obj, 'responseTime');
  });

  Assertion.addChainableMethod('responseSize', function (value) {
    var size = flag(this, 'number');
    this.assert(isNumber(size),
      'expected response to have a valid response size but got #{act}',
      'expected response to not have a valid response size but got #{act}', null, size);
    if (arguments.length) {
      this.assert(isEqual(size, value),
        'expected response size to equal #{act} but got #{exp}',
        'expected response size to not equal #{act} but got #{exp}', value, size);
    }
  }, function () {
    isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;
    var total;
    if (typeof this._obj.size !== 'function' && isNumber(this._obj.responseSize)) {
      total = this._obj.responseSize;
    } else {
      hasProperty(this._obj, 'size') ? void this._obj['size'] : new Assertion(this._obj).to.have.property('size');
      typeName(this._obj.size).toLowerCase() === 'function' || new Assertion(this._obj.size).to.be.a('function');
      var size = this._obj.size();
      total = (size.header || 0) + (size.body || 0);
    }
    flag(this, 'number', total);
    this._obj = total;
  });

  // `options` are Ajv's (Postman validates with allErrors on and no logger, then these).
  Assertion.addMethod('jsonSchema', function (schema, options) {
    typeName(schema).toLowerCase() === 'object' || new Assertion(schema).to.be.an('object');
    var data;
    if (isResponse(this._obj) || isRequest(this._obj) && typeof this._obj.json === 'function') {
      data = this._obj.json();
    } else {
      data = this._obj;
    }
    var validate = module.exports.jsonSchemaValidator;
    if (typeof validate !== 'function') {
      throw new chai.AssertionError('jsonSchema: this sandbox has no JSON Schema validator', undefined, flag(this, 'ssfi'));
    }
    var outcome = validate(schema, data, options) || {};
    var valid = Boolean(outcome.valid);
    var errors = valid ? null : (outcome.errors && outcome.errors.length ? outcome.errors : null);
    this.assert(valid && !errors,
      'expected data to satisfy schema but found following errors: \n' + schemaErrorsText(errors),
      'expected data to not satisfy schema', true, valid);
  });
}

module.exports = install;
module.exports.jsonSchemaValidator = null;
