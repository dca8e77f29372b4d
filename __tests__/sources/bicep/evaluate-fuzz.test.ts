import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { printBicep, type Program } from '../../../src/sources/bicep/index.js';
import { evaluateFiles } from './evaluate-helpers.js';
import { parametersProgram, templateProgram } from './arbitraries.js';

/**
 * Random programs of the parser's grammar arbitraries evaluate without throwing. The files they refer to
 * (`./modules/dns.bicep`, `./shared.bicep`) are random programs too, and may refer back to each other.
 */
function check(main: Program, other: Program, shared: Program, mainName: string): void {
  const files: Record<string, string> = {
    [mainName]: printBicep(main),
    'modules/dns.bicep': printBicep(other),
    'modules/modules/dns.bicep': printBicep(main),
    'shared.bicep': printBicep(shared),
    'main.bicep': printBicep(other),
  };
  const parsed = evaluateFiles(files, mainName, {
    modules: { 'br/public:avm/res/key-vault/managed-hsm:0.1.0': 'main.bicep' },
  });
  for (const resource of parsed.resources) {
    // Reading any property never throws either.
    for (const path of ['name', 'properties', 'properties.a', 'scope', 'identity.type', 'sku.name'])
      resource.get(path);
    void resource.displayName;
  }
  // The source catches what it throws as an internal error: there must be none.
  expect(parsed.problems.filter((p) => p.message.startsWith('Internal error')).map((p) => p.message)).toEqual(
    [],
  );
}

/** Fragments of real templates, so random sequences make half-valid programs that reach the evaluator. */
const fragment = fc.constantFrom(
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = ",
  "resource k 'keys' = ",
  "module m './modules/dns.bicep' = ",
  'param p string = ',
  'param xs array\n',
  'var v = ',
  'func f(a int) int => ',
  "using './modules/dns.bicep'\n",
  '[for (x, i) in xs: ',
  "if (p == 'a') ",
  '{',
  '}',
  ']',
  '(',
  ')',
  '\n',
  'name: ',
  'parent: hsm\n',
  'scope: hsm\n',
  'properties: ',
  'hsm.id',
  'hsm::k.name',
  'm.outputs.o',
  'x.?a',
  'xs[^1]',
  "'${p}-x'",
  'f(1)',
  'v',
  '...v',
  'x => x',
  '1 + ',
  '? 1 : 2',
  '??',
  'output o string = ',
);

describe('evaluating random programs', () => {
  it('half-valid texts evaluate without throwing', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), fc.array(fragment, { maxLength: 40 }), (a, b) => {
        const files = {
          'main.bicep': a.join(''),
          'modules/dns.bicep': b.join(''),
          'x.bicepparam': b.join(''),
        };
        for (const entry of ['main.bicep', 'x.bicepparam']) {
          const parsed = evaluateFiles(files, entry);
          expect(parsed.problems.filter((p) => p.message.startsWith('Internal error'))).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('templates evaluate without throwing', () => {
    fc.assert(
      fc.property(templateProgram, templateProgram, templateProgram, (main, other, shared) =>
        check(main, other, shared, 'x.bicep'),
      ),
      { numRuns: 300 },
    );
  });

  it('parameters files evaluate without throwing', () => {
    fc.assert(
      fc.property(parametersProgram, templateProgram, templateProgram, (params, other, shared) =>
        check(params, other, shared, 'x.bicepparam'),
      ),
      { numRuns: 300 },
    );
  });
});
