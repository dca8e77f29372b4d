import rule from '../../rules/byok-import-keys.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';

const { keyOps: _omitted, ...withoutOps } = COMPLIANT_KEY;
const kek = (kty: unknown, keyOps: unknown) => withHsm(key({ ...withoutOps, kty, keySize: 4096, keyOps }));

/** A key exchange key whose kty is parameter `kty`, with the given default. */
const ktyFrom = (kty: unknown) =>
  hsmWith(
    defaults({ kty }),
    key({ ...withoutOps, kty: "[parameters('kty')]", keySize: 4096, keyOps: ['import'] }),
  );
const KTY_LINE = lineOf(ktyFrom('RSA-HSM'), '"kty": "[parameters');

/** An RSA-HSM key whose keyOps are parameter `keyOps`, with the given default. */
const opsFrom = (keyOps: string[]) =>
  hsmWith(defaults({ keyOps }), key({ ...withoutOps, keySize: 4096, keyOps: "[parameters('keyOps')]" }));

const BICEP_KEK = { ...BICEP_KEY_PROPERTIES, kty: 'RSA-HSM', keySize: 4096, keyOps: ['import'] };
const BICEP_NOT_EXCLUSIVE = withBicepKey({ ...BICEP_KEK, keyOps: ['import', 'encrypt'] });
const BICEP_EC_KEK = withBicepKey({ ...BICEP_KEK, kty: 'EC-HSM', keySize: raw('null'), curveName: 'P-384' });

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: an RSA-HSM key exchange key for import only',
    files: { 'main.bicep': withBicepKey(BICEP_KEK) },
  },
  { name: 'Bicep: a key without import', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: import together with encrypt',
    files: { 'main.bicep': BICEP_NOT_EXCLUSIVE },
    errors: [{ messageId: 'notExclusive', ...at(BICEP_NOT_EXCLUSIVE, 'keyOps:') }],
  },
  {
    name: 'Bicep: an EC key that allows import',
    files: { 'main.bicep': BICEP_EC_KEK },
    errors: [{ messageId: 'notRsaHsm', ...at(BICEP_EC_KEK, 'kty:') }],
  },
  {
    name: "Bicep: operations from the default of parameter 'ops'",
    files: {
      'main.bicep': withBicepKey(
        { ...BICEP_KEK, keyOps: raw('ops') },
        "param ops array = ['import', 'sign']",
      ),
    },
    errors: [{ messageId: 'notExclusive', parameter: 'ops', message: bicepDefaultNote('ops') }],
  },
  {
    name: 'Bicep: operations from a parameter without a value: unresolved',
    files: { 'main.bicep': withBicepKey({ ...BICEP_KEK, keyOps: raw('ops') }, 'param ops array') },
    errors: [{ messageId: 'unresolved' }],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    {
      name: 'RSA-HSM key exchange key allowing only import',
      files: { 'a.json': kek('RSA-HSM', ['import']) },
    },
    { name: 'RSA is RSA-HSM in a Managed HSM', files: { 'a.json': kek('RSA', ['import']) } },
    {
      name: 'nested key exchange key',
      files: { 'a.json': nestedKey({ ...withoutOps, keyOps: ['import'] }) },
    },
    {
      name: 'a key without import is not a key exchange key',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY)) },
    },
    { name: 'an EC key without import', files: { 'a.json': kek('EC-HSM', ['sign', 'verify']) } },
    { name: 'a key without keyOps', files: { 'a.json': withHsm(key(withoutOps)) } },
    {
      name: 'case-insensitive names and values',
      files: { 'a.json': withHsm(key({ KTY: 'rsa-hsm', KEYOPS: ['Import'] })) },
    },
    {
      name: 'kty missing: key-type reports it',
      files: { 'a.json': withHsm(key({ keyOps: ['import'] })) },
    },
    { name: "RSA-HSM as the default of parameter 'kty'", files: { 'a.json': ktyFrom('RSA-HSM') } },
    {
      name: "keyOps [import] as the default of parameter 'keyOps'",
      files: { 'a.json': opsFrom(['import']) },
    },
    {
      name: 'the parameters file beside the template sets import alone over a default with wrapKey',
      files: withParametersFile(opsFrom(['import', 'wrapKey']), { keyOps: ['import'] }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    {
      name: 'import together with other operations',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM",
      "keyOps": ["import", "wrapKey", "unwrapKey"]
    }`),
      },
      errors: [
        {
          messageId: 'notExclusive',
          line: 8,
          column: 7,
          message: "Key 'hsm1/key1' allows 'import' together with 'wrapKey', 'unwrapKey'",
        },
      ],
    },
    {
      name: 'an EC key exchange key',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "EC-HSM",
      "keyOps": ["import"]
    }`),
      },
      errors: [{ messageId: 'notRsaHsm', line: 7, column: 7, message: 'its key type is EC-HSM' }],
    },
    {
      name: 'an oct-HSM key that allows import and decrypt',
      files: { 'a.json': withHsm(key({ kty: 'oct-HSM', keySize: 256, keyOps: ['decrypt', 'import'] })) },
      errors: [
        { messageId: 'notRsaHsm', message: 'oct-HSM' },
        { messageId: 'notExclusive', message: "'decrypt'" },
      ],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...withoutOps, keyOps: ['import', 'release'] }) },
      errors: [{ messageId: 'notExclusive', message: "'release'" }],
    },
    {
      name: 'keyOps from an expression: unresolved',
      files: {
        'a.json': withParameters({ ops: 'array' }, key({ ...withoutOps, keyOps: "[parameters('ops')]" })),
      },
      errors: [{ messageId: 'unresolved', message: "properties.keyOps is [parameters('ops')]" }],
    },
    {
      name: 'import with an operation from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { op: 'string' },
          key({ ...withoutOps, keyOps: ['import', "[parameters('op')]"] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: 'must allow nothing else' }],
    },
    {
      name: 'an operation from an expression could be import: unresolved',
      files: {
        'a.json': withParameters(
          { op: 'string' },
          key({ ...withoutOps, keyOps: ['wrapKey', "[parameters('op')]"] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "[parameters('op')]" }],
    },
    {
      name: 'import with kty from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...withoutOps, kty: "[parameters('kty')]", keyOps: ['import'] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "properties.kty is [parameters('kty')]" }],
    },
    {
      name: "EC-HSM as the default of parameter 'kty'",
      files: { 'a.json': ktyFrom('EC-HSM') },
      errors: [
        {
          messageId: 'notRsaHsm',
          parameter: 'kty',
          line: KTY_LINE,
          message: `its key type is EC-HSM. A BYOK key exchange key must be RSA-HSM; create it with kty RSA-HSM. ${defaultNote('kty')}`,
        },
      ],
    },
    {
      name: "import with wrapKey as the default of parameter 'keyOps'",
      files: { 'a.json': opsFrom(['import', 'wrapKey']) },
      errors: [
        {
          messageId: 'notExclusive',
          parameter: 'keyOps',
          message: "allows 'import' together with 'wrapKey'",
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: oct-HSM over RSA-HSM',
      files: withParametersFile(ktyFrom('RSA-HSM'), { kty: 'oct-HSM' }),
      paths: ['main.json'],
      errors: [
        { messageId: 'notRsaHsm', file: 'main.json', line: KTY_LINE, message: 'its key type is oct-HSM' },
      ],
    },
  ],
});
