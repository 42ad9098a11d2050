// postie's own `xml2js` module: xml2js 0.6's parseString/Parser/Builder as Postman scripts use them,
// over a small XML parser of its own (elements, attributes, text, CDATA, comments, processing
// instructions, DOCTYPE, the XML and HTML 4 named entities and numeric references; namespaces stay
// plain prefixed names). Written for postie from xml2js's and sax's documented behaviour and checked
// against xml2js 0.6.2 (with sax 1.4) in Node; no code of either is used.
//
// `module.exports.xml2Json(xml)` is Postman's legacy `xml2Json` global: xml2js with explicitArray
// false, trim true and mergeAttrs false, run synchronously (undefined when the XML is malformed).
//
// Parsing is synchronous, as xml2js's is unless `async: true`; with `async: true` the callback runs on
// a later turn. `strict: false` (sax's loose HTML mode) is not provided: parsing is always strict.
'use strict';

var entityTable = require('html-entities');
function fromCodePoint(cp) {
    if (cp < 0x10000) return String.fromCharCode(cp);
    cp -= 0x10000;
    return String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
}

// ---------------------------------------------------------------------------------------------------
// The XML parser: a character-level state machine that reports events and sax-style errors
// ("message\nLine: L\nColumn: C\nChar: c", line 0-based, column counting the offending character).

function isNameStart(c) { return /[A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\ud800-\udfff]/.test(c); }
function isNameChar(c) { return isNameStart(c) || /[-.0-9\u00b7\u0300-\u036f\u203f\u2040]/.test(c); }
function isSpace(c) { return c === ' ' || c === '\n' || c === '\t' || c === '\r'; }

function XmlParseError(message) {
    var error = new Error(message);
    return error;
}

/** Parses `text`, calling handler.open(name, attrs), .text(t), .cdata(t), .close(name); stops when handler.done. */
function parseXml(text, handler) {
    var i = 0, length = text.length, line = 0, column = 0, ch = '', depth = 0, sawRoot = false, stack = [];
    function advance() {
        ch = text.charAt(i++);
        if (ch === '\n') { line++; column = 0; } else column++;
        return ch;
    }
    function fail(message) {
        throw XmlParseError(message + '\nLine: ' + line + '\nColumn: ' + column + '\nChar: ' + ch);
    }
    function peekIs(s) { return text.slice(i, i + s.length) === s; }
    function readEntity() {
        var name = '';
        while (true) {
            if (i >= length) { ch = ''; fail('Invalid character in entity name'); }
            advance();
            if (ch === ';') break;
            if (!/[#A-Za-z0-9_:.-]/.test(ch) || (name === '' && /[0-9.-]/.test(ch))) fail('Invalid character in entity name');
            name += ch;
        }
        if (name.charAt(0) === '#') {
            var num = name.charAt(1) === 'x' || name.charAt(1) === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            var digits = name.charAt(1) === 'x' || name.charAt(1) === 'X' ? name.slice(2) : name.slice(1);
            var valid = /^[0-9a-fA-F]+$/.test(digits) && (name.charAt(1).toLowerCase() === 'x' || /^[0-9]+$/.test(digits));
            if (!valid || num !== num || num > 0x10ffff || num === 0) fail('Invalid character entity');
            return fromCodePoint(num);
        }
        var table = entityTable();
        if (table[name] === undefined) fail('Invalid character entity');
        return table[name];
    }
    function readUntil(terminator, message) {
        var start = i, at = text.indexOf(terminator, i);
        if (at < 0) {
            while (i < length) advance();
            ch = '';
            fail(message);
        }
        while (i < at + terminator.length) advance();
        return text.slice(start, at);
    }
    function readName() {
        var name = ch;
        while (i < length && isNameChar(text.charAt(i))) name += advance();
        return name;
    }
    function flushText(buffer) {
        if (buffer && !handler.done) handler.text(buffer);
    }
    var textBuffer = '';
    while (i < length && !handler.done) {
        advance();
        if (ch !== '<') {
            if (!sawRoot || depth === 0) {
                if (!isSpace(ch)) {
                    if (!sawRoot) fail('Non-whitespace before first tag.');
                    fail('Text data outside of root node.');
                }
                continue;
            }
            if (ch === '&') textBuffer += readEntity();
            else textBuffer += ch;
            continue;
        }
        if (peekIs('!--')) {
            flushText(textBuffer); textBuffer = '';
            advance(); advance(); advance();
            readUntil('-->', 'Unclosed comment');
            continue;
        }
        if (peekIs('![CDATA[')) {
            flushText(textBuffer); textBuffer = '';
            for (var k = 0; k < 8; k++) advance();
            var data = readUntil(']]>', 'Unclosed CDATA');
            if (depth === 0) fail('Text data outside of root node.');
            if (!handler.done) handler.cdata(data);
            continue;
        }
        if (peekIs('!')) {
            flushText(textBuffer); textBuffer = '';
            var bracket = 0;
            while (i < length) {
                advance();
                if (ch === '[') bracket++;
                else if (ch === ']') bracket--;
                else if (ch === '>' && bracket <= 0) break;
            }
            continue;
        }
        if (peekIs('?')) {
            flushText(textBuffer); textBuffer = '';
            advance();
            readUntil('?>', 'Unclosed processing instruction');
            continue;
        }
        if (peekIs('/')) {
            flushText(textBuffer); textBuffer = '';
            advance();
            advance();
            var closeName = isNameStart(ch) ? readName() : '';
            while (i < length && isSpace(text.charAt(i))) advance();
            if (i >= length) { ch = ''; fail('Unexpected end'); }
            advance();
            if (ch !== '>') fail('Invalid characters in closing tag');
            if (!stack.length || stack[stack.length - 1] !== closeName) fail('Unexpected close tag');
            stack.pop();
            depth--;
            handler.close(closeName);
            continue;
        }
        // Opening tag.
        flushText(textBuffer); textBuffer = '';
        if (sawRoot && depth === 0) fail('Text data outside of root node.');
        advance();
        if (!isNameStart(ch)) fail('Unencoded <');
        var name = readName(), attrs = [], seen = {}, selfClosing = false;
        while (true) {
            if (i >= length) { ch = ''; fail('Unexpected end'); }
            advance();
            if (isSpace(ch)) continue;
            if (ch === '>') break;
            if (ch === '/') {
                advance();
                if (ch !== '>') fail('Forward-slash in opening tag not followed by >');
                selfClosing = true;
                break;
            }
            if (!isNameStart(ch)) fail('Invalid attribute name');
            var attrName = readName();
            while (i < length && isSpace(text.charAt(i))) advance();
            advance();
            if (ch !== '=') {
                if (ch === '/' || ch === '>') fail('Invalid attribute name');
                fail('Attribute without value');
            }
            while (i < length && isSpace(text.charAt(i))) advance();
            advance();
            if (ch !== '"' && ch !== "'") fail('Unquoted attribute value');
            var quote = ch, value = '';
            while (true) {
                if (i >= length) { ch = ''; fail('Unexpected end'); }
                advance();
                if (ch === quote) break;
                if (ch === '<') fail('Invalid character in attribute value');
                value += ch === '&' ? readEntity() : ch;
            }
            if (!Object.prototype.hasOwnProperty.call(seen, attrName)) {
                seen[attrName] = true;
                attrs.push([attrName, value]);
            }
            var next = text.charAt(i);
            if (next !== '' && !isSpace(next) && next !== '/' && next !== '>') { advance(); fail('No whitespace between attributes'); }
        }
        sawRoot = true;
        handler.open(name, attrs);
        if (selfClosing) {
            if (!handler.done) handler.close(name);
        } else {
            stack.push(name);
            depth++;
        }
    }
    if (!handler.done) {
        ch = '';
        if (depth > 0) fail('Unclosed root tag');
        if (!sawRoot) fail('Unclosed root tag');
    }
}

// ---------------------------------------------------------------------------------------------------
// xml2js's result building.

var defaults = {
    explicitCharkey: false, trim: false, normalize: false, normalizeTags: false, attrkey: '$', charkey: '_',
    explicitArray: true, ignoreAttrs: false, mergeAttrs: false, explicitRoot: true, validator: null, xmlns: false,
    explicitChildren: false, preserveChildrenOrder: false, childkey: '$$', charsAsChildren: false, includeWhiteChars: false,
    async: false, strict: true, attrNameProcessors: null, attrValueProcessors: null, tagNameProcessors: null,
    valueProcessors: null, rootName: 'root', xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true },
    doctype: null, renderOpts: { pretty: true, indent: '  ', newline: '\n' }, headless: false, chunkSize: 10000,
    emptyTag: '', cdata: false
};
function withDefaults(options) {
    var out = {}, key;
    for (key in defaults) out[key] = defaults[key];
    if (options) for (key in options) if (Object.prototype.hasOwnProperty.call(options, key)) out[key] = options[key];
    return out;
}
function runProcessors(processors, item, key) {
    for (var i = 0; i < processors.length; i++) item = processors[i](item, key);
    return item;
}
function isEmptyObject(value) { return typeof value === 'object' && value !== null && Object.keys(value).length === 0; }

/** Builds xml2js's result object from `xml`; throws the parser's error. */
function buildResult(xml, options) {
    var stack = [], result = null, charkey = options.charkey, attrkey = options.attrkey;
    function assignOrPush(obj, key, value) {
        if (!(key in obj)) {
            obj[key] = options.explicitArray ? [value] : value;
        } else {
            if (!Array.isArray(obj[key])) obj[key] = [obj[key]];
            obj[key].push(value);
        }
    }
    var handler = {
        done: false,
        open: function (name, attrs) {
            var obj = {};
            obj[charkey] = '';
            if (!options.ignoreAttrs) {
                for (var a = 0; a < attrs.length; a++) {
                    if (!(attrkey in obj) && !options.mergeAttrs) obj[attrkey] = {};
                    var value = options.attrValueProcessors ? runProcessors(options.attrValueProcessors, attrs[a][1], attrs[a][0]) : attrs[a][1];
                    var key = options.attrNameProcessors ? runProcessors(options.attrNameProcessors, attrs[a][0]) : attrs[a][0];
                    if (options.mergeAttrs) assignOrPush(obj, key, value);
                    else obj[attrkey][key] = value;
                }
            }
            var tagName = options.tagNameProcessors ? runProcessors(options.tagNameProcessors, name) : name;
            obj['#name'] = options.normalizeTags ? tagName.toLowerCase() : tagName;
            if (options.xmlns) {
                var colon = name.indexOf(':');
                obj[options.xmlnskey || '$ns'] = { uri: '', local: colon >= 0 ? name.slice(colon + 1) : name };
            }
            stack.push(obj);
        },
        text: function (text) {
            var s = stack[stack.length - 1];
            if (s) {
                s[charkey] += text;
                if (options.explicitChildren && options.preserveChildrenOrder && options.charsAsChildren &&
                    (options.includeWhiteChars || text.replace(/\\n/g, '').trim() !== '')) {
                    s[options.childkey] = s[options.childkey] || [];
                    var charChild = { '#name': '__text__' };
                    charChild[charkey] = options.normalize ? text.replace(/\s{2,}/g, ' ').trim() : (options.trim ? text.trim() : text);
                    s[options.childkey].push(charChild);
                }
            }
            return s;
        },
        cdata: function (text) {
            var s = handler.text(text);
            if (s) s.cdata = true;
        },
        close: function () {
            var obj = stack.pop(), nodeName = obj['#name'], cdata, emptyStr = '';
            if (!options.explicitChildren || !options.preserveChildrenOrder) delete obj['#name'];
            if (obj.cdata === true) { cdata = obj.cdata; delete obj.cdata; }
            var parent = stack[stack.length - 1];
            if (/^\s*$/.test(obj[charkey]) && !cdata) {
                emptyStr = obj[charkey];
                delete obj[charkey];
            } else {
                if (options.trim) obj[charkey] = obj[charkey].trim();
                if (options.normalize) obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim();
                obj[charkey] = options.valueProcessors ? runProcessors(options.valueProcessors, obj[charkey], nodeName) : obj[charkey];
                if (Object.keys(obj).length === 1 && charkey in obj && !options.explicitCharkey) obj = obj[charkey];
            }
            if (isEmptyObject(obj)) {
                if (typeof options.emptyTag === 'function') obj = options.emptyTag();
                else obj = options.emptyTag !== '' ? options.emptyTag : emptyStr;
            }
            if (options.validator !== null && options.validator !== undefined) {
                var xpath = '/' + stack.map(function (node) { return node['#name']; }).concat(nodeName).join('/');
                obj = options.validator(xpath, parent && parent[nodeName], obj);
            }
            if (options.explicitChildren && !options.mergeAttrs && typeof obj === 'object') {
                if (!options.preserveChildrenOrder) {
                    var node = {};
                    if (attrkey in obj) { node[attrkey] = obj[attrkey]; delete obj[attrkey]; }
                    if (!options.charsAsChildren && charkey in obj) { node[charkey] = obj[charkey]; delete obj[charkey]; }
                    if (Object.getOwnPropertyNames(obj).length > 0) node[options.childkey] = obj;
                    obj = node;
                } else if (parent) {
                    parent[options.childkey] = parent[options.childkey] || [];
                    var objClone = {};
                    for (var key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) objClone[key] = obj[key];
                    parent[options.childkey].push(objClone);
                    delete obj['#name'];
                    if (Object.keys(obj).length === 1 && charkey in obj && !options.explicitCharkey) obj = obj[charkey];
                }
            }
            if (stack.length > 0) {
                assignOrPush(parent, nodeName, obj);
            } else {
                if (options.explicitRoot) {
                    var old = obj;
                    obj = {};
                    obj[nodeName] = old;
                }
                result = obj;
                handler.done = true;
            }
        }
    };
    parseXml(xml, handler);
    return result;
}

function stripBOM(text) { return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; }

// ---------------------------------------------------------------------------------------------------
// Parser, parseString, parseStringPromise.

function Parser(options) {
    if (!(this instanceof Parser)) return new Parser(options);
    this.options = withDefaults(options);
    if (this.options.xmlns) this.options.xmlnskey = this.options.attrkey + 'ns';
    if (this.options.normalizeTags) {
        this.options.tagNameProcessors = (this.options.tagNameProcessors || []).slice(0);
        this.options.tagNameProcessors.unshift(normalizeProcessor);
        this.options.normalizeTags = false;
    }
    this._listeners = {};
    this.resultObject = null;
}
Parser.prototype.on = function (event, listener) {
    (this._listeners[event] = this._listeners[event] || []).push(listener);
    return this;
};
Parser.prototype.addListener = Parser.prototype.on;
Parser.prototype.once = function (event, listener) {
    var self = this;
    function wrapper() { self.removeListener(event, wrapper); listener.apply(this, arguments); }
    return this.on(event, wrapper);
};
Parser.prototype.removeListener = function (event, listener) {
    var list = this._listeners[event] || [];
    var index = list.indexOf(listener);
    if (index >= 0) list.splice(index, 1);
    return this;
};
Parser.prototype.removeAllListeners = function (event) {
    if (event === undefined) this._listeners = {}; else delete this._listeners[event];
    return this;
};
Parser.prototype.emit = function (event) {
    var args = Array.prototype.slice.call(arguments, 1), list = (this._listeners[event] || []).slice(0);
    for (var i = 0; i < list.length; i++) list[i].apply(this, args);
    return list.length > 0;
};
Parser.prototype.reset = function () {
    this.removeAllListeners();
    this.resultObject = null;
};
Parser.prototype.parseString = function (str, cb) {
    var self = this;
    if (typeof cb === 'function') {
        this.on('end', function (result) { self.reset(); cb(null, result); });
        this.on('error', function (err) { self.reset(); cb(err); });
    }
    function run() {
        var text = String(str);
        if (text.trim() === '') { self.emit('end', null); return true; }
        var result;
        try {
            result = buildResult(stripBOM(text), self.options);
        } catch (err) {
            self.emit('error', err);
            return false;
        }
        self.resultObject = result;
        self.emit('end', result);
        return true;
    }
    // xml2js returns its sax parser here; the Parser stands in for it.
    if (this.options.async) {
        setTimeout(run, 0);
        return this;
    }
    return run() === true && String(str).trim() === '' ? true : this;
};
Parser.prototype.parseStringPromise = function (str) {
    var self = this;
    return new Promise(function (resolve, reject) {
        self.parseString(str, function (err, value) { if (err) reject(err); else resolve(value); });
    });
};

function parseString(str, a, b) {
    var cb, options = {};
    if (b != null) {
        if (typeof b === 'function') cb = b;
        if (typeof a === 'object') options = a;
    } else {
        if (typeof a === 'function') cb = a;
        options = {};
    }
    return new Parser(options).parseString(str, cb);
}
function parseStringPromise(str, a) {
    return new Parser(typeof a === 'object' ? a : {}).parseStringPromise(str);
}

// ---------------------------------------------------------------------------------------------------
// Builder (xml2js over xmlbuilder's pretty printing).

function escapeText(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}
function escapeAttribute(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
        .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}
function requiresCDATA(entry) { return typeof entry === 'string' && (entry.indexOf('&') >= 0 || entry.indexOf('>') >= 0 || entry.indexOf('<') >= 0); }
function wrapCDATA(entry) { return '<![CDATA[' + String(entry).replace(/]]>/g, ']]]]><![CDATA[>') + ']]>'; }

/** A tree node: { name, attrs: [[k, v]], children: [node | { text } | { raw }] }. */
function element(name) { return { name: name, attrs: [], children: [] }; }

function Builder(options) {
    if (!(this instanceof Builder)) return new Builder(options);
    this.options = withDefaults(options);
}
Builder.prototype.buildObject = function (rootObj) {
    var options = this.options, attrkey = options.attrkey, charkey = options.charkey, rootName;
    if (rootObj !== null && typeof rootObj === 'object' && Object.keys(rootObj).length === 1 && options.rootName === defaults.rootName) {
        rootName = Object.keys(rootObj)[0];
        rootObj = rootObj[rootName];
    } else {
        rootName = options.rootName;
    }
    var depthGuard = 0;
    function addText(node, value) {
        if (options.cdata && requiresCDATA(value)) node.children.push({ raw: wrapCDATA(value) });
        else node.children.push({ text: String(value) });
    }
    function render(node, obj) {
        if (++depthGuard > 2000) throw new RangeError('Maximum call stack size exceeded');
        if (obj === null || typeof obj !== 'object') {
            addText(node, obj);
        } else if (Array.isArray(obj)) {
            for (var index in obj) {
                if (!Object.prototype.hasOwnProperty.call(obj, index)) continue;
                var item = obj[index];
                for (var itemKey in item) {
                    if (!Object.prototype.hasOwnProperty.call(item, itemKey)) continue;
                    var childNode = element(itemKey);
                    node.children.push(childNode);
                    render(childNode, item[itemKey]);
                }
            }
        } else {
            for (var key in obj) {
                if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
                var child = obj[key];
                if (key === attrkey) {
                    if (typeof child === 'object' && child !== null) {
                        for (var attr in child) if (Object.prototype.hasOwnProperty.call(child, attr)) node.attrs.push([attr, child[attr]]);
                    }
                } else if (key === charkey) {
                    addText(node, child);
                } else if (Array.isArray(child)) {
                    for (var i = 0; i < child.length; i++) {
                        var entryNode = element(key);
                        node.children.push(entryNode);
                        if (typeof child[i] === 'string') addText(entryNode, child[i]);
                        else render(entryNode, child[i]);
                    }
                } else if (typeof child === 'object' && child !== null) {
                    var objNode = element(key);
                    node.children.push(objNode);
                    render(objNode, child);
                } else {
                    var leaf = element(key);
                    node.children.push(leaf);
                    if (child === null || child === undefined) child = '';
                    if (typeof child === 'string' && options.cdata && requiresCDATA(child)) leaf.children.push({ raw: wrapCDATA(child) });
                    else if (String(child) !== '') leaf.children.push({ text: child.toString() });
                }
            }
        }
        depthGuard--;
    }
    var root = element(rootName);
    render(root, rootObj);
    return serialize(root, options);
};
function serialize(root, options) {
    var render = options.renderOpts || {}, pretty = render.pretty !== false;
    var indentUnit = render.indent === undefined ? '  ' : render.indent, newline = render.newline === undefined ? '\n' : render.newline;
    var out = '';
    if (!options.headless) {
        var dec = options.xmldec || {};
        out += '<?xml version="' + (dec.version || '1.0') + '"';
        if (dec.encoding) out += ' encoding="' + dec.encoding + '"';
        if (dec.standalone !== undefined && dec.standalone !== null) out += ' standalone="' + (dec.standalone ? 'yes' : 'no') + '"';
        out += '?>' + (pretty ? newline : '');
    }
    if (options.doctype) {
        var dt = options.doctype;
        out += '<!DOCTYPE ' + root.name + (dt.pubID ? ' PUBLIC "' + dt.pubID + '"' + (dt.sysID ? ' "' + dt.sysID + '"' : '') : (dt.sysID ? ' SYSTEM "' + dt.sysID + '"' : '')) + '>' + (pretty ? newline : '');
    }
    function indent(level) { var s = ''; for (var i = 0; i < level; i++) s += indentUnit; return pretty ? s : ''; }
    function node(n, level) {
        if (n.text !== undefined) return indent(level) + escapeText(n.text);
        if (n.raw !== undefined) return indent(level) + n.raw;
        var open = '<' + n.name;
        for (var a = 0; a < n.attrs.length; a++) open += ' ' + n.attrs[a][0] + '="' + escapeAttribute(n.attrs[a][1]) + '"';
        if (!n.children.length) return indent(level) + open + '/>';
        var only = n.children.length === 1 && (n.children[0].text !== undefined || n.children[0].raw !== undefined) ? n.children[0] : null;
        if (only) return indent(level) + open + '>' + (only.text !== undefined ? escapeText(only.text) : only.raw) + '</' + n.name + '>';
        var body = '';
        for (var c = 0; c < n.children.length; c++) body += (pretty ? newline : '') + node(n.children[c], level + 1);
        return indent(level) + open + '>' + body + (pretty ? newline + indent(level) : '') + '</' + n.name + '>';
    }
    return out + node(root, 0);
}

// ---------------------------------------------------------------------------------------------------
// Processors and Postman's xml2Json.

function normalizeProcessor(str) { return str.toLowerCase(); }
var processors = {
    normalize: normalizeProcessor,
    firstCharLowerCase: function (str) { return str.charAt(0).toLowerCase() + str.slice(1); },
    stripPrefix: function (str) { return str.replace(/^[^:]*:/, ''); },
    parseNumbers: function (str) {
        if (!isNaN(str)) str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
        return str;
    },
    parseBooleans: function (str) {
        if (/^(?:true|false)$/i.test(str)) str = str.toLowerCase() === 'true';
        return str;
    }
};

/** Postman's legacy xml2Json(string). */
function xml2Json(string) {
    var json = {};
    parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, function (_, result) { json = result; });
    return json;
}

function ValidationError(message) {
    var error = new Error(message);
    Object.setPrototypeOf(error, ValidationError.prototype);
    return error;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;

module.exports = {
    defaults: { '0.1': withDefaults({ explicitArray: false, explicitRoot: false, charkey: '#', attrkey: '@' }), '0.2': withDefaults() },
    processors: processors,
    ValidationError: ValidationError,
    Builder: Builder,
    Parser: Parser,
    parseString: parseString,
    parseStringPromise: parseStringPromise,
    xml2Json: xml2Json
};
