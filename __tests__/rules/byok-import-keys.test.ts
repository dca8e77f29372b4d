import { beforeAll } from '@jest/globals';
import rule from '../../rules/byok-import-keys.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import {
  defaultNote,
  defaults,
  hsmWith,
  lineOf,
  variableNote,
  withParametersFile,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
  azapiHsm,
  azapiKey,
  loadTerraform,
  planHsmWith,
  planKey,
  positionOf,
  tf,
  tfKey,
  tfPlan,
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

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
    errors: [
      {
        messageId: 'notExclusive',
        ...at(BICEP_NOT_EXCLUSIVE, 'keyOps:'),
        message: "Set keyOps to ['import'] alone.",
      },
    ],
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

// ---------------------------------------------------------------- Terraform

const tfKek = (attributes: Record<string, string | undefined>, ...more: string[]) =>
  tfWithHsm(tfKey({ key_size: '4096', key_opts: '["import"]', ...attributes }), ...more);
const TF_NOT_EXCLUSIVE = tfKek({ key_opts: '["import", "decrypt"]' });
const TF_EC = tfKek({ key_type: '"EC-HSM"', key_size: undefined, curve: '"P-384"' });
const TF_BOTH = tfKek({
  key_type: '"EC-HSM"',
  key_size: undefined,
  curve: '"P-384"',
  key_opts: '["import", "sign"]',
});
const TF_FROM_VARIABLE = tfKek(
  { key_opts: 'var.key_opts' },
  tfVariable('key_opts', 'list(string)', '["import", "unwrapKey"]'),
);
const AZAPI_NOT_EXCLUSIVE = tf(
  azapiHsm(),
  azapiKey('      kty     = "RSA-HSM"\n      keySize = 4096\n      keyOps  = ["import", "sign"]\n'),
);
const PLAN_NOT_EXCLUSIVE = {
  'plan.json': tfPlan([planHsmWith({}), planKey({ key_size: 4096, key_opts: ['import', 'wrapKey'] })]),
};
const at_ = (files: Record<string, string>, text: string) => positionOf(files['main.tf'], text);

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: an RSA-HSM key exchange key with key_opts ["import"] alone', files: tfKek({}) },
  { name: 'Terraform: a key without import is not a key exchange key', files: tfWithHsm(tfKey()) },
  {
    name: 'azapi: keyOps ["import"] on an RSA-HSM key',
    files: tf(
      azapiHsm(),
      azapiKey('      kty     = "RSA-HSM"\n      keySize = 4096\n      keyOps  = ["import"]\n'),
    ),
  },
  {
    name: 'plan JSON: import alone on an RSA-HSM key',
    files: { 'plan.json': tfPlan([planHsmWith({}), planKey({ key_size: 4096, key_opts: ['import'] })]) },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: import together with decrypt',
    files: TF_NOT_EXCLUSIVE,
    errors: [
      {
        messageId: 'notExclusive',
        ...at_(TF_NOT_EXCLUSIVE, 'key_opts'),
        message:
          "Key 'app-key' allows 'import' together with 'decrypt'. 'import' is mutually exclusive with all other key operations: a key exchange key serves only to bring wrapped keys into the HSM. Set key_opts to [\"import\"] alone.",
      },
    ],
  },
  {
    name: 'Terraform: an EC-HSM key that allows import',
    files: TF_EC,
    errors: [
      {
        messageId: 'notRsaHsm',
        ...at_(TF_EC, 'key_type'),
        message:
          "allows 'import' but its key type is EC-HSM. A BYOK key exchange key must be RSA-HSM; create it with key_type RSA-HSM.",
      },
    ],
  },
  {
    name: 'Terraform: an EC-HSM key allowing import and sign: both findings',
    files: TF_BOTH,
    errors: [
      { messageId: 'notRsaHsm', ...at_(TF_BOTH, 'key_type') },
      { messageId: 'notExclusive', ...at_(TF_BOTH, 'key_opts'), message: "together with 'sign'" },
    ],
  },
  {
    name: "Terraform: import with unwrapKey as the default of variable 'key_opts'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'notExclusive',
        line: at_(TF_FROM_VARIABLE, '  key_opts ').line,
        column: 3,
        parameter: 'key_opts',
        message: variableNote('key_opts'),
      },
    ],
  },
  {
    name: 'azapi: keyOps import and sign in the key body',
    files: AZAPI_NOT_EXCLUSIVE,
    errors: [{ messageId: 'notExclusive', ...at_(AZAPI_NOT_EXCLUSIVE, 'keyOps') }],
  },
  {
    name: 'plan JSON: import with wrapKey, located in the plan',
    files: PLAN_NOT_EXCLUSIVE,
    errors: [
      {
        messageId: 'notExclusive',
        file: 'plan.json',
        ...positionOf(PLAN_NOT_EXCLUSIVE['plan.json'], '"key_opts"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
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
    ...terraformInvalid,
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
