// `require('atob')`: the WHATWG atob function (Node's, with its DOMException errors), from buffer.js.
module.exports = require('buffer').atob;
