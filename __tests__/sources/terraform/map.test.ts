import { describe, expect, it } from '@jest/globals';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import type { ObjectNode, PropertyEntry, PropertyNode } from '../../../src/model/node.js';
import type { SourceRange } from '../../../src/model/range.js';
import type { Resource } from '../../../src/model/resource.js';
import { TYPES } from '../../../src/model/resource.js';
import type { Value } from '../../../src/model/value.js';
import { hclInstanceKey, type TfInstance } from '../../../src/sources/terraform/instance.js';
import { mapInstances } from '../../../src/sources/terraform/map.js';

const FILE = 'main.tf';

/** A value known only after apply, referring to other instances (by key) as the evaluator records them. */
class Unknown {
  constructor(
    readonly expression: string,
    readonly references: string[] = [],
  ) {}
}

/** A written value that also records what it was computed from (a plan's configuration references). */
class Referring {
  constructor(
    readonly value: string,
    readonly references: string[],
  ) {}
}

/** Every node gets its own line, so a test can tell which Terraform attribute a value came from. */
function treeBuilder() {
  let line = 0;
  const next = (): SourceRange => {
    line += 1;
    return { file: FILE, start: { line, column: 3 }, end: { line, column: 30 } };
  };
  const build = (value: unknown, range: SourceRange): PropertyNode => {
    if (value instanceof Unknown)
      return {
        kind: 'unknown',
        expression: value.expression,
        reason: 'known only after apply',
        references: value.references,
        range,
      };
    if (value instanceof Referring)
      return { kind: 'scalar', value: value.value, references: value.references, range };
    if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => build(v, next())), range };
    if (value !== null && typeof value === 'object') {
      const entries = new Map<string, PropertyEntry>();
      for (const [name, v] of Object.entries(value)) {
        const keyRange = next();
        const node = build(v, { ...keyRange, start: { line: keyRange.start.line, column: 20 } });
        entries.set(name.toLowerCase(), { name, keyRange, node });
      }
      return { kind: 'object', entries, range };
    }
    return { kind: 'scalar', value: value as string | number | boolean | null, range };
  };
  return (value: Record<string, unknown>) => build(value, next()) as ObjectNode;
}

const attributes = treeBuilder();

function instance(
  address: string,
  values: Record<string, unknown>,
  mode: 'managed' | 'data' = 'managed',
): TfInstance {
  const parts = address.replace(/^data\./, '').split('.');
  return {
    mode,
    type: parts[0],
    address,
    key: hclInstanceKey('.', address),
    attributes: attributes(values),
    range: { file: FILE, start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    surface: 'terraform',
  };
}

const keyOf = (address: string) => hclInstanceKey('.', address);
const HSM_ADDRESS = 'azurerm_key_vault_managed_hardware_security_module.main';

const MINIMAL_HSM = {
  name: 'hsm1',
  resource_group_name: 'rg',
  location: 'westeurope',
  sku_name: 'Standard_B1',
  tenant_id: '11111111-1111-1111-1111-111111111111',
  admin_object_ids: ['22222222-2222-2222-2222-222222222222'],
};

/** The plain value of a known (or defaulted) property. */
function plain(value: Value): unknown {
  return value.kind === 'known' || value.kind === 'default' ? value.value : value.kind;
}

function only(resources: Resource[], type: string): Resource {
  const found = resources.filter((r) => r.isType(type));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('Terraform instances to canonical resources: the Managed HSM', () => {
  it('maps written attributes to their ARM paths and keeps their nodes', () => {
    const hsm = instance(HSM_ADDRESS, {
      ...MINIMAL_HSM,
      purge_protection_enabled: true,
      soft_delete_retention_days: 30,
      public_network_access_enabled: false,
      network_acls: [{ default_action: 'Deny', bypass: 'None' }],
      security_domain_key_vault_certificate_ids: ['c1', 'c2', 'c3'],
      security_domain_quorum: 2,
      tags: { env: 'prod' },
    });
    const [r] = mapInstances([hsm]);
    expect(r.type).toBe(TYPES.managedHsm);
    expect(r.key).toBe(hsm.key);
    expect(r.symbol).toBe(HSM_ADDRESS);
    expect(r.surface).toBe('terraform');
    expect(r.existing).toBe(false);
    expect(r.displayName).toBe('hsm1');
    expect(r.get('location')).toMatchObject({ kind: 'known', value: 'westeurope' });
    expect(r.get('sku.name')).toMatchObject({ kind: 'known', value: 'Standard_B1' });
    expect(r.get('properties.tenantId')).toMatchObject({ value: '11111111-1111-1111-1111-111111111111' });
    expect(r.get('properties.initialAdminObjectIds')).toMatchObject({
      value: ['22222222-2222-2222-2222-222222222222'],
    });
    expect(r.get('properties.enablePurgeProtection')).toMatchObject({ kind: 'known', value: true });
    expect(r.get('properties.softDeleteRetentionInDays')).toMatchObject({ kind: 'known', value: 30 });
    expect(r.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'known', value: 'Disabled' });
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({ kind: 'known', value: 'Deny' });
    expect(r.get('properties.networkAcls.bypass')).toMatchObject({ kind: 'known', value: 'None' });
    expect(r.get('properties.securityDomain.certificateIds')).toMatchObject({ value: ['c1', 'c2', 'c3'] });
    expect(r.get('properties.securityDomain.quorum')).toMatchObject({ value: 2 });
    expect(r.get('tags.env')).toMatchObject({ value: 'prod' });
    // The finding points at the Terraform attribute: from its key to the end of its value.
    const purgeEntry = hsm.attributes.entries.get('purge_protection_enabled')!;
    expect(r.get('properties.enablePurgeProtection').range).toEqual({
      file: FILE,
      start: purgeEntry.keyRange.start,
      end: purgeEntry.node.range.end,
    });
    const access = hsm.attributes.entries.get('public_network_access_enabled')!;
    expect(r.get('properties.publicNetworkAccess').range.start).toEqual(access.keyRange.start);
  });

  it('pins the azurerm provider defaults of omitted attributes', () => {
    const r = only(mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM)]), TYPES.managedHsm);
    expect(r.get('properties.enablePurgeProtection')).toMatchObject({
      kind: 'default',
      value: false,
      why: 'omitted; the azurerm provider sends false',
    });
    expect(r.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'default',
      value: 'Enabled',
      why: 'omitted; the azurerm provider defaults public_network_access_enabled to true',
    });
    const aclWhy = 'network_acls omitted; the provider flattens it to Allow/AzureServices';
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({
      kind: 'default',
      value: 'Allow',
      why: aclWhy,
    });
    expect(r.get('properties.networkAcls.bypass')).toMatchObject({
      kind: 'default',
      value: 'AzureServices',
      why: aclWhy,
    });
    expect(r.get('properties.softDeleteRetentionInDays')).toMatchObject({ kind: 'default', value: 90 });
    expect(r.get('properties.enableSoftDelete')).toMatchObject({ kind: 'default', value: true });
    expect(r.get('properties.createMode')).toMatchObject({ kind: 'default', value: 'default' });
    expect(r.get('properties.networkAcls.ipRules')).toMatchObject({ kind: 'absent' });
  });

  it('treats null (Terraform "not set") and an empty network_acls list as omitted', () => {
    const r = only(
      mapInstances([
        instance(HSM_ADDRESS, { ...MINIMAL_HSM, purge_protection_enabled: null, network_acls: [] }),
      ]),
      TYPES.managedHsm,
    );
    expect(r.get('properties.enablePurgeProtection')).toMatchObject({ kind: 'default', value: false });
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({ kind: 'default', value: 'Allow' });
  });

  it('keeps unknown values unknown, with their references', () => {
    const r = only(
      mapInstances([
        instance(HSM_ADDRESS, {
          ...MINIMAL_HSM,
          public_network_access_enabled: new Unknown('var.public'),
          admin_object_ids: new Unknown('[azuread_group.admins.object_id]', [keyOf('azuread_group.admins')]),
          network_acls: [{ default_action: new Unknown('var.action'), bypass: 'AzureServices' }],
        }),
      ]),
      TYPES.managedHsm,
    );
    expect(r.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'unknown',
      expression: 'var.public',
    });
    expect(r.get('properties.initialAdminObjectIds')).toMatchObject({
      kind: 'unknown',
      references: [keyOf('azuread_group.admins')],
    });
    // A present block never falls back to the flattened default.
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({ kind: 'unknown' });
  });

  it('keeps a secure value secure', () => {
    const hsm = instance(HSM_ADDRESS, MINIMAL_HSM);
    hsm.attributes.entries.get('tenant_id')!.node.secure = true;
    const r = only(mapInstances([hsm]), TYPES.managedHsm);
    expect(r.get('properties.tenantId')).toMatchObject({ kind: 'known', secure: true });
  });

  it('passes instance facts through and marks data sources existing', () => {
    const hsm = {
      ...instance(`data.${HSM_ADDRESS}`, { name: 'hsm1' }, 'data'),
      via: 'module "hsm" at main.tf:3',
      conditional: 'count = var.enabled ? 1 : 0',
      loop: 'for_each = var.hsms',
      suppressions: [
        {
          rule: 'purge-protection',
          range: { file: FILE, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        },
      ],
    };
    const [r] = mapInstances([hsm]);
    expect(r.existing).toBe(true);
    expect(r.via).toBe(hsm.via);
    expect(r.conditional).toBe(hsm.conditional);
    expect(r.loop).toBe(hsm.loop);
    expect(r.suppressions).toEqual(hsm.suppressions);
  });

  it('maps nothing for types the rules do not read', () => {
    expect(mapInstances([instance('azurerm_resource_group.rg', { name: 'rg' })])).toEqual([]);
    expect(mapInstances([instance('constructor.x', { name: 'x' }), instance('__proto__.y', {})])).toEqual([]);
  });
});

describe('Terraform instances: keys and rotation policies', () => {
  const hsmKey = keyOf(HSM_ADDRESS);

  it('maps a key, converts RFC 3339 dates to epoch seconds and finds its HSM through references', () => {
    const key = instance(`${HSM}_key.k`, {
      name: 'cmk',
      managed_hsm_id: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      key_type: 'RSA-HSM',
      key_size: 3072,
      key_opts: ['wrapKey', 'unwrapKey'],
      expiration_date: '2030-01-01T00:00:00Z',
      not_before_date: new Unknown('time_static.now.rfc3339'),
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), key]);
    const r = only(resources, TYPES.managedHsmKey);
    expect(r.parentKey).toBe(hsmKey);
    expect(r.displayName).toBe('cmk');
    expect(r.get('properties.kty')).toMatchObject({ value: 'RSA-HSM' });
    expect(r.get('properties.keySize')).toMatchObject({ value: 3072 });
    expect(r.get('properties.keyOps')).toMatchObject({ value: ['wrapKey', 'unwrapKey'] });
    const exp = r.get('properties.attributes.exp');
    expect(exp).toMatchObject({ kind: 'known', value: Date.UTC(2030, 0, 1) / 1000 });
    expect(exp.range.start).toEqual(key.attributes.entries.get('expiration_date')!.keyRange.start);
    expect(r.get('properties.attributes.nbf')).toMatchObject({ kind: 'unknown' });
    expect(r.get('properties.curveName')).toMatchObject({ kind: 'absent' });

    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedFrom(r, 'child').map((p) => p.key)).toEqual([hsmKey]);
  });

  it('names a key under a literal HSM id so the linker finds the HSM by name', () => {
    const key = instance(`${HSM}_key.k`, {
      name: 'cmk',
      managed_hsm_id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1',
      key_type: 'EC-HSM',
      curve: 'P-384',
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), key]);
    const r = only(resources, TYPES.managedHsmKey);
    expect(r.parentKey).toBeUndefined();
    expect(r.displayName).toBe('hsm1/cmk');
    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedFrom(r, 'child').map((p) => p.key)).toEqual([hsmKey]);
  });

  it('merges a rotation policy into its key in the ARM shape', () => {
    const key = instance(`${HSM}_key.k`, {
      name: 'cmk',
      managed_hsm_id: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      key_type: 'EC-HSM',
      curve: 'P-256',
    });
    const policy = instance(`${HSM}_key_rotation_policy.p`, {
      managed_hsm_key_id: new Unknown(`${HSM}_key.k.id`, [key.key]),
      expire_after: 'P60D',
      time_before_expiry: 'P30D',
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), key, policy]);
    expect(resources).toHaveLength(2);
    const r = only(resources, TYPES.managedHsmKey);
    expect(plain(r.get('properties.rotationPolicy'))).toEqual({
      lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Rotate' } }],
      attributes: { expiryTime: 'P60D' },
    });
    expect(r.get('properties.rotationPolicy.lifetimeActions[0].action.type').range.start).toEqual(
      policy.range.start,
    );
    const after = policy.attributes.entries.get('time_before_expiry')!;
    expect(
      r.get('properties.rotationPolicy.lifetimeActions[0].trigger.timeBeforeExpiry').range.start,
    ).toEqual(after.keyRange.start);
  });

  it('drops a rotation policy whose key is not in the batch', () => {
    const policy = instance(`${HSM}_key_rotation_policy.p`, {
      managed_hsm_key_id: new Unknown('var.key_id'),
      expire_after: 'P60D',
      time_after_creation: 'P30D',
    });
    expect(mapInstances([policy])).toEqual([]);
  });

  it('leaves the rotation policy of keys unknown when a policy of the batch cannot be followed to its key', () => {
    const key = instance(`${HSM}_key.k`, {
      name: 'cmk',
      managed_hsm_id: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      key_type: 'RSA-HSM',
    });
    const policy = instance(`${HSM}_key_rotation_policy.p`, {
      managed_hsm_key_id: new Unknown('var.key_id'),
      expire_after: 'P60D',
    });
    const r = only(mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), key, policy]), TYPES.managedHsmKey);
    expect(r.get('properties.rotationPolicy')).toMatchObject({
      kind: 'unknown',
      expression: 'var.key_id',
      reason: expect.stringContaining('cannot be followed'),
    });
  });
});

const HSM = 'azurerm_key_vault_managed_hardware_security_module';

describe('Terraform instances: local RBAC', () => {
  const hsmKey = keyOf(HSM_ADDRESS);

  it('maps a local role assignment and its HSM', () => {
    const definition = instance(
      `data.${HSM}_role_definition.officer`,
      { name: '515eb02d-2335-4d2d-92f2-b1cbdf9c3778', managed_hsm_id: new Unknown('x', [hsmKey]) },
      'data',
    );
    const assignment = instance(`${HSM}_role_assignment.a`, {
      name: 'a1',
      managed_hsm_id: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      scope: '/keys',
      role_definition_id: new Unknown(`data.${HSM}_role_definition.officer.resource_manager_id`, [
        definition.key,
      ]),
      principal_id: new Unknown('azuread_group.admins.object_id', [keyOf('azuread_group.admins')]),
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), definition, assignment]);
    const r = only(resources, TYPES.localRoleAssignment);
    expect(r.parentKey).toBe(hsmKey);
    expect(r.get('properties.scope')).toMatchObject({ value: '/keys' });
    expect(r.get('properties.roleDefinitionId')).toMatchObject({
      kind: 'unknown',
      references: [definition.key],
    });
    expect(r.get('properties.principalId')).toMatchObject({ kind: 'unknown' });
    const d = only(resources, TYPES.localRoleDefinition);
    expect(d.existing).toBe(true);
    expect(d.parentKey).toBe(hsmKey);
  });

  it('keeps a role definition named by its GUID under a literal HSM id', () => {
    const definition = instance(
      `data.${HSM}_role_definition.user`,
      {
        name: '21dbd100-6940-42c2-9190-5d6cb909625b',
        managed_hsm_id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1',
      },
      'data',
    );
    const [r] = mapInstances([definition]);
    expect(r.displayName).toBe('21dbd100-6940-42c2-9190-5d6cb909625b');
  });

  it('maps a custom role definition with its permissions', () => {
    const definition = instance(`${HSM}_role_definition.custom`, {
      name: '7d6e8f3a-0000-4000-8000-000000000001',
      managed_hsm_id: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      role_name: 'Key exporter',
      description: 'exports keys',
      permission: [
        {
          actions: [],
          not_actions: [],
          data_actions: ['Microsoft.KeyVault/managedHsm/keys/export/action'],
          not_data_actions: [],
        },
      ],
    });
    const r = only(mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), definition]), TYPES.localRoleDefinition);
    expect(r.displayName).toBe('7d6e8f3a-0000-4000-8000-000000000001');
    expect(r.existing).toBe(false);
    expect(r.parentKey).toBe(hsmKey);
    expect(plain(r.get('properties'))).toEqual({
      roleName: 'Key exporter',
      description: 'exports keys',
      roleType: 'CustomRole',
      permissions: [
        {
          actions: [],
          notActions: [],
          dataActions: ['Microsoft.KeyVault/managedHsm/keys/export/action'],
          notDataActions: [],
        },
      ],
    });
  });
});

describe('Terraform instances: networking and monitoring', () => {
  const hsmKey = keyOf(HSM_ADDRESS);
  const hsmId = () => new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]);

  it('maps private endpoint connections, manual ones to their own list', () => {
    const endpoint = instance('azurerm_private_endpoint.pe', {
      name: 'pe',
      location: 'westeurope',
      subnet_id: 'subnet',
      private_service_connection: [
        {
          name: 'c1',
          is_manual_connection: false,
          private_connection_resource_id: hsmId(),
          subresource_names: ['managedhsm'],
        },
        {
          name: 'c2',
          is_manual_connection: true,
          private_connection_resource_id: hsmId(),
          subresource_names: ['managedhsm'],
        },
      ],
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), endpoint]);
    const r = only(resources, TYPES.privateEndpoint);
    expect(r.get('properties.privateLinkServiceConnections[0].name')).toMatchObject({ value: 'c1' });
    expect(r.get('properties.privateLinkServiceConnections[0].properties.groupIds')).toMatchObject({
      value: ['managedhsm'],
    });
    expect(
      r.get('properties.manualPrivateLinkServiceConnections[0].properties.privateLinkServiceId'),
    ).toMatchObject({
      kind: 'unknown',
      references: [hsmKey],
    });
    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedTo(graph.get(hsmKey)!, 'private-endpoint').map((e) => e.key)).toEqual([endpoint.key]);
  });

  it('maps enabled_log blocks and the legacy log block (enabled defaults to true)', () => {
    const setting = instance('azurerm_monitor_diagnostic_setting.d', {
      name: 'audit',
      target_resource_id: hsmId(),
      log_analytics_workspace_id: new Unknown('azurerm_log_analytics_workspace.w.id', [
        keyOf('azurerm_log_analytics_workspace.w'),
      ]),
      enabled_log: [{ category_group: 'audit' }],
      log: [
        { category: 'AuditEvent', enabled: null, retention_policy: [{ enabled: true, days: 30 }] },
        { category: 'Other', enabled: false },
      ],
    });
    const workspace = instance('azurerm_log_analytics_workspace.w', { name: 'w', sku: 'PerGB2018' });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), setting, workspace]);
    const r = only(resources, TYPES.diagnosticSetting);
    expect(plain(r.get('properties.logs[0]'))).toEqual({ categoryGroup: 'audit', enabled: true });
    expect(r.get('properties.logs[1].category')).toMatchObject({ value: 'AuditEvent' });
    expect(r.get('properties.logs[1].enabled')).toMatchObject({ kind: 'default', value: true });
    expect(r.get('properties.logs[1].retentionPolicy.days')).toMatchObject({ value: 30 });
    expect(r.get('properties.logs[2].enabled')).toMatchObject({ kind: 'known', value: false });
    expect(r.get('scope')).toMatchObject({ kind: 'unknown', references: [hsmKey] });

    const w = only(resources, TYPES.logAnalyticsWorkspace);
    expect(w.get('sku.name')).toMatchObject({ value: 'PerGB2018' });
    expect(w.get('properties.retentionInDays')).toMatchObject({ kind: 'default', value: 30 });

    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedTo(graph.get(hsmKey)!, 'diagnostic-setting').map((s) => s.key)).toEqual([setting.key]);
    expect(graph.linkedFrom(r, 'log-destination').map((s) => s.key)).toEqual([workspace.key]);
  });

  it('maps the other destinations of a diagnostic setting', () => {
    const setting = instance('azurerm_monitor_diagnostic_setting.d', {
      name: 'audit',
      target_resource_id: hsmId(),
      storage_account_id: 'sa',
      eventhub_authorization_rule_id: 'rule',
      eventhub_name: 'hub',
      partner_solution_id: 'partner',
      log_analytics_destination_type: 'Dedicated',
      enabled_metric: [{ category: 'AllMetrics' }],
    });
    const r = only(mapInstances([setting]), TYPES.diagnosticSetting);
    expect(plain(r.get('properties'))).toMatchObject({
      storageAccountId: 'sa',
      eventHubAuthorizationRuleId: 'rule',
      eventHubName: 'hub',
      marketplacePartnerId: 'partner',
      logAnalyticsDestinationType: 'Dedicated',
      metrics: [{ category: 'AllMetrics', enabled: true }],
    });
    expect(r.get('properties.logs')).toMatchObject({ kind: 'absent' });
  });

  it('maps metric alerts with static and dynamic criteria; enabled defaults to true', () => {
    const alert = instance('azurerm_monitor_metric_alert.a', {
      name: 'availability',
      scopes: [hsmId()],
      criteria: [
        {
          metric_namespace: 'Microsoft.KeyVault/managedHSMs',
          metric_name: 'Availability',
          aggregation: 'Average',
          operator: 'LessThan',
          threshold: 100,
        },
      ],
      dynamic_criteria: [
        {
          metric_namespace: 'Microsoft.KeyVault/managedHSMs',
          metric_name: 'ServiceApiLatency',
          aggregation: 'Average',
          operator: 'GreaterThan',
          alert_sensitivity: 'Medium',
        },
      ],
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), alert]);
    const r = only(resources, TYPES.metricAlert);
    expect(r.get('properties.enabled')).toMatchObject({ kind: 'default', value: true });
    expect(plain(r.get('properties.criteria.allOf'))).toEqual([
      {
        criterionType: 'StaticThresholdCriterion',
        metricName: 'Availability',
        metricNamespace: 'Microsoft.KeyVault/managedHSMs',
        operator: 'LessThan',
        timeAggregation: 'Average',
        threshold: 100,
      },
      {
        criterionType: 'DynamicThresholdCriterion',
        metricName: 'ServiceApiLatency',
        metricNamespace: 'Microsoft.KeyVault/managedHSMs',
        operator: 'GreaterThan',
        timeAggregation: 'Average',
        alertSensitivity: 'Medium',
      },
    ]);
    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedTo(graph.get(hsmKey)!, 'metric-alert').map((a) => a.key)).toEqual([alert.key]);
  });

  it('maps Sentinel onboarding with the workspace as its scope', () => {
    const workspace = instance('azurerm_log_analytics_workspace.w', { name: 'w', retention_in_days: 90 });
    const byId = instance('azurerm_sentinel_log_analytics_workspace_onboarding.s', {
      workspace_id: new Unknown('azurerm_log_analytics_workspace.w.id', [workspace.key]),
    });
    const byName = instance('azurerm_sentinel_log_analytics_workspace_onboarding.legacy', {
      resource_group_name: 'rg',
      workspace_name: 'w',
    });
    const resources = mapInstances([workspace, byId, byName]);
    const graph = new Graph(resources);
    linkResources(graph);
    expect(
      graph
        .linkedTo(graph.get(workspace.key)!, 'sentinel')
        .map((s) => s.key)
        .sort(),
    ).toEqual([byId.key, byName.key].sort());
    expect(graph.get(byName.key)!.get('scope')).toMatchObject({
      value: 'Microsoft.OperationalInsights/workspaces/w',
    });
  });
});

describe('Terraform instances: Azure RBAC and directory principals', () => {
  const hsmKey = keyOf(HSM_ADDRESS);

  it.each([
    ['Managed HSM Contributor', '18500a29-7fe2-46b2-a342-b16a415e101d'],
    ['owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
    ['User Access Administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
    // A local role written as an Azure RBAC role: the rules must see which one.
    ['Managed HSM Crypto User', '21dbd100-6940-42c2-9190-5d6cb909625b'],
  ])('maps role_definition_name %s to its role definition id', (roleName, guid) => {
    const assignment = instance('azurerm_role_assignment.r', {
      scope: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
      role_definition_name: roleName,
      principal_id: '33333333-3333-3333-3333-333333333333',
      principal_type: 'User',
    });
    const resources = mapInstances([instance(HSM_ADDRESS, MINIMAL_HSM), assignment]);
    const r = only(resources, TYPES.roleAssignment);
    const id = r.get('properties.roleDefinitionId');
    expect(id).toMatchObject({
      kind: 'known',
      value: `/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
    });
    expect(id.range.start).toEqual(assignment.attributes.entries.get('role_definition_name')!.keyRange.start);
    expect(r.get('properties.principalType')).toMatchObject({ value: 'User' });
    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedFrom(r, 'role-assignment').map((h) => h.key)).toEqual([hsmKey]);
  });

  it('keeps an explicit role_definition_id and leaves unknown role names unknown', () => {
    const byId = instance('azurerm_role_assignment.id', {
      scope: 'x',
      role_definition_id: '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/abc',
      role_definition_name: 'Owner',
    });
    const byOddName = instance('azurerm_role_assignment.odd', {
      scope: 'x',
      role_definition_name: 'Key Vault Reader',
    });
    const byProtoName = instance('azurerm_role_assignment.proto', {
      scope: 'x',
      role_definition_name: 'constructor',
    });
    const [a, b, c] = mapInstances([byId, byOddName, byProtoName]);
    expect(c.get('properties.roleDefinitionId')).toMatchObject({ kind: 'unknown' });
    expect(a.get('properties.roleDefinitionId')).toMatchObject({
      value: '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/abc',
    });
    expect(b.get('properties.roleDefinitionId')).toMatchObject({
      kind: 'unknown',
      expression: 'Key Vault Reader',
    });
  });

  it('maps PIM eligible assignments', () => {
    const r = only(
      mapInstances([
        instance('azurerm_pim_eligible_role_assignment.p', {
          scope: new Unknown(`${HSM_ADDRESS}.id`, [hsmKey]),
          role_definition_id:
            '/providers/Microsoft.Authorization/roleDefinitions/18500a29-7fe2-46b2-a342-b16a415e101d',
          principal_id: new Referring('44444444-4444-4444-4444-444444444444', [
            'azuread_group.admins.object_id',
          ]),
        }),
      ]),
      TYPES.roleEligibilityScheduleRequest,
    );
    expect(r.get('scope')).toMatchObject({ kind: 'unknown' });
    expect(r.get('properties.principalId')).toMatchObject({
      kind: 'known',
      references: ['azuread_group.admins.object_id'],
    });
  });

  it('maps directory principals and identities, data sources as existing', () => {
    const resources = mapInstances([
      instance('azuread_group.admins', {
        display_name: 'HSM admins',
        security_enabled: true,
        object_id: new Unknown('id'),
      }),
      instance(
        'data.azuread_user.alice',
        { user_principal_name: 'alice@contoso.com', display_name: 'Alice' },
        'data',
      ),
      instance('data.azuread_service_principal.app', { client_id: 'app-id', display_name: 'App' }, 'data'),
      instance('azuread_service_principal.legacy', { application_id: 'legacy-app-id' }),
      instance('azuread_application.app', { display_name: 'App', client_id: 'cid' }),
      instance('azurerm_user_assigned_identity.id', { name: 'uai', location: 'westeurope' }),
      instance('data.azurerm_user_assigned_identity.other', { name: 'other' }, 'data'),
    ]);
    expect(resources.map((r) => [r.type, r.existing, r.displayName])).toEqual([
      [TYPES.entraGroup, false, 'HSM admins'],
      [TYPES.entraUser, true, 'Alice'],
      [TYPES.entraServicePrincipal, true, 'App'],
      [TYPES.entraServicePrincipal, false, 'azuread_service_principal.legacy'],
      [TYPES.entraApplication, false, 'App'],
      [TYPES.userAssignedIdentity, false, 'uai'],
      [TYPES.userAssignedIdentity, true, 'other'],
    ]);
    expect(resources[0].get('properties.securityEnabled')).toMatchObject({ value: true });
    expect(resources[1].get('properties.userPrincipalName')).toMatchObject({ value: 'alice@contoso.com' });
    expect(resources[2].get('properties.appId')).toMatchObject({ value: 'app-id' });
    expect(resources[3].get('properties.appId')).toMatchObject({ value: 'legacy-app-id' });
  });
});

describe('Terraform instances: azapi_resource', () => {
  it('maps an HSM from its ARM body with the ARM defaults', () => {
    const hsm = instance('azapi_resource.hsm', {
      type: 'microsoft.keyvault/managedhsms@2025-07-01',
      name: 'hsm2',
      parent_id: '/subscriptions/s/resourceGroups/rg',
      location: 'westeurope',
      body: {
        sku: { family: 'B', name: 'Standard_B1' },
        properties: { tenantId: 't', initialAdminObjectIds: ['a'], publicNetworkAccess: 'Disabled' },
      },
    });
    const r = only(mapInstances([hsm]), TYPES.managedHsm);
    expect(r.type).toBe(TYPES.managedHsm);
    expect(r.apiVersion).toBe('2025-07-01');
    expect(r.displayName).toBe('hsm2');
    expect(r.get('location')).toMatchObject({ value: 'westeurope' });
    expect(r.get('sku.name')).toMatchObject({ value: 'Standard_B1' });
    expect(r.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'known', value: 'Disabled' });
    // ARM's default, not the azurerm provider's.
    expect(r.get('properties.enablePurgeProtection')).toMatchObject({ kind: 'default', value: true });
  });

  it('maps a child key whose parent is found through parent_id references', () => {
    const hsm = instance('azapi_resource.hsm', {
      type: 'Microsoft.KeyVault/managedHSMs@2025-07-01',
      name: 'hsm2',
    });
    const key = instance('azapi_resource.key', {
      type: 'Microsoft.KeyVault/managedHSMs/keys@2025-07-01',
      name: 'cmk',
      parent_id: new Unknown('azapi_resource.hsm.id', [hsm.key]),
      body: JSON.stringify({ properties: { kty: 'RSA-HSM', keyOps: ['wrapKey'] } }),
    });
    const r = only(mapInstances([hsm, key]), TYPES.managedHsmKey);
    expect(r.parentKey).toBe(hsm.key);
    expect(r.get('properties.kty')).toMatchObject({ value: 'RSA-HSM' });
    expect(r.get('properties.keySize')).toMatchObject({ kind: 'default', value: 2048 });
  });

  it('makes parent_id the scope of extension resources', () => {
    const hsm = instance('azapi_resource.hsm', {
      type: 'Microsoft.KeyVault/managedHSMs@2025-07-01',
      name: 'hsm2',
    });
    const setting = instance('azapi_resource.diag', {
      type: 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview',
      name: 'audit',
      parent_id: new Unknown('azapi_resource.hsm.id', [hsm.key]),
      body: { properties: { logs: [{ categoryGroup: 'audit', enabled: true }], workspaceId: 'w' } },
    });
    const resources = mapInstances([hsm, setting]);
    const graph = new Graph(resources);
    linkResources(graph);
    expect(graph.linkedTo(graph.get(hsm.key)!, 'diagnostic-setting').map((s) => s.key)).toEqual([
      setting.key,
    ]);
  });

  it('reads everything below an unknown body as unknown, and skips an unknown type', () => {
    const hsm = instance('azapi_resource.hsm', {
      type: 'Microsoft.KeyVault/managedHSMs@2025-07-01',
      name: 'hsm2',
      body: new Unknown('local.body'),
    });
    const other = instance('azapi_resource.other', { type: new Unknown('var.type'), name: 'x' });
    const resources = mapInstances([hsm, other]);
    expect(resources).toHaveLength(1);
    expect(resources[0].get('properties.enablePurgeProtection')).toMatchObject({ kind: 'unknown' });
    expect(resources[0].get('name')).toMatchObject({ kind: 'known', value: 'hsm2' });
  });
});
