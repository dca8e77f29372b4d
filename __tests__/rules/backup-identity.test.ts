import { registry } from '../../rules/index.js';
import rule from '../../rules/backup-identity.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { defaultNote, defaults, lineOf, parameterized, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';

const UAMI =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/hsm-backup';
const withIdentity = (identity: unknown, extra: Record<string, unknown> = {}) =>
  armTemplate([hsm(COMPLIANT_PROPERTIES, { identity, ...extra })]);

/** An HSM whose identity type is parameter `identityType`, with the given default, and one identity listed. */
const identityTypeFrom = (identityType: unknown) =>
  parameterized(
    defaults({ identityType }),
    hsm(COMPLIANT_PROPERTIES, {
      identity: { type: "[parameters('identityType')]", userAssignedIdentities: { [UAMI]: {} } },
    }),
  );
const TYPE_LINE = lineOf(identityTypeFrom('UserAssigned'), '"type": "[parameters');

const bicepIdentity = (identity: unknown, declarations = '') =>
  bicep(declarations, bicepHsm(BICEP_HSM_PROPERTIES, identity === undefined ? {} : { identity }));
const BICEP_NO_IDENTITY = bicepIdentity(undefined);
const BICEP_SYSTEM_ONLY = bicepIdentity({ type: 'SystemAssigned' });

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: a user-assigned identity named by a symbol',
    files: {
      'main.bicep': bicep(
        "resource backup 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n  name: 'hsm-backup'\n  location: 'westeurope'\n}",
        bicepIdentity({
          type: 'UserAssigned',
          userAssignedIdentities: raw("{\n      '${backup.id}': {}\n    }"),
        }),
      ),
    },
  },
  {
    name: 'Bicep: SystemAssigned, UserAssigned with an identity from a parameter',
    files: {
      'main.bicep': bicepIdentity(
        {
          type: 'SystemAssigned, UserAssigned',
          userAssignedIdentities: raw("{\n      '${identityId}': {}\n    }"),
        },
        "param identityId string = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/b'",
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no identity',
    files: { 'main.bicep': BICEP_NO_IDENTITY },
    // An omitted top-level property is reported at the start of the body, as for ARM.
    errors: [{ messageId: 'missing', ...at(BICEP_NO_IDENTITY, "{\n  name: 'hsm1'") }],
  },
  {
    name: 'Bicep: SystemAssigned only',
    files: { 'main.bicep': BICEP_SYSTEM_ONLY },
    errors: [{ messageId: 'notUserAssigned', ...at(BICEP_SYSTEM_ONLY, 'type:') }],
  },
  {
    name: 'Bicep: an api version without identity',
    files: { 'main.bicep': bicep(bicepHsm(BICEP_HSM_PROPERTIES, {}, { apiVersion: '2022-07-01' })) },
    errors: [{ messageId: 'apiVersionTooOld', line: 1, column: 1 }],
  },
  {
    name: 'Bicep: identity type from a parameter without a value is unresolved',
    files: { 'main.bicep': bicepIdentity({ type: raw('identityType') }, 'param identityType string') },
    errors: [{ messageId: 'unresolved' }],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    {
      name: 'UserAssigned with one identity',
      files: { 'a.json': withIdentity({ type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } }) },
    },
    {
      name: 'SystemAssigned, UserAssigned (with a space)',
      files: {
        'a.json': withIdentity({
          type: 'SystemAssigned, UserAssigned',
          userAssignedIdentities: { [UAMI]: {} },
        }),
      },
    },
    {
      name: 'SystemAssigned,UserAssigned in lower case',
      files: {
        'a.json': withIdentity({
          type: 'systemassigned,userassigned',
          userAssignedIdentities: { [UAMI]: {} },
        }),
      },
    },
    {
      name: 'the identity key is an expression: the identity is still attached',
      files: {
        'a.json': withIdentity({
          type: 'UserAssigned',
          userAssignedIdentities: {
            "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'hsm-backup')]": {},
          },
        }),
      },
    },
    {
      name: 'api version 2023-07-01, the first with identity',
      files: {
        'a.json': withIdentity(
          { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } },
          { apiVersion: '2023-07-01' },
        ),
      },
    },
    {
      name: 'PascalCase property names',
      files: {
        'a.json': armTemplate([
          hsm(COMPLIANT_PROPERTIES, {
            Identity: { Type: 'UserAssigned', UserAssignedIdentities: { [UAMI]: {} } },
          }),
        ]),
      },
    },
    {
      name: "UserAssigned as the default of parameter 'identityType'",
      files: { 'a.json': identityTypeFrom('UserAssigned') },
    },
    {
      name: "the whole identity as the default of parameter 'identity'",
      files: {
        'a.json': parameterized(
          defaults({ identity: { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } } }),
          hsm(COMPLIANT_PROPERTIES, { identity: "[parameters('identity')]" }),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets UserAssigned over a default of SystemAssigned',
      files: withParametersFile(identityTypeFrom('SystemAssigned'), { identityType: 'UserAssigned' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    {
      name: 'no identity',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "properties": { "enablePurgeProtection": true }
    }
  ]
}`,
      },
      errors: [
        { messageId: 'missing', line: 5, column: 5, message: "Managed HSM 'hsm1' has no managed identity" },
      ],
    },
    {
      name: 'SystemAssigned only',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "identity": { "type": "SystemAssigned" },
      "properties": { "enablePurgeProtection": true }
    }
  ]
}`,
      },
      errors: [
        { messageId: 'notUserAssigned', line: 7, column: 21, message: 'identity type SystemAssigned' },
      ],
    },
    {
      name: 'type None',
      files: { 'a.json': withIdentity({ type: 'None' }) },
      errors: [{ messageId: 'notUserAssigned', message: 'identity type None' }],
    },
    {
      name: 'identity without a type',
      files: { 'a.json': withIdentity({ userAssignedIdentities: { [UAMI]: {} } }) },
      errors: [{ messageId: 'notUserAssigned', message: 'identity type (not set)' }],
    },
    {
      name: 'UserAssigned with no identity listed',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "identity": { "type": "UserAssigned", "userAssignedIdentities": {} },
      "properties": { "enablePurgeProtection": true }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'noIdentities',
          line: 7,
          column: 45,
          message: 'identity type UserAssigned but lists no identity',
        },
      ],
    },
    {
      name: 'UserAssigned with userAssignedIdentities omitted',
      files: { 'a.json': withIdentity({ type: 'SystemAssigned,UserAssigned' }) },
      errors: [{ messageId: 'noIdentities' }],
    },
    {
      name: 'api version 2022-07-01 cannot attach an identity',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES, { apiVersion: '2022-07-01' })]) },
      errors: [
        { messageId: 'apiVersionTooOld', message: 'api version 2022-07-01, which has no identity property' },
      ],
    },
    {
      name: 'an old preview api version, even with an identity written',
      files: {
        'a.json': withIdentity(
          { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } },
          { apiVersion: '2021-06-01-preview' },
        ),
      },
      errors: [{ messageId: 'apiVersionTooOld', message: '2021-06-01-preview' }],
    },
    {
      name: 'PascalCase property names',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES, { Identity: { Type: 'SystemAssigned' } })]) },
      errors: [{ messageId: 'notUserAssigned' }],
    },
    {
      name: 'identity from an expression: unresolved',
      files: { 'a.json': withIdentity("[variables('identity')]") },
      errors: [{ messageId: 'unresolved', message: "identity is [variables('identity')]" }],
    },
    {
      name: 'identity type from an expression: unresolved',
      files: {
        'a.json': withIdentity({
          type: "[parameters('identityType')]",
          userAssignedIdentities: { [UAMI]: {} },
        }),
      },
      errors: [{ messageId: 'unresolved', message: "identity.type is [parameters('identityType')]" }],
    },
    {
      name: 'identities from an expression: unresolved',
      files: {
        'a.json': withIdentity({
          type: 'UserAssigned',
          userAssignedIdentities: "[parameters('identities')]",
        }),
      },
      errors: [{ messageId: 'unresolved', message: 'identity.userAssignedIdentities is' }],
    },
    {
      name: "SystemAssigned as the default of parameter 'identityType'",
      files: { 'a.json': identityTypeFrom('SystemAssigned') },
      errors: [
        {
          messageId: 'notUserAssigned',
          parameter: 'identityType',
          line: TYPE_LINE,
          message: `has identity type SystemAssigned, which attaches no user-assigned identity for backups. Use UserAssigned (or SystemAssigned, UserAssigned) and list the identity under userAssignedIdentities. ${defaultNote('identityType')}`,
        },
      ],
    },
    {
      name: "an identity default of parameter 'identity' that lists no identity",
      files: {
        'a.json': parameterized(
          defaults({ identity: { type: 'UserAssigned', userAssignedIdentities: {} } }),
          hsm(COMPLIANT_PROPERTIES, { identity: "[parameters('identity')]" }),
        ),
      },
      errors: [
        { messageId: 'noIdentities', parameter: 'identity', message: 'identity type UserAssigned but lists' },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: None over UserAssigned',
      files: withParametersFile(identityTypeFrom('UserAssigned'), { identityType: 'None' }),
      errors: [
        { messageId: 'notUserAssigned', file: 'main.json', line: TYPE_LINE, message: 'identity type None' },
      ],
    },
  ],
});
