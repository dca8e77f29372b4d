import { beforeAll } from '@jest/globals';
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
import {
  ADMINS_GROUP,
  HSM_ID as HSM_TF_ID,
  loadTerraform,
  LOCAL,
  planHsm,
  positionOf,
  tf,
  tfHsm,
  tfLocalAssignment,
  tfPlan,
} from './util/terraform.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';

beforeAll(async () => {
  await loadTerraform();
});

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

// ---------------------------------------------------------------- Terraform

const TF_DIRECTORY = `${ADMINS_GROUP}
data "azuread_group" "operators" {
  display_name = "hsm-operators"
}

resource "azuread_user" "alice" {
  user_principal_name = "alice@contoso.com"
  display_name        = "Alice"
}

data "azuread_user" "bob" {
  user_principal_name = "bob@contoso.com"
}

data "azurerm_client_config" "current" {}
`;
const tfAdmins = (admins: string, ...more: string[]) => tf(TF_DIRECTORY, tfHsm('', 'hsm', admins), ...more);
const tfLocalAdmin = (principal: string, scope = '"/"') =>
  tfAdmins(
    '[azuread_group.admins.object_id]',
    tfLocalAssignment('admin', { role: LOCAL.administrator, scope, principal }),
  );
const tfControl = (role: string, principal: string) =>
  tfAdmins(
    '[azuread_group.admins.object_id]',
    `resource "azurerm_role_assignment" "contributor" {
  scope                = ${HSM_TF_ID}
  role_definition_name = "${role}"
  principal_id         = ${principal}
}
`,
  );
const tfAt = (files: Record<string, string>, text: string) => positionOf(files['main.tf'], text);

const TF_DEPLOYER_ADMIN = tfAdmins('[data.azurerm_client_config.current.object_id]');
const TF_USER_ADMIN = tfAdmins('[azuread_group.admins.object_id, azuread_user.alice.object_id]');
const TF_LOCAL_USER = tfLocalAdmin('data.azuread_user.bob.object_id', '"/keys"');
const TF_LOCAL_DEPLOYER = tfLocalAdmin('data.azurerm_client_config.current.object_id');
const TF_CONTROL_USER = tfControl('Owner', 'azuread_user.alice.object_id');

const PLAN_ADMIN = '66666666-6666-6666-6666-666666666666';
const PLAN_USER = {
  'plan.json': tfPlan([
    planHsm([PLAN_ADMIN], ['data.azuread_user.oncall.object_id', 'data.azuread_user.oncall']),
  ]),
};

const terraformValid: RuleTestCase[] = [
  {
    name: 'plan JSON: a group as administrator, its reference kept beside the object id',
    files: {
      'plan.json': tfPlan([
        planHsm([PLAN_ADMIN], ['azuread_group.admins.object_id', 'azuread_group.admins']),
      ]),
    },
  },
  { name: 'Terraform: a group as administrator', files: tfAdmins('[azuread_group.admins.object_id]') },
  {
    name: 'Terraform: a looked-up group as administrator',
    files: tfAdmins('[data.azuread_group.operators.object_id]'),
  },
  {
    name: 'Terraform: local Administrator to a group',
    files: tfLocalAdmin('data.azuread_group.operators.object_id'),
  },
  {
    name: 'Terraform: Crypto User to a user is not an administrative role',
    files: tfAdmins(
      '[azuread_group.admins.object_id]',
      tfLocalAssignment('app', {
        role: LOCAL.cryptoUser,
        scope: '"/keys/k1"',
        principal: 'azuread_user.alice.object_id',
      }),
    ),
  },
  {
    name: 'Terraform: Managed HSM Contributor to a group without principal_type',
    files: tfControl('Managed HSM Contributor', 'azuread_group.admins.object_id'),
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'plan JSON: a looked-up user as administrator',
    files: PLAN_USER,
    errors: [
      {
        messageId: 'userAdmin',
        ...positionOf(PLAN_USER['plan.json'], `"${PLAN_ADMIN}"`),
        message: `(${PLAN_ADMIN} from data.azuread_user.oncall.object_id in admin_object_ids)`,
      },
    ],
  },
  {
    name: 'Terraform: the deploying principal in admin_object_ids',
    files: TF_DEPLOYER_ADMIN,
    errors: [
      {
        messageId: 'deployerAdmin',
        ...tfAt(TF_DEPLOYER_ADMIN, 'data.azurerm_client_config.current.object_id]'),
        message: 'data.azurerm_client_config.current.object_id in admin_object_ids',
      },
    ],
  },
  {
    name: 'Terraform: a user in admin_object_ids',
    files: TF_USER_ADMIN,
    errors: [
      {
        messageId: 'userAdmin',
        ...tfAt(TF_USER_ADMIN, 'azuread_user.alice.object_id]'),
        message:
          "Managed HSM 'hsm1' makes a single user an initial administrator (azuread_user.alice.object_id",
      },
    ],
  },
  {
    name: 'Terraform: literal object ids in admin_object_ids need the directory',
    files: tfAdmins('["55555555-5555-5555-5555-555555555555"]'),
    errors: [{ messageId: 'unresolved', message: 'directory lookup' }],
  },
  {
    name: 'Terraform: local Administrator to a looked-up user, at /keys',
    files: TF_LOCAL_USER,
    errors: [
      {
        messageId: 'userAssignment',
        ...tfAt(TF_LOCAL_USER, 'principal_id       ='),
        message:
          "grants Managed HSM Administrator on Managed HSM 'hsm1' to a single user (data.azuread_user.bob.object_id)",
      },
    ],
  },
  {
    name: 'Terraform: local Administrator to the deploying principal',
    files: TF_LOCAL_DEPLOYER,
    errors: [{ messageId: 'deployerAssignment', ...tfAt(TF_LOCAL_DEPLOYER, 'principal_id       =') }],
  },
  {
    name: 'Terraform: local Administrator to a literal object id',
    files: tfLocalAdmin('"55555555-5555-5555-5555-555555555555"'),
    errors: [
      { messageId: 'unresolved', message: 'Managed HSM Administrator assignment is a security group' },
    ],
  },
  {
    name: 'Terraform: Owner on the HSM to a user, role by name',
    files: TF_CONTROL_USER,
    errors: [
      {
        messageId: 'userAssignment',
        ...tfAt(TF_CONTROL_USER, 'principal_id         ='),
        message: 'grants Owner on Managed HSM',
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    ...terraformValid,
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
    ...terraformInvalid,
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
