import rule from '../../rules/arm-key-management.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import {
  declared,
  defaults,
  HSM_NAME,
  hsmWith,
  lineOf,
  parameterized,
  withParametersFile,
} from './util/parameters.js';

// The rule judges no value (every ARM key is reported), so no finding can carry a parameter default.
// Parameters still decide which HSM a key belongs to, and whether it is deployed.

/** An HSM named by parameter `hsmName` (with the given default) and a key named after it. */
const keyOfNamedHsm = (hsmName: string) =>
  parameterized(
    defaults({ hsmName }),
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    key(COMPLIANT_KEY, { name: "[format('{0}/key1', parameters('hsmName'))]" }),
  );
// Findings point at the key declaration (its opening brace).
const KEY_LINE = lineOf(keyOfNamedHsm('hsm1'), '"type": "Microsoft.KeyVault/managedHSMs/keys"') - 1;

new RuleTester(registry).run(rule, {
  valid: [
    { name: 'an HSM without keys', files: { 'a.json': withHsm() } },
    {
      name: 'a referenced (existing) key is not deployed here',
      files: {
        'a.json': armTemplate([{ ...key(COMPLIANT_KEY), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'a key whose condition is literally false is not deployed',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY, { condition: false })) },
    },
    {
      name: 'Key Vault keys (vaults/keys) are managed through Resource Manager by design',
      files: {
        'a.json': armTemplate([
          {
            type: 'Microsoft.KeyVault/vaults/keys',
            apiVersion: '2023-07-01',
            name: 'v/k',
            properties: { kty: 'RSA' },
          },
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'a top-level key next to its HSM',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM"
    }`),
      },
      errors: [
        {
          messageId: 'trustsArm',
          line: 4,
          column: 17,
          message:
            "Key 'hsm1/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm1' has AllowKeyManagementOperationsThroughARM enabled",
        },
      ],
    },
    {
      name: 'a key nested under its HSM',
      files: { 'a.json': nestedKey(COMPLIANT_KEY) },
      errors: [{ messageId: 'trustsArm', message: "HSM 'hsm1'" }],
    },
    {
      name: 'each key is reported',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY), key(COMPLIANT_KEY, { name: 'hsm1/key2' })) },
      errors: [
        { messageId: 'trustsArm', message: "'hsm1/key1'" },
        { messageId: 'trustsArm', message: "'hsm1/key2'" },
      ],
    },
    {
      name: 'the HSM declared in another file',
      files: {
        'hsm.json': armTemplate([hsm(COMPLIANT_PROPERTIES, { name: 'shared-hsm' })]),
        'keys.json': armTemplate([key(COMPLIANT_KEY, { name: 'shared-hsm/key1' })]),
      },
      errors: [{ messageId: 'trustsArm', file: 'keys.json', message: "HSM 'shared-hsm'" }],
    },
    {
      name: 'the HSM is not in the scan: named after the key name',
      files: { 'keys.json': armTemplate([key(COMPLIANT_KEY, { name: 'elsewhere/key1' })]) },
      errors: [
        { messageId: 'trustsArm', message: "HSM 'elsewhere' has AllowKeyManagementOperationsThroughARM" },
      ],
    },
    {
      name: 'the key name is an expression and no HSM is known',
      files: {
        'keys.json': withParameters(
          { hsmName: 'string' },
          key(COMPLIANT_KEY, { name: "[format('{0}/key1', parameters('hsmName'))]" }),
        ),
      },
      errors: [{ messageId: 'trustsArm', message: 'only when its HSM has' }],
    },
    {
      name: 'a conditional key is reported as conditional',
      files: {
        'a.json': withParameters(
          { withKey: 'bool' },
          key(COMPLIANT_KEY, { condition: "[parameters('withKey')]" }),
        ),
      },
      errors: [{ messageId: 'trustsArm', conditional: true }],
    },
    {
      name: "the HSM and the key named after the default of parameter 'hsmName': linked",
      files: { 'a.json': keyOfNamedHsm('hsm1') },
      errors: [
        {
          messageId: 'trustsArm',
          line: KEY_LINE,
          message:
            "Key 'hsm1/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm1'",
        },
      ],
    },
    {
      name: "a key nested under an HSM named by parameter 'hsmName' without a value: linked by nesting",
      files: {
        'a.json': parameterized(declared({ hsmName: 'string' }), {
          ...hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
          resources: [{ type: 'keys', apiVersion: '2025-05-01', name: 'key1', properties: COMPLIANT_KEY }],
        }),
      },
      errors: [{ messageId: 'trustsArm', message: `only when HSM '${HSM_NAME}' has` }],
    },
    {
      name: "a key deployed only when parameter 'deployKey' is true, false by default: reported as conditional",
      files: {
        'a.json': hsmWith(
          defaults({ deployKey: false }),
          key(COMPLIANT_KEY, { condition: "[parameters('deployKey')]" }),
        ),
      },
      errors: [
        {
          messageId: 'trustsArm',
          conditional: true,
          message:
            "deployed only when [parameters('deployKey')] (false with the default of parameter 'deployKey')",
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: the HSM and key are hsm2',
      files: withParametersFile(keyOfNamedHsm('hsm1'), { hsmName: 'hsm2' }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'trustsArm',
          file: 'main.json',
          line: KEY_LINE,
          message:
            "Key 'hsm2/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm2'",
        },
      ],
    },
  ],
});
