import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import type { Resource } from '../../../src/model/resource.js';
import { TYPES } from '../../../src/model/resource.js';
import type { Value } from '../../../src/model/value.js';
import {
  KNOWN_AFTER_APPLY,
  planInstanceKey,
  type TfInstance,
} from '../../../src/sources/terraform/instance.js';
import {
  configurationAddressOf,
  isTerraformPlan,
  parseInstanceAddress,
  parsePlan,
  readPlan,
} from '../../../src/sources/tfplan/index.js';

const FILE = 'plan.json';
const TEXT = readFileSync(new URL('../../fixtures/tfplan/hsm-plan.json', import.meta.url), 'utf8');
const LINES = TEXT.split('\n');

const HSM = 'azurerm_key_vault_managed_hardware_security_module';
const HSM_ADDRESS = `${HSM}.main`;
const KEY_ADDRESS = `module.keys.${HSM}_key.cmk`;
const ASSIGNMENT_ADDRESS = `module.keys.${HSM}_role_assignment.officer`;
const DEFINITION_ADDRESS = `module.keys.data.${HSM}_role_definition.officer`;
const key = (address: string) => planInstanceKey(FILE, address);

/** The text of plan.json a range covers (single-line ranges). */
function textAt(value: Value): string {
  const { start, end } = value.range;
  expect(end.line).toBe(start.line);
  return LINES[start.line - 1].slice(start.column - 1, end.column - 1);
}

function instanceAt(instances: TfInstance[], address: string): TfInstance {
  const found = instances.find((i) => i.address === address);
  expect(found).toBeDefined();
  return found!;
}

function byAddress(resources: Resource[], address: string): Resource {
  const found = resources.find((r) => r.symbol === address);
  expect(found).toBeDefined();
  return found!;
}

function plain(value: Value): unknown {
  return value.kind === 'known' || value.kind === 'default' ? value.value : value.kind;
}

describe('isTerraformPlan', () => {
  it('recognises terraform show -json output, as text or parsed', () => {
    expect(isTerraformPlan(TEXT)).toBe(true);
    expect(isTerraformPlan(JSON.parse(TEXT))).toBe(true);
    expect(isTerraformPlan({ format_version: '1.0', terraform_version: '1.5.7', values: {} })).toBe(true);
  });

  it('refuses other JSON and non-JSON', () => {
    expect(isTerraformPlan('{"$schema":"https://schema.management.azure.com/x","resources":[]}')).toBe(false);
    expect(isTerraformPlan('{"format_version": "1.2", "terraform_version": ')).toBe(false);
    expect(isTerraformPlan({ format_version: '1.2' })).toBe(false);
    expect(isTerraformPlan(['format_version', 'terraform_version'])).toBe(false);
    expect(isTerraformPlan(null)).toBe(false);
    expect(isTerraformPlan('resource "x" "y" {}')).toBe(false);
  });
});

describe('Terraform plan addresses', () => {
  it('reads module paths, modes and instance keys', () => {
    expect(parseInstanceAddress('module.a["x.y"].module.b[0].data.azuread_group.g["k"]')).toEqual({
      modules: [
        { name: 'a', key: '["x.y"]' },
        { name: 'b', key: '[0]' },
      ],
      mode: 'data',
      type: 'azuread_group',
      name: 'g',
      key: '["k"]',
    });
    expect(parseInstanceAddress('module.a')).toBeUndefined();
  });

  it('gives the configuration address an HCL scan of the same root would use', () => {
    expect(configurationAddressOf(`module.keys["a"].${HSM}_key.cmk[0]`)).toEqual({
      modulePath: ['keys'],
      address: `module.keys.${HSM}_key.cmk`,
      instanceKey: '[0]',
    });
    expect(configurationAddressOf(HSM_ADDRESS)).toEqual({ modulePath: [], address: HSM_ADDRESS });
  });
});

describe('readPlan: instances of the fixture plan', () => {
  const { instances, problems } = readPlan(FILE, TEXT);

  it('reads planned_values with child modules, and data sources from the prior state', () => {
    expect(problems).toEqual([]);
    expect(instances.map((i) => i.address).sort()).toEqual(
      [
        HSM_ADDRESS,
        'azurerm_monitor_diagnostic_setting.hsm',
        'azurerm_private_endpoint.hsm',
        DEFINITION_ADDRESS,
        KEY_ADDRESS,
        `module.keys.${HSM}_key_rotation_policy.cmk`,
        ASSIGNMENT_ADDRESS,
        'data.azuread_group.admins',
        'data.azurerm_client_config.current',
      ].sort(),
    );
    const hsm = instanceAt(instances, HSM_ADDRESS);
    expect(hsm).toMatchObject({ mode: 'managed', type: HSM, surface: 'tfplan', key: key(HSM_ADDRESS) });
    expect(hsm.via).toBeUndefined();
    expect(instanceAt(instances, KEY_ADDRESS).via).toBe('module.keys');
    expect(instanceAt(instances, DEFINITION_ADDRESS).mode).toBe('data');
    // The instance points at its entry in planned_values.
    expect(LINES[hsm.range.start.line - 1].trim()).toBe('{');
    expect(LINES[hsm.range.start.line]).toContain(`"address": "${HSM_ADDRESS}"`);
  });

  it('leaves out computed attributes the configuration does not write', () => {
    const hsm = instanceAt(instances, HSM_ADDRESS);
    expect(hsm.attributes.entries.has('id')).toBe(false);
    expect(hsm.attributes.entries.has('hsm_uri')).toBe(false);
    expect(hsm.attributes.entries.has('network_acls')).toBe(false);
    const endpoint = instanceAt(instances, 'azurerm_private_endpoint.hsm');
    const connection = endpoint.attributes.entries.get('private_service_connection')!.node;
    expect(connection.kind).toBe('array');
    if (connection.kind !== 'array' || connection.items[0].kind !== 'object')
      throw new Error('block expected');
    expect(connection.items[0].entries.has('private_ip_address')).toBe(false);
    expect(connection.items[0].entries.get('private_connection_resource_id')?.node).toMatchObject({
      kind: 'unknown',
      reason: KNOWN_AFTER_APPLY,
      references: [key(HSM_ADDRESS), `${HSM_ADDRESS}.id`, HSM_ADDRESS],
    });
  });

  it('keeps unknown attributes when the configuration is not read', () => {
    const without = readPlan(FILE, TEXT, { configuration: false });
    const hsm = instanceAt(without.instances, HSM_ADDRESS);
    expect(hsm.attributes.entries.get('id')?.node).toMatchObject({
      kind: 'unknown',
      expression: '(known after apply)',
      reason: KNOWN_AFTER_APPLY,
    });
    expect(hsm.attributes.entries.get('admin_object_ids')?.node.references).toBeUndefined();
  });
});

describe('parsePlan: canonical resources of the fixture plan', () => {
  const parsed = parsePlan(FILE, TEXT);
  const graph = new Graph(parsed.resources);
  linkResources(graph);
  const hsm = byAddress(parsed.resources, HSM_ADDRESS);

  it('maps the HSM with values whose ranges are in plan.json', () => {
    expect(parsed.surface).toBe('tfplan');
    expect(parsed.problems).toEqual([]);
    expect(hsm.type).toBe(TYPES.managedHsm);
    expect(hsm.surface).toBe('tfplan');
    expect(hsm.displayName).toBe('hsm-prod-weu');
    const purge = hsm.get('properties.enablePurgeProtection');
    expect(purge).toMatchObject({ kind: 'known', value: true });
    expect(textAt(purge)).toBe('"purge_protection_enabled": true');
    const access = hsm.get('properties.publicNetworkAccess');
    expect(access).toMatchObject({ kind: 'known', value: 'Disabled' });
    expect(textAt(access)).toBe('"public_network_access_enabled": false');
  });

  it('applies the provider defaults for attributes the plan leaves unset or computed', () => {
    expect(hsm.get('properties.networkAcls.defaultAction')).toMatchObject({
      kind: 'default',
      value: 'Allow',
    });
    expect(hsm.get('properties.networkAcls.bypass')).toMatchObject({
      kind: 'default',
      value: 'AzureServices',
    });
    // `null` in planned values is "not set".
    expect(hsm.get('properties.securityDomain.quorum')).toMatchObject({ kind: 'absent' });
  });

  it('marks sensitive values secure', () => {
    expect(hsm.get('tags.owner')).toMatchObject({ kind: 'known', secure: true });
    expect(hsm.get('tags.environment')).toMatchObject({ kind: 'known', value: 'prod' });
    expect(hsm.get('tags')).toMatchObject({ kind: 'known', secure: true });
  });

  it('keeps the configuration references on known values', () => {
    expect(hsm.get('properties.initialAdminObjectIds[0]')).toMatchObject({
      kind: 'known',
      value: '5b0c6a2e-8f1d-4c3b-9a7e-2d4f6b8c0e1a',
      references: [
        key('data.azuread_group.admins'),
        'data.azuread_group.admins.object_id',
        'data.azuread_group.admins',
      ],
    });
    const assignment = byAddress(parsed.resources, ASSIGNMENT_ADDRESS);
    // A module variable is followed to what the calling module passes.
    expect(assignment.get('properties.principalId')).toMatchObject({
      kind: 'known',
      references: [key('data.azuread_group.admins'), 'var.admin_group_id'],
    });
    expect(
      byAddress(parsed.resources, 'data.azuread_group.admins').get('properties.securityEnabled'),
    ).toMatchObject({
      value: true,
    });
  });

  it('links children to the HSM through module variables', () => {
    const cmk = byAddress(parsed.resources, KEY_ADDRESS);
    expect(cmk.type).toBe(TYPES.managedHsmKey);
    expect(cmk.parentKey).toBe(hsm.key);
    expect(cmk.via).toBe('module.keys');
    expect(cmk.get('properties.attributes.exp')).toMatchObject({ value: Date.UTC(2027, 5, 30) / 1000 });
    const assignment = byAddress(parsed.resources, ASSIGNMENT_ADDRESS);
    expect(assignment.type).toBe(TYPES.localRoleAssignment);
    expect(assignment.parentKey).toBe(hsm.key);
    expect(assignment.get('properties.roleDefinitionId')).toMatchObject({
      kind: 'unknown',
      references: [
        key(DEFINITION_ADDRESS),
        expect.stringContaining('resource_manager_id'),
        expect.any(String),
      ],
    });
    const definition = byAddress(parsed.resources, DEFINITION_ADDRESS);
    expect(definition).toMatchObject({ existing: true, parentKey: hsm.key, type: TYPES.localRoleDefinition });
    expect(
      graph
        .linkedTo(hsm, 'child')
        .map((r) => r.symbol)
        .sort(),
    ).toEqual([ASSIGNMENT_ADDRESS, DEFINITION_ADDRESS, KEY_ADDRESS].sort());
  });

  it('merges the rotation policy into its key', () => {
    const cmk = byAddress(parsed.resources, KEY_ADDRESS);
    expect(plain(cmk.get('properties.rotationPolicy'))).toEqual({
      lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Rotate' } }],
      attributes: { expiryTime: 'P1Y' },
    });
    expect(parsed.resources.some((r) => r.symbol?.endsWith('rotation_policy.cmk'))).toBe(false);
  });

  it('links the diagnostic setting and the private endpoint to the HSM whose id is unknown', () => {
    expect(graph.linkedTo(hsm, 'diagnostic-setting').map((r) => r.symbol)).toEqual([
      'azurerm_monitor_diagnostic_setting.hsm',
    ]);
    expect(graph.linkedTo(hsm, 'private-endpoint').map((r) => r.symbol)).toEqual([
      'azurerm_private_endpoint.hsm',
    ]);
    const setting = byAddress(parsed.resources, 'azurerm_monitor_diagnostic_setting.hsm');
    expect(plain(setting.get('properties.logs'))).toEqual([{ categoryGroup: 'audit', enabled: true }]);
    expect(setting.get('scope')).toMatchObject({ kind: 'unknown', expression: `${HSM_ADDRESS}.id` });
    expect(setting.get('properties.workspaceId')).toMatchObject({
      kind: 'known',
      references: ['var.workspace_id'],
    });
  });
});

/** A plan document around the given parts. */
function plan(parts: Record<string, unknown>): string {
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', ...parts }, null, 2);
}

describe('readPlan: references through module outputs and instance keys', () => {
  const text = plan({
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'azurerm_role_assignment.admin["a"]',
            mode: 'managed',
            type: 'azurerm_role_assignment',
            name: 'admin',
            index: 'a',
            values: { principal_id: 'p', role_definition_name: 'Managed HSM Contributor' },
            sensitive_values: {},
          },
        ],
        child_modules: [
          {
            address: 'module.hsm[0]',
            resources: ['x', 'y'].map((k) => ({
              address: `module.hsm[0].${HSM}.this["${k}"]`,
              mode: 'managed',
              type: HSM,
              name: 'this',
              index: k,
              values: { name: `hsm-${k}` },
              sensitive_values: {},
            })),
          },
        ],
      },
    },
    resource_changes: [
      {
        address: 'azurerm_role_assignment.admin["a"]',
        change: {
          actions: ['create'],
          after_unknown: { id: true, scope: true, role_definition_id: true, principal_type: true },
        },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: 'azurerm_role_assignment.admin',
            mode: 'managed',
            type: 'azurerm_role_assignment',
            name: 'admin',
            expressions: { scope: { references: ['module.hsm[0].ids', 'module.hsm[0]', 'module.hsm'] } },
          },
        ],
        module_calls: {
          hsm: {
            source: './hsm',
            count_expression: { constant_value: 1 },
            module: {
              outputs: {
                ids: {
                  expression: { references: [`${HSM}.this["x"].id`, `${HSM}.this["x"]`, `${HSM}.this`] },
                },
              },
              resources: [
                { address: `${HSM}.this`, mode: 'managed', type: HSM, name: 'this', expressions: {} },
              ],
            },
          },
        },
      },
    },
  });

  it('follows a module output to the keyed instance it names', () => {
    const { instances, problems } = readPlan(FILE, text);
    expect(problems).toEqual([]);
    const assignment = instanceAt(instances, 'azurerm_role_assignment.admin["a"]');
    expect(assignment.attributes.entries.get('scope')?.node).toMatchObject({
      kind: 'unknown',
      expression: 'module.hsm[0].ids',
      references: [key(`module.hsm[0].${HSM}.this["x"]`), 'module.hsm[0].ids', 'module.hsm[0]', 'module.hsm'],
    });
    const parsed = parsePlan(FILE, text);
    const graph = new Graph(parsed.resources);
    linkResources(graph);
    const role = byAddress(parsed.resources, 'azurerm_role_assignment.admin["a"]');
    expect(graph.linkedFrom(role, 'role-assignment').map((r) => r.displayName)).toEqual(['hsm-x']);
    expect(role.get('properties.roleDefinitionId')).toMatchObject({
      value: '/providers/Microsoft.Authorization/roleDefinitions/18500a29-7fe2-46b2-a342-b16a415e101d',
    });
  });
});

describe('readPlan: input it cannot use', () => {
  it('refuses an unknown major format_version with a problem', () => {
    const { instances, problems } = readPlan(
      FILE,
      plan({ format_version: '2.0', planned_values: { root_module: {} } }),
    );
    expect(instances).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/format_version 2\.0 is not supported/);
    expect(problems[0].range.start.line).toBe(2);
  });

  it('reports invalid and truncated JSON without reading any of it', () => {
    for (const text of [
      '{"format_version": "1.2", "terraform_version": "1.9.8", "planned_values": {',
      '',
      '[1, 2',
    ]) {
      const { instances, problems } = readPlan(FILE, text);
      expect(instances).toEqual([]);
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  it('reports JSON that is not a plan', () => {
    const { problems } = readPlan(FILE, '{"resources": []}');
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/Not a Terraform plan/) }),
    ]);
  });

  it('reports a plan without planned values, and an errored plan', () => {
    expect(readPlan(FILE, plan({})).problems[0].message).toMatch(/no planned_values/);
    const errored = readPlan(FILE, plan({ errored: true, planned_values: { root_module: {} } }));
    expect(errored.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/errored/) }),
    ]);
  });

  it('reads state JSON (values instead of planned_values)', () => {
    const state = plan({
      format_version: '1.0',
      values: {
        root_module: {
          resources: [{ address: `${HSM}.x`, mode: 'managed', type: HSM, name: 'x', values: { name: 'h' } }],
        },
      },
    });
    expect(readPlan(FILE, state).instances.map((i) => i.address)).toEqual([`${HSM}.x`]);
  });

  it('never throws on odd shapes', () => {
    const odd = [
      plan({
        planned_values: {
          root_module: { resources: [1, null, { address: 3 }, { address: 'a.b', type: 'a' }] },
        },
      }),
      plan({
        planned_values: { root_module: { child_modules: [{ resources: 'x' }] } },
        resource_changes: {},
      }),
      plan({ planned_values: 'x', configuration: { root_module: { module_calls: { m: 1 } } } }),
      plan({
        planned_values: {
          root_module: { resources: [{ address: 'a.b', mode: 'managed', type: 'a', values: [1] }] },
        },
        resource_changes: [{ address: 'a.b', change: { after_unknown: [true] } }],
      }),
    ];
    for (const text of odd) expect(() => parsePlan(FILE, text)).not.toThrow();
  });
});
