import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/pim-admin-roles.js';
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
import { ADMINS_GROUP, HSM_ID as HSM_TF_ID, loadTerraform, positionOf, tf, tfHsm } from './util/terraform.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM = hsm(COMPLIANT_PROPERTIES);
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const HSM_ID = `${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1`;
const roleId = (guid: string) => `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const CONTRIBUTOR = '18500a29-7fe2-46b2-a342-b16a415e101d';
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const GROUP = '44444444-4444-4444-4444-444444444444';

function assignment(
  roleDefinitionId: string,
  extra: Record<string, unknown> = {},
  type = 'Microsoft.Authorization/roleAssignments',
): Record<string, unknown> {
  return {
    type,
    apiVersion: '2022-04-01',
    name: 'ra1',
    scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
    ...extra,
    properties: { roleDefinitionId, principalId: GROUP, principalType: 'Group' },
  };
}

const eligibility = (role: string) =>
  assignment(
    roleId(role),
    { apiVersion: '2020-10-01' },
    'Microsoft.Authorization/roleEligibilityScheduleRequests',
  );

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** An assignment on the HSM whose roleDefinitionId is parameter `roleId`, with the given default. */
const roleFrom = (roleDefinitionId: string) =>
  parameterized(defaults({ roleId: roleDefinitionId }), HSM, assignment("[parameters('roleId')]"));
const ROLE_LINE = lineOf(roleFrom(roleId(READER)), '"roleDefinitionId"');

/** An HSM named by parameter `hsmName` and a Contributor assignment scoped with resourceId() of it. */
const linkedByName = (parameters: ReturnType<typeof defaults>) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    assignment(roleId(CONTRIBUTOR), { scope: HSM_REF }),
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
const BICEP_OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const BICEP_PERMANENT = bicep(bicepRoleHsm(), bicepAssignment(BICEP_OWNER));

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: a reader role on the HSM',
    files: { 'main.bicep': bicep(bicepRoleHsm(), bicepAssignment('acdd72a7-3385-48ef-bd42-f606fba81ae7')) },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: a permanent Owner assignment on the HSM',
    files: { 'main.bicep': BICEP_PERMANENT },
    errors: [{ messageId: 'permanentAdmin', ...at(BICEP_PERMANENT, 'roleDefinitionId:') }],
  },
  {
    name: 'Bicep: a Contributor assignment in a module, scoped to an existing HSM',
    files: {
      'main.bicep':
        "module access './access.bicep' = {\n  name: 'access'\n  params: { hsmName: 'hsm1' }\n}\n",
      'access.bicep': bicep(
        'param hsmName string',
        "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing = {\n  name: hsmName\n}",
        bicepAssignment('18500a29-7fe2-46b2-a342-b16a415e101d'),
      ),
    },
    errors: [
      {
        messageId: 'permanentAdmin',
        file: 'access.bicep',
        message: "(Deployed through module 'access' at main.bicep:1.)",
      },
    ],
  },
  {
    name: 'Bicep: an Owner assignment on an existing HSM named by an expression',
    files: {
      'main.bicep': bicep(
        'param targetName string',
        "resource target 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing = {\n  name: '${targetName}-x'\n  scope: resourceGroup('other')\n}",
        resource('assignment', 'Microsoft.Authorization/roleAssignments@2022-04-01', {
          name: 'ra1',
          scope: raw('target'),
          properties: {
            roleDefinitionId: raw(
              "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
            ),
            principalId: BICEP_GROUP,
          },
        }),
      ),
    },
    errors: [{ messageId: 'permanentAdmin' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfControl = (...blocks: string[]) => tf(ADMINS_GROUP, tfHsm(), ...blocks);
const tfAssignment = (
  role: string,
  scope = HSM_TF_ID,
  name = 'contributor',
) => `resource "azurerm_role_assignment" "${name}" {
  scope                = ${scope}
  ${role}
  principal_id         = azuread_group.admins.object_id
}
`;
const tfEligible = (guid: string) => `resource "azurerm_pim_eligible_role_assignment" "contributor" {
  scope              = ${HSM_TF_ID}
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/${guid}"
  principal_id       = azuread_group.admins.object_id
  justification      = "Managed HSM operations"
}
`;
const TF_PERMANENT = tfControl(tfAssignment('role_definition_name = "Managed HSM Contributor"'));
const TF_BOTH = tfControl(
  tfEligible(OWNER),
  tfAssignment(`role_definition_id   = "${roleId(OWNER)}"`, HSM_TF_ID, 'owner'),
);

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: Contributor made eligible with azurerm_pim_eligible_role_assignment',
    files: tfControl(tfEligible(CONTRIBUTOR)),
  },
  { name: 'Terraform: Reader on the HSM', files: tfControl(tfAssignment('role_definition_name = "Reader"')) },
  {
    name: 'Terraform: Contributor on a resource group',
    files: tfControl(
      'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n',
      tfAssignment('role_definition_name = "Managed HSM Contributor"', 'azurerm_resource_group.rg.id'),
    ),
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: a permanent Managed HSM Contributor assignment, role by name',
    files: TF_PERMANENT,
    errors: [
      {
        messageId: 'permanentAdmin',
        ...positionOf(TF_PERMANENT['main.tf'], 'role_definition_name'),
        message: 'azurerm_pim_eligible_role_assignment instead of azurerm_role_assignment',
      },
    ],
  },
  {
    name: 'Terraform: a permanent Owner assignment beside an eligible one',
    files: TF_BOTH,
    errors: [
      {
        messageId: 'permanentAdmin',
        ...positionOf(TF_BOTH['main.tf'], 'role_definition_id   ='),
        message: 'An eligible assignment of the same role exists',
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    ...terraformValid,
    { name: 'Contributor made eligible through PIM', files: template(HSM, eligibility(CONTRIBUTOR)) },
    { name: 'Owner made eligible through PIM', files: template(HSM, eligibility(OWNER)) },
    { name: 'a non-administrative role on the HSM', files: template(HSM, assignment(roleId(READER))) },
    {
      name: 'Contributor at resource group scope is not on the HSM',
      files: template(HSM, assignment(roleId(CONTRIBUTOR), { scope: undefined })),
    },
    {
      name: 'Contributor on another resource',
      files: template(
        HSM,
        assignment(roleId(CONTRIBUTOR), { scope: 'Microsoft.KeyVault/managedHSMs/other' }),
      ),
    },
    {
      name: 'unknown scope with a non-administrative role: silent',
      files: template(HSM, assignment(roleId(READER), { scope: "[parameters('scope')]" })),
    },
    { name: "Reader as the default of parameter 'roleId'", files: { 'a.json': roleFrom(roleId(READER)) } },
    {
      name: 'the parameters file beside the template sets Reader over a default of Contributor',
      files: withParametersFile(roleFrom(roleId(CONTRIBUTOR)), { roleId: roleId(READER) }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    ...terraformInvalid,
    {
      name: 'permanent Managed HSM Contributor',
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
        "principalId": "${GROUP}"
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'permanentAdmin',
          line: 10,
          column: 9,
          message: "Role assignment 'ra1' permanently grants Managed HSM Contributor on Managed HSM 'hsm1'",
        },
      ],
    },
    {
      name: 'permanent Owner, scope as a full resource id, bare GUID in upper case',
      files: template(HSM, assignment(OWNER.toUpperCase(), { scope: HSM_ID })),
      errors: [{ messageId: 'permanentAdmin', message: 'grants Owner' }],
    },
    {
      name: 'the eligible request does not excuse a permanent assignment next to it',
      files: template(HSM, eligibility(CONTRIBUTOR), assignment(roleId(CONTRIBUTOR))),
      errors: [{ messageId: 'permanentAdmin' }],
    },
    {
      name: 'PascalCase property names',
      files: template(HSM, {
        Type: 'Microsoft.Authorization/roleAssignments',
        ApiVersion: '2022-04-01',
        Name: 'ra2',
        Scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
        Properties: { RoleDefinitionId: roleId(CONTRIBUTOR), PrincipalId: GROUP },
      }),
      errors: [{ messageId: 'permanentAdmin', message: "'ra2'" }],
    },
    {
      name: 'Contributor written with subscriptionResourceId(), through the provider form',
      files: template(HSM, {
        type: 'Microsoft.KeyVault/managedHSMs/providers/roleAssignments',
        apiVersion: '2022-04-01',
        name: 'hsm1/Microsoft.Authorization/66666666-6666-6666-6666-666666666666',
        properties: {
          roleDefinitionId: `[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${CONTRIBUTOR}')]`,
          principalId: GROUP,
        },
      }),
      errors: [{ messageId: 'permanentAdmin', message: "Managed HSM Contributor on Managed HSM 'hsm1'" }],
    },
    {
      name: 'role from an expression on the HSM: unresolved',
      files: template(HSM, assignment("[parameters('role')]")),
      errors: [{ messageId: 'unresolved', message: "[parameters('role')]" }],
    },
    {
      name: 'an administrative role on a scope from an expression: unresolved',
      files: template(HSM, assignment(roleId(OWNER), { scope: "[parameters('scope')]" })),
      errors: [{ messageId: 'unresolved', message: 'If the scope is a Managed HSM' }],
    },
    {
      name: "Managed HSM Contributor as the default of parameter 'roleId'",
      files: { 'a.json': roleFrom(roleId(CONTRIBUTOR)) },
      errors: [
        {
          messageId: 'permanentAdmin',
          parameter: 'roleId',
          line: ROLE_LINE,
          message: `so it is activated just in time. ${defaultNote('roleId')}`,
        },
      ],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' with a default: the assignment is judged",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' })) },
      errors: [{ messageId: 'permanentAdmin', message: "Managed HSM Contributor on Managed HSM 'hsm1'" }],
    },
    {
      name: "scoped with resourceId() of parameter 'hsmName' without a value: the assignment is judged",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' })) },
      errors: [
        { messageId: 'permanentAdmin', message: `Managed HSM Contributor on Managed HSM '${HSM_NAME}'` },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: Owner over Reader',
      files: withParametersFile(roleFrom(roleId(READER)), { roleId: roleId(OWNER) }),
      paths: ['main.json'],
      errors: [{ messageId: 'permanentAdmin', file: 'main.json', line: ROLE_LINE, message: 'grants Owner' }],
    },
  ],
});
