// postie's Postman script sandbox bootstrap: builds what a collection's pre-request or test script sees
// (`pm`, the legacy globals, `require`) and hands the results back (see notes/SANDBOX-CONTRACT.md).
// Behaviour follows postman-sandbox (pmapi.js, pmapi-setup-runner.js, postman-legacy-interface.js,
// execute.js, cookie-jar.js); the code is ours. Everything costly is built on first use.
//
// It runs once per realm (as a function body), with the host's natives in `__postieHost`, and returns
// `{ start, collect }`: the host calls `start(context)` before each script (the script's
// `__postieContext`: its own state, `pm` and the per-script globals made anew) and `collect()` after it
// (the results as plain data). The functions, prototypes, Sugar and constant tables below are made once
// and shared by the realm's scripts; the host puts the global object back as `start` left it after each
// script.

return (function (global) {
    'use strict';

    var host = global.__postieHost || {},
        nativeJSON = JSON,
        hasOwnProperty = Object.prototype.hasOwnProperty,
        defineProperty = Object.defineProperty,
        E = '',
        libraries = {},          // name -> module.exports, once per realm
        SKIP_SIGNAL = 'PostieSkipRequest',

        // The running script's state, set by start()
        context,
        eventName,
        isTest,
        legacyEnabled,
        contextScopes,
        info,
        scopes,                  // name -> VariableScope (built on first use)
        touched,                 // scopes a script could have changed: sent back to the host
        assertions,              // completed assertions, in completion order
        warned,                  // legacy deprecation warnings already shown
        result,
        assertionIndex,
        requestObject,
        responseObject,
        cookieList,
        legacyValues,            // legacy globals once built
        legacyOverrides,         // legacy globals the script assigned to
        pm;

    delete global.__postieHost;

    function has (object, key) {
        return object !== null && object !== undefined && hasOwnProperty.call(object, key);
    }

    function defineHidden (object, name, value) {
        Object.defineProperty(object, name, { value: value, configurable: true, enumerable: false, writable: true });
    }

    function defineReadonly (object, name, value) {
        Object.defineProperty(object, name, { value: value, configurable: false, enumerable: false, writable: false });
    }

    // -----------------------------------------------------------------------------------------------
    // require() and the library registry

    // The modules Postman's sandbox lets scripts require (postman-sandbox's environment.js); the host
    // bundles some of them, the rest fail as missing.
    var HOST_LIBRARIES = {
        lodash: true, moment: true, 'crypto-js': true, uuid: true, tv4: true, ajv: true, xml2js: true, buffer: true,
        url: true, util: true, assert: true, 'postman-collection': true, backbone: true, cheerio: true,
        'csv-parse/lib/sync': true, events: true, path: true, punycode: true, querystring: true, string_decoder: true,
        stream: true
    };

    function moduleNotFound (name) {
        var error = new Error('Cannot find module \'' + name + '\'');

        error.code = 'MODULE_NOT_FOUND';

        return error;
    }

    function hostLibrary (name) {
        if (has(libraries, name)) { return libraries[name]; }
        if (typeof host.loadLibrary !== 'function') { throw moduleNotFound(name); }
        var exported = host.loadLibrary(name);

        libraries[name] = exported;

        return exported;
    }

    function sdk () {
        return libraries['postman-collection'] || hostLibrary('postman-collection');
    }

    function chai () {
        if (has(libraries, 'chai')) { return libraries.chai; }
        var loaded = hostLibrary('chai'), plugin = null;

        try { plugin = hostLibrary('chai-postman'); }
        catch (error) { plugin = null; }
        if (typeof plugin === 'function') {
            // the plugin validates JSON schemas with Ajv, as Postman's does (allErrors, no logger)
            has(plugin, 'jsonSchemaValidator') && !plugin.jsonSchemaValidator && (plugin.jsonSchemaValidator = validateSchema);
            loaded.use(plugin);
        }

        return loaded;
    }

    function validateSchema (schema, data, options) {
        var Ajv = loadModule('ajv'), settings = { allErrors: true, logger: false }, ajv, valid;

        if (options && typeof options === 'object') {
            for (var key in options) { has(options, key) && (settings[key] = options[key]); }
        }
        ajv = new Ajv(settings);
        valid = ajv.validate(schema, data);

        return { valid: valid, errors: ajv.errors };
    }

    // atob/btoa: the bundled ones when the host has them (so `atob === require('buffer').atob`), else ours.
    function base64Function (name, own) {
        try { return hostLibrary(name); }
        catch (error) { return own; }
    }

    var OWN_MODULES = {
        atob: function () { return base64Function('atob', atob); },
        btoa: function () { return base64Function('btoa', btoa); },
        json: function () { return legacyJSON(); },
        timers: function () {
            return { setTimeout: global.setTimeout, setInterval: global.setInterval, setImmediate: global.setImmediate,
                clearTimeout: global.clearTimeout, clearInterval: global.clearInterval, clearImmediate: global.clearImmediate };
        },
        chai: chai
    };

    function loadModule (name) {
        name = String(name);
        if (has(OWN_MODULES, name)) { return OWN_MODULES[name](); }
        if (HOST_LIBRARIES[name] !== true) { throw moduleNotFound(name); }

        return hostLibrary(name);
    }

    // -----------------------------------------------------------------------------------------------
    // atob / btoa (WHATWG forgiving base64, Node's error names and messages)

    var BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

    function invalidCharacter (message) {
        var error = new Error(message);

        error.name = 'InvalidCharacterError';
        error.code = 5;

        return error;
    }

    function btoa (data) {
        if (arguments.length === 0) { throw new TypeError('The "input" argument must be specified'); }
        var text = String(data), out = E, i, a, b, c;

        for (i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) > 255) { throw invalidCharacter('Invalid character'); }
        }
        for (i = 0; i + 2 < text.length; i += 3) {
            a = text.charCodeAt(i); b = text.charCodeAt(i + 1); c = text.charCodeAt(i + 2);
            out += BASE64[a >> 2] + BASE64[((a & 3) << 4) | (b >> 4)] + BASE64[((b & 15) << 2) | (c >> 6)] + BASE64[c & 63];
        }
        if (text.length - i === 1) {
            a = text.charCodeAt(i);
            out += BASE64[a >> 2] + BASE64[(a & 3) << 4] + '==';
        }
        else if (text.length - i === 2) {
            a = text.charCodeAt(i); b = text.charCodeAt(i + 1);
            out += BASE64[a >> 2] + BASE64[((a & 3) << 4) | (b >> 4)] + BASE64[(b & 15) << 2] + '=';
        }

        return out;
    }

    function atob (data) {
        if (arguments.length === 0) { throw new TypeError('The "input" argument must be specified'); }
        var text = String(data).replace(/[\t\n\f\r ]+/g, E), out = E, bits = 0, count = 0, i, value, chunk = [];

        if (text.length % 4 === 0) { text = text.replace(/={1,2}$/, E); }
        for (i = 0; i < text.length; i++) {
            if (BASE64.indexOf(text.charAt(i)) === -1) { throw invalidCharacter('Invalid character'); }
        }
        if (text.length % 4 === 1) { throw invalidCharacter('The string to be decoded is not correctly encoded.'); }
        for (i = 0; i < text.length; i++) {
            value = BASE64.indexOf(text.charAt(i));
            bits = (bits << 6) | value;
            count += 6;
            if (count >= 8) {
                count -= 8;
                chunk.push((bits >> count) & 255);
                if (chunk.length >= 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
            }
        }
        chunk.length && (out += String.fromCharCode.apply(null, chunk));

        return out;
    }

    // -----------------------------------------------------------------------------------------------
    // Variable scopes

    // The host's `{ key, value, type, enabled }` list as postman-collection variable definitions.
    function variableDefinitions (list) {
        var out = [], item, definition;

        if (!Array.isArray(list)) { return out; }
        for (var i = 0; i < list.length; i++) {
            item = list[i];
            if (!item || typeof item !== 'object') { continue; }
            definition = { key: item.key, value: item.value };
            typeof item.type === 'string' && (definition.type = item.type);
            item.enabled === false && (definition.disabled = true);
            out.push(definition);
        }

        return out;
    }

    // The iteration data row as a plain object (later keys win), as Newman hands it to the sandbox.
    var dataObject = null;      // reset by start()

    function iterationDataObject () {
        if (dataObject) { return dataObject; }
        var list = contextScopes.iterationData, i;

        dataObject = {};
        if (Array.isArray(list)) {
            for (i = 0; i < list.length; i++) {
                if (list[i] && list[i].enabled !== false && typeof list[i].key === 'string') { dataObject[list[i].key] = list[i].value; }
            }
        }
        else if (list && typeof list === 'object') { dataObject = list; }

        return dataObject;
    }

    var SCOPE_NAMES = { globals: 'globalsName', environment: 'environmentName', collectionVariables: null };

    function scope (name) {
        if (scopes[name]) { return scopes[name]; }
        var SDK = sdk(), made, definition;

        if (name === 'iterationData') {
            made = new SDK.VariableScope();
            made.syncVariablesFrom(iterationDataObject());
        }
        else if (name === 'local') {
            made = new SDK.VariableScope(variableDefinitions(contextScopes.local));
            made.addLayer(scope('iterationData').values);
            made.addLayer(scope('environment').values);
            made.addLayer(scope('collectionVariables').values);
            made.addLayer(scope('globals').values);
        }
        else {
            definition = { values: variableDefinitions(contextScopes[name]) };
            SCOPE_NAMES[name] && typeof context[SCOPE_NAMES[name]] === 'string' && (definition.name = context[SCOPE_NAMES[name]]);
            made = new SDK.VariableScope(definition);
        }
        scopes[name] = made;

        return made;
    }

    function touchedScope (name) {
        touched[name] = true;

        return scope(name);
    }

    function serialiseScope (made) {
        var members = made.values.members, out = [], variable, item;

        for (var i = 0; i < members.length; i++) {
            variable = members[i];
            item = { key: variable.key, value: typeof variable.value === 'function' ? undefined : variable.value,
                type: (variable.type === 'any' && variable._postieDeclaredType) || variable.type, enabled: !variable.disabled };
            out.push(item);
        }

        return out;
    }

    // -----------------------------------------------------------------------------------------------
    // Request, response, cookies

    function requestForHost (request) {
        var json = request.toJSON();

        json.url && typeof json.url === 'object' && (json.url.raw = request.url.toString());
        !json.header && (json.header = []);
        !json.method && (json.method = request.method);

        return json;
    }

    function addAssertionHelper (object) {
        Object.defineProperty(object, 'to', {
            configurable: false,
            enumerable: false,
            get: function () { return chai().expect(this).to; }
        });

        return object;
    }

    function pmRequest () {
        if (!requestObject) {
            requestObject = addAssertionHelper(new (sdk().Request)(context.request || undefined));
        }

        return requestObject;
    }

    function pmResponse () {
        if (!responseObject) {
            var SDK = sdk();

            responseObject = addAssertionHelper(context.response ? SDK.__postie.responseFromHost(context.response) : new SDK.Response());
        }

        return responseObject;
    }

    function pmCookies () {
        if (!cookieList) {
            cookieList = new (sdk().CookieList)(null, Array.isArray(context.cookies) ? context.cookies : []);
            cookieList.jar = function () { return new CookieJar(); };
        }

        return cookieList;
    }

    // A host error (`{ name, message, code }` or text) as an Error.
    function asError (value) {
        if (value instanceof Error) { return value; }
        var error = new Error(value && typeof value === 'object' ? String(value.message) : String(value));

        if (value && typeof value === 'object') {
            value.name && (error.name = String(value.name));
            value.code !== undefined && (error.code = value.code);
        }

        return error;
    }

    function urlText (url) {
        var Url = sdk().Url;

        if (Url.isUrl(url)) { return url.toString(true); }
        if (url && typeof url === 'string') { return new Url(url).toString(true); }

        return null;
    }

    function callJar (operation, url, name, value, options) {
        return new Promise(function (resolve, reject) {
            if (typeof host.cookieJar !== 'function') { reject(new Error('cookie jar is not available')); return; }
            host.cookieJar(operation, url, name, value, options, function (error, outcome) {
                error ? reject(asError(error)) : resolve(outcome);
            });
        });
    }

    // Runs `work` (which returns a promise) and either returns that promise or, given a callback,
    // reports to it (postman-sandbox's dual-mode cookie jar functions).
    function dualMode (work, callback, callbackRequired) {
        var promise = new Promise(function (resolve, reject) {
            work().then(resolve, function (error) { reject(error instanceof Error ? error : new Error(error)); });
        });

        if (callback === undefined) { return promise; }
        if (typeof callback !== 'function' && callbackRequired) { throw new TypeError('callback needs to be a function'); }
        promise.then(function (value) {
            typeof callback === 'function' && callback(null, value);
        }).catch(function (error) {
            typeof callback === 'function' && callback(error instanceof Error ? error : new Error(error));
        });
    }

    function CookieJar () {}

    CookieJar.prototype.get = function (url, name, callback) {
        return dualMode(function () {
            var target = urlText(url);

            if (!target) { throw new TypeError('CookieJar.get() requires a valid url'); }
            if (typeof name !== 'string') { throw new TypeError('CookieJar.get() requires cookie name to be a string'); }

            return callJar('get', target, name, null, null).then(function (cookie) {
                if (!cookie) { return null; }

                return new (sdk().Cookie)(cookie).valueOf();
            });
        }, callback, true);
    };

    CookieJar.prototype.getAll = function (url, options, callback) {
        if (typeof options === 'function' && !callback) {
            callback = options;
            options = {};
        }
        if (options === undefined && !callback) { options = {}; }

        return dualMode(function () {
            var target = urlText(url);

            if (!target) { throw new TypeError('CookieJar.getAll() requires a valid url'); }
            if (typeof options !== 'object') { throw new TypeError('CookieJar.getAll() requires options to be an object'); }
            options = {
                http: has(options, 'http') ? Boolean(options.http) : true,
                secure: has(options, 'secure') ? Boolean(options.secure) : undefined
            };

            return callJar('getAll', target, null, null, options).then(function (cookies) {
                return new (sdk().CookieList)(null, Array.isArray(cookies) ? cookies : []);
            });
        }, callback, true);
    };

    CookieJar.prototype.set = function (url, name, value, callback) {
        if (typeof value === 'function' && !callback) {
            callback = value;
            value = null;
        }

        return dualMode(function () {
            var target = urlText(url), cookieName, cookieValue = null;

            if (!target) { throw new TypeError('CookieJar.set() requires a valid url'); }
            if (name && value) {
                cookieName = String(name);
                cookieValue = String(value);
            }
            else if (name && typeof name === 'object') { cookieName = cookieForHost(name); }
            else if (typeof name === 'string') { cookieName = name; }
            else { throw new TypeError('CookieJar.set() requires a valid set cookie arguments'); }

            return callJar('set', target, cookieName, cookieValue, null).then(function (cookie) {
                return cookie ? new (sdk().Cookie)(cookie) : cookie;
            });
        }, callback);
    };

    CookieJar.prototype.unset = function (url, name, callback) {
        return dualMode(function () {
            var target = urlText(url);

            if (!target) { throw new TypeError('CookieJar.unset() requires a valid url'); }
            if (typeof name !== 'string') { throw new TypeError('CookieJar.unset() requires cookie name to be a string'); }

            return callJar('unset', target, name, null, null).then(function () { return undefined; });
        }, callback);
    };

    CookieJar.prototype.clear = function (url, callback) {
        return dualMode(function () {
            var target = urlText(url);

            if (!target) { throw new TypeError('CookieJar.clear() requires a valid url'); }

            return callJar('clear', target, null, null, null).then(function () { return undefined; });
        }, callback);
    };

    // A cookie object (SDK Cookie or plain) as the host's `{ name, value, domain, path, expires, maxAge, secure,
    // httpOnly, hostOnly }`.
    function cookieForHost (cookie) {
        var out = {}, fields = ['value', 'domain', 'path', 'maxAge', 'secure', 'httpOnly', 'hostOnly'], i;

        out.name = cookie.name !== undefined ? cookie.name : cookie.key;
        for (i = 0; i < fields.length; i++) { cookie[fields[i]] !== undefined && (out[fields[i]] = cookie[fields[i]]); }
        if (cookie.expires !== undefined && cookie.expires !== null) {
            out.expires = cookie.expires instanceof Date ? cookie.expires.toISOString() : String(cookie.expires);
        }

        return out;
    }

    // -----------------------------------------------------------------------------------------------
    // pm.test

    function errorForHost (error) {
        if (error && typeof error === 'object') {
            return { name: String(error.name === undefined ? 'Error' : error.name), message: String(error.message === undefined ? E : error.message),
                stack: typeof error.stack === 'string' ? error.stack : undefined };
        }

        return { name: 'Error', message: String(error), stack: undefined };
    }

    function isSkipSignal (error) {
        return error && typeof error === 'object' && error.name === SKIP_SIGNAL && error.__postieSkipRequest === true;
    }

    function completeAssertion (assertion) {
        assertions.push({ name: assertion.name, index: assertion.index, passed: assertion.passed, skipped: assertion.skipped,
            async: assertion.async, error: assertion.error === null ? null : errorForHost(assertion.error) });
    }

    function failAssertion (assertion, error) {
        assertion.error = error;
        assertion.passed = false;
    }

    function newAssertion (name, skipped) {
        return { name: String(name), async: false, skipped: Boolean(skipped), passed: true, error: null, index: assertionIndex++ };
    }

    // -----------------------------------------------------------------------------------------------
    // pm

    // `pm`: each script gets its own, copied (by the host, in one step) from a template made once per
    // realm. Its members are made on first use; the functions and objects the copies share (`pm.test`,
    // `pm.sendRequest`, `require`…) are ones a script cannot change unnoticed: the host watches them
    // (`shared`), and a script that changes one gets a new realm after it. (The getters behind the lazy
    // members and the legacy globals are shared too; only their property descriptors reach them.)
    var SHARED = [];

    function shareObject (object) {
        SHARED.push(object);

        return object;
    }

    // A member of `pm` made on first read, then fixed on the running script's `pm` (as postman-sandbox's
    // readonly pm members); `testOnly` ones exist only in test scripts.
    function lazyMember (name, make, testOnly) {
        var descriptor = {
            configurable: true,
            enumerable: false,
            get: function () {
                var value = make();

                if (value !== undefined) { defineReadonly(pm, name, value); }

                return value;
            }
        };

        !testOnly && defineProperty(PM_TEMPLATE, name, descriptor);
        defineProperty(PM_TEST_TEMPLATE, name, descriptor);
    }

    function sharedMember (name, value) {
        shareObject(value);
        typeof value === 'object' && Object.keys(value).forEach(function (key) { shareObject(value[key]); });
        defineReadonly(PM_TEMPLATE, name, value);
        defineReadonly(PM_TEST_TEMPLATE, name, value);
    }

    function test (name, assert) {
        var assertion = newAssertion(name, false);

        if (typeof assert !== 'function') {
            completeAssertion(assertion);

            return pm;
        }
        if (assert.length) {
            try {
                assertion.async = true;
                assert(function (error) {
                    if (assertion.error && assertion.passed === false) { return; }
                    error && failAssertion(assertion, error);
                    completeAssertion(assertion);
                });
            }
            catch (error) {
                if (isSkipSignal(error)) { throw error; }
                failAssertion(assertion, error);
                completeAssertion(assertion);
            }
        }
        else {
            try { assert(); }
            catch (error) {
                if (isSkipSignal(error)) { throw error; }
                failAssertion(assertion, error);
            }
            completeAssertion(assertion);
        }

        return pm;
    }

    test.skip = function (name) {
        completeAssertion(newAssertion(name, true));

        return pm;
    };

    test.index = function () { return assertionIndex; };

    function Postman () {}

    Object.defineProperty(Postman.prototype, 'expect', {
        configurable: true,
        enumerable: false,
        get: function () { return chai().expect; }
    });
    [test, test.skip, test.index, Postman, Postman.prototype].forEach(shareObject);

    // The objects `pm` is copied from (test scripts also have `pm.response`).
    var PM_TEMPLATE = new Postman(), PM_TEST_TEMPLATE = new Postman();

    lazyMember('info', function () {
        var made = {}, fields = {
            eventName: eventName,
            iteration: info.iteration,
            iterationCount: info.iterationCount,
            requestName: info.requestName,
            requestId: info.requestId
        };

        for (var key in fields) { fields[key] !== undefined && defineReadonly(made, key, fields[key]); }

        return made;
    });
    lazyMember('globals', function () { return touchedScope('globals'); });
    lazyMember('environment', function () { return touchedScope('environment'); });
    lazyMember('collectionVariables', function () { return touchedScope('collectionVariables'); });
    lazyMember('variables', function () { return touchedScope('local'); });
    lazyMember('iterationData', function () { return scope('iterationData'); });
    lazyMember('request', function () {
        touched.request = true;

        return pmRequest();
    });
    lazyMember('response', pmResponse, true);
    lazyMember('cookies', pmCookies);
    lazyMember('vault', function () {
        function unsupported () {
            return Promise.reject(new Error('pm.vault is not supported by postie: vault secrets are not available'));
        }

        return { get: unsupported, set: unsupported, unset: unsupported };
    });
    sharedMember('visualizer', {
        set: function (template, data, options) {
            if (typeof template !== 'string') {
                throw new Error('Invalid template. Template must be of type string, found ' + typeof template);
            }
            if (data && typeof data !== 'object') { throw new Error('Invalid data. Data must be an object, found ' + typeof data); }
            if (options && typeof options !== 'object') {
                throw new Error('Invalid options. Options must be an object, found ' + typeof options);
            }
            result.visualizer = { template: template, data: data, options: options };
        },
        clear: function () { result.visualizer = undefined; }
    });
    sharedMember('sendRequest', function (request, callback) {
        var self = this, history,
            promise = new Promise(function (resolve, reject) {
                if (!request) {
                    reject(new Error('sendrequest: nothing to request'));

                    return;
                }
                var SDK = sdk(), made = SDK.Request.isRequest(request) ? request : new SDK.Request(request);

                if (typeof host.sendRequest !== 'function') { reject(new Error('sendRequest is not available')); return; }
                host.sendRequest(requestForHost(made), function (error, data) {
                    history = { cookies: new SDK.CookieList(null, data && Array.isArray(data.cookies) ? data.cookies : []) };
                    if (error) { return reject(asError(error)); }
                    resolve(SDK.Response.isResponse(data) ? data : SDK.__postie.responseFromHost(data));
                });
            });

        if (typeof callback === 'function') {
            promise.then(function (response) {
                callback.call(self, null, response, history);
            }).catch(function (error) {
                callback.call(self, error);
            });

            return self;
        }

        return promise;
    });
    lazyMember('execution', function () {
        var execution = {}, location = Array.isArray(context.location) ? context.location.slice() : [];

        context.locationCurrent !== undefined && defineReadonly(location, 'current', context.locationCurrent);
        defineReadonly(execution, 'skipRequest', function skipRequest () {
            if (eventName !== 'prerequest') { throw new TypeError('pm.execution.skipRequest is not a function'); }
            result.skipRequest = true;
            var signal = new Error('the request was skipped by pm.execution.skipRequest()');

            signal.name = SKIP_SIGNAL;
            defineHidden(signal, '__postieSkipRequest', true);
            throw signal;
        });
        defineReadonly(execution, 'location', location);
        defineReadonly(execution, 'setNextRequest', function setNextRequest (request) { result.nextRequest = request; });
        defineReadonly(execution, 'runRequest', function runRequest (requestId) {
            return Promise.reject(new Error(requestId ? 'pm.execution.runRequest is not supported by postie' :
                'runRequest: collection request id not provided'));
        });

        return execution;
    });
    sharedMember('require', function (name) {
        throw new Error('Cannot find package \'' + String(name) + '\'');
    });
    PM_TEMPLATE.test = test;
    PM_TEST_TEMPLATE.test = test;


    // -----------------------------------------------------------------------------------------------
    // Legacy globals (postman-legacy-interface): present only in scripts that do not opt out; response
    // ones only in test scripts. Object values warn once, on first use, as Postman does.

    var LEGACY_ALTERNATIVES = {
        tests: '"pm.test()"', globals: '"pm.globals"', environment: '"pm.environment"', data: '"pm.iterationData"',
        request: '"pm.request"', responseCookies: '"pm.cookies"', responseHeaders: '"pm.response.headers"',
        responseTime: '"pm.response.responseTime"', responseCode: '"pm.response.code"', responseBody: '"pm.response.text()"',
        iteration: '"pm.info.iteration"', _: '"require(\'lodash\')"', CryptoJS: 'global "crypto" object',
        tv4: '"require(\'ajv\')"', xml2Json: '"require(\'xml2js\')"', cheerio: '"require(\'cheerio\')"',
        'postman.setNextRequest': '"pm.execution.setNextRequest()"',
        'postman.setEnvironmentVariable': '"pm.environment.set()"',
        'postman.getEnvironmentVariable': '"pm.environment.get()"',
        'postman.clearEnvironmentVariables': '"pm.environment.clear()"',
        'postman.clearEnvironmentVariable': '"pm.environment.unset()"',
        'postman.setGlobalVariable': '"pm.globals.set()"',
        'postman.getGlobalVariable': '"pm.globals.get()"',
        'postman.clearGlobalVariables': '"pm.globals.clear()"',
        'postman.clearGlobalVariable': '"pm.globals.unset()"',
        'postman.getResponseCookie': '"pm.cookies.get()"',
        'postman.getResponseHeader': '"pm.response.headers.get()"'
    };

    // console is wrapped once per realm; the pending warning is the running script's
    var consoleWarn = null, pendingWarning = null, consoleWrapped = false;

    function printWarning (key) {
        var console = global.console;

        consoleWarn || (consoleWarn = console && typeof console.warn === 'function' ? console.warn : null);
        if (!consoleWarn) { return; }
        if (has(LEGACY_ALTERNATIVES, key)) {
            consoleWarn.call(console, 'Using "' + key + '" is deprecated. Use ' + LEGACY_ALTERNATIVES[key] + ' instead.');
        }
        else { consoleWarn.call(console, 'Using "' + key + '" is deprecated.'); }
    }

    function flushPendingWarning () {
        if (pendingWarning === null) { return; }
        var key = pendingWarning;

        pendingWarning = null;
        printWarning(key);
    }

    // Postman warns from a Proxy when a property is used. `tests` is nearly always assigned to
    // (`tests[name] = responseCode.code === 200`), where the right-hand side runs before the
    // assignment: its warning waits for the next warning, console output or the end of the script's
    // synchronous part.
    function deferWarning (key) {
        pendingWarning = key;
        if (!consoleWrapped) {
            consoleWrapped = true;
            var console = global.console;

            console && ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
                var original = console[level];

                if (typeof original !== 'function') { return; }
                level === 'warn' && !consoleWarn && (consoleWarn = original);
                console[level] = function () {
                    flushPendingWarning();

                    return original.apply(console, arguments);
                };
            });
        }
        typeof global.queueMicrotask === 'function' ? global.queueMicrotask(flushPendingWarning) :
            Promise.resolve().then(flushPendingWarning);
    }

    function warnDeprecated (key) {
        if (warned[key]) { return; }
        warned[key] = true;
        if (key === 'tests') {
            deferWarning(key);

            return;
        }
        printWarning(key);
        flushPendingWarning();
    }

    // The lenient JSON Postman puts in legacy scripts (liquid-json: BOM tolerant, errors named JSONError).
    var legacyJSONObject = null; // one per script (reset by start)

    function legacyJSON () {
        if (legacyJSONObject) { return legacyJSONObject; }
        legacyJSONObject = {
            parse: function (text, reviver, strict) {
                if (typeof reviver === 'boolean' && strict === null) {
                    strict = reviver;
                    reviver = null;
                }
                if (typeof text === 'string' && text.charCodeAt(0) < 0xBB) {
                    try { return nativeJSON.parse(text, reviver); }
                    catch (error) { /* described by the SDK's parser below */ }
                }

                return sdk().__postie.parseJSON(text, reviver, strict);
            },
            stringify: function (value, replacer, indent) {
                try { return nativeJSON.stringify(value, replacer, indent); }
                catch (error) {
                    error && typeof error === 'object' && (error.name = 'JSONError');
                    throw error;
                }
            },
            async: {
                parse: function (text, options, callback) {
                    typeof options === 'function' && (callback = options, options = null);
                    setTimeout(function () {
                        var parsed;

                        try { parsed = sdk().__postie.parseJSON(text, options && options.reviver, options && options.relaxed); }
                        catch (error) { return typeof callback === 'function' && callback(error); }
                        typeof callback === 'function' && callback(null, parsed);
                    }, 0);
                },
                stringify: function (value, options, callback) {
                    typeof options === 'function' && (callback = options, options = null);
                    setTimeout(function () {
                        var text;

                        try { text = legacyJSONObject.stringify(value, options && options.replacer, options && options.indent); }
                        catch (error) { return typeof callback === 'function' && callback(error); }
                        typeof callback === 'function' && callback(null, text);
                    }, 0);
                }
            }
        };

        return legacyJSONObject;
    }

    function xml2Json (text) {
        var xml2js = loadModule('xml2js'), parsed = {},
            options = { explicitArray: false, async: false, trim: true, mergeAttrs: false };

        if (typeof xml2js.parseStringSync === 'function') {
            try { return xml2js.parseStringSync(text, options); }
            catch (error) { return undefined; }
        }
        xml2js.parseString(text, options, function (error, value) { parsed = value; });

        return parsed;
    }

    function legacyRequestBody (request) {
        var body = request.body, mode = body && body.mode, content, form = {}, list, i, param;

        if (!body || body.isEmpty()) { return {}; }
        content = body[mode];
        content && typeof content.all === 'function' && (content = content.all());
        if (mode === 'raw') { return content || {}; }
        if (mode === 'urlencoded' || mode === 'formdata') {
            list = Array.isArray(content) ? content : [];
            for (i = 0; i < list.length; i++) {
                param = list[i];
                if (param.disabled) { continue; }
                if (form[param.key]) {
                    Array.isArray(form[param.key]) ? form[param.key].push(param.value) : (form[param.key] = [form[param.key], param.value]);
                }
                else { form[param.key] = param.value; }
            }

            return form;
        }
        if (mode === 'file') { return (body.file && body.file.content) || {}; }

        return {};
    }

    function legacyRequest () {
        if (!context.request && !isTest && eventName !== 'prerequest') { return {}; }
        var request = new (sdk().Request)(context.request || undefined);

        return {
            id: info.requestId,
            name: info.requestName,
            description: request.description ? request.description.toString() : undefined,
            headers: request.headers.toObject(true, false, true, true),
            method: request.method,
            url: request.url.toString(),
            data: legacyRequestBody(request)
        };
    }

    function legacyResponseHeaders () {
        var headers = {}, list = (context.response && context.response.header) || [], i;

        for (i = 0; i < list.length; i++) {
            list[i] && !list[i].disabled && (headers[list[i].key] = list[i].value);
        }

        return headers;
    }

    // The scope's variables as they were when the script started (Postman takes this object before the run).
    function snapshotOf (name) {
        return new (sdk().VariableList)(null, variableDefinitions(contextScopes[name])).syncToObject();
    }

    function legacyLibrary (name) {
        return function () { return loadModule(name); };
    }

    function lodashForLegacy () {
        // Postman's legacy `_` is lodash 3; use it when the host bundles it
        try { return hostLibrary('lodash3'); }
        catch (error) { return loadModule('lodash'); }
    }

    function legacyInterface () {
        var legacy = {}, methods = {
            setEnvironmentVariable: function (key, value) {
                if ((value === false || value) && typeof (value && value.toString) === 'function') { value = value.toString(); }
                legacyValue('environment')[key] = value;

                return touchedScope('environment').set(key, value);
            },
            getEnvironmentVariable: function (key) { return scope('environment').get(key); },
            clearEnvironmentVariables: function () {
                var object = legacyValue('environment');

                for (var key in object) { has(object, key) && (delete object[key]); }

                return touchedScope('environment').clear();
            },
            clearEnvironmentVariable: function (key) {
                key && (delete legacyValue('environment')[key]);

                return touchedScope('environment').unset(key);
            },
            setGlobalVariable: function (key, value) {
                if ((value === false || value) && typeof (value && value.toString) === 'function') { value = value.toString(); }
                legacyValue('globals')[key] = value;

                return touchedScope('globals').set(key, value);
            },
            getGlobalVariable: function (key) { return scope('globals').get(key); },
            clearGlobalVariables: function () {
                var object = legacyValue('globals');

                for (var key in object) { has(object, key) && (delete object[key]); }

                return touchedScope('globals').clear();
            },
            clearGlobalVariable: function (key) {
                key && (delete legacyValue('globals')[key]);

                return touchedScope('globals').unset(key);
            },
            setNextRequest: function (what) { result.nextRequest = what; }
        };

        if (isTest) {
            methods.getResponseCookie = function (name) { return pmCookies().one(String(name)); };
            methods.getResponseHeader = function (name) {
                var header = pmResponse().headers.one(name);

                return header ? header.value : undefined;
            };
        }
        !isTest && (methods.getResponseCookie = methods.getResponseHeader = undefined);
        Object.keys(methods).forEach(function (name) {
            Object.defineProperty(legacy, name, {
                configurable: true,
                enumerable: false,
                get: function () {
                    warnDeprecated('postman.' + name);

                    return methods[name];
                }
            });
        });

        return legacy;
    }

    var LEGACY_MAKERS = {
        tests: function () { return {}; },
        globals: function () { return snapshotOf('globals'); },
        environment: function () { return snapshotOf('environment'); },
        data: iterationDataObject,
        request: legacyRequest,
        iteration: function () { return typeof info.iteration === 'number' ? info.iteration : 0; },
        postman: legacyInterface,
        _: lodashForLegacy,
        CryptoJS: legacyLibrary('crypto-js'),
        tv4: legacyLibrary('tv4'),
        xml2Json: function () { return xml2Json; },
        Backbone: legacyLibrary('backbone'),
        cheerio: legacyLibrary('cheerio')
    };

    // only in test scripts (see start)
    var TEST_ONLY_LEGACY = { responseCookies: true, responseHeaders: true, responseTime: true, responseCode: true, responseBody: true };

    (function () {
        LEGACY_MAKERS.responseCookies = pmCookies;
        LEGACY_MAKERS.responseHeaders = legacyResponseHeaders;
        LEGACY_MAKERS.responseTime = function () { return pmResponse().responseTime; };
        LEGACY_MAKERS.responseCode = function () { return pmResponse().details(); };
        LEGACY_MAKERS.responseBody = function () {
            var response = pmResponse();

            return response.responseSize > 50 * 1024 * 1024 ? undefined : response.text();
        };
    }());

    // The legacy value `name` as built at first use (not through the script-visible global).
    function legacyValue (name) {
        if (!has(legacyValues, name)) { legacyValues[name] = LEGACY_MAKERS[name](); }

        return legacyValues[name];
    }

    // The global object's per-script members as property descriptors, made once per realm; start() defines
    // them for each script (in place: the host has put the global object back as start left it).
    function legacyDescriptor (name) {
        return {
            configurable: true,
            enumerable: false,
            get: function () {
                if (has(legacyOverrides, name)) { return legacyOverrides[name]; }
                var value = legacyValue(name), type = typeof value;

                name !== 'postman' && value !== null && (type === 'object' || type === 'function') && warnDeprecated(name);

                return value;
            },
            set: function (value) { legacyOverrides[name] = value; }
        };
    }

    var LEGACY_NAMES = Object.keys(LEGACY_MAKERS), LEGACY_DESCRIPTORS = {};

    LEGACY_NAMES.forEach(function (name) { LEGACY_DESCRIPTORS[name] = legacyDescriptor(name); });

    // A global made on first read (then a plain value), or set by the script.
    function madeOnFirstUse (name, make) {
        return {
            configurable: true,
            enumerable: false,
            get: function () {
                var made = make();

                made !== undefined && defineHidden(global, name, made);

                return made;
            },
            set: function (value) { defineHidden(global, name, value); }
        };
    }

    var LAZY_GLOBALS = {
        atob: madeOnFirstUse('atob', function () { return OWN_MODULES.atob(); }),
        btoa: madeOnFirstUse('btoa', function () { return OWN_MODULES.btoa(); }),
        Buffer: madeOnFirstUse('Buffer', function () {
            try { return loadModule('buffer').Buffer; }
            catch (error) { return undefined; } // no buffer library bundled: Buffer stays undefined
        }),
        // The typed-array stand-ins WebCrypto takes and gives (PostieScript has no typed arrays).
        ArrayBuffer: madeOnFirstUse('ArrayBuffer', function () { return hostLibrary('webcrypto').ArrayBuffer; }),
        Uint8Array: madeOnFirstUse('Uint8Array', function () { return hostLibrary('webcrypto').Uint8Array; }),
        CryptoKey: madeOnFirstUse('CryptoKey', function () { return hostLibrary('webcrypto').CryptoKey; }),
        // `crypto`: WebCrypto as scripts use it: `randomUUID()`, a version 4 UUID from the host's random
        // bytes, and from webcrypto.js `subtle` (SHA digests, HMAC keys, sign and verify) and
        // `getRandomValues`, loaded on first use.
        crypto: madeOnFirstUse('crypto', function () {
            var made = {};

            Object.defineProperty(made, 'subtle', {
                configurable: true,
                enumerable: false,
                get: function () {
                    var subtle = hostLibrary('webcrypto').subtle;

                    defineReadonly(made, 'subtle', subtle);

                    return subtle;
                }
            });
            defineHidden(made, 'getRandomValues', function getRandomValues (array) {
                return hostLibrary('webcrypto').getRandomValues(array);
            });
            defineHidden(made, 'randomUUID', function randomUUID () {
                var hex = String(host.randomBytes(16)), variant = '89ab'.charAt(parseInt(hex.charAt(16), 16) & 3);

                return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-4' + hex.slice(13, 16) + '-' + variant +
                    hex.slice(17, 20) + '-' + hex.slice(20, 32);
            });

            return made;
        })
    }, LAZY_NAMES = Object.keys(LAZY_GLOBALS);

    // Sugar: postman-sandbox still extends the built-in prototypes with Sugar 1.x, and collections rely on
    // it (`responseBody.has("id")`). The methods those collections use, with Sugar's documented meaning;
    // made once per realm, non-enumerable, never over a method the engine has.
    function installSugar () {
        function define (object, name, method) {
            if (!hasOwnProperty.call(object, name)) {
                Object.defineProperty(object, name, { value: method, configurable: true, enumerable: false, writable: true });
            }
        }
        function deepEqual (a, b) {
            if (a === b) { return true; }
            if (!a || !b || typeof a !== 'object' || typeof b !== 'object') { return a !== a && b !== b; }
            var keysA = Object.keys(a), keysB = Object.keys(b);

            if (Array.isArray(a) !== Array.isArray(b) || keysA.length !== keysB.length) { return false; }

            return keysA.every(function (key) { return hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]); });
        }
        function matcher (find) {
            if (typeof find === 'function') { return find; }
            if (find instanceof RegExp) { return function (value) { return find.test(value); }; }

            return function (value) { return deepEqual(value, find); };
        }
        function separated (text) {
            return String(text).replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
        }

        define(Array.prototype, 'any', function (find) { return this.some(matcher(find)); });
        define(Array.prototype, 'none', function (find) { return !this.some(matcher(find)); });
        define(Array.prototype, 'all', function (find) { return this.every(matcher(find)); });
        define(Array.prototype, 'average', function () {
            return this.length ? this.reduce(function (sum, value) { return sum + Number(value); }, 0) / this.length : 0;
        });
        define(Function.prototype, 'once', function () {
            var fn = this, called = false, result;

            return function () {
                if (!called) { called = true; result = fn.apply(this, arguments); }

                return result;
            };
        });
        define(Number.prototype, 'hex', function (pad) {
            var text = Math.abs(this).toString(16);

            while (text.length < (pad || 0)) { text = '0' + text; }

            return (this < 0 ? '-' : '') + text;
        });
        define(Number.prototype, 'isEven', function () { return this % 2 === 0; });
        define(Number.prototype, 'isOdd', function () { return Math.abs(this % 2) === 1; });
        define(Number.prototype, 'ordinalize', function () {
            var whole = Math.floor(Math.abs(this)), last = whole % 100, suffix = 'th';

            if (last < 11 || last > 13) { suffix = ['th', 'st', 'nd', 'rd'][whole % 10] || 'th'; }

            return String(this) + suffix;
        });
        define(Number.prototype, 'format', function (place) {
            var value = typeof place === 'number' ? Number(this).toFixed(place) : String(Number(this)),
                parts = value.replace(/^-/, '').split('.'),
                whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');

            return (value.charAt(0) === '-' ? '-' : '') + whole + (parts.length > 1 ? '.' + parts[1] : '');
        });
        define(String.prototype, 'has', function (find) {
            return find instanceof RegExp ? find.test(this) : String(this).indexOf(find) !== -1;
        });
        define(String.prototype, 'camelize', function (first) {
            var text = separated(this).replace(/_+(.)/g, function (match, letter) { return letter.toUpperCase(); });

            return first === false ? text : text.charAt(0).toUpperCase() + text.slice(1);
        });
        define(String.prototype, 'shift', function (count) {
            var out = '';

            for (var i = 0; i < this.length; i++) { out += String.fromCharCode(this.charCodeAt(i) + count); }

            return out;
        });
        define(String.prototype, 'spacify', function () { return separated(this).replace(/_/g, ' '); });
        define(String.prototype, 'dasherize', function () { return separated(this).replace(/_/g, '-'); });
        define(String.prototype, 'underscore', function () { return separated(this); });
        define(String.prototype, 'isBlank', function () { return String(this).trim().length === 0; });
    }

    String.prototype.has === undefined && installSugar();

    // -----------------------------------------------------------------------------------------------
    // __postieCollect: the run's results as plain data

    function legacyAssertions () {
        var tests = legacyValues.tests, out = [], keys, i, value, error;

        if (!tests || typeof tests !== 'object') { return out; }
        keys = Object.keys(tests);
        for (i = 0; i < keys.length; i++) {
            value = tests[keys[i]];
            error = null;
            if (!value) {
                error = { name: 'AssertionError', message: 'expected ' + String(value) + ' to be truthy', stack: undefined };
            }
            out.push({ name: String(keys[i]), index: assertionIndex++, passed: Boolean(value), skipped: false, async: false,
                error: error });
        }

        return out;
    }

    // After a script: what only kept its values alive in cycles is let go (the realm lives on, and
    // cyclic garbage is freed only when it is replaced). Nothing of the script can see these.
    function releaseScriptCycles () {
        has(libraries, 'chai') && typeof libraries.chai._postieReleaseChains === 'function' && libraries.chai._postieReleaseChains();
        responseObject && has(responseObject, '_postieJSON') && (responseObject._postieJSON = null);
    }

    function collect () {
        releaseScriptCycles();
        legacyEnabled && flushPendingWarning();
        var out = { assertions: assertions.concat(legacyAssertions()), scopes: {}, request: null,
                nextRequest: result.nextRequest === undefined ? null : { set: true, value: result.nextRequest },
                skipRequest: result.skipRequest, visualizer: null },
            names = ['globals', 'environment', 'collectionVariables', 'local'], i;

        // a scope the script never reached is left out: the host keeps it as it was
        for (i = 0; i < names.length; i++) {
            touched[names[i]] && scopes[names[i]] && (out.scopes[names[i]] = serialiseScope(scopes[names[i]]));
        }
        if (eventName === 'prerequest' && touched.request && requestObject) {
            out.request = requestForHost(requestObject);
            // a request the script only read is "unchanged" (null), so the host keeps its own
            nativeJSON.stringify(out.request) === nativeJSON.stringify(requestForHost(new (sdk().Request)(context.request || undefined))) &&
                (out.request = null);
        }
        if (result.visualizer) {
            out.visualizer = { template: result.visualizer.template, data: result.visualizer.data, options: result.visualizer.options };
        }

        return out;
    }

    // -----------------------------------------------------------------------------------------------
    // start: one script's state and globals

    function start (scriptContext) {
        var i, name;

        context = scriptContext || {};
        eventName = context.eventName === 'test' ? 'test' : (context.eventName === 'prerequest' ? 'prerequest' : String(context.eventName || 'script'));
        isTest = eventName === 'test';
        legacyEnabled = !context.disableLegacy;
        contextScopes = context.scopes || {};
        info = context.info || {};
        scopes = {};
        touched = {};
        assertions = [];
        warned = {};
        result = { nextRequest: undefined, skipRequest: false, visualizer: undefined };
        assertionIndex = typeof context.assertionOffset === 'number' ? context.assertionOffset : 0;
        requestObject = null;
        responseObject = null;
        cookieList = null;
        dataObject = null;
        legacyValues = {};
        legacyOverrides = {};
        legacyJSONObject = null;
        pendingWarning = null;
        pm = host.copyObject(isTest ? PM_TEST_TEMPLATE : PM_TEMPLATE);

        installGlobals();
    }

    var requireModule = shareObject(function requireModule (name) { return loadModule(name); });

    // What the globals were last made for: after a script the host puts the global object back as
    // start() left it, so a script of the same kind needs only its own `pm`, `require` and `JSON`.
    var installedKind = null;

    function installGlobals () {
        var kind = legacyEnabled ? (isTest ? 'legacy test' : 'legacy') : 'plain', i, name;

        if (kind === installedKind) {
            global.pm = pm;
            legacyEnabled && (global.JSON = legacyJSON());

            return;
        }
        installedKind = kind;
        // Legacy globals (only in scripts that do not opt out; the response ones only in test scripts)
        for (i = 0; i < LEGACY_NAMES.length; i++) {
            name = LEGACY_NAMES[i];
            if (legacyEnabled && (isTest || !TEST_ONLY_LEGACY[name])) { defineProperty(global, name, LEGACY_DESCRIPTORS[name]); }
            else if (hasOwnProperty.call(global, name)) { delete global[name]; }
        }
        defineHidden(global, 'JSON', legacyEnabled ? legacyJSON() : nativeJSON);
        defineHidden(global, 'pm', pm);
        defineHidden(global, 'require', requireModule);
        for (i = 0; i < LAZY_NAMES.length; i++) { defineProperty(global, LAZY_NAMES[i], LAZY_GLOBALS[LAZY_NAMES[i]]); }
    }

    return { start: start, collect: collect, shared: SHARED };
}(typeof globalThis !== 'undefined' ? globalThis : this));
