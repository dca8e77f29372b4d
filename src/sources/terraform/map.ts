/**
 * Maps evaluated Terraform instances (HCL or plan JSON) into the canonical, ARM-shaped model, so the rules
 * written for templates apply unchanged. Every canonical value is the instance's own node, moved to its
 * canonical path: its range (and so a finding) stays on the Terraform attribute, and its provenance
 * (secure, parameter, references) travels with it. Omitted attributes the provider fills in read as
 * defaults (`defaults.ts`). Types the rules have no use for produce nothing.
 */
import type { ObjectNode, PropertyEntry, PropertyNode, ScalarNode, UnknownNode } from '../../model/node.js';
import { jsonToNode, nodeValue, objectNode } from '../../model/node.js';
import type { SourceRange } from '../../model/range.js';
import type { DefaultLookup } from '../../model/resource.js';
import { Resource, TYPES } from '../../model/resource.js';
import { parseResourceId } from '../../model/resource-id.js';
import type { Value } from '../../model/value.js';
import { equalsIgnoreCase } from '../../model/value.js';
import {
  azapiDefaultsFor,
  ROLE_GUIDS_BY_NAME,
  roleDefinitionIdOf,
  terraformDefaultsFor,
} from './defaults.js';
import type { TfInstance } from './instance.js';

const HSM = 'azurerm_key_vault_managed_hardware_security_module';
const ROTATION_POLICY = `${HSM}_key_rotation_policy`;

/** Turns evaluated Terraform instances into canonical resources; unsupported types yield nothing. */
export function mapInstances(instances: TfInstance[]): Resource[] {
  const batch = new Batch(instances);
  const drafts: Draft[] = [];
  for (const instance of instances) {
    const draft = draftOf(instance, batch);
    if (draft) {
      drafts.push(draft);
      batch.drafts.set(instance.key, draft);
    }
  }
  // Rotation policies are separate Terraform resources; the ARM shape keeps them on their key.
  const unattached: TfInstance[] = [];
  for (const instance of instances)
    if (
      instance.type === ROTATION_POLICY &&
      instance.mode === 'managed' &&
      !attachRotationPolicy(instance, batch)
    )
      unattached.push(instance);
  // A policy whose key cannot be followed may be any key's: keys without one cannot be said to lack one.
  if (unattached.length > 0) {
    for (const draft of drafts) {
      if (draft.type !== TYPES.managedHsmKey || draft.body.has('properties.rotationPolicy')) continue;
      const policy = unattached[0];
      const keyId = attribute(policy.attributes, 'managed_hsm_key_id');
      const unknown: UnknownNode = {
        kind: 'unknown',
        expression: keyId && keyId.node.kind === 'unknown' ? keyId.node.expression : policy.address,
        range: policy.range,
        reason: `the key of rotation policy ${policy.address} cannot be followed, and it may be this key`,
      };
      draft.body.put('properties.rotationPolicy', policy.range, unknown);
    }
  }
  return drafts.map(resourceOf);
}

// ---------------------------------------------------------------- the batch and its drafts

/** The instances mapped together: references between them are resolved by instance key. */
class Batch {
  readonly drafts = new Map<string, Draft>();
  private readonly types = new Map<string, string>();

  constructor(instances: readonly TfInstance[]) {
    for (const instance of instances) {
      const type = canonicalTypeOf(instance);
      if (type) this.types.set(instance.key, type);
    }
  }

  /** The first reference of a node that names an instance of one of the canonical types. */
  referenced(node: PropertyNode, types: readonly string[]): string | undefined {
    return node.references?.find((key) => {
      const type = this.types.get(key);
      return type !== undefined && types.some((t) => equalsIgnoreCase(type, t));
    });
  }
}

/** A canonical resource being built; becomes a `Resource` once every instance was mapped. */
interface Draft {
  instance: TfInstance;
  type: string;
  apiVersion?: string;
  name: Value;
  body: CanonicalBody;
  parentKey?: string;
  defaults?: DefaultLookup;
}

function resourceOf(draft: Draft): Resource {
  const { instance } = draft;
  return new Resource({
    key: instance.key,
    type: draft.type,
    apiVersion: draft.apiVersion,
    name: draft.name,
    surface: instance.surface,
    range: instance.range,
    body: draft.body.root,
    defaults: draft.defaults,
    conditional: instance.conditional,
    existing: instance.mode === 'data',
    symbol: instance.address,
    parentKey: draft.parentKey,
    suppressions: instance.suppressions,
    loop: instance.loop,
    via: instance.via,
    writtenNames: draft.body.written.size > 0 ? draft.body.written : undefined,
  });
}

/** The canonical body under construction: objects are created on the way to a path. */
class CanonicalBody {
  readonly root: ObjectNode;
  /** The attribute each canonical path was read from (`network_acls.default_action`), for messages. */
  readonly written = new Map<string, string>();

  constructor(private readonly range: SourceRange) {
    this.root = objectNode(range);
  }

  /**
   * The object at a dotted path, created when missing; the last one takes the given ranges (a block's),
   * the ones before it the body's. Undefined when a value that is not an object is in the way.
   */
  object(path: string, range = this.range, keyRange = range): ObjectNode | undefined {
    const names = path.split('.');
    let node = this.root;
    for (const [index, name] of names.entries()) {
      const last = index === names.length - 1;
      const entry = node.entries.get(name.toLowerCase());
      if (entry?.node.kind === 'object') {
        node = entry.node;
        continue;
      }
      if (entry) return undefined;
      const child = objectNode(last ? range : this.range);
      node.entries.set(name.toLowerCase(), { name, keyRange: last ? keyRange : this.range, node: child });
      node = child;
    }
    return node;
  }

  has(path: string): boolean {
    let node: PropertyNode = this.root;
    for (const name of path.split('.')) {
      if (node.kind !== 'object') return false;
      const entry = node.entries.get(name.toLowerCase());
      if (!entry) return false;
      node = entry.node;
    }
    return true;
  }

  put(path: string, keyRange: SourceRange, node: PropertyNode, writtenAs?: string): void {
    if (writtenAs !== undefined) this.written.set(path, writtenAs);
    const dot = path.lastIndexOf('.');
    const parent = dot < 0 ? this.root : this.object(path.slice(0, dot));
    const name = path.slice(dot + 1);
    parent?.entries.set(name.toLowerCase(), { name, keyRange, node });
  }
}

// ---------------------------------------------------------------- reading Terraform attributes

/** An attribute as written; `null` is Terraform's "not set" and counts as omitted. */
function attribute(attrs: ObjectNode, name: string): PropertyEntry | undefined {
  const entry = attrs.entries.get(name);
  if (!entry || (entry.node.kind === 'scalar' && entry.node.value === null)) return undefined;
  return entry;
}

/** Moves an attribute's node to a canonical path, when the attribute is set. */
function copy(
  body: CanonicalBody,
  attrs: ObjectNode,
  tfName: string,
  path: string,
  /** The block `attrs` is, for messages: `network_acls.` */
  blockPrefix = '',
): PropertyEntry | undefined {
  const entry = attribute(attrs, tfName);
  if (entry) body.put(path, entry.keyRange, entry.node, blockPrefix + tfName);
  return entry;
}

/** Pairs of Terraform attribute and canonical path. */
type Fields = ReadonlyArray<readonly [tfName: string, path: string]>;

function copyAll(body: CanonicalBody, attrs: ObjectNode, fields: Fields, blockPrefix = ''): void {
  for (const [tfName, path] of fields) copy(body, attrs, tfName, path, blockPrefix);
}

/** The instances of a nested block type: written blocks, one unknown (a dynamic block), or none. */
type Blocks =
  | { kind: 'absent' }
  | { kind: 'unknown'; entry: PropertyEntry; node: UnknownNode }
  | { kind: 'list'; entry: PropertyEntry; items: Array<ObjectNode | UnknownNode> };

function blocks(attrs: ObjectNode, name: string): Blocks {
  const entry = attribute(attrs, name);
  if (!entry) return { kind: 'absent' };
  const node = entry.node;
  if (node.kind === 'unknown') return { kind: 'unknown', entry, node };
  const written = node.kind === 'array' ? node.items : node.kind === 'object' ? [node] : [];
  const items = written.filter(
    (i): i is ObjectNode | UnknownNode => i.kind === 'object' || i.kind === 'unknown',
  );
  return items.length > 0 ? { kind: 'list', entry, items } : { kind: 'absent' };
}

/**
 * The canonical list made of block instances (unknown ones stay unknown), or the unknown that stands for
 * them. Several block types may fill one list (`enabled_log` and the legacy `log`).
 */
function blockList(
  sources: ReadonlyArray<{ found: Blocks; map: (block: ObjectNode) => ObjectNode }>,
): { keyRange: SourceRange; node: PropertyNode } | undefined {
  const written = sources.filter((s) => s.found.kind !== 'absent');
  const unknown = written.find((s) => s.found.kind === 'unknown')?.found;
  if (unknown?.kind === 'unknown') return { keyRange: unknown.entry.keyRange, node: unknown.node };
  const first = written[0]?.found;
  if (first?.kind !== 'list') return undefined;
  const items = written.flatMap(({ found, map }) =>
    found.kind === 'list' ? found.items.map((b) => (b.kind === 'unknown' ? b : map(b))) : [],
  );
  return { keyRange: first.entry.keyRange, node: { kind: 'array', items, range: first.entry.node.range } };
}

/** A canonical object made from one block, with the given fields and synthesized extras. */
function blockObject(
  block: ObjectNode,
  fields: Fields,
  extra: Record<string, string | boolean> = {},
): ObjectNode {
  const body = new CanonicalBody(block.range);
  copyAll(body, block, fields);
  for (const [path, value] of Object.entries(extra))
    body.put(path, block.range, synthesized(value, block.range));
  return body.root;
}

/** A value the mapping computes from a written one: same range, same provenance. */
function derived(from: PropertyNode, value: string | number | boolean): ScalarNode {
  const node: ScalarNode = { kind: 'scalar', value, range: from.range };
  if (from.parameter !== undefined) node.parameter = from.parameter;
  if (from.secure) node.secure = true;
  if (from.references) node.references = from.references;
  return node;
}

/** A value the provider always sends, placed where its Terraform counterpart is declared. */
function synthesized(value: string | boolean, range: SourceRange): ScalarNode {
  return { kind: 'scalar', value, range };
}

function knownString(node: PropertyNode): string | undefined {
  return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function booleanOf(node: PropertyNode): boolean | undefined {
  if (node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true' || node.value === 'false') return node.value === 'true';
  return undefined;
}

/** `public_network_access_enabled` as ARM's enum; an unknown (or odd) value stays as it is. */
function accessEnum(node: PropertyNode): PropertyNode {
  const enabled = booleanOf(node);
  return enabled === undefined ? node : derived(node, enabled ? 'Enabled' : 'Disabled');
}

/** An RFC 3339 date as ARM's epoch seconds; an unknown (or unparsable) value stays as it is. */
function epochSeconds(node: PropertyNode): PropertyNode {
  const text = knownString(node);
  const ms = text === undefined ? NaN : Date.parse(text);
  return Number.isFinite(ms) ? derived(node, Math.floor(ms / 1000)) : node;
}

// ---------------------------------------------------------------- drafts per type

interface Mapping {
  instance: TfInstance;
  attrs: ObjectNode;
  draft: Draft;
  body: CanonicalBody;
  batch: Batch;
}

interface TypeMapping {
  type: string;
  /** The attribute that names the resource (`name` unless said otherwise). */
  nameAttribute?: string;
  map: (m: Mapping) => void;
}

const TF_TYPES: ReadonlyMap<string, TypeMapping> = new Map(
  Object.entries({
    [HSM]: { type: TYPES.managedHsm, map: mapManagedHsm },
    [`${HSM}_role_assignment`]: { type: TYPES.localRoleAssignment, map: mapLocalRoleAssignment },
    [`${HSM}_role_definition`]: { type: TYPES.localRoleDefinition, map: mapLocalRoleDefinition },
    [`${HSM}_key`]: { type: TYPES.managedHsmKey, map: mapKey },
    azurerm_private_endpoint: { type: TYPES.privateEndpoint, map: mapPrivateEndpoint },
    azurerm_monitor_diagnostic_setting: { type: TYPES.diagnosticSetting, map: mapDiagnosticSetting },
    azurerm_log_analytics_workspace: { type: TYPES.logAnalyticsWorkspace, map: mapWorkspace },
    azurerm_monitor_metric_alert: { type: TYPES.metricAlert, map: mapMetricAlert },
    azurerm_sentinel_log_analytics_workspace_onboarding: {
      type: TYPES.sentinelOnboarding,
      map: mapSentinelOnboarding,
    },
    azurerm_role_assignment: { type: TYPES.roleAssignment, map: mapRoleAssignment },
    azurerm_pim_eligible_role_assignment: { type: TYPES.roleEligibilityScheduleRequest, map: mapEligibility },
    azuread_group: { type: TYPES.entraGroup, nameAttribute: 'display_name', map: mapGroup },
    azuread_user: { type: TYPES.entraUser, nameAttribute: 'display_name', map: mapUser },
    azuread_service_principal: {
      type: TYPES.entraServicePrincipal,
      nameAttribute: 'display_name',
      map: mapServicePrincipal,
    },
    azuread_application: { type: TYPES.entraApplication, nameAttribute: 'display_name', map: mapApplication },
    azurerm_user_assigned_identity: { type: TYPES.userAssignedIdentity, map: mapUserAssignedIdentity },
  } satisfies Record<string, TypeMapping>),
);

function canonicalTypeOf(instance: TfInstance): string | undefined {
  if (instance.type === 'azapi_resource') return azapiType(instance.attributes)?.type;
  return TF_TYPES.get(instance.type)?.type;
}

function draftOf(instance: TfInstance, batch: Batch): Draft | undefined {
  if (instance.type === 'azapi_resource') return draftOfAzapi(instance, batch);
  const mapping = TF_TYPES.get(instance.type);
  if (!mapping) return undefined;
  const attrs = instance.attributes;
  const draft: Draft = {
    instance,
    type: mapping.type,
    name: nameOf(instance, mapping.nameAttribute ?? 'name'),
    body: new CanonicalBody(instance.range),
    defaults: terraformDefaultsFor(instance.type),
  };
  mapping.map({ instance, attrs, draft, body: draft.body, batch });
  return draft;
}

function nameOf(instance: TfInstance, attributeName: string): Value {
  const entry = attribute(instance.attributes, attributeName);
  if (!entry) return { kind: 'absent', range: instance.range };
  return nodeValue(entry.node, {
    file: entry.keyRange.file,
    start: entry.keyRange.start,
    end: entry.node.range.end,
  });
}

/**
 * The HSM (or other parent) of a child resource: the instance its parent id refers to. A parent id that is
 * a literal resource id names no instance; unless told to keep its name (a role definition is known by its
 * GUID name), the child's name then becomes `parent/child`, as in ARM, so the linker finds the parent by name.
 */
function linkParent(m: Mapping, tfName: string, parentType: string, keepName = false): void {
  const entry = attribute(m.attrs, tfName);
  if (!entry) return;
  m.draft.parentKey = m.batch.referenced(entry.node, [parentType]);
  if (m.draft.parentKey || keepName) return;
  const id = knownString(entry.node);
  const parent = id === undefined ? undefined : parseResourceId(id);
  const name = m.draft.name;
  if (
    parent &&
    equalsIgnoreCase(parent.type, parentType) &&
    name.kind === 'known' &&
    typeof name.value === 'string'
  )
    m.draft.name = { ...name, value: `${parent.name}/${name.value}` };
}

function mapManagedHsm({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['location', 'location'],
    ['tags', 'tags'],
    ['sku_name', 'sku.name'],
    ['tenant_id', 'properties.tenantId'],
    ['admin_object_ids', 'properties.initialAdminObjectIds'],
    ['purge_protection_enabled', 'properties.enablePurgeProtection'],
    ['soft_delete_retention_days', 'properties.softDeleteRetentionInDays'],
    ['hsm_uri', 'properties.hsmUri'],
    // Not ARM: security domain activation exists only in Terraform (ARM reports just its status). Rules on
    // the quorum read `properties.securityDomain.certificateIds` and `properties.securityDomain.quorum`.
    ['security_domain_key_vault_certificate_ids', 'properties.securityDomain.certificateIds'],
    ['security_domain_quorum', 'properties.securityDomain.quorum'],
  ]);
  const access = attribute(attrs, 'public_network_access_enabled');
  if (access)
    body.put(
      'properties.publicNetworkAccess',
      access.keyRange,
      accessEnum(access.node),
      'public_network_access_enabled',
    );
  const acls = blocks(attrs, 'network_acls');
  if (acls.kind === 'unknown') body.put('properties.networkAcls', acls.entry.keyRange, acls.node);
  if (acls.kind !== 'list') return;
  const block = acls.items[0];
  if (block.kind === 'unknown') return body.put('properties.networkAcls', acls.entry.keyRange, block);
  body.object('properties.networkAcls', block.range, acls.entry.keyRange);
  copyAll(
    body,
    block,
    [
      ['default_action', 'properties.networkAcls.defaultAction'],
      ['bypass', 'properties.networkAcls.bypass'],
    ],
    'network_acls.',
  );
}

function mapKey(m: Mapping): void {
  const { attrs, body } = m;
  copyAll(body, attrs, [
    ['name', 'name'],
    ['tags', 'tags'],
    ['key_type', 'properties.kty'],
    ['key_size', 'properties.keySize'],
    ['curve', 'properties.curveName'],
    ['key_opts', 'properties.keyOps'],
  ]);
  for (const [tfName, path] of [
    ['expiration_date', 'properties.attributes.exp'],
    ['not_before_date', 'properties.attributes.nbf'],
  ]) {
    const date = attribute(attrs, tfName);
    if (date) body.put(path, date.keyRange, epochSeconds(date.node), tfName);
  }
  linkParent(m, 'managed_hsm_id', TYPES.managedHsm);
}

/**
 * A rotation policy becomes its key's `properties.rotationPolicy` in the ARM shape the live source uses:
 * one `Rotate` lifetime action triggered after creation or before expiry, and the expiry time.
 */
/** Puts a rotation policy on its key; false when the key is not one of the batch. */
function attachRotationPolicy(instance: TfInstance, batch: Batch): boolean {
  const attrs = instance.attributes;
  const keyId = attribute(attrs, 'managed_hsm_key_id');
  const keyKey = keyId && batch.referenced(keyId.node, [TYPES.managedHsmKey]);
  const key = keyKey ? batch.drafts.get(keyKey) : undefined;
  if (!key) return false;
  const policy = new CanonicalBody(instance.range);
  copy(policy, attrs, 'expire_after', 'attributes.expiryTime');
  const action = new CanonicalBody(instance.range);
  copy(action, attrs, 'time_after_creation', 'trigger.timeAfterCreate');
  copy(action, attrs, 'time_before_expiry', 'trigger.timeBeforeExpiry');
  action.object('trigger');
  action.put('action.type', instance.range, synthesized('Rotate', instance.range));
  policy.put('lifetimeActions', instance.range, {
    kind: 'array',
    items: [action.root],
    range: instance.range,
  });
  key.body.put('properties.rotationPolicy', instance.range, policy.root);
  return true;
}

function mapLocalRoleAssignment(m: Mapping): void {
  copyAll(m.body, m.attrs, [
    ['name', 'name'],
    ['scope', 'properties.scope'],
    ['role_definition_id', 'properties.roleDefinitionId'],
    ['principal_id', 'properties.principalId'],
  ]);
  linkParent(m, 'managed_hsm_id', TYPES.managedHsm);
}

function mapLocalRoleDefinition(m: Mapping): void {
  const { attrs, body, instance } = m;
  copyAll(body, attrs, [
    ['name', 'name'],
    ['resource_manager_id', 'id'],
    ['role_name', 'properties.roleName'],
    ['description', 'properties.description'],
    ['assignable_scopes', 'properties.assignableScopes'],
  ]);
  // A declared definition is a custom role; a looked-up one says what it is.
  if (instance.mode === 'managed')
    body.put('properties.roleType', instance.range, synthesized('CustomRole', instance.range));
  else copy(body, attrs, 'role_type', 'properties.roleType');
  const permissions = blockList([
    {
      found: blocks(attrs, 'permission'),
      map: (b) =>
        blockObject(b, [
          ['actions', 'actions'],
          ['not_actions', 'notActions'],
          ['data_actions', 'dataActions'],
          ['not_data_actions', 'notDataActions'],
        ]),
    },
  ]);
  if (permissions) body.put('properties.permissions', permissions.keyRange, permissions.node);
  linkParent(m, 'managed_hsm_id', TYPES.managedHsm, true);
}

function mapPrivateEndpoint({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['location', 'location'],
    ['tags', 'tags'],
    ['subnet_id', 'properties.subnet.id'],
  ]);
  const found = blocks(attrs, 'private_service_connection');
  if (found.kind === 'unknown')
    body.put('properties.privateLinkServiceConnections', found.entry.keyRange, found.node);
  if (found.kind !== 'list') return;
  const lists = {
    privateLinkServiceConnections: [] as PropertyNode[],
    manualPrivateLinkServiceConnections: [] as PropertyNode[],
  };
  for (const block of found.items) {
    const manual = block.kind === 'object' && isTrueAttribute(block, 'is_manual_connection');
    (manual ? lists.manualPrivateLinkServiceConnections : lists.privateLinkServiceConnections).push(
      block.kind === 'unknown' ? block : connectionOf(block),
    );
  }
  for (const [name, items] of Object.entries(lists))
    if (items.length > 0)
      body.put(`properties.${name}`, found.entry.keyRange, {
        kind: 'array',
        items,
        range: found.entry.node.range,
      });
}

function isTrueAttribute(attrs: ObjectNode, name: string): boolean {
  const entry = attribute(attrs, name);
  return entry !== undefined && booleanOf(entry.node) === true;
}

/** A `private_service_connection` block in ARM's shape; an alias stands where the id would. */
function connectionOf(block: ObjectNode): ObjectNode {
  const connection = blockObject(block, [
    ['name', 'name'],
    ['private_connection_resource_alias', 'properties.privateLinkServiceId'],
    ['private_connection_resource_id', 'properties.privateLinkServiceId'],
    ['subresource_names', 'properties.groupIds'],
    ['request_message', 'properties.requestMessage'],
  ]);
  return connection;
}

function mapDiagnosticSetting({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    // The target is the setting's `scope`, as in ARM's extension-resource form.
    ['target_resource_id', 'scope'],
    ['log_analytics_workspace_id', 'properties.workspaceId'],
    ['storage_account_id', 'properties.storageAccountId'],
    ['eventhub_authorization_rule_id', 'properties.eventHubAuthorizationRuleId'],
    ['eventhub_name', 'properties.eventHubName'],
    ['partner_solution_id', 'properties.marketplacePartnerId'],
    ['log_analytics_destination_type', 'properties.logAnalyticsDestinationType'],
  ]);
  const logFields: Fields = [
    ['category', 'category'],
    ['category_group', 'categoryGroup'],
  ];
  // `enabled_log` (azurerm 4+) is enabled by being there; the legacy `log` block has its own `enabled`.
  const logs = blockList([
    { found: blocks(attrs, 'enabled_log'), map: (b) => blockObject(b, logFields, { enabled: true }) },
    { found: blocks(attrs, 'log'), map: (b) => legacyEntry(b, logFields) },
  ]);
  if (logs) body.put('properties.logs', logs.keyRange, logs.node);
  const metricFields: Fields = [['category', 'category']];
  const metrics = blockList([
    { found: blocks(attrs, 'enabled_metric'), map: (b) => blockObject(b, metricFields, { enabled: true }) },
    { found: blocks(attrs, 'metric'), map: (b) => legacyEntry(b, metricFields) },
  ]);
  if (metrics) body.put('properties.metrics', metrics.keyRange, metrics.node);
}

/** A legacy `log`/`metric` block (azurerm < 4.0): its own `enabled` and `retention_policy`. */
function legacyEntry(block: ObjectNode, fields: Fields): ObjectNode {
  const entry = blockObject(block, [...fields, ['enabled', 'enabled']]);
  const retention = blocks(block, 'retention_policy');
  if (retention.kind === 'list' && retention.items[0].kind === 'object') {
    const policy = blockObject(retention.items[0], [
      ['enabled', 'enabled'],
      ['days', 'days'],
    ]);
    entry.entries.set('retentionpolicy', {
      name: 'retentionPolicy',
      keyRange: retention.entry.keyRange,
      node: policy,
    });
  }
  return entry;
}

function mapWorkspace({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['location', 'location'],
    ['tags', 'tags'],
    ['sku', 'sku.name'],
    ['retention_in_days', 'properties.retentionInDays'],
    ['daily_quota_gb', 'properties.workspaceCapping.dailyQuotaGb'],
  ]);
}

function mapMetricAlert({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['tags', 'tags'],
    ['scopes', 'properties.scopes'],
    ['enabled', 'properties.enabled'],
    ['severity', 'properties.severity'],
    ['description', 'properties.description'],
    ['frequency', 'properties.evaluationFrequency'],
    ['window_size', 'properties.windowSize'],
  ]);
  const common: Fields = [
    ['metric_name', 'metricName'],
    ['metric_namespace', 'metricNamespace'],
    ['operator', 'operator'],
    ['aggregation', 'timeAggregation'],
  ];
  const criteria = blockList([
    {
      found: blocks(attrs, 'criteria'),
      map: (b) =>
        blockObject(b, [...common, ['threshold', 'threshold']], {
          criterionType: 'StaticThresholdCriterion',
        }),
    },
    {
      found: blocks(attrs, 'dynamic_criteria'),
      map: (b) =>
        blockObject(b, [...common, ['alert_sensitivity', 'alertSensitivity']], {
          criterionType: 'DynamicThresholdCriterion',
        }),
    },
  ]);
  if (criteria) body.put('properties.criteria.allOf', criteria.keyRange, criteria.node);
  const actions = blockList([
    { found: blocks(attrs, 'action'), map: (b) => blockObject(b, [['action_group_id', 'actionGroupId']]) },
  ]);
  if (actions) body.put('properties.actions', actions.keyRange, actions.node);
}

/**
 * Onboarding names its workspace as the `scope`, like ARM's extension form. The deprecated
 * `workspace_name` becomes a relative id (`Microsoft.OperationalInsights/workspaces/<name>`).
 */
function mapSentinelOnboarding({ attrs, body }: Mapping): void {
  copy(body, attrs, 'customer_managed_key_enabled', 'properties.customerManagedKey');
  if (copy(body, attrs, 'workspace_id', 'scope')) return;
  const name = attribute(attrs, 'workspace_name');
  if (!name) return;
  const text = knownString(name.node);
  const scope = text === undefined ? name.node : derived(name.node, `${TYPES.logAnalyticsWorkspace}/${text}`);
  body.put('scope', name.keyRange, scope);
}

function mapRoleAssignment({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['scope', 'scope'],
    ['principal_id', 'properties.principalId'],
    ['principal_type', 'properties.principalType'],
    ['description', 'properties.description'],
    ['condition', 'properties.condition'],
  ]);
  if (copy(body, attrs, 'role_definition_id', 'properties.roleDefinitionId')) return;
  const roleName = attribute(attrs, 'role_definition_name');
  if (roleName)
    body.put(
      'properties.roleDefinitionId',
      roleName.keyRange,
      roleIdFromName(roleName.node),
      'role_definition_name',
    );
}

/** What the provider resolves `role_definition_name` to, for the roles this scan knows by name. */
function roleIdFromName(node: PropertyNode): PropertyNode {
  const name = knownString(node);
  if (name === undefined) return node;
  const guid = ROLE_GUIDS_BY_NAME.get(name.trim().toLowerCase());
  if (guid) return derived(node, roleDefinitionIdOf(guid));
  const unknown: UnknownNode = {
    kind: 'unknown',
    expression: name,
    range: node.range,
    reason: 'the provider resolves this role name to a role definition id only when it applies',
  };
  if (node.secure) unknown.secure = true;
  return unknown;
}

function mapEligibility({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['scope', 'scope'],
    ['role_definition_id', 'properties.roleDefinitionId'],
    ['principal_id', 'properties.principalId'],
    ['justification', 'properties.justification'],
  ]);
}

function mapGroup({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['display_name', 'properties.displayName'],
    ['object_id', 'properties.objectId'],
    ['security_enabled', 'properties.securityEnabled'],
    ['mail_enabled', 'properties.mailEnabled'],
    ['types', 'properties.groupTypes'],
    ['assignable_to_role', 'properties.isAssignableToRole'],
  ]);
}

function mapUser({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['display_name', 'properties.displayName'],
    ['object_id', 'properties.objectId'],
    ['user_principal_name', 'properties.userPrincipalName'],
    ['account_enabled', 'properties.accountEnabled'],
  ]);
}

function mapServicePrincipal({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['display_name', 'properties.displayName'],
    ['object_id', 'properties.objectId'],
    // azuread 2.x spelled it `application_id`; `client_id` replaced it.
    ['application_id', 'properties.appId'],
    ['client_id', 'properties.appId'],
    ['type', 'properties.servicePrincipalType'],
  ]);
}

function mapApplication({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['display_name', 'properties.displayName'],
    ['object_id', 'properties.objectId'],
    ['application_id', 'properties.appId'],
    ['client_id', 'properties.appId'],
  ]);
}

function mapUserAssignedIdentity({ attrs, body }: Mapping): void {
  copyAll(body, attrs, [
    ['name', 'name'],
    ['location', 'location'],
    ['tags', 'tags'],
    ['principal_id', 'properties.principalId'],
    ['client_id', 'properties.clientId'],
    ['tenant_id', 'properties.tenantId'],
  ]);
}

// ---------------------------------------------------------------- azapi

/** Extension resources: azapi's `parent_id` is the resource they apply to, ARM's `scope`. */
const EXTENSION_TYPES: readonly string[] = [
  TYPES.diagnosticSetting,
  TYPES.roleAssignment,
  TYPES.roleEligibilityScheduleRequest,
  TYPES.sentinelOnboarding,
];

const KNOWN_TYPES: readonly string[] = Object.values(TYPES);

/** `Microsoft.KeyVault/managedHSMs@2025-07-01` as type and api version, the type spelled as TYPES does. */
function azapiType(attrs: ObjectNode): { type: string; apiVersion?: string } | undefined {
  const entry = attribute(attrs, 'type');
  const text = entry && knownString(entry.node);
  if (!text) return undefined;
  const at = text.indexOf('@');
  const written = (at < 0 ? text : text.slice(0, at)).trim();
  const type = KNOWN_TYPES.find((t) => equalsIgnoreCase(written, t)) ?? written;
  return at < 0 ? { type } : { type, apiVersion: text.slice(at + 1).trim() };
}

/**
 * `azapi_resource`: its `body` is the ARM resource body already (`properties`, `sku`, …); `name`,
 * `location` and `parent_id` complete it. A `type` that is not known maps to nothing.
 */
function draftOfAzapi(instance: TfInstance, batch: Batch): Draft | undefined {
  const typed = azapiType(instance.attributes);
  if (!typed) return undefined;
  const draft: Draft = {
    instance,
    type: typed.type,
    apiVersion: typed.apiVersion,
    name: nameOf(instance, 'name'),
    body: new CanonicalBody(instance.range),
    defaults: azapiDefaultsFor(typed.type),
  };
  const m: Mapping = { instance, attrs: instance.attributes, draft, body: draft.body, batch };
  mapAzapiBody(m);
  copyAll(draft.body, instance.attributes, [
    ['name', 'name'],
    ['location', 'location'],
    ['tags', 'tags'],
  ]);
  if (EXTENSION_TYPES.some((t) => equalsIgnoreCase(t, typed.type)))
    copy(draft.body, instance.attributes, 'parent_id', 'scope');
  else if (typed.type.split('/').length > 2)
    linkParent(m, 'parent_id', typed.type.split('/').slice(0, -1).join('/'));
  return draft;
}

/** The body's members become the resource's; a JSON string (azapi 1.x `jsonencode`) is parsed first. */
function mapAzapiBody({ attrs, body }: Mapping): void {
  const entry = attribute(attrs, 'body');
  if (!entry) return;
  const node = parsedBody(entry.node);
  if (node.kind === 'object') {
    for (const member of node.entries.values()) body.put(member.name, member.keyRange, member.node);
    return;
  }
  if (node.kind === 'unknown') {
    // Nothing of the body is known: every property reads as this unknown.
    body.root.open = { reason: node.reason ?? `the body is ${node.expression}` };
    if (node.references) body.root.open.references = node.references;
  }
}

function parsedBody(node: PropertyNode): PropertyNode {
  const text = knownString(node);
  if (text === undefined) return node;
  try {
    const prov: { parameter?: string; secure?: boolean } = {};
    if (node.parameter !== undefined) prov.parameter = node.parameter;
    if (node.secure) prov.secure = true;
    return jsonToNode(JSON.parse(text), node.range, prov);
  } catch {
    return node;
  }
}
