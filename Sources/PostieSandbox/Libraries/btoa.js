// `require('btoa')`: the WHATWG btoa function (Node's, with its DOMException errors), from buffer.js.
module.exports = require('buffer').btoa;
