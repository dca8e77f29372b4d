/* global module, require */
// The YAML library as one CommonJS file (dist/yaml.cjs, dist/cli/yaml.cjs), which src/model/libraries.ts
// requires the first time a run reads YAML: synchronously, in the middle of an evaluation.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS entry for the bundler
module.exports = require('yaml');
