import { describe, expect, it } from '@jest/globals';
import { classifyArmRoot, mayBeArm, parseArmFile } from '../../../src/sources/arm/template.js';
import { findExcessiveNesting, parseJsonc } from '../../../src/sources/arm/jsonc.js';

describe('parseJsonc', () => {
  it('accepts comments and trailing commas and reports comments with positions', () => {
    const doc = parseJsonc('a.json', '{\n  // note\n  "a": 1, /* block */\n}');
    expect(doc.errors).toEqual([]);
    expect(doc.comments.map((c) => c.text.trim())).toEqual(['note', 'block']);
    expect(doc.comments[1].range.start).toEqual({ line: 3, column: 11 });
  });

  it('reports syntax errors with their position and keeps what was read', () => {
    const doc = parseJsonc('a.json', '{\n  "a": 1,\n  "b": tru\n}');
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.errors[0].range.start.line).toBe(3);
    expect(doc.root?.kind).toBe('object');
  });

  it('stops documents nested deeper than the limit before parsing', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(findExcessiveNesting(deep, 256)).toBe(256);
    const doc = parseJsonc('d.json', deep);
    expect(doc.root).toBeUndefined();
    expect(doc.errors[0].message).toMatch(/Nesting deeper than 256/);
    expect(doc.errors[0].range.start).toEqual({ line: 1, column: 257 });
  });

  it('ignores brackets inside strings and comments when measuring depth', () => {
    expect(findExcessiveNesting('{"a": "[[[[[[", // [[[[\n "b": 1}', 2)).toBeUndefined();
  });
});

describe('classifying JSON files', () => {
  const classify = (text: string) => classifyArmRoot(parseJsonc('x.json', text).root);
  it('recognises templates by $schema, or by contentVersion and resources', () => {
    expect(
      classify(
        '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}',
      ),
    ).toBe('template');
    expect(classify('{"contentVersion": "1.0.0.0", "resources": []}')).toBe('template');
    expect(classify('{"resources": [{"type": "a/b", "apiVersion": "2020-01-01"}]}')).toBe('template');
  });
  it('recognises parameter files and everything else', () => {
    expect(
      classify(
        '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}',
      ),
    ).toBe('parameters');
    expect(classify('{"name": "pkg", "version": "1.0.0"}')).toBe('other');
    expect(classify('[1, 2]')).toBe('other');
  });
  it('prefilters by bytes', () => {
    expect(mayBeArm('{"name": "x"}')).toBe(false);
    expect(mayBeArm('{"resources" : []}')).toBe(true);
  });
});

describe('reading resources', () => {
  const template = (resources: string, extra = '') =>
    `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", ${extra} "resources": ${resources}}`;

  it('qualifies nested child types and names and keeps the parent key', () => {
    const result = parseArmFile(
      'n.json',
      template(`[{"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "properties": {},
        "resources": [{"type": "keys", "apiVersion": "2025-05-01", "name": "k1", "properties": {"kty": "RSA-HSM"}}]}]`),
    );
    expect(result.resources.map((r) => [r.type, r.displayName])).toEqual([
      ['Microsoft.KeyVault/managedHSMs', 'hsm1'],
      ['Microsoft.KeyVault/managedHSMs/keys', 'hsm1/k1'],
    ]);
    expect(result.resources[1].parentKey).toBe(result.resources[0].key);
  });

  it('reads languageVersion 2.0 symbolic-name resources and existing references', () => {
    const result = parseArmFile(
      's.json',
      template(
        `{"vault": {"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "old", "existing": true},
          "hsm": {"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "new", "properties": {}}}`,
        '"languageVersion": "2.0",',
      ),
    );
    expect(result.resources.map((r) => [r.symbol, r.existing])).toEqual([
      ['vault', true],
      ['hsm', false],
    ]);
  });

  it('skips resources whose condition is literally false and marks expression conditions', () => {
    const result = parseArmFile(
      'c.json',
      template(`[{"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "a", "condition": false},
        {"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "b", "condition": "[parameters('deploy')]"}]`),
    );
    expect(result.resources).toHaveLength(1);
    expect(result.resources[0].conditional).toBe("[parameters('deploy')]");
  });

  it('turns expressions into unknown values and unescapes [[', () => {
    const result = parseArmFile(
      'e.json',
      template(`[{"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "[parameters('n')]",
        "properties": {"publicNetworkAccess": "[variables('pna')]", "tags": "[[not an expression]"}}]`),
    );
    const r = result.resources[0];
    expect(r.name).toMatchObject({ kind: 'unknown', expression: "[parameters('n')]" });
    expect(r.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'unknown',
      expression: "[variables('pna')]",
    });
    expect(r.get('properties.tags')).toMatchObject({ kind: 'known', value: '[not an expression]' });
  });

  it('reads hsmlint suppressions from resource metadata', () => {
    const result = parseArmFile(
      'm.json',
      template(`[{"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "a",
        "metadata": {"hsmlint": {"disable": [{"rule": "purge-protection", "reason": "test HSM", "expires": "2027-03-01"}, {"rule": "x"}]}}}]`),
    );
    expect(result.resources[0].suppressions.map((s) => [s.rule, s.reason, s.expires])).toEqual([
      ['purge-protection', 'test HSM', '2027-03-01'],
      ['x', undefined, undefined],
    ]);
  });

  it('reports a resource without a literal type and continues', () => {
    const result = parseArmFile(
      't.json',
      template(
        `[{"name": "x"}, {"type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "ok"}]`,
      ),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'A resource needs a "type" that can be evaluated.',
    ]);
    expect(result.resources).toHaveLength(1);
  });

  it('collects suppression directives from comments', () => {
    const result = parseArmFile(
      'd.jsonc',
      `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        // hsmlint-disable-next-line purge-protection, public-network-access -- lab HSM
        "resources": []}`,
    );
    expect(result.directives).toEqual([
      expect.objectContaining({
        kind: 'disable-next-line',
        rules: ['purge-protection', 'public-network-access'],
        reason: 'lab HSM',
      }),
    ]);
  });
});
