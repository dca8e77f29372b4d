// Regenerates the files derived from rule meta: the configuration schema and the README rule table.
import { readFileSync, writeFileSync } from 'node:fs';
import { configSchemaText, withRuleTable } from './generated.js';

const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${root}schema/hsmlint.config.schema.json`, configSchemaText());
writeFileSync(`${root}README.md`, withRuleTable(readFileSync(`${root}README.md`, 'utf8')));
console.log('Updated schema/hsmlint.config.schema.json and the README rule table.');
