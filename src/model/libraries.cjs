/* global exports, require */
// Libraries most runs never call (a run without a configuration file validates nothing and reads no
// YAML), required on first use so that start-up does not pay for evaluating them. CommonJS on purpose:
// the bundler keeps a `require` inside a function lazy, and still bundles what it requires.
// eslint-disable-next-line @typescript-eslint/no-require-imports
exports.yamlLibrary = () => require('yaml');
// eslint-disable-next-line @typescript-eslint/no-require-imports
exports.ajvLibrary = () => require('ajv');
