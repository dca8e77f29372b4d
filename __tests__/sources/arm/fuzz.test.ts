import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseArmFile } from '../../../src/sources/arm/template.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const expression = fc.oneof(
  fc.constantFrom(
    "[parameters('p')]",
    "[variables('v')]",
    "[concat(parameters('p'), 'x')]",
    '[copyIndex()]',
    "[resourceId('Microsoft.KeyVault/managedHSMs', parameters('p'))]",
    "[if(equals(parameters('p'), 'a'), 'Enabled', 'Disabled')]",
    "[variables('loop')]",
    '[[escaped]',
  ),
  fc.string({ maxLength: 30 }).map((s) => `[${s}]`),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  expression,
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

const resource = fc.record({
  type: fc.constantFrom(
    'Microsoft.KeyVault/managedHSMs',
    'Microsoft.KeyVault/managedHSMs/keys',
    'Microsoft.Resources/deployments',
    'Microsoft.Network/privateEndpoints',
    "[variables('t')]",
  ),
  apiVersion: fc.constantFrom('2025-05-01', '2021-10-01', "[variables('api')]"),
  name: fc.oneof(fc.string({ maxLength: 12 }), expression),
  condition: fc.option(fc.oneof(fc.boolean(), expression), { nil: undefined }),
  copy: fc.option(
    fc.record({
      name: fc.constantFrom('loop', 'x'),
      count: fc.oneof(fc.integer({ min: -5, max: 50 }), expression),
    }),
    { nil: undefined },
  ),
  properties: value,
});

const template = fc.record({
  $schema: fc.constant(SCHEMA),
  parameters: fc.dictionary(
    fc.constantFrom('p', 'q', 'secret'),
    fc.record({ type: fc.constantFrom('string', 'securestring', 'int', 'array'), defaultValue: value }),
    { maxKeys: 3 },
  ),
  variables: fc.dictionary(fc.constantFrom('v', 't', 'api', 'loop'), value, { maxKeys: 4 }),
  resources: fc.array(resource, { maxLength: 4 }),
});

describe('the ARM source under random input', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseArmFile('r.json', text, { explicit: true });
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random templates with random expressions, and every resource has a range', () => {
    fc.assert(
      fc.property(template, (t) => {
        const result = parseArmFile('t.json', JSON.stringify(t, null, 1), {
          now: new Date('2026-01-01T00:00:00Z'),
        });
        for (const r of result.resources) {
          expect(r.range.start.line).toBeGreaterThanOrEqual(1);
          r.get('properties.publicNetworkAccess');
          r.get('properties.networkAcls.defaultAction');
        }
      }),
      { numRuns: 300 },
    );
  });
});
