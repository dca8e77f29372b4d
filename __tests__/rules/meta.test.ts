import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registry, RULES } from '../../rules/index.js';
import { PRESETS } from '../../rules/presets.js';
import { checkRuleSchema } from '../../src/engine/options.js';
import { sectionOf } from '../../src/model/article.js';
import { PRODUCT_VERSION } from '../../src/model/product.js';
import { configSchemaText, withRuleTable } from '../../scripts/generated.js';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const REQUIRED_HEADINGS = ['## Why', '## Problems', '## Not problems', '## Options', '## When not to use it'];

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  it('lives in rules/<id>.ts', () => {
    expect(existsSync(join(root, 'rules', `${id}.ts`))).toBe(true);
  });

  it('has complete meta', () => {
    expect(rule.meta.docs.description.length).toBeGreaterThan(20);
    expect(sectionOf(rule.meta.docs.recommendation)).toBeDefined();
    expect(rule.meta.surfaces.length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const policy of rule.meta.docs.policy ?? [])
      expect(policy).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('has an option schema that compiles and accepts its defaults', () => {
    expect(checkRuleSchema(rule)).toBeUndefined();
    expect(rule.meta.defaultOptions.length).toBeLessThanOrEqual(rule.meta.schema.length);
  });

  it('is in both presets', () => {
    expect(PRESETS.recommended[id]).toBeDefined();
    expect(PRESETS.strict[id]).toBeDefined();
  });

  it('has a documentation page with the expected sections, naming its policies and section', () => {
    const page = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const heading of REQUIRED_HEADINGS) expect(text).toContain(`\n${heading}\n`);
    for (const policy of rule.meta.docs.policy ?? []) expect(text).toContain(policy);
    expect(text).toContain(sectionOf(rule.meta.docs.recommendation)!.title);
  });

  it('has a RuleTester suite', () => {
    expect(existsSync(join(root, '__tests__', 'rules', `${id}.test.ts`))).toBe(true);
  });
});

describe('catalog', () => {
  it('presets name only registered rules', () => {
    for (const preset of Object.values(PRESETS)) {
      for (const id of Object.keys(preset)) expect(registry.rules.has(id)).toBe(true);
    }
  });

  it('has a documentation page only for registered rules', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...registry.rules.keys()].sort());
  });

  it('keeps the published configuration schema in sync with rule meta (npm run generate)', () => {
    expect(readFileSync(join(root, 'schema', 'hsmlint.config.schema.json'), 'utf8')).toBe(configSchemaText());
  });

  it('keeps the README rule table in sync with rule meta (npm run generate)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(withRuleTable(readme)).toBe(readme);
  });

  it('reports the version written in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(PRODUCT_VERSION).toBe(pkg.version);
  });
});
