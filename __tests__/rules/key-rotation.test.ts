import { beforeAll } from '@jest/globals';
import rule from '../../rules/key-rotation.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
  azapiHsm,
  azapiKey,
  KEY_TYPE,
  loadTerraform,
  planHsmWith,
  planKey,
  plannedAt,
  positionOf,
  tf,
  tfKey,
  tfPlan,
  tfRotationPolicy,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { rotationPolicy: _omitted, ...withoutPolicy } = COMPLIANT_KEY;
const withActions = (...types: unknown[]) =>
  withHsm(
    key({
      ...withoutPolicy,
      rotationPolicy: {
        attributes: { expiryTime: 'P1Y' },
        lifetimeActions: types.map((type) => ({ trigger: { timeBeforeExpiry: 'P30D' }, action: { type } })),
      },
    }),
  );

/** A rotation policy whose lifetime actions have the given types. */
const policy = (...types: string[]) => ({
  attributes: { expiryTime: 'P1Y' },
  lifetimeActions: types.map((type) => ({ trigger: { timeBeforeExpiry: 'P30D' }, action: { type } })),
});

/** A key whose whole rotationPolicy is parameter `rotationPolicy`, with the given default. */
const policyFrom = (rotationPolicy: unknown) =>
  hsmWith(
    defaults({ rotationPolicy }),
    key({ ...withoutPolicy, rotationPolicy: "[parameters('rotationPolicy')]" }),
  );
const POLICY_LINE = lineOf(policyFrom(policy('rotate')), '"rotationPolicy": "[parameters');

const { rotationPolicy: _bicepPolicy, ...bicepNoPolicy } = BICEP_KEY_PROPERTIES;
const BICEP_NOTIFY_ONLY = withBicepKey({
  ...BICEP_KEY_PROPERTIES,
  rotationPolicy: {
    lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }],
  },
});

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: a rotate action', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
  {
    name: 'Bicep: a rotation policy from a variable',
    files: {
      'main.bicep': withBicepKey(
        { ...bicepNoPolicy, rotationPolicy: raw('policy') },
        "var policy = {\n  lifetimeActions: [\n    { trigger: { timeAfterCreate: 'P1Y' }, action: { type: 'Rotate' } }\n  ]\n}",
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no rotation policy',
    files: { 'main.bicep': withBicepKey(bicepNoPolicy) },
    errors: [{ messageId: 'missing' }],
  },
  {
    name: 'Bicep: notify only, at lifetimeActions',
    files: { 'main.bicep': BICEP_NOTIFY_ONLY },
    errors: [{ messageId: 'noRotateAction', ...at(BICEP_NOTIFY_ONLY, 'lifetimeActions:') }],
  },
  {
    name: 'Bicep: the action type from a parameter without a value: unresolved',
    files: {
      'main.bicep': withBicepKey(
        {
          ...BICEP_KEY_PROPERTIES,
          rotationPolicy: {
            lifetimeActions: [{ trigger: { timeAfterCreate: 'P1Y' }, action: { type: raw('action') } }],
          },
        },
        'param action string',
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const FOR_EACH_KEYS = '  for_each        = toset(["signing", "wrapping"])';
const TF_NO_POLICY = tfWithHsm(tfKey());
const TF_ONE_OF_TWO = tfWithHsm(
  tfKey({ name: 'each.key' }, { first: FOR_EACH_KEYS }),
  tfRotationPolicy(`${KEY_TYPE}.k["signing"].versionless_id`),
);
const TF_OTHER_KEY = tfWithHsm(
  tfKey(),
  tfKey({}, { name: 'other', keyName: 'other-key' }),
  tfRotationPolicy(`${KEY_TYPE}.other.versionless_id`),
);
const AZAPI_NOTIFY_ONLY = tf(
  azapiHsm(),
  azapiKey(
    '      kty            = "RSA-HSM"\n      rotationPolicy = { lifetimeActions = [{ trigger = { timeBeforeExpiry = "P30D" }, action = { type = "notify" } }] }\n',
  ),
);
const planRotation = (policy: boolean) => ({
  'plan.json': tfPlan([
    planHsmWith({}),
    planKey({}),
    ...(policy
      ? [
          {
            address: `${KEY_TYPE}_rotation_policy.k`,
            values: { expire_after: 'P1Y', time_after_creation: 'P90D', time_before_expiry: null },
            unknown: ['id', 'managed_hsm_key_id'],
            references: { managed_hsm_key_id: [`${KEY_TYPE}.k.versionless_id`, `${KEY_TYPE}.k`] },
          },
        ]
      : []),
  ]),
});
const PLAN_NO_POLICY = planRotation(false);
const keyAt = (files: Record<string, string>) => positionOf(files['main.tf'], `resource "${KEY_TYPE}" "k"`);

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: a rotation policy linked by managed_hsm_key_id = <key>.versionless_id',
    files: tfWithHsm(tfKey(), tfRotationPolicy()),
  },
  {
    name: 'Terraform: a policy rotating before expiry, linked by the versioned id',
    files: tfWithHsm(tfKey(), tfRotationPolicy(`${KEY_TYPE}.k.id`, 'time_before_expiry = "P30D"')),
  },
  {
    name: 'Terraform: for_each keys with a for_each policy over them',
    files: tfWithHsm(
      tfKey({ name: 'each.key' }, { first: FOR_EACH_KEYS }),
      tfRotationPolicy('each.value.versionless_id', undefined, 'k', `  for_each           = ${KEY_TYPE}.k\n`),
    ),
  },
  {
    name: 'azapi: a rotate lifetime action in the key body',
    files: tf(
      azapiHsm(),
      azapiKey(
        '      kty            = "RSA-HSM"\n      rotationPolicy = { lifetimeActions = [{ trigger = { timeAfterCreate = "P90D" }, action = { type = "Rotate" } }] }\n',
      ),
    ),
  },
  { name: 'plan JSON: a planned rotation policy referring to the key', files: planRotation(true) },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: no rotation policy resource',
    files: TF_NO_POLICY,
    errors: [
      {
        messageId: 'missing',
        ...keyAt(TF_NO_POLICY),
        message:
          "Key 'app-key' has no rotation policy, so new key versions are only ever created by hand. Add an azurerm_key_vault_managed_hardware_security_module_key_rotation_policy for it with time_after_creation (for example P90D).",
      },
    ],
  },
  {
    name: 'Terraform: for_each keys, the policy covers only one instance',
    files: TF_ONE_OF_TWO,
    errors: [{ messageId: 'missing', ...keyAt(TF_ONE_OF_TWO), message: "Key 'wrapping'" }],
  },
  {
    name: 'Terraform: the policy belongs to another key',
    files: TF_OTHER_KEY,
    errors: [{ messageId: 'missing', ...keyAt(TF_OTHER_KEY), message: "Key 'app-key'" }],
  },
  {
    name: 'azapi: a key body whose rotation policy only notifies',
    files: AZAPI_NOTIFY_ONLY,
    errors: [
      {
        messageId: 'noRotateAction',
        ...positionOf(AZAPI_NOTIFY_ONLY['main.tf'], 'lifetimeActions'),
        message: '(actions: notify)',
      },
    ],
  },
  {
    name: 'plan JSON: no rotation policy, located at the planned key',
    files: PLAN_NO_POLICY,
    errors: [
      { messageId: 'missing', file: 'plan.json', ...plannedAt(PLAN_NO_POLICY['plan.json'], `${KEY_TYPE}.k`) },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'rotate and notify actions', files: { 'a.json': withHsm(key(COMPLIANT_KEY)) } },
    { name: 'nested key', files: { 'a.json': nestedKey(COMPLIANT_KEY) } },
    { name: 'action type compared case-insensitively', files: { 'a.json': withActions('Rotate') } },
    { name: 'a rotate action after a notify action', files: { 'a.json': withActions('notify', 'ROTATE') } },
    {
      name: 'case-insensitive property names',
      files: {
        'a.json': withHsm(
          key({ ...withoutPolicy, RotationPolicy: { LifetimeActions: [{ Action: { Type: 'rotate' } }] } }),
        ),
      },
    },
    {
      name: 'a known rotate action decides even when another action is an expression',
      files: {
        'a.json': withParameters(
          { actionType: 'string' },
          key({
            ...withoutPolicy,
            rotationPolicy: {
              lifetimeActions: [
                { action: { type: "[parameters('actionType')]" } },
                { action: { type: 'rotate' } },
              ],
            },
          }),
        ),
      },
    },
    {
      name: "a rotate action in the default of parameter 'rotationPolicy'",
      files: { 'a.json': policyFrom(policy('notify', 'rotate')) },
    },
    {
      name: "an action type that is the default of parameter 'action', rotate",
      files: {
        'a.json': hsmWith(
          defaults({ action: 'rotate' }),
          key({
            ...withoutPolicy,
            rotationPolicy: {
              lifetimeActions: [
                { trigger: { timeAfterCreate: 'P90D' }, action: { type: "[parameters('action')]" } },
              ],
            },
          }),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets a rotating policy over a notify-only default',
      files: withParametersFile(policyFrom(policy('notify')), { rotationPolicy: policy('rotate') }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'no rotation policy',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM"
    }`),
      },
      errors: [
        { messageId: 'missing', line: 6, column: 5, message: "Key 'hsm1/key1' has no rotation policy" },
      ],
    },
    {
      name: 'rotation policy null',
      files: { 'a.json': withHsm(key({ ...withoutPolicy, rotationPolicy: null })) },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'nested key without a policy',
      files: { 'a.json': nestedKey(withoutPolicy) },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'only a notify action',
      files: {
        'a.json': literal(`    "properties": {
      "rotationPolicy": {
        "lifetimeActions": [{ "trigger": { "timeBeforeExpiry": "P30D" }, "action": { "type": "notify" } }]
      }
    }`),
      },
      errors: [{ messageId: 'noRotateAction', line: 8, column: 9, message: '(actions: notify)' }],
    },
    {
      name: 'several notify actions',
      files: { 'a.json': withActions('Notify', 'notify') },
      errors: [{ messageId: 'noRotateAction', message: '(actions: Notify, notify)' }],
    },
    {
      name: 'a policy with an empty list of actions',
      files: { 'a.json': withHsm(key({ ...withoutPolicy, rotationPolicy: { lifetimeActions: [] } })) },
      errors: [{ messageId: 'noRotateAction', message: '(actions: none)' }],
    },
    {
      name: 'a policy with attributes only',
      files: {
        'a.json': withHsm(key({ ...withoutPolicy, rotationPolicy: { attributes: { expiryTime: 'P1Y' } } })),
      },
      errors: [{ messageId: 'noRotateAction', message: '(actions: none)' }],
    },
    {
      name: 'an action without a type',
      files: {
        'a.json': withHsm(
          key({
            ...withoutPolicy,
            rotationPolicy: { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' } }] },
          }),
        ),
      },
      errors: [{ messageId: 'noRotateAction', message: '(actions: (no type))' }],
    },
    {
      name: 'rotation policy from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { rotation: 'object' },
          key({ ...withoutPolicy, rotationPolicy: "[parameters('rotation')]" }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "properties.rotationPolicy is [parameters('rotation')]" }],
    },
    {
      name: 'lifetime actions from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { actions: 'array' },
          key({ ...withoutPolicy, rotationPolicy: { lifetimeActions: "[parameters('actions')]" } }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "[parameters('actions')]" }],
    },
    {
      name: 'the only non-notify action type is an expression: unresolved',
      files: {
        'a.json': withParameters(
          { actionType: 'string' },
          key({
            ...withoutPolicy,
            rotationPolicy: {
              lifetimeActions: [
                { action: { type: 'notify' } },
                { action: { type: "[parameters('actionType')]" } },
              ],
            },
          }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: 'lifetimeActions[1].action.type' }],
    },
    {
      name: "only a notify action in the default of parameter 'rotationPolicy'",
      files: { 'a.json': policyFrom(policy('notify')) },
      errors: [
        {
          messageId: 'noRotateAction',
          parameter: 'rotationPolicy',
          line: POLICY_LINE,
          message: `(actions: notify). A notify action only raises an event; add a lifetime action of type rotate. ${defaultNote('rotationPolicy')}`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: notify only over rotate',
      files: withParametersFile(policyFrom(policy('rotate')), { rotationPolicy: policy('notify', 'notify') }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'noRotateAction',
          file: 'main.json',
          line: POLICY_LINE,
          message: '(actions: notify, notify)',
        },
      ],
    },
  ],
});
