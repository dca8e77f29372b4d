import rule from '../../rules/key-rotation.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';

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

new RuleTester(registry).run(rule, {
  valid: [
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
