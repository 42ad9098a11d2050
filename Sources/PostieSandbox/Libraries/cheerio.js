// postie's own `cheerio`: the basics of cheerio 0.22's API as Postman scripts use it on response
// bodies — `cheerio.load(html)` giving `$`, selections by CSS selector (type, #id, .class, [attr],
// [attr=v|~=|^=|$=|*=||=], *, the descendant, child and sibling combinators, groups with ",",
// :first-child, :last-child, :nth-child(), :not(), :has(), :contains(), :checked, :selected; jQuery's
// :first, :last and :eq() are rejected, as css-select 1.2 does), and on a
// selection length, [i], each, map, get, toArray, find, filter, not, is, eq, first, last, slice,
// children, parent, parents, closest, next, prev, siblings, contents, text, html, attr, removeAttr,
// hasClass, addClass, removeClass, val, data; `load(html, { xmlMode: true })`. Written for postie from
// cheerio's and jQuery's documentation and checked against cheerio 0.22.0 (htmlparser2 3.10, css-select
// 1.2) in Node; no cheerio, htmlparser2 or css-select code is used.
//
// The HTML parser is lenient like htmlparser2: no html/head/body are added, void elements never
// hold children, script/style/textarea/title hold raw text, an open tag closes the elements it
// implies (a <p> before a block, <li> before <li>, cells and rows), a stray end tag is ignored.
'use strict';

var VOID = toSet('area base br col embed frame hr img input isindex keygen link meta param source track wbr');
var RAW_TEXT = toSet('script style textarea title');
var FORM_TAGS = 'input option optgroup select button datalist textarea';
var IMPLIED_CLOSE = {
    tr: toSet('tr th td'), th: toSet('th'), td: toSet('thead th td'), body: toSet('head link script'), li: toSet('li'),
    p: toSet('p'), h1: toSet('p'), h2: toSet('p'), h3: toSet('p'), h4: toSet('p'), h5: toSet('p'), h6: toSet('p'),
    select: toSet(FORM_TAGS), input: toSet(FORM_TAGS), output: toSet(FORM_TAGS), button: toSet(FORM_TAGS),
    datalist: toSet(FORM_TAGS), textarea: toSet(FORM_TAGS), option: toSet('option'), optgroup: toSet('optgroup')
};
// attributes that stand alone when empty, and that attr() reports by their name
var BOOLEAN_ATTRIBUTES = toSet('allowfullscreen async autofocus autoplay checked controls default defer disabled hidden ismap loop multiple muted open readonly required reversed scoped seamless selected typemustmatch');
var ATTR_BOOLEAN = toSet('autofocus autoplay async checked controls defer disabled hidden loop multiple open readonly required scoped selected');

function toSet(words) { var set = {}; words.split(' ').forEach(function (w) { set[w] = true; }); return set; }

var entityTable = require('html-entities');
function decodeEntities(text) {
    return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, function (match, body) {
        if (body.charAt(0) === '#') {
            var code = body.charAt(1) === 'x' || body.charAt(1) === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return code > 0x10ffff ? match : String.fromCodePoint(code);
        }
        var table = entityTable();
        return table[body] !== undefined ? table[body] : match;
    });
}
// cheerio 0.22 writes text and attribute values with the XML entities and every non-ASCII
// character as a hexadecimal reference
var XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
function encodeXML(text) {
    return text.replace(/[&<>"']/g, function (c) { return XML_ESCAPES[c]; })
        .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\0-\x7F]/g, function (c) { return '&#x' + c.codePointAt(0).toString(16).toUpperCase() + ';'; });
}

// ---------------------------------------------------------------------------------------------
// Parsing

function makeNode(type, fields) {
    var node = { type: type, parent: null, prev: null, next: null };
    for (var key in fields) { node[key] = fields[key]; }
    return node;
}
function appendChild(parent, child) {
    var siblings = parent.children, last = siblings[siblings.length - 1] || null;
    child.parent = parent;
    child.prev = last;
    child.next = null;
    if (last) { last.next = child; }
    siblings.push(child);
}

var ATTRIBUTE_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

var renderingXML = false;

function parseHTML(html, xmlMode) {
    var root = makeNode('root', { name: 'root', children: [], attribs: {} }), stack = [root], i = 0, n = html.length;
    function current() { return stack[stack.length - 1]; }
    function addText(text) {
        if (!text) { return; }
        var parent = current(), last = parent.children[parent.children.length - 1];
        if (last && last.type === 'text') { last.data += text; } else { appendChild(parent, makeNode('text', { data: text })); }
    }
    while (i < n) {
        var lt = html.indexOf('<', i);
        if (lt < 0) { addText(decodeEntities(html.slice(i))); break; }
        if (lt > i) { addText(decodeEntities(html.slice(i, lt))); }
        i = lt;
        if (html.startsWith('<!--', i)) {
            var endComment = html.indexOf('-->', i + 4);
            if (endComment < 0) { endComment = n; }
            appendChild(current(), makeNode('comment', { data: html.slice(i + 4, endComment) }));
            i = endComment + 3;
            continue;
        }
        if (html.charAt(i + 1) === '!' || html.charAt(i + 1) === '?') {
            var endDirective = html.indexOf('>', i);
            if (endDirective < 0) { endDirective = n; }
            var body = html.slice(i + 1, endDirective);
            appendChild(current(), makeNode('directive', { name: body.split(/\s/)[0].toLowerCase(), data: body }));
            i = endDirective + 1;
            continue;
        }
        var close = /^<\/([A-Za-z][^\s>\/]*)[^>]*>/.exec(html.slice(i));
        if (close) {
            var closeName = xmlMode ? close[1] : close[1].toLowerCase();
            for (var s = stack.length - 1; s > 0; s--) {
                if (stack[s].name === closeName) { stack.length = s; break; }
            }
            i += close[0].length;
            continue;
        }
        var open = /^<([A-Za-z][^\s>\/]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(i));
        if (!open) { addText('<'); i++; continue; }
        var name = xmlMode ? open[1] : open[1].toLowerCase(), rest = open[2], selfClosing = /\/\s*$/.test(rest), attribs = {}, m;
        ATTRIBUTE_RE.lastIndex = 0;
        while ((m = ATTRIBUTE_RE.exec(rest)) !== null) {
            var attrName = xmlMode ? m[1] : m[1].toLowerCase();
            if (attrName === '/') { continue; }
            if (!Object.prototype.hasOwnProperty.call(attribs, attrName)) {
                var value = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : '';
                attribs[attrName] = decodeEntities(value);
            }
        }
        var implied = xmlMode ? null : IMPLIED_CLOSE[name];
        if (implied) {
            while (stack.length > 1 && implied[current().name]) { stack.pop(); }
        }
        var type = xmlMode ? 'tag' : name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
        var element = makeNode(type, { name: name, tagName: name, attribs: attribs, children: [] });
        appendChild(current(), element);
        i += open[0].length;
        if (xmlMode ? selfClosing : VOID[name]) { continue; }
        if (!xmlMode && RAW_TEXT[name]) {
            var endRaw = html.toLowerCase().indexOf('</' + name, i);
            if (endRaw < 0) { endRaw = n; }
            var raw = html.slice(i, endRaw);
            if (raw) { appendChild(element, makeNode('text', { data: name === 'textarea' || name === 'title' ? decodeEntities(raw) : raw })); }
            var gt = html.indexOf('>', endRaw);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        stack.push(element);
    }
    return root;
}

// ---------------------------------------------------------------------------------------------
// Serialising

function isElement(node) { return node && (node.type === 'tag' || node.type === 'script' || node.type === 'style'); }

function render(node, xml) {
    if (xml === undefined) { xml = renderingXML; }
    if (node.type === 'root') { return node.children.map(function (c) { return render(c, xml); }).join(''); }
    if (node.type === 'text') {
        var raw = node.parent && (node.parent.name === 'script' || node.parent.name === 'style');
        return raw ? node.data : encodeXML(node.data);
    }
    if (node.type === 'comment') { return '<!--' + node.data + '-->'; }
    if (node.type === 'directive') { return '<' + node.data + '>'; }
    var out = '<' + node.name;
    for (var key in node.attribs) {
        var value = node.attribs[key];
        out += ' ' + key + (value === '' && BOOLEAN_ATTRIBUTES[key] && !xml ? '' : '="' + encodeXML(value) + '"');
    }
    if (xml && !node.children.length) { return out + '/>'; }
    out += '>';
    if (VOID[node.name] && !xml) { return out; }
    return out + node.children.map(function (c) { return render(c, xml); }).join('') + '</' + node.name + '>';
}

function textOf(node) {
    if (node.type === 'text') { return node.data; }
    if (node.type === 'comment' || node.type === 'directive') { return ''; }
    return (node.children || []).map(textOf).join('');
}

// ---------------------------------------------------------------------------------------------
// Selectors: a group of complex selectors, each a list of compounds joined by combinators

function SelectorError(message) { var e = new SyntaxError(message); return e; }

function parseSelector(text) {
    var i = 0, n = text.length, groups = [], complex = [], compound = null, combinator = ' ';
    function skipSpace() { var had = false; while (i < n && /\s/.test(text.charAt(i))) { i++; had = true; } return had; }
    function identifier() {
        var m = /^(?:\\.|[\w\u00a0-\uffff-])+/.exec(text.slice(i));
        if (!m) { throw SelectorError('Expected name, found ' + text.slice(i)); }
        i += m[0].length;
        return m[0].replace(/\\(.)/g, '$1');
    }
    function newCompound() { compound = { tag: null, tests: [] }; complex.push({ combinator: combinator, compound: compound }); }
    skipSpace();
    while (i < n) {
        var c = text.charAt(i);
        if (c === ',') {
            if (!compound) { throw SelectorError('Empty sub-selector'); }
            groups.push(complex); complex = []; compound = null; combinator = ' '; i++; skipSpace(); continue;
        }
        if (/\s/.test(c) || c === '>' || c === '+' || c === '~') {
            skipSpace();
            var next = text.charAt(i);
            if (next === ',' || i >= n) { continue; }
            if (next === '>' || next === '+' || next === '~') { combinator = next; i++; skipSpace(); } else { combinator = ' '; }
            compound = null;
            continue;
        }
        if (!compound) { newCompound(); }
        if (c === '*') { i++; continue; }
        if (c === '#') { i++; compound.tests.push({ kind: 'attr', name: 'id', op: '=', value: identifier() }); continue; }
        if (c === '.') { i++; compound.tests.push({ kind: 'attr', name: 'class', op: '~=', value: identifier() }); continue; }
        if (c === '[') {
            var m = /^\[\s*([^\s~|^$*!=\]]+)\s*(?:([~|^$*!]?=)\s*(?:"((?:\\.|[^"])*)"|'((?:\\.|[^'])*)'|([^\]\s]+))\s*(i)?\s*)?\]/.exec(text.slice(i));
            if (!m) { throw SelectorError('Malformed attribute selector at ' + text.slice(i)); }
            i += m[0].length;
            compound.tests.push({ kind: 'attr', name: m[1].toLowerCase(), op: m[2] || null, value: m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5], ignoreCase: !!m[6] });
            continue;
        }
        if (c === ':') {
            i++;
            if (text.charAt(i) === ':') { i++; }
            var pseudo = identifier().toLowerCase(), argument = null;
            if (text.charAt(i) === '(') {
                var depth = 1, start = ++i;
                while (i < n && depth) { if (text.charAt(i) === '(') { depth++; } else if (text.charAt(i) === ')') { depth--; } i++; }
                argument = text.slice(start, i - 1).trim().replace(/^["']|["']$/g, '');
            }
            var test = { kind: 'pseudo', name: pseudo, argument: argument };
            if (pseudo === 'not' || pseudo === 'has') { test.selector = parseSelector(argument); }
            if (!PSEUDOS[pseudo]) { throw SelectorError('unmatched pseudo-class :' + pseudo); }
            compound.tests.push(test);
            continue;
        }
        compound.tag = identifier().toLowerCase();
    }
    if (!compound) { throw SelectorError(groups.length ? 'Empty sub-selector' : 'Empty selector'); }
    groups.push(complex);
    return groups;
}

function elementChildren(node) { return (node.children || []).filter(isElement); }
function elementIndex(node, fromEnd) {
    var siblings = node.parent ? elementChildren(node.parent) : [node], at = siblings.indexOf(node);
    return fromEnd ? siblings.length - at : at + 1;
}
function nthMatches(formula, position) {
    formula = String(formula).replace(/\s+/g, '').toLowerCase();
    if (formula === 'odd') { formula = '2n+1'; }
    if (formula === 'even') { formula = '2n'; }
    var m = /^([+-]?\d*)n([+-]\d+)?$/.exec(formula);
    if (!m) { return position === parseInt(formula, 10); }
    var a = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : parseInt(m[1], 10), b = m[2] ? parseInt(m[2], 10) : 0;
    if (a === 0) { return position === b; }
    return (position - b) / a >= 0 && (position - b) % a === 0;
}

var PSEUDOS = {
    'first-child': function (node) { return elementIndex(node, false) === 1; },
    'last-child': function (node) { return elementIndex(node, true) === 1; },
    'only-child': function (node) { return elementIndex(node, false) === 1 && elementIndex(node, true) === 1; },
    'nth-child': function (node, test) { return nthMatches(test.argument, elementIndex(node, false)); },
    'nth-last-child': function (node, test) { return nthMatches(test.argument, elementIndex(node, true)); },
    'not': function (node, test) { return !matchesGroups(node, test.selector); },
    'has': function (node, test) { return selectAll(test.selector, [node]).length > 0; },
    'contains': function (node, test) { return textOf(node).indexOf(test.argument) >= 0; },
    'empty': function (node) { return !(node.children || []).some(function (c) { return isElement(c) || (c.type === 'text' && c.data !== ''); }); },
    'checked': function (node) { return 'checked' in node.attribs || ('selected' in node.attribs && node.name === 'option'); },
    'disabled': function (node) { return 'disabled' in node.attribs; },
    'enabled': function (node) { return !('disabled' in node.attribs); },
    'selected': function (node) { return 'selected' in node.attribs; },
    'header': function (node) { return /^h[1-6]$/.test(node.name); },
    'root': function (node) { return !node.parent || node.parent.type === 'root'; }
};

function attributeMatches(node, test) {
    var attribs = node.attribs || {};
    if (!Object.prototype.hasOwnProperty.call(attribs, test.name)) { return false; }
    if (!test.op) { return true; }
    var actual = attribs[test.name], wanted = test.value;
    if (test.ignoreCase) { actual = actual.toLowerCase(); wanted = wanted.toLowerCase(); }
    switch (test.op) {
        case '=': return actual === wanted;
        case '!=': return actual !== wanted;
        case '~=': return wanted !== '' && !/\s/.test(wanted) && actual.split(/\s+/).indexOf(wanted) >= 0;
        case '|=': return actual === wanted || actual.indexOf(wanted + '-') === 0;
        case '^=': return wanted !== '' && actual.indexOf(wanted) === 0;
        case '$=': return wanted !== '' && actual.slice(-wanted.length) === wanted;
        case '*=': return wanted !== '' && actual.indexOf(wanted) >= 0;
    }
    return false;
}

function compoundMatches(node, compound) {
    if (!isElement(node)) { return false; }
    if (compound.tag && node.name.toLowerCase() !== compound.tag) { return false; }
    for (var i = 0; i < compound.tests.length; i++) {
        var test = compound.tests[i];
        if (test.kind === 'attr' && !attributeMatches(node, test)) { return false; }
        if (test.kind === 'pseudo' && PSEUDOS[test.name] && !PSEUDOS[test.name](node, test)) { return false; }
    }
    return true;
}

// does `node` match the complex selector's parts [0..index], reading right to left?
function complexMatches(node, complex, index, scope) {
    if (!compoundMatches(node, complex[index].compound)) { return false; }
    if (index === 0) { return !scope || isInside(node, scope); }
    var combinator = complex[index].combinator, other;
    if (combinator === '>') { return !!node.parent && isElement(node.parent) && complexMatches(node.parent, complex, index - 1, scope); }
    if (combinator === '+') {
        other = previousElement(node);
        return !!other && complexMatches(other, complex, index - 1, scope);
    }
    if (combinator === '~') {
        for (other = previousElement(node); other; other = previousElement(other)) { if (complexMatches(other, complex, index - 1, scope)) { return true; } }
        return false;
    }
    for (other = node.parent; other && isElement(other); other = other.parent) {
        if (complexMatches(other, complex, index - 1, scope)) { return true; }
    }
    return false;
}
function isInside(node, scope) {
    for (var i = 0; i < scope.length; i++) {
        for (var p = node.parent; p; p = p.parent) { if (p === scope[i]) { return true; } }
    }
    return false;
}
function previousElement(node) { for (var p = node.prev; p; p = p.prev) { if (isElement(p)) { return p; } } return null; }
function nextElement(node) { for (var p = node.next; p; p = p.next) { if (isElement(p)) { return p; } } return null; }

function descendants(roots) {
    var out = [];
    function walk(node) { (node.children || []).forEach(function (c) { if (isElement(c)) { out.push(c); walk(c); } }); }
    roots.forEach(walk);
    return out;
}

// every element under `roots` matching the selector groups, in document order
function selectAll(groups, roots) {
    var found = [];
    groups.forEach(function (complex) {
        var matches = descendants(roots).filter(function (node) { return complexMatches(node, complex, complex.length - 1, roots); });
        matches.forEach(function (node) { if (found.indexOf(node) < 0) { found.push(node); } });
    });
    return groups.length > 1 ? sortByDocument(found) : found;
}
function siblingsAfter(node) { var out = []; for (var p = nextElement(node); p; p = nextElement(p)) { out.push(p); } return out; }
function matchesGroups(node, groups) {
    return groups.some(function (complex) { return complexMatches(node, complex, complex.length - 1, null); });
}

function documentPosition(node) {
    var path = [];
    for (; node && node.parent; node = node.parent) { path.unshift(node.parent.children.indexOf(node)); }
    return path;
}
function sortByDocument(nodes) {
    var keyed = nodes.map(function (node) { return { node: node, path: documentPosition(node) }; });
    keyed.sort(function (a, b) {
        for (var i = 0; i < Math.min(a.path.length, b.path.length); i++) { if (a.path[i] !== b.path[i]) { return a.path[i] - b.path[i]; } }
        return a.path.length - b.path.length;
    });
    return keyed.map(function (k) { return k.node; });
}

// ---------------------------------------------------------------------------------------------
// Selections

function Cheerio(nodes, root) {
    this.length = 0;
    for (var i = 0; i < nodes.length; i++) { this[i] = nodes[i]; this.length++; }
    this._root = root;
}
var fn = Cheerio.prototype;
fn.cheerio = '[cheerio object]';
fn._make = function (nodes) { return new Cheerio(nodes, this._root); };
fn.toArray = function () { return Array.prototype.slice.call(this); };
fn.get = function (i) { return i === undefined ? this.toArray() : this[i < 0 ? this.length + i : i]; };
fn.each = function (callback) {
    for (var i = 0; i < this.length; i++) { if (callback.call(this[i], i, this[i]) === false) { break; } }
    return this;
};
fn.map = function (callback) {
    var out = [];
    for (var i = 0; i < this.length; i++) {
        var value = callback.call(this[i], i, this[i]);
        if (value != null) { out = out.concat(value); }
    }
    return this._make(out);
};
fn.filter = function (match) {
    var self = this;
    return this._make(this.toArray().filter(function (node, i) { return matchesArgument(self, node, i, match); }));
};
fn.not = function (match) {
    var self = this;
    return this._make(this.toArray().filter(function (node, i) { return !matchesArgument(self, node, i, match); }));
};
fn.is = function (match) { return this.filter(match).length > 0; };
function matchesArgument(selection, node, i, match) {
    if (typeof match === 'function') { return !!match.call(node, i, node); }
    if (typeof match === 'string') { return isElement(node) && matchesGroups(node, parseSelector(match)); }
    if (match && match.cheerio) { return match.toArray().indexOf(node) >= 0; }
    return node === match;
}
fn.eq = function (i) { i = +i; if (i < 0) { i = this.length + i; } return this._make(this[i] ? [this[i]] : []); };
fn.first = function () { return this.eq(0); };
fn.last = function () { return this.eq(-1); };
fn.slice = function () { return this._make(Array.prototype.slice.apply(this.toArray(), arguments)); };
fn.find = function (selector) {
    if (selector && selector.cheerio) {
        var roots = this.toArray();
        return this._make(selector.toArray().filter(function (node) { return isInside(node, roots); }));
    }
    return this._make(selectAll(parseSelector(String(selector)), this.toArray()));
};
function collect(selection, step, selector) {
    var out = [];
    selection.toArray().forEach(function (node) {
        step(node).forEach(function (found) { if (found && out.indexOf(found) < 0) { out.push(found); } });
    });
    if (selector) { var groups = parseSelector(selector); out = out.filter(function (node) { return matchesGroups(node, groups); }); }
    return selection._make(out);
}
fn.children = function (selector) { return collect(this, elementChildren, selector); };
fn.contents = function () { return collect(this, function (node) { return (node.children || []).slice(); }); };
fn.parent = function (selector) { return collect(this, function (node) { return node.parent && node.parent.type !== 'root' ? [node.parent] : []; }, selector); };
fn.parents = function (selector) {
    return collect(this, function (node) { var out = []; for (var p = node.parent; p && p.type !== 'root'; p = p.parent) { out.push(p); } return out; }, selector);
};
fn.closest = function (selector) {
    var groups = parseSelector(selector);
    return collect(this, function (node) {
        for (var p = node; p && p.type !== 'root'; p = p.parent) { if (isElement(p) && matchesGroups(p, groups)) { return [p]; } }
        return [];
    });
};
fn.next = function (selector) { return collect(this, function (node) { return [nextElement(node)]; }, selector); };
fn.prev = function (selector) { return collect(this, function (node) { return [previousElement(node)]; }, selector); };
fn.nextAll = function (selector) { return collect(this, siblingsAfter, selector); };
fn.prevAll = function (selector) {
    return collect(this, function (node) { var out = []; for (var p = previousElement(node); p; p = previousElement(p)) { out.push(p); } return out; }, selector);
};
fn.siblings = function (selector) {
    return collect(this, function (node) { return node.parent ? elementChildren(node.parent).filter(function (c) { return c !== node; }) : []; }, selector);
};
fn.index = function (selector) {
    if (selector === undefined) { var node = this[0]; return node && node.parent ? elementChildren(node.parent).indexOf(node) : -1; }
    var list = typeof selector === 'string' ? this._root.find(selector).toArray() : this.toArray();
    var target = typeof selector === 'string' ? this[0] : (selector.cheerio ? selector[0] : selector);
    return list.indexOf(target);
};
fn.text = function (value) {
    if (value !== undefined) {
        this.each(function () { this.children.forEach(function (c) { c.parent = null; }); this.children = []; appendChild(this, makeNode('text', { data: String(value) })); });
        return this;
    }
    return this.toArray().map(textOf).join('');
};
fn.html = function (value) {
    if (value !== undefined) {
        this.each(function () {
            var parsed = parseHTML(String(value)), element = this;
            element.children = [];
            parsed.children.slice().forEach(function (c) { appendChild(element, c); });
        });
        return this;
    }
    var first = this[0];
    return first && first.children ? first.children.map(function (c) { return render(c); }).join('') : null;
};
fn.toString = function () { return this.toArray().map(function (c) { return render(c); }).join(''); };
fn.attr = function (name, value) {
    if (typeof name === 'object' && name !== null) {
        for (var key in name) { this.attr(key, name[key]); }
        return this;
    }
    if (value === undefined) {
        var node = this[0];
        if (!isElement(node)) { return undefined; }
        if (!Object.prototype.hasOwnProperty.call(node.attribs, name)) { return undefined; }
        return ATTR_BOOLEAN[name] && !renderingXML ? name : node.attribs[name];
    }
    return this.each(function (i) {
        if (!isElement(this)) { return; }
        if (value === null) { delete this.attribs[name]; return; }
        this.attribs[name] = String(typeof value === 'function' ? value.call(this, i, this.attribs[name]) : value);
    });
};
fn.removeAttr = function (name) { return this.each(function () { if (this.attribs) { delete this.attribs[name]; } }); };
fn.hasClass = function (name) {
    return this.toArray().some(function (node) { return isElement(node) && (node.attribs['class'] || '').split(/\s+/).indexOf(name) >= 0; });
};
fn.addClass = function (names) {
    return this.each(function () {
        if (!isElement(this)) { return; }
        var list = (this.attribs['class'] || '').split(/\s+/).filter(Boolean);
        String(names).split(/\s+/).filter(Boolean).forEach(function (c) { if (list.indexOf(c) < 0) { list.push(c); } });
        this.attribs['class'] = list.join(' ');
    });
};
fn.removeClass = function (names) {
    return this.each(function () {
        if (!isElement(this)) { return; }
        if (names === undefined) { this.attribs['class'] = ''; return; }
        var remove = String(names).split(/\s+/);
        this.attribs['class'] = (this.attribs['class'] || '').split(/\s+/).filter(function (c) { return c && remove.indexOf(c) < 0; }).join(' ');
    });
};
fn.val = function () {
    var node = this[0];
    if (!isElement(node)) { return undefined; }
    if (node.name === 'textarea') { return textOf(node); }
    if (node.name === 'select') {
        var options = descendants([node]).filter(function (c) { return c.name === 'option'; });
        var chosen = options.filter(function (o) { return 'selected' in o.attribs; });
        var pick = chosen.length ? chosen : options.slice(0, 1);
        var values = pick.map(function (o) { return 'value' in o.attribs ? o.attribs.value : textOf(o); });
        return 'multiple' in node.attribs ? values : values[0];
    }
    if (node.name === 'input' && (node.attribs.type === 'checkbox' || node.attribs.type === 'radio') && !('value' in node.attribs)) { return 'on'; }
    return node.attribs.value;
};
fn.data = function (name) {
    var node = this[0];
    if (!isElement(node)) { return undefined; }
    var out = {};
    Object.keys(node.attribs).forEach(function (key) {
        if (key.indexOf('data-') !== 0) { return; }
        var value = node.attribs[key], camel = key.slice(5).replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); });
        try { value = /^(?:\{[\s\S]*\}|\[[\s\S]*\]|true|false|null|-?\d+(?:\.\d+)?)$/.test(value) ? JSON.parse(value) : value; } catch (e) { /* keep text */ }
        out[camel] = value;
    });
    return name === undefined ? out : out[name.replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); })];
};

function withMode(xml, body) {
    var saved = renderingXML;
    renderingXML = xml;
    try { return body(); } finally { renderingXML = saved; }
}

function load(html, options) {
    var xmlMode = !!(options && options.xmlMode);
    var root = parseHTML(html === undefined || html === null ? '' : String(html), xmlMode), rootSelection = new Cheerio([root], null);
    rootSelection._root = rootSelection;
    function $(selector, context) {
        if (selector === undefined || selector === null || selector === '') { return new Cheerio([], rootSelection); }
        if (selector.cheerio) { return selector; }
        if (typeof selector === 'object') { return new Cheerio(Array.isArray(selector) ? selector : [selector], rootSelection); }
        selector = String(selector);
        if (/^\s*</.test(selector)) { return new Cheerio(parseHTML(selector).children, rootSelection); }
        var scope = context === undefined ? rootSelection : (typeof context === 'string' ? $(context) : $(context));
        return scope.find(selector);
    }
    $.root = function () { return rootSelection; };
    $.html = function (selector) {
        if (selector === undefined) { return withMode(xmlMode, function () { return render(root); }); }
        return withMode(xmlMode, function () { return $(selector).toString(); });
    };
    $.text = function (nodes) { return (nodes === undefined ? [root] : (nodes.cheerio ? nodes.toArray() : nodes)).map(textOf).join(''); };
    $.contains = function (container, contained) { return isInside(contained, [container]); };
    $.fn = fn;
    return $;
}

module.exports = {
    load: load,
    html: function (selection) { return selection && selection.cheerio ? selection.toString() : ''; },
    text: function (selection) { return selection && selection.cheerio ? selection.text() : ''; },
    prototype: fn
};
