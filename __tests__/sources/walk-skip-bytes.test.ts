import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeSource } from '../../src/sources/read.js';
import { IRRELEVANT_FILE } from '../../src/sources/relevance.js';
import { UNDECIDED, walkSkipReason, walkSkipReasonOfBytes } from '../../src/sources/walk-skip.js';
import { skipReasonOfFailedRead } from '../../src/sources/workspace.js';

const linked: Record<string, string> = {
  'infra/hsm.json':
    '{"$schema": "deploymentTemplate.json#", "resources": [{"type": "Microsoft.KeyVault/managedHSMs"}]}',
};
const context = {
  readFile: (file: string) => (file in linked ? { text: linked[file] } : { error: 'no such file' }),
};

/** What the walk decides on a file's text, read as the scan reads it. */
function byText(file: string, bytes: Uint8Array): string | undefined {
  const read = decodeSource(bytes);
  if (!read.ok) return skipReasonOfFailedRead(read, false);
  return walkSkipReason(file, read.text, context);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const TEMPLATE =
  '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"';

describe('the walk decision on a JSON file’s bytes', () => {
  const cases: Array<[string, Uint8Array, string | undefined | typeof UNDECIDED]> = [
    [
      'a template of other resources',
      utf8(`${TEMPLATE}, "resources": [{"type": "Microsoft.Storage/storageAccounts"}]}`),
      IRRELEVANT_FILE,
    ],
    [
      'a template with an HSM',
      utf8(`${TEMPLATE}, "resources": [{"type": "Microsoft.KeyVault/MANAGEDHSMS"}]}`),
      undefined,
    ],
    [
      'a template sending logs to Sentinel',
      utf8(`${TEMPLATE}, "resources": [{"name": "SecurityInsights(ws)"}]}`),
      undefined,
    ],
    ['a parameters file', utf8('{"$schema": "…/deploymentParameters.json#", "parameters": {}}'), undefined],
    ['JSON that is no template', utf8('{"name": "web", "version": "1.0.0"}'), 'not an ARM template'],
    ['a template with a UTF-8 byte order mark', utf8(`\ufeff${TEMPLATE}, "resources": []}`), IRRELEVANT_FILE],
    // The text decides what the bytes cannot.
    ['an object with "resources" but no schema', utf8('{"resources": []}'), UNDECIDED],
    [
      'a template linking another',
      utf8(`${TEMPLATE}, "resources": [{"properties": {"templateLink": {"relativePath": "hsm.json"}}}]}`),
      UNDECIDED,
    ],
    [
      'a Terraform plan',
      utf8('{"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {}}'),
      UNDECIDED,
    ],
    ['an empty file', new Uint8Array(0), UNDECIDED],
    ['white space only', utf8(' \n\t\r\n'), UNDECIDED],
    ['white space outside ASCII only', utf8('\u00a0\u2028'), UNDECIDED],
    ['a binary file', Uint8Array.from([0x7b, 0, 1, 2]), UNDECIDED],
    ['UTF-16 with a byte order mark', Buffer.from(`\ufeff${TEMPLATE}}`, 'utf16le'), UNDECIDED],
  ];

  it.each(cases)('%s', (_, bytes, expected) => {
    const file = 'infra/main.json';
    const decided = walkSkipReasonOfBytes(file, bytes);
    expect(decided).toBe(expected);
    if (decided !== UNDECIDED) expect(decided).toBe(byText(file, bytes));
  });

  it('follows the text when it cannot decide: a linked template that matters keeps the file', () => {
    const bytes = cases.find(([name]) => name === 'a template linking another')![1];
    expect(byText('infra/main.json', bytes)).toBeUndefined();
  });

  it('decides variables files and leaves files other than JSON to the text', () => {
    expect(walkSkipReasonOfBytes('env/prod.tfvars.json', utf8('{"a": 1}'))).toBe(
      byText('env/prod.tfvars.json', utf8('{"a": 1}')),
    );
    expect(walkSkipReasonOfBytes('main.bicep', utf8("resource x 'a@1' = {}"))).toBe(UNDECIDED);
    expect(walkSkipReasonOfBytes('main.tf.json', utf8(`${TEMPLATE}, "resources": []}`))).toBe(UNDECIDED);
  });

  it('never answers otherwise than the text, whatever the file holds', () => {
    const fragment = fc.constantFrom(
      '{',
      '}',
      '"',
      ':',
      ',',
      ' ',
      '\n',
      '\u00a0',
      'é',
      '\ufeff',
      '\0',
      'deploymentTemplate',
      'DEPLOYMENTPARAMETERS',
      '"resources"',
      '"Resources" :',
      'relativePath',
      '"hsm.json"',
      '"format_version"',
      '"terraform_version"',
      'managedHSMs',
      'managed-hsm',
      'Sentinel',
      '515eb02d',
      'storage',
    );
    const file = fc.constantFrom('a/main.json', 'a/main.JSONC', 'a/x.tfvars.json', 'a/x.tf.json');
    fc.assert(
      fc.property(file, fc.array(fragment, { maxLength: 12 }), fc.boolean(), (name, parts, bom) => {
        const bytes = utf8((bom ? '\ufeff' : '') + parts.join(''));
        const decided = walkSkipReasonOfBytes(name, bytes);
        if (decided !== UNDECIDED) expect(decided).toBe(byText(name, bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
