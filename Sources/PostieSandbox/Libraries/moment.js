// postie's own implementation of the moment 2.x API that Postman scripts use (`require('moment')`):
// parsing (ISO 8601, RFC 2822, format strings, strict mode, arrays, objects), formatting tokens,
// manipulation, comparison, diff, UTC offsets, durations, relative time and calendar, locale 'en'.
// Written for postie from moment's documentation (momentjs.com/docs) and checked against moment 2.30.1
// in Node (Tests/PostieSandboxTests/Fixtures/libraries/moment-cases.json); no moment code is used.
//
// A moment holds its instant (`_d`, a Date), and either local mode (fields from the Date's local
// getters, the engine's TZ) or offset mode (`_isUTC` with `_offset` minutes east of UTC: fields are
// the UTC fields of the instant shifted by the offset).
'use strict';

var VERSION = '2.30.1';
var MS_SECOND = 1000, MS_MINUTE = 60000, MS_HOUR = 3600000, MS_DAY = 86400000;
var hasOwn = Object.prototype.hasOwnProperty;

function isNumber(v) { return typeof v === 'number' || Object.prototype.toString.call(v) === '[object Number]'; }
function isDate(v) { return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'; }
function isArray(v) { return Array.isArray(v); }
function isObject(v) { return v != null && Object.prototype.toString.call(v) === '[object Object]'; }
function isObjectEmpty(o) { for (var k in o) { if (hasOwn.call(o, k)) { return false; } } return true; }
function toInt(v) { var n = +v; return n !== 0 && isFinite(n) ? (n < 0 ? Math.ceil(n) : Math.floor(n)) : 0; }
function absFloor(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
function absCeil(n) { return n < 0 ? Math.floor(n) : Math.ceil(n); }
function absRound(n) { return n < 0 ? -Math.round(-n) : Math.round(n); }
function mod(n, d) { return ((n % d) + d) % d; }
function signOf(x) { return (x > 0) - (x < 0) || +x; }
function zeroFill(number, width, forceSign) {
    var digits = String(Math.abs(number)), sign = number >= 0 ? (forceSign ? '+' : '') : '-';
    while (digits.length < width) { digits = '0' + digits; }
    return sign + digits;
}
function isLeapYear(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function daysInYear(y) { return isLeapYear(y) ? 366 : 365; }
function daysInMonth(year, month) {
    if (isNaN(year) || isNaN(month)) { return NaN; }
    var m = mod(month, 12);
    year += (month - m) / 12;
    return m === 1 ? (isLeapYear(year) ? 29 : 28) : 31 - ((m % 7) % 2);
}

// Instants from calendar fields; years 0-99 are meant literally (Date maps them to 1900-1999), so
// they are made 400 years (one Gregorian cycle, 146097 days) later and moved back.
var CYCLE_MS = 146097 * MS_DAY;
function utcTime(y, M, D, h, m, s, ms) {
    if (y < 100 && y >= 0) { return Date.UTC(y + 400, M, D, h, m, s, ms) - CYCLE_MS; }
    return Date.UTC(y, M, D, h, m, s, ms);
}
function localTime(y, M, D, h, m, s, ms) {
    if (y < 100 && y >= 0) {
        var d = new Date(y + 400, M, D, h, m, s, ms);
        if (isFinite(d.getFullYear())) { d.setFullYear(d.getFullYear() - 400); }
        return d.getTime();
    }
    return new Date(y, M, D, h, m, s, ms).getTime();
}

// -------------------------------------------------------------------------------------------------
// Locale 'en' (the only one bundled; other names fall back to it)

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var WEEKDAYS_MIN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

function Locale(config) { this.set(config); }
Locale.prototype.set = function (config) {
    for (var key in config) {
        if (!hasOwn.call(config, key)) { continue; }
        var value = config[key];
        if (isObject(value) && isObject(this['_' + key])) {
            var merged = {}, k;
            for (k in this['_' + key]) { merged[k] = this['_' + key][k]; }
            for (k in value) { merged[k] = value[k]; }
            this['_' + key] = merged;
        } else {
            this['_' + key] = value;
        }
    }
    this._config = config;
};
Locale.prototype.months = function (m) { return m ? this._months[m.month()] : this._months.slice(); };
Locale.prototype.monthsShort = function (m) { return m ? this._monthsShort[m.month()] : this._monthsShort.slice(); };
Locale.prototype.weekdays = function (m) { return m ? this._weekdays[m.day()] : this._weekdays.slice(); };
Locale.prototype.weekdaysShort = function (m) { return m ? this._weekdaysShort[m.day()] : this._weekdaysShort.slice(); };
Locale.prototype.weekdaysMin = function (m) { return m ? this._weekdaysMin[m.day()] : this._weekdaysMin.slice(); };
Locale.prototype.longDateFormat = function (key) {
    var f = this._longDateFormat[key], upper = this._longDateFormat[key.toUpperCase()];
    if (f || !upper) { return f; }
    // l, ll, lll, llll: the upper-case format with each name and number token shortened
    this._longDateFormat[key] = upper.match(TOKEN_RE).map(function (t) {
        return t === 'MMMM' || t === 'MM' || t === 'DD' || t === 'dddd' ? t.slice(1) : t;
    }).join('');
    return this._longDateFormat[key];
};
Locale.prototype.ordinal = function (n, token) { return typeof this._ordinal === 'function' ? this._ordinal(n, token) : this._ordinal.replace('%d', n); };
Locale.prototype.invalidDate = function () { return this._invalidDate; };
Locale.prototype.firstDayOfWeek = function () { return this._week.dow; };
Locale.prototype.firstDayOfYear = function () { return this._week.doy; };
Locale.prototype.week = function (m) { return weekOfYear(m, this._week.dow, this._week.doy).week; };
Locale.prototype.meridiem = function (hours, minutes, lower) { return hours > 11 ? (lower ? 'pm' : 'PM') : (lower ? 'am' : 'AM'); };
Locale.prototype.isPM = function (input) { return String(input).toLowerCase().charAt(0) === 'p'; };
Locale.prototype.calendar = function (key, m, now) {
    var f = this._calendar[key] || this._calendar.sameElse;
    return typeof f === 'function' ? f.call(m, now) : f;
};
Locale.prototype.relativeTime = function (number, withoutSuffix, key, isFuture) {
    var f = this._relativeTime[key];
    return typeof f === 'function' ? f(number, withoutSuffix, key, isFuture) : f.replace(/%d/i, number);
};
Locale.prototype.pastFuture = function (diff, output) {
    var f = this._relativeTime[diff > 0 ? 'future' : 'past'];
    return typeof f === 'function' ? f(output) : f.replace(/%s/i, output);
};
Locale.prototype.monthsParse = function (text, strict, token) {
    var lower = text.toLowerCase();
    for (var i = 0; i < 12; i++) {
        var long = this._months[i].toLowerCase(), short = this._monthsShort[i].toLowerCase();
        if (strict ? (token === 'MMMM' ? lower === long : lower === short) : (lower === long || lower === short)) { return i; }
    }
    return null;
};
Locale.prototype.weekdaysParse = function (text, strict, token) {
    var lower = text.toLowerCase();
    for (var i = 0; i < 7; i++) {
        var names = [this._weekdays[i], this._weekdaysShort[i], this._weekdaysMin[i]].map(function (s) { return s.toLowerCase(); });
        if (strict) {
            if (lower === names[token === 'dddd' ? 0 : token === 'ddd' ? 1 : 2]) { return i; }
        } else if (names.indexOf(lower) >= 0) { return i; }
    }
    return null;
};

function enConfig() {
    return {
        months: MONTHS.slice(), monthsShort: MONTHS_SHORT.slice(), weekdays: WEEKDAYS.slice(), weekdaysShort: WEEKDAYS_SHORT.slice(),
        weekdaysMin: WEEKDAYS_MIN.slice(),
        longDateFormat: { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A' },
        calendar: { sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT', lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L' },
        relativeTime: { future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes', h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years' },
        week: { dow: 0, doy: 6 },
        invalidDate: 'Invalid date',
        ordinal: enOrdinal,
        abbr: 'en'
    };
}

function enOrdinal(n) {
    var last = n % 10, suffix = toInt((n % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return n + suffix;
}
var en = new Locale(enConfig());
var locales = { en: en };
var globalLocaleName = 'en';

function getLocale(name) {
    if (name && name._abbr) { return name; }
    if (!name) { return locales[globalLocaleName]; }
    if (isArray(name)) { name = name[0]; }
    return locales[String(name).toLowerCase()] || null;
}

// -------------------------------------------------------------------------------------------------
// Units

var UNIT_ALIASES = {};
[['year', 'y'], ['quarter', 'Q'], ['month', 'M'], ['week', 'w'], ['isoWeek', 'W'], ['day', 'd'], ['date', 'D'],
    ['hour', 'h'], ['minute', 'm'], ['second', 's'], ['millisecond', 'ms'], ['dayOfYear', 'DDD'], ['weekday', 'e'],
    ['isoWeekday', 'E'], ['weekYear', 'gg'], ['isoWeekYear', 'GG']].forEach(function (pair) {
    UNIT_ALIASES[pair[0]] = UNIT_ALIASES[pair[0] + 's'] = UNIT_ALIASES[pair[1]] = pair[0];
    UNIT_ALIASES[pair[0].toLowerCase()] = UNIT_ALIASES[pair[0].toLowerCase() + 's'] = pair[0];
});
function normalizeUnits(units) {
    if (typeof units !== 'string') { return undefined; }
    return UNIT_ALIASES[units] || UNIT_ALIASES[units.toLowerCase()] || undefined;
}
function normalizeObjectUnits(input) {
    var out = {};
    for (var key in input) {
        if (hasOwn.call(input, key)) {
            var unit = normalizeUnits(key);
            if (unit) { out[unit] = input[key]; }
        }
    }
    return out;
}

// -------------------------------------------------------------------------------------------------
// The moment object

function Moment(d, isUTC, offset, locale) {
    this._isAMomentObject = true;
    this._d = new Date(d);
    this._isUTC = !!isUTC;
    this._offset = isUTC ? (offset || 0) : undefined;
    this._locale = locale || getLocale();
    this._isValid = !isNaN(this._d.getTime());
    this._pf = defaultFlags();
}

function defaultFlags() {
    return { empty: false, unusedTokens: [], unusedInput: [], overflow: -2, charsLeftOver: 0, nullInput: false,
        invalidMonth: null, invalidFormat: false, userInvalidated: false, iso: false, parsedDateParts: [], meridiem: null,
        rfc2822: false, weekdayMismatch: false };
}

function isMoment(v) { return v instanceof Moment || (v != null && v._isAMomentObject === true); }

function copyMoment(m) {
    var out = new Moment(m._d.getTime(), m._isUTC, m._offset, m._locale);
    out._isValid = m._isValid;
    out._pf = m._pf;
    out._i = m._i; out._f = m._f; out._strict = m._strict; out._tzm = m._tzm;
    return out;
}

// the calendar fields the moment shows, [year, month, date, hour, minute, second, ms, weekday]
function fieldsOf(m) {
    var d = m._d;
    if (m._isUTC) {
        d = new Date(d.getTime() + m._offset * MS_MINUTE);
        return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getUTCDay()];
    }
    return [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getDay()];
}
function timeFromFields(m, f) {
    if (m._isUTC) { return utcTime(f[0], f[1], f[2], f[3], f[4], f[5], f[6]) - m._offset * MS_MINUTE; }
    return localTime(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
}
function setFields(m, f) {
    m._d.setTime(timeFromFields(m, f));
    m._isValid = m._isValid && !isNaN(m._d.getTime());
    return m;
}

var FIELD_INDEX = { year: 0, month: 1, date: 2, hour: 3, minute: 4, second: 5, millisecond: 6 };

function getField(m, unit) { return m.isValid() ? fieldsOf(m)[FIELD_INDEX[unit]] : NaN; }
function setField(m, unit, value) {
    if (!m.isValid() || isNaN(value)) { return m; }
    var f = fieldsOf(m), i = FIELD_INDEX[unit];
    value = toInt(value);
    if (unit === 'year') {
        // Feb 29 moved to a year without one becomes Feb 28
        if (f[1] === 1 && f[2] === 29 && !isLeapYear(value)) { f[2] = 28; }
    } else if (unit === 'month') {
        f[2] = Math.min(f[2], daysInMonth(f[0], value));
    }
    f[i] = value;
    return setFields(m, f);
}

function offsetMinutes(m) { return m._isUTC ? m._offset : -Math.round(m._d.getTimezoneOffset()); }

// -------------------------------------------------------------------------------------------------
// Weeks (locale weeks: week 1 holds January `doy`'s week-start day; ISO: dow 1, doy 4)

function utcWeekday(y, M, D) { return new Date(utcTime(y, M, D, 0, 0, 0, 0)).getUTCDay(); }
function firstWeekOffset(year, dow, doy) {
    var fwd = 7 + dow - doy, fwdlw = (7 + utcWeekday(year, 0, fwd) - dow) % 7;
    return -fwdlw + fwd - 1;
}
function weeksInYear(year, dow, doy) {
    return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}
function dayOfYearOf(f) { return Math.round((utcTime(f[0], f[1], f[2], 0, 0, 0, 0) - utcTime(f[0], 0, 1, 0, 0, 0, 0)) / MS_DAY) + 1; }
function weekOfYear(m, dow, doy) {
    var f = fieldsOf(m), year = f[0], week = Math.floor((dayOfYearOf(f) - firstWeekOffset(year, dow, doy) - 1) / 7) + 1;
    if (week < 1) { return { week: week + weeksInYear(year - 1, dow, doy), year: year - 1 }; }
    if (week > weeksInYear(year, dow, doy)) { return { week: week - weeksInYear(year, dow, doy), year: year + 1 }; }
    return { week: week, year: year };
}
function dayOfYearFromWeeks(year, week, weekday, dow, doy) {
    var dayOfYear = 1 + 7 * (week - 1) + (7 + weekday - dow) % 7 + firstWeekOffset(year, dow, doy);
    if (dayOfYear <= 0) { return { year: year - 1, dayOfYear: daysInYear(year - 1) + dayOfYear }; }
    if (dayOfYear > daysInYear(year)) { return { year: year + 1, dayOfYear: dayOfYear - daysInYear(year) }; }
    return { year: year, dayOfYear: dayOfYear };
}
function setWeekYear(m, input, week, weekday, dow, doy) {
    var target = weeksInYear(input, dow, doy);
    if (week > target) { week = target; }
    var r = dayOfYearFromWeeks(input, week, weekday, dow, doy), d = new Date(utcTime(r.year, 0, r.dayOfYear, 0, 0, 0, 0));
    var f = fieldsOf(m);
    f[0] = d.getUTCFullYear(); f[1] = d.getUTCMonth(); f[2] = d.getUTCDate();
    return setFields(m, f);
}

// -------------------------------------------------------------------------------------------------
// Formatting

var TOKEN_RE = /(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
var LONG_TOKEN_RE = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;

function expandFormat(format, locale) {
    for (var i = 0; i < 5 && LONG_TOKEN_RE.test(format); i++) {
        LONG_TOKEN_RE.lastIndex = 0;
        format = format.replace(LONG_TOKEN_RE, function (match, bracket, slash, token) {
            return bracket || slash ? match : (locale.longDateFormat(token) || match);
        });
    }
    LONG_TOKEN_RE.lastIndex = 0;
    return format;
}

function formatOffset(minutes, separator) {
    var sign = minutes < 0 ? '-' : '+', abs = Math.abs(minutes);
    return sign + zeroFill(~~(abs / 60), 2) + separator + zeroFill(~~abs % 60, 2);
}

function h12(m) { return m.hours() % 12 || 12; }

var FORMATTERS = {
    M: function () { return this.month() + 1; },
    Mo: function () { return this.localeData().ordinal(this.month() + 1, 'M'); },
    MM: function () { return zeroFill(this.month() + 1, 2); },
    MMM: function () { return this.localeData().monthsShort(this); },
    MMMM: function () { return this.localeData().months(this); },
    Q: function () { return this.quarter(); },
    Qo: function () { return this.localeData().ordinal(this.quarter(), 'Q'); },
    D: function () { return this.date(); },
    Do: function () { return this.localeData().ordinal(this.date(), 'D'); },
    DD: function () { return zeroFill(this.date(), 2); },
    DDD: function () { return this.dayOfYear(); },
    DDDo: function () { return this.localeData().ordinal(this.dayOfYear(), 'DDD'); },
    DDDD: function () { return zeroFill(this.dayOfYear(), 3); },
    d: function () { return this.day(); },
    do: function () { return this.localeData().ordinal(this.day(), 'd'); },
    dd: function () { return this.localeData().weekdaysMin(this); },
    ddd: function () { return this.localeData().weekdaysShort(this); },
    dddd: function () { return this.localeData().weekdays(this); },
    e: function () { return this.weekday(); },
    E: function () { return this.isoWeekday(); },
    w: function () { return this.week(); },
    wo: function () { return this.localeData().ordinal(this.week(), 'w'); },
    ww: function () { return zeroFill(this.week(), 2); },
    W: function () { return this.isoWeek(); },
    Wo: function () { return this.localeData().ordinal(this.isoWeek(), 'W'); },
    WW: function () { return zeroFill(this.isoWeek(), 2); },
    Y: function () { var y = this.year(); return y <= 9999 ? zeroFill(y, 4) : '+' + y; },
    YY: function () { return zeroFill(this.year() % 100, 2); },
    YYYY: function () { return zeroFill(this.year(), 4); },
    YYYYY: function () { return zeroFill(this.year(), 5); },
    YYYYYY: function () { return zeroFill(this.year(), 6, true); },
    gg: function () { return zeroFill(this.weekYear() % 100, 2); },
    gggg: function () { return zeroFill(this.weekYear(), 4); },
    ggggg: function () { return zeroFill(this.weekYear(), 5); },
    GG: function () { return zeroFill(this.isoWeekYear() % 100, 2); },
    GGGG: function () { return zeroFill(this.isoWeekYear(), 4); },
    GGGGG: function () { return zeroFill(this.isoWeekYear(), 5); },
    N: function () { return this.year() >= 1 ? 'AD' : 'BC'; },
    NN: function () { return this.year() >= 1 ? 'AD' : 'BC'; },
    NNN: function () { return this.year() >= 1 ? 'AD' : 'BC'; },
    NNNN: function () { return this.year() >= 1 ? 'Anno Domini' : 'Before Christ'; },
    NNNNN: function () { return this.year() >= 1 ? 'AD' : 'BC'; },
    y: function () { var y = this.year(); return y >= 1 ? y : 1 - y; },
    a: function () { return this.localeData().meridiem(this.hours(), this.minutes(), true); },
    A: function () { return this.localeData().meridiem(this.hours(), this.minutes(), false); },
    H: function () { return this.hours(); },
    HH: function () { return zeroFill(this.hours(), 2); },
    h: function () { return h12(this); },
    hh: function () { return zeroFill(h12(this), 2); },
    k: function () { return this.hours() || 24; },
    kk: function () { return zeroFill(this.hours() || 24, 2); },
    hmm: function () { return '' + h12(this) + zeroFill(this.minutes(), 2); },
    hmmss: function () { return '' + h12(this) + zeroFill(this.minutes(), 2) + zeroFill(this.seconds(), 2); },
    Hmm: function () { return '' + this.hours() + zeroFill(this.minutes(), 2); },
    Hmmss: function () { return '' + this.hours() + zeroFill(this.minutes(), 2) + zeroFill(this.seconds(), 2); },
    m: function () { return this.minutes(); },
    mm: function () { return zeroFill(this.minutes(), 2); },
    s: function () { return this.seconds(); },
    ss: function () { return zeroFill(this.seconds(), 2); },
    Z: function () { return formatOffset(this.utcOffset(), ':'); },
    ZZ: function () { return formatOffset(this.utcOffset(), ''); },
    z: function () { return this._isUTC ? 'UTC' : ''; },
    zz: function () { return this._isUTC ? 'Coordinated Universal Time' : ''; },
    X: function () { return this.unix(); },
    x: function () { return this.valueOf(); }
};
FORMATTERS.yy = function () { return zeroFill(FORMATTERS.y.call(this) % 100, 2); };
FORMATTERS.yyy = function () { return zeroFill(FORMATTERS.y.call(this), 3); };
FORMATTERS.yyyy = function () { return zeroFill(FORMATTERS.y.call(this), 4); };
FORMATTERS.yo = function () { return this.localeData().ordinal(FORMATTERS.y.call(this), 'y'); };
FORMATTERS.S = function () { return '' + ~~(this.milliseconds() / 100); };
FORMATTERS.SS = function () { return zeroFill(~~(this.milliseconds() / 10), 2); };
(function () {
    for (var n = 3, scale = 1; n <= 9; n++, scale *= 10) {
        (function (width, factor) {
            FORMATTERS['SSSSSSSSS'.slice(0, width)] = function () { return zeroFill(this.milliseconds() * factor, width); };
        })(n, scale);
    }
})();

function literalOf(token) {
    if (/^\[[\s\S]/.test(token)) { return token.replace(/^\[|\]$/g, ''); }
    return token.replace(/\\/g, '');
}

function formatMoment(m, format) {
    if (!m.isValid()) { return m.localeData().invalidDate(); }
    var tokens = expandFormat(format, m.localeData()).match(TOKEN_RE) || [], out = '';
    for (var i = 0; i < tokens.length; i++) {
        var fn = hasOwn.call(FORMATTERS, tokens[i]) ? FORMATTERS[tokens[i]] : null;
        out += fn ? fn.call(m) : literalOf(tokens[i]);
    }
    return out;
}

// -------------------------------------------------------------------------------------------------
// Parsing with a format (moment(string, format[, strict]))

var RE = {
    d1: /\d/, d2: /\d\d/, d3: /\d{3}/, d4: /\d{4}/, d6: /[+-]?\d{6}/, d1to2: /\d\d?/, d3to4: /\d\d\d\d?/, d5to6: /\d\d\d\d\d\d?/,
    d1to3: /\d{1,3}/, d1to4: /\d{1,4}/, d1to6: /[+-]?\d{1,6}/, unsigned: /\d+/, signed: /[+-]?\d+/,
    shortOffset: /Z|[+-]\d\d(?::?\d\d)?/gi, offset: /Z|[+-]\d\d:?\d\d/gi, timestamp: /[+-]?\d+(\.\d{1,3})?/,
    word: /[0-9]{0,256}['a-z\u00A0-\u05FF\u0700-\uD7FF\uF900-\uFDCF\uFDF0-\uFF07\uFF10-\uFFEF]{1,256}|[\u0600-\u06FF\/]{1,256}(\s*?[\u0600-\u06FF]{1,256}){1,2}/i,
    d1to2NoZero: /^[1-9]\d?/, d1to2HasZero: /^([1-9]\d|\d)/
};
var MONTH_NAMES_RE = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// [loose regex, strict regex] per token
var PARSE_REGEX = {
    M: [RE.d1to2, RE.d1to2NoZero], MM: [RE.d1to2, RE.d2], D: [RE.d1to2, RE.d1to2NoZero], DD: [RE.d1to2, RE.d2],
    Do: [/\d{1,2}(th|st|nd|rd)?/i, /\d{1,2}(th|st|nd|rd)/i], DDD: [RE.d1to3, RE.d1to3], DDDD: [RE.d3, RE.d3],
    Q: [RE.d1, RE.d1], Y: [RE.signed, RE.signed], YY: [RE.d1to2, RE.d2], YYYY: [RE.d1to4, RE.d4], YYYYY: [RE.d1to6, RE.d6],
    YYYYYY: [RE.d1to6, RE.d6], gg: [RE.d1to2, RE.d2], gggg: [RE.d1to4, RE.d4], ggggg: [RE.d1to6, RE.d6], GG: [RE.d1to2, RE.d2],
    GGGG: [RE.d1to4, RE.d4], GGGGG: [RE.d1to6, RE.d6], w: [RE.d1to2, RE.d1to2NoZero], ww: [RE.d1to2, RE.d2], W: [RE.d1to2, RE.d1to2NoZero],
    WW: [RE.d1to2, RE.d2], e: [RE.d1, RE.d1], E: [RE.d1, RE.d1], d: [RE.d1to2, RE.d1to2], a: [/[ap]\.?m?\.?/i, /[ap]\.?m?\.?/i],
    A: [/[ap]\.?m?\.?/i, /[ap]\.?m?\.?/i], H: [RE.d1to2, RE.d1to2HasZero], HH: [RE.d1to2, RE.d2], h: [RE.d1to2, RE.d1to2NoZero],
    hh: [RE.d1to2, RE.d2], k: [RE.d1to2, RE.d1to2NoZero], kk: [RE.d1to2, RE.d2], m: [RE.d1to2, RE.d1to2HasZero], mm: [RE.d1to2, RE.d2],
    s: [RE.d1to2, RE.d1to2HasZero], ss: [RE.d1to2, RE.d2], hmm: [RE.d3to4, RE.d3to4], hmmss: [RE.d5to6, RE.d5to6],
    Hmm: [RE.d3to4, RE.d3to4], Hmmss: [RE.d5to6, RE.d5to6], Z: [RE.shortOffset, RE.shortOffset], ZZ: [RE.shortOffset, RE.shortOffset],
    X: [RE.timestamp, RE.timestamp], x: [RE.signed, RE.signed],
    S: [RE.d1to3, RE.d1], SS: [RE.d1to3, RE.d2], SSS: [RE.d1to3, RE.d3]
};
['SSSS', 'SSSSS', 'SSSSSS', 'SSSSSSS', 'SSSSSSSS', 'SSSSSSSSS'].forEach(function (t) { PARSE_REGEX[t] = [RE.unsigned, RE.unsigned]; });
var WEEKDAY_NAME_RE = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat|su|mo|tu|we|th|fr|sa)/i;

function regexEscape(s) { return s.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&'); }

function matchToken(token, text, strict, locale) {
    if (token === 'MMM' || token === 'MMMM') {
        var names = locale._months.concat(locale._monthsShort).map(function (n) { return n; });
        var best = null;
        for (var i = 0; i < names.length; i++) {
            var at = text.toLowerCase().indexOf(names[i].toLowerCase());
            if (at >= 0 && (best === null || at < best.at || (at === best.at && names[i].length > best.text.length))) { best = { at: at, text: text.substr(at, names[i].length) }; }
        }
        if (!strict) {
            // loosely, the first word-like run is taken as the month name
            var w = text.match(RE.word);
            if (w && (best === null || w.index < best.at)) { return { index: w.index, text: w[0] }; }
        }
        return best ? { index: best.at, text: best.text } : null;
    }
    if (token === 'dd' || token === 'ddd' || token === 'dddd') {
        var lowered = text.toLowerCase(), bestDay = null;
        var dayNames = strict ? (token === 'dddd' ? locale._weekdays : token === 'ddd' ? locale._weekdaysShort : locale._weekdaysMin)
            : locale._weekdays.concat(locale._weekdaysShort, locale._weekdaysMin);
        for (var j = 0; j < dayNames.length; j++) {
            var pos = lowered.indexOf(dayNames[j].toLowerCase());
            if (pos >= 0 && (bestDay === null || pos < bestDay.index || (pos === bestDay.index && dayNames[j].length > bestDay.text.length))) { bestDay = { index: pos, text: text.substr(pos, dayNames[j].length) }; }
        }
        if (!strict) {
            var word = text.match(RE.word);
            if (word && (bestDay === null || word.index < bestDay.index)) { return { index: word.index, text: word[0] }; }
        }
        return bestDay;
    }
    var re;
    if (hasOwn.call(PARSE_REGEX, token)) {
        re = PARSE_REGEX[token][strict ? 1 : 0];
        re = new RegExp(re.source, re.flags.replace('g', ''));
    } else {
        re = new RegExp(regexEscape(literalOf(token)));
    }
    var found = text.match(re);
    return found ? { index: found.index, text: found[0] } : null;
}

function parseTwoDigitYear(input) { return toInt(input) + (toInt(input) > 68 ? 1900 : 2000); }

function offsetFromString(re, text) {
    var matches = String(text || '').match(re);
    if (matches === null) { return null; }
    var chunk = matches[matches.length - 1] || '', parts = String(chunk).match(/([\-+]|\d\d)/gi) || ['-', 0, 0];
    var minutes = +(parts[1] * 60) + toInt(parts[2]);
    return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
}

// Applies one parsed token to the parse state `c` ({ a: [y, M, D, h, m, s, ms], w, ... }).
function applyToken(token, input, c) {
    var a = c.a, flags = c.pf;
    switch (token) {
        case 'M': case 'MM': a[1] = toInt(input) - 1; break;
        case 'MMM': case 'MMMM':
            var month = c.locale.monthsParse(input, c.strict, token);
            if (month !== null) { a[1] = month; } else { flags.invalidMonth = input; }
            break;
        case 'Q': a[1] = (toInt(input) - 1) * 3; break;
        case 'D': case 'DD': a[2] = toInt(input.match(RE.d1to2)[0]); break;
        case 'Do': a[2] = toInt(input.match(RE.d1to2)[0]); break;
        case 'DDD': case 'DDDD': c.dayOfYear = toInt(input); break;
        case 'Y': a[0] = toInt(input); break;
        case 'YY': a[0] = parseTwoDigitYear(input); break;
        case 'YYYY': a[0] = input.length === 2 ? parseTwoDigitYear(input) : toInt(input); break;
        case 'YYYYY': case 'YYYYYY': a[0] = toInt(input); break;
        case 'gg': case 'GG': c.w = c.w || {}; c.w[token] = parseTwoDigitYear(input); break;
        case 'gggg': case 'ggggg': case 'GGGG': case 'GGGGG': c.w = c.w || {}; c.w[token.slice(0, 2)] = toInt(input); break;
        case 'w': case 'ww': case 'W': case 'WW': case 'e': case 'E': c.w = c.w || {}; c.w[token.charAt(0)] = toInt(input); break;
        case 'd': c.w = c.w || {}; c.w.d = toInt(input); break;
        case 'dd': case 'ddd': case 'dddd':
            var weekday = c.locale.weekdaysParse(input, c.strict, token);
            c.w = c.w || {};
            if (weekday !== null) { c.w.d = weekday; } else { flags.invalidWeekday = input; }
            break;
        case 'a': case 'A': c.isPm = c.locale.isPM(input); c.meridiem = input; break;
        case 'H': case 'HH': a[3] = toInt(input); break;
        case 'k': case 'kk': var k = toInt(input); a[3] = k === 24 ? 0 : k; break;
        case 'h': case 'hh': a[3] = toInt(input); flags.bigHour = true; break;
        case 'hmm': case 'Hmm':
            a[3] = toInt(input.slice(0, input.length - 2)); a[4] = toInt(input.slice(-2));
            if (token === 'hmm') { flags.bigHour = true; }
            break;
        case 'hmmss': case 'Hmmss':
            a[3] = toInt(input.slice(0, input.length - 4)); a[4] = toInt(input.slice(-4, -2)); a[5] = toInt(input.slice(-2));
            if (token === 'hmmss') { flags.bigHour = true; }
            break;
        case 'm': case 'mm': a[4] = toInt(input); break;
        case 's': case 'ss': a[5] = toInt(input); break;
        case 'Z': case 'ZZ': c.useUTC = true; c.tzm = offsetFromString(RE.shortOffset, input); break;
        case 'X': c.d = new Date(parseFloat(input) * 1000); break;
        case 'x': c.d = new Date(toInt(input)); break;
        default:
            if (/^S+$/.test(token)) { a[6] = toInt(('0.' + input) * 1000); }
    }
}

var PARSE_TOKENS = {};
for (var ptoken in PARSE_REGEX) { PARSE_TOKENS[ptoken] = true; }
['MMM', 'MMMM', 'dd', 'ddd', 'dddd'].forEach(function (t) { PARSE_TOKENS[t] = true; });

function newParseState(input, format, strict, useUTC, locale) {
    return { input: input, format: format, strict: !!strict, useUTC: !!useUTC, locale: locale, a: [], pf: defaultFlags() };
}

function parseWithFormat(c) {
    var text = String(c.input), tokens = expandFormat(c.format, c.locale).match(TOKEN_RE) || [];
    var total = text.length, used = 0, flags = c.pf;
    flags.empty = true;
    for (var i = 0; i < tokens.length; i++) {
        var token = tokens[i], found = matchToken(token, text, c.strict, c.locale), parsed = null;
        if (found && (!c.strict || found.index === 0)) {
            parsed = found.text;
            if (found.index > 0) { flags.unusedInput.push(text.slice(0, found.index)); }
            text = text.slice(found.index + parsed.length);
            used += parsed.length;
        }
        if (PARSE_TOKENS[token] || FORMATTERS[token]) {
            if (parsed) { flags.empty = false; } else { flags.unusedTokens.push(token); }
            if (parsed != null && PARSE_TOKENS[token]) { applyToken(token, parsed, c); }
        } else if (c.strict && !parsed) {
            flags.unusedTokens.push(token);
        }
    }
    flags.charsLeftOver = total - used;
    if (text.length > 0) { flags.unusedInput.push(text); }
    if (c.a[3] <= 12 && flags.bigHour === true && c.a[3] > 0) { flags.bigHour = undefined; }
    flags.parsedDateParts = c.a.slice(0);
    flags.meridiem = c.meridiem === undefined ? null : c.meridiem;
    if (c.meridiem != null && c.a[3] != null) {
        if (c.isPm && c.a[3] < 12) { c.a[3] += 12; }
        if (!c.isPm && c.a[3] === 12) { c.a[3] = 0; }
    }
    buildFromArray(c);
    checkOverflow(c);
}

function currentDateArray(c) {
    var now = new Date(hooks.now());
    return c.useUTC ? [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()] : [now.getFullYear(), now.getMonth(), now.getDate()];
}

function weekInfoToDayOfYear(c) {
    var w = c.w, weekYear, week, weekday, dow, doy, overflow = false, cur;
    if (w.GG != null || w.W != null || w.E != null) {
        dow = 1; doy = 4;
        cur = weekOfYear(hooks(), 1, 4);
        weekYear = w.GG != null ? w.GG : c.a[0] != null ? c.a[0] : cur.year;
        week = w.W != null ? w.W : 1;
        weekday = w.E != null ? w.E : 1;
        if (weekday < 1 || weekday > 7) { overflow = true; }
    } else {
        dow = c.locale._week.dow; doy = c.locale._week.doy;
        cur = weekOfYear(hooks(), dow, doy);
        weekYear = w.gg != null ? w.gg : c.a[0] != null ? c.a[0] : cur.year;
        week = w.w != null ? w.w : cur.week;
        if (w.d != null) {
            weekday = w.d;
            if (weekday < 0 || weekday > 6) { overflow = true; }
        } else if (w.e != null) {
            weekday = w.e + dow;
            if (w.e < 0 || w.e > 6) { overflow = true; }
        } else {
            weekday = dow;
        }
    }
    if (week < 1 || week > weeksInYear(weekYear, dow, doy)) { c.pf._overflowWeeks = true; }
    else if (overflow) { c.pf._overflowWeekday = true; }
    else {
        var r = dayOfYearFromWeeks(weekYear, week, weekday, dow, doy);
        c.a[0] = r.year;
        c.dayOfYear = r.dayOfYear;
    }
}

function buildFromArray(c) {
    if (c.d) { return; }
    var a = c.a, current = currentDateArray(c), i;
    if (c.w && a[2] == null && a[1] == null) { weekInfoToDayOfYear(c); }
    if (c.dayOfYear != null) {
        var year = a[0] != null ? a[0] : current[0];
        if (c.dayOfYear > daysInYear(year) || c.dayOfYear === 0) { c.pf._overflowDayOfYear = true; }
        var doy = new Date(utcTime(year, 0, c.dayOfYear, 0, 0, 0, 0));
        a[1] = doy.getUTCMonth();
        a[2] = doy.getUTCDate();
    }
    for (i = 0; i < 3 && a[i] == null; i++) { a[i] = current[i]; }
    for (; i < 7; i++) { if (a[i] == null) { a[i] = i === 2 ? 1 : 0; } }
    if (a[3] === 24 && a[4] === 0 && a[5] === 0 && a[6] === 0) { c.nextDay = true; a[3] = 0; }
    var time = (c.useUTC ? utcTime : localTime)(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    var weekdayBuilt = c.useUTC ? new Date(time).getUTCDay() : new Date(time).getDay();
    if (c.tzm != null) { time -= c.tzm * MS_MINUTE; }
    c.d = new Date(time);
    if (c.nextDay) { a[3] = 24; }
    if (c.w && c.w.d != null && c.w.d !== weekdayBuilt) { c.pf.weekdayMismatch = true; }
}

function checkOverflow(c) {
    var a = c.a, flags = c.pf;
    if (a.length && flags.overflow === -2) {
        var overflow = a[1] < 0 || a[1] > 11 ? 1
            : a[2] < 1 || a[2] > daysInMonth(a[0], a[1]) ? 2
                : a[3] < 0 || a[3] > 24 || (a[3] === 24 && (a[4] !== 0 || a[5] !== 0 || a[6] !== 0)) ? 3
                    : a[4] < 0 || a[4] > 59 ? 4
                        : a[5] < 0 || a[5] > 59 ? 5
                            : a[6] < 0 || a[6] > 999 ? 6 : -1;
        if (flags._overflowDayOfYear && (overflow < 0 || overflow > 2)) { overflow = 2; }
        if (flags._overflowWeeks && overflow === -1) { overflow = 7; }
        if (flags._overflowWeekday && overflow === -1) { overflow = 8; }
        flags.overflow = overflow;
    }
}

function parseIsValid(c) {
    var flags = c.pf, parsedParts = flags.parsedDateParts.some(function (x) { return x != null; });
    var valid = c.d && !isNaN(c.d.getTime()) && flags.overflow < 0 && !flags.empty && !flags.invalidMonth && !flags.invalidWeekday &&
        !flags.weekdayMismatch && !flags.nullInput && !flags.invalidFormat && !flags.userInvalidated && (!flags.meridiem || parsedParts);
    if (c.strict) { valid = valid && flags.charsLeftOver === 0 && flags.unusedTokens.length === 0 && flags.bigHour === undefined; }
    return !!valid;
}

// ISO 8601 strings, as moment recognises them (the whole string; date-only is local time)
var EXTENDED_ISO = /^\s*((?:[+-]\d{6}|\d{4})-(?:\d\d-\d\d|W\d\d-\d|W\d\d|\d\d\d|\d\d))(?:(T| )(\d\d(?::\d\d(?::\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/;
var BASIC_ISO = /^\s*((?:[+-]\d{6}|\d{4})(?:\d\d\d\d|W\d\d\d|W\d\d|\d\d\d|\d\d|))(?:(T| )(\d\d(?:\d\d(?:\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/;
var ISO_DATES = [
    ['YYYYYY-MM-DD', /[+-]\d{6}-\d\d-\d\d/], ['YYYY-MM-DD', /\d{4}-\d\d-\d\d/], ['GGGG-[W]WW-E', /\d{4}-W\d\d-\d/],
    ['GGGG-[W]WW', /\d{4}-W\d\d/, false], ['YYYY-DDD', /\d{4}-\d{3}/], ['YYYY-MM', /\d{4}-\d\d/, false],
    ['YYYYYYMMDD', /[+-]\d{10}/], ['YYYYMMDD', /\d{8}/], ['GGGG[W]WWE', /\d{4}W\d{3}/], ['GGGG[W]WW', /\d{4}W\d{2}/, false],
    ['YYYYDDD', /\d{7}/], ['YYYYMM', /\d{6}/, false], ['YYYY', /\d{4}/, false]
];
var ISO_TIMES = [
    ['HH:mm:ss.SSSS', /\d\d:\d\d:\d\d\.\d+/], ['HH:mm:ss,SSSS', /\d\d:\d\d:\d\d,\d+/], ['HH:mm:ss', /\d\d:\d\d:\d\d/],
    ['HH:mm', /\d\d:\d\d/], ['HHmmss.SSSS', /\d\d\d\d\d\d\.\d+/], ['HHmmss,SSSS', /\d\d\d\d\d\d,\d+/], ['HHmmss', /\d\d\d\d\d\d/],
    ['HHmm', /\d\d\d\d/], ['HH', /\d\d/]
];

// the format an ISO string parses with, or null when it is not one
function isoFormatOf(text) {
    var match = EXTENDED_ISO.exec(text) || BASIC_ISO.exec(text), i, dateFormat = null, timeFormat = null, allowTime = true;
    if (!match) { return null; }
    for (i = 0; i < ISO_DATES.length; i++) {
        if (ISO_DATES[i][1].exec(match[1])) { dateFormat = ISO_DATES[i][0]; allowTime = ISO_DATES[i][2] !== false; break; }
    }
    if (dateFormat === null) { return null; }
    if (match[3]) {
        for (i = 0; i < ISO_TIMES.length; i++) {
            if (ISO_TIMES[i][1].exec(match[3])) { timeFormat = (match[2] || ' ') + ISO_TIMES[i][0]; break; }
        }
        if (timeFormat === null) { return null; }
    }
    if (!allowTime && timeFormat !== null) { return null; }
    var tzFormat = '';
    if (match[4]) {
        if (/Z|[+-]\d\d(?::?\d\d)?/.exec(match[4])) { tzFormat = 'Z'; } else { return null; }
    }
    return dateFormat + (timeFormat || '') + tzFormat;
}

// RFC 2822 (and the obsolete zone names), after comments and runs of spaces are removed
var RFC_2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$/;
var RFC_ZONES = { UT: 0, GMT: 0, EDT: -4 * 60, EST: -5 * 60, CDT: -5 * 60, CST: -6 * 60, MDT: -6 * 60, MST: -7 * 60, PDT: -7 * 60, PST: -8 * 60 };

function parseRFC2822(c) {
    var text = String(c.input).replace(/\([^()]*\)|[\n\t]/g, ' ').replace(/(\s\s+)/g, ' ').replace(/^\s\s*/, '').replace(/\s\s*$/, '');
    var match = RFC_2822.exec(text);
    if (!match) { return false; }
    var yearText = match[4], year = parseInt(yearText, 10);
    if (yearText.length <= 2) { year = year <= 49 ? 2000 + year : year + 1900; }
    var a = [year, MONTHS_SHORT.indexOf(match[3]), parseInt(match[2], 10), parseInt(match[5], 10), parseInt(match[6], 10), match[7] ? parseInt(match[7], 10) : 0, 0];
    if (match[1]) {
        var stated = WEEKDAYS_SHORT.indexOf(match[1]), actual = new Date(Date.UTC(a[0], a[1], a[2])).getUTCDay();
        if (stated !== actual) { c.pf.weekdayMismatch = true; c.invalid = true; return true; }
    }
    var zone;
    if (match[8]) { zone = RFC_ZONES[match[8]]; }
    else if (match[9]) { zone = 0; }
    else { var hm = parseInt(match[10], 10), h = ~~(hm / 100); zone = h * 60 + (hm - h * 100); }
    c.a = a;
    c.tzm = zone;
    c.useUTC = true;
    buildFromArray(c);
    c.d = new Date(utcTime(a[0], a[1], a[2], a[3], a[4], a[5], 0) - zone * MS_MINUTE);
    c.pf.rfc2822 = true;
    return true;
}

function parseString(c) {
    var iso = isoFormatOf(c.input);
    if (iso !== null) {
        c.format = iso;
        c.pf.iso = true;
        parseWithFormat(c);
        return;
    }
    if (parseRFC2822(c)) { return; }
    // neither ISO nor RFC 2822: moment falls back to the engine's Date parser
    c.d = new Date(c.input + (c.useUTC ? ' UTC' : ''));
}

var ISO_8601 = function () {};
var RFC_2822_MARK = function () {};

function parseWithFormats(c, formats) {
    var best = null, bestScore = Infinity, first = null;
    for (var i = 0; i < formats.length; i++) {
        var attempt = newParseState(c.input, formats[i], c.strict, c.useUTC, c.locale);
        runParse(attempt);
        if (first === null) { first = attempt; }
        if (!parseIsValid(attempt)) { continue; }
        var score = attempt.pf.charsLeftOver + attempt.pf.unusedTokens.length * 10;
        if (score < bestScore) { bestScore = score; best = attempt; }
    }
    var chosen = best || first;
    for (var key in chosen) { c[key] = chosen[key]; }
    c.format = formats;
}

function runParse(c) {
    if (c.format === ISO_8601) { c.format = isoFormatOf(c.input); if (c.format === null) { c.pf.invalidFormat = true; return; } c.pf.iso = true; parseWithFormat(c); return; }
    if (c.format === RFC_2822_MARK) { if (!parseRFC2822(c)) { c.pf.invalidFormat = true; } return; }
    parseWithFormat(c);
}

function fromInput(input, format, locale, strict, useUTC) {
    if (locale === true || locale === false) { strict = locale; locale = undefined; }
    if ((isObject(input) && isObjectEmpty(input)) || (isArray(input) && input.length === 0)) { input = undefined; }
    var loc = getLocale(locale) || getLocale();
    if (isMoment(input)) {
        var copy = copyMoment(input);
        if (useUTC) { copy.utc(); }
        return copy;
    }
    var c = newParseState(input, format, strict, useUTC, loc), m;
    if (input === null || (format === undefined && input === '')) {
        c.pf.nullInput = true;
        c.d = new Date(NaN);
    } else if (typeof input === 'string' && format !== undefined && format !== null && !(isArray(format) && format.length === 0)) {
        if (isArray(format)) { parseWithFormats(c, format); } else { runParse(c); }
    } else if (isDate(input)) {
        c.d = new Date(input.valueOf());
    } else if (input === undefined) {
        c.d = new Date(hooks.now());
    } else if (typeof input === 'string') {
        parseString(c);
    } else if (isArray(input)) {
        c.a = input.slice(0, 7).map(function (v) { return v == null ? v : parseInt(v, 10); });
        buildFromArray(c);
        checkOverflow(c);
    } else if (isObject(input)) {
        var units = normalizeObjectUnits(input), day = units.day === undefined ? units.date : units.day;
        c.a = [units.year, units.month, day, units.hour, units.minute, units.second, units.millisecond].map(function (v) { return v && parseInt(v, 10); });
        buildFromArray(c);
        checkOverflow(c);
    } else if (isNumber(input)) {
        c.d = new Date(+input);
    } else {
        c.d = new Date(NaN);
    }
    if (!c.d) { c.d = new Date(NaN); }
    var hasFlags = c.format !== undefined || isArray(input) || isObject(input) || typeof input === 'string';
    m = new Moment(c.d.getTime(), false, undefined, loc);
    m._i = input; m._f = c.format; m._strict = c.strict; m._pf = c.pf; m._tzm = c.tzm;
    m._isValid = !c.invalid && (hasFlags && c.a.length || c.format !== undefined ? parseIsValid(c) : !isNaN(c.d.getTime()));
    if (typeof input === 'string' && c.format === undefined && !c.pf.iso) { m._isValid = !c.invalid && !c.pf.nullInput && !isNaN(c.d.getTime()) && (!c.pf.rfc2822 || parseIsValid(c)); }
    if (!m._isValid) { m._d = new Date(NaN); }
    if (c.nextDay && m._isValid) { m.add(1, 'd'); }
    if (useUTC) { m.utc(); }
    return m;
}

// -------------------------------------------------------------------------------------------------
// The module function

function hooks(input, format, locale, strict) { return fromInput(input, format, locale, strict, false); }
hooks.now = function () { return Date.now(); };
hooks.utc = function (input, format, locale, strict) { return fromInput(input, format, locale, strict, true); };
hooks.unix = function (seconds) { return hooks(seconds * 1000); };
hooks.parseZone = function () { return hooks.apply(null, arguments).parseZone(); };
hooks.invalid = function (flags) {
    var m = new Moment(NaN, false);
    m._isValid = false;
    m._pf.userInvalidated = !flags;
    if (flags) { for (var key in flags) { m._pf[key] = flags[key]; } }
    return m;
};
hooks.isMoment = isMoment;
hooks.isDate = isDate;
hooks.version = VERSION;
hooks.fn = Moment.prototype;
hooks.prototype = Moment.prototype;
hooks.ISO_8601 = ISO_8601;
hooks.RFC_2822 = RFC_2822_MARK;
hooks.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
hooks.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
hooks.HTML5_FMT = {
    DATETIME_LOCAL: 'YYYY-MM-DDTHH:mm', DATETIME_LOCAL_SECONDS: 'YYYY-MM-DDTHH:mm:ss', DATETIME_LOCAL_MS: 'YYYY-MM-DDTHH:mm:ss.SSS',
    DATE: 'YYYY-MM-DD', TIME: 'HH:mm', TIME_SECONDS: 'HH:mm:ss', TIME_MS: 'HH:mm:ss.SSS', WEEK: 'GGGG-[W]WW', MONTH: 'YYYY-MM'
};
hooks.normalizeUnits = normalizeUnits;
hooks.parseTwoDigitYear = parseTwoDigitYear;
hooks.suppressDeprecationWarnings = false;
hooks.deprecationHandler = null;

function pickBy(method, moments) {
    if (moments.length === 1 && isArray(moments[0])) { moments = moments[0]; }
    if (!moments.length) { return hooks(); }
    var result = moments[0];
    for (var i = 1; i < moments.length; i++) {
        if (!moments[i].isValid() || moments[i][method](result)) { result = moments[i]; }
    }
    return result;
}
hooks.min = function () { return pickBy('isBefore', [].slice.call(arguments)); };
hooks.max = function () { return pickBy('isAfter', [].slice.call(arguments)); };

hooks.locale = function (name, values) {
    if (name) {
        var found = values ? hooks.defineLocale(name, values) : getLocale(name);
        if (found) { globalLocaleName = found._abbr; }
    }
    return globalLocaleName;
};
hooks.defineLocale = function (name, config) {
    if (config === null) { delete locales[name]; return null; }
    var base = enConfig();
    for (var key in config) { base[key] = config[key]; }
    base.abbr = name;
    locales[name] = new Locale(base);
    hooks.locale(name);
    return locales[name];
};
hooks.updateLocale = function (name, config) {
    if (config == null) { return locales[name] || null; }
    var locale = locales[name];
    if (!locale) { return hooks.defineLocale(name, config); }
    locale.set(config);
    hooks.locale(name);
    return locale;
};
hooks.localeData = function (name) { return getLocale(name) || getLocale(); };
hooks.locales = function () { return Object.keys(locales); };

function listFrom(field, count) {
    return function (localeSorted, index) {
        var names = getLocale()['_' + field];
        if (typeof localeSorted === 'boolean') {
            if (field.indexOf('weekdays') === 0 && localeSorted) {
                var shift = getLocale()._week.dow;
                names = names.slice(shift).concat(names.slice(0, shift));
            }
        } else {
            index = localeSorted;
        }
        if (isNumber(index)) { return names[index]; }
        return names.slice(0, count);
    };
}
hooks.months = listFrom('months', 12);
hooks.monthsShort = listFrom('monthsShort', 12);
hooks.weekdays = listFrom('weekdays', 7);
hooks.weekdaysShort = listFrom('weekdaysShort', 7);
hooks.weekdaysMin = listFrom('weekdaysMin', 7);

// -------------------------------------------------------------------------------------------------
// Moment.prototype

var proto = Moment.prototype;

proto.isValid = function () { return this._isValid !== false && !isNaN(this._d.getTime()); };
proto.parsingFlags = function () { return this._pf; };
proto.invalidAt = function () { return this._pf.overflow; };
proto.creationData = function () { return { input: this._i, format: this._f, locale: this._locale, isUTC: this._isUTC, strict: this._strict }; };
proto.clone = function () { return copyMoment(this); };
proto.valueOf = function () { return this.isValid() ? this._d.getTime() : NaN; };
proto.unix = function () { return Math.floor(this.valueOf() / 1000); };
proto.toDate = function () { return new Date(this.valueOf()); };
proto.toArray = function () { var f = fieldsOf(this); return f.slice(0, 7); };
proto.toObject = function () {
    var f = fieldsOf(this);
    return { years: f[0], months: f[1], date: f[2], hours: f[3], minutes: f[4], seconds: f[5], milliseconds: f[6] };
};
proto.toJSON = function () { return this.isValid() ? this.toISOString() : null; };
proto.toString = function () { return this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
proto.inspect = function () {
    if (!this.isValid()) { return 'moment.invalid(/* ' + this._i + ' */)'; }
    var fn = 'moment', zone = '';
    if (!this.isLocal()) { fn = this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone'; zone = 'Z'; }
    var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
    return this.format('[' + fn + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]');
};
proto.toISOString = function (keepOffset) {
    if (!this.isValid()) { return null; }
    var utc = keepOffset !== true, m = utc ? this.clone().utc() : this;
    if (m.year() < 0 || m.year() > 9999) {
        return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ');
    }
    return formatMoment(m, utc ? 'YYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYY-MM-DD[T]HH:mm:ss.SSSZ');
};
proto.format = function (input) {
    if (!input) { input = this.isUtc() ? hooks.defaultFormatUtc : hooks.defaultFormat; }
    return formatMoment(this, input);
};
proto.locale = function (name) {
    if (name === undefined) { return this._locale._abbr; }
    var found = getLocale(name);
    if (found) { this._locale = found; }
    return this;
};
proto.lang = proto.locale;
proto.localeData = function () { return this._locale; };

// getters and setters
function accessor(unit) {
    return function (value) {
        if (value !== undefined && value !== null) { return setField(this, unit, value); }
        return getField(this, unit);
    };
}
proto.year = proto.years = accessor('year');
proto.date = proto.dates = accessor('date');
proto.hour = proto.hours = accessor('hour');
proto.minute = proto.minutes = accessor('minute');
proto.second = proto.seconds = accessor('second');
proto.millisecond = proto.milliseconds = accessor('millisecond');
proto.month = proto.months = function (value) {
    if (value === undefined || value === null) { return getField(this, 'month'); }
    if (typeof value === 'string') {
        if (/^\d+$/.test(value)) { value = toInt(value); }
        else {
            value = this.localeData().monthsParse(value, false);
            if (!isNumber(value)) { return this; }
        }
    }
    return setField(this, 'month', value);
};
proto.day = proto.days = function (value) {
    if (!this.isValid()) { return value != null ? this : NaN; }
    var day = fieldsOf(this)[7];
    if (value == null) { return day; }
    if (typeof value === 'string') {
        if (isNaN(value)) {
            value = this.localeData().weekdaysParse(value, false);
            if (value === null) { return this; }
        } else {
            value = parseInt(value, 10);
        }
    }
    return this.add(value - day, 'd');
};
proto.weekday = function (value) {
    if (!this.isValid()) { return value != null ? this : NaN; }
    var weekday = (this.day() + 7 - this.localeData()._week.dow) % 7;
    return value == null ? weekday : this.add(value - weekday, 'd');
};
proto.isoWeekday = function (value) {
    if (!this.isValid()) { return value != null ? this : NaN; }
    if (value != null) {
        if (typeof value === 'string' && isNaN(value)) {
            var parsed = this.localeData().weekdaysParse(value, false);
            value = parsed === null ? null : parsed % 7 || 7;
            if (value === null) { return this; }
        }
        return this.day(this.day() % 7 ? value : value - 7);
    }
    return this.day() || 7;
};
proto.dayOfYear = function (value) {
    var doy = Math.round((this.clone().startOf('day') - this.clone().startOf('year')) / MS_DAY) + 1;
    return value == null ? doy : this.add(value - doy, 'd');
};
proto.quarter = proto.quarters = function (value) {
    return value == null ? Math.ceil((this.month() + 1) / 3) : this.month((value - 1) * 3 + (this.month() % 3));
};
proto.week = proto.weeks = function (value) {
    var week = this.localeData().week(this);
    return value == null ? week : this.add((value - week) * 7, 'd');
};
proto.isoWeek = proto.isoWeeks = function (value) {
    var week = weekOfYear(this, 1, 4).week;
    return value == null ? week : this.add((value - week) * 7, 'd');
};
proto.weekYear = function (value) {
    var w = this.localeData()._week;
    if (value == null) { return weekOfYear(this, w.dow, w.doy).year; }
    return setWeekYear(this, value, this.week(), this.weekday() + w.dow, w.dow, w.doy);
};
proto.isoWeekYear = function (value) {
    if (value == null) { return weekOfYear(this, 1, 4).year; }
    return setWeekYear(this, value, this.isoWeek(), this.isoWeekday(), 1, 4);
};
proto.weeksInYear = function () { var w = this.localeData()._week; return weeksInYear(this.year(), w.dow, w.doy); };
proto.weeksInWeekYear = function () { var w = this.localeData()._week; return weeksInYear(this.weekYear(), w.dow, w.doy); };
proto.isoWeeksInYear = function () { return weeksInYear(this.year(), 1, 4); };
proto.isoWeeksInISOWeekYear = function () { return weeksInYear(this.isoWeekYear(), 1, 4); };
proto.daysInMonth = function () { return daysInMonth(this.year(), this.month()); };
proto.isLeapYear = function () { return isLeapYear(this.year()); };

var UNIT_PRIORITY = { year: 1, month: 8, weekYear: 1, isoWeekYear: 1, quarter: 7, week: 5, isoWeek: 5, date: 9, day: 11, weekday: 11, isoWeekday: 11, dayOfYear: 4, hour: 13, minute: 14, second: 15, millisecond: 16 };
proto.get = function (units) {
    units = normalizeUnits(units);
    if (typeof this[units] === 'function') { return this[units](); }
    return this;
};
proto.set = function (units, value) {
    if (typeof units === 'object' && units !== null) {
        var normalized = normalizeObjectUnits(units), keys = Object.keys(normalized).filter(function (u) { return hasOwn.call(UNIT_PRIORITY, u); });
        keys.sort(function (x, y) { return UNIT_PRIORITY[x] - UNIT_PRIORITY[y]; });
        for (var i = 0; i < keys.length; i++) { this[keys[i]](normalized[keys[i]]); }
    } else {
        units = normalizeUnits(units);
        if (typeof this[units] === 'function') { return this[units](value); }
    }
    return this;
};

// manipulation
function addSubtract(m, duration, sign) {
    var ms = duration._milliseconds, days = absRound(duration._days), months = absRound(duration._months);
    if (!m.isValid()) { return m; }
    if (ms) { m._d.setTime(m._d.getTime() + ms * sign); }
    if (days) { var f = fieldsOf(m); f[2] += days * sign; setFields(m, f); }
    if (months) {
        var g = fieldsOf(m), target = g[1] + months * sign;
        g[2] = Math.min(g[2], daysInMonth(g[0], target));
        g[1] = target;
        setFields(m, g);
    }
    return m;
}
function addOrSubtract(sign) {
    return function (input, period) {
        // the old argument order, add('days', 1)
        if (period !== null && !isNaN(+period) && typeof input === 'string' && isNaN(+input)) { var swap = input; input = period; period = swap; }
        return addSubtract(this, createDuration(input, period), sign);
    };
}
proto.add = addOrSubtract(1);
proto.subtract = addOrSubtract(-1);

proto.startOf = function (units) {
    units = normalizeUnits(units);
    if (units === undefined || units === 'millisecond' || !this.isValid()) { return this; }
    var f = fieldsOf(this), t = this._d.getTime(), offset = offsetMinutes(this) * MS_MINUTE;
    switch (units) {
        case 'year': return setFields(this, [f[0], 0, 1, 0, 0, 0, 0]);
        case 'quarter': return setFields(this, [f[0], f[1] - (f[1] % 3), 1, 0, 0, 0, 0]);
        case 'month': return setFields(this, [f[0], f[1], 1, 0, 0, 0, 0]);
        case 'week': return setFields(this, [f[0], f[1], f[2] - this.weekday(), 0, 0, 0, 0]);
        case 'isoWeek': return setFields(this, [f[0], f[1], f[2] - (this.isoWeekday() - 1), 0, 0, 0, 0]);
        case 'day': case 'date': return setFields(this, [f[0], f[1], f[2], 0, 0, 0, 0]);
        case 'hour': this._d.setTime(t - mod(t + offset, MS_HOUR)); return this;
        case 'minute': this._d.setTime(t - mod(t, MS_MINUTE)); return this;
        case 'second': this._d.setTime(t - mod(t, MS_SECOND)); return this;
    }
    return this;
};
proto.endOf = function (units) {
    units = normalizeUnits(units);
    if (units === undefined || units === 'millisecond' || !this.isValid()) { return this; }
    var f = fieldsOf(this), t = this._d.getTime(), offset = offsetMinutes(this) * MS_MINUTE, self = this;
    function before(fields) { self._d.setTime(timeFromFields(self, fields) - 1); return self; }
    switch (units) {
        case 'year': return before([f[0] + 1, 0, 1, 0, 0, 0, 0]);
        case 'quarter': return before([f[0], f[1] - (f[1] % 3) + 3, 1, 0, 0, 0, 0]);
        case 'month': return before([f[0], f[1] + 1, 1, 0, 0, 0, 0]);
        case 'week': return before([f[0], f[1], f[2] - this.weekday() + 7, 0, 0, 0, 0]);
        case 'isoWeek': return before([f[0], f[1], f[2] - (this.isoWeekday() - 1) + 7, 0, 0, 0, 0]);
        case 'day': case 'date': return before([f[0], f[1], f[2] + 1, 0, 0, 0, 0]);
        case 'hour': this._d.setTime(t + MS_HOUR - mod(t + offset, MS_HOUR) - 1); return this;
        case 'minute': this._d.setTime(t + MS_MINUTE - mod(t, MS_MINUTE) - 1); return this;
        case 'second': this._d.setTime(t + MS_SECOND - mod(t, MS_SECOND) - 1); return this;
    }
    return this;
};

// comparison
function asMoment(input) { return isMoment(input) ? input : hooks(input); }
proto.isAfter = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) { return false; }
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') { return this.valueOf() > other.valueOf(); }
    return other.valueOf() < this.clone().startOf(units).valueOf();
};
proto.isBefore = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) { return false; }
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') { return this.valueOf() < other.valueOf(); }
    return this.clone().endOf(units).valueOf() < other.valueOf();
};
proto.isSame = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) { return false; }
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') { return this.valueOf() === other.valueOf(); }
    var t = other.valueOf();
    return this.clone().startOf(units).valueOf() <= t && t <= this.clone().endOf(units).valueOf();
};
proto.isSameOrAfter = function (input, units) { return this.isSame(input, units) || this.isAfter(input, units); };
proto.isSameOrBefore = function (input, units) { return this.isSame(input, units) || this.isBefore(input, units); };
proto.isBetween = function (from, to, units, inclusivity) {
    var a = asMoment(from), b = asMoment(to);
    if (!(this.isValid() && a.isValid() && b.isValid())) { return false; }
    inclusivity = inclusivity || '()';
    return (inclusivity[0] === '(' ? this.isAfter(a, units) : !this.isBefore(a, units)) &&
        (inclusivity[1] === ')' ? this.isBefore(b, units) : !this.isAfter(b, units));
};

// `input` as a moment in this moment's mode (its offset), for differences
function cloneWithOffset(input, model) {
    if (model._isUTC) {
        var res = model.clone(), t = isMoment(input) || isDate(input) ? input.valueOf() : hooks(input).valueOf();
        res._d.setTime(t);
        res._isValid = !isNaN(t);
        return res;
    }
    return hooks(input).local();
}

function monthDiff(a, b) {
    if (a.date() < b.date()) { return -monthDiff(b, a); }
    var whole = (b.year() - a.year()) * 12 + (b.month() - a.month()), anchor = a.clone().add(whole, 'months'), anchor2, adjust;
    if (b - anchor < 0) {
        anchor2 = a.clone().add(whole - 1, 'months');
        adjust = (b - anchor) / (anchor - anchor2);
    } else {
        anchor2 = a.clone().add(whole + 1, 'months');
        adjust = (b - anchor) / (anchor2 - anchor);
    }
    return -(whole + adjust) || 0;
}

proto.diff = function (input, units, asFloat) {
    if (!this.isValid()) { return NaN; }
    var that = cloneWithOffset(input, this);
    if (!that.isValid()) { return NaN; }
    var zoneDelta = (that.utcOffset() - this.utcOffset()) * MS_MINUTE, output;
    switch (normalizeUnits(units)) {
        case 'year': output = monthDiff(this, that) / 12; break;
        case 'month': output = monthDiff(this, that); break;
        case 'quarter': output = monthDiff(this, that) / 3; break;
        case 'second': output = (this - that) / 1e3; break;
        case 'minute': output = (this - that) / 6e4; break;
        case 'hour': output = (this - that) / 36e5; break;
        case 'day': output = (this - that - zoneDelta) / 864e5; break;
        case 'week': output = (this - that - zoneDelta) / 6048e5; break;
        default: output = this - that;
    }
    return asFloat ? output : absFloor(output);
};

// offsets
proto.utcOffset = function (input, keepLocalTime, keepMinutes) {
    if (!this.isValid()) { return input != null ? this : NaN; }
    if (input == null) { return offsetMinutes(this); }
    if (typeof input === 'string') {
        input = offsetFromString(RE.shortOffset, input);
        if (input === null) { return this; }
    } else if (Math.abs(input) < 16 && !keepMinutes) {
        input = input * 60;
    }
    var fields = keepLocalTime ? fieldsOf(this) : null;
    this._isUTC = true;
    this._offset = input;
    if (fields) { setFields(this, fields); }
    return this;
};
proto.utc = function (keepLocalTime) { return this.utcOffset(0, keepLocalTime); };
proto.local = function (keepLocalTime) {
    if (this._isUTC) {
        var fields = keepLocalTime ? fieldsOf(this) : null;
        this._isUTC = false;
        this._offset = undefined;
        if (fields) { setFields(this, fields); }
    }
    return this;
};
proto.parseZone = function () {
    if (this._tzm != null) { this.utcOffset(this._tzm, false, true); }
    else if (typeof this._i === 'string') {
        var zone = offsetFromString(RE.offset, this._i);
        if (zone != null) { this.utcOffset(zone); } else { this.utcOffset(0, true); }
    }
    return this;
};
proto.hasAlignedHourOffset = function (input) {
    if (!this.isValid()) { return false; }
    input = input ? hooks(input).utcOffset() : 0;
    return (this.utcOffset() - input) % 60 === 0;
};
proto.isDST = function () {
    return this.utcOffset() > this.clone().month(0).utcOffset() || this.utcOffset() > this.clone().month(5).utcOffset();
};
proto.isLocal = function () { return this.isValid() ? !this._isUTC : false; };
proto.isUtcOffset = function () { return this.isValid() ? this._isUTC : false; };
proto.isUtc = proto.isUTC = function () { return this.isValid() ? this._isUTC && this._offset === 0 : false; };
proto.zoneAbbr = function () { return this._isUTC ? 'UTC' : ''; };
proto.zoneName = function () { return this._isUTC ? 'Coordinated Universal Time' : ''; };

// relative time and calendar
proto.from = function (time, withoutSuffix) {
    if (this.isValid() && ((isMoment(time) && time.isValid()) || hooks(time).isValid())) {
        return createDuration({ to: this, from: time }).locale(this.locale()).humanize(!withoutSuffix);
    }
    return this.localeData().invalidDate();
};
proto.fromNow = function (withoutSuffix) { return this.from(hooks(), withoutSuffix); };
proto.to = function (time, withoutSuffix) {
    if (this.isValid() && ((isMoment(time) && time.isValid()) || hooks(time).isValid())) {
        return createDuration({ from: this, to: time }).locale(this.locale()).humanize(!withoutSuffix);
    }
    return this.localeData().invalidDate();
};
proto.toNow = function (withoutSuffix) { return this.to(hooks(), withoutSuffix); };
proto.calendar = function (time, formats) {
    if (arguments.length === 1 && time && !isMoment(time) && !isDate(time) && typeof time === 'object' && !isArray(time)) {
        var keys = ['sameDay', 'nextDay', 'lastDay', 'nextWeek', 'lastWeek', 'sameElse'];
        if (keys.some(function (k) { return hasOwn.call(time, k); })) { formats = time; time = undefined; }
    }
    var now = time || hooks(), sod = cloneWithOffset(now, this).startOf('day'), diff = this.diff(sod, 'days', true);
    var key = diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
    var output = formats && (typeof formats[key] === 'function' ? formats[key].call(this, now) : formats[key]);
    return this.format(output || this.localeData().calendar(key, this, hooks(now)));
};

// -------------------------------------------------------------------------------------------------
// Durations

function Duration(input) {
    var u = normalizeObjectUnits(input);
    this._isValid = durationInputValid(u);
    this._milliseconds = +(u.millisecond || 0) + (u.second || 0) * 1e3 + (u.minute || 0) * 6e4 + (u.hour || 0) * 36e5;
    this._days = +(u.day || 0) + (u.week || 0) * 7;
    this._months = +(u.month || 0) + (u.quarter || 0) * 3 + (u.year || 0) * 12;
    this._data = {};
    this._locale = getLocale();
    bubble(this);
}
var DURATION_ORDER = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'millisecond'];
function durationInputValid(u) {
    var sawFraction = false;
    for (var key in u) {
        if (hasOwn.call(u, key) && !(DURATION_ORDER.indexOf(key) !== -1 && (u[key] == null || !isNaN(u[key])))) { return false; }
    }
    for (var i = 0; i < DURATION_ORDER.length; i++) {
        var value = u[DURATION_ORDER[i]];
        if (value) {
            if (sawFraction) { return false; }
            if (parseFloat(value) !== toInt(value)) { sawFraction = true; }
        }
    }
    return true;
}
function isDuration(v) { return v instanceof Duration; }
function daysToMonths(days) { return (days * 4800) / 146097; }
function monthsToDays(months) { return (months * 146097) / 4800; }
function bubble(d) {
    var ms = d._milliseconds, days = d._days, months = d._months, data = d._data;
    if (!((ms >= 0 && days >= 0 && months >= 0) || (ms <= 0 && days <= 0 && months <= 0))) {
        ms += absCeil(monthsToDays(months) + days) * MS_DAY;
        days = 0;
        months = 0;
    }
    data.milliseconds = ms % 1000;
    var seconds = absFloor(ms / 1000);
    data.seconds = seconds % 60;
    var minutes = absFloor(seconds / 60);
    data.minutes = minutes % 60;
    var hours = absFloor(minutes / 60);
    data.hours = hours % 24;
    days += absFloor(hours / 24);
    var monthsFromDays = absFloor(daysToMonths(days));
    months += monthsFromDays;
    days -= absCeil(monthsToDays(monthsFromDays));
    data.days = days;
    data.months = months % 12;
    data.years = absFloor(months / 12);
    return d;
}

var ASP_NET_RE = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
var ISO_DURATION_RE = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;

function createDuration(input, key) {
    var duration = input, match, sign, result;
    if (isDuration(input)) {
        duration = { ms: input._milliseconds, d: input._days, M: input._months };
    } else if (isNumber(input) || !isNaN(+input)) {
        duration = {};
        if (key) { duration[key] = +input; } else { duration.milliseconds = +input; }
    } else if (typeof input === 'string' && (match = ASP_NET_RE.exec(input))) {
        sign = match[1] === '-' ? -1 : 1;
        duration = { y: 0, d: toInt(match[2]) * sign, h: toInt(match[3]) * sign, m: toInt(match[4]) * sign, s: toInt(match[5]) * sign, ms: toInt(absRound(match[6] * 1000)) * sign };
    } else if (typeof input === 'string' && (match = ISO_DURATION_RE.exec(input))) {
        sign = match[1] === '-' ? -1 : 1;
        var part = function (text) { var n = text && parseFloat(text.replace(',', '.')); return (isNaN(n) ? 0 : n) * sign; };
        duration = { y: part(match[2]), M: part(match[3]), w: part(match[4]), d: part(match[5]), h: part(match[6]), m: part(match[7]), s: part(match[8]) };
    } else if (duration == null) {
        duration = {};
    } else if (typeof duration === 'object' && ('from' in duration || 'to' in duration)) {
        var diff = momentsDifference(hooks(duration.from), hooks(duration.to));
        duration = { ms: diff.milliseconds, M: diff.months };
    }
    result = new Duration(duration);
    if (isDuration(input) && hasOwn.call(input, '_locale')) { result._locale = input._locale; }
    if (isDuration(input) && hasOwn.call(input, '_isValid')) { result._isValid = input._isValid; }
    return result;
}

function positiveDifference(base, other) {
    var res = { milliseconds: 0, months: 0 };
    res.months = other.month() - base.month() + (other.year() - base.year()) * 12;
    if (base.clone().add(res.months, 'M').isAfter(other)) { --res.months; }
    res.milliseconds = +other - +base.clone().add(res.months, 'M');
    return res;
}
function momentsDifference(base, other) {
    if (!(base.isValid() && other.isValid())) { return { milliseconds: 0, months: 0 }; }
    other = cloneWithOffset(other, base);
    if (base.isBefore(other)) { return positiveDifference(base, other); }
    var res = positiveDifference(other, base);
    res.milliseconds = -res.milliseconds;
    res.months = -res.months;
    return res;
}

hooks.duration = createDuration;
hooks.isDuration = isDuration;
hooks.duration.fn = Duration.prototype;
hooks.duration.invalid = function () { var d = createDuration(NaN); d._isValid = false; return d; };

var dproto = Duration.prototype;
dproto.isValid = function () { return this._isValid; };
dproto.clone = function () { return createDuration(this); };
dproto.abs = function () {
    var data = this._data;
    this._milliseconds = Math.abs(this._milliseconds);
    this._days = Math.abs(this._days);
    this._months = Math.abs(this._months);
    ['milliseconds', 'seconds', 'minutes', 'hours', 'months', 'years'].forEach(function (k) { data[k] = Math.abs(data[k]); });
    return this;
};
function durationAddSubtract(d, input, value, sign) {
    var other = createDuration(input, value);
    d._milliseconds += sign * other._milliseconds;
    d._days += sign * other._days;
    d._months += sign * other._months;
    return bubble(d);
}
dproto.add = function (input, value) { return durationAddSubtract(this, input, value, 1); };
dproto.subtract = function (input, value) { return durationAddSubtract(this, input, value, -1); };
dproto.as = function (units) {
    if (!this.isValid()) { return NaN; }
    var days, months, ms = this._milliseconds;
    units = normalizeUnits(units);
    if (units === 'month' || units === 'quarter' || units === 'year') {
        days = this._days + ms / MS_DAY;
        months = this._months + daysToMonths(days);
        return units === 'month' ? months : units === 'quarter' ? months / 3 : months / 12;
    }
    days = this._days + Math.round(monthsToDays(this._months));
    switch (units) {
        case 'week': return days / 7 + ms / 6048e5;
        case 'day': return days + ms / 864e5;
        case 'hour': return days * 24 + ms / 36e5;
        case 'minute': return days * 1440 + ms / 6e4;
        case 'second': return days * 86400 + ms / 1000;
        case 'millisecond': return Math.floor(days * 864e5) + ms;
        default: throw new Error('Unknown unit ' + units);
    }
};
['Milliseconds:ms', 'Seconds:s', 'Minutes:m', 'Hours:h', 'Days:d', 'Weeks:w', 'Months:M', 'Quarters:Q', 'Years:y'].forEach(function (pair) {
    var parts = pair.split(':');
    dproto['as' + parts[0]] = function () { return this.as(parts[1]); };
});
dproto.valueOf = function () { return this.as('ms'); };
['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (name) {
    dproto[name] = function () { return this.isValid() ? this._data[name] : NaN; };
});
dproto.weeks = function () { return absFloor(this.days() / 7); };
dproto.get = function (units) {
    units = normalizeUnits(units);
    return this.isValid() && typeof this[units + 's'] === 'function' ? this[units + 's']() : NaN;
};
dproto.locale = function (name) {
    if (name === undefined) { return this._locale._abbr; }
    var found = getLocale(name);
    if (found) { this._locale = found; }
    return this;
};
dproto.localeData = function () { return this._locale; };

var thresholds = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };
function relativeTime(duration, withoutSuffix, limits, locale) {
    var d = createDuration(duration).abs(), round = hooks.relativeTimeRounding();
    var seconds = round(d.as('s')), minutes = round(d.as('m')), hours = round(d.as('h')), days = round(d.as('d'));
    var months = round(d.as('M')), weeks = round(d.as('w')), years = round(d.as('y'));
    var a = (seconds <= limits.ss && ['s', seconds]) || (seconds < limits.s && ['ss', seconds]) || (minutes <= 1 && ['m']) ||
        (minutes < limits.m && ['mm', minutes]) || (hours <= 1 && ['h']) || (hours < limits.h && ['hh', hours]) ||
        (days <= 1 && ['d']) || (days < limits.d && ['dd', days]);
    if (limits.w != null) { a = a || (weeks <= 1 && ['w']) || (weeks < limits.w && ['ww', weeks]); }
    a = a || (months <= 1 && ['M']) || (months < limits.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
    return locale.relativeTime(a[1] || 1, !!withoutSuffix, a[0], +duration > 0);
}
dproto.humanize = function (withSuffix, limits) {
    if (!this.isValid()) { return this.localeData().invalidDate(); }
    var own = thresholds, key;
    if (typeof withSuffix === 'object') { limits = withSuffix; withSuffix = false; }
    if (typeof withSuffix !== 'boolean') { withSuffix = false; }
    if (typeof limits === 'object' && limits !== null) {
        own = {};
        for (key in thresholds) { own[key] = thresholds[key]; }
        for (key in limits) { own[key] = limits[key]; }
        if (limits.s != null && limits.ss == null) { own.ss = limits.s - 1; }
    }
    var locale = this.localeData(), output = relativeTime(this, !withSuffix, own, locale);
    return withSuffix ? locale.pastFuture(+this, output) : output;
};
dproto.toISOString = function () {
    if (!this.isValid()) { return this.localeData().invalidDate(); }
    var seconds = Math.abs(this._milliseconds) / 1000, days = Math.abs(this._days), months = Math.abs(this._months);
    var total = this.asSeconds();
    if (!total) { return 'P0D'; }
    var minutes = absFloor(seconds / 60), hours = absFloor(minutes / 60);
    seconds %= 60;
    minutes %= 60;
    var years = absFloor(months / 12);
    months %= 12;
    var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
    var totalSign = total < 0 ? '-' : '', ymSign = signOf(this._months) !== signOf(total) ? '-' : '';
    var daysSign = signOf(this._days) !== signOf(total) ? '-' : '', hmsSign = signOf(this._milliseconds) !== signOf(total) ? '-' : '';
    return totalSign + 'P' + (years ? ymSign + years + 'Y' : '') + (months ? ymSign + months + 'M' : '') + (days ? daysSign + days + 'D' : '') +
        (hours || minutes || seconds ? 'T' : '') + (hours ? hmsSign + hours + 'H' : '') + (minutes ? hmsSign + minutes + 'M' : '') +
        (seconds ? hmsSign + s + 'S' : '');
};
dproto.toJSON = dproto.toISOString;
dproto.toString = dproto.toISOString;

var rounding = Math.round;
hooks.relativeTimeRounding = function (fn) {
    if (fn === undefined) { return rounding; }
    if (typeof fn === 'function') { rounding = fn; return true; }
    return false;
};
hooks.relativeTimeThreshold = function (threshold, limit) {
    if (thresholds[threshold] === undefined) { return false; }
    if (limit === undefined) { return thresholds[threshold]; }
    thresholds[threshold] = limit;
    if (threshold === 's') { thresholds.ss = limit - 1; }
    return true;
};
hooks.calendarFormat = function (m, now) {
    var diff = m.diff(now, 'days', true);
    return diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
};

module.exports = hooks;
