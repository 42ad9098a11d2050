// postie's `ajv` module: Ajv 6's API (new Ajv(options), compile, validate, addSchema, getSchema,
// addFormat, addKeyword, errorsText, validateSchema, …; "should be …" messages) over postie's own
// validator in jsonschema.js. Postman's sandbox bundles ajv 6.12.5.
'use strict';

module.exports = require('jsonschema').Ajv;
