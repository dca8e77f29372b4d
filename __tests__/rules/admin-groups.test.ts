import rule from '../../rules/admin-groups.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import {
  declared,
  defaultNote,
  defaults,
  HSM_NAME,
  HSM_REF,
  lineOf,
  parameterized,
  withParametersFile,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';

const { initialAdminObjectIds: _omitted, ...withoutAdmins } = COMPLIANT_PROPERTIES;
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const roleId = (guid: string) => `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const CONTRIBUTOR = '18500a29-7fe2-46b2-a342-b16a415e101d';
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const GROUP = '44444444-4444-4444-4444-444444444444';

/** An HSM whose administrators need no directory lookup: only expressions the rule decides itself. */
const adminsHsm = (admins: unknown) => hsm({ ...withoutAdmins, initialAdminObjectIds: admins });

function assignment(
  role: string,
  properties: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: '2022-04-01',
    name: 'ra1',
    scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
    ...extra,
    properties: { roleDefinitionId: roleId(role), principalId: GROUP, principalType: 'Group', ...properties },
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });
// The HSM of most assignment cases lists no administrators, so only the assignment is judged.
const HSM = adminsHsm([]);

/** A Contributor assignment on the HSM whose principalType is parameter `principalType`, with the given default. */
const principalTypeFrom = (principalType: unknown) =>
  parameterized(
    defaults({ principalType }),
    HSM,
    assignment(CONTRIBUTOR, { principalType: "[parameters('principalType')]" }),
  );
const TYPE_LINE = lineOf(principalTypeFrom('Group'), '"principalType": "[parameters');

/** An HSM named by parameter `hsmName` and a Contributor assignment to a user scoped with resourceId() of it. */
const linkedByName = (parameters: ReturnType<typeof defaults>) =>
  parameterized(
    parameters,
    hsm({ ...withoutAdmins, initialAdminObjectIds: [] }, { name: HSM_NAME }),
    assignment(CONTRIBUTOR, { principalType: 'User' }, { scope: HSM_REF }),
  );

const BICEP_GROUP = '44444444-4444-4444-4444-444444444444';
/** The HSM `hsm1` without administrators (nothing to look up), and a role assignment scoped to it. */
const bicepRoleHsm = (admins: unknown = []) =>
  bicepHsm({ ...BICEP_HSM_PROPERTIES, initialAdminObjectIds: admins });
const bicepAssignment = (
  role: string,
  properties: Record<string, unknown> = {},
  scope: unknown = raw('hsm'),
) =>
  resource('assignment', 'Microsoft.Authorization/roleAssignments@2022-04-01', {
    name: raw(`guid(hsm.id, '${role}')`),
    ...(scope === undefined ? {} : { scope }),
    properties: {
      roleDefinitionId: raw(`subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${role}')`),
      principalId: BICEP_GROUP,
      principalType: 'Group',
      ...properties,
    },
  });
const BICEP_DEPLOYER = bicep(bicepRoleHsm([raw('deployer().objectId')]));
const BICEP_USER = bicep(bicepRoleHsm(), bicepAssignment(CONTRIBUTOR, { principalType: 'User' }));

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: Contributor to a group',
    files: { 'main.bicep': bicep(bicepRoleHsm(), bicepAssignment(CONTRIBUTOR)) },
  },
  {
    name: 'Bicep: a user as Contributor on another resource',
    files: {
      'main.bicep': bicep(
        bicepRoleHsm(),
        "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'v1'\n}",
        bicepAssignment(CONTRIBUTOR, { principalType: 'User' }, raw('vault')),
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: deployer().objectId as initial administrator',
    files: { 'main.bicep': BICEP_DEPLOYER },
    errors: [{ messageId: 'deployerAdmin', ...at(BICEP_DEPLOYER, 'deployer().objectId') }],
  },
  {
    name: 'Bicep: Managed HSM Contributor to a user, scope: hsm',
    files: { 'main.bicep': BICEP_USER },
    errors: [{ messageId: 'userAssignment', ...at(BICEP_USER, "principalType: 'User'") }],
  },
  {
    name: "Bicep: principalType User as the default of parameter 'kind'",
    files: {
      'main.bicep': bicep(
        "param kind string = 'User'",
        bicepRoleHsm(),
        bicepAssignment(CONTRIBUTOR, { principalType: raw('kind') }),
      ),
    },
    errors: [{ messageId: 'userAssignment', parameter: 'kind', message: bicepDefaultNote('kind') }],
  },
  {
    name: 'Bicep: literal object ids need a directory lookup: unresolved',
    files: { 'main.bicep': bicep(bicepRoleHsm(['55555555-5555-5555-5555-555555555555'])) },
    errors: [{ messageId: 'unresolved', message: 'directory lookup' }],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    { name: 'no initial administrators listed', files: template(HSM) },
    {
      name: 'Managed HSM Contributor to a group',
      files: template(HSM, assignment(CONTRIBUTOR)),
    },
    {
      name: 'Owner to a service principal',
      files: template(HSM, assignment(OWNER, { principalType: 'ServicePrincipal' })),
    },
    {
      name: 'a user with a non-administrative role',
      files: template(HSM, assignment(READER, { principalType: 'User' })),
    },
    {
      name: 'a user as Contributor on another resource',
      files: template(
        HSM,
        assignment(CONTRIBUTOR, { principalType: 'User' }, { scope: 'Microsoft.KeyVault/vaults/v1' }),
      ),
    },
    {
      name: 'principalType in another case: group',
      files: template(HSM, assignment(CONTRIBUTOR, { principalType: 'group' })),
    },
    {
      name: 'a user as Contributor at resource group scope is not on the HSM',
      files: template(HSM, assignment(CONTRIBUTOR, { principalType: 'User' }, { scope: undefined })),
    },
    {
      name: "principalType Group as the default of parameter 'principalType'",
      files: { 'a.json': principalTypeFrom('Group') },
    },
    {
      name: 'the parameters file beside the template sets Group over a default of User',
      files: withParametersFile(principalTypeFrom('User'), { principalType: 'Group' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    {
      name: 'the deployer as initial administrator',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "properties": {
        "initialAdminObjectIds": ["[deployer().objectId]"]
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'deployerAdmin',
          line: 8,
          column: 35,
          message:
            "Managed HSM 'hsm1' makes the deploying principal an initial administrator ([deployer().objectId]",
        },
      ],
    },
    {
      name: 'the whole list built around deployer()',
      files: template(adminsHsm('[createArray(deployer().objectId)]')),
      errors: [{ messageId: 'deployerAdmin' }],
    },
    {
      name: 'PascalCase property name, deployer() in any case',
      files: template(hsm({ ...withoutAdmins, InitialAdminObjectIds: ['[Deployer().ObjectId]'] })),
      errors: [{ messageId: 'deployerAdmin' }],
    },
    {
      name: 'literal object ids: one unresolved finding per HSM saying a directory lookup is needed',
      files: template(adminsHsm([GROUP, '55555555-5555-5555-5555-555555555555'])),
      errors: [{ messageId: 'unresolved', message: 'needs a Microsoft Entra directory lookup' }],
    },
    {
      name: 'the deployer next to a literal id: the deployer reported, the id unresolved',
      files: template(adminsHsm(['[deployer().objectId]', GROUP])),
      errors: [
        { messageId: 'deployerAdmin' },
        { messageId: 'unresolved', message: `initialAdminObjectIds is ${GROUP},` },
      ],
    },
    {
      name: 'administrators from a parameter: unresolved',
      files: template(adminsHsm("[parameters('admins')]")),
      errors: [{ messageId: 'unresolved', message: "[parameters('admins')]" }],
    },
    {
      name: 'Managed HSM Contributor to a user',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "properties": {} },
    {
      "type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01", "name": "ra1",
      "scope": "Microsoft.KeyVault/managedHSMs/hsm1",
      "properties": {
        "roleDefinitionId": "${roleId(CONTRIBUTOR)}",
        "principalId": "${GROUP}",
        "principalType": "User"
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'userAssignment',
          line: 12,
          column: 9,
          message:
            "Role assignment 'ra1' grants Managed HSM Contributor on Managed HSM 'hsm1' to a single user",
        },
      ],
    },
    {
      name: 'Owner to a user, role written as a bare GUID',
      files: template(HSM, assignment(OWNER, { roleDefinitionId: OWNER, principalType: 'User' })),
      errors: [{ messageId: 'userAssignment', message: 'grants Owner' }],
    },
    {
      name: 'Contributor to the deployer',
      files: template(
        HSM,
        assignment(CONTRIBUTOR, { principalId: '[deployer().objectId]', principalType: 'User' }),
      ),
      errors: [{ messageId: 'deployerAssignment', message: 'to the deploying principal' }],
    },
    {
      name: 'principalType omitted on an administrative assignment: unresolved',
      files: template(HSM, assignment(CONTRIBUTOR, { principalType: undefined })),
      errors: [{ messageId: 'unresolved', message: 'principalType is not set' }],
    },
    {
      name: 'principalType from an expression: unresolved',
      files: template(HSM, assignment(OWNER, { principalType: "[parameters('principalType')]" })),
      errors: [{ messageId: 'unresolved', message: "[parameters('principalType')]" }],
    },
    {
      name: 'a user with a role from an expression: unresolved',
      files: template(
        HSM,
        assignment(OWNER, { roleDefinitionId: "[parameters('role')]", principalType: 'User' }),
      ),
      errors: [{ messageId: 'unresolved', message: "[parameters('role')]" }],
    },
    {
      name: "principalType User as the default of parameter 'principalType'",
      files: { 'a.json': principalTypeFrom('User') },
      errors: [
        {
          messageId: 'userAssignment',
          parameter: 'principalType',
          line: TYPE_LINE,
          message: `to a single user (principalType User). Administrative access tied to one account is lost with it and hard to review; assign the role to a security group. ${defaultNote('principalType')}`,
        },
      ],
    },
    {
      name: "the deployer as the default of parameter 'principalId'",
      files: {
        'a.json': parameterized(
          defaults({ principalId: '[deployer().objectId]' }),
          HSM,
          assignment(CONTRIBUTOR, { principalId: "[parameters('principalId')]", principalType: 'User' }),
        ),
      },
      errors: [
        { messageId: 'deployerAssignment', parameter: 'principalId', message: 'to the deploying principal' },
      ],
    },
    {
      name: "the deployer in the default of parameter 'admins'",
      files: {
        'a.json': parameterized(
          defaults({ admins: ['[deployer().objectId]'] }),
          adminsHsm("[parameters('admins')]"),
        ),
      },
      errors: [
        {
          messageId: 'deployerAdmin',
          parameter: 'admins',
          message: 'an initial administrator ([deployer().objectId] in initialAdminObjectIds)',
        },
      ],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' with a default: the assignment is judged",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' })) },
      errors: [{ messageId: 'userAssignment', message: "on Managed HSM 'hsm1' to a single user" }],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' without a value: the assignment is judged",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' })) },
      errors: [{ messageId: 'userAssignment', message: `on Managed HSM '${HSM_NAME}' to a single user` }],
    },
    {
      name: 'the parameters file beside the template wins over the default: User over Group',
      files: withParametersFile(principalTypeFrom('Group'), { principalType: 'User' }),
      paths: ['main.json'],
      errors: [
        { messageId: 'userAssignment', file: 'main.json', line: TYPE_LINE, message: 'principalType User' },
      ],
    },
  ],
});
