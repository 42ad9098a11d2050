// postie's own JSON Schema validator, the engine behind tv4.js and ajv.js and the sandbox's
// `to.have.jsonSchema` assertion. Written for postie from the JSON Schema drafts 4 and 7
// (json-schema.org) and from tv4 1.x's and Ajv 6's documented behaviour, checked against tv4 and
// ajv 6.12 in Node; no code of either is used.
//
// Two walkers share the helpers here, because the libraries differ in what they report:
// - `Tv4Walker`: draft-04 keywords, tv4's first-error order (type, enum, numbers, strings, arrays,
//   objects, combinators, formats, custom keywords), its messages, codes and JSON-pointer paths;
//   formats only when registered with addFormat (tv4 has none built in).
// - `AjvWalker`: draft-06/07 keywords (boolean schemas, const, contains, propertyNames, if/then/else,
//   numeric exclusive bounds) plus draft-04's boolean exclusives, Ajv 6's keyword order (number, string,
//   array, object, then generic rules; the type check sits where Ajv's generated code puts it), its
//   messages and `.prop[0]` data paths, `allErrors`, `verbose`, `jsonPointers`, `errorDataPath`,
//   `format: 'fast' | 'full' | false`, unknown-format and missing-$ref compile errors, and schema
//   validation against the draft-07 meta-schema.
// `module.exports.jsonSchemaValidator(schema, data)` validates as Postman's assertion does (Ajv with
// allErrors and no logger) and returns { valid, errors }.
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;

// ---------------------------------------------------------------------------------------------------
// Shared helpers.

function isPlainObject(value) { return value !== null && typeof value === 'object' && !Array.isArray(value); }
function jsonType(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value;
}
/** Deep equality as fast-deep-equal (Ajv's) defines it: same keys, same order in arrays, NaN unequal. */
function ajvEqual(a, b, depth) {
    if (a === b) return true;
    if ((depth || 0) > 1000) throw new RangeError('Maximum call stack size exceeded');
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        if (a.constructor !== b.constructor) return false;
        var i;
        if (Array.isArray(a)) {
            if (a.length !== b.length) return false;
            for (i = 0; i < a.length; i++) if (!ajvEqual(a[i], b[i], (depth || 0) + 1)) return false;
            return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        var keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length) return false;
        for (i = 0; i < keys.length; i++) if (!hasOwn.call(b, keys[i])) return false;
        for (i = 0; i < keys.length; i++) if (!ajvEqual(a[keys[i]], b[keys[i]], (depth || 0) + 1)) return false;
        return true;
    }
    return a !== a && b !== b;
}
/** tv4's comparison for enum and uniqueItems: same JSON type, arrays element-wise, objects key-wise. */
function tv4Equal(a, b, depth) {
    if (a === b) return true;
    if ((depth || 0) > 1000) throw new RangeError('Maximum call stack size exceeded');
    if (typeof a === 'object' && typeof b === 'object') {
        if (Array.isArray(a) !== Array.isArray(b)) return false;
        if (Array.isArray(a)) {
            if (a.length !== b.length) return false;
            for (var i = 0; i < a.length; i++) if (!tv4Equal(a[i], b[i], (depth || 0) + 1)) return false;
            return true;
        }
        if (a === null || b === null) return false;
        var key;
        for (key in a) if (b[key] === undefined && a[key] !== undefined) return false;
        for (key in b) if (a[key] === undefined && b[key] !== undefined) return false;
        for (key in a) if (!tv4Equal(a[key], b[key], (depth || 0) + 1)) return false;
        return true;
    }
    return false;
}
/** Length in code points (Ajv counts surrogate pairs once). */
function codePointLength(string) {
    var length = 0;
    for (var i = 0; i < string.length; i++) {
        var c = string.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
            var d = string.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
        length++;
    }
    return length;
}
var regexCache = {};
function patternRegExp(pattern) {
    if (!hasOwn.call(regexCache, pattern)) regexCache[pattern] = new RegExp(pattern);
    return regexCache[pattern];
}
function escapePointer(part) { return String(part).replace(/~/g, '~0').replace(/\//g, '~1'); }
function unescapePointer(part) { return part.replace(/~1/g, '/').replace(/~0/g, '~'); }
function clone(value) { return value === undefined ? undefined : JSON.parse(JSON.stringify(value)); }

// URI references, enough for schema ids: absolute URIs, fragments and relative paths.
function splitFragment(uri) {
    var hash = uri.indexOf('#');
    return hash < 0 ? [uri, ''] : [uri.slice(0, hash), uri.slice(hash + 1)];
}
function resolveUri(base, ref) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
    if (ref.charAt(0) === '#') return splitFragment(base)[0] + ref;
    var baseDoc = splitFragment(base)[0];
    if (ref.slice(0, 2) === '//') {
        var scheme = /^[a-z][a-z0-9+.-]*:/i.exec(baseDoc);
        return (scheme ? scheme[0] : '') + ref;
    }
    var authority = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(baseDoc), prefix = '', path = baseDoc;
    if (authority) { prefix = authority[1]; path = authority[2]; }
    if (ref.charAt(0) === '/') return prefix + normalizePath(ref);
    var dir = path.slice(0, path.lastIndexOf('/') + 1);
    return prefix + normalizePath(dir + ref);
}
function normalizePath(path) {
    var queryAt = path.search(/[?#]/), tail = queryAt < 0 ? '' : path.slice(queryAt);
    var segments = (queryAt < 0 ? path : path.slice(0, queryAt)).split('/'), out = [];
    for (var i = 0; i < segments.length; i++) {
        if (segments[i] === '..') { if (out.length > 1) out.pop(); }
        else if (segments[i] !== '.') out.push(segments[i]);
    }
    return out.join('/') + tail;
}
function normalizeId(id) { return typeof id === 'string' ? id.replace(/#$/, '') : id; }
function pointerGet(root, pointer) {
    if (pointer === '' || pointer === '/') return pointer === '' ? root : (root && root['']);
    if (pointer.charAt(0) !== '/') return undefined;
    var parts = pointer.split('/').slice(1), node = root;
    for (var i = 0; i < parts.length; i++) {
        if (node === null || typeof node !== 'object') return undefined;
        var key = unescapePointer(decodeURIComponentSafe(parts[i]));
        if (!hasOwn.call(node, key)) return undefined;
        node = node[key];
    }
    return node;
}
function decodeURIComponentSafe(text) {
    try { return decodeURIComponent(text); } catch (e) { return text; }
}

// ---------------------------------------------------------------------------------------------------
// Formats. "fast" follows Ajv's quick syntactic checks; "full" also checks calendar and clock ranges.

var reDate = /^(\d{4})-(\d{2})-(\d{2})$/;
var reTime = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}(?::?\d{2})?)?$/i;
function fastDate(s) { var m = reDate.exec(s); return !!m && m[2].charAt(0) <= '1' && m[3].charAt(0) <= '3'; }
function fastTime(s, needZone) {
    var m = reTime.exec(s);
    if (!m || (needZone && !m[5])) return false;
    var leap = m[1] === '23' && m[2] === '59' && m[3] === '60';
    return leap || (m[1].charAt(0) <= '2' && m[2].charAt(0) <= '5' && m[3].charAt(0) <= '5');
}
function fullDate(s) {
    var m = reDate.exec(s);
    if (!m) return false;
    var year = +m[1], month = +m[2], day = +m[3];
    var leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}
function fullTime(s, needZone) {
    var m = reTime.exec(s);
    if (!m || (needZone && !m[5])) return false;
    var hour = +m[1], minute = +m[2], second = +m[3];
    return (hour <= 23 && minute <= 59 && second <= 59) || (hour === 23 && minute === 59 && second === 60);
}
function splitDateTime(s) { var m = /^(.*?)[t\s](.*)$/i.exec(s); return m ? [m[1], m[2]] : null; }
function hostnameOk(s) {
    if (s.length > 255) return false;
    var labels = s.split('.');
    for (var i = 0; i < labels.length; i++) {
        if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(labels[i])) return false;
    }
    return true;
}
function emailOk(s) {
    var at = s.lastIndexOf('@');
    if (at < 1) return false;
    var local = s.slice(0, at), domain = s.slice(at + 1);
    return /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+$/i.test(local) && domain !== '' && hostnameOk(domain);
}
function fullEmailOk(s) {
    var at = s.lastIndexOf('@');
    if (at < 1) return false;
    var local = s.slice(0, at), domain = s.slice(at + 1);
    return /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i.test(local) && domain.indexOf('.') > 0 && hostnameOk(domain);
}
/** RFC 3986 characters: unreserved, reserved, "%HH"; brackets only around an IP-literal host. */
function rfc3986Ok(s, relative) {
    if (/%(?![0-9a-f]{2})/i.test(s) || /[^a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/i.test(s)) return false;
    var m = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(s);
    if (!m) return false;
    var authority = m[1] || '', host = authority.slice(authority.lastIndexOf('@') + 1);
    if (/[[\]]/.test(authority.slice(0, authority.lastIndexOf('@') + 1))) return false;
    if (/[[\]]/.test(host) && !/^\[[0-9a-f:.]+\](?::\d*)?$/i.test(host)) return false;
    if (/[[\]]/.test(m[2] + (m[3] || '') + (m[4] || ''))) return false;
    if (!relative && /^[^:]*$/.test(s)) return false;
    return true;
}
function ipv4Ok(s) {
    var parts = s.split('.');
    if (parts.length !== 4) return false;
    for (var i = 0; i < 4; i++) if (!/^\d{1,3}$/.test(parts[i]) || +parts[i] > 255) return false;
    return true;
}
function ipv6Ok(s) {
    var zone = s.indexOf('%');
    if (zone >= 0) { if (!/^[0-9a-z]+$/i.test(s.slice(zone + 1))) return false; s = s.slice(0, zone); }
    var halves = s.split('::');
    if (halves.length > 2) return false;
    function groups(text) { return text === '' ? [] : text.split(':'); }
    var head = groups(halves[0]), tail = halves.length === 2 ? groups(halves[1]) : [], all = head.concat(tail), count = all.length;
    for (var i = 0; i < all.length; i++) {
        if (i === all.length - 1 && all[i].indexOf('.') >= 0) {
            if (!ipv4Ok(all[i])) return false;
            count++;
            continue;
        }
        if (!/^[0-9a-f]{1,4}$/i.test(all[i])) return false;
    }
    return halves.length === 2 ? count <= 7 : count === 8;
}
function regexOk(s) {
    if (/[^\\]\\Z/.test(s)) return false;
    try { new RegExp(s); return true; } catch (e) { return false; }
}
var stringFormats = {
    'date': function (s, full) { return full ? fullDate(s) : fastDate(s); },
    'time': function (s, full) { return full ? fullTime(s, false) : fastTime(s, false); },
    'date-time': function (s, full) {
        var parts = splitDateTime(s);
        return !!parts && (full ? (fullDate(parts[0]) && fullTime(parts[1], true)) : (fastDate(parts[0]) && fastTime(parts[1], true)));
    },
    'uri': function (s, full) { return /^[a-z][a-z0-9+.-]*:(?:\/?\/)?[^\s]*$/i.test(s) && (!full || rfc3986Ok(s, false)); },
    'uri-reference': function (s, full) { return /^(?:(?:[a-z][a-z0-9+.-]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i.test(s) && (!full || rfc3986Ok(s, true)); },
    'uri-template': function (s) { return /^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i.test(s); },
    'url': function (s) {
        // http(s)/ftp with a dotted host name ending in a letter label, or an IPv4 address.
        var m = /^(?:https?|ftp):\/\/(?:[^\s:@/]+(?::[^\s@/]*)?@)?([^\s/?#:]+)(?::\d{2,5})?(?:[/?#][^\s]*)?$/i.exec(s);
        if (!m) return false;
        var host = m[1];
        if (ipv4Ok(host)) return true;
        return /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,}\.?$/i.test(host);
    },
    'email': function (s, full) { return full ? fullEmailOk(s) : emailOk(s); },
    'hostname': function (s) { return hostnameOk(s); },
    'ipv4': function (s) { return ipv4Ok(s); },
    'ipv6': function (s) { return ipv6Ok(s); },
    'regex': function (s) { return regexOk(s); },
    'uuid': function (s) { return /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s); },
    'json-pointer': function (s) { return /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(s); },
    'json-pointer-uri-fragment': function (s) { return /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i.test(s); },
    'relative-json-pointer': function (s) { return /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/.test(s); }
};

// ---------------------------------------------------------------------------------------------------
// Schema stores: documents by id, with their sub-schemas reachable by pointer and by embedded ids.

function SchemaStore(idKeyword) {
    this.docs = {};
    this.idKeyword = idKeyword || '$id';
}
SchemaStore.prototype.idOf = function (schema) {
    if (!isPlainObject(schema)) return undefined;
    if (this.idKeyword === 'auto') return typeof schema.$id === 'string' ? schema.$id : (typeof schema.id === 'string' ? schema.id : undefined);
    var id = schema[this.idKeyword];
    return typeof id === 'string' ? id : undefined;
};
/** Registers a document and every embedded schema that has an id, under absolute URIs. */
SchemaStore.prototype.add = function (uri, schema) {
    uri = normalizeId(uri);
    this.docs[uri] = { schema: schema, uri: uri };
    this.indexIds(schema, uri, 0);
};
SchemaStore.prototype.indexIds = function (schema, base, depth) {
    if (depth > 200 || schema === null || typeof schema !== 'object') return;
    if (Array.isArray(schema)) {
        for (var a = 0; a < schema.length; a++) this.indexIds(schema[a], base, depth + 1);
        return;
    }
    var id = this.idOf(schema);
    if (id !== undefined && depth > 0) {
        var absolute = resolveUri(base, id);
        var parts = splitFragment(absolute);
        if (parts[1] && parts[1].charAt(0) !== '/') {
            if (!hasOwn.call(this.docs, absolute)) this.docs[absolute] = { schema: schema, uri: parts[0], named: true };
        } else if (!hasOwn.call(this.docs, normalizeId(absolute))) {
            this.docs[normalizeId(absolute)] = { schema: schema, uri: normalizeId(absolute) };
        }
        base = absolute;
    }
    for (var key in schema) {
        if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
        if (hasOwn.call(schema, key) && typeof schema[key] === 'object') this.indexIds(schema[key], base, depth + 1);
    }
};
/** A store that sees this one's documents plus `schema` at `uri` (anonymous roots stay private). */
SchemaStore.prototype.withRoot = function (uri, schema) {
    var child = new SchemaStore(this.idKeyword);
    child.docs = Object.create(this.docs);
    child.add(uri, schema);
    return child;
};
/** Finds `ref` relative to `base`; returns { schema, base, path } or null. */
SchemaStore.prototype.resolve = function (base, ref) {
    var absolute = resolveUri(base, ref), parts = splitFragment(absolute), doc;
    if (parts[1] && parts[1].charAt(0) !== '/') {
        doc = this.docs[absolute];
        return doc ? { schema: doc.schema, base: absolute, path: '#' } : null;
    }
    doc = this.docs[normalizeId(parts[0])];
    if (!doc) return null;
    var target = pointerGet(doc.schema, decodeURIComponentSafe(parts[1]));
    if (target === undefined) return null;
    return { schema: target, base: doc.uri, path: '#' + parts[1] };
};

// ---------------------------------------------------------------------------------------------------
// Ajv 6 walker.

var numberKeywords = ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'multipleOf', 'format'];
var stringKeywords = ['maxLength', 'minLength', 'pattern', 'format'];
var arrayKeywords = ['maxItems', 'minItems', 'items', 'additionalItems', 'contains', 'uniqueItems'];
var objectKeywords = ['maxProperties', 'minProperties', 'required', 'dependencies', 'propertyNames', 'properties', 'additionalProperties', 'patternProperties'];
var genericKeywords = ['const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'];
var groupKeywords = { number: numberKeywords, string: stringKeywords, array: arrayKeywords, object: objectKeywords };

function usesAny(schema, keywords) {
    for (var i = 0; i < keywords.length; i++) if (schema[keywords[i]] !== undefined) return true;
    return false;
}
function ajvDataType(data, type) {
    switch (type) {
        case 'null': return data === null;
        case 'array': return Array.isArray(data);
        case 'object': return data !== null && typeof data === 'object' && !Array.isArray(data);
        case 'integer': return typeof data === 'number' && !(data % 1) && !isNaN(data);
        case 'number': return typeof data === 'number';
        case 'string': return typeof data === 'string';
        case 'boolean': return typeof data === 'boolean';
    }
    return false;
}
/** Ajv writes keys found in the data (loops over additional/pattern properties) in brackets. */
function dynamicAccess(key, jsonPointers) {
    if (jsonPointers) return '/' + escapePointer(key);
    return "['" + String(key).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
}
/** Schema-path fragment for a key, as Ajv escapes it (JSON pointer, then URI component). */
function escapeFragment(key) { return encodeURIComponent(escapePointer(key)); }
/** Whether a sub-schema has validation keywords (Ajv's schemaHasRules). */
function hasRules(schema) {
    if (typeof schema === 'boolean') return !schema;
    if (!isPlainObject(schema)) return false;
    if (schema.$ref !== undefined) return true;
    for (var i = 0; i < ruleKeywords.length; i++) if (schema[ruleKeywords[i]] !== undefined) return true;
    return false;
}
function propertyAccess(key, jsonPointers) {
    if (jsonPointers) return '/' + escapePointer(key);
    if (typeof key === 'number') return '[' + key + ']';
    return /^[a-z$_][a-z$_0-9]*$/i.test(key) ? '.' + key : "['" + String(key).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
}

function AjvWalker(ajv, store, allErrors) {
    this.ajv = ajv;
    this.opts = ajv._opts;
    this.store = store;
    this.allErrors = allErrors;
    this.errors = [];
    this.depth = 0;
    this.composite = 0;
    this.softFail = false;
    this.rootData = undefined;
}
/** Validates inside anyOf/oneOf/not/if/contains, where Ajv's generated code keeps going past an up-front type error. */
AjvWalker.prototype.validateComposite = function (schema, data, dataPath, schemaPath, base, parentData, parentKey) {
    this.composite++;
    try {
        return this.validate(schema, data, dataPath, schemaPath, base, parentData, parentKey);
    } finally {
        this.composite--;
    }
};
AjvWalker.prototype.error = function (keyword, schemaPath, dataPath, params, message, keywordSchema, parentSchema, data) {
    var error = { keyword: keyword, dataPath: dataPath, schemaPath: schemaPath, params: params, message: message };
    if (this.opts.messages === false) delete error.message;
    if (this.opts.verbose) {
        error.schema = keywordSchema;
        error.parentSchema = parentSchema;
        error.data = data;
    }
    this.errors.push(error);
    return error;
};
/** Validates `data`; returns true when valid. Errors go to this.errors. */
AjvWalker.prototype.validate = function (schema, data, dataPath, schemaPath, base, parentData, parentKey) {
    if (++this.depth > 3000) { this.depth = 0; throw new RangeError('Maximum call stack size exceeded'); }
    try {
        return this.validateNode(schema, data, dataPath, schemaPath, base, parentData, parentKey);
    } finally {
        this.depth--;
    }
};
AjvWalker.prototype.validateNode = function (schema, data, dataPath, schemaPath, base, parentData, parentKey) {
    if (schema === true) return true;
    if (schema === false) {
        this.error('false schema', schemaPath + '/false schema', dataPath, {}, 'boolean schema is false', false, undefined, data);
        return false;
    }
    if (!isPlainObject(schema)) return true;
    var id = this.store.idOf(schema);
    if (id !== undefined) base = resolveUri(base, id);
    var all = this.allErrors, valid = true, self = this;
    function fail() { valid = false; return !all; }
    if (schema.$ref !== undefined && this.opts.extendRefs !== true) return this.validateRef(schema, data, dataPath, schemaPath, base, parentData, parentKey);

    var types = schema.type, typeList = types === undefined ? null : (Array.isArray(types) ? types.slice(0) : [types]);
    if (typeList && schema.nullable === true && this.opts.nullable && typeList.indexOf('null') < 0) typeList.push('null');
    var typeMatches = !typeList || typeList.some(function (t) { return ajvDataType(data, t); });
    var deferredGroup = (typeList && typeList.length === 1 && groupKeywords[typeList[0]] && usesAny(schema, groupKeywords[typeList[0]])) ? typeList[0] : null;
    function typeError() {
        self.error('type', schemaPath + '/type', dataPath, { type: typeList.join(',') }, 'should be ' + typeList.join(','), schema.type, schema, data);
    }
    // Without allErrors, Ajv's code returns at an up-front type error, except inside composite rules,
    // where it goes on through the first keyword group the schema uses and stops before the next.
    var lastGroupOnly = false;
    if (typeList && !deferredGroup && !typeMatches) {
        typeError();
        valid = false;
        if (!all) {
            if (!this.composite) return false;
            lastGroupOnly = true;
        }
    }
    var groups = ['number', 'string', 'array', 'object'];
    for (var g = 0; g < groups.length; g++) {
        var group = groups[g];
        if (!usesAny(schema, groupKeywords[group])) continue;
        if (ajvDataType(data, group)) {
            if (!this['group_' + group](schema, data, dataPath, schemaPath, base)) { valid = false; if (!all) return false; }
        } else if (deferredGroup === group) {
            typeError();
            if (fail()) return false;
        }
        if (lastGroupOnly) return false;
    }
    if (schema.$ref !== undefined && this.opts.extendRefs === true) {
        if (!this.validateRef(schema, data, dataPath, schemaPath, base, parentData, parentKey)) { valid = false; if (!all) return false; }
    }
    if (!this.genericRules(schema, data, dataPath, schemaPath, base, parentData, parentKey)) { valid = false; if (!all) return false; }
    if (lastGroupOnly && usesAny(schema, genericKeywords)) return false;
    if (!this.customKeywords(schema, data, dataPath, schemaPath, parentData, parentKey)) { valid = false; if (!all) return false; }
    return valid;
};
AjvWalker.prototype.validateRef = function (schema, data, dataPath, schemaPath, base, parentData, parentKey) {
    var target = this.store.resolve(base, schema.$ref);
    if (!target) {
        if (this.opts.missingRefs === 'fail') {
            this.error('$ref', schemaPath + '/$ref', dataPath, { ref: schema.$ref }, "can't resolve reference " + schema.$ref, schema.$ref, schema, data);
            return false;
        }
        return true;
    }
    // Within one document Ajv reports the target's pointer; across documents, the $ref as written.
    var path = schema.$ref.charAt(0) === '#' ? target.path : schema.$ref.replace(/#$/, '');
    return this.validate(target.schema, data, dataPath, path, target.base, parentData, parentKey);
};
AjvWalker.prototype.limitCheck = function (schema, data, dataPath, schemaPath, upper) {
    var limitKey = upper ? 'maximum' : 'minimum', exclKey = upper ? 'exclusiveMaximum' : 'exclusiveMinimum';
    var limit = schema[limitKey], excl = schema[exclKey], keyword, value, exclusive;
    if (typeof excl === 'number') {
        if (limit === undefined || (upper ? excl <= limit : excl >= limit)) { keyword = exclKey; value = excl; exclusive = true; }
        else { keyword = limitKey; value = limit; exclusive = false; }
    } else if (limit !== undefined) {
        // draft-04 boolean exclusives: Ajv names the exclusive keyword in the error.
        exclusive = excl === true;
        keyword = exclusive ? exclKey : limitKey;
        value = limit;
    } else {
        return true;
    }
    var ok = upper ? (exclusive ? data < value : data <= value) : (exclusive ? data > value : data >= value);
    if (ok) return true;
    var comparison = upper ? (exclusive ? '<' : '<=') : (exclusive ? '>' : '>=');
    this.error(keyword, schemaPath + '/' + keyword, dataPath, { comparison: comparison, limit: value, exclusive: exclusive },
        'should be ' + comparison + ' ' + value, schema[keyword], schema, data);
    return false;
};
AjvWalker.prototype.formatCheck = function (schema, data, dataPath, schemaPath, dataType) {
    var name = schema.format;
    if (name === undefined || this.opts.format === false) return true;
    var custom = this.ajv._formats[name], ok;
    if (custom !== undefined) {
        var formatType = (custom && typeof custom === 'object' && !(custom instanceof RegExp) && custom.type) || 'string';
        if (formatType !== dataType) return true;
        if (custom instanceof RegExp) ok = custom.test(data);
        else if (typeof custom === 'function') ok = custom(data);
        else if (custom && typeof custom === 'object') {
            var check = custom.validate;
            ok = check instanceof RegExp ? check.test(data) : (typeof check === 'function' ? check(data) : true);
        } else if (typeof custom === 'string') ok = patternRegExp(custom).test(data);
        else ok = true;
    } else if (hasOwn.call(stringFormats, name)) {
        if (dataType !== 'string') return true;
        ok = stringFormats[name](data, this.opts.format === 'full');
    } else {
        return true;
    }
    if (ok) return true;
    this.error('format', schemaPath + '/format', dataPath, { format: name }, 'should match format "' + name + '"', name, schema, data);
    return false;
};
AjvWalker.prototype.group_number = function (schema, data, dataPath, schemaPath) {
    var all = this.allErrors, valid = true;
    if (!this.limitCheck(schema, data, dataPath, schemaPath, true)) { valid = false; if (!all) return false; }
    if (!this.limitCheck(schema, data, dataPath, schemaPath, false)) { valid = false; if (!all) return false; }
    if (schema.multipleOf !== undefined) {
        var division = data / schema.multipleOf, precision = this.opts.multipleOfPrecision, bad;
        if (precision) bad = Math.abs(Math.round(division) - division) > Math.pow(10, -precision);
        else bad = division !== parseInt(division, 10);
        if (bad) {
            this.error('multipleOf', schemaPath + '/multipleOf', dataPath, { multipleOf: schema.multipleOf },
                'should be multiple of ' + schema.multipleOf, schema.multipleOf, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (!this.formatCheck(schema, data, dataPath, schemaPath, 'number')) { valid = false; if (!all) return false; }
    return valid;
};
AjvWalker.prototype.group_string = function (schema, data, dataPath, schemaPath) {
    var all = this.allErrors, valid = true, length = null;
    if (schema.maxLength !== undefined) {
        length = codePointLength(data);
        if (length > schema.maxLength) {
            this.error('maxLength', schemaPath + '/maxLength', dataPath, { limit: schema.maxLength },
                'should NOT be longer than ' + schema.maxLength + ' characters', schema.maxLength, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (schema.minLength !== undefined) {
        if (length === null) length = codePointLength(data);
        if (length < schema.minLength) {
            this.error('minLength', schemaPath + '/minLength', dataPath, { limit: schema.minLength },
                'should NOT be shorter than ' + schema.minLength + ' characters', schema.minLength, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (schema.pattern !== undefined && !patternRegExp(schema.pattern).test(data)) {
        this.error('pattern', schemaPath + '/pattern', dataPath, { pattern: schema.pattern }, 'should match pattern "' + schema.pattern + '"', schema.pattern, schema, data);
        valid = false;
        if (!all) return false;
    }
    if (!this.formatCheck(schema, data, dataPath, schemaPath, 'string')) { valid = false; if (!all) return false; }
    return valid;
};
AjvWalker.prototype.group_array = function (schema, data, dataPath, schemaPath, base) {
    var all = this.allErrors, valid = true, jp = this.opts.jsonPointers, i;
    if (schema.maxItems !== undefined && data.length > schema.maxItems) {
        this.error('maxItems', schemaPath + '/maxItems', dataPath, { limit: schema.maxItems }, 'should NOT have more than ' + schema.maxItems + ' items', schema.maxItems, schema, data);
        valid = false;
        if (!all) return false;
    }
    if (schema.minItems !== undefined && data.length < schema.minItems) {
        this.error('minItems', schemaPath + '/minItems', dataPath, { limit: schema.minItems }, 'should NOT have fewer than ' + schema.minItems + ' items', schema.minItems, schema, data);
        valid = false;
        if (!all) return false;
    }
    var items = schema.items;
    if (Array.isArray(items)) {
        if (schema.additionalItems === false && data.length > items.length) {
            this.error('additionalItems', schemaPath + '/additionalItems', dataPath, { limit: items.length },
                'should NOT have more than ' + items.length + ' items', false, schema, data);
            valid = false;
            if (!all) return false;
        }
        for (i = 0; i < items.length && i < data.length; i++) {
            if (this.opts.useDefaults && data[i] === undefined && isPlainObject(items[i]) && items[i]['default'] !== undefined) data[i] = clone(items[i]['default']);
            if (!this.validate(items[i], data[i], dataPath + propertyAccess(i, jp), schemaPath + '/items/' + i, base, data, i)) { valid = false; if (!all) return false; }
        }
        if (schema.additionalItems !== undefined && schema.additionalItems !== false && schema.additionalItems !== true) {
            for (i = items.length; i < data.length; i++) {
                if (!this.validate(schema.additionalItems, data[i], dataPath + propertyAccess(i, jp), schemaPath + '/additionalItems', base, data, i)) { valid = false; if (!all) return false; }
            }
        }
    } else if (items !== undefined && items !== true) {
        for (i = 0; i < data.length; i++) {
            if (!this.validate(items, data[i], dataPath + propertyAccess(i, jp), schemaPath + '/items', base, data, i)) { valid = false; if (!all) return false; }
        }
    }
    if (schema.contains !== undefined) {
        var before = this.errors.length, found = false;
        for (i = 0; i < data.length; i++) {
            if (this.validateComposite(schema.contains, data[i], dataPath + propertyAccess(i, jp), schemaPath + '/contains', base, data, i)) { found = true; break; }
        }
        if (found || !all) this.errors.length = before;
        if (!found) {
            this.error('contains', schemaPath + '/contains', dataPath, {}, 'should contain a valid item', schema.contains, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (schema.uniqueItems === true && data.length > 1) {
        var duplicate = findDuplicate(schema, data);
        if (duplicate) {
            this.error('uniqueItems', schemaPath + '/uniqueItems', dataPath, { i: duplicate[0], j: duplicate[1] },
                'should NOT have duplicate items (items ## ' + duplicate[1] + ' and ' + duplicate[0] + ' are identical)', true, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    return valid;
};
/** Ajv's duplicate search: a hash from the end for scalar item types, else pairs from the end. */
function findDuplicate(schema, data) {
    var itemType = schema.items && !Array.isArray(schema.items) && schema.items.type;
    var scalar = typeof itemType === 'string' && ['string', 'number', 'integer', 'boolean', 'null'].indexOf(itemType) >= 0;
    var i, j;
    if (scalar) {
        var seen = {}, kind = itemType === 'integer' ? 'number' : itemType;
        for (i = data.length - 1; i >= 0; i--) {
            var item = data[i];
            if (kind === 'null' ? item !== null : typeof item !== kind) continue;
            var key = typeof item + ':' + String(item);
            if (hasOwn.call(seen, key)) return [i, seen[key]];
            seen[key] = i;
        }
        return null;
    }
    for (i = data.length - 1; i > 0; i--) {
        for (j = i - 1; j >= 0; j--) if (ajvEqual(data[i], data[j])) return [i, j];
    }
    return null;
}
AjvWalker.prototype.group_object = function (schema, data, dataPath, schemaPath, base) {
    var all = this.allErrors, valid = true, jp = this.opts.jsonPointers, self = this, i, key;
    var propertyErrors = this.opts.errorDataPath === 'property';
    var keyCount = null;
    function count() { if (keyCount === null) keyCount = Object.keys(data).length; return keyCount; }
    if (schema.maxProperties !== undefined && count() > schema.maxProperties) {
        this.error('maxProperties', schemaPath + '/maxProperties', dataPath, { limit: schema.maxProperties }, 'should NOT have more than ' + schema.maxProperties + ' properties', schema.maxProperties, schema, data);
        valid = false;
        if (!all) return false;
    }
    if (schema.minProperties !== undefined && count() < schema.minProperties) {
        this.error('minProperties', schemaPath + '/minProperties', dataPath, { limit: schema.minProperties }, 'should NOT have fewer than ' + schema.minProperties + ' properties', schema.minProperties, schema, data);
        valid = false;
        if (!all) return false;
    }
    // Ajv checks a required property that has a rule-bearing `properties` schema where it visits that
    // property (with a plain name); the others here, named as path expressions without allErrors.
    var properties = isPlainObject(schema.properties) ? schema.properties : {};
    var hasPropertySchemas = Object.keys(properties).length > 0, deferredRequired = {};
    if (Array.isArray(schema.required)) {
        for (i = 0; i < schema.required.length; i++) {
            var name = schema.required[i];
            if (hasPropertySchemas && hasOwn.call(properties, name) && hasRules(properties[name])) { deferredRequired[name] = true; continue; }
            if (data[name] === undefined) {
                var missingName = (all || propertyErrors || jp) ? name : propertyAccess(name, false);
                this.error('required', schemaPath + '/required', propertyErrors ? dataPath + propertyAccess(name, jp) : dataPath, { missingProperty: missingName },
                    propertyErrors ? 'is a required property' : "should have required property '" + missingName + "'", schema.required, schema, data);
                valid = false;
                if (!all) return false;
            }
        }
    }
    if (isPlainObject(schema.dependencies)) {
        var schemaDeps = [];
        for (key in schema.dependencies) {
            if (!hasOwn.call(schema.dependencies, key)) continue;
            var dep = schema.dependencies[key];
            if (!Array.isArray(dep)) { schemaDeps.push(key); continue; }
            if (data[key] === undefined || !dep.length) continue;
            for (i = 0; i < dep.length; i++) {
                if (data[dep[i]] === undefined) {
                    var depText = dep.join(', '), depMissing = (all || propertyErrors || jp) ? dep[i] : propertyAccess(dep[i], false);
                    this.error('dependencies', schemaPath + '/dependencies', propertyErrors ? dataPath + propertyAccess(dep[i], jp) : dataPath,
                        { property: key, missingProperty: depMissing, depsCount: dep.length, deps: depText },
                        'should have ' + (dep.length === 1 ? 'property ' + dep[0] : 'properties ' + depText) + ' when property ' + key + ' is present',
                        schema.dependencies, schema, data);
                    valid = false;
                    if (!all) return false;
                }
            }
        }
        for (i = 0; i < schemaDeps.length; i++) {
            key = schemaDeps[i];
            if (data[key] === undefined) continue;
            if (!this.validate(schema.dependencies[key], data, dataPath, schemaPath + '/dependencies/' + escapeFragment(key), base)) { valid = false; if (!all) return false; }
        }
    }
    if (schema.propertyNames !== undefined && schema.propertyNames !== true) {
        for (key in data) {
            if (!hasOwn.call(data, key)) continue;
            var start = this.errors.length;
            var nameOk = this.validateComposite(schema.propertyNames, key, dataPath, schemaPath + '/propertyNames', base);
            for (var e = start; e < this.errors.length; e++) this.errors[e].propertyName = key;
            if (!nameOk) {
                this.error('propertyNames', schemaPath + '/propertyNames', dataPath, { propertyName: key }, "property name '" + key + "' is invalid", schema.propertyNames, schema, data);
                valid = false;
                if (!all) return false;
            }
        }
    }
    var patterns = isPlainObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
    var additional = schema.additionalProperties;
    if (additional !== undefined && additional !== true) {
        for (key in data) {
            if (!hasOwn.call(data, key)) continue;
            if (hasOwn.call(properties, key)) continue;
            if (patterns.some(function (p) { return patternRegExp(p).test(key); })) continue;
            if (additional === false) {
                this.error('additionalProperties', schemaPath + '/additionalProperties', propertyErrors ? dataPath + dynamicAccess(key, jp) : dataPath,
                    { additionalProperty: key }, propertyErrors ? 'is an invalid additional property' : 'should NOT have additional properties', false, schema, data);
                valid = false;
                if (!all) return false;
            } else if (!this.validate(additional, data[key], dataPath + dynamicAccess(key, jp), schemaPath + '/additionalProperties', base, data, key)) {
                valid = false;
                if (!all) return false;
            }
        }
    }
    for (key in properties) {
        if (!hasOwn.call(properties, key)) continue;
        var propertySchema = properties[key];
        if (data[key] === undefined) {
            if (this.opts.useDefaults && isPlainObject(propertySchema) && propertySchema['default'] !== undefined) data[key] = clone(propertySchema['default']);
            else {
                if (deferredRequired[key]) {
                    this.error('required', schemaPath + '/required', propertyErrors ? dataPath + propertyAccess(key, jp) : dataPath, { missingProperty: key },
                        propertyErrors ? 'is a required property' : "should have required property '" + key + "'", schema.required, schema, data);
                    valid = false;
                    if (!all) return false;
                }
                continue;
            }
        }
        if (!this.validate(propertySchema, data[key], dataPath + propertyAccess(key, jp), schemaPath + '/properties/' + escapeFragment(key), base, data, key)) { valid = false; if (!all) return false; }
    }
    for (i = 0; i < patterns.length; i++) {
        var regex = patternRegExp(patterns[i]);
        for (key in data) {
            if (!hasOwn.call(data, key) || !regex.test(key)) continue;
            if (!self.validate(schema.patternProperties[patterns[i]], data[key], dataPath + dynamicAccess(key, jp), schemaPath + '/patternProperties/' + escapeFragment(patterns[i]), base, data, key)) {
                valid = false;
                if (!all) return false;
            }
        }
    }
    return valid;
};
AjvWalker.prototype.genericRules = function (schema, data, dataPath, schemaPath, base, parentData, parentKey) {
    var all = this.allErrors, valid = true, i, before;
    if (schema['const'] !== undefined && !ajvEqual(data, schema['const'])) {
        this.error('const', schemaPath + '/const', dataPath, { allowedValue: schema['const'] }, 'should be equal to constant', schema['const'], schema, data);
        valid = false;
        if (!all) return false;
    }
    if (Array.isArray(schema['enum'])) {
        var matched = false;
        for (i = 0; i < schema['enum'].length && !matched; i++) matched = ajvEqual(data, schema['enum'][i]);
        if (!matched) {
            this.error('enum', schemaPath + '/enum', dataPath, { allowedValues: schema['enum'] }, 'should be equal to one of the allowed values', schema['enum'], schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (schema.not !== undefined) {
        before = this.errors.length;
        var notValid = this.validateComposite(schema.not, data, dataPath, schemaPath + '/not', base, parentData, parentKey);
        this.errors.length = before;
        if (notValid) {
            this.error('not', schemaPath + '/not', dataPath, {}, 'should NOT be valid', schema.not, schema, data);
            valid = false;
            // Ajv records a `not` of a rule-less schema (always failing) without returning, so an enclosing
            // if/then still adds its error; other failures return at once.
            if (!all) { if (!this.composite && !hasRules(schema.not)) this.softFail = true; return false; }
        }
    }
    if (Array.isArray(schema.anyOf)) {
        before = this.errors.length;
        var any = false;
        for (i = 0; i < schema.anyOf.length && !any; i++) {
            any = this.validateComposite(schema.anyOf[i], data, dataPath, schemaPath + '/anyOf/' + i, base, parentData, parentKey);
        }
        if (any) this.errors.length = before;
        else {
            this.error('anyOf', schemaPath + '/anyOf', dataPath, {}, 'should match some schema in anyOf', schema.anyOf, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (Array.isArray(schema.oneOf)) {
        before = this.errors.length;
        var passing = null, tooMany = false;
        for (i = 0; i < schema.oneOf.length; i++) {
            if (this.validateComposite(schema.oneOf[i], data, dataPath, schemaPath + '/oneOf/' + i, base, parentData, parentKey)) {
                if (passing === null) passing = i;
                else { passing = [passing, i]; tooMany = true; break; }
            }
        }
        if (passing !== null && !tooMany) this.errors.length = before;
        else {
            this.error('oneOf', schemaPath + '/oneOf', dataPath, { passingSchemas: tooMany ? passing : null }, 'should match exactly one schema in oneOf', schema.oneOf, schema, data);
            valid = false;
            if (!all) return false;
        }
    }
    if (Array.isArray(schema.allOf)) {
        for (i = 0; i < schema.allOf.length; i++) {
            if (!this.validate(schema.allOf[i], data, dataPath, schemaPath + '/allOf/' + i, base, parentData, parentKey)) { valid = false; if (!all) return false; }
        }
    }
    if (schema['if'] !== undefined && (schema.then !== undefined || schema['else'] !== undefined)) {
        before = this.errors.length;
        var ifValid = this.validateComposite(schema['if'], data, dataPath, schemaPath + '/if', base, parentData, parentKey);
        this.errors.length = before;
        var branch = ifValid ? 'then' : 'else';
        if (schema[branch] !== undefined && !this.validate(schema[branch], data, dataPath, schemaPath + '/' + branch, base, parentData, parentKey)) {
            valid = false;
            if (!all && !this.composite && !this.softFail) return false;
            this.error('if', schemaPath + '/if', dataPath, { failingKeyword: branch }, 'should match "' + branch + '" schema', schema['if'], schema, data);
            if (!all) return false;
        }
    }
    return valid;
};
AjvWalker.prototype.customKeywords = function (schema, data, dataPath, schemaPath, parentData, parentKey) {
    var keywords = this.ajv._keywords, valid = true;
    for (var name in keywords) {
        if (!hasOwn.call(keywords, name) || schema[name] === undefined) continue;
        var def = keywords[name];
        if (def.type) {
            var types = Array.isArray(def.type) ? def.type : [def.type];
            if (!types.some(function (t) { return ajvDataType(data, t); })) continue;
        }
        var fn = def.validate, result;
        if (!fn && typeof def.compile === 'function') fn = def.compile(schema[name], schema);
        if (typeof fn !== 'function') continue;
        fn.errors = null;
        result = def.schema === false ? fn(data, dataPath, parentData, parentKey, this.rootData)
            : fn(schema[name], data, schema, dataPath, parentData, parentKey, this.rootData);
        if (!result) {
            var custom = fn.errors;
            if (Array.isArray(custom) && custom.length) {
                for (var c = 0; c < custom.length; c++) {
                    var err = custom[c];
                    this.errors.push({
                        keyword: err.keyword || name, dataPath: err.dataPath !== undefined ? err.dataPath : dataPath,
                        schemaPath: schemaPath + '/' + name, params: err.params || { keyword: name },
                        message: err.message || 'should pass "' + name + '" keyword validation'
                    });
                }
            } else {
                this.error(name, schemaPath + '/' + name, dataPath, { keyword: name }, 'should pass "' + name + '" keyword validation', schema[name], schema, data);
            }
            valid = false;
            if (!this.allErrors) return false;
        }
    }
    return valid;
};

var ruleKeywords = numberKeywords.concat(stringKeywords, arrayKeywords, objectKeywords,
    ['type', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else']);
/** Compile-time checks Ajv makes: unknown formats and unresolvable $refs throw. */
function ajvCheckSchema(ajv, store, schema, base, path, depth, seen) {
    if (depth > 200 || !isPlainObject(schema) || seen.indexOf(schema) >= 0) return;
    seen.push(schema);
    var id = store.idOf(schema);
    if (id !== undefined) base = resolveUri(base, id);
    if (typeof schema.$ref === 'string') {
        if (!store.resolve(base, schema.$ref)) {
            var missing = ajv._opts.missingRefs;
            if (missing === true || missing === undefined) throw new MissingRefError(base, schema.$ref);
            if (missing === 'ignore' || missing === 'fail') ajvLog(ajv, 'warn', "can't resolve reference " + schema.$ref + ' from id ' + (splitFragment(base)[0] || '') + '#');
        }
        if (ajv._opts.extendRefs !== true) {
            if (ruleKeywords.some(function (k) { return schema[k] !== undefined; })) {
                ajvLog(ajv, 'warn', '$ref: keywords ignored in schema at path "' + path + '"');
            }
            return;
        }
    }
    if (typeof schema.format === 'string' && ajv._opts.format !== false && !hasOwn.call(stringFormats, schema.format) && ajv._formats[schema.format] === undefined) {
        var unknown = ajv._opts.unknownFormats;
        if (unknown === 'ignore') ajvLog(ajv, 'warn', 'unknown format "' + schema.format + '" ignored in schema at path "' + path + '"');
        else if (!(Array.isArray(unknown) && unknown.indexOf(schema.format) >= 0)) {
            throw new Error('unknown format "' + schema.format + '" is used in schema at path "' + path + '"');
        }
    }
    var single = ['not', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalProperties', 'additionalItems'];
    var maps = ['properties', 'patternProperties', 'dependencies', 'definitions'];
    var lists = ['allOf', 'anyOf', 'oneOf'];
    var i, key;
    for (i = 0; i < single.length; i++) if (schema[single[i]] !== undefined) ajvCheckSchema(ajv, store, schema[single[i]], base, path + '/' + single[i], depth + 1, seen);
    for (i = 0; i < lists.length; i++) {
        if (Array.isArray(schema[lists[i]])) schema[lists[i]].forEach(function (sub, n) { ajvCheckSchema(ajv, store, sub, base, path + '/' + lists[i] + '/' + n, depth + 1, seen); });
    }
    if (Array.isArray(schema.items)) schema.items.forEach(function (sub, n) { ajvCheckSchema(ajv, store, sub, base, path + '/items/' + n, depth + 1, seen); });
    else if (schema.items !== undefined) ajvCheckSchema(ajv, store, schema.items, base, path + '/items', depth + 1, seen);
    for (i = 0; i < maps.length; i++) {
        var map = schema[maps[i]];
        if (!isPlainObject(map)) continue;
        for (key in map) if (hasOwn.call(map, key)) ajvCheckSchema(ajv, store, map[key], base, path + '/' + maps[i] + '/' + escapePointer(key), depth + 1, seen);
    }
}
function ajvLog(ajv, level, message) {
    var logger = ajv._opts.logger;
    if (logger === false) return;
    if (logger && typeof logger[level] === 'function') { logger[level](message); return; }
    if (typeof console !== 'undefined' && typeof console[level] === 'function') console[level](message);
}

function MissingRefError(baseId, ref) {
    var id = splitFragment(baseId || '')[0];
    this.message = "can't resolve reference " + ref + ' from id ' + id + '#';
    this.missingRef = resolveUri(baseId || '', ref);
    this.missingSchema = normalizeId(splitFragment(this.missingRef)[0]);
    var stack = new Error(this.message).stack;
    if (stack) this.stack = stack;
}
MissingRefError.prototype = Object.create(Error.prototype);
MissingRefError.prototype.constructor = MissingRefError;
MissingRefError.prototype.name = 'MissingRefError';
MissingRefError.message = function (baseId, ref) { return "can't resolve reference " + ref + ' from id ' + baseId; };

function ValidationErrors(errors) {
    this.message = 'validation failed';
    this.errors = errors;
    this.ajv = this.validation = true;
}
ValidationErrors.prototype = Object.create(Error.prototype);
ValidationErrors.prototype.constructor = ValidationErrors;
ValidationErrors.prototype.name = 'ValidationError';

// The draft-07 meta-schema (json-schema.org/draft-07/schema), used to validate schemas at compile time.
var draft07MetaSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#', $id: 'http://json-schema.org/draft-07/schema#', title: 'Core schema meta-schema',
    definitions: {
        schemaArray: { type: 'array', minItems: 1, items: { $ref: '#' } },
        nonNegativeInteger: { type: 'integer', minimum: 0 },
        nonNegativeIntegerDefault0: { allOf: [{ $ref: '#/definitions/nonNegativeInteger' }, { 'default': 0 }] },
        simpleTypes: { 'enum': ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
        stringArray: { type: 'array', items: { type: 'string' }, uniqueItems: true, 'default': [] }
    },
    type: ['object', 'boolean'],
    properties: {
        $id: { type: 'string', format: 'uri-reference' }, $schema: { type: 'string', format: 'uri' },
        $ref: { type: 'string', format: 'uri-reference' }, $comment: { type: 'string' }, title: { type: 'string' },
        description: { type: 'string' }, 'default': true, readOnly: { type: 'boolean', 'default': false },
        examples: { type: 'array', items: true }, multipleOf: { type: 'number', exclusiveMinimum: 0 },
        maximum: { type: 'number' }, exclusiveMaximum: { type: 'number' }, minimum: { type: 'number' },
        exclusiveMinimum: { type: 'number' }, maxLength: { $ref: '#/definitions/nonNegativeInteger' },
        minLength: { $ref: '#/definitions/nonNegativeIntegerDefault0' }, pattern: { type: 'string', format: 'regex' },
        additionalItems: { $ref: '#' }, items: { anyOf: [{ $ref: '#' }, { $ref: '#/definitions/schemaArray' }], 'default': true },
        maxItems: { $ref: '#/definitions/nonNegativeInteger' }, minItems: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
        uniqueItems: { type: 'boolean', 'default': false }, contains: { $ref: '#' },
        maxProperties: { $ref: '#/definitions/nonNegativeInteger' }, minProperties: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
        required: { $ref: '#/definitions/stringArray' }, additionalProperties: { $ref: '#' },
        definitions: { type: 'object', additionalProperties: { $ref: '#' }, 'default': {} },
        properties: { type: 'object', additionalProperties: { $ref: '#' }, 'default': {} },
        patternProperties: { type: 'object', additionalProperties: { $ref: '#' }, propertyNames: { format: 'regex' }, 'default': {} },
        dependencies: { type: 'object', additionalProperties: { anyOf: [{ $ref: '#' }, { $ref: '#/definitions/stringArray' }] } },
        propertyNames: { $ref: '#' }, 'const': true, 'enum': { type: 'array', items: true, minItems: 1, uniqueItems: true },
        type: { anyOf: [{ $ref: '#/definitions/simpleTypes' }, { type: 'array', items: { $ref: '#/definitions/simpleTypes' }, minItems: 1, uniqueItems: true }] },
        format: { type: 'string' }, contentMediaType: { type: 'string' }, contentEncoding: { type: 'string' },
        'if': { $ref: '#' }, then: { $ref: '#' }, 'else': { $ref: '#' },
        allOf: { $ref: '#/definitions/schemaArray' }, anyOf: { $ref: '#/definitions/schemaArray' },
        oneOf: { $ref: '#/definitions/schemaArray' }, not: { $ref: '#' }
    },
    'default': true
};

// ---------------------------------------------------------------------------------------------------
// The Ajv class (ajv 6 API).

var stableKey = function (value) {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) return '[' + value.map(stableKey).join(',') + ']';
    return '{' + Object.keys(value).sort().map(function (k) { return JSON.stringify(k) + ':' + stableKey(value[k]); }).join(',') + '}';
};

function Ajv(opts) {
    if (!(this instanceof Ajv)) return new Ajv(opts);
    opts = this._opts = Object.assign({}, opts || {});
    if (opts.schemaId === undefined) opts.schemaId = '$id';
    if (opts.format === undefined) opts.format = 'fast';
    if (opts.unknownFormats === undefined) opts.unknownFormats = true;
    if (opts.validateSchema === undefined) opts.validateSchema = true;
    if (opts.jsonPointers === undefined) opts.jsonPointers = false;
    this._store = new SchemaStore(opts.schemaId);
    this._formats = {};
    this._keywords = {};
    this._metas = {};
    this._cache = {};
    this._keys = {};
    this.errors = null;
    if (opts.formats) for (var name in opts.formats) this.addFormat(name, opts.formats[name]);
    if (opts.meta !== false) this.addMetaSchema(draft07MetaSchema, undefined, true);
    if (opts.keywords) for (var kw in opts.keywords) this.addKeyword(kw, opts.keywords[kw]);
    if (opts.schemas) this.addSchema(opts.schemas);
}
Ajv.prototype._defaultMeta = function () {
    var meta = this._opts.defaultMeta;
    if (typeof meta === 'object') meta = this._store.idOf(meta);
    return meta || 'http://json-schema.org/draft-07/schema';
};
Ajv.prototype.validateSchema = function (schema, throwOrLogError) {
    var $schema = isPlainObject(schema) ? schema.$schema : undefined;
    if ($schema !== undefined && typeof $schema !== 'string') throw new Error('$schema must be a string');
    $schema = normalizeId($schema || this._defaultMeta());
    if (!$schema) {
        ajvLog(this, 'warn', 'meta-schema not available');
        this.errors = null;
        return true;
    }
    var meta = this._metas[$schema];
    if (!meta) throw new Error('no schema with key or ref "' + (isPlainObject(schema) && schema.$schema || $schema) + '"');
    var walker = new AjvWalker(this, meta.store, this._opts.allErrors);
    var valid = walker.validate(meta.schema, schema, '', '#', meta.uri);
    this.errors = valid ? null : walker.errors;
    if (!valid && throwOrLogError) {
        var message = 'schema is invalid: ' + this.errorsText();
        if (this._opts.validateSchema === 'log') ajvLog(this, 'error', message);
        else throw new Error(message);
    }
    return valid;
};
Ajv.prototype.addMetaSchema = function (schema, key, skipValidation) {
    var id = normalizeId(key || this._store.idOf(schema) || schema.id || schema.$id);
    var store = new SchemaStore('auto');
    store.add(id, schema);
    this._metas[id] = { schema: schema, store: store, uri: id };
    this._store.add(id, schema);
    return this;
};
Ajv.prototype.addSchema = function (schema, key, skipValidation) {
    if (Array.isArray(schema)) {
        for (var i = 0; i < schema.length; i++) this.addSchema(schema[i], undefined, skipValidation);
        return this;
    }
    var id = this._store.idOf(schema);
    if (id !== undefined && typeof id !== 'string') throw new Error('schema id must be string');
    key = normalizeId(key || id);
    if (key && (this._keys[key] || this._store.docs[key])) throw new Error('schema with key or id "' + key + '" already exists');
    if (!skipValidation && this._opts.validateSchema) this.validateSchema(schema, true);
    var uri = normalizeId(id ? resolveUri('', id) : (key || ''));
    this._store.add(uri, schema);
    if (key) this._keys[key] = { schema: schema, uri: uri };
    return this;
};
Ajv.prototype.getSchema = function (keyRef) {
    var entry = this._keys[normalizeId(keyRef)];
    if (entry) return this._compileEntry(entry.schema, entry.uri);
    var found = this._store.resolve('', keyRef);
    if (!found) return undefined;
    return this._compileEntry(found.schema, found.base);
};
Ajv.prototype.removeSchema = function (schemaKeyRef) {
    if (schemaKeyRef === undefined) {
        this._keys = {};
        this._cache = {};
        var metas = this._metas;
        this._store = new SchemaStore(this._opts.schemaId);
        for (var m in metas) this._store.add(m, metas[m].schema);
        return this;
    }
    if (schemaKeyRef instanceof RegExp) {
        for (var k in this._keys) if (schemaKeyRef.test(k)) this.removeSchema(k);
        return this;
    }
    if (typeof schemaKeyRef === 'object') {
        var id = normalizeId(this._store.idOf(schemaKeyRef));
        if (id) delete this._store.docs[id];
        delete this._cache[stableKey(schemaKeyRef)];
        return this;
    }
    var key = normalizeId(schemaKeyRef), entry = this._keys[key];
    if (entry) { delete this._store.docs[entry.uri]; delete this._keys[key]; delete this._cache[stableKey(entry.schema)]; }
    return this;
};
Ajv.prototype.addFormat = function (name, format) {
    if (typeof format === 'string') format = new RegExp(format);
    this._formats[name] = format;
    return this;
};
Ajv.prototype.addKeyword = function (keyword, definition) {
    if (this._keywords[keyword] || ['type', 'properties', 'items', 'required', 'enum', 'const', '$ref'].indexOf(keyword) >= 0) {
        throw new Error('Keyword ' + keyword + ' is already defined');
    }
    if (!/^[a-z_$][a-z0-9_$-]*$/i.test(keyword)) throw new Error('Keyword ' + keyword + ' is not a valid identifier');
    this._keywords[keyword] = definition || {};
    return this;
};
Ajv.prototype.getKeyword = function (keyword) { return this._keywords[keyword] || false; };
Ajv.prototype.removeKeyword = function (keyword) { delete this._keywords[keyword]; return this; };
Ajv.prototype.compile = function (schema) {
    if (typeof schema !== 'boolean' && !isPlainObject(schema)) throw new Error('schema should be object or boolean');
    var cacheKey = stableKey(schema);
    if (this._cache[cacheKey]) return this._cache[cacheKey];
    if (this._opts.validateSchema) this.validateSchema(schema, true);
    var id = this._store.idOf(schema), uri = id ? normalizeId(resolveUri('', id)) : '';
    if (id && !hasOwn.call(this._store.docs, uri)) this._store.add(uri, schema);
    return this._compileEntry(schema, uri, cacheKey, this._store.withRoot(uri, schema));
};
Ajv.prototype._compileEntry = function (schema, uri, cacheKey, store) {
    cacheKey = cacheKey || stableKey(schema);
    if (this._cache[cacheKey] && this._cache[cacheKey].schema === schema) return this._cache[cacheKey];
    store = store || this._store;
    ajvCheckSchema(this, store, schema, uri, '#', 0, []);
    var ajv = this;
    var validate = function (data, dataPath, parentData, parentKey, rootData) {
        var walker = new AjvWalker(ajv, store, ajv._opts.allErrors);
        walker.rootData = rootData === undefined ? data : rootData;
        var valid = walker.validate(schema, data, typeof dataPath === 'string' ? dataPath : '', '#', uri, parentData, parentKey);
        validate.errors = valid ? null : walker.errors;
        return valid;
    };
    validate.schema = schema;
    validate.errors = null;
    validate.refs = {};
    validate.refVal = [];
    validate.root = validate;
    validate.$async = undefined;
    this._cache[cacheKey] = validate;
    return validate;
};
Ajv.prototype.validate = function (schemaKeyRef, data) {
    var v;
    if (typeof schemaKeyRef === 'string') {
        v = this.getSchema(schemaKeyRef);
        if (!v) throw new Error('no schema with key or ref "' + schemaKeyRef + '"');
    } else {
        v = this.compile(schemaKeyRef);
    }
    var valid = v(data);
    this.errors = v.errors;
    return valid;
};
Ajv.prototype.errorsText = function (errors, options) {
    errors = errors || this.errors;
    if (!errors) return 'No errors';
    options = options || {};
    var separator = options.separator === undefined ? ', ' : options.separator;
    var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
    var text = '';
    for (var i = 0; i < errors.length; i++) {
        var e = errors[i];
        if (e) text += dataVar + e.dataPath + ' ' + e.message + separator;
    }
    return text.slice(0, -separator.length);
};
Ajv.prototype.compileAsync = function (schema) {
    var self = this;
    return new Promise(function (resolve) { resolve(self.compile(schema)); });
};
Ajv.ValidationError = ValidationErrors;
Ajv.MissingRefError = MissingRefError;
Ajv.$dataMetaSchema = function (metaSchema) { return metaSchema; };

// ---------------------------------------------------------------------------------------------------
// tv4 walker (draft-04, first error or all errors).

var tv4Codes = {
    INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
    NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103,
    NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105, STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201,
    STRING_PATTERN: 202, OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
    OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304, ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401,
    ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403, FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600,
    UNKNOWN_PROPERTY: 1000
};
var tv4Messages = {
    INVALID_TYPE: 'Invalid type: {type} (expected {expected})',
    ENUM_MISMATCH: 'No enum match for: {value}',
    ANY_OF_MISSING: 'Data does not match any schemas from "anyOf"',
    ONE_OF_MISSING: 'Data does not match any schemas from "oneOf"',
    ONE_OF_MULTIPLE: 'Data is valid against more than one schema from "oneOf": indices {index1} and {index2}',
    NOT_PASSED: 'Data matches schema from "not"',
    NUMBER_MULTIPLE_OF: 'Value {value} is not a multiple of {multipleOf}',
    NUMBER_MINIMUM: 'Value {value} is less than minimum {minimum}',
    NUMBER_MINIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive minimum {minimum}',
    NUMBER_MAXIMUM: 'Value {value} is greater than maximum {maximum}',
    NUMBER_MAXIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive maximum {maximum}',
    NUMBER_NOT_A_NUMBER: 'Value {value} is not a valid number',
    STRING_LENGTH_SHORT: 'String is too short ({length} chars), minimum {minimum}',
    STRING_LENGTH_LONG: 'String is too long ({length} chars), maximum {maximum}',
    STRING_PATTERN: 'String does not match pattern: {pattern}',
    OBJECT_PROPERTIES_MINIMUM: 'Too few properties defined ({propertyCount}), minimum {minimum}',
    OBJECT_PROPERTIES_MAXIMUM: 'Too many properties defined ({propertyCount}), maximum {maximum}',
    OBJECT_REQUIRED: 'Missing required property: {key}',
    OBJECT_ADDITIONAL_PROPERTIES: 'Additional properties not allowed',
    OBJECT_DEPENDENCY_KEY: 'Dependency failed - key must exist: {missing} (due to key: {key})',
    ARRAY_LENGTH_SHORT: 'Array is too short ({length}), minimum {minimum}',
    ARRAY_LENGTH_LONG: 'Array is too long ({length}), maximum {maximum}',
    ARRAY_UNIQUE: 'Array items are not unique (indices {match1} and {match2})',
    ARRAY_ADDITIONAL_ITEMS: 'Additional items not allowed',
    FORMAT_CUSTOM: 'Format validation failed ({message})',
    KEYWORD_CUSTOM: 'Keyword failed: {key} ({message})',
    CIRCULAR_REFERENCE: 'Circular $refs: {urls}',
    UNKNOWN_PROPERTY: 'Unknown property (not in schema)'
};
var tv4CodeNames = {};
for (var codeName in tv4Codes) tv4CodeNames[tv4Codes[codeName]] = codeName;

/** tv4's error object: message, params, code, dataPath, schemaPath, subErrors (and a stack). */
function Tv4Error(code, params, dataPath, schemaPath, subErrors) {
    this.message = '';
    this.params = params;
    this.code = code;
    this.dataPath = dataPath || '';
    this.schemaPath = schemaPath || '';
    this.subErrors = subErrors || null;
    var stack = new Error().stack;
    this.stack = stack;
}
Tv4Error.prototype = Object.create(Error.prototype);
Tv4Error.prototype.constructor = Tv4Error;
Tv4Error.prototype.name = 'ValidationError';
Tv4Error.prototype.prefixWith = function (dataPrefix, schemaPrefix) {
    if (dataPrefix !== null) this.dataPath = '/' + escapePointer(dataPrefix) + this.dataPath;
    if (schemaPrefix !== null) this.schemaPath = '/' + escapePointer(schemaPrefix) + this.schemaPath;
    if (this.subErrors !== null) for (var i = 0; i < this.subErrors.length; i++) this.subErrors[i].prefixWith(dataPrefix, schemaPrefix);
    return this;
};
function tv4FormatMessage(template, params) {
    return template.replace(/\{([^{}]*)\}/g, function (whole, name) {
        var value = params[name];
        return (typeof value === 'string' || typeof value === 'number') ? value : whole;
    });
}

function Tv4Walker(api, collectMultiple, checkRecursive, banUnknown) {
    this.api = api;
    this.collectMultiple = collectMultiple;
    this.errors = [];
    this.missing = [];
    this.missingMap = {};
    this.depth = 0;
    this.banUnknown = !!banUnknown;
    this.knownPaths = {};
    this.unknownPaths = {};
    this.scanned = checkRecursive ? [] : null;
}
Tv4Walker.prototype.createError = function (code, params, dataPath, schemaPath, subErrors, data, schema) {
    var error = new Tv4Error(code, params, dataPath, schemaPath, subErrors);
    var name = tv4CodeNames[code], custom = this.api._reporter ? this.api._reporter(error, data, schema) : null;
    error.message = custom || tv4FormatMessage(this.api._messages[name] || tv4Messages[name] || 'Unknown error code ' + code + ': ' + JSON.stringify(params), params);
    return error;
};
Tv4Walker.prototype.handle = function (error) {
    if (this.collectMultiple) {
        if (error) this.errors.push(error);
        return null;
    }
    return error;
};
Tv4Walker.prototype.resolveRefs = function (schema, history) {
    if (schema && schema.$ref !== undefined) {
        history = history || {};
        if (history[schema.$ref]) return this.createError(tv4Codes.CIRCULAR_REFERENCE, { urls: Object.keys(history).join(', ') }, '', '', null, undefined, schema);
        history[schema.$ref] = true;
        schema = this.getSchema(schema.$ref, history);
    }
    return schema;
};
Tv4Walker.prototype.getSchema = function (url, history) {
    var schemas = this.api._schemas;
    if (schemas[url] !== undefined) return this.resolveRefs(schemas[url], history);
    var parts = splitFragment(url), baseUrl = parts[0], fragment = parts[1];
    if (url.indexOf('#') < 0) { baseUrl = url; fragment = ''; }
    if (typeof schemas[baseUrl] === 'object') {
        var pointer = decodeURIComponentSafe(fragment);
        if (pointer === '') return this.resolveRefs(schemas[baseUrl], history);
        if (pointer.charAt(0) === '/') {
            var node = schemas[baseUrl], path = pointer.split('/').slice(1);
            for (var i = 0; i < path.length && node !== undefined; i++) node = node[unescapePointer(path[i])];
            if (node !== undefined) return this.resolveRefs(node, history);
        } else {
            return undefined;
        }
    }
    if (!hasOwn.call(this.missingMap, baseUrl)) {
        this.missing.push(baseUrl);
        this.missing[baseUrl] = baseUrl;
        this.missingMap[baseUrl] = baseUrl;
    }
    return undefined;
};
Tv4Walker.prototype.validateAll = function (data, schema, dataParts, schemaParts, pointer) {
    if (++this.depth > 3000) { this.depth = 0; throw new RangeError('Maximum call stack size exceeded'); }
    try {
        schema = this.resolveRefs(schema);
        if (!schema) return null;
        if (schema instanceof Tv4Error) { this.errors.push(schema); return schema; }
        if (this.scanned && data && typeof data === 'object') {
            for (var s = 0; s < this.scanned.length; s++) if (this.scanned[s][0] === data && this.scanned[s][1] === schema) return null;
            this.scanned.push([data, schema]);
        }
        var errorCount = this.errors.length;
        var error = this.validateBasic(data, schema) || this.validateNumeric(data, schema) || this.validateString(data, schema) ||
            this.validateArray(data, schema, pointer) || this.validateObject(data, schema, pointer) ||
            this.validateCombinations(data, schema, pointer) || this.validateFormat(data, schema) ||
            this.validateKeywords(data, schema, pointer) || null;
        if (error || errorCount !== this.errors.length) {
            dataParts = dataParts ? dataParts.slice(0) : null;
            schemaParts = schemaParts ? schemaParts.slice(0) : null;
            while ((dataParts && dataParts.length) || (schemaParts && schemaParts.length)) {
                var dataPart = (dataParts && dataParts.length) ? '' + dataParts.pop() : null;
                var schemaPart = (schemaParts && schemaParts.length) ? '' + schemaParts.pop() : null;
                if (error) error = error.prefixWith(dataPart, schemaPart);
                for (var e = errorCount; e < this.errors.length; e++) this.errors[e] = this.errors[e].prefixWith(dataPart, schemaPart);
            }
        }
        return this.handle(error);
    } finally {
        this.depth--;
    }
};
Tv4Walker.prototype.validateBasic = function (data, schema) {
    var error;
    if ((error = this.validateType(data, schema))) return error.prefixWith(null, 'type');
    if ((error = this.validateEnum(data, schema))) return error.prefixWith(null, 'type');
    return null;
};
Tv4Walker.prototype.validateType = function (data, schema) {
    if (schema.type === undefined) return null;
    var dataType = typeof data;
    if (data === null) dataType = 'null';
    else if (Array.isArray(data)) dataType = 'array';
    var allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    for (var i = 0; i < allowed.length; i++) {
        if (allowed[i] === dataType || (allowed[i] === 'integer' && dataType === 'number' && data % 1 === 0)) return null;
    }
    return this.createError(tv4Codes.INVALID_TYPE, { type: dataType, expected: allowed.join('/') }, '', '', null, data, schema);
};
Tv4Walker.prototype.validateEnum = function (data, schema) {
    if (schema['enum'] === undefined) return null;
    for (var i = 0; i < schema['enum'].length; i++) if (tv4Equal(data, schema['enum'][i])) return null;
    return this.createError(tv4Codes.ENUM_MISMATCH, { value: JSON.stringify(data) }, '', '', null, data, schema);
};
Tv4Walker.prototype.validateNumeric = function (data, schema) {
    if (typeof data !== 'number') return null;
    var multipleOf = schema.multipleOf || schema.divisibleBy;
    if (multipleOf !== undefined) {
        var remainder = (data / multipleOf) % 1, low = Math.pow(2, -51);
        if (remainder >= low && remainder < 1 - low) {
            return this.createError(tv4Codes.NUMBER_MULTIPLE_OF, { value: data, multipleOf: multipleOf }, '', '', null, data, schema);
        }
    }
    if (schema.minimum !== undefined) {
        if (data < schema.minimum) return this.createError(tv4Codes.NUMBER_MINIMUM, { value: data, minimum: schema.minimum }, '', '/minimum', null, data, schema);
        if (schema.exclusiveMinimum && data === schema.minimum) {
            return this.createError(tv4Codes.NUMBER_MINIMUM_EXCLUSIVE, { value: data, minimum: schema.minimum }, '', '/exclusiveMinimum', null, data, schema);
        }
    }
    if (schema.maximum !== undefined) {
        if (data > schema.maximum) return this.createError(tv4Codes.NUMBER_MAXIMUM, { value: data, maximum: schema.maximum }, '', '/maximum', null, data, schema);
        if (schema.exclusiveMaximum && data === schema.maximum) {
            return this.createError(tv4Codes.NUMBER_MAXIMUM_EXCLUSIVE, { value: data, maximum: schema.maximum }, '', '/exclusiveMaximum', null, data, schema);
        }
    }
    if (isNaN(data) || data === Infinity || data === -Infinity) {
        return this.createError(tv4Codes.NUMBER_NOT_A_NUMBER, { value: data }, '', '/type', null, data, schema);
    }
    return null;
};
Tv4Walker.prototype.validateString = function (data, schema) {
    if (typeof data !== 'string') return null;
    if (schema.minLength !== undefined && data.length < schema.minLength) {
        return this.createError(tv4Codes.STRING_LENGTH_SHORT, { length: data.length, minimum: schema.minLength }, '', '/minLength', null, data, schema);
    }
    if (schema.maxLength !== undefined && data.length > schema.maxLength) {
        return this.createError(tv4Codes.STRING_LENGTH_LONG, { length: data.length, maximum: schema.maxLength }, '', '/maxLength', null, data, schema);
    }
    if (typeof schema.pattern === 'string' || schema.pattern instanceof RegExp) {
        var regex = schema.pattern;
        if (typeof regex === 'string') {
            var literal = /^\/(.+)\/([img]*)$/.exec(regex);
            regex = literal ? new RegExp(literal[1], literal[2]) : new RegExp(regex);
        }
        if (!regex.test(data)) return this.createError(tv4Codes.STRING_PATTERN, { pattern: schema.pattern }, '', '/pattern', null, data, schema);
    }
    return null;
};
Tv4Walker.prototype.validateArray = function (data, schema, pointer) {
    if (!Array.isArray(data)) return null;
    var error, i, j;
    if (schema.minItems !== undefined && data.length < schema.minItems) {
        error = this.createError(tv4Codes.ARRAY_LENGTH_SHORT, { length: data.length, minimum: schema.minItems }, '', '/minItems', null, data, schema);
        if (this.handle(error)) return error;
    }
    if (schema.maxItems !== undefined && data.length > schema.maxItems) {
        error = this.createError(tv4Codes.ARRAY_LENGTH_LONG, { length: data.length, maximum: schema.maxItems }, '', '/maxItems', null, data, schema);
        if (this.handle(error)) return error;
    }
    if (schema.uniqueItems) {
        for (i = 0; i < data.length; i++) {
            for (j = i + 1; j < data.length; j++) {
                if (tv4Equal(data[i], data[j])) {
                    error = this.createError(tv4Codes.ARRAY_UNIQUE, { match1: i, match2: j }, '', '/uniqueItems', null, data, schema);
                    if (this.handle(error)) return error;
                }
            }
        }
    }
    if (schema.items === undefined) return null;
    if (Array.isArray(schema.items)) {
        for (i = 0; i < data.length; i++) {
            if (i < schema.items.length) {
                if ((error = this.validateAll(data[i], schema.items[i], [i], ['items', i], pointer + '/' + i))) return error;
            } else if (schema.additionalItems !== undefined) {
                if (typeof schema.additionalItems === 'boolean') {
                    if (!schema.additionalItems) {
                        error = this.createError(tv4Codes.ARRAY_ADDITIONAL_ITEMS, {}, '/' + i, '/additionalItems', null, data, schema);
                        if (this.handle(error)) return error;
                    }
                } else if ((error = this.validateAll(data[i], schema.additionalItems, [i], ['additionalItems'], pointer + '/' + i))) {
                    return error;
                }
            }
        }
    } else {
        for (i = 0; i < data.length; i++) {
            if ((error = this.validateAll(data[i], schema.items, [i], ['items'], pointer + '/' + i))) return error;
        }
    }
    return null;
};
Tv4Walker.prototype.validateObject = function (data, schema, pointer) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    var error, i, key, keys = Object.keys(data);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
        error = this.createError(tv4Codes.OBJECT_PROPERTIES_MINIMUM, { propertyCount: keys.length, minimum: schema.minProperties }, '', '/minProperties', null, data, schema);
        if (this.handle(error)) return error;
    }
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
        error = this.createError(tv4Codes.OBJECT_PROPERTIES_MAXIMUM, { propertyCount: keys.length, maximum: schema.maxProperties }, '', '/maxProperties', null, data, schema);
        if (this.handle(error)) return error;
    }
    if (schema.required !== undefined) {
        for (i = 0; i < schema.required.length; i++) {
            if (data[schema.required[i]] === undefined) {
                error = this.createError(tv4Codes.OBJECT_REQUIRED, { key: schema.required[i] }, '', '/required/' + i, null, data, schema);
                if (this.handle(error)) return error;
            }
        }
    }
    for (key in data) {
        var keyPointer = pointer + '/' + escapePointer(key), matched = false;
        if (schema.properties !== undefined && schema.properties[key] !== undefined) {
            matched = true;
            if ((error = this.validateAll(data[key], schema.properties[key], [key], ['properties', key], keyPointer))) return error;
        }
        if (schema.patternProperties !== undefined) {
            for (var pattern in schema.patternProperties) {
                if (new RegExp(pattern).test(key)) {
                    matched = true;
                    if ((error = this.validateAll(data[key], schema.patternProperties[pattern], [key], ['patternProperties', pattern], keyPointer))) return error;
                }
            }
        }
        if (!matched) {
            if (schema.additionalProperties !== undefined) {
                if (this.banUnknown) { this.knownPaths[keyPointer] = true; delete this.unknownPaths[keyPointer]; }
                if (typeof schema.additionalProperties === 'boolean') {
                    if (!schema.additionalProperties) {
                        error = this.createError(tv4Codes.OBJECT_ADDITIONAL_PROPERTIES, { key: key }, '', '/additionalProperties', null, data, schema).prefixWith(key, null);
                        if (this.handle(error)) return error;
                    }
                } else if ((error = this.validateAll(data[key], schema.additionalProperties, [key], ['additionalProperties'], keyPointer))) {
                    return error;
                }
            } else if (this.banUnknown && !this.knownPaths[keyPointer]) {
                this.unknownPaths[keyPointer] = true;
            }
        } else if (this.banUnknown) {
            this.knownPaths[keyPointer] = true;
            delete this.unknownPaths[keyPointer];
        }
    }
    if (schema.dependencies !== undefined) {
        for (var depKey in schema.dependencies) {
            if (data[depKey] === undefined) continue;
            var dep = schema.dependencies[depKey];
            if (typeof dep === 'string') {
                if (data[dep] === undefined) {
                    error = this.createError(tv4Codes.OBJECT_DEPENDENCY_KEY, { key: depKey, missing: dep }, '', '', null, data, schema).prefixWith(null, depKey).prefixWith(null, 'dependencies');
                    if (this.handle(error)) return error;
                }
            } else if (Array.isArray(dep)) {
                for (i = 0; i < dep.length; i++) {
                    if (data[dep[i]] === undefined) {
                        error = this.createError(tv4Codes.OBJECT_DEPENDENCY_KEY, { key: depKey, missing: dep[i] }, '', '/' + i, null, data, schema).prefixWith(null, depKey).prefixWith(null, 'dependencies');
                        if (this.handle(error)) return error;
                    }
                }
            } else if ((error = this.validateAll(data, dep, [], ['dependencies', depKey], pointer))) {
                return error;
            }
        }
    }
    return null;
};
Tv4Walker.prototype.validateCombinations = function (data, schema, pointer) {
    var error, i, start, count;
    if (schema.allOf !== undefined) {
        for (i = 0; i < schema.allOf.length; i++) {
            if ((error = this.validateAll(data, schema.allOf[i], [], ['allOf', i], pointer))) return error;
        }
    }
    if (schema.anyOf !== undefined) {
        var anyErrors = [];
        start = this.errors.length;
        for (i = 0; i < schema.anyOf.length; i++) {
            count = this.errors.length;
            error = this.validateAll(data, schema.anyOf[i], [], ['anyOf', i], pointer);
            if (error === null && count === this.errors.length) {
                this.errors = this.errors.slice(0, start);
                anyErrors = null;
                break;
            }
            if (error) anyErrors.push(error.prefixWith(null, '' + i).prefixWith(null, 'anyOf'));
        }
        if (anyErrors) {
            anyErrors = anyErrors.concat(this.errors.slice(start));
            this.errors = this.errors.slice(0, start);
            return this.createError(tv4Codes.ANY_OF_MISSING, {}, '', '/anyOf', anyErrors, data, schema);
        }
    }
    if (schema.oneOf !== undefined) {
        var validIndex = null, oneErrors = [];
        start = this.errors.length;
        for (i = 0; i < schema.oneOf.length; i++) {
            count = this.errors.length;
            error = this.validateAll(data, schema.oneOf[i], [], ['oneOf', i], pointer);
            if (error === null && count === this.errors.length) {
                if (validIndex === null) validIndex = i;
                else {
                    this.errors = this.errors.slice(0, start);
                    return this.createError(tv4Codes.ONE_OF_MULTIPLE, { index1: validIndex, index2: i }, '', '/oneOf', null, data, schema);
                }
            } else if (error) {
                oneErrors.push(error);
            }
        }
        if (validIndex === null) {
            oneErrors = oneErrors.concat(this.errors.slice(start));
            this.errors = this.errors.slice(0, start);
            return this.createError(tv4Codes.ONE_OF_MISSING, {}, '', '/oneOf', oneErrors, data, schema);
        }
        this.errors = this.errors.slice(0, start);
    }
    if (schema.not !== undefined) {
        var before = this.errors.length;
        error = this.validateAll(data, schema.not, null, null, pointer);
        var notErrors = this.errors.slice(before);
        this.errors = this.errors.slice(0, before);
        if (error === null && notErrors.length === 0) {
            return this.createError(tv4Codes.NOT_PASSED, {}, '', '/not', null, data, schema);
        }
    }
    return null;
};
Tv4Walker.prototype.validateFormat = function (data, schema) {
    if (typeof schema.format !== 'string' || !this.api._formats[schema.format]) return null;
    var message = this.api._formats[schema.format].call(null, data, schema);
    if (typeof message === 'string' || typeof message === 'number') {
        return this.createError(tv4Codes.FORMAT_CUSTOM, { message: message }, '', '/format', null, data, schema);
    }
    if (message && typeof message === 'object') {
        return this.createError(tv4Codes.FORMAT_CUSTOM, { message: message.message || '?' }, message.dataPath || '', message.schemaPath || '/format', null, data, schema);
    }
    return null;
};
Tv4Walker.prototype.validateKeywords = function (data, schema, pointer) {
    var keywords = this.api._keywords;
    for (var key in keywords) {
        if (typeof schema[key] === 'undefined') continue;
        for (var i = 0; i < keywords[key].length; i++) {
            var result = keywords[key][i](data, schema[key], schema, pointer);
            if (typeof result === 'string' || typeof result === 'number') {
                return this.createError(tv4Codes.KEYWORD_CUSTOM, { key: key, message: result }, '', '', null, data, schema).prefixWith(null, key);
            }
            if (result && typeof result === 'object') {
                var code = result.code;
                if (typeof code === 'string') {
                    if (tv4Codes[code] === undefined) throw new Error('Undefined error code (use defineError): ' + code);
                    code = tv4Codes[code];
                } else if (typeof code !== 'number') {
                    code = tv4Codes.KEYWORD_CUSTOM;
                }
                var params = typeof result.message === 'object' ? result.message : { key: key, message: result.message || '?' };
                var schemaPath = result.schemaPath || ('/' + escapePointer(key));
                return this.createError(code, params, result.dataPath || null, schemaPath, null, data, schema);
            }
        }
    }
    return null;
};
Tv4Walker.prototype.banUnknownProperties = function (data, schema) {
    for (var path in this.unknownPaths) {
        var error = this.createError(tv4Codes.UNKNOWN_PROPERTY, { path: path }, path, '', null, data, schema);
        var result = this.handle(error);
        if (result) return result;
    }
    return null;
};

/** A tv4 API object (tv4 itself, or one from freshApi()). */
function createTv4() {
    var api = {};
    ['_schemas', '_formats', '_keywords', '_messages'].forEach(function (name) {
        Object.defineProperty(api, name, { value: {}, writable: true, configurable: true });
    });
    Object.defineProperty(api, '_reporter', { value: null, writable: true, configurable: true });
    function prepare(data, schema, collect, checkRecursive, banUnknown) {
        var walker = new Tv4Walker(api, collect, checkRecursive, banUnknown);
        if (typeof schema === 'string') schema = { $ref: schema };
        api._schemas[''] = schema;
        return { walker: walker, schema: schema };
    }
    api.validate = function (data, schema, checkRecursive, banUnknownProperties) {
        var run = prepare(data, schema, false, checkRecursive, banUnknownProperties);
        var error = run.walker.validateAll(data, run.schema, null, null, '');
        if (!error && banUnknownProperties) error = run.walker.banUnknownProperties(data, run.schema);
        this.error = error;
        this.missing = run.walker.missing;
        this.valid = error === null;
        this.toString = function () { return this.error ? this.error.message : 'Object passed schema validation'; };
        return this.valid;
    };
    api.validateResult = function () {
        var result = {};
        api.validate.apply(result, arguments);
        return result;
    };
    api.validateMultiple = function (data, schema, checkRecursive, banUnknownProperties) {
        var run = prepare(data, schema, true, checkRecursive, banUnknownProperties);
        run.walker.validateAll(data, run.schema, null, null, '');
        if (banUnknownProperties) run.walker.banUnknownProperties(data, run.schema);
        return { errors: run.walker.errors, missing: run.walker.missing, valid: run.walker.errors.length === 0 };
    };
    api.addSchema = function (uri, schema) {
        if (typeof uri !== 'string') {
            schema = uri;
            uri = schema && typeof schema.id === 'string' ? schema.id : '';
        }
        if (typeof schema === 'string') schema = JSON.parse(schema);
        if (uri.indexOf('#') >= 0 && uri.indexOf('#') === uri.length - 1) uri = uri.slice(0, -1);
        api._schemas[uri] = schema;
        indexTv4Ids(api._schemas, schema, uri, 0);
        return true;
    };
    api.getSchema = function (uri) {
        var walker = new Tv4Walker(api, false);
        var found = walker.getSchema(uri);
        return found instanceof Tv4Error ? undefined : found;
    };
    api.getSchemaMap = function () {
        var map = {};
        for (var key in api._schemas) if (key !== '') map[key] = api._schemas[key];
        return map;
    };
    api.getSchemaUris = function (filter) {
        var list = [];
        for (var key in api._schemas) if (key !== '' && (!filter || filter.test(key))) list.push(key);
        return list;
    };
    api.getMissingUris = function (filter) {
        var list = [];
        for (var i = 0; i < api.missing.length; i++) if (!filter || filter.test(api.missing[i])) list.push(api.missing[i]);
        return list;
    };
    api.dropSchemas = function () { api._schemas = {}; api.reset(); };
    api.reset = function () { api.missing = []; api.error = null; };
    api.addFormat = function (format, validator) {
        if (typeof format === 'object') { for (var key in format) api.addFormat(key, format[key]); return api; }
        api._formats[format] = validator;
        return api;
    };
    api.defineKeyword = function (keyword, fn) {
        api._keywords[keyword] = api._keywords[keyword] || [];
        api._keywords[keyword].push(fn);
    };
    api.defineError = function (codeName, codeNumber, defaultMessage) {
        if (typeof codeName !== 'string' || !/^[A-Z]+(_[A-Z]+)*$/.test(codeName)) throw new Error('Code name must be a string in UPPER_CASE_WITH_UNDERSCORES');
        if (typeof codeNumber !== 'number' || codeNumber % 1 !== 0 || codeNumber < 10000) throw new Error('Code number must be an integer > 10000');
        if (typeof tv4Codes[codeName] !== 'undefined') throw new Error('Error already defined: ' + codeName + ' as ' + tv4Codes[codeName]);
        if (typeof tv4CodeNames[codeNumber] !== 'undefined') throw new Error('Error code already used: ' + tv4CodeNames[codeNumber] + ' as ' + codeNumber);
        tv4Codes[codeName] = codeNumber;
        tv4CodeNames[codeNumber] = codeName;
        tv4Messages[codeName] = defaultMessage;
    };
    api.language = function () { return 'en'; };
    api.addLanguage = function (code, messages) {
        if (String(code).split('-')[0] === 'en') for (var key in messages) api._messages[key] = messages[key];
        return api;
    };
    api.setErrorReporter = function (reporter) {
        if (typeof reporter === 'string') return api.language(reporter);
        api._reporter = reporter;
        return api;
    };
    api.freshApi = function () { return createTv4(); };
    // Public members in tv4's order.
    var ordered = {};
    ['setErrorReporter', 'addFormat', 'language', 'addLanguage', 'freshApi', 'validate', 'validateResult', 'validateMultiple',
        'addSchema', 'getSchema', 'getSchemaMap', 'getSchemaUris', 'getMissingUris', 'dropSchemas', 'defineKeyword', 'defineError',
        'reset'].forEach(function (name) { ordered[name] = api[name]; delete api[name]; });
    for (var name in ordered) api[name] = ordered[name];
    api.missing = [];
    api.error = null;
    api.valid = true;
    api.normSchema = function (schema) { return schema; };
    api.resolveUrl = function (base, href) { return resolveUri(base || '', href); };
    api.getDocumentUri = function (uri) { return splitFragment(uri)[0]; };
    api.errorCodes = tv4Codes;
    api.tv4 = api;
    return api;
}
function indexTv4Ids(schemas, schema, base, depth) {
    if (depth > 200 || schema === null || typeof schema !== 'object') return;
    if (Array.isArray(schema)) { schema.forEach(function (s) { indexTv4Ids(schemas, s, base, depth + 1); }); return; }
    if (typeof schema.id === 'string' && depth > 0) {
        var id = resolveUri(base, schema.id);
        if (schemas[id] === undefined) schemas[id] = schema;
    }
    for (var key in schema) if (key !== 'enum' && typeof schema[key] === 'object') indexTv4Ids(schemas, schema[key], base, depth + 1);
}

/** What the sandbox's `to.have.jsonSchema` uses: Ajv with allErrors and no logger, as Postman's does. */
function jsonSchemaValidator(schema, data) {
    var ajv = new Ajv({ allErrors: true, logger: false });
    var valid = ajv.validate(schema, data);
    return { valid: valid, errors: ajv.errors };
}

module.exports = {
    Ajv: Ajv,
    createTv4: createTv4,
    jsonSchemaValidator: jsonSchemaValidator,
    stringFormats: stringFormats
};
