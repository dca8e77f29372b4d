import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/rbac-plane-separation.js';
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
  variableNote,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  azapiHsm,
  guidFor,
  HSM_ID as TF_HSM_ID,
  HSM_TYPE,
  loadTerraform,
  LOCAL,
  planHsmWith,
  positionOf,
  tf,
  tfLocalAssignment,
  tfPlan,
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM = hsm(COMPLIANT_PROPERTIES);
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const roleId = (guid: string) => `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

const CONTRIBUTOR = '18500a29-7fe2-46b2-a342-b16a415e101d';
const CRYPTO_USER = '21dbd100-6940-42c2-9190-5d6cb909625b';
const RELEASE_USER = '21dbd100-6940-42c2-9190-5d6cb909625c';
const ADMINISTRATOR = 'a290e904-7015-4bba-90c8-60543313cdb4';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

function assignment(
  roleDefinitionId: unknown,
  extra: Record<string, unknown> = {},
  properties: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: '2022-04-01',
    name: 'ra1',
    scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
    ...extra,
    properties: {
      roleDefinitionId,
      principalId: '33333333-3333-3333-3333-333333333333',
      principalType: 'Group',
      ...properties,
    },
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** An assignment on the HSM whose roleDefinitionId is parameter `roleId`, with the given default. */
const roleFrom = (roleDefinitionId: string) =>
  parameterized(defaults({ roleId: roleDefinitionId }), HSM, assignment("[parameters('roleId')]"));
const ROLE_LINE = lineOf(roleFrom(roleId(CONTRIBUTOR)), '"roleDefinitionId"');

/** An HSM named by parameter `hsmName` and a Crypto User assignment scoped with resourceId() of it. */
const linkedByName = (parameters: ReturnType<typeof defaults>) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    assignment(roleId(CRYPTO_USER), { scope: HSM_REF }),
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
const BICEP_CRYPTO_USER = '21dbd100-6940-42c2-9190-5d6cb909625b';
const BICEP_LOCAL_ROLE = bicep(
  bicepRoleHsm(),
  bicepAssignment(BICEP_CRYPTO_USER, { principalType: 'ServicePrincipal' }),
);

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: an Azure RBAC role on the HSM',
    files: { 'main.bicep': bicep(bicepRoleHsm(), bicepAssignment('18500a29-7fe2-46b2-a342-b16a415e101d')) },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: a local RBAC role in an Azure role assignment',
    files: { 'main.bicep': BICEP_LOCAL_ROLE },
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        ...at(BICEP_LOCAL_ROLE, 'roleDefinitionId:'),
        message: "on Managed HSM 'hsm1'",
      },
    ],
  },
  {
    name: 'Bicep: a role from a parameter default, as a role definition id',
    files: {
      'main.bicep': bicep(
        `param role string = '/providers/Microsoft.Authorization/roleDefinitions/${BICEP_CRYPTO_USER}'`,
        bicepRoleHsm(),
        resource('assignment', 'Microsoft.Authorization/roleAssignments@2022-04-01', {
          name: 'ra1',
          scope: raw('hsm'),
          properties: { roleDefinitionId: raw('role'), principalId: BICEP_GROUP, principalType: 'Group' },
        }),
      ),
    },
    errors: [{ messageId: 'localRoleInAzureRbac', parameter: 'role' }],
  },
  {
    name: 'Bicep: a role from a parameter without a value, on the HSM: unresolved',
    files: {
      'main.bicep': bicep(
        'param role string',
        bicepRoleHsm(),
        resource('assignment', 'Microsoft.Authorization/roleAssignments@2022-04-01', {
          name: 'ra1',
          scope: raw('hsm'),
          properties: { roleDefinitionId: raw('role'), principalId: BICEP_GROUP, principalType: 'Group' },
        }),
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

/** An `azurerm_role_assignment` on the HSM; `role` is the role line (name or id attribute). */
const tfAssignment = (role: string, scope = TF_HSM_ID) =>
  `resource "azurerm_role_assignment" "app" {
  scope                = ${scope}
  ${role}
  principal_id         = azurerm_user_assigned_identity.app.principal_id
}
`;
const IDENTITY = `resource "azurerm_user_assigned_identity" "app" {
  name                = "id-app"
  resource_group_name = "rg"
  location            = "westeurope"
}
`;
const tfPlane = (...blocks: string[]) => tfWithHsm(IDENTITY, ...blocks);
const TF_BY_NAME = tfPlane(tfAssignment('role_definition_name = "Managed HSM Crypto User"'));
const TF_LOCAL_GUID = tfPlane(
  `locals {\n  crypto_officer = "${LOCAL.cryptoOfficer}"\n}\n`,
  tfAssignment(
    'role_definition_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${local.crypto_officer}"',
  ),
);
const TF_FROM_VARIABLE = tfPlane(
  tfVariable('role', 'string', '"Managed HSM Administrator"'),
  tfAssignment('role_definition_name = var.role'),
);
const AZAPI_ASSIGNMENT = tf(
  azapiHsm(),
  `resource "azapi_resource" "app" {
  type      = "Microsoft.Authorization/roleAssignments@2022-04-01"
  name      = "${guidFor('app')}"
  parent_id = azapi_resource.hsm.id
  body = {
    properties = {
      roleDefinitionId = "/providers/Microsoft.Authorization/roleDefinitions/${LOCAL.cryptoUser}"
      principalId      = "33333333-3333-3333-3333-333333333333"
    }
  }
}
`,
);
const PLAN_BY_NAME = {
  'plan.json': tfPlan([
    planHsmWith({}),
    {
      address: 'azurerm_role_assignment.app',
      values: {
        scope: null,
        role_definition_name: 'Managed HSM Crypto User',
        principal_id: '33333333-3333-3333-3333-333333333333',
        principal_type: null,
      },
      unknown: ['id', 'name', 'scope', 'role_definition_id'],
      references: { scope: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`] },
    },
  ]),
};

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: Managed HSM Contributor by name on the HSM (a control-plane role)',
    files: tfPlane(tfAssignment('role_definition_name = "Managed HSM Contributor"')),
  },
  {
    name: 'Terraform: the local role as an HSM local role assignment (data plane)',
    files: tfPlane(
      tfLocalAssignment('app', {
        role: LOCAL.cryptoUser,
        scope: '"/keys/app-key"',
        principal: 'azurerm_user_assigned_identity.app.principal_id',
      }),
    ),
  },
  {
    name: 'Terraform: for_each over control-plane roles by id',
    files: tfPlane(
      `resource "azurerm_role_assignment" "ops" {
  for_each           = toset(["${CONTRIBUTOR}", "${READER}"])
  scope              = ${TF_HSM_ID}
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/\${each.key}"
  principal_id       = azurerm_user_assigned_identity.app.principal_id
}
`,
    ),
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: role_definition_name "Managed HSM Crypto User" on the HSM',
    files: TF_BY_NAME,
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        ...positionOf(TF_BY_NAME['main.tf'], 'role_definition_name'),
        message:
          "Role assignment 'azurerm_role_assignment.app' on Managed HSM 'hsm1' uses role_definition_name Managed HSM Crypto User, the Managed HSM local RBAC role 'Managed HSM Crypto User'",
      },
    ],
  },
  {
    name: 'Terraform: role_definition_id built from a local holding the Crypto Officer GUID',
    files: TF_LOCAL_GUID,
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        ...positionOf(TF_LOCAL_GUID['main.tf'], 'role_definition_id'),
        message: `uses role_definition_id /subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${LOCAL.cryptoOfficer}, the Managed HSM local RBAC role 'Managed HSM Crypto Officer'`,
      },
    ],
  },
  {
    name: "Terraform: a local role name as the default of variable 'role'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'role_definition_name'),
        parameter: 'role',
        message: variableNote('role'),
      },
    ],
  },
  {
    name: 'Terraform: a role name the scan does not know, on the HSM, is unresolved',
    files: tfPlane(tfAssignment('role_definition_name = "Key Vault Crypto User"')),
    errors: [{ messageId: 'unresolved', message: 'the provider resolves this role name' }],
  },
  {
    name: 'azapi: a roleAssignments body with a local role GUID, parent_id the HSM',
    files: AZAPI_ASSIGNMENT,
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        ...positionOf(AZAPI_ASSIGNMENT['main.tf'], 'roleDefinitionId'),
        message: "on Managed HSM 'hsm1' uses roleDefinitionId",
      },
    ],
  },
  {
    name: 'plan JSON: role_definition_name of a local role, role_definition_id known after apply',
    files: PLAN_BY_NAME,
    errors: [
      {
        messageId: 'localRoleInAzureRbac',
        file: 'plan.json',
        ...positionOf(PLAN_BY_NAME['plan.json'], '"role_definition_name"'),
        message: "on Managed HSM 'hsm1'",
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'Managed HSM Contributor on the HSM', files: template(HSM, assignment(roleId(CONTRIBUTOR))) },
    {
      name: 'a control-plane role at resource group scope',
      files: template(assignment(roleId(READER), { scope: undefined })),
    },
    {
      name: 'a GUID one digit away from a local role is not that role',
      files: template(HSM, assignment(roleId('21dbd100-6940-42c2-9190-5d6cb909625d'))),
    },
    {
      name: 'unknown role on an assignment that is not on an HSM: silent',
      files: template(assignment("[parameters('role')]", { scope: undefined })),
    },
    {
      name: 'a role definition id that is not a role definition path is not judged',
      files: template(
        HSM,
        assignment(`${SUB}/providers/Microsoft.Authorization/policyDefinitions/${CRYPTO_USER}`),
      ),
    },
    {
      name: 'Contributor written with subscriptionResourceId()',
      files: template(
        HSM,
        assignment(`[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${CONTRIBUTOR}')]`),
      ),
    },
    {
      name: "Managed HSM Contributor as the default of parameter 'roleId'",
      files: { 'a.json': roleFrom(roleId(CONTRIBUTOR)) },
    },
    {
      name: 'the parameters file beside the template sets Contributor over a default of Crypto User',
      files: withParametersFile(roleFrom(roleId(CRYPTO_USER)), { roleId: roleId(CONTRIBUTOR) }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'Crypto User in an Azure RBAC role assignment on the HSM',
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
        "roleDefinitionId": "${roleId(CRYPTO_USER)}",
        "principalId": "33333333-3333-3333-3333-333333333333"
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'localRoleInAzureRbac',
          line: 10,
          column: 9,
          message: "Role assignment 'ra1' on Managed HSM 'hsm1' uses roleDefinitionId",
        },
      ],
    },
    {
      name: 'Crypto Service Release User is told apart from Crypto User (last digit)',
      files: template(HSM, assignment(roleId(RELEASE_USER))),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "'Managed HSM Crypto Service Release User'" }],
    },
    {
      name: 'the data-plane id form /Microsoft.KeyVault/providers/...',
      files: template(
        HSM,
        assignment(`/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${ADMINISTRATOR}`),
      ),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "'Managed HSM Administrator'" }],
    },
    {
      name: 'a bare GUID in upper case',
      files: template(HSM, assignment(CRYPTO_USER.toUpperCase())),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "'Managed HSM Crypto User'" }],
    },
    {
      name: 'any scope: a local role at resource group scope is still wrong',
      files: template(assignment(roleId('2c18b078-7c48-4d3a-af88-5a3a1b3f82b3'), { scope: undefined })),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "Role assignment 'ra1' uses roleDefinitionId" }],
    },
    {
      name: 'PascalCase property name',
      files: template(HSM, {
        Type: 'Microsoft.Authorization/roleAssignments',
        ApiVersion: '2022-04-01',
        Name: 'ra2',
        Scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
        Properties: { RoleDefinitionId: roleId('33413926-3206-4cdd-b39a-83574fe37a17'), PrincipalId: 'x' },
      }),
      errors: [{ messageId: 'localRoleInAzureRbac', message: 'Crypto Service Encryption User' }],
    },
    {
      name: 'role written with subscriptionResourceId(): the GUID it names is judged',
      files: template(
        HSM,
        assignment(`[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${ADMINISTRATOR}')]`),
      ),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "'Managed HSM Administrator'" }],
    },
    {
      name: 'provider form (hsm1/Microsoft.Authorization/<guid>)',
      files: template(HSM, {
        type: 'Microsoft.KeyVault/managedHSMs/providers/roleAssignments',
        apiVersion: '2022-04-01',
        name: 'hsm1/Microsoft.Authorization/66666666-6666-6666-6666-666666666666',
        properties: { roleDefinitionId: roleId(CRYPTO_USER), principalId: 'x' },
      }),
      errors: [{ messageId: 'localRoleInAzureRbac', message: "on Managed HSM 'hsm1'" }],
    },
    {
      name: 'role from an expression on an assignment scoped to the HSM: unresolved',
      files: template(HSM, assignment("[parameters('roleId')]")),
      errors: [{ messageId: 'unresolved', message: "scoped to Managed HSM 'hsm1'" }],
    },
    {
      name: "Crypto User as the default of parameter 'roleId'",
      files: { 'a.json': roleFrom(roleId(CRYPTO_USER)) },
      errors: [
        {
          messageId: 'localRoleInAzureRbac',
          parameter: 'roleId',
          line: ROLE_LINE,
          message: `use Azure RBAC roles such as Managed HSM Contributor only for managing the resource. ${defaultNote('roleId')}`,
        },
      ],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' with a default: the HSM is named",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' })) },
      errors: [
        { messageId: 'localRoleInAzureRbac', message: "Role assignment 'ra1' on Managed HSM 'hsm1' uses" },
      ],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' without a value: the HSM is named",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' })) },
      errors: [
        {
          messageId: 'localRoleInAzureRbac',
          message: `Role assignment 'ra1' on Managed HSM '${HSM_NAME}' uses`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: Administrator over Contributor',
      files: withParametersFile(roleFrom(roleId(CONTRIBUTOR)), { roleId: roleId(ADMINISTRATOR) }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'localRoleInAzureRbac',
          file: 'main.json',
          line: ROLE_LINE,
          message: "'Managed HSM Administrator'",
        },
      ],
    },
  ],
});
