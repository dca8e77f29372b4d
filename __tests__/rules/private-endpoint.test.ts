import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/private-endpoint.js';
import type { ReportDescriptor, RuleContext } from '../../src/engine/rule.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { Graph } from '../../src/model/graph.js';
import { Resource } from '../../src/model/resource.js';
import { parseJsonc } from '../../src/sources/arm/jsonc.js';
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
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  azapiHsm,
  HSM_ID as TF_HSM_ID,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfPlan,
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';
const STORAGE_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1';

function endpoint(
  connections: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
  list = 'privateLinkServiceConnections',
): Record<string, unknown> {
  return {
    type: 'Microsoft.Network/privateEndpoints',
    apiVersion: '2023-11-01',
    name: 'pe1',
    location: 'westeurope',
    ...extra,
    properties: {
      subnet: {
        id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
      },
      [list]: connections.map((properties, i) => ({ name: `c${i}`, properties })),
    },
  };
}

const toHsm = (groupIds: unknown = ['managedhsm'], privateLinkServiceId: unknown = HSM_ID) => ({
  privateLinkServiceId,
  groupIds,
});

const connectionChild = (status: unknown, name = 'hsm1/pec1') => ({
  type: 'Microsoft.KeyVault/managedHSMs/privateEndpointConnections',
  apiVersion: '2025-05-01',
  name,
  properties: { privateLinkServiceConnectionState: { status, description: 'by template' } },
});

const theHsm = hsm(COMPLIANT_PROPERTIES);

/** The HSM and an endpoint to it whose groupIds are parameter `groupIds`, with the given default. */
const groupIdsFrom = (groupIds: unknown) =>
  parameterized(defaults({ groupIds }), theHsm, endpoint([toHsm("[parameters('groupIds')]")]));
const GROUP_IDS_LINE = lineOf(groupIdsFrom(['vault']), '"groupIds": "[parameters');

/** An HSM named by parameter `hsmName` and an endpoint naming it with resourceId() of that parameter. */
const linkedByName = (parameters: ReturnType<typeof defaults>, groupIds: string[]) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    endpoint([toHsm(groupIds, HSM_REF)]),
  );

const BICEP_POOL = bicepHsm(BICEP_HSM_PROPERTIES);
const bicepEndpoint = (target: unknown, groupIds: unknown = ['managedhsm']) =>
  resource('endpoint', 'Microsoft.Network/privateEndpoints@2023-11-01', {
    name: 'hsm1-pe',
    location: 'westeurope',
    properties: {
      subnet: {
        id: '/subscriptions/0/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/pe',
      },
      privateLinkServiceConnections: [
        { name: 'hsm', properties: { privateLinkServiceId: target, groupIds } },
      ],
    },
  });
const BICEP_WRONG_GROUP = bicep(BICEP_POOL, bicepEndpoint(raw('hsm.id'), ['vault']));
const BICEP_PENDING = bicep(
  BICEP_POOL,
  resource('connection', 'Microsoft.KeyVault/managedHSMs/privateEndpointConnections@2025-05-01', {
    parent: raw('hsm'),
    name: 'pec1',
    properties: { privateLinkServiceConnectionState: { status: 'Pending' } },
  }),
);

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: a private endpoint to hsm.id',
    files: { 'main.bicep': bicep(BICEP_POOL, bicepEndpoint(raw('hsm.id'))) },
  },
  {
    name: 'Bicep: to an HSM named by a parameter without a value, through the symbol',
    files: {
      'main.bicep': bicep(
        'param hsmName string',
        bicepHsm(BICEP_HSM_PROPERTIES, { name: raw('hsmName') }),
        bicepEndpoint(raw('hsm.id')),
      ),
    },
  },
  {
    name: 'Bicep: the endpoint in a module that gets the id as a parameter',
    files: {
      'main.bicep': bicep(
        BICEP_POOL,
        "module network './network.bicep' = {\n  name: 'network'\n  params: { hsmId: hsm.id }\n}",
      ),
      'network.bicep': bicep('param hsmId string', bicepEndpoint(raw('hsmId'))),
    },
  },
  {
    name: 'Bicep: the HSM in a module, the endpoint to its output',
    files: {
      'main.bicep': bicep(
        "module pool './pool.bicep' = {\n  name: 'pool'\n}",
        bicepEndpoint(raw('pool.outputs.id')),
      ),
      'pool.bicep': bicep(BICEP_POOL, 'output id string = hsm.id'),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no private endpoint',
    files: { 'main.bicep': BICEP_POOL },
    errors: [
      {
        messageId: 'missing',
        line: 1,
        column: 1,
        // Resource Manager's names, as Bicep writes them.
        message: 'Create a Microsoft.Network/privateEndpoints for it with groupIds ["managedhsm"].',
      },
    ],
  },
  {
    name: 'Bicep: a private endpoint with the vault group id',
    files: { 'main.bicep': BICEP_WRONG_GROUP },
    errors: [{ messageId: 'wrongGroupId', ...at(BICEP_WRONG_GROUP, 'groupIds:') }],
  },
  {
    name: 'Bicep: a pending private endpoint connection declared with parent:',
    files: { 'main.bicep': BICEP_PENDING },
    errors: [{ messageId: 'notApproved', ...at(BICEP_PENDING, 'status:') }],
  },
  {
    name: 'Bicep: an endpoint to an id from a parameter without a value: unresolved',
    files: { 'main.bicep': bicep('param target string', BICEP_POOL, bicepEndpoint(raw('target'))) },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const SUBNET =
  '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"';
/** An `azurerm_private_endpoint` with one private_service_connection to `target` for `subresources`. */
const tfEndpoint = (target: string, subresources: string, first = '', manual = 'false') =>
  `resource "azurerm_private_endpoint" "pe" {
${first}  name                = "hsm1-pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = ${SUBNET}

  private_service_connection {
    name                           = "hsm1-psc"
    private_connection_resource_id = ${target}
    subresource_names              = ${subresources}
    is_manual_connection           = ${manual}
  }
}
`;
const STORAGE = `resource "azurerm_storage_account" "st" {
  name                     = "st1"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`;
const TF_NONE = tfWithHsm();
const TF_WRONG = tfWithHsm(tfEndpoint(TF_HSM_ID, '["vault"]'));
const TF_OTHER = tfWithHsm(tfEndpoint('azurerm_storage_account.st.id', '["blob"]'), STORAGE);
const AZAPI_ENDPOINT = `resource "azapi_resource" "pe" {
  type      = "Microsoft.Network/privateEndpoints@2023-11-01"
  name      = "hsm1-pe"
  location  = "westeurope"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  body = {
    properties = {
      subnet = { id = ${SUBNET} }
      privateLinkServiceConnections = [{
        name       = "hsm1-psc"
        properties = { privateLinkServiceId = azapi_resource.hsm.id, groupIds = ["managedhsm"] }
      }]
    }
  }
}
`;
/** An HSM that exists already (its id is known in the plan) and a planned endpoint to it. */
const PLANNED_HSM_ID = HSM_ID;
const planEndpoint = (groupIds: string[]) => ({
  'plan.json': tfPlan([
    { ...planHsmWith({ id: PLANNED_HSM_ID }), unknown: ['hsm_uri'] },
    {
      address: 'azurerm_private_endpoint.pe',
      values: {
        name: 'hsm1-pe',
        location: 'westeurope',
        resource_group_name: 'rg',
        subnet_id: JSON.parse(SUBNET) as string,
        private_service_connection: [
          {
            name: 'hsm1-psc',
            is_manual_connection: false,
            private_connection_resource_id: PLANNED_HSM_ID,
            private_connection_resource_alias: null,
            subresource_names: groupIds,
            request_message: null,
          },
        ],
      },
      unknown: ['id', 'network_interface', 'private_dns_zone_configs'],
    },
  ]),
});
const PLAN_WRONG = planEndpoint(['vault']);

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: subresource_names ["managedhsm"] pointing at the HSM id',
    files: tfWithHsm(tfEndpoint(TF_HSM_ID, '["managedhsm"]')),
  },
  {
    name: 'Terraform: a for_each of manual endpoints, one per region, both spellings of the group id',
    files: tfWithHsm(
      tfEndpoint(
        TF_HSM_ID,
        'each.key == "westeurope" ? ["managedhsm"] : ["managedHsms"]',
        '  for_each            = toset(["westeurope", "northeurope"])\n',
        'true',
      ),
    ),
  },
  {
    name: 'azapi: an azapi endpoint to an azapi HSM',
    files: tf(azapiHsm('      publicNetworkAccess   = "Disabled"\n'), AZAPI_ENDPOINT),
  },
  { name: 'plan JSON: an endpoint to the HSM id with managedhsm', files: planEndpoint(['managedhsm']) },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: no azurerm_private_endpoint',
    files: TF_NONE,
    errors: [
      {
        messageId: 'missing',
        ...positionOf(TF_NONE['main.tf'], `resource "${HSM_TYPE}"`),
        message:
          'Create an azurerm_private_endpoint for it whose private_service_connection has private_connection_resource_id set to the HSM\'s id and subresource_names ["managedhsm"].',
      },
    ],
  },
  {
    name: 'Terraform: subresource_names ["vault"] on an endpoint to the HSM',
    files: TF_WRONG,
    errors: [
      {
        messageId: 'wrongGroupId',
        ...positionOf(TF_WRONG['main.tf'], 'subresource_names'),
        message: `Private endpoint 'hsm1-pe' connects to Managed HSM 'hsm1' with subresource_names ["vault"], which does not name the Managed HSM sub-resource. Set subresource_names to ["managedhsm"].`,
      },
    ],
  },
  {
    name: 'Terraform: the only endpoint targets a storage account',
    files: TF_OTHER,
    errors: [{ messageId: 'missing', ...positionOf(TF_OTHER['main.tf'], `resource "${HSM_TYPE}"`) }],
  },
  {
    name: 'Terraform: subresource_names from a variable without a value is unresolved',
    files: tfWithHsm(tfEndpoint(TF_HSM_ID, 'var.subresources'), tfVariable('subresources', 'list(string)')),
    errors: [{ messageId: 'unresolved', message: 'var.subresources' }],
  },
  {
    name: 'plan JSON: groupIds ["vault"], located in the plan',
    files: PLAN_WRONG,
    errors: [
      {
        messageId: 'wrongGroupId',
        file: 'plan.json',
        ...positionOf(PLAN_WRONG['plan.json'], '"subresource_names"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    {
      name: 'a private endpoint naming the HSM by its full resource id',
      files: { 'a.json': armTemplate([theHsm, endpoint([toHsm()])]) },
    },
    {
      name: 'across two files of the same scan',
      files: { 'hsm.json': armTemplate([theHsm]), 'network/pe.json': armTemplate([endpoint([toHsm()])]) },
    },
    {
      name: "group id 'managedhsms' in any case",
      files: { 'a.json': armTemplate([theHsm, endpoint([toHsm(['ManagedHSMs'])])]) },
    },
    {
      name: 'a manual connection',
      files: {
        'a.json': armTemplate([theHsm, endpoint([toHsm()], {}, 'manualPrivateLinkServiceConnections')]),
      },
    },
    {
      name: 'an endpoint with a storage connection and an HSM connection',
      files: { 'a.json': armTemplate([theHsm, endpoint([toHsm(['blob'], STORAGE_ID), toHsm()])]) },
    },
    {
      name: 'a relative resource id',
      files: {
        'a.json': armTemplate([
          theHsm,
          endpoint([toHsm(['managedhsm'], 'Microsoft.KeyVault/managedHSMs/hsm1')]),
        ]),
      },
    },
    {
      name: 'an approved private endpoint connection declared as a child resource',
      files: { 'a.json': armTemplate([theHsm, connectionChild('Approved')]) },
    },
    {
      name: 'an approved connection nested under the HSM',
      files: {
        'a.json': armTemplate([
          {
            ...theHsm,
            resources: [{ ...connectionChild('approved', 'pec1'), type: 'privateEndpointConnections' }],
          },
        ]),
      },
    },
    {
      name: 'one good endpoint outweighs an unresolved one',
      files: {
        'a.json': armTemplate([
          theHsm,
          endpoint([toHsm()]),
          endpoint([toHsm(['managedhsm'], "[parameters('targetId')]")], { name: 'pe2' }),
        ]),
      },
    },
    {
      name: 'case-insensitive property names',
      files: {
        'a.json': armTemplate([
          theHsm,
          {
            Type: 'Microsoft.Network/privateEndpoints',
            apiVersion: '2023-11-01',
            Name: 'pe1',
            Properties: {
              PrivateLinkServiceConnections: [
                { Name: 'c', Properties: { PrivateLinkServiceId: HSM_ID, GroupIds: ['MANAGEDHSM'] } },
              ],
            },
          },
        ]),
      },
    },
    {
      name: "groupIds as the default of parameter 'groupIds'",
      files: { 'a.json': groupIdsFrom(['managedhsm']) },
    },
    {
      name: "linked through resourceId() of parameter 'hsmName', which has a default",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), ['managedhsm']) },
    },
    {
      name: "linked through resourceId() of parameter 'hsmName', which has no value: by expression text",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), ['managedhsm']) },
    },
    {
      name: 'the child connection status Approved as a parameter default',
      files: {
        'a.json': parameterized(
          defaults({ status: 'Approved' }),
          theHsm,
          connectionChild("[parameters('status')]"),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets managedhsm over a default of vault',
      files: withParametersFile(groupIdsFrom(['vault']), { groupIds: ['managedhsm'] }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'no private endpoint',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "properties": { "publicNetworkAccess": "Disabled" }
    }
  ]
}`,
      },
      errors: [
        { messageId: 'missing', line: 5, column: 5, message: "Managed HSM 'hsm1' has no private endpoint" },
      ],
    },
    {
      name: 'the endpoint targets another HSM',
      files: {
        'a.json': armTemplate([
          theHsm,
          hsm(COMPLIANT_PROPERTIES, { name: 'hsm2' }),
          endpoint([toHsm(['managedhsm'], HSM_ID.replace(/hsm1$/, 'hsm2'))]),
        ]),
      },
      errors: [{ messageId: 'missing', message: "'hsm1'" }],
    },
    {
      name: 'the endpoint asks for the wrong sub-resource (reported on the endpoint, in its file)',
      files: {
        'hsm.json': armTemplate([theHsm]),
        'pe.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-11-01", "name": "pe1",
      "properties": {
        "privateLinkServiceConnections": [
          {
            "name": "hsm",
            "properties": {
              "privateLinkServiceId": "${HSM_ID}",
              "groupIds": ["vault"]
            }
          }
        ]
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'wrongGroupId',
          file: 'pe.json',
          line: 13,
          column: 15,
          message: "Private endpoint 'pe1' connects to Managed HSM 'hsm1' with groupIds [\"vault\"]",
        },
      ],
    },
    {
      name: 'groupIds omitted',
      files: { 'a.json': armTemplate([theHsm, endpoint([{ privateLinkServiceId: HSM_ID }])]) },
      errors: [{ messageId: 'wrongGroupId', message: 'with groupIds (not set)' }],
    },
    {
      name: 'a pending child connection and no endpoint',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "properties": {} },
    {
      "type": "Microsoft.KeyVault/managedHSMs/privateEndpointConnections", "apiVersion": "2025-05-01",
      "name": "hsm1/pec1",
      "properties": { "privateLinkServiceConnectionState": { "status": "Pending" } }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'notApproved',
          line: 9,
          column: 62,
          message: "connection 'hsm1/pec1' with status Pending",
        },
      ],
    },
    {
      name: 'the read-only privateEndpointConnections list in a template is not trusted',
      files: {
        'a.json': armTemplate([
          hsm({
            ...COMPLIANT_PROPERTIES,
            privateEndpointConnections: [
              { properties: { privateLinkServiceConnectionState: { status: 'Approved' } } },
            ],
          }),
        ]),
      },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'an endpoint for another service whose target is an expression does not count',
      files: {
        'a.json': armTemplate([theHsm, endpoint([toHsm(['blob'], "[parameters('storageId')]")])]),
      },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'an endpoint whose target cannot be followed: unresolved, not missing',
      files: {
        'a.json': armTemplate([theHsm]),
        'b.json': armTemplate([endpoint([toHsm(['managedhsm'], "[parameters('hsmId')]")])]),
      },
      errors: [
        {
          messageId: 'unresolved',
          file: 'b.json',
          message: "privateLinkServiceId of private endpoint 'pe1' is [parameters('hsmId')]",
        },
      ],
    },
    {
      name: 'groupIds from an expression: unresolved',
      files: { 'a.json': armTemplate([theHsm, endpoint([toHsm("[parameters('groups')]")])]) },
      errors: [
        { messageId: 'unresolved', message: "groupIds of private endpoint 'pe1' is [parameters('groups')]" },
      ],
    },
    {
      name: 'the child connection status from an expression: unresolved',
      files: { 'a.json': armTemplate([theHsm, connectionChild("[parameters('status')]")]) },
      errors: [{ messageId: 'unresolved', message: "[parameters('status')]" }],
    },
    {
      name: 'PascalCase property names with the wrong group id',
      files: {
        'a.json': armTemplate([
          theHsm,
          {
            type: 'Microsoft.Network/privateEndpoints',
            apiVersion: '2023-11-01',
            name: 'pe1',
            Properties: {
              ManualPrivateLinkServiceConnections: [
                { Properties: { PrivateLinkServiceId: HSM_ID, GroupIds: ['vault'] } },
              ],
            },
          },
        ]),
      },
      errors: [{ messageId: 'wrongGroupId' }],
    },
    {
      name: "groupIds [vault] as the default of parameter 'groupIds' (reported on the endpoint)",
      files: { 'a.json': groupIdsFrom(['vault']) },
      errors: [
        {
          messageId: 'wrongGroupId',
          parameter: 'groupIds',
          line: GROUP_IDS_LINE,
          message: `with groupIds ["vault"], which does not name the Managed HSM sub-resource. Set groupIds to ["managedhsm"]. ${defaultNote('groupIds')}`,
        },
      ],
    },
    {
      name: "a pending child connection whose status is the default of parameter 'status'",
      files: {
        'a.json': parameterized(
          defaults({ status: 'Pending' }),
          theHsm,
          connectionChild("[parameters('status')]"),
        ),
      },
      errors: [{ messageId: 'notApproved', parameter: 'status', message: 'with status Pending' }],
    },
    {
      name: "linked through resourceId() of parameter 'hsmName' with a default: the wrong group id is found",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), ['vault']) },
      errors: [
        { messageId: 'wrongGroupId', message: 'connects to Managed HSM \'hsm1\' with groupIds ["vault"]' },
      ],
    },
    {
      name: "linked through resourceId() of parameter 'hsmName' without a value: the wrong group id is found",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), ['vault']) },
      errors: [
        {
          messageId: 'wrongGroupId',
          message: `connects to Managed HSM '${HSM_NAME}' with groupIds ["vault"]`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: vault over managedhsm',
      files: withParametersFile(groupIdsFrom(['managedhsm']), { groupIds: ['vault'] }),
      paths: ['main.json'],
      errors: [
        { messageId: 'wrongGroupId', file: 'main.json', line: GROUP_IDS_LINE, message: 'groupIds ["vault"]' },
      ],
    },
    {
      name: 'the parameters file renames the HSM: the endpoint to hsm1 no longer reaches it',
      files: withParametersFile(
        parameterized(
          defaults({ hsmName: 'hsm1' }),
          hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
          endpoint([toHsm()]),
        ),
        { hsmName: 'hsm2' },
      ),
      errors: [
        { messageId: 'missing', file: 'main.json', message: "Managed HSM 'hsm2' has no private endpoint" },
      ],
    },
  ],
});

/** A Resource as a live scan would produce it (no live source exists yet). */
function liveHsm(properties: unknown): Resource {
  const text = JSON.stringify({ type: 'Microsoft.KeyVault/managedHSMs', name: 'hsm1', properties }, null, 2);
  const root = parseJsonc('live.json', text).root!;
  return new Resource({
    key: 'live:hsm1',
    type: 'Microsoft.KeyVault/managedHSMs',
    name: { kind: 'known', value: 'hsm1', range: root.range },
    surface: 'live',
    range: root.range,
    body: root,
  });
}

function runLive(resource: Resource): string[] {
  const ids: string[] = [];
  const context = {
    id: rule.meta.id,
    options: [],
    graph: new Graph([resource]),
    now: new Date(),
    explainGaps: false,
    report: (d: ReportDescriptor<string>) => ids.push(d.messageId),
    unresolved: () => ids.push('unresolved'),
  } as unknown as RuleContext<'missing' | 'wrongGroupId' | 'notApproved', []>;
  rule.create(context)['Microsoft.KeyVault/managedHSMs'](resource);
  return ids;
}

describe('private-endpoint on a live HSM', () => {
  const connection = (status: string) => ({
    id: 'x',
    properties: { privateLinkServiceConnectionState: { status } },
  });

  it('passes with an approved connection', () => {
    expect(
      runLive(liveHsm({ privateEndpointConnections: [connection('Pending'), connection('Approved')] })),
    ).toEqual([]);
  });

  it('reports connections that are not approved', () => {
    expect(runLive(liveHsm({ privateEndpointConnections: [connection('Rejected')] }))).toEqual([
      'notApproved',
    ]);
  });

  it('reports an HSM without connections', () => {
    expect(runLive(liveHsm({ privateEndpointConnections: [] }))).toEqual(['missing']);
  });
});
