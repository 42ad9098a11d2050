// postie's `tv4` module: tv4 1.x's API (validate, validateResult, validateMultiple, addSchema,
// getSchema, addFormat, defineKeyword, error, missing, …) over postie's own validator in jsonschema.js.
// Postman's legacy `tv4` global is this same object.
'use strict';

module.exports = require('jsonschema').createTv4();
