import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/rbac-custom-roles.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { ADMINS_GROUP, HSM_TYPE, loadTerraform, LOCAL, positionOf, tf, tfHsm } from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const P = 'Microsoft.KeyVault/managedHsm';
const block = (dataActions: string[], notDataActions?: string[]) =>
  `  permission {
    data_actions = [${dataActions.map((a) => `"${a}"`).join(', ')}]
${notDataActions ? `    not_data_actions = [${notDataActions.map((a) => `"${a}"`).join(', ')}]\n` : ''}  }
`;
const role = (...blocks: string[]) =>
  tf(
    ADMINS_GROUP,
    tfHsm(),
    `resource "${HSM_TYPE}_role_definition" "custom" {
  name           = "7a9c1e52-1b8e-4a4f-8d36-0f3c2f8c7e10"
  managed_hsm_id = ${HSM_TYPE}.hsm.id
  role_name      = "app-role"

${blocks.join('\n')}}
`,
  );
const at = (files: Record<string, string>, text: string) => positionOf(files['main.tf'], `"${text}"`);

const KEYS_ALL = role(block([`${P}/keys/*`]));
const EVERYTHING = role(block(['*']));
const MIXED_CASE = role(
  block([`microsoft.keyvault/managedhsm/securitydomain/download/action`, `${P}/keys/sign/action`]),
);
const TWO_BLOCKS = role(block([`${P}/keys/decrypt/action`]), block([`${P}/roleAssignments/write/action`]));

new RuleTester(registry).run(rule, {
  valid: [
    {
      name: 'key usage only',
      files: role(block([`${P}/keys/read/action`, `${P}/keys/encrypt/action`, `${P}/keys/decrypt/action`])),
    },
    {
      name: 'administration only',
      files: role(block([`${P}/roleAssignments/write/action`, `${P}/keys/export/action`])),
    },
    { name: 'keys/* without export', files: role(block([`${P}/keys/*`], [`${P}/keys/export/action`])) },
    {
      name: 'a looked-up built-in role is not judged',
      files: tf(
        ADMINS_GROUP,
        tfHsm(),
        `data "${HSM_TYPE}_role_definition" "user" {\n  managed_hsm_id = ${HSM_TYPE}.hsm.id\n  name           = "${LOCAL.cryptoUser}"\n}\n`,
      ),
    },
  ],
  invalid: [
    {
      name: 'keys/* grants export with usage',
      files: KEYS_ALL,
      errors: [
        {
          messageId: 'sensitiveWithUsage',
          ...at(KEYS_ALL, `${P}/keys/*`),
          message:
            "Custom role 'app-role' grants keys/export/action together with key usage (keys/encrypt/action, keys/decrypt/action, keys/wrap/action, keys/unwrap/action, keys/sign/action, keys/verify/action, keys/release/action)",
        },
      ],
    },
    {
      name: '* grants everything',
      files: EVERYTHING,
      errors: [
        {
          messageId: 'sensitiveWithUsage',
          ...at(EVERYTHING, '*'),
          message: 'grants keys/export/action, securitydomain/download/action, roleAssignments/write/action',
        },
      ],
    },
    {
      name: 'names compared without regard to case',
      files: MIXED_CASE,
      errors: [
        {
          messageId: 'sensitiveWithUsage',
          ...at(MIXED_CASE, 'microsoft.keyvault/managedhsm/securitydomain/download/action'),
          message: 'grants securitydomain/download/action together with key usage (keys/sign/action)',
        },
      ],
    },
    {
      name: 'the halves in two permission blocks',
      files: TWO_BLOCKS,
      errors: [{ messageId: 'sensitiveWithUsage', ...at(TWO_BLOCKS, `${P}/roleAssignments/write/action`) }],
    },
    {
      name: 'an exclusion in another block does not apply',
      files: role(block([`${P}/keys/*`]), block([`${P}/keys/read/action`], [`${P}/keys/export/action`])),
      errors: [{ messageId: 'sensitiveWithUsage' }],
    },
    {
      name: 'data actions from a variable without a value',
      files: {
        'main.tf': `variable "actions" {\n  type = list(string)\n}\n${role(`  permission {\n    data_actions = var.actions\n  }\n`)['main.tf']}`,
      },
      errors: [{ messageId: 'unresolved', message: 'var.actions' }],
    },
  ],
});
