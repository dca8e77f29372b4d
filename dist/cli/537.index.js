export const id = 537;
export const ids = [537];
export const modules = {

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ GrammarNeeded),
/* harmony export */   MZ: () => (/* binding */ loadedHclParser),
/* harmony export */   UA: () => (/* binding */ setLoadedHclParser),
/* harmony export */   XQ: () => (/* binding */ grammarNeeded),
/* harmony export */   uf: () => (/* binding */ setHclGrammarLoaded),
/* harmony export */   zv: () => (/* binding */ grammarNeedCount)
/* harmony export */ });
/* unused harmony export isHclGrammarLoaded */
// The HCL parser as the Terraform source reads it, kept apart from `parse.ts` so that template-only runs
// never load the parser. It reads the common forms of HCL at once (fast-parse.ts) and everything else
// with tree-sitter, whose WebAssembly loads asynchronously while a scan is synchronous: most
// configurations never need it, so it loads only when a file does (`GrammarNeeded`).
let loaded;
let grammarLoaded = false;
let grammarNeeds = 0;
function loadedHclParser() {
    return loaded;
}
function setLoadedHclParser(parser) {
    loaded = parser;
}
/**
 * Thrown by the parser for text that needs tree-sitter before it is loaded. The source then answers that
 * the file needs the grammar, and the scan loads it and reads the file again.
 */
class GrammarNeeded extends Error {
    constructor() {
        super('The HCL grammar (tree-sitter) is not loaded.');
    }
}
/** A `GrammarNeeded` to throw, counted: code that turns errors into values may catch it on the way. */
function grammarNeeded() {
    grammarNeeds++;
    return new GrammarNeeded();
}
/** How many times text has needed the grammar before it was loaded (see `grammarNeeded`). */
function grammarNeedCount() {
    return grammarNeeds;
}
function isHclGrammarLoaded() {
    return grammarLoaded;
}
function setHclGrammarLoaded() {
    grammarLoaded = true;
}


/***/ }),

/***/ 1537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseTerraformPlanSource: () => (/* binding */ parseTerraformPlanSource),
  parseTerraformSource: () => (/* binding */ parseTerraformSource)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/range.ts
var range = __webpack_require__(12);
// EXTERNAL MODULE: ./src/model/node.ts
var model_node = __webpack_require__(2909);
// EXTERNAL MODULE: ./src/model/resource.ts + 1 modules
var resource = __webpack_require__(9060);
// EXTERNAL MODULE: ./src/model/resource-id.ts
var resource_id = __webpack_require__(1391);
// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/sources/arm/defaults.ts
var defaults = __webpack_require__(4749);
;// CONCATENATED MODULE: ./src/sources/terraform/defaults.ts

/**
 * What the azurerm provider sends for attributes a configuration omits (shared/research/rule-semantics.md
 * §2.4). These differ from the ARM defaults: the provider sends `enablePurgeProtection: false` when
 * `purge_protection_enabled` is unset, whatever Resource Manager would default to. Paths are canonical and
 * lower-case.
 */
const MANAGED_HSM = {
    'properties.enablepurgeprotection': () => ({
        value: false,
        why: 'omitted; the azurerm provider sends false',
    }),
    'properties.softdeleteretentionindays': () => ({
        value: 90,
        why: 'omitted; the azurerm provider defaults soft_delete_retention_days to 90',
    }),
    'properties.enablesoftdelete': () => ({
        value: true,
        why: 'the azurerm provider always sends enableSoftDelete true',
    }),
    'properties.createmode': () => ({
        value: 'default',
        why: 'the azurerm provider always creates with createMode default',
    }),
    'properties.publicnetworkaccess': () => ({
        value: 'Enabled',
        why: 'omitted; the azurerm provider defaults public_network_access_enabled to true',
    }),
    'properties.networkacls.defaultaction': (r) => networkAclsDefault(r, 'Allow'),
    'properties.networkacls.bypass': (r) => networkAclsDefault(r, 'AzureServices'),
};
/** `network_acls` is Optional+Computed: without the block the provider flattens the rule set to these. */
function networkAclsDefault(resource, value) {
    if (resource.get('properties.networkAcls').kind !== 'absent')
        return undefined;
    return { value, why: 'network_acls omitted; the provider flattens it to Allow/AzureServices' };
}
const LOG_ANALYTICS_WORKSPACE = {
    'properties.retentionindays': () => ({
        value: 30,
        why: 'omitted; the azurerm provider defaults retention_in_days to 30',
    }),
};
const METRIC_ALERT = {
    'properties.enabled': () => ({
        value: true,
        why: 'omitted; the azurerm provider defaults enabled to true',
    }),
    'properties.severity': () => ({ value: 3, why: 'omitted; the azurerm provider defaults severity to 3' }),
};
/** The legacy `log` and `metric` blocks (azurerm < 4.0) default `enabled` to true. */
const LEGACY_ENABLED = /^properties\.(logs|metrics)\[\d+\]\.enabled$/;
function diagnosticSettingDefault(path) {
    if (!LEGACY_ENABLED.test(path))
        return undefined;
    return { value: true, why: 'omitted; the azurerm provider defaults enabled to true in a log block' };
}
const TABLES = {
    azurerm_key_vault_managed_hardware_security_module: MANAGED_HSM,
    azurerm_log_analytics_workspace: LOG_ANALYTICS_WORKSPACE,
    azurerm_monitor_metric_alert: METRIC_ALERT,
};
/** The provider defaults of an azurerm resource type, or undefined when it has none the rules read. */
function terraformDefaultsFor(tfType) {
    if (tfType === 'azurerm_monitor_diagnostic_setting')
        return (path) => diagnosticSettingDefault(path);
    const table = Object.hasOwn(TABLES, tfType) ? TABLES[tfType] : undefined;
    if (!table)
        return undefined;
    return (path, resource) => (Object.hasOwn(table, path) ? table[path](resource) : undefined);
}
/** `azapi_resource` sends its `body` to Resource Manager as written: the ARM defaults apply. */
function azapiDefaultsFor(canonicalType) {
    return (0,defaults/* armDefaultsFor */._)(canonicalType);
}
/**
 * Role names `azurerm_role_assignment.role_definition_name` accepts that matter here, lower-case, with
 * their role definition GUIDs. The provider resolves the name to an id when it applies; the local
 * Managed HSM roles are listed too because writing one there is the plane-separation mistake
 * (rule-semantics §2.6), which the rules must see as the role it names.
 */
const ROLE_GUIDS_BY_NAME = new Map(Object.entries({
    owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    'managed hsm contributor': '18500a29-7fe2-46b2-a342-b16a415e101d',
    'user access administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    // Managed HSM local RBAC roles (data plane), as rules/util/roles.ts LOCAL_ROLES names them.
    'managed hsm administrator': 'a290e904-7015-4bba-90c8-60543313cdb4',
    'managed hsm crypto officer': '515eb02d-2335-4d2d-92f2-b1cbdf9c3778',
    'managed hsm crypto user': '21dbd100-6940-42c2-9190-5d6cb909625b',
    'managed hsm policy administrator': '4bd23610-cdcf-4971-bdee-bdc562cc28e4',
    'managed hsm crypto auditor': '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
    'managed hsm crypto service encryption user': '33413926-3206-4cdd-b39a-83574fe37a17',
    'managed hsm crypto service release user': '21dbd100-6940-42c2-9190-5d6cb909625c',
    'managed hsm backup': '7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8',
    'managed hsm restore': '6efe6056-5259-49d2-8b3d-d3d73544b20b',
}));
/** The role definition id Resource Manager uses for a built-in role, as the provider resolves it. */
function roleDefinitionIdOf(guid) {
    return `/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

;// CONCATENATED MODULE: ./src/sources/terraform/map.ts





const HSM = 'azurerm_key_vault_managed_hardware_security_module';
const ROTATION_POLICY = `${HSM}_key_rotation_policy`;
/** Turns evaluated Terraform instances into canonical resources; unsupported types yield nothing. */
function map_mapInstances(instances) {
    const batch = new Batch(instances);
    const drafts = [];
    for (const instance of instances) {
        const draft = draftOf(instance, batch);
        if (draft) {
            drafts.push(draft);
            batch.drafts.set(instance.key, draft);
        }
    }
    // Rotation policies are separate Terraform resources; the ARM shape keeps them on their key.
    const unattached = [];
    for (const instance of instances)
        if (instance.type === ROTATION_POLICY &&
            instance.mode === 'managed' &&
            !attachRotationPolicy(instance, batch))
            unattached.push(instance);
    // A policy whose key cannot be followed may be any key's: keys without one cannot be said to lack one.
    if (unattached.length > 0) {
        for (const draft of drafts) {
            if (draft.type !== resource/* TYPES */.QE.managedHsmKey || draft.body.has('properties.rotationPolicy'))
                continue;
            const policy = unattached[0];
            const keyId = attribute(policy.attributes, 'managed_hsm_key_id');
            const unknown = {
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
    drafts = new Map();
    types = new Map();
    constructor(instances) {
        for (const instance of instances) {
            const type = canonicalTypeOf(instance);
            if (type)
                this.types.set(instance.key, type);
        }
    }
    /** The first reference of a node that names an instance of one of the canonical types. */
    referenced(node, types) {
        return node.references?.find((key) => {
            const type = this.types.get(key);
            return type !== undefined && types.some((t) => (0,value/* equalsIgnoreCase */.Q_)(type, t));
        });
    }
}
function resourceOf(draft) {
    const { instance } = draft;
    return new resource/* Resource */.FW({
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
    range;
    root;
    /** The attribute each canonical path was read from (`network_acls.default_action`), for messages. */
    written = new Map();
    constructor(range) {
        this.range = range;
        this.root = (0,model_node/* objectNode */.e1)(range);
    }
    /**
     * The object at a dotted path, created when missing; the last one takes the given ranges (a block's),
     * the ones before it the body's. Undefined when a value that is not an object is in the way.
     */
    object(path, range = this.range, keyRange = range) {
        const names = path.split('.');
        let node = this.root;
        for (const [index, name] of names.entries()) {
            const last = index === names.length - 1;
            const entry = node.entries.get(name.toLowerCase());
            if (entry?.node.kind === 'object') {
                node = entry.node;
                continue;
            }
            if (entry)
                return undefined;
            const child = (0,model_node/* objectNode */.e1)(last ? range : this.range);
            node.entries.set(name.toLowerCase(), { name, keyRange: last ? keyRange : this.range, node: child });
            node = child;
        }
        return node;
    }
    has(path) {
        let node = this.root;
        for (const name of path.split('.')) {
            if (node.kind !== 'object')
                return false;
            const entry = node.entries.get(name.toLowerCase());
            if (!entry)
                return false;
            node = entry.node;
        }
        return true;
    }
    put(path, keyRange, node, writtenAs) {
        if (writtenAs !== undefined)
            this.written.set(path, writtenAs);
        const dot = path.lastIndexOf('.');
        const parent = dot < 0 ? this.root : this.object(path.slice(0, dot));
        const name = path.slice(dot + 1);
        parent?.entries.set(name.toLowerCase(), { name, keyRange, node });
    }
}
// ---------------------------------------------------------------- reading Terraform attributes
/** An attribute as written; `null` is Terraform's "not set" and counts as omitted. */
function attribute(attrs, name) {
    const entry = attrs.entries.get(name);
    if (!entry || (entry.node.kind === 'scalar' && entry.node.value === null))
        return undefined;
    return entry;
}
/** Moves an attribute's node to a canonical path, when the attribute is set. */
function copy(body, attrs, tfName, path, 
/** The block `attrs` is, for messages: `network_acls.` */
blockPrefix = '') {
    const entry = attribute(attrs, tfName);
    if (entry)
        body.put(path, entry.keyRange, entry.node, blockPrefix + tfName);
    return entry;
}
function copyAll(body, attrs, fields, blockPrefix = '') {
    for (const [tfName, path] of fields)
        copy(body, attrs, tfName, path, blockPrefix);
}
function blocks(attrs, name) {
    const entry = attribute(attrs, name);
    if (!entry)
        return { kind: 'absent' };
    const node = entry.node;
    if (node.kind === 'unknown')
        return { kind: 'unknown', entry, node };
    const written = node.kind === 'array' ? node.items : node.kind === 'object' ? [node] : [];
    const items = written.filter((i) => i.kind === 'object' || i.kind === 'unknown');
    return items.length > 0 ? { kind: 'list', entry, items } : { kind: 'absent' };
}
/**
 * The canonical list made of block instances (unknown ones stay unknown), or the unknown that stands for
 * them. Several block types may fill one list (`enabled_log` and the legacy `log`).
 */
function blockList(sources) {
    const written = sources.filter((s) => s.found.kind !== 'absent');
    const unknown = written.find((s) => s.found.kind === 'unknown')?.found;
    if (unknown?.kind === 'unknown')
        return { keyRange: unknown.entry.keyRange, node: unknown.node };
    const first = written[0]?.found;
    if (first?.kind !== 'list')
        return undefined;
    const items = written.flatMap(({ found, map }) => found.kind === 'list' ? found.items.map((b) => (b.kind === 'unknown' ? b : map(b))) : []);
    return { keyRange: first.entry.keyRange, node: { kind: 'array', items, range: first.entry.node.range } };
}
/** A canonical object made from one block, with the given fields and synthesized extras. */
function blockObject(block, fields, extra = {}) {
    const body = new CanonicalBody(block.range);
    copyAll(body, block, fields);
    for (const [path, value] of Object.entries(extra))
        body.put(path, block.range, synthesized(value, block.range));
    return body.root;
}
/** A value the mapping computes from a written one: same range, same provenance. */
function derived(from, value) {
    const node = { kind: 'scalar', value, range: from.range };
    if (from.parameter !== undefined)
        node.parameter = from.parameter;
    if (from.secure)
        node.secure = true;
    if (from.references)
        node.references = from.references;
    return node;
}
/** A value the provider always sends, placed where its Terraform counterpart is declared. */
function synthesized(value, range) {
    return { kind: 'scalar', value, range };
}
function knownString(node) {
    return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
function booleanOf(node) {
    if (node.kind !== 'scalar')
        return undefined;
    if (typeof node.value === 'boolean')
        return node.value;
    if (node.value === 'true' || node.value === 'false')
        return node.value === 'true';
    return undefined;
}
/** `public_network_access_enabled` as ARM's enum; an unknown (or odd) value stays as it is. */
function accessEnum(node) {
    const enabled = booleanOf(node);
    return enabled === undefined ? node : derived(node, enabled ? 'Enabled' : 'Disabled');
}
/** An RFC 3339 date as ARM's epoch seconds; an unknown (or unparsable) value stays as it is. */
function epochSeconds(node) {
    const text = knownString(node);
    const ms = text === undefined ? NaN : Date.parse(text);
    return Number.isFinite(ms) ? derived(node, Math.floor(ms / 1000)) : node;
}
const TF_TYPES = new Map(Object.entries({
    [HSM]: { type: resource/* TYPES */.QE.managedHsm, map: mapManagedHsm },
    [`${HSM}_role_assignment`]: { type: resource/* TYPES */.QE.localRoleAssignment, map: mapLocalRoleAssignment },
    [`${HSM}_role_definition`]: { type: resource/* TYPES */.QE.localRoleDefinition, map: mapLocalRoleDefinition },
    [`${HSM}_key`]: { type: resource/* TYPES */.QE.managedHsmKey, map: mapKey },
    azurerm_private_endpoint: { type: resource/* TYPES */.QE.privateEndpoint, map: mapPrivateEndpoint },
    azurerm_monitor_diagnostic_setting: { type: resource/* TYPES */.QE.diagnosticSetting, map: mapDiagnosticSetting },
    azurerm_log_analytics_workspace: { type: resource/* TYPES */.QE.logAnalyticsWorkspace, map: mapWorkspace },
    azurerm_monitor_metric_alert: { type: resource/* TYPES */.QE.metricAlert, map: mapMetricAlert },
    azurerm_sentinel_log_analytics_workspace_onboarding: {
        type: resource/* TYPES */.QE.sentinelOnboarding,
        map: mapSentinelOnboarding,
    },
    azurerm_role_assignment: { type: resource/* TYPES */.QE.roleAssignment, map: mapRoleAssignment },
    azurerm_pim_eligible_role_assignment: { type: resource/* TYPES */.QE.roleEligibilityScheduleRequest, map: mapEligibility },
    azuread_group: { type: resource/* TYPES */.QE.entraGroup, nameAttribute: 'display_name', map: mapGroup },
    azuread_user: { type: resource/* TYPES */.QE.entraUser, nameAttribute: 'display_name', map: mapUser },
    azuread_service_principal: {
        type: resource/* TYPES */.QE.entraServicePrincipal,
        nameAttribute: 'display_name',
        map: mapServicePrincipal,
    },
    azuread_application: { type: resource/* TYPES */.QE.entraApplication, nameAttribute: 'display_name', map: mapApplication },
    azurerm_user_assigned_identity: { type: resource/* TYPES */.QE.userAssignedIdentity, map: mapUserAssignedIdentity },
}));
function canonicalTypeOf(instance) {
    if (instance.type === 'azapi_resource')
        return azapiType(instance.attributes)?.type;
    return TF_TYPES.get(instance.type)?.type;
}
function draftOf(instance, batch) {
    if (instance.type === 'azapi_resource')
        return draftOfAzapi(instance, batch);
    const mapping = TF_TYPES.get(instance.type);
    if (!mapping)
        return undefined;
    const attrs = instance.attributes;
    const draft = {
        instance,
        type: mapping.type,
        name: nameOf(instance, mapping.nameAttribute ?? 'name'),
        body: new CanonicalBody(instance.range),
        defaults: terraformDefaultsFor(instance.type),
    };
    mapping.map({ instance, attrs, draft, body: draft.body, batch });
    return draft;
}
function nameOf(instance, attributeName) {
    const entry = attribute(instance.attributes, attributeName);
    if (!entry)
        return { kind: 'absent', range: instance.range };
    return (0,model_node/* nodeValue */.E8)(entry.node, {
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
function linkParent(m, tfName, parentType, keepName = false) {
    const entry = attribute(m.attrs, tfName);
    if (!entry)
        return;
    m.draft.parentKey = m.batch.referenced(entry.node, [parentType]);
    if (m.draft.parentKey || keepName)
        return;
    const id = knownString(entry.node);
    const parent = id === undefined ? undefined : (0,resource_id/* parseResourceId */.R)(id);
    const name = m.draft.name;
    if (parent &&
        (0,value/* equalsIgnoreCase */.Q_)(parent.type, parentType) &&
        name.kind === 'known' &&
        typeof name.value === 'string')
        m.draft.name = { ...name, value: `${parent.name}/${name.value}` };
}
function mapManagedHsm({ attrs, body }) {
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
        body.put('properties.publicNetworkAccess', access.keyRange, accessEnum(access.node), 'public_network_access_enabled');
    const acls = blocks(attrs, 'network_acls');
    if (acls.kind === 'unknown')
        body.put('properties.networkAcls', acls.entry.keyRange, acls.node);
    if (acls.kind !== 'list')
        return;
    const block = acls.items[0];
    if (block.kind === 'unknown')
        return body.put('properties.networkAcls', acls.entry.keyRange, block);
    body.object('properties.networkAcls', block.range, acls.entry.keyRange);
    copyAll(body, block, [
        ['default_action', 'properties.networkAcls.defaultAction'],
        ['bypass', 'properties.networkAcls.bypass'],
    ], 'network_acls.');
}
function mapKey(m) {
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
        if (date)
            body.put(path, date.keyRange, epochSeconds(date.node), tfName);
    }
    linkParent(m, 'managed_hsm_id', resource/* TYPES */.QE.managedHsm);
}
/**
 * A rotation policy becomes its key's `properties.rotationPolicy` in the ARM shape the live source uses:
 * one `Rotate` lifetime action triggered after creation or before expiry, and the expiry time.
 */
/** Puts a rotation policy on its key; false when the key is not one of the batch. */
function attachRotationPolicy(instance, batch) {
    const attrs = instance.attributes;
    const keyId = attribute(attrs, 'managed_hsm_key_id');
    const keyKey = keyId && batch.referenced(keyId.node, [resource/* TYPES */.QE.managedHsmKey]);
    const key = keyKey ? batch.drafts.get(keyKey) : undefined;
    if (!key)
        return false;
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
function mapLocalRoleAssignment(m) {
    copyAll(m.body, m.attrs, [
        ['name', 'name'],
        ['scope', 'properties.scope'],
        ['role_definition_id', 'properties.roleDefinitionId'],
        ['principal_id', 'properties.principalId'],
    ]);
    linkParent(m, 'managed_hsm_id', resource/* TYPES */.QE.managedHsm);
}
function mapLocalRoleDefinition(m) {
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
    else
        copy(body, attrs, 'role_type', 'properties.roleType');
    const permissions = blockList([
        {
            found: blocks(attrs, 'permission'),
            map: (b) => blockObject(b, [
                ['actions', 'actions'],
                ['not_actions', 'notActions'],
                ['data_actions', 'dataActions'],
                ['not_data_actions', 'notDataActions'],
            ]),
        },
    ]);
    if (permissions)
        body.put('properties.permissions', permissions.keyRange, permissions.node);
    linkParent(m, 'managed_hsm_id', resource/* TYPES */.QE.managedHsm, true);
}
function mapPrivateEndpoint({ attrs, body }) {
    copyAll(body, attrs, [
        ['name', 'name'],
        ['location', 'location'],
        ['tags', 'tags'],
        ['subnet_id', 'properties.subnet.id'],
    ]);
    const found = blocks(attrs, 'private_service_connection');
    if (found.kind === 'unknown')
        body.put('properties.privateLinkServiceConnections', found.entry.keyRange, found.node);
    if (found.kind !== 'list')
        return;
    const lists = {
        privateLinkServiceConnections: [],
        manualPrivateLinkServiceConnections: [],
    };
    for (const block of found.items) {
        const manual = block.kind === 'object' && isTrueAttribute(block, 'is_manual_connection');
        (manual ? lists.manualPrivateLinkServiceConnections : lists.privateLinkServiceConnections).push(block.kind === 'unknown' ? block : connectionOf(block));
    }
    for (const [name, items] of Object.entries(lists))
        if (items.length > 0)
            body.put(`properties.${name}`, found.entry.keyRange, {
                kind: 'array',
                items,
                range: found.entry.node.range,
            });
}
function isTrueAttribute(attrs, name) {
    const entry = attribute(attrs, name);
    return entry !== undefined && booleanOf(entry.node) === true;
}
/** A `private_service_connection` block in ARM's shape; an alias stands where the id would. */
function connectionOf(block) {
    const connection = blockObject(block, [
        ['name', 'name'],
        ['private_connection_resource_alias', 'properties.privateLinkServiceId'],
        ['private_connection_resource_id', 'properties.privateLinkServiceId'],
        ['subresource_names', 'properties.groupIds'],
        ['request_message', 'properties.requestMessage'],
    ]);
    return connection;
}
function mapDiagnosticSetting({ attrs, body }) {
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
    const logFields = [
        ['category', 'category'],
        ['category_group', 'categoryGroup'],
    ];
    // `enabled_log` (azurerm 4+) is enabled by being there; the legacy `log` block has its own `enabled`.
    const logs = blockList([
        { found: blocks(attrs, 'enabled_log'), map: (b) => blockObject(b, logFields, { enabled: true }) },
        { found: blocks(attrs, 'log'), map: (b) => legacyEntry(b, logFields) },
    ]);
    if (logs)
        body.put('properties.logs', logs.keyRange, logs.node);
    const metricFields = [['category', 'category']];
    const metrics = blockList([
        { found: blocks(attrs, 'enabled_metric'), map: (b) => blockObject(b, metricFields, { enabled: true }) },
        { found: blocks(attrs, 'metric'), map: (b) => legacyEntry(b, metricFields) },
    ]);
    if (metrics)
        body.put('properties.metrics', metrics.keyRange, metrics.node);
}
/** A legacy `log`/`metric` block (azurerm < 4.0): its own `enabled` and `retention_policy`. */
function legacyEntry(block, fields) {
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
function mapWorkspace({ attrs, body }) {
    copyAll(body, attrs, [
        ['name', 'name'],
        ['location', 'location'],
        ['tags', 'tags'],
        ['sku', 'sku.name'],
        ['retention_in_days', 'properties.retentionInDays'],
        ['daily_quota_gb', 'properties.workspaceCapping.dailyQuotaGb'],
    ]);
}
function mapMetricAlert({ attrs, body }) {
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
    const common = [
        ['metric_name', 'metricName'],
        ['metric_namespace', 'metricNamespace'],
        ['operator', 'operator'],
        ['aggregation', 'timeAggregation'],
    ];
    const criteria = blockList([
        {
            found: blocks(attrs, 'criteria'),
            map: (b) => blockObject(b, [...common, ['threshold', 'threshold']], {
                criterionType: 'StaticThresholdCriterion',
            }),
        },
        {
            found: blocks(attrs, 'dynamic_criteria'),
            map: (b) => blockObject(b, [...common, ['alert_sensitivity', 'alertSensitivity']], {
                criterionType: 'DynamicThresholdCriterion',
            }),
        },
    ]);
    if (criteria)
        body.put('properties.criteria.allOf', criteria.keyRange, criteria.node);
    const actions = blockList([
        { found: blocks(attrs, 'action'), map: (b) => blockObject(b, [['action_group_id', 'actionGroupId']]) },
    ]);
    if (actions)
        body.put('properties.actions', actions.keyRange, actions.node);
}
/**
 * Onboarding names its workspace as the `scope`, like ARM's extension form. The deprecated
 * `workspace_name` becomes a relative id (`Microsoft.OperationalInsights/workspaces/<name>`).
 */
function mapSentinelOnboarding({ attrs, body }) {
    copy(body, attrs, 'customer_managed_key_enabled', 'properties.customerManagedKey');
    if (copy(body, attrs, 'workspace_id', 'scope'))
        return;
    const name = attribute(attrs, 'workspace_name');
    if (!name)
        return;
    const text = knownString(name.node);
    const scope = text === undefined ? name.node : derived(name.node, `${resource/* TYPES */.QE.logAnalyticsWorkspace}/${text}`);
    body.put('scope', name.keyRange, scope);
}
function mapRoleAssignment({ attrs, body }) {
    copyAll(body, attrs, [
        ['name', 'name'],
        ['scope', 'scope'],
        ['principal_id', 'properties.principalId'],
        ['principal_type', 'properties.principalType'],
        ['description', 'properties.description'],
        ['condition', 'properties.condition'],
    ]);
    if (copy(body, attrs, 'role_definition_id', 'properties.roleDefinitionId'))
        return;
    const roleName = attribute(attrs, 'role_definition_name');
    if (roleName)
        body.put('properties.roleDefinitionId', roleName.keyRange, roleIdFromName(roleName.node), 'role_definition_name');
}
/** What the provider resolves `role_definition_name` to, for the roles this scan knows by name. */
function roleIdFromName(node) {
    const name = knownString(node);
    if (name === undefined)
        return node;
    const guid = ROLE_GUIDS_BY_NAME.get(name.trim().toLowerCase());
    if (guid)
        return derived(node, roleDefinitionIdOf(guid));
    const unknown = {
        kind: 'unknown',
        expression: name,
        range: node.range,
        reason: 'the provider resolves this role name to a role definition id only when it applies',
    };
    if (node.secure)
        unknown.secure = true;
    return unknown;
}
function mapEligibility({ attrs, body }) {
    copyAll(body, attrs, [
        ['scope', 'scope'],
        ['role_definition_id', 'properties.roleDefinitionId'],
        ['principal_id', 'properties.principalId'],
        ['justification', 'properties.justification'],
    ]);
}
function mapGroup({ attrs, body }) {
    copyAll(body, attrs, [
        ['display_name', 'properties.displayName'],
        ['object_id', 'properties.objectId'],
        ['security_enabled', 'properties.securityEnabled'],
        ['mail_enabled', 'properties.mailEnabled'],
        ['types', 'properties.groupTypes'],
        ['assignable_to_role', 'properties.isAssignableToRole'],
    ]);
}
function mapUser({ attrs, body }) {
    copyAll(body, attrs, [
        ['display_name', 'properties.displayName'],
        ['object_id', 'properties.objectId'],
        ['user_principal_name', 'properties.userPrincipalName'],
        ['account_enabled', 'properties.accountEnabled'],
    ]);
}
function mapServicePrincipal({ attrs, body }) {
    copyAll(body, attrs, [
        ['display_name', 'properties.displayName'],
        ['object_id', 'properties.objectId'],
        // azuread 2.x spelled it `application_id`; `client_id` replaced it.
        ['application_id', 'properties.appId'],
        ['client_id', 'properties.appId'],
        ['type', 'properties.servicePrincipalType'],
    ]);
}
function mapApplication({ attrs, body }) {
    copyAll(body, attrs, [
        ['display_name', 'properties.displayName'],
        ['object_id', 'properties.objectId'],
        ['application_id', 'properties.appId'],
        ['client_id', 'properties.appId'],
    ]);
}
function mapUserAssignedIdentity({ attrs, body }) {
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
const EXTENSION_TYPES = [
    resource/* TYPES */.QE.diagnosticSetting,
    resource/* TYPES */.QE.roleAssignment,
    resource/* TYPES */.QE.roleEligibilityScheduleRequest,
    resource/* TYPES */.QE.sentinelOnboarding,
];
const KNOWN_TYPES = Object.values(resource/* TYPES */.QE);
/** `Microsoft.KeyVault/managedHSMs@2025-07-01` as type and api version, the type spelled as TYPES does. */
function azapiType(attrs) {
    const entry = attribute(attrs, 'type');
    const text = entry && knownString(entry.node);
    if (!text)
        return undefined;
    const at = text.indexOf('@');
    const written = (at < 0 ? text : text.slice(0, at)).trim();
    const type = KNOWN_TYPES.find((t) => (0,value/* equalsIgnoreCase */.Q_)(written, t)) ?? written;
    return at < 0 ? { type } : { type, apiVersion: text.slice(at + 1).trim() };
}
/**
 * `azapi_resource`: its `body` is the ARM resource body already (`properties`, `sku`, …); `name`,
 * `location` and `parent_id` complete it. A `type` that is not known maps to nothing.
 */
function draftOfAzapi(instance, batch) {
    const typed = azapiType(instance.attributes);
    if (!typed)
        return undefined;
    const draft = {
        instance,
        type: typed.type,
        apiVersion: typed.apiVersion,
        name: nameOf(instance, 'name'),
        body: new CanonicalBody(instance.range),
        defaults: azapiDefaultsFor(typed.type),
    };
    const m = { instance, attrs: instance.attributes, draft, body: draft.body, batch };
    mapAzapiBody(m);
    copyAll(draft.body, instance.attributes, [
        ['name', 'name'],
        ['location', 'location'],
        ['tags', 'tags'],
    ]);
    if (EXTENSION_TYPES.some((t) => (0,value/* equalsIgnoreCase */.Q_)(t, typed.type)))
        copy(draft.body, instance.attributes, 'parent_id', 'scope');
    else if (typed.type.split('/').length > 2)
        linkParent(m, 'parent_id', typed.type.split('/').slice(0, -1).join('/'));
    return draft;
}
/** The body's members become the resource's; a JSON string (azapi 1.x `jsonencode`) is parsed first. */
function mapAzapiBody({ attrs, body }) {
    const entry = attribute(attrs, 'body');
    if (!entry)
        return;
    const node = parsedBody(entry.node);
    if (node.kind === 'object') {
        for (const member of node.entries.values())
            body.put(member.name, member.keyRange, member.node);
        return;
    }
    if (node.kind === 'unknown') {
        // Nothing of the body is known: every property reads as this unknown.
        body.root.open = { reason: node.reason ?? `the body is ${node.expression}` };
        if (node.references)
            body.root.open.references = node.references;
    }
}
function parsedBody(node) {
    const text = knownString(node);
    if (text === undefined)
        return node;
    try {
        const prov = {};
        if (node.parameter !== undefined)
            prov.parameter = node.parameter;
        if (node.secure)
            prov.secure = true;
        return (0,model_node/* jsonToNode */.iH)(JSON.parse(text), node.range, prov);
    }
    catch {
        return node;
    }
}

// EXTERNAL MODULE: ./src/model/directives.ts
var directives = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/sources/terraform/files.ts
var terraform_files = __webpack_require__(9866);
// EXTERNAL MODULE: ./src/sources/arm/jsonc.ts
var jsonc = __webpack_require__(172);
;// CONCATENATED MODULE: ./src/sources/terraform/json-syntax.ts

/**
 * Terraform's JSON syntax (`.tf.json`, as CDK for Terraform writes it) read into the syntax tree of a `.tf`
 * file, so that both are evaluated alike. Block types are known where Terraform knows them without a
 * provider schema (`resource`, `module`, `dynamic`, ...); any other object inside a body is read as an
 * object attribute, which the provider mappings accept wherever they accept a nested block. Strings are
 * templates (`"${var.name}"`), except where Terraform reads them as expressions (`depends_on`, `provider`,
 * a variable's `type`) or literally (a variable's `default`). Every node takes the range of the JSON
 * value it comes from. Keys named `//` are comments (see `commentsOf`).
 */
function parseTerraformJson(text, file, hcl) {
    const document = (0,jsonc/* parseJsonc */.pX)(file, text);
    const errors = document.errors.map((e) => ({ message: e.message, range: e.range }));
    const root = document.root;
    const whole = root?.range ?? {
        file,
        start: { line: 1, column: 1 },
        end: { line: 1, column: 1 },
    };
    const body = { attributes: [], blocks: [], range: whole };
    if (root?.kind !== 'object') {
        if (root)
            errors.push({ message: 'A Terraform JSON file holds one object.', range: root.range });
        return { file, body, comments: [], errors };
    }
    const reader = new JsonReader(hcl, file, errors);
    for (const entry of members(root))
        reader.topLevel(entry, body);
    return { file, body, comments: commentsOf(root), errors };
}
/**
 * The strings of `//` keys, anywhere, as `//` comments: JSON has no comments, and Terraform reads these
 * keys as comments. They hold suppressions as comments do, on the line they are written on.
 */
function commentsOf(root) {
    const comments = [];
    const visit = (node) => {
        if (node.kind === 'array')
            node.items.forEach(visit);
        if (node.kind !== 'object')
            return;
        for (const entry of node.entries.values()) {
            if (entry.name !== '//')
                visit(entry.node);
            else
                for (const text of entry.node.kind === 'array' ? entry.node.items : [entry.node])
                    if (text.kind === 'scalar' && typeof text.value === 'string')
                        comments.push({ text: `//${text.value}`, range: text.range });
        }
    };
    visit(root);
    return comments;
}
/** Blocks with as many labels as Terraform gives them at the top level of a configuration. */
const TOP_LEVEL_LABELS = new Map([
    ['resource', 2],
    ['data', 2],
    ['module', 1],
    ['variable', 1],
    ['output', 1],
    ['provider', 1],
    ['locals', 0],
    ['terraform', 0],
    ['moved', 0],
    ['import', 0],
    ['removed', 0],
    ['check', 1],
]);
/** Nested blocks known without a provider schema, and their label counts. */
const NESTED_BLOCK_LABELS = new Map([
    ['lifecycle', 0],
    ['provisioner', 1],
    ['connection', 0],
    ['precondition', 0],
    ['postcondition', 0],
    ['validation', 0],
    ['backend', 1],
]);
/** Attributes whose strings are expressions, not templates. */
const EXPRESSION_ATTRIBUTES = new Set(['depends_on', 'provider', 'providers', 'iterator']);
function members(node) {
    return node.kind === 'object' ? [...node.entries.values()].filter((e) => e.name !== '//') : [];
}
/** An object, or each object of an array (JSON's way of repeating a block). */
function bodiesOf(node) {
    if (node.kind === 'array')
        return node.items.filter((item) => item.kind === 'object');
    return node.kind === 'object' ? [node] : [];
}
class JsonReader {
    hcl;
    file;
    errors;
    constructor(hcl, file, errors) {
        this.hcl = hcl;
        this.file = file;
        this.errors = errors;
    }
    topLevel(entry, into) {
        const labels = TOP_LEVEL_LABELS.get(entry.name);
        if (labels === undefined) {
            this.errors.push({ message: `Unknown top-level key '${entry.name}'.`, range: entry.keyRange });
            return;
        }
        this.blocks(entry, labels, [], into, entry.name === 'variable' ? 'variable' : 'body');
    }
    /** The blocks of `entry`, after peeling one object level per label. */
    blocks(entry, labelsLeft, labels, into, kind) {
        if (labelsLeft > 0) {
            for (const level of bodiesOf(entry.node)) {
                for (const child of members(level)) {
                    const label = { value: child.name, quoted: true, range: child.keyRange };
                    this.blocks({ ...child, name: entry.name, keyRange: entry.keyRange }, labelsLeft - 1, [...labels, label], into, kind);
                }
            }
            return;
        }
        const found = bodiesOf(entry.node);
        if (found.length === 0)
            this.errors.push({
                message: `'${entry.name}' holds an object (or an array of objects).`,
                range: entry.node.range,
            });
        // A block's place starts at its innermost label (`"hsm": {`), or at its type when it has none.
        const start = (labels.at(-1)?.range ?? entry.keyRange).start;
        for (const node of found) {
            into.blocks.push({
                kind: 'block',
                type: entry.name,
                typeRange: entry.keyRange,
                labels,
                body: this.body(node, kind),
                range: { file: this.file, start, end: node.range.end },
            });
        }
    }
    body(node, kind) {
        const body = { attributes: [], blocks: [], range: node.range };
        for (const entry of members(node)) {
            const labels = NESTED_BLOCK_LABELS.get(entry.name);
            if (entry.name === 'dynamic')
                this.dynamicBlocks(entry, body);
            else if (labels !== undefined)
                this.blocks(entry, labels, [], body, 'body');
            else
                body.attributes.push(this.attribute(entry, kind));
        }
        return body;
    }
    /** `"dynamic": { "<block type>": { "for_each": ..., "content": { ... } } }` */
    dynamicBlocks(entry, into) {
        for (const level of bodiesOf(entry.node)) {
            for (const typed of members(level)) {
                for (const node of bodiesOf(typed.node)) {
                    const body = { attributes: [], blocks: [], range: node.range };
                    for (const member of members(node)) {
                        if (member.name === 'content')
                            this.blocks(member, 0, [], body, 'body');
                        else
                            body.attributes.push(this.attribute(member, 'body'));
                    }
                    into.blocks.push({
                        kind: 'block',
                        type: 'dynamic',
                        typeRange: entry.keyRange,
                        labels: [{ value: typed.name, quoted: true, range: typed.keyRange }],
                        body,
                        range: { file: this.file, start: typed.keyRange.start, end: node.range.end },
                    });
                }
            }
        }
    }
    attribute(entry, kind) {
        const range = { file: this.file, start: entry.keyRange.start, end: entry.node.range.end };
        const expr = kind === 'variable' && entry.name === 'default'
            ? this.literal(entry.node)
            : kind === 'variable' && entry.name === 'type'
                ? this.expressionOf(entry.node)
                : EXPRESSION_ATTRIBUTES.has(entry.name)
                    ? this.expressionOf(entry.node)
                    : this.value(entry.node);
        return { kind: 'attribute', name: entry.name, nameRange: entry.keyRange, expr, range };
    }
    /** A JSON value in an expression context: strings are templates. */
    value(node) {
        return this.converted(node, (text, range) => /[$%]\{/.test(text) ? this.parsed(`"${escapeTemplate(text)}"`, range) : this.scalar(text, range));
    }
    /** A value whose strings are expressions (`"aws_x.y"` in `depends_on`); `"${expr}"` is accepted too. */
    expressionOf(node) {
        return this.converted(node, (text, range) => this.parsed(/^\$\{([\s\S]*)\}$/.exec(text)?.[1] ?? text, range));
    }
    /** A JSON value taken literally: no templates. */
    literal(node) {
        return this.converted(node, (text, range) => this.scalar(text, range));
    }
    /** A JSON value as an HCL expression, each string read by `string`. */
    converted(node, string) {
        switch (node.kind) {
            case 'array':
                return {
                    kind: 'tuple',
                    items: node.items.map((item) => this.converted(item, string)),
                    range: node.range,
                };
            case 'object':
                return {
                    kind: 'object',
                    items: members(node).map((e) => this.item(e, (n) => this.converted(n, string))),
                    range: node.range,
                };
            case 'scalar':
                return typeof node.value === 'string'
                    ? string(node.value, node.range)
                    : this.scalar(node.value, node.range);
            default:
                return { kind: 'invalid', raw: '', range: node.range };
        }
    }
    item(entry, read) {
        return {
            key: {
                kind: 'literal',
                type: 'string',
                value: entry.name,
                raw: JSON.stringify(entry.name),
                range: entry.keyRange,
            },
            value: read(entry.node),
            range: { file: this.file, start: entry.keyRange.start, end: entry.node.range.end },
        };
    }
    scalar(value, range) {
        const type = value === null
            ? 'null'
            : typeof value === 'string'
                ? 'string'
                : typeof value === 'number'
                    ? 'number'
                    : 'bool';
        return { kind: 'literal', type, value, raw: JSON.stringify(value), range };
    }
    /** HCL expression text parsed with the HCL parser, every node given `range` (the JSON string's). */
    parsed(expression, range) {
        const parsed = this.hcl.parse(`value = ${expression}\n`, this.file);
        const attribute = parsed.body.attributes[0];
        if (parsed.errors.length > 0 ||
            !attribute ||
            parsed.body.attributes.length !== 1 ||
            parsed.body.blocks.length > 0) {
            this.errors.push({ message: `Cannot read the expression ${JSON.stringify(expression)}.`, range });
            return { kind: 'invalid', raw: expression, range };
        }
        return placedAt(attribute.expr, range);
    }
}
/** A decoded string as the inside of an HCL quoted template (interpolations kept). */
function escapeTemplate(value) {
    return value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
}
/** A copy of a parsed expression whose every range is `range`. */
function placedAt(node, range) {
    if (Array.isArray(node))
        return node.map((item) => placedAt(item, range));
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        out[key] = key === 'range' || key === 'nameRange' ? range : placedAt(value, range);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/nodes.ts
/** A Terraform evaluation error (type error, missing key, bad argument): `try`/`can` catch these. */
class EvalError extends Error {
    name = 'EvalError';
}
/** The evaluator's own limits (work budget, nesting depth): never caught by `try`/`can`. */
class EvalLimitError extends Error {
    name = 'EvalLimitError';
}
/** The longest string the evaluator builds; longer results are errors rather than memory exhaustion. */
const MAX_STRING_LENGTH = 1 << 20;
function addOrigin(node, origin) {
    if (origin?.secure)
        node.secure = true;
    if (origin?.parameter !== undefined)
        node.parameter = origin.parameter;
    return node;
}
function scalar(value, range, origin) {
    return addOrigin({ kind: 'scalar', value, range }, origin);
}
function list(items, range, origin) {
    return addOrigin({ kind: 'array', items, range }, origin);
}
/** An object from entries; a later entry replaces an earlier one of the same (case-insensitive) name. */
function object(entries, range, origin) {
    const map = new Map();
    for (const entry of entries) {
        const key = entry.name.toLowerCase();
        map.delete(key);
        map.set(key, entry);
    }
    return addOrigin({ kind: 'object', entries: map, range }, origin);
}
function unknown(range, expression, details, origin) {
    const node = { kind: 'unknown', range, expression };
    if (details.reason !== undefined)
        node.reason = details.reason;
    if (details.references && details.references.length > 0)
        node.references = [...details.references];
    return addOrigin(node, origin);
}
/** Deep provenance of operands: secure when any part is secure, and the first parameter found. */
function originOf(nodes) {
    const origin = {};
    const visit = (node) => {
        if (node.secure)
            origin.secure = true;
        if (node.parameter !== undefined && origin.parameter === undefined)
            origin.parameter = node.parameter;
        if (origin.secure && origin.parameter !== undefined)
            return true;
        if (node.kind === 'array')
            return node.items.some(visit);
        if (node.kind === 'object') {
            for (const entry of node.entries.values())
                if (visit(entry.node))
                    return true;
        }
        return false;
    };
    for (const node of nodes)
        if (visit(node))
            break;
    return origin;
}
/** The node with the given provenance added (a shallow copy when anything changes); an own parameter wins. */
function withOrigin(node, origin) {
    const addSecure = origin.secure === true && !node.secure;
    const addParameter = origin.parameter !== undefined && node.parameter === undefined;
    if (!addSecure && !addParameter)
        return node;
    const copy = { ...node };
    if (addSecure)
        copy.secure = true;
    if (addParameter)
        copy.parameter = origin.parameter;
    return copy;
}
/** A part taken out of a collection keeps the collection's sensitivity and parameter. */
function inherit(container, item) {
    return withOrigin(item, { secure: container.secure, parameter: container.parameter });
}
/** The first reason and all references (in order, without duplicates) found in the unknown parts of nodes. */
function unknownDetails(nodes) {
    let reason;
    const references = [];
    const seen = new Set();
    const add = (refs) => {
        for (const ref of refs ?? []) {
            if (!seen.has(ref)) {
                seen.add(ref);
                references.push(ref);
            }
        }
    };
    const visit = (node) => {
        add(node.references);
        if (node.kind === 'unknown') {
            reason ??= node.reason;
        }
        else if (node.kind === 'array') {
            node.items.forEach(visit);
        }
        else if (node.kind === 'object') {
            if (node.open) {
                reason ??= node.open.reason;
                add(node.open.references);
            }
            for (const entry of node.entries.values())
                visit(entry.node);
        }
    };
    nodes.forEach(visit);
    return reason === undefined ? { references } : { reason, references };
}
/** No unknown part anywhere, and no object whose unlisted members are unknown. */
function isWhollyKnown(node) {
    switch (node.kind) {
        case 'unknown':
            return false;
        case 'scalar':
            return true;
        case 'array':
            return node.items.every(isWhollyKnown);
        case 'object':
            if (node.open)
                return false;
            for (const entry of node.entries.values())
                if (!isWhollyKnown(entry.node))
                    return false;
            return true;
    }
}
/**
 * A deep copy placed at `range`, so findings point where the value is used. Provenance is kept; an unknown at
 * the top takes `expression` (the text that uses it). `visit` is called once per copied node (work accounting).
 */
function relocate(node, range, expression, visit) {
    const copy = (n) => {
        visit?.();
        switch (n.kind) {
            case 'scalar':
            case 'unknown':
                return { ...n, range };
            case 'array':
                return { ...n, range, items: n.items.map(copy) };
            case 'object': {
                const entries = new Map();
                for (const [key, entry] of n.entries) {
                    entries.set(key, { name: entry.name, keyRange: range, node: copy(entry.node) });
                }
                return { ...n, range, entries };
            }
        }
    };
    const result = copy(node);
    if (result.kind === 'unknown' && expression !== undefined)
        result.expression = expression;
    return result;
}
/** Places the top node only (parentheses, template unwrapping): the parts keep their ranges. */
function reposition(node, range, expression) {
    const copy = { ...node, range };
    if (copy.kind === 'unknown' && expression !== undefined)
        copy.expression = expression;
    return copy;
}
function typeName(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value === null ? 'null' : typeof node.value === 'boolean' ? 'bool' : typeof node.value;
        case 'array':
            return 'list';
        case 'object':
            return 'object';
        case 'unknown':
            return 'unknown value';
    }
}
/** Terraform's number to string: `1`, `1.5`, `1000000000000000000000` (never exponent notation). */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
    if (Object.is(n, -0))
        return '0';
    const text = String(n);
    const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
    if (!match)
        return text;
    const [, sign, lead, fraction = '', exponentText] = match;
    const exponent = Number(exponentText);
    const digits = lead + fraction;
    if (exponent >= 0) {
        const point = 1 + exponent;
        return (sign +
            (digits.length <= point
                ? digits.padEnd(point, '0')
                : `${digits.slice(0, point)}.${digits.slice(point)}`));
    }
    return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}
const NUMBER_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
/** A string as Terraform converts it to a number (decimal only, no surrounding whitespace). */
function parseNumber(text) {
    if (!NUMBER_TEXT.test(text))
        return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
}
function describe(node) {
    const type = typeName(node);
    return type === 'null' ? 'null' : `a ${type}`;
}
/** A primitive as a string (numbers and bools convert, as Terraform converts them); errors otherwise. */
function toText(node, what) {
    if (node.kind === 'scalar') {
        const v = node.value;
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number')
            return formatNumber(v);
        if (typeof v === 'boolean')
            return v ? 'true' : 'false';
    }
    throw new EvalError(`${what} must be a string, not ${describe(node)}`);
}
function toNumber(node, what) {
    if (node.kind === 'scalar') {
        if (typeof node.value === 'number')
            return node.value;
        if (typeof node.value === 'string') {
            const n = parseNumber(node.value);
            if (n !== undefined)
                return n;
            throw new EvalError(`${what} must be a number; "${node.value}" is not a number`);
        }
    }
    throw new EvalError(`${what} must be a number, not ${describe(node)}`);
}
function toInteger(node, what) {
    const n = toNumber(node, what);
    if (!Number.isInteger(n))
        throw new EvalError(`${what} must be a whole number, not ${formatNumber(n)}`);
    return n;
}
function toBool(node, what) {
    if (node.kind === 'scalar') {
        if (typeof node.value === 'boolean')
            return node.value;
        if (node.value === 'true')
            return true;
        if (node.value === 'false')
            return false;
    }
    throw new EvalError(`${what} must be a bool, not ${describe(node)}`);
}
function toList(node, what) {
    if (node.kind === 'array')
        return node.items;
    throw new EvalError(`${what} must be a list, not ${describe(node)}`);
}
function toObject(node, what) {
    if (node.kind === 'object')
        return node;
    throw new EvalError(`${what} must be a map or object, not ${describe(node)}`);
}
/** Go compares strings by bytes; for UTF-16 strings, code point order gives the same result. */
function compareText(a, b) {
    if (a === b)
        return 0;
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i].codePointAt(0);
        const y = right[i].codePointAt(0);
        if (x !== y)
            return x - y;
    }
    return left.length - right.length;
}
/** Entries in Terraform's iteration order (keys ascending). */
function sortedEntries(node) {
    return [...node.entries.values()].sort((a, b) => compareText(a.name, b.name));
}
/** Deep equality as Terraform's `==`: types must match; undefined when unknown parts decide it. */
function equalNodes(a, b) {
    if (a.kind === 'unknown' || b.kind === 'unknown')
        return undefined;
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'scalar' && b.kind === 'scalar')
        return a.value === b.value;
    if (a.kind === 'array' && b.kind === 'array') {
        if (a.items.length !== b.items.length)
            return false;
        let result = true;
        for (let i = 0; i < a.items.length; i++) {
            const same = equalNodes(a.items[i], b.items[i]);
            if (same === false)
                return false;
            if (same === undefined)
                result = undefined;
        }
        return result;
    }
    if (a.kind === 'object' && b.kind === 'object') {
        if (a.open || b.open)
            return undefined;
        if (a.entries.size !== b.entries.size)
            return false;
        let result = true;
        for (const [key, entry] of a.entries) {
            const other = b.entries.get(key);
            if (!other || other.name !== entry.name)
                return false;
            const same = equalNodes(entry.node, other.node);
            if (same === false)
                return false;
            if (same === undefined)
                result = undefined;
        }
        return result;
    }
    return false;
}
/** Checks a produced string against the size limit. */
function checkedString(text) {
    if (text.length > MAX_STRING_LENGTH) {
        throw new EvalError(`the result is longer than ${MAX_STRING_LENGTH} characters`);
    }
    return text;
}
/** Grapheme clusters, as Terraform counts and slices strings. */
function graphemes(text) {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/json.ts

/** Go's JSON encoder escapes these for safe embedding in HTML; Terraform's jsonencode() keeps that. */
const HTML_UNSAFE = /[<>&\u2028\u2029]/g;
function quote(text) {
    return JSON.stringify(text).replace(HTML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** jsonencode(): compact JSON with object keys in ascending order, as Terraform writes it. Needs a known value. */
function jsonText(node) {
    const parts = [];
    let length = 0;
    const push = (text) => {
        parts.push(text);
        length += text.length;
        if (length > MAX_STRING_LENGTH)
            throw new EvalError('the encoded value is too long');
    };
    const write = (n) => {
        switch (n.kind) {
            case 'unknown':
                throw new EvalError('cannot encode an unknown value');
            case 'scalar':
                if (n.value === null)
                    push('null');
                else if (typeof n.value === 'string')
                    push(quote(n.value));
                else if (typeof n.value === 'number')
                    push(formatNumber(n.value));
                else
                    push(n.value ? 'true' : 'false');
                return;
            case 'array':
                push('[');
                n.items.forEach((item, i) => {
                    if (i > 0)
                        push(',');
                    write(item);
                });
                push(']');
                return;
            case 'object':
                push('{');
                sortedEntries(n).forEach((entry, i) => {
                    if (i > 0)
                        push(',');
                    push(`${quote(entry.name)}:`);
                    write(entry.node);
                });
                push('}');
                return;
        }
    };
    write(node);
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/collection.ts


/** Terraform refuses to build ranges longer than this. */
const MAX_RANGE_LENGTH = 1024;
/** setproduct() of many sets grows fast; beyond this the result is left unknown-free but refused. */
const MAX_PRODUCT_LENGTH = 10_000;
const VARIADIC = Infinity;
/** Removes duplicates and orders the elements as Terraform orders a set (strings and numbers ascending). */
function setElements(items, range) {
    const kinds = new Set(items.map((item) => (item.kind === 'scalar' ? typeof item.value : item.kind)));
    if (items.some((item) => item.kind === 'scalar' && item.value === null)) {
        throw new EvalError('a set cannot contain null');
    }
    // Mixed primitives unify to strings, as Terraform's type unification does.
    const mixedPrimitives = kinds.size > 1 && [...kinds].every((k) => k === 'string' || k === 'number' || k === 'boolean');
    const elements = mixedPrimitives ? items.map((item) => scalar(toText(item, 'set element'), range)) : items;
    const unique = distinctItems(elements);
    const [only] = mixedPrimitives ? ['string'] : [...kinds];
    if (kinds.size === 1 || mixedPrimitives) {
        const valueOf = (node) => (node.kind === 'scalar' ? node.value : null);
        if (only === 'string')
            unique.sort((a, b) => compareText(String(valueOf(a)), String(valueOf(b))));
        else if (only === 'number' || only === 'boolean')
            unique.sort((a, b) => Number(valueOf(a)) - Number(valueOf(b)));
    }
    return unique;
}
function collectionLength(call, value) {
    switch (value.kind) {
        case 'unknown':
            return call.unknown();
        case 'array':
            return scalar(value.items.length, call.range);
        case 'object':
            return value.open ? call.unknown(value.open.reason) : scalar(value.entries.size, call.range);
        case 'scalar':
            if (typeof value.value === 'string')
                return scalar(graphemes(value.value).length, call.range);
            throw new EvalError(`the argument must be a string or a collection, not ${typeName(value)}`);
    }
}
function flattenInto(call, items, out) {
    for (const item of items) {
        call.work(1);
        if (item.kind === 'unknown')
            return false;
        if (item.kind === 'array') {
            if (!flattenInto(call, item.items, out))
                return false;
        }
        else
            out.push(item);
    }
    return true;
}
function setOperation(call, combine) {
    const sets = call.args.map((arg, i) => setElements(toList(arg, `argument ${i + 1}`), call.range));
    return list(setElements(combine(sets), call.range), call.range);
}
/**
 * Known values compare equal exactly when their canonical JSON is equal (it tells `1` from `"1"`), which makes
 * set operations linear rather than quadratic.
 */
const canonical = (node) => jsonText(node);
function distinctItems(items) {
    const seen = new Set();
    return items.filter((item) => {
        const key = canonical(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function memberOf(items) {
    const keys = new Set(items.map(canonical));
    return (item) => keys.has(canonical(item));
}
function allOrAny(call, decisive) {
    const [arg] = call.args;
    if (arg.kind === 'unknown')
        return call.unknown();
    let undecided = false;
    for (const item of toList(arg, 'the argument')) {
        if (item.kind === 'unknown')
            undecided = true;
        else if (toBool(item, 'each element') === decisive)
            return scalar(decisive, call.range);
    }
    return undecided ? call.unknown() : scalar(!decisive, call.range);
}
function numbersOf(call) {
    if (call.args.length === 0)
        throw new EvalError('at least one number is required');
    return call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`));
}
function sliceIndex(node, what, length) {
    const index = toInteger(node, what);
    if (index < 0)
        throw new EvalError(`${what} must not be negative`);
    if (index > length)
        throw new EvalError(`${what} ${index} is beyond the length of the list (${length})`);
    return index;
}
const collectionFunctions = {
    merge: {
        arity: [0, VARIADIC],
        unknowns: 'shallow',
        impl(call) {
            const entries = [];
            let open;
            for (const [i, arg] of call.args.entries()) {
                if (arg.kind === 'scalar' && arg.value === null)
                    continue;
                const obj = toObject(arg, `argument ${i + 1}`);
                open ??= obj.open;
                for (const entry of obj.entries.values())
                    entries.push({ ...entry, node: inherit(obj, entry.node) });
            }
            const result = object(entries, call.range);
            if (open)
                result.open = open;
            return result;
        },
    },
    concat: {
        arity: [0, VARIADIC],
        unknowns: 'shallow',
        impl(call) {
            const items = [];
            for (const [i, arg] of call.args.entries()) {
                for (const item of toList(arg, `argument ${i + 1}`))
                    items.push(inherit(arg, item));
            }
            call.work(items.length);
            return list(items, call.range);
        },
    },
    lookup: {
        arity: [2, 3],
        unknowns: 'self',
        impl(call) {
            const [map, key, fallback] = call.args;
            if (map.kind === 'unknown' || key.kind === 'unknown')
                return call.unknown(undefined, [map, key]);
            const obj = toObject(map, 'the first argument');
            const name = toText(key, 'the key');
            const found = obj.entries.get(name.toLowerCase());
            if (found)
                return inherit(obj, found.node);
            if (obj.open)
                return call.unknown(obj.open.reason, [map, key]);
            if (fallback)
                return fallback;
            throw new EvalError(`the map has no element for the key "${name}" and no default was given`);
        },
    },
    coalesce: {
        arity: [1, VARIADIC],
        unknowns: 'self',
        impl(call) {
            for (const arg of call.args) {
                if (arg.kind === 'unknown')
                    return call.unknown();
                if (arg.kind === 'scalar' && (arg.value === null || arg.value === ''))
                    continue;
                return arg;
            }
            throw new EvalError('no non-null, non-empty-string arguments');
        },
    },
    coalescelist: {
        arity: [1, VARIADIC],
        unknowns: 'self',
        impl(call) {
            for (const [i, arg] of call.args.entries()) {
                if (arg.kind === 'unknown')
                    return call.unknown();
                if (toList(arg, `argument ${i + 1}`).length > 0)
                    return arg;
            }
            throw new EvalError('no non-empty list arguments');
        },
    },
    length: { arity: [1, 1], unknowns: 'self', impl: (call) => collectionLength(call, call.args[0]) },
    keys: {
        arity: [1, 1],
        unknowns: 'self',
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'unknown')
                return call.unknown();
            const obj = toObject(arg, 'the argument');
            if (obj.open)
                return call.unknown(obj.open.reason);
            return list(sortedEntries(obj).map((entry) => scalar(entry.name, call.range)), call.range);
        },
    },
    values: {
        arity: [1, 1],
        unknowns: 'self',
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'unknown')
                return call.unknown();
            const obj = toObject(arg, 'the argument');
            if (obj.open)
                return call.unknown(obj.open.reason);
            return list(sortedEntries(obj).map((entry) => inherit(obj, entry.node)), call.range);
        },
    },
    flatten: {
        arity: [1, 1],
        unknowns: 'self',
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'unknown')
                return call.unknown();
            const out = [];
            // An unknown element might itself be a list, so the result's length is not known.
            if (!flattenInto(call, toList(arg, 'the argument'), out))
                return call.unknown();
            return list(out.map((item) => inherit(arg, item)), call.range);
        },
    },
    distinct: {
        arity: [1, 1],
        impl(call) {
            const items = toList(call.args[0], 'the argument');
            call.work(items.length);
            return list(distinctItems(items), call.range);
        },
    },
    contains: {
        arity: [2, 2],
        unknowns: 'self',
        impl(call) {
            const [collection, value] = call.args;
            if (collection.kind === 'unknown' || value.kind === 'unknown')
                return call.unknown();
            let undecided = false;
            for (const item of toList(collection, 'the first argument')) {
                const same = equalNodes(item, value);
                if (same === true)
                    return scalar(true, call.range);
                if (same === undefined)
                    undecided = true;
            }
            return undecided ? call.unknown() : scalar(false, call.range);
        },
    },
    element: {
        arity: [2, 2],
        unknowns: 'self',
        impl(call) {
            const [collection, indexNode] = call.args;
            if (collection.kind === 'unknown' || indexNode.kind === 'unknown')
                return call.unknown();
            const items = toList(collection, 'the first argument');
            const index = toInteger(indexNode, 'the index');
            if (items.length === 0)
                throw new EvalError('cannot use element() with an empty list');
            if (index < 0)
                throw new EvalError('the index must not be negative');
            return inherit(collection, items[index % items.length]);
        },
    },
    index: {
        arity: [2, 2],
        impl(call) {
            const [collection, value] = call.args;
            const at = toList(collection, 'the first argument').findIndex((item) => equalNodes(item, value) === true);
            if (at < 0)
                throw new EvalError('the item was not found in the list');
            return scalar(at, call.range);
        },
    },
    slice: {
        arity: [3, 3],
        unknowns: 'self',
        impl(call) {
            const [collection, startNode, endNode] = call.args;
            if (call.args.some((arg) => arg.kind === 'unknown'))
                return call.unknown();
            const items = toList(collection, 'the first argument');
            const start = sliceIndex(startNode, 'the start index', items.length);
            const end = sliceIndex(endNode, 'the end index', items.length);
            if (start > end)
                throw new EvalError('the start index must not be greater than the end index');
            return list(items.slice(start, end).map((item) => inherit(collection, item)), call.range);
        },
    },
    reverse: {
        arity: [1, 1],
        unknowns: 'shallow',
        impl(call) {
            const [arg] = call.args;
            return list([...toList(arg, 'the argument')].reverse().map((item) => inherit(arg, item)), call.range);
        },
    },
    sort: {
        arity: [1, 1],
        impl(call) {
            const texts = toList(call.args[0], 'the argument').map((item) => toText(item, 'each element'));
            return list(texts.sort(compareText).map((text) => scalar(text, call.range)), call.range);
        },
    },
    compact: {
        arity: [1, 1],
        impl(call) {
            const kept = toList(call.args[0], 'the argument').filter((item) => !(item.kind === 'scalar' && (item.value === null || item.value === '')));
            return list(kept.map((item) => scalar(toText(item, 'each element'), item.range)), call.range);
        },
    },
    zipmap: {
        arity: [2, 2],
        unknowns: 'self',
        impl(call) {
            const [keysNode, valuesNode] = call.args;
            if (!isWhollyKnown(keysNode) || valuesNode.kind === 'unknown')
                return call.unknown();
            const keys = toList(keysNode, 'the keys').map((key) => toText(key, 'each key'));
            const values = toList(valuesNode, 'the values');
            if (keys.length !== values.length) {
                throw new EvalError(`there are ${keys.length} keys but ${values.length} values`);
            }
            return object(keys.map((name, i) => ({ name, keyRange: call.range, node: inherit(valuesNode, values[i]) })), call.range);
        },
    },
    setunion: {
        arity: [1, VARIADIC],
        impl: (call) => setOperation(call, (sets) => sets.flat()),
    },
    setintersection: {
        arity: [1, VARIADIC],
        impl: (call) => setOperation(call, ([first, ...rest]) => {
            const inAll = rest.map(memberOf);
            return first.filter((item) => inAll.every((inSet) => inSet(item)));
        }),
    },
    setsubtract: {
        arity: [2, 2],
        impl: (call) => setOperation(call, ([first, second]) => {
            const inSecond = memberOf(second);
            return first.filter((item) => !inSecond(item));
        }),
    },
    setproduct: {
        arity: [1, VARIADIC],
        impl(call) {
            const sets = call.args.map((arg, i) => toList(arg, `argument ${i + 1}`));
            const size = sets.reduce((n, set) => n * set.length, 1);
            if (size > MAX_PRODUCT_LENGTH)
                throw new EvalError(`the product has more than ${MAX_PRODUCT_LENGTH} elements`);
            call.work(size);
            let combos = [[]];
            for (const set of sets)
                combos = combos.flatMap((combo) => set.map((item) => [...combo, item]));
            return list(combos.map((combo) => list(combo, call.range)), call.range);
        },
    },
    chunklist: {
        arity: [2, 2],
        unknowns: 'self',
        impl(call) {
            const [collection, sizeNode] = call.args;
            if (collection.kind === 'unknown' || sizeNode.kind === 'unknown')
                return call.unknown();
            const items = toList(collection, 'the first argument');
            const size = toInteger(sizeNode, 'the chunk size');
            if (size < 0)
                throw new EvalError('the chunk size must not be negative');
            if (size === 0)
                return list([list(items, call.range)], call.range);
            const chunks = [];
            for (let i = 0; i < items.length; i += size)
                chunks.push(list(items.slice(i, i + size), call.range));
            return list(chunks, call.range);
        },
    },
    one: {
        arity: [1, 1],
        unknowns: 'self',
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'unknown')
                return call.unknown();
            const items = toList(arg, 'the argument');
            if (items.length > 1)
                throw new EvalError(`the list must have no more than one element, not ${items.length}`);
            return items.length === 0 ? scalar(null, call.range) : inherit(arg, items[0]);
        },
    },
    alltrue: { arity: [1, 1], unknowns: 'self', impl: (call) => allOrAny(call, false) },
    anytrue: { arity: [1, 1], unknowns: 'self', impl: (call) => allOrAny(call, true) },
    range: {
        arity: [1, 3],
        impl(call) {
            const numbers = call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`));
            const [start, limit] = numbers.length === 1 ? [0, numbers[0]] : [numbers[0], numbers[1]];
            const step = numbers[2] ?? (start <= limit ? 1 : -1);
            if (step === 0) {
                if (start === limit)
                    return list([], call.range);
                throw new EvalError('the step must not be zero');
            }
            if ((step > 0 && start > limit) || (step < 0 && start < limit))
                return list([], call.range);
            const count = Math.ceil((limit - start) / step);
            if (count > MAX_RANGE_LENGTH) {
                throw new EvalError(`more than ${MAX_RANGE_LENGTH} values were generated; use a smaller range`);
            }
            call.work(count);
            return list(Array.from({ length: count }, (_, i) => scalar(start + i * step, call.range)), call.range);
        },
    },
    sum: {
        arity: [1, 1],
        impl(call) {
            const items = toList(call.args[0], 'the argument');
            if (items.length === 0)
                throw new EvalError('cannot sum an empty list');
            return scalar(items.reduce((total, item) => total + toNumber(item, 'each element'), 0), call.range);
        },
    },
    min: { arity: [1, VARIADIC], impl: (call) => scalar(Math.min(...numbersOf(call)), call.range) },
    max: { arity: [1, VARIADIC], impl: (call) => scalar(Math.max(...numbersOf(call)), call.range) },
    transpose: {
        arity: [1, 1],
        impl(call) {
            const groups = new Map();
            for (const entry of sortedEntries(toObject(call.args[0], 'the argument'))) {
                for (const value of toList(entry.node, `the value of "${entry.name}"`)) {
                    const key = toText(value, 'each element');
                    groups.set(key, [...(groups.get(key) ?? []), entry.name]);
                }
            }
            return object([...groups].map(([name, values]) => ({
                name,
                keyRange: call.range,
                node: list(values.map((v) => scalar(v, call.range)), call.range),
            })), call.range);
        },
    },
    matchkeys: {
        arity: [3, 3],
        impl(call) {
            const [values, keys, search] = call.args.map((arg, i) => toList(arg, `argument ${i + 1}`));
            if (values.length !== keys.length)
                throw new EvalError('the values and keys lists must have the same length');
            const inSearch = memberOf(search);
            return list(values.filter((_, i) => inSearch(keys[i])), call.range);
        },
    },
};

// EXTERNAL MODULE: ./src/model/hash.ts
var hash = __webpack_require__(6817);
// EXTERNAL MODULE: ./src/model/libraries.ts
var libraries = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/encoding.ts





const encoding_text = (call, i = 0) => toText(call.args[i], `argument ${i + 1}`);
/** Plain data for the YAML writer: objects become Maps in key order, so no key is special. */
function toPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'array':
            return node.items.map(toPlain);
        case 'object':
            return new Map(sortedEntries(node).map((entry) => [entry.name, toPlain(entry.node)]));
        case 'unknown':
            throw new EvalError('cannot encode an unknown value');
    }
}
function decoded(call, value) {
    return (0,model_node/* jsonToNode */.iH)(value, call.range);
}
function encoding_hash(algorithm, encoding) {
    return {
        arity: [1, 1],
        impl: (call) => scalar((0,hash/* createHash */.n)(algorithm).update(encoding_text(call), 'utf8').digest(encoding), call.range),
    };
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const encodingFunctions = {
    jsonencode: {
        arity: [1, 1],
        impl: (call) => scalar(jsonText(call.args[0]), call.range),
    },
    jsondecode: {
        arity: [1, 1],
        impl(call) {
            const source = encoding_text(call);
            call.work(source.length / 16);
            let value;
            try {
                value = JSON.parse(source);
            }
            catch (error) {
                throw new EvalError(`invalid JSON: ${error.message}`);
            }
            return decoded(call, value);
        },
    },
    yamlencode: {
        arity: [1, 1],
        impl(call) {
            const out = (0,libraries/* yamlLibrary */.Tj)().stringify(toPlain(call.args[0]), {
                defaultStringType: 'QUOTE_DOUBLE',
                defaultKeyType: null,
                indentSeq: false,
                lineWidth: 0,
                aliasDuplicateObjects: false,
            });
            return scalar(checkedString(out), call.range);
        },
    },
    yamldecode: {
        arity: [1, 1],
        impl(call) {
            const source = encoding_text(call);
            call.work(source.length / 16);
            const documents = (0,libraries/* yamlLibrary */.Tj)().parseAllDocuments(source);
            if (!Array.isArray(documents) || documents.length !== 1) {
                throw new EvalError('the YAML must hold exactly one document');
            }
            const [document] = documents;
            if (document.errors.length > 0)
                throw new EvalError(`invalid YAML: ${document.errors[0].message}`);
            return decoded(call, document.toJS({ maxAliasCount: 100 }));
        },
    },
    base64encode: {
        arity: [1, 1],
        impl: (call) => scalar(checkedString(Buffer.from(encoding_text(call), 'utf8').toString('base64')), call.range),
    },
    base64decode: {
        arity: [1, 1],
        impl(call) {
            const source = encoding_text(call);
            if (!BASE64.test(source))
                throw new EvalError('the argument is not valid base64');
            try {
                return scalar(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(source, 'base64')), call.range);
            }
            catch {
                throw new EvalError('the decoded bytes are not valid UTF-8');
            }
        },
    },
    urlencode: {
        arity: [1, 1],
        impl(call) {
            // Go's url.QueryEscape: spaces become `+`, everything but letters, digits and `-_.~` is escaped.
            const encoded = encodeURIComponent(encoding_text(call))
                .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
                .replace(/%20/g, '+');
            return scalar(encoded, call.range);
        },
    },
    md5: encoding_hash('md5', 'hex'),
    sha1: encoding_hash('sha1', 'hex'),
    sha256: encoding_hash('sha256', 'hex'),
    sha512: encoding_hash('sha512', 'hex'),
    base64sha256: encoding_hash('sha256', 'base64'),
    base64sha512: encoding_hash('sha512', 'base64'),
    uuid: { arity: [0, 0], unknowns: 'self', impl: (call) => call.unknown('random at apply') },
    bcrypt: { arity: [1, 2], unknowns: 'self', impl: (call) => call.unknown('random at apply') },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/file.ts

/** Reads a file through the context; unknown (not an error) when it cannot be read, as the scan may not see it. */
function readFileArg(call) {
    const path = toText(call.args[0], 'the path');
    const read = call.context.readFile;
    if (!read)
        return call.unknown(`${call.name}() reads files, which this scan does not`);
    let content;
    try {
        content = read(path);
    }
    catch {
        content = undefined;
    }
    if (content === undefined)
        return call.unknown(`the file "${path}" could not be read`);
    return checkedString(content);
}
/** Go's filepath.Clean for slash-separated paths. */
function clean(path) {
    if (path === '')
        return '.';
    const rooted = path.startsWith('/');
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
/** Go's filepath.Base: the last element, ignoring trailing slashes. */
function basename(path) {
    if (path === '')
        return '.';
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/** Go's filepath.Dir: everything before the last slash, cleaned. */
function dirname(path) {
    return clean(path.slice(0, path.lastIndexOf('/') + 1));
}
const fileFunctions = {
    file: {
        arity: [1, 1],
        impl(call) {
            const content = readFileArg(call);
            return typeof content === 'string' ? scalar(content, call.range) : content;
        },
    },
    filebase64: {
        arity: [1, 1],
        impl(call) {
            const content = readFileArg(call);
            return typeof content === 'string'
                ? scalar(Buffer.from(content, 'utf8').toString('base64'), call.range)
                : content;
        },
    },
    fileexists: {
        arity: [1, 1],
        impl(call) {
            const content = readFileArg(call);
            // A file the scan cannot read may still exist where Terraform runs.
            return typeof content === 'string' ? scalar(true, call.range) : content;
        },
    },
    basename: { arity: [1, 1], impl: (call) => scalar(basename(toText(call.args[0], 'the path')), call.range) },
    dirname: { arity: [1, 1], impl: (call) => scalar(dirname(toText(call.args[0], 'the path')), call.range) },
    abspath: {
        arity: [1, 1],
        impl: (call) => call.unknown('abspath() depends on the directory Terraform runs in'),
    },
    pathexpand: {
        arity: [1, 1],
        impl(call) {
            const path = toText(call.args[0], 'the path');
            if (path === '~' || path.startsWith('~/'))
                return call.unknown("pathexpand() depends on the user's home directory");
            if (path.startsWith('~'))
                throw new EvalError("cannot expand a path with another user's home directory");
            return scalar(path, call.range);
        },
    },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/network.ts

function parseIPv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part) || Number(part) > 255)
            return undefined;
        value = (value << 8n) | BigInt(Number(part));
    }
    return value;
}
function parseIPv6(text) {
    let body = text;
    let tail = [];
    // An embedded IPv4 address fills the last two groups.
    const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
    if (v4) {
        const low = parseIPv4(v4[2]);
        if (low === undefined)
            return undefined;
        body = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
        tail = [low >> 16n, low & 0xffffn];
    }
    const halves = body.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = (half) => (half === '' ? [] : half.split(':'));
    const head = groups(halves[0]);
    const rest = halves.length === 2 ? groups(halves[1]) : [];
    const words = [...head, ...rest].map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? BigInt(`0x${g}`) : undefined));
    if (words.some((w) => w === undefined))
        return undefined;
    const fill = 8 - words.length - tail.length;
    if (halves.length === 2 ? fill < 1 : fill !== 0)
        return undefined;
    const all = [
        ...words.slice(0, head.length),
        ...Array(fill).fill(0n),
        ...words.slice(head.length),
        ...tail,
    ];
    return all.reduce((value, word) => (value << 16n) | word, 0n);
}
const maskOf = (bits, prefix) => ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
function parseNetwork(text) {
    const slash = text.indexOf('/');
    const prefixText = text.slice(slash + 1);
    const ip = text.slice(0, slash);
    const v4 = slash > 0 ? parseIPv4(ip) : undefined;
    const v6 = slash > 0 && v4 === undefined ? parseIPv6(ip) : undefined;
    const bits = v4 !== undefined ? 32 : 128;
    const prefix = Number(prefixText);
    if ((v4 === undefined && v6 === undefined) || !/^\d{1,3}$/.test(prefixText) || prefix > bits) {
        throw new EvalError(`"${text}" is not a valid CIDR prefix`);
    }
    return { bits, prefix, address: (v4 ?? v6) & maskOf(bits, prefix) };
}
/** Go's net.IP String(): dotted IPv4, or IPv6 with the longest run of zero groups as `::`. */
function formatAddress(bits, address) {
    if (bits === 32)
        return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join('.');
    const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - i * 16)) & 0xffffn));
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength)
            [bestStart, bestLength] = [i, j - i];
        i = j;
    }
    const hex = (from, to) => groups
        .slice(from, to)
        .map((g) => g.toString(16))
        .join(':');
    if (bestStart < 0)
        return hex(0, 8);
    return `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}
function subnet(network, newBits, netNumber) {
    const prefix = network.prefix + newBits;
    if (newBits < 0 || prefix > network.bits) {
        throw new EvalError(`cannot extend a /${network.prefix} prefix by ${newBits} bits`);
    }
    if (netNumber < 0 || BigInt(netNumber) >= 1n << BigInt(newBits)) {
        throw new EvalError(`the network number ${netNumber} does not fit in ${newBits} bits`);
    }
    return {
        ...network,
        prefix,
        address: network.address | (BigInt(netNumber) << BigInt(network.bits - prefix)),
    };
}
const cidrText = (n) => `${formatAddress(n.bits, n.address)}/${n.prefix}`;
const networkFunctions = {
    cidrsubnet: {
        arity: [3, 3],
        impl(call) {
            const network = parseNetwork(toText(call.args[0], 'the prefix'));
            const result = subnet(network, toInteger(call.args[1], 'newbits'), toInteger(call.args[2], 'netnum'));
            return scalar(cidrText(result), call.range);
        },
    },
    cidrhost: {
        arity: [2, 2],
        impl(call) {
            const network = parseNetwork(toText(call.args[0], 'the prefix'));
            const size = 1n << BigInt(network.bits - network.prefix);
            const requested = BigInt(toInteger(call.args[1], 'hostnum'));
            const host = requested < 0n ? size + requested : requested;
            if (host < 0n || host >= size) {
                throw new EvalError(`the host number ${requested} does not fit in the /${network.prefix} prefix`);
            }
            return scalar(formatAddress(network.bits, network.address | host), call.range);
        },
    },
    cidrnetmask: {
        arity: [1, 1],
        impl(call) {
            const network = parseNetwork(toText(call.args[0], 'the prefix'));
            if (network.bits !== 32)
                throw new EvalError('only IPv4 networks have a netmask');
            return scalar(formatAddress(32, maskOf(32, network.prefix)), call.range);
        },
    },
    cidrsubnets: {
        arity: [1, Infinity],
        impl(call) {
            const network = parseNetwork(toText(call.args[0], 'the prefix'));
            const all = (1n << BigInt(network.bits)) - 1n;
            const lengths = call.args.slice(1).map((arg) => network.prefix + toInteger(arg, 'newbits'));
            const out = [];
            // Each subnet follows the previous one, aligned to its own size (as Terraform's cidrsubnets does).
            let current;
            for (const length of lengths) {
                if (length < network.prefix || length > network.bits)
                    throw new EvalError('invalid newbits');
                let start;
                if (!current) {
                    start = network.address;
                }
                else {
                    const last = current.address | (all ^ maskOf(network.bits, current.prefix));
                    const lastOfNew = (last & maskOf(network.bits, length)) | (all ^ maskOf(network.bits, length));
                    start = (lastOfNew + 1n) & all;
                    if (start === 0n)
                        throw new EvalError('not enough remaining address space');
                }
                if ((start & maskOf(network.bits, network.prefix)) !== network.address) {
                    throw new EvalError('not enough remaining address space');
                }
                current = { bits: network.bits, prefix: length, address: start };
                out.push(cidrText(current));
            }
            return list(out.map((text) => scalar(text, call.range)), call.range);
        },
    },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/numeric.ts

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function numeric(arity, fn) {
    return {
        arity: [arity, arity],
        impl(call) {
            const result = fn(...call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`)));
            if (!Number.isFinite(result))
                throw new EvalError('the result is not a finite number');
            return scalar(result, call.range);
        },
    };
}
/** parseint(): Go's strconv.ParseInt digits for bases 2 to 62 (lower case first, then upper case). */
function parseInteger(input, base) {
    if (base < 2 || base > 62)
        throw new EvalError('the base must be between 2 and 62');
    const match = /^([-+]?)(.+)$/s.exec(input);
    if (!match)
        throw new EvalError(`cannot parse "${input}" as a base ${base} integer`);
    const alphabet = DIGITS.slice(0, base);
    let value = 0;
    for (const c of match[2]) {
        const digit = alphabet.indexOf(base <= 36 ? c.toLowerCase() : c);
        if (digit < 0)
            throw new EvalError(`cannot parse "${input}" as a base ${base} integer`);
        value = value * base + digit;
    }
    return match[1] === '-' ? -value : value;
}
const numericFunctions = {
    abs: numeric(1, Math.abs),
    ceil: numeric(1, Math.ceil),
    floor: numeric(1, Math.floor),
    signum: numeric(1, (n) => Math.sign(n)),
    pow: numeric(2, Math.pow),
    log: numeric(2, (n, base) => Math.log(n) / Math.log(base)),
    parseint: {
        arity: [2, 2],
        impl: (call) => scalar(parseInteger(toText(call.args[0], 'the number'), toInteger(call.args[1], 'the base')), call.range),
    },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/format.ts


/** Widths and precisions beyond this are refused (they would only build huge strings). */
const MAX_WIDTH = 10_000;
const VERB = /%(?:\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])/y;
/** Terraform's format(): Go's verbs over Terraform values (`%s %d %q %v %#v %t %f %e %g %x %X %o %b %%`). */
function formatValues(spec, args) {
    let out = '';
    let next = 0;
    let i = 0;
    while (i < spec.length) {
        const percent = spec.indexOf('%', i);
        if (percent < 0) {
            out += spec.slice(i);
            break;
        }
        out += spec.slice(i, percent);
        VERB.lastIndex = percent;
        const match = VERB.exec(spec);
        if (!match)
            throw new EvalError(`invalid format verb at offset ${percent}`);
        i = VERB.lastIndex;
        const [, explicit, flags, widthText, precisionText, verb] = match;
        if (verb === '%') {
            out += '%';
            continue;
        }
        if (explicit !== undefined)
            next = Number(explicit) - 1;
        if (next < 0 || next >= args.length)
            throw new EvalError(`not enough arguments for format verb %${verb}`);
        const width = widthText === undefined ? undefined : Number(widthText);
        const precision = precisionText === undefined ? undefined : Number(precisionText || '0');
        if ((width ?? 0) > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH)
            throw new EvalError('format width is too large');
        out += formatOne(args[next], { flags, width, precision, verb });
        next++;
        checkedString(out);
    }
    if (next < args.length && !/%\[\d+\]/.test(spec)) {
        throw new EvalError(`too many arguments; no verb for argument ${next + 1}`);
    }
    return out;
}
function formatOne(arg, v) {
    if (arg.kind === 'scalar' && arg.value === null && v.verb !== 'v') {
        throw new EvalError(`null cannot be formatted with %${v.verb}`);
    }
    switch (v.verb) {
        case 'v':
            if (v.flags.includes('#'))
                return pad(jsonText(arg), v);
            if (arg.kind === 'scalar')
                return pad(arg.value === null ? 'null' : toText(arg, 'the value'), v);
            return pad(jsonText(arg), v);
        case 's': {
            const text = toText(arg, 'the value for %s');
            return pad(v.precision === undefined ? text : [...text].slice(0, v.precision).join(''), v);
        }
        case 'q':
            return pad(JSON.stringify(toText(arg, 'the value for %q')), v);
        case 't':
            return pad(toBool(arg, 'the value for %t') ? 'true' : 'false', v);
        case 'd':
            return padNumber(String(Math.abs(toInteger(arg, 'the value for %d'))), toNumber(arg, ''), v);
        case 'b':
        case 'o':
        case 'x':
        case 'X': {
            if (arg.kind === 'scalar' && typeof arg.value === 'string' && (v.verb === 'x' || v.verb === 'X')) {
                const hex = Buffer.from(arg.value, 'utf8').toString('hex');
                return pad(v.verb === 'X' ? hex.toUpperCase() : hex, v);
            }
            const n = toInteger(arg, `the value for %${v.verb}`);
            const radix = v.verb === 'b' ? 2 : v.verb === 'o' ? 8 : 16;
            let digits = Math.abs(n).toString(radix);
            if (v.verb === 'X')
                digits = digits.toUpperCase();
            if (v.flags.includes('#') && v.verb !== 'b')
                digits = (v.verb === 'o' ? '0' : v.verb === 'x' ? '0x' : '0X') + digits;
            return padNumber(digits, n, v);
        }
        case 'f':
        case 'F': {
            const n = toNumber(arg, 'the value for %f');
            return padNumber(Math.abs(n).toFixed(Math.min(v.precision ?? 6, 100)), n, v);
        }
        case 'e':
        case 'E': {
            const n = toNumber(arg, 'the value for %e');
            const text = goExponent(Math.abs(n).toExponential(Math.min(v.precision ?? 6, 100)));
            return padNumber(v.verb === 'E' ? text.toUpperCase() : text, n, v);
        }
        case 'g':
        case 'G': {
            const n = toNumber(arg, 'the value for %g');
            return padNumber(shortestG(Math.abs(n), v.precision), n, v);
        }
        default:
            throw new EvalError(`unsupported format verb %${v.verb}`);
    }
}
/** Go writes at least two exponent digits: `1e+06`. */
function goExponent(text) {
    return text.replace(/e([+-])(\d)$/, 'e$10$2');
}
function shortestG(n, precision) {
    if (n === 0)
        return '0';
    const exponent = Math.floor(Math.log10(n));
    const limit = precision ?? 6;
    if (exponent < -4 || exponent >= (precision === undefined ? 21 : limit)) {
        const text = precision === undefined ? n.toExponential() : n.toExponential(Math.max(0, limit - 1));
        return goExponent(text.replace(/\.?0+e/, 'e'));
    }
    return precision === undefined ? formatNumber(n) : String(Number(n.toPrecision(Math.max(1, limit))));
}
function pad(text, v) {
    const width = v.width ?? 0;
    const length = [...text].length;
    if (length >= width)
        return text;
    const fill = ' '.repeat(width - length);
    return v.flags.includes('-') ? text + fill : fill + text;
}
function padNumber(digits, value, v) {
    const sign = value < 0 ? '-' : v.flags.includes('+') ? '+' : v.flags.includes(' ') ? ' ' : '';
    const width = v.width ?? 0;
    if (v.flags.includes('0') && !v.flags.includes('-') && sign.length + digits.length < width) {
        return sign + digits.padStart(width - sign.length, '0');
    }
    return pad(sign + digits, v);
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/regex.ts

/**
 * Terraform's regular expressions are RE2: linear time, `(?P<name>)` groups, `(?i)` flags, POSIX classes.
 * This translates the common subset into a JavaScript RegExp. JavaScript backtracks, so a pattern with a
 * quantified group that itself repeats or alternates (`(a+)+`, `(a|a)*`) is only run on short input.
 */
const RISKY_INPUT_LENGTH = 24;
const POSIX_CLASSES = {
    alnum: '0-9A-Za-z',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7F',
    blank: '\\t ',
    cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9',
    graph: '!-~',
    lower: 'a-z',
    print: ' -~',
    punct: '!-/:-@[-`{-~',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: '0-9A-Za-z_',
    xdigit: '0-9A-Fa-f',
};
const cache = new Map();
function compilePattern(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    let source = pattern;
    let flags = 'g';
    const leading = /^\(\?([imsU]+)\)/.exec(source);
    if (leading) {
        if (leading[1].includes('U'))
            throw new EvalError('the (?U) flag is not supported');
        flags += leading[1];
        source = source.slice(leading[0].length);
    }
    source = source
        .replace(/\(\?P</g, '(?<')
        .replace(/\\A/g, '(?<![\\s\\S])')
        .replace(/\\z/g, '(?![\\s\\S])')
        .replace(/\[:(\^?)([a-z]+):\]/g, (match, negate, name) => {
        const set = POSIX_CLASSES[name];
        if (!set)
            return match;
        return negate ? `^${set}` : set;
    });
    if (/\\[pP]/.test(source))
        flags += 'u';
    let regexp;
    try {
        regexp = new RegExp(source, flags);
    }
    catch (error) {
        throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${error.message}`);
    }
    const compiled = { regexp, risky: isRisky(source) };
    if (cache.size > 500)
        cache.clear();
    cache.set(pattern, compiled);
    return compiled;
}
/** A group that repeats or alternates inside, followed by a quantifier. */
function isRisky(source) {
    const stack = [];
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            // Skip the character class.
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
            continue;
        }
        if (c === '(')
            stack.push(false);
        else if (c === ')') {
            const repeats = stack.pop() ?? false;
            const next = source[i + 1];
            if (repeats && (next === '*' || next === '+' || next === '{'))
                return true;
            if (stack.length > 0)
                stack[stack.length - 1] ||= repeats;
        }
        else if ((c === '*' || c === '+' || c === '{' || c === '|') && stack.length > 0) {
            stack[stack.length - 1] = true;
        }
    }
    return false;
}
/** Runs `regexp` over `input` after checking that it cannot run away. */
function guardedPattern(pattern, input) {
    const compiled = compilePattern(pattern);
    if (compiled.risky && input.length > RISKY_INPUT_LENGTH) {
        throw new EvalLimitError('the regular expression could take exponential time in JavaScript');
    }
    compiled.regexp.lastIndex = 0;
    return compiled.regexp;
}
function captureGroupCount(regexp) {
    return (new RegExp(`${regexp.source}|`, regexp.flags.replace('g', '')).exec('').length - 1);
}
/** Expands Go's replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`) for one match. */
function expandReplacement(template, match) {
    return template.replace(/\$(?:\$|\{(\w+)\}|(\w+))/g, (whole, braced, bare) => {
        const name = braced ?? bare;
        if (name === undefined)
            return '$';
        if (/^\d+$/.test(name))
            return match[Number(name)] ?? '';
        return match.groups?.[name] ?? '';
    });
}
/** Replaces every match, as Go's ReplaceAllString does, with a size limit on the result. */
function replaceAll(input, pattern, template) {
    const regexp = guardedPattern(pattern, input);
    let out = '';
    let last = 0;
    for (const match of input.matchAll(regexp)) {
        out += input.slice(last, match.index) + expandReplacement(template, match);
        last = match.index + match[0].length;
        if (out.length > MAX_STRING_LENGTH)
            throw new EvalError('the result is too long');
    }
    return out + input.slice(last);
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/string.ts



const string_VARIADIC = Infinity;
/** The longest indentation indent() adds. */
const MAX_INDENT = 10_000;
const string_text = (call, i, what = `argument ${i + 1}`) => toText(call.args[i], what);
function stringFunction(arity, fn) {
    return {
        arity: [arity, arity],
        impl(call) {
            const result = fn(...call.args.map((_, i) => string_text(call, i)));
            return scalar(typeof result === 'string' ? checkedString(result) : result, call.range);
        },
    };
}
/** Go's strings.Title: a letter after a separator (anything but a letter, digit or `_`) is upper-cased. */
function title(input) {
    let previous = ' ';
    let out = '';
    for (const c of input) {
        out += isSeparator(previous) ? c.toUpperCase() : c;
        previous = c;
    }
    return out;
}
function isSeparator(c) {
    if (/[\p{L}\p{N}_]/u.test(c))
        return false;
    if (c.charCodeAt(0) <= 0x7f)
        return true;
    return /\s/u.test(c);
}
function trimSet(input, cutset) {
    const cut = new Set(cutset);
    const chars = [...input];
    let start = 0;
    let end = chars.length;
    while (start < end && cut.has(chars[start]))
        start++;
    while (end > start && cut.has(chars[end - 1]))
        end--;
    return chars.slice(start, end).join('');
}
/** Go's strings.Replace with an empty `old` inserts the replacement around every character. */
function replaceText(input, search, replacement) {
    if (search.length >= 2 && search.startsWith('/') && search.endsWith('/')) {
        return replaceAll(input, search.slice(1, -1), replacement);
    }
    const pieces = search === '' ? ['', ...input, ''] : input.split(search);
    const size = input.length + (pieces.length - 1) * (replacement.length - search.length);
    if (size > MAX_STRING_LENGTH)
        throw new EvalError('the result is too long');
    return pieces.join(replacement);
}
/** regex()/regexall() result for one match: the match, a list of groups, or a map of named groups. */
function captures(call, match, groupCount) {
    if (match.groups && Object.keys(match.groups).length > 0) {
        return object(Object.entries(match.groups).map(([name, value]) => ({
            name,
            keyRange: call.range,
            node: scalar(value ?? '', call.range),
        })), call.range);
    }
    if (groupCount === 0)
        return scalar(match[0], call.range);
    return list(match.slice(1).map((value) => scalar(value ?? '', call.range)), call.range);
}
function substring(input, offset, length) {
    const chars = graphemes(input);
    let start = offset < 0 ? chars.length + offset : offset;
    start = Math.max(0, Math.min(start, chars.length));
    if (length < -1)
        throw new EvalError('the length must be -1 or greater');
    const end = length === -1 ? chars.length : Math.min(chars.length, start + length);
    return chars.slice(start, end).join('');
}
const stringFunctions = {
    join: {
        arity: [2, string_VARIADIC],
        impl(call) {
            const separator = string_text(call, 0, 'the separator');
            const items = call.args.slice(1).flatMap((arg, i) => toList(arg, `argument ${i + 2}`));
            const parts = items.map((item) => {
                if (item.kind === 'scalar' && item.value === null)
                    throw new EvalError('cannot join a null element');
                return toText(item, 'each element');
            });
            const size = parts.reduce((n, part) => n + part.length + separator.length, 0);
            if (size > MAX_STRING_LENGTH)
                throw new EvalError('the result is too long');
            return scalar(parts.join(separator), call.range);
        },
    },
    split: {
        arity: [2, 2],
        impl(call) {
            const separator = string_text(call, 0, 'the separator');
            const input = string_text(call, 1);
            const parts = separator === '' ? [...input] : input.split(separator);
            call.work(parts.length);
            return list(parts.map((part) => scalar(part, call.range)), call.range);
        },
    },
    lower: stringFunction(1, (s) => s.toLowerCase()),
    upper: stringFunction(1, (s) => s.toUpperCase()),
    title: stringFunction(1, title),
    trimspace: stringFunction(1, (s) => s.trim()),
    trim: stringFunction(2, trimSet),
    trimprefix: stringFunction(2, (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
    trimsuffix: stringFunction(2, (s, suffix) => suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s),
    startswith: stringFunction(2, (s, prefix) => s.startsWith(prefix)),
    endswith: stringFunction(2, (s, suffix) => s.endsWith(suffix)),
    strcontains: stringFunction(2, (s, part) => s.includes(part)),
    replace: stringFunction(3, replaceText),
    strrev: stringFunction(1, (s) => graphemes(s).reverse().join('')),
    chomp: stringFunction(1, (s) => s.replace(/[\r\n]+$/, '')),
    indent: {
        arity: [2, 2],
        impl(call) {
            const spaces = toInteger(call.args[0], 'the number of spaces');
            if (spaces < 0 || spaces > MAX_INDENT)
                throw new EvalError(`the number of spaces must be 0 to ${MAX_INDENT}`);
            const input = string_text(call, 1);
            const lines = input.split('\n').length;
            if (input.length + lines * spaces > MAX_STRING_LENGTH)
                throw new EvalError('the result is too long');
            return scalar(input.replaceAll('\n', `\n${' '.repeat(spaces)}`), call.range);
        },
    },
    substr: {
        arity: [3, 3],
        impl(call) {
            const offset = toInteger(call.args[1], 'the offset');
            const length = toInteger(call.args[2], 'the length');
            return scalar(substring(string_text(call, 0), offset, length), call.range);
        },
    },
    regex: {
        arity: [2, 2],
        impl(call) {
            const input = string_text(call, 1);
            const regexp = guardedPattern(string_text(call, 0, 'the pattern'), input);
            const match = regexp.exec(input);
            if (!match)
                throw new EvalError('the pattern did not match the string');
            return captures(call, match, captureGroupCount(regexp));
        },
    },
    regexall: {
        arity: [2, 2],
        impl(call) {
            const input = string_text(call, 1);
            const regexp = guardedPattern(string_text(call, 0, 'the pattern'), input);
            const groupCount = captureGroupCount(regexp);
            const matches = [...input.matchAll(regexp)];
            call.work(matches.length);
            return list(matches.map((match) => captures(call, match, groupCount)), call.range);
        },
    },
    format: {
        arity: [1, string_VARIADIC],
        impl: (call) => scalar(formatValues(string_text(call, 0, 'the format'), call.args.slice(1)), call.range),
    },
    formatlist: {
        arity: [1, string_VARIADIC],
        impl(call) {
            const spec = string_text(call, 0, 'the format');
            const args = call.args.slice(1);
            const lengths = args
                .filter((arg) => arg.kind === 'array')
                .map((arg) => (arg.kind === 'array' ? arg.items.length : 0));
            if (lengths.some((n) => n !== lengths[0]))
                throw new EvalError('all list arguments must have the same length');
            const count = lengths.length === 0 ? 1 : lengths[0];
            call.work(count);
            const rows = Array.from({ length: count }, (_, row) => scalar(formatValues(spec, args.map((arg) => (arg.kind === 'array' ? arg.items[row] : arg))), call.range));
            return list(rows, call.range);
        },
    },
};

// EXTERNAL MODULE: ./src/sources/arm/expressions/datetime.ts
var datetime = __webpack_require__(3710);
;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/time.ts


const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (!m)
        throw new EvalError(`"${text}" is not a valid RFC 3339 timestamp`);
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
    const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
    const local = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
    const check = new Date(local);
    if (month < 1 ||
        check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day ||
        hour > 23 ||
        minute > 59 ||
        second > 59 ||
        Number(m[10] ?? 0) > 23 ||
        Number(m[11] ?? 0) > 59) {
        throw new EvalError(`"${text}" is not a valid RFC 3339 timestamp`);
    }
    return { epochMs: local - offsetMinutes * 60_000, offsetMinutes };
}
const two = (n) => String(n).padStart(2, '0');
function offsetText(minutes, colon) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${two(Math.floor(abs / 60))}${colon ? ':' : ''}${two(abs % 60)}`;
}
/** Go's time.RFC3339 layout: seconds precision, `Z` for a zero offset. */
function formatTimestamp(t) {
    const local = new Date(t.epochMs + t.offsetMinutes * 60_000);
    const year = local.getUTCFullYear();
    if (!(year >= 0 && year <= 9999))
        throw new EvalError('the timestamp is out of range');
    const date = `${String(year).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
    const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
    return `${date}T${time}${t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true)}`;
}
const DURATION_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** Go's time.ParseDuration ("8760h", "30m", "-1h30m", "1.5s"), in milliseconds. */
function parseDuration(text) {
    const m = /^([-+]?)(.*)$/s.exec(text);
    const body = m[2];
    if (body === '0')
        return 0;
    const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    while (at < body.length) {
        part.lastIndex = at;
        const unit = part.exec(body);
        if (!unit)
            break;
        total += Number(unit[1]) * DURATION_UNITS[unit[2]];
        at = part.lastIndex;
    }
    if (body === '' || at !== body.length)
        throw new EvalError(`"${text}" is not a valid duration`);
    return m[1] === '-' ? -total : total;
}
/** formatdate(): Terraform's own spec language (YYYY, MMM, DD, EEE, hh, HH, AA, mm, ss, ZZZZZ, 'quoted'). */
function formatDate(spec, t) {
    const local = new Date(t.epochMs + t.offsetMinutes * 60_000);
    const hour = local.getUTCHours();
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    const tokens = {
        YYYY: () => String(local.getUTCFullYear()).padStart(4, '0'),
        YY: () => two(local.getUTCFullYear() % 100),
        MMMM: () => datetime/* MONTH_NAMES */.oy[local.getUTCMonth()],
        MMM: () => datetime/* MONTH_NAMES */.oy[local.getUTCMonth()].slice(0, 3),
        MM: () => two(local.getUTCMonth() + 1),
        M: () => String(local.getUTCMonth() + 1),
        DD: () => two(local.getUTCDate()),
        D: () => String(local.getUTCDate()),
        EEEE: () => datetime/* DAY_NAMES */.yn[local.getUTCDay()],
        EEE: () => datetime/* DAY_NAMES */.yn[local.getUTCDay()].slice(0, 3),
        hh: () => two(hour),
        h: () => String(hour),
        HH: () => two(hour12),
        H: () => String(hour12),
        AA: () => (hour < 12 ? 'AM' : 'PM'),
        aa: () => (hour < 12 ? 'am' : 'pm'),
        mm: () => two(local.getUTCMinutes()),
        m: () => String(local.getUTCMinutes()),
        ss: () => two(local.getUTCSeconds()),
        s: () => String(local.getUTCSeconds()),
        ZZZZZ: () => offsetText(t.offsetMinutes, true),
        ZZZZ: () => offsetText(t.offsetMinutes, false),
        ZZZ: () => (t.offsetMinutes === 0 ? 'UTC' : offsetText(t.offsetMinutes, false)),
        Z: () => (t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true)),
    };
    let out = '';
    for (let i = 0; i < spec.length;) {
        const c = spec[i];
        if (c === "'") {
            // A quoted literal; inside it (and on its own) '' stands for one quote.
            if (spec[i + 1] === "'") {
                out += "'";
                i += 2;
                continue;
            }
            let j = i + 1;
            for (;;) {
                if (j >= spec.length)
                    throw new EvalError('the format has an unterminated quoted literal');
                if (spec[j] === "'" && spec[j + 1] === "'") {
                    out += "'";
                    j += 2;
                }
                else if (spec[j] === "'")
                    break;
                else
                    out += spec[j++];
            }
            i = j + 1;
            continue;
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i;
            while (spec[j] === c)
                j++;
            const token = spec.slice(i, j);
            const render = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
            if (!render)
                throw new EvalError(`"${token}" is not a valid date format token; quote literal letters`);
            out += render();
            i = j;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
function now(call) {
    const time = call.context.now.getTime();
    if (!Number.isFinite(time))
        throw new EvalError("the scan's clock is not a valid time");
    return formatTimestamp({ epochMs: Math.floor(time / 1000) * 1000, offsetMinutes: 0 });
}
const timeFunctions = {
    timestamp: { arity: [0, 0], impl: (call) => scalar(now(call), call.range) },
    plantimestamp: { arity: [0, 0], impl: (call) => scalar(now(call), call.range) },
    timeadd: {
        arity: [2, 2],
        impl(call) {
            const t = parseTimestamp(toText(call.args[0], 'the timestamp'));
            const duration = parseDuration(toText(call.args[1], 'the duration'));
            return scalar(formatTimestamp({ ...t, epochMs: t.epochMs + duration }), call.range);
        },
    },
    timecmp: {
        arity: [2, 2],
        impl(call) {
            const a = parseTimestamp(toText(call.args[0], 'the first timestamp')).epochMs;
            const b = parseTimestamp(toText(call.args[1], 'the second timestamp')).epochMs;
            return scalar(Math.sign(a - b), call.range);
        },
    },
    formatdate: {
        arity: [2, 2],
        impl: (call) => scalar(formatDate(toText(call.args[0], 'the format'), parseTimestamp(toText(call.args[1], 'the timestamp'))), call.range),
    },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/type.ts


const isNull = (node) => node.kind === 'scalar' && node.value === null;
function cannotConvert(node, to) {
    throw new EvalError(`cannot convert ${typeName(node)} to ${to}`);
}
function withoutSecure(node) {
    const copy = { ...node };
    delete copy.secure;
    if (copy.kind === 'array')
        copy.items = copy.items.map(withoutSecure);
    if (copy.kind === 'object') {
        copy.entries = new Map([...copy.entries].map(([key, entry]) => [key, { ...entry, node: withoutSecure(entry.node) }]));
    }
    return copy;
}
function isSecure(node) {
    if (node.secure)
        return true;
    if (node.kind === 'array')
        return node.items.some(isSecure);
    if (node.kind === 'object')
        return [...node.entries.values()].some((entry) => isSecure(entry.node));
    return false;
}
const typeFunctions = {
    tostring: {
        arity: [1, 1],
        impl(call) {
            const [arg] = call.args;
            if (isNull(arg))
                return scalar(null, call.range);
            if (arg.kind !== 'scalar')
                cannotConvert(arg, 'string');
            return scalar(toText(arg, 'the argument'), call.range);
        },
    },
    tonumber: {
        arity: [1, 1],
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'scalar') {
                if (arg.value === null || typeof arg.value === 'number')
                    return scalar(arg.value, call.range);
                if (typeof arg.value === 'string') {
                    const n = parseNumber(arg.value);
                    if (n !== undefined)
                        return scalar(n, call.range);
                    throw new EvalError(`cannot convert "${arg.value}" to a number`);
                }
            }
            return cannotConvert(arg, 'number');
        },
    },
    tobool: {
        arity: [1, 1],
        impl(call) {
            const [arg] = call.args;
            if (arg.kind === 'scalar') {
                if (arg.value === null || typeof arg.value === 'boolean')
                    return scalar(arg.value, call.range);
                if (arg.value === 'true' || arg.value === 'false')
                    return scalar(arg.value === 'true', call.range);
            }
            return cannotConvert(arg, 'bool');
        },
    },
    tolist: {
        arity: [1, 1],
        unknowns: 'shallow',
        impl(call) {
            const [arg] = call.args;
            if (isNull(arg))
                return scalar(null, call.range);
            if (arg.kind !== 'array')
                cannotConvert(arg, 'list');
            return list(arg.items, call.range);
        },
    },
    toset: {
        arity: [1, 1],
        impl(call) {
            const [arg] = call.args;
            if (isNull(arg))
                return scalar(null, call.range);
            if (arg.kind !== 'array')
                cannotConvert(arg, 'set');
            call.work(arg.items.length);
            return list(setElements(arg.items, call.range), call.range);
        },
    },
    tomap: {
        arity: [1, 1],
        unknowns: 'shallow',
        impl(call) {
            const [arg] = call.args;
            if (isNull(arg))
                return scalar(null, call.range);
            if (arg.kind !== 'object')
                cannotConvert(arg, 'map');
            const result = object([...arg.entries.values()], call.range);
            if (arg.open)
                result.open = arg.open;
            return result;
        },
    },
    sensitive: {
        arity: [1, 1],
        unknowns: 'self',
        impl: (call) => withOrigin(call.args[0], { secure: true }),
    },
    nonsensitive: {
        arity: [1, 1],
        unknowns: 'self',
        provenance: 'own',
        impl: (call) => withoutSecure(call.args[0]),
    },
    issensitive: {
        arity: [1, 1],
        unknowns: 'self',
        provenance: 'own',
        // Sensitivity is known even where the value is not.
        impl: (call) => scalar(isSecure(call.args[0]), call.range),
    },
};

;// CONCATENATED MODULE: ./src/sources/terraform/eval/functions/index.ts








/** Terraform's built-in functions by name (try, can and templatefile live in the evaluator: they evaluate). */
const FUNCTIONS = new Map(Object.entries({
    ...collectionFunctions,
    ...stringFunctions,
    ...encodingFunctions,
    ...numericFunctions,
    ...networkFunctions,
    ...timeFunctions,
    ...typeFunctions,
    ...fileFunctions,
}));
function lookupFunction(name) {
    return FUNCTIONS.get(name);
}
function functionNames() {
    return [...FUNCTIONS.keys(), 'try', 'can', 'templatefile'];
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/template.ts

/** The offset of `pos` in `text`, which starts at `base`. */
function offsetIn(text, base, pos) {
    const starts = (0,range/* lineStartsOf */.xV)(text);
    const line = pos.line - base.line;
    if (line <= 0)
        return Math.max(0, pos.column - base.column);
    return Math.min(text.length, (starts[line] ?? text.length) + pos.column - 1);
}
function directiveMarkers(part, source) {
    const head = part.kind === 'if' ? part.condition : part.collection;
    const afterHead = offsetIn(source, part.range.start, head.range.end);
    const introEnd = source.indexOf('}', afterHead);
    const open = { left: source.startsWith('%{~'), right: /^\s*~\}/.test(source.slice(afterHead)) };
    const closing = new RegExp(`%\\{(~?)\\s*end${part.kind}\\s*(~?)\\}\\s*$`).exec(source);
    const close = { left: closing?.[1] === '~', right: closing?.[2] === '~' };
    if (part.kind === 'for' || !part.else)
        return { open, close };
    const lastThen = part.then[part.then.length - 1];
    const from = lastThen ? offsetIn(source, part.range.start, lastThen.range.end) : introEnd + 1;
    const elseTag = /%\{(~?)\s*else\s*(~?)\}/g;
    elseTag.lastIndex = Math.max(0, from);
    const found = elseTag.exec(source);
    return { open, close, else: { left: found?.[1] === '~', right: found?.[2] === '~' } };
}
function trimText(part, side) {
    if (part?.kind !== 'text')
        return;
    part.value = side === 'start' ? part.value.replace(/^\s+/, '') : part.value.replace(/\s+$/, '');
}
function copyParts(parts) {
    return parts.map((part) => {
        switch (part.kind) {
            case 'text':
                return { ...part };
            case 'if':
                return { ...part, then: copyParts(part.then), ...(part.else ? { else: copyParts(part.else) } : {}) };
            case 'for':
                return { ...part, body: copyParts(part.body) };
            default:
                return part;
        }
    });
}
/** Applies the strip markers to (copies of) the text parts. `sourceOf` gives a directive's source text. */
function applyStripMarkers(parts, sourceOf) {
    parts.forEach((part, i) => {
        let strip;
        if (part.kind === 'text')
            return;
        if (part.kind === 'interpolation')
            strip = part.strip;
        else {
            const markers = directiveMarkers(part, sourceOf(part));
            strip = { left: markers.open.left, right: markers.close.right };
            const first = part.kind === 'if' ? part.then : part.body;
            if (markers.open.right)
                trimText(first[0], 'start');
            if (part.kind === 'if' && part.else) {
                if (markers.else?.left)
                    trimText(part.then[part.then.length - 1], 'end');
                if (markers.else?.right)
                    trimText(part.else[0], 'start');
                if (markers.close.left)
                    trimText(part.else[part.else.length - 1], 'end');
            }
            else if (markers.close.left)
                trimText(first[first.length - 1], 'end');
            applyStripMarkers(first, sourceOf);
            if (part.kind === 'if' && part.else)
                applyStripMarkers(part.else, sourceOf);
        }
        if (strip.left)
            trimText(parts[i - 1], 'end');
        if (strip.right)
            trimText(parts[i + 1], 'start');
    });
}
/** Visits the text parts in source order, telling whether each begins at the start of a line. */
function visitText(parts, state, onText, onOther) {
    for (const part of parts) {
        if (part.kind === 'text') {
            onText(part, state.atLineStart);
            state.atLineStart = part.value.endsWith('\n');
            continue;
        }
        onOther(state.atLineStart);
        state.atLineStart = false;
        if (part.kind === 'if') {
            visitText(part.then, state, onText, onOther);
            if (part.else)
                visitText(part.else, state, onText, onOther);
            state.atLineStart = false;
        }
        else if (part.kind === 'for') {
            visitText(part.body, state, onText, onOther);
            state.atLineStart = false;
        }
    }
}
const INDENT = /^[ \t]*/;
/** `<<-`: removes the indentation shared by all non-blank lines (a line starting with `${` has none). */
function stripHeredocIndent(parts) {
    const lastText = parts[parts.length - 1];
    let least = Infinity;
    visitText(parts, { atLineStart: true }, (part, atLineStart) => {
        const lines = part.value.split('\n');
        lines.forEach((line, k) => {
            if (k === 0 && !atLineStart)
                return;
            const endsHeredoc = k === lines.length - 1 && part === lastText;
            const blank = line.trim() === '' && (k < lines.length - 1 || endsHeredoc);
            if (!blank)
                least = Math.min(least, INDENT.exec(line)[0].length);
        });
    }, (atLineStart) => {
        if (atLineStart)
            least = 0;
    });
    if (least === Infinity || least === 0)
        return;
    visitText(parts, { atLineStart: true }, (part, atLineStart) => {
        part.value = part.value
            .split('\n')
            .map((line, k) => {
            if (k === 0 && !atLineStart)
                return line;
            const indent = INDENT.exec(line)[0].length;
            return line.slice(Math.min(indent, least));
        })
            .join('\n');
    }, () => undefined);
}
/** The parts with indentation (for `<<-`) and strip markers applied; the input is not changed. */
function prepareTemplate(parts, stripIndent, sourceOf) {
    const copy = copyParts(parts);
    if (stripIndent)
        stripHeredocIndent(copy);
    applyStripMarkers(copy, sourceOf);
    return copy;
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/evaluator.ts




/** Deeper expressions are left unknown rather than risking the stack. */
const MAX_DEPTH = 120;
/** Work units (expressions, elements, copied nodes, 64 characters of output) one expression may take. */
const WORK_BUDGET = 250_000;
/** Closes the heredoc that wraps a templatefile() template for the parser. */
const TEMPLATE_MARKER = 'HSMLINT_TEMPLATEFILE_END';
const evaluator_isNull = (node) => node.kind === 'scalar' && node.value === null;
function span(from, to) {
    return { file: from.file, start: from.start, end: to.end };
}
/**
 * Evaluates HCL expressions into property trees. Terraform errors are thrown as EvalError inside and become
 * unknowns at the nearest collection element or at the top (never inside try/can, which decide on them).
 */
class Evaluator {
    ctx;
    depth = 0;
    work = 0;
    tryDepth = 0;
    scopes = [];
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Evaluates an expression; never throws. */
    evaluate(expr) {
        try {
            return this.expr(expr);
        }
        catch (error) {
            return this.failure(expr?.range, error);
        }
    }
    /** A block body as an object (attributes, blocks as arrays of objects, dynamic blocks expanded). */
    body(body, skip) {
        const entries = [];
        for (const attr of body.attributes) {
            if (skip?.has(attr.name))
                continue;
            this.work = 0;
            const node = this.evaluate(attr.expr);
            // An attribute set to null is as if it were not written.
            if (evaluator_isNull(node))
                continue;
            entries.push({ name: attr.name, keyRange: attr.nameRange, node });
        }
        const groups = new Map();
        for (const block of body.blocks) {
            if (skip?.has(block.type))
                continue;
            try {
                if (block.type === 'dynamic')
                    this.dynamic(block, groups);
                else
                    this.addBlock(groups, block.type, block.typeRange, block.range, { ...this.body(block.body), range: block.range }, false);
            }
            catch (error) {
                const name = block.type === 'dynamic' ? block.labels[0]?.value : block.type;
                if (name)
                    this.addBlock(groups, name, block.typeRange, block.range, this.failure(block.range, error), false);
            }
        }
        for (const [name, group] of groups)
            entries.push({ name, keyRange: group.keyRange, node: this.groupNode(group) });
        return object(entries, body.range);
    }
    // ---- infrastructure ----
    text(range) {
        if (!range)
            return '';
        try {
            const text = this.ctx.text(range);
            return typeof text === 'string' ? text : '';
        }
        catch {
            return '';
        }
    }
    tick(units = 1) {
        this.work += units;
        if (this.work > WORK_BUDGET)
            throw new EvalLimitError('the expression is too large to evaluate');
    }
    failure(range, error) {
        const at = range ?? { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
        const reason = error instanceof EvalError || error instanceof EvalLimitError
            ? error.message
            : `internal error: ${error instanceof Error ? error.message : String(error)}`;
        return unknown(at, this.text(range), { reason });
    }
    /** An unknown for `range` built from operands: the first reason, all references, their provenance. */
    unknownOf(range, operands, reason) {
        const details = unknownDetails(operands);
        return unknown(range, this.text(range), { reason: reason ?? details.reason, references: details.references }, originOf(operands));
    }
    expr(e) {
        this.tick();
        if (this.depth >= MAX_DEPTH)
            throw new EvalLimitError('the expression is nested too deeply');
        this.depth++;
        try {
            return this.dispatch(e);
        }
        finally {
            this.depth--;
        }
    }
    /** Like expr(), but a Terraform error becomes an unknown here (a collection element stays partial). */
    guarded(e) {
        if (this.tryDepth > 0)
            return this.expr(e);
        return this.safe(e);
    }
    /** Errors always become unknowns (for values that cannot decide anything, such as unchosen branches). */
    safe(e) {
        try {
            return this.expr(e);
        }
        catch (error) {
            if (error instanceof EvalError)
                return this.failure(e.range, error);
            throw error;
        }
    }
    withScope(scope, fn) {
        this.scopes.push(scope);
        try {
            return fn();
        }
        finally {
            this.scopes.pop();
        }
    }
    dispatch(e) {
        switch (e.kind) {
            case 'literal':
                return scalar(e.value, e.range);
            case 'template':
                return this.template(e.parts, e.range, false, true);
            case 'heredoc':
                return this.template(e.parts, e.range, e.stripIndent, false);
            case 'variable':
                return this.traversal({ kind: 'traversal', source: e, steps: [], range: e.range });
            case 'traversal':
                return this.traversal(e);
            case 'call':
                return this.call(e);
            case 'tuple':
                return list(e.items.map((item) => this.guarded(item)), e.range);
            case 'object':
                return this.objectConstructor(e);
            case 'conditional':
                return this.conditional(e);
            case 'binary':
                return this.binary(e);
            case 'unary': {
                const operand = this.expr(e.operand);
                if (operand.kind === 'unknown')
                    return this.unknownOf(e.range, [operand]);
                const value = e.op === '-' ? -toNumber(operand, 'the operand of -') : !toBool(operand, 'the operand of !');
                return scalar(value, e.range, originOf([operand]));
            }
            case 'for':
                return this.forExpression(e);
            case 'parens':
                return reposition(this.expr(e.expr), e.range, this.text(e.range));
            case 'invalid':
                throw new EvalError(`invalid expression "${e.raw.slice(0, 60)}"`);
            default:
                throw new EvalError('unsupported expression');
        }
    }
    // ---- references and traversals ----
    lookupScope(name) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
            const found = this.scopes[i].get(name);
            if (found)
                return found;
        }
        return undefined;
    }
    /** The root of a traversal: a local (for variable, iterator, template variable) or the context's answer. */
    root(source, steps) {
        const local = this.lookupScope(source.name);
        if (local)
            return { node: local, consumed: 0 };
        const names = [];
        for (const step of steps) {
            if (step.kind !== 'attr' || names.length === 2)
                break;
            names.push(step.name);
        }
        const range = names.length > 0 ? span(source.range, steps[names.length - 1].range) : source.range;
        const resolved = this.ctx.resolve(source.name, names, range);
        if (!resolved)
            return undefined;
        const consumed = Math.max(0, Math.min(names.length, Math.trunc(Number(resolved.consumed)) || 0));
        return { node: resolved.node, consumed };
    }
    traversal(e) {
        let node;
        let from = 0;
        if (e.source.kind === 'variable') {
            const root = this.root(e.source, e.steps);
            if (!root) {
                const text = this.text(e.range);
                return unknown(e.range, text, { reason: 'undeclared reference', references: [text] });
            }
            node = root.node;
            from = root.consumed;
        }
        else {
            node = this.expr(e.source);
        }
        const result = this.steps(node, e, from, e.steps.length);
        // The value is re-placed where it is used, so findings point at the reference.
        return relocate(result, e.range, this.text(e.range), () => this.tick());
    }
    steps(start, e, from, to) {
        let node = start;
        for (let i = from; i < to; i++) {
            const step = e.steps[i];
            if (node.kind === 'unknown')
                return this.intoUnknown(node, e);
            if (step.kind === 'attr') {
                node = this.attribute(node, step.name, e, i);
            }
            else if (step.kind === 'index') {
                const key = this.expr(step.key);
                if (key.kind === 'unknown')
                    return this.unknownOf(e.range, [key, node]);
                node = this.index(node, key, e, i);
            }
            else {
                // `[*]` applies every following step to each element; `.*` only the attribute steps right after it.
                let end = i + 1;
                if (step.type === 'full')
                    end = to;
                else
                    while (end < to && e.steps[end].kind === 'attr')
                        end++;
                const container = node;
                const items = container.kind === 'array' ? container.items : evaluator_isNull(container) ? [] : [container];
                node = list(items.map((item) => {
                    this.tick();
                    return this.steps(inherit(container, item), e, i + 1, end);
                }), e.range);
                i = end - 1;
            }
        }
        return node;
    }
    /** A traversal into an unknown stays unknown and names the whole traversal among its references. */
    intoUnknown(node, e) {
        const text = this.text(e.range);
        const references = [...(node.references ?? [])];
        if (!references.includes(text))
            references.push(text);
        return unknown(e.range, text, { reason: node.reason, references }, { secure: node.secure, parameter: node.parameter });
    }
    /** A member an open object does not list: unknown until apply, named by the traversal so far. */
    openMember(node, e, stepIndex) {
        const open = node.open;
        const range = span(e.range, e.steps[stepIndex].range);
        const text = this.text(range);
        const references = [...(open.references ?? [])];
        if (!references.includes(text))
            references.push(text);
        return unknown(range, text, { reason: open.reason, references }, { secure: node.secure, parameter: node.parameter });
    }
    attribute(node, name, e, stepIndex) {
        if (node.kind === 'object') {
            const entry = node.entries.get(name.toLowerCase());
            if (entry)
                return inherit(node, entry.node);
            if (node.open)
                return this.openMember(node, e, stepIndex);
            throw new EvalError(`object has no attribute "${name}"`);
        }
        if (evaluator_isNull(node))
            throw new EvalError(`cannot read attribute "${name}" of a null value`);
        if (node.kind === 'array') {
            throw new EvalError(`cannot read attribute "${name}" of a list; use [*].${name} or an index`);
        }
        throw new EvalError(`cannot read attribute "${name}" of a ${typeName(node)}`);
    }
    index(node, key, e, stepIndex) {
        if (node.kind === 'array') {
            const index = toNumber(key, 'the index');
            if (!Number.isInteger(index))
                throw new EvalError(`index ${formatNumber(index)} is not a whole number`);
            if (index < 0 || index >= node.items.length) {
                throw new EvalError(`index ${formatNumber(index)} out of range for a list of ${node.items.length}`);
            }
            return inherit(node, node.items[index]);
        }
        if (node.kind === 'object') {
            const name = toText(key, 'the key');
            const entry = node.entries.get(name.toLowerCase());
            if (entry)
                return inherit(node, entry.node);
            if (node.open)
                return this.openMember(node, e, stepIndex);
            throw new EvalError(`key "${name}" does not exist`);
        }
        if (evaluator_isNull(node))
            throw new EvalError('cannot index a null value');
        throw new EvalError(`cannot index a ${typeName(node)}`);
    }
    // ---- constructors and operators ----
    objectConstructor(e) {
        const entries = [];
        const unknownKeys = [];
        for (const item of e.items) {
            const key = this.expr(item.key);
            if (key.kind === 'unknown') {
                unknownKeys.push(key);
                continue;
            }
            if (evaluator_isNull(key))
                throw new EvalError('an object key must not be null');
            const name = toText(key, 'an object key');
            entries.push({ name, keyRange: item.key.range, node: this.guarded(item.value) });
        }
        // Without every key, the object's shape is unknown.
        if (unknownKeys.length > 0)
            return this.unknownOf(e.range, unknownKeys);
        return object(entries, e.range);
    }
    conditional(e) {
        const condition = this.expr(e.condition);
        if (condition.kind === 'unknown') {
            const whenTrue = this.safe(e.then);
            const whenFalse = this.safe(e.else);
            if (isWhollyKnown(whenTrue) && equalNodes(whenTrue, whenFalse) === true) {
                return withOrigin(reposition(whenTrue, e.range), originOf([condition]));
            }
            return this.unknownOf(e.range, [condition, whenTrue, whenFalse]);
        }
        if (evaluator_isNull(condition))
            throw new EvalError('the condition is null');
        // Only the chosen branch is evaluated: `x == null ? "" : x.name` is the usual guard.
        const chosen = toBool(condition, 'the condition') ? e.then : e.else;
        return withOrigin(reposition(this.expr(chosen), e.range, this.text(e.range)), originOf([condition]));
    }
    binary(e) {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        const operands = [left, right];
        const origin = originOf(operands);
        const op = e.op;
        if (op === '&&' || op === '||') {
            // A known operand decides when it is false for && (true for ||), whatever the other one is.
            const decisive = op === '||';
            const known = operands.filter((n) => n.kind !== 'unknown');
            const values = known.map((n) => toBool(n, `an operand of ${op}`));
            if (values.includes(decisive))
                return scalar(decisive, e.range, origin);
            if (known.length < 2)
                return this.unknownOf(e.range, operands);
            return scalar(!decisive, e.range, origin);
        }
        if (op === '==' || op === '!=') {
            const same = equalNodes(left, right);
            if (same === undefined)
                return this.unknownOf(e.range, operands);
            return scalar(op === '==' ? same : !same, e.range, origin);
        }
        if (left.kind === 'unknown' || right.kind === 'unknown')
            return this.unknownOf(e.range, operands);
        const a = toNumber(left, `the left operand of ${op}`);
        const b = toNumber(right, `the right operand of ${op}`);
        let value;
        switch (op) {
            case '+':
                value = a + b;
                break;
            case '-':
                value = a - b;
                break;
            case '*':
                value = a * b;
                break;
            case '/':
                if (b === 0)
                    throw new EvalError('division by zero');
                value = a / b;
                break;
            case '%':
                if (b === 0)
                    throw new EvalError('modulo by zero');
                value = a % b;
                break;
            case '<':
                value = a < b;
                break;
            case '<=':
                value = a <= b;
                break;
            case '>':
                value = a > b;
                break;
            case '>=':
                value = a >= b;
                break;
            default:
                throw new EvalError(`unsupported operator ${String(op)}`);
        }
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new EvalError('the result is not a finite number');
        return scalar(value, e.range, origin);
    }
    /** The (key, value) pairs a for expression, template for or dynamic block walks: lists by index, maps by key. */
    iteration(collection) {
        if (collection.kind === 'array') {
            return collection.items.map((item, i) => ({
                key: inherit(collection, scalar(i, item.range)),
                value: inherit(collection, item),
            }));
        }
        if (collection.kind === 'object') {
            return sortedEntries(collection).map((entry) => ({
                key: inherit(collection, scalar(entry.name, entry.keyRange)),
                value: inherit(collection, entry.node),
            }));
        }
        if (evaluator_isNull(collection))
            throw new EvalError('cannot iterate over a null value');
        throw new EvalError(`cannot iterate over a ${typeName(collection)}`);
    }
    forExpression(e) {
        const collection = this.expr(e.collection);
        if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
            return this.unknownOf(e.range, [collection]);
        }
        const pairs = this.iteration(collection);
        const scope = new Map();
        return this.withScope(scope, () => {
            const items = [];
            const entries = [];
            const groups = new Map();
            for (const { key, value } of pairs) {
                this.tick();
                if (e.keyVar !== undefined)
                    scope.set(e.keyVar, key);
                scope.set(e.valueVar, value);
                if (e.condition) {
                    const keep = this.expr(e.condition);
                    if (keep.kind === 'unknown')
                        return this.unknownOf(e.range, [collection, keep]);
                    if (evaluator_isNull(keep))
                        throw new EvalError('the for condition is null');
                    if (!toBool(keep, 'the for condition'))
                        continue;
                }
                if (e.type === 'tuple' || !e.key) {
                    items.push(this.guarded(e.value));
                    continue;
                }
                const keyNode = this.expr(e.key);
                if (keyNode.kind === 'unknown')
                    return this.unknownOf(e.range, [collection, keyNode]);
                if (evaluator_isNull(keyNode))
                    throw new EvalError('a for expression key must not be null');
                const name = toText(keyNode, 'a for expression key');
                const element = this.guarded(e.value);
                if (e.grouping) {
                    const group = groups.get(name) ?? { name, keyRange: e.key.range, node: list([], e.value.range) };
                    group.node.items.push(element);
                    groups.set(name, group);
                }
                else {
                    if (entries.some((entry) => entry.name === name)) {
                        throw new EvalError(`duplicate key "${name}" in the for expression; add "..." after the value to group values`);
                    }
                    entries.push({ name, keyRange: e.key.range, node: element });
                }
            }
            if (e.type === 'tuple')
                return list(items, e.range);
            return object(e.grouping ? [...groups.values()] : entries, e.range);
        });
    }
    // ---- templates ----
    template(parts, range, stripIndent, unwrap) {
        // "${x}" alone is x itself, of whatever type.
        if (unwrap && parts.length === 1 && parts[0].kind === 'interpolation') {
            return reposition(this.expr(parts[0].expr), range, this.text(range));
        }
        const prepared = prepareTemplate(parts, stripIndent, (part) => this.text(part.range));
        const state = { out: [], length: 0, operands: [], known: true };
        this.render(prepared, state);
        if (!state.known)
            return this.unknownOf(range, state.operands);
        return scalar(state.out.join(''), range, originOf(state.operands));
    }
    append(state, text) {
        state.length += text.length;
        if (state.length > MAX_STRING_LENGTH)
            throw new EvalError('the template result is too long');
        this.tick(text.length / 64);
        state.out.push(text);
    }
    render(parts, state) {
        for (const part of parts) {
            this.tick();
            switch (part.kind) {
                case 'text':
                    this.append(state, part.value);
                    break;
                case 'interpolation': {
                    const value = this.expr(part.expr);
                    state.operands.push(value);
                    if (value.kind === 'unknown') {
                        state.known = false;
                        break;
                    }
                    if (evaluator_isNull(value))
                        throw new EvalError('a template cannot include a null value');
                    if (value.kind !== 'scalar')
                        throw new EvalError(`a template cannot include a ${typeName(value)}`);
                    this.append(state, toText(value, 'an interpolated value'));
                    break;
                }
                case 'if': {
                    const condition = this.expr(part.condition);
                    state.operands.push(condition);
                    if (condition.kind === 'unknown') {
                        state.known = false;
                        break;
                    }
                    if (evaluator_isNull(condition))
                        throw new EvalError('the template condition is null');
                    this.render(toBool(condition, 'the template condition') ? part.then : (part.else ?? []), state);
                    break;
                }
                case 'for': {
                    const collection = this.expr(part.collection);
                    state.operands.push(collection);
                    if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
                        state.known = false;
                        break;
                    }
                    const scope = new Map();
                    this.withScope(scope, () => {
                        for (const { key, value } of this.iteration(collection)) {
                            if (part.keyVar !== undefined)
                                scope.set(part.keyVar, key);
                            scope.set(part.valueVar, value);
                            this.render(part.body, state);
                        }
                    });
                    break;
                }
            }
        }
    }
    // ---- function calls ----
    call(e) {
        const name = e.name.startsWith('core::') ? e.name.slice('core::'.length) : e.name;
        if (name === 'try')
            return this.tryCall(e);
        if (name === 'can')
            return this.canCall(e);
        const fn = lookupFunction(name);
        if (!fn && name !== 'templatefile') {
            const args = e.args.map((arg) => this.safe(arg));
            return this.unknownOf(e.range, args, `function '${name}' is not evaluated`);
        }
        let args = e.args.map((arg) => this.expr(arg));
        if (e.expandFinal && args.length > 0) {
            const last = args[args.length - 1];
            if (last.kind === 'unknown')
                return this.unknownOf(e.range, args);
            if (last.kind !== 'array')
                throw new EvalError(`${name}(): the argument expanded with "..." must be a list`);
            args = [...args.slice(0, -1), ...last.items.map((item) => inherit(last, item))];
        }
        if (!fn)
            return this.templateFile(e, args);
        const [least, most] = fn.arity;
        if (args.length < least || args.length > most) {
            const expected = least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} to ${most}`;
            throw new EvalError(`${name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`);
        }
        const policy = fn.unknowns ?? 'deep';
        if ((policy === 'deep' && !args.every(isWhollyKnown)) ||
            (policy === 'shallow' && args.some((arg) => arg.kind === 'unknown'))) {
            return this.unknownOf(e.range, args);
        }
        const call = {
            name,
            args,
            range: e.range,
            context: this.ctx,
            unknown: (reason, from) => this.unknownOf(e.range, from ?? args, reason),
            work: (units) => this.tick(Math.ceil(units)),
        };
        let result;
        try {
            result = fn.impl(call);
        }
        catch (error) {
            if (error instanceof EvalError)
                throw new EvalError(`${name}(): ${error.message}`);
            throw error;
        }
        if (result.kind === 'scalar' && typeof result.value === 'string')
            this.tick(result.value.length / 64);
        // A value passed through (coalesce, lookup, element) is placed at the call, which produced it.
        const placed = reposition(result, e.range, this.text(e.range));
        return fn.provenance === 'own' ? placed : withOrigin(placed, originOf(args));
    }
    /** try(): the first argument that evaluates without an error (unknown when that one is not wholly known). */
    tryCall(e) {
        for (const arg of e.args) {
            let value;
            this.tryDepth++;
            try {
                value = this.expr(arg);
            }
            catch (error) {
                if (error instanceof EvalError)
                    continue;
                throw error;
            }
            finally {
                this.tryDepth--;
            }
            // Whether an unknown value would fail once known cannot be told.
            if (!isWhollyKnown(value))
                return this.unknownOf(e.range, [value]);
            return reposition(value, e.range);
        }
        throw new EvalError('try(): no argument could be evaluated without an error');
    }
    canCall(e) {
        if (e.args.length !== 1)
            throw new EvalError(`can() takes 1 argument, not ${e.args.length}`);
        let value;
        this.tryDepth++;
        try {
            value = this.expr(e.args[0]);
        }
        catch (error) {
            if (error instanceof EvalError)
                return scalar(false, e.range);
            throw error;
        }
        finally {
            this.tryDepth--;
        }
        if (!isWhollyKnown(value))
            return this.unknownOf(e.range, [value]);
        return scalar(true, e.range, originOf([value]));
    }
    /** templatefile(path, vars): the file parsed as a heredoc template, evaluated with only `vars` in scope. */
    templateFile(e, args) {
        if (args.length !== 2)
            throw new EvalError(`templatefile() takes 2 arguments, not ${args.length}`);
        const [pathNode, vars] = args;
        if (pathNode.kind === 'unknown' || vars.kind === 'unknown' || (vars.kind === 'object' && vars.open)) {
            return this.unknownOf(e.range, args);
        }
        const path = toText(pathNode, 'templatefile(): the path');
        if (vars.kind !== 'object')
            throw new EvalError('templatefile(): the variables must be a map or object');
        const { readFile, parser } = this.ctx;
        if (!readFile || !parser)
            return this.unknownOf(e.range, args, 'templatefile() reads files, which this scan does not');
        let content;
        try {
            content = readFile(path);
        }
        catch {
            content = undefined;
        }
        if (content === undefined)
            return this.unknownOf(e.range, args, `the file "${path}" could not be read`);
        if (content.includes(TEMPLATE_MARKER) || content.length > MAX_STRING_LENGTH) {
            return this.unknownOf(e.range, args, 'templatefile(): the template cannot be read');
        }
        const source = `t = <<${TEMPLATE_MARKER}\n${content}\n${TEMPLATE_MARKER}\n`;
        const parsed = parser.parse(source, path);
        const heredoc = parsed.body.attributes[0]?.expr;
        if (parsed.errors.length > 0 || heredoc?.kind !== 'heredoc') {
            throw new EvalError(`templatefile(): ${path}: ${parsed.errors[0]?.message ?? 'not a template'}`);
        }
        // The heredoc adds the newline before its closing marker; the file does not have it.
        const parts = heredoc.parts.slice();
        const last = parts[parts.length - 1];
        if (last?.kind === 'text' && last.value.endsWith('\n'))
            parts[parts.length - 1] = { ...last, value: last.value.slice(0, -1) };
        const starts = (0,range/* lineStartsOf */.xV)(source);
        const offset = (p) => (starts[p.line - 1] ?? source.length) + p.column - 1;
        const child = new Evaluator({
            ...this.ctx,
            text: (range) => source.slice(offset(range.start), offset(range.end)),
            resolve: () => undefined,
        });
        child.depth = this.depth;
        child.work = this.work;
        const scope = new Map([...vars.entries.values()].map((entry) => [entry.name, inherit(vars, entry.node)]));
        let result;
        try {
            result = child.withScope(scope, () => child.template(parts, heredoc.range, false, false));
        }
        catch (error) {
            if (error instanceof EvalError)
                throw new EvalError(`templatefile(): ${path}: ${error.message}`);
            throw error;
        }
        finally {
            this.work = child.work;
        }
        if (result.kind === 'unknown')
            return this.unknownOf(e.range, [result, ...args]);
        return withOrigin(reposition(result, e.range), originOf(args));
    }
    // ---- blocks ----
    addBlock(groups, name, keyRange, range, element, onlyUnknown, unknownSource) {
        const group = groups.get(name);
        if (!group) {
            groups.set(name, {
                keyRange,
                file: range.file,
                start: range.start,
                end: range.end,
                items: [element],
                onlyUnknown,
                unknownSource,
            });
            return;
        }
        group.items.push(element);
        group.end = range.end;
        group.onlyUnknown &&= onlyUnknown;
    }
    groupNode(group) {
        const range = { file: group.file, start: group.start, end: group.end };
        if (group.onlyUnknown && group.unknownSource)
            return reposition(group.unknownSource, range);
        return list(group.items, range);
    }
    /**
     * `dynamic "x" { for_each, iterator, content {} }`: one `x` element per element of the collection. When the
     * collection is unknown, one element stands for all of them (an open object: what it lists is what each
     * element would have); when that element says nothing known, `x` as a whole is unknown.
     */
    dynamic(block, groups) {
        const label = block.labels[0];
        const forEach = block.body.attributes.find((a) => a.name === 'for_each');
        const content = block.body.blocks.find((b) => b.type === 'content');
        if (!label || !forEach || !content)
            return;
        const name = label.value;
        const iteratorAttr = block.body.attributes.find((a) => a.name === 'iterator');
        const iteratorName = iteratorAttr?.expr.kind === 'variable' ? iteratorAttr.expr.name : name;
        this.work = 0;
        let collection = this.evaluate(forEach.expr);
        if (evaluator_isNull(collection))
            return;
        if (collection.kind === 'scalar') {
            collection = this.failure(forEach.expr.range, new EvalError('for_each must be a map, set or list'));
        }
        if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
            const iterator = this.unknownOf(forEach.expr.range, [collection]);
            const element = this.withScope(new Map([[iteratorName, iterator]]), () => this.body(content.body));
            const details = unknownDetails([collection]);
            element.open = {
                reason: `one element stands for each element of ${this.text(forEach.expr.range)}, which is unknown`,
                ...(details.references.length > 0 ? { references: details.references } : {}),
            };
            const saysNothing = [...element.entries.values()].every((entry) => entry.node.kind === 'unknown');
            this.addBlock(groups, name, label.range, content.range, element, saysNothing, iterator);
            return;
        }
        for (const { key, value } of this.iteration(collection)) {
            this.tick();
            const iterator = object([
                { name: 'key', keyRange: forEach.expr.range, node: key },
                { name: 'value', keyRange: forEach.expr.range, node: value },
            ], forEach.expr.range);
            const element = this.withScope(new Map([[iteratorName, iterator]]), () => this.body(content.body));
            this.addBlock(groups, name, label.range, content.range, { ...element, range: content.range }, false);
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/terraform/eval/index.ts



/**
 * Evaluates a Terraform expression into a property tree. Never throws: errors and values that cannot be known
 * before apply become UnknownNodes (with the expression's text, a reason and the references involved).
 */
function evaluate(expr, ctx) {
    return new Evaluator(ctx).evaluate(expr);
}
/**
 * A block body to an object: attributes evaluated (null ones left out); nested blocks become arrays of objects
 * keyed by block type (as `terraform show -json` shows them); `dynamic` blocks expand into elements of their
 * label's type. Attributes and blocks named in `skip` (meta-arguments) are left out at this level.
 */
function evaluateBody(body, ctx, skip) {
    try {
        return new Evaluator(ctx).body(body, skip);
    }
    catch (error) {
        // Only an internal fault gets here; the body reads as entirely unknown rather than failing the scan.
        const result = object([], body.range);
        result.open = { reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
        return result;
    }
}

;// CONCATENATED MODULE: ./src/sources/terraform/instance.ts
/** The key of an instance declared in HCL: module directory (relative to the scan) plus full address. */
function hclInstanceKey(rootDir, address) {
    return `terraform:${rootDir}:${address}`;
}
/** The key of an instance read from a plan file. */
function planInstanceKey(planFile, address) {
    return `tfplan:${planFile}:${address}`;
}
/** The reason an attribute that only exists after apply is unknown. */
const KNOWN_AFTER_APPLY = 'known only after apply';

;// CONCATENATED MODULE: ./src/sources/terraform/module.ts








const META_ARGUMENTS = new Set([
    'count',
    'for_each',
    'depends_on',
    'lifecycle',
    'provider',
    'provisioner',
    'connection',
]);
const MODULE_META = new Set([...META_ARGUMENTS, 'source', 'version', 'providers']);
/** Module nesting beyond this is treated as a cycle Terraform itself would refuse. */
const MAX_MODULE_DEPTH = 16;
function dirParser(workspace, parser) {
    const cache = new Map();
    return (dir) => {
        const cached = cache.get(dir);
        if (cached)
            return cached;
        const listed = workspace.listDir(dir);
        let outcome;
        if ('error' in listed)
            outcome = listed;
        else {
            const files = [];
            for (const name of listed.filter((n) => terraform_files/* TERRAFORM_FILE */.qF.test(n)).sort()) {
                const file = dir === '.' ? name : `${dir}/${name}`;
                const read = workspace.readFile(file);
                if ('error' in read)
                    continue;
                files.push({
                    file,
                    hcl: /\.json$/i.test(name)
                        ? parseTerraformJson(read.text, file, parser)
                        : parser.parse(read.text, file),
                    text: read.text,
                    lines: (0,range/* lineStartsOf */.xV)(read.text),
                });
            }
            outcome = { dir, files };
        }
        cache.set(dir, outcome);
        return outcome;
    };
}
/** Evaluates a root module folder as `terraform plan` would, as far as values are known before apply. */
function evaluateRootModule(dir, parse, options) {
    const result = {
        instances: [],
        problems: [],
        unresolved: [],
        directives: [],
        related: [],
        files: [],
    };
    const parsed = parse(dir);
    if ('error' in parsed) {
        result.problems.push({ message: `Cannot read folder '${dir}': ${parsed.error}`, range: (0,range/* pointRange */.it)(dir) });
        return result;
    }
    result.files = parsed.files.map((f) => f.file);
    const seenFiles = new Set();
    const state = { options, parse, result, seenFiles };
    const inputs = rootVariableInputs(parsed, state);
    const module = new ModuleInstance(state, parsed, {
        prefix: '',
        rootDir: dir,
        inputs,
        stack: [dir],
    });
    module.emitInstances();
    result.related = [...new Set(result.related)].filter((f) => !result.files.includes(f));
    return result;
}
class ModuleInstance {
    state;
    dir;
    call;
    variables = new Map();
    locals = new Map();
    resources = new Map();
    data = new Map();
    calls = new Map();
    outputs = new Map();
    memo = new Map();
    evaluating = new Set();
    instanceCache = new Map();
    childCache = new Map();
    constructor(state, dir, call) {
        this.state = state;
        this.dir = dir;
        this.call = call;
        for (const file of dir.files) {
            this.collectFileNotes(file);
            for (const block of file.hcl.body.blocks) {
                const [first, second] = block.labels.map((l) => l.value);
                const declaration = { block, file };
                switch (block.type) {
                    case 'variable':
                        if (first !== undefined)
                            this.variables.set(first, declaration);
                        break;
                    case 'locals':
                        for (const attr of block.body.attributes)
                            this.locals.set(attr.name, { attr, file });
                        break;
                    case 'resource':
                        if (first !== undefined && second !== undefined)
                            this.resources.set(`${first}.${second}`, declaration);
                        break;
                    case 'data':
                        if (first !== undefined && second !== undefined)
                            this.data.set(`${first}.${second}`, declaration);
                        break;
                    case 'module':
                        if (first !== undefined)
                            this.calls.set(first, declaration);
                        break;
                    case 'output':
                        if (first !== undefined)
                            this.outputs.set(first, declaration);
                        break;
                }
            }
        }
    }
    /** Syntax errors and suppression comments of a file, once per scan however often the module is used. */
    collectFileNotes(file) {
        if (this.state.seenFiles.has(file.file))
            return;
        this.state.seenFiles.add(file.file);
        for (const error of file.hcl.errors)
            this.state.result.problems.push(error);
        for (const comment of file.hcl.comments) {
            const directive = (0,directives/* parseDirective */.x)(commentBody(comment.text), comment.range);
            if (directive)
                this.state.result.directives.push(directive);
        }
    }
    // ------------------------------------------------------------------ instances
    /** Adds every resource and data instance of this module and of the modules it calls to the result. */
    emitInstances() {
        for (const [address, declaration] of this.resources)
            this.emit('managed', address, declaration);
        for (const [address, declaration] of this.data)
            this.emit('data', address, declaration);
        for (const name of this.calls.keys()) {
            for (const child of this.childInstances(name))
                child.module?.emitInstances();
        }
    }
    emit(mode, address, declaration) {
        const type = declaration.block.labels[0].value;
        for (const { rep, attributes } of this.instancesOf(mode, address, declaration)) {
            const full = `${this.call.prefix}${mode === 'data' ? 'data.' : ''}${address}${rep.suffix}`;
            const instance = {
                mode,
                type,
                address: full,
                key: hclInstanceKey(this.call.rootDir, full),
                attributes,
                range: declaration.block.range,
                surface: 'terraform',
                origin: this.call.origin ?? declaration.file.file,
            };
            if (this.call.via)
                instance.via = this.call.via;
            const conditional = rep.conditional ?? this.call.conditional;
            if (conditional)
                instance.conditional = conditional;
            const loop = rep.loop ?? this.call.loop;
            if (loop)
                instance.loop = loop;
            this.state.result.instances.push(instance);
        }
    }
    /** The evaluated instances of a resource or data block (memoised: references evaluate them too). */
    instancesOf(mode, address, declaration) {
        const memoKey = `${mode}:${address}`;
        const cached = this.instanceCache.get(memoKey);
        if (cached)
            return cached;
        if (this.evaluating.has(memoKey))
            return [];
        this.evaluating.add(memoKey);
        try {
            const list = this.repetitions(declaration).map((rep) => ({
                rep,
                attributes: evaluateBody(declaration.block.body, this.context(declaration.file, rep), META_ARGUMENTS),
            }));
            this.instanceCache.set(memoKey, list);
            return list;
        }
        finally {
            this.evaluating.delete(memoKey);
        }
    }
    /** The instances `count` or `for_each` makes of a block: one per known element, one standing for all otherwise. */
    repetitions(declaration) {
        const { block, file } = declaration;
        const count = module_attribute(block, 'count');
        const forEach = module_attribute(block, 'for_each');
        const ctx = this.context(file, { suffix: '' });
        if (count) {
            const value = evaluate(count.expr, ctx);
            const text = sliceRange(file, count.expr.range);
            if (value.kind === 'scalar' && typeof value.value === 'number') {
                const n = Math.max(0, Math.min(Math.trunc(value.value), 10_000));
                return Array.from({ length: n }, (_, i) => ({
                    countIndex: (0,model_node/* jsonToNode */.iH)(i, count.expr.range),
                    suffix: `[${i}]`,
                }));
            }
            return [
                {
                    countIndex: unknownNode('count.index', count.expr.range, `count is not known before apply (${text})`),
                    suffix: '[0]',
                    conditional: `count = ${text}`,
                },
            ];
        }
        if (forEach) {
            const value = evaluate(forEach.expr, ctx);
            const text = sliceRange(file, forEach.expr.range);
            const elements = forEachElements(value);
            if (elements) {
                return elements.map(([key, element]) => ({
                    eachKey: (0,model_node/* jsonToNode */.iH)(key, forEach.expr.range),
                    eachValue: element,
                    suffix: `[${JSON.stringify(key)}]`,
                }));
            }
            const reason = `for_each is not known before apply (${text})`;
            return [
                {
                    eachKey: unknownNode('each.key', forEach.expr.range, reason),
                    eachValue: unknownNode('each.value', forEach.expr.range, reason),
                    suffix: '["*"]',
                    loop: `for_each = ${text}`,
                },
            ];
        }
        return [{ suffix: '' }];
    }
    // ------------------------------------------------------------------ module calls
    childInstances(name) {
        const cached = this.childCache.get(name);
        if (cached)
            return cached;
        const memoKey = `module:${name}`;
        if (this.evaluating.has(memoKey))
            return [];
        this.evaluating.add(memoKey);
        try {
            const declaration = this.calls.get(name);
            const list = this.repetitions(declaration).map((rep) => ({
                rep,
                module: this.callModule(name, declaration, rep),
            }));
            this.childCache.set(name, list);
            return list;
        }
        finally {
            this.evaluating.delete(memoKey);
        }
    }
    callModule(name, declaration, rep) {
        const { block, file } = declaration;
        const sourceAttr = module_attribute(block, 'source');
        const source = sourceAttr?.expr.kind === 'literal' && typeof sourceAttr.expr.value === 'string'
            ? sourceAttr.expr.value
            : undefined;
        const range = block.labels[0]?.range ?? block.range;
        if (source === undefined) {
            this.unresolved(range, `Module '${name}' has no literal source; its resources are not evaluated.`);
            return undefined;
        }
        const dir = this.moduleDir(source);
        if (dir === undefined) {
            this.unresolved(sourceAttr.expr.range, `Module '${name}' comes from '${source}', which hsmlint does not download; its resources are not checked. Map the source to a local folder with the \`modules\` setting to check them.`);
            return undefined;
        }
        if (this.call.stack.includes(dir) || this.call.stack.length >= MAX_MODULE_DEPTH) {
            this.state.result.problems.push({
                message: `Module '${name}' (${source}) calls itself through ${[...this.call.stack, dir].join(' -> ')}; it is evaluated once only.`,
                range: sourceAttr.expr.range,
            });
            return undefined;
        }
        const parsed = this.state.parse(dir);
        if ('error' in parsed || parsed.files.length === 0) {
            this.state.result.problems.push({
                message: `Module '${name}': cannot read '${source}' (${'error' in parsed ? parsed.error : 'no .tf files'}).`,
                range: sourceAttr.expr.range,
            });
            return undefined;
        }
        this.state.result.related.push(...parsed.files.map((f) => f.file));
        const ctx = this.context(file, rep);
        const inputs = new Map();
        for (const attr of block.body.attributes) {
            if (MODULE_META.has(attr.name))
                continue;
            inputs.set(attr.name, { node: evaluate(attr.expr, ctx) });
        }
        const line = block.range.start.line;
        return new ModuleInstance(this.state, parsed, {
            prefix: `${this.call.prefix}module.${name}${rep.suffix}.`,
            rootDir: this.call.rootDir,
            inputs,
            stack: [...this.call.stack, dir],
            via: this.call.via ?? `module "${name}" at ${file.file}:${line}`,
            origin: this.call.origin ?? file.file,
            conditional: rep.conditional ?? this.call.conditional,
            loop: rep.loop ?? this.call.loop,
        });
    }
    /** The local folder of a module source, or undefined when it is remote and not mapped. */
    moduleDir(source) {
        const mapped = this.state.options.modules?.[source];
        if (mapped !== undefined)
            return mapped;
        if (!source.startsWith('./') && !source.startsWith('../'))
            return undefined;
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(this.dir.dir, source)).replace(/\/+$/, '');
        return joined === '' ? '.' : joined;
    }
    unresolved(range, message) {
        this.state.result.unresolved.push({ message, range });
    }
    /** The outputs of this module instance as an object (what `module.<name>` reads as). */
    outputsNode(range) {
        const entries = [];
        for (const [name, declaration] of this.outputs) {
            const value = module_attribute(declaration.block, 'value');
            if (!value)
                continue;
            let node = this.evaluateOnce(`output:${name}`, () => evaluate(value.expr, this.context(declaration.file, { suffix: '' })));
            if (isSensitive(declaration.block))
                node = { ...node, secure: true };
            entries.push({ name, keyRange: declaration.block.labels[0].range, node });
        }
        return (0,model_node/* objectNode */.e1)(range, entries);
    }
    // ------------------------------------------------------------------ references
    context(file, rep) {
        return {
            now: this.state.options.now,
            parser: this.state.options.parser,
            text: (range) => textOf(file, range),
            // Terraform resolves relative file paths against the root module's folder (its working directory).
            readFile: (path) => {
                const read = this.state.options.workspace.readFile(external_node_path_.posix.normalize(external_node_path_.posix.join(this.call.rootDir, path)));
                return 'text' in read ? read.text : undefined;
            },
            resolve: (root, names, range) => this.resolve(root, names, range, rep),
        };
    }
    resolve(root, names, range, rep) {
        const [first, second] = names;
        switch (root) {
            case 'var':
                return first === undefined ? undefined : this.variable(first, range);
            case 'local':
                return first === undefined ? undefined : this.local(first);
            case 'each':
                if (first === 'key' && rep.eachKey)
                    return { node: rep.eachKey, consumed: 1 };
                if (first === 'value' && rep.eachValue)
                    return { node: rep.eachValue, consumed: 1 };
                return undefined;
            case 'count':
                return first === 'index' && rep.countIndex ? { node: rep.countIndex, consumed: 1 } : undefined;
            case 'path':
                // Relative to the root module's folder, as Terraform gives them (`.`, `modules/hsm`).
                if (first === 'module')
                    return {
                        node: (0,model_node/* jsonToNode */.iH)(external_node_path_.posix.relative(this.call.rootDir, this.dir.dir) || '.', range),
                        consumed: 1,
                    };
                if (first === 'root' || first === 'cwd')
                    return { node: (0,model_node/* jsonToNode */.iH)('.', range), consumed: 1 };
                return undefined;
            case 'terraform':
                return first === 'workspace' ? { node: (0,model_node/* jsonToNode */.iH)('default', range), consumed: 1 } : undefined;
            case 'module':
                return first === undefined ? undefined : this.moduleReference(first, range);
            case 'data': {
                if (first === undefined || second === undefined)
                    return undefined;
                const declaration = this.data.get(`${first}.${second}`);
                if (!declaration)
                    return undefined;
                return {
                    node: this.resourceReference('data', `${first}.${second}`, declaration, range),
                    consumed: 2,
                };
            }
            default: {
                if (first === undefined)
                    return undefined;
                const declaration = this.resources.get(`${root}.${first}`);
                if (!declaration)
                    return undefined;
                return {
                    node: this.resourceReference('managed', `${root}.${first}`, declaration, range),
                    consumed: 1,
                };
            }
        }
    }
    variable(name, range) {
        const declaration = this.variables.get(name);
        if (!declaration)
            return undefined;
        const node = this.evaluateOnce(`var:${name}`, () => {
            const sensitive = isSensitive(declaration.block);
            const given = this.call.inputs.get(name);
            let value;
            if (given)
                value = given.node;
            else {
                const fallback = module_attribute(declaration.block, 'default');
                value = fallback
                    ? { ...evaluate(fallback.expr, this.context(declaration.file, { suffix: '' })), parameter: name }
                    : unknownNode(`var.${name}`, declaration.block.range, `variable '${name}' has no default and no value in the scanned files`);
            }
            const type = module_attribute(declaration.block, 'type');
            if (type)
                value = applyTypeDefaults(type.expr, value, this.context(declaration.file, { suffix: '' }));
            return sensitive ? markSecure(value) : value;
        });
        return { node: { ...node, range }, consumed: 1 };
    }
    local(name) {
        const local = this.locals.get(name);
        if (!local)
            return undefined;
        return {
            node: this.evaluateOnce(`local:${name}`, () => evaluate(local.attr.expr, this.context(local.file, { suffix: '' }))),
            consumed: 1,
        };
    }
    moduleReference(name, range) {
        const declaration = this.calls.get(name);
        if (!declaration)
            return undefined;
        const children = this.childInstances(name);
        const open = (reason) => ({
            ...(0,model_node/* objectNode */.e1)(range),
            open: { reason, references: [`module.${name}`] },
        });
        const outputsOf = (child) => child.module ? child.module.outputsNode(range) : open(`module '${name}' is not evaluated`);
        const count = module_attribute(declaration.block, 'count');
        const forEach = module_attribute(declaration.block, 'for_each');
        if (count && children.every((c) => c.rep.countIndex?.kind === 'scalar'))
            return { node: { kind: 'array', range, items: children.map(outputsOf) }, consumed: 1 };
        if (forEach && children.every((c) => c.rep.eachKey?.kind === 'scalar')) {
            const entries = children.map((c) => ({
                name: String(c.rep.eachKey.value),
                keyRange: range,
                node: outputsOf(c),
            }));
            return { node: (0,model_node/* objectNode */.e1)(range, entries), consumed: 1 };
        }
        if (count || forEach)
            return {
                node: unknownNode(`module.${name}`, range, 'the module instances are not known before apply'),
                consumed: 1,
            };
        return {
            node: children[0] ? outputsOf(children[0]) : open(`module '${name}' is not evaluated`),
            consumed: 1,
        };
    }
    /**
     * A resource or data source as an expression sees it: its written attributes, and every other attribute
     * unknown until apply with a reference to the instance, so links and principal checks can follow it.
     */
    resourceReference(mode, address, declaration, range) {
        const textual = `${mode === 'data' ? 'data.' : ''}${address}`;
        const list = this.instancesOf(mode, address, declaration);
        const asObject = (rep, attributes) => {
            const full = `${this.call.prefix}${textual}${rep.suffix}`;
            return openBlocks(attributes, {
                reason: KNOWN_AFTER_APPLY,
                references: [hclInstanceKey(this.call.rootDir, full), textual],
            });
        };
        if (this.evaluating.has(`${mode}:${address}`) && list.length === 0)
            return unknownNode(textual, range, 'refers to itself');
        const count = module_attribute(declaration.block, 'count');
        const forEach = module_attribute(declaration.block, 'for_each');
        if (count) {
            if (list.every((i) => i.rep.countIndex?.kind === 'scalar'))
                return { kind: 'array', range, items: list.map((i) => asObject(i.rep, i.attributes)) };
            return unknownNode(textual, range, `count is not known before apply`, [
                ...list.map((i) => hclInstanceKey(this.call.rootDir, `${this.call.prefix}${textual}${i.rep.suffix}`)),
                textual,
            ]);
        }
        if (forEach) {
            if (list.every((i) => i.rep.eachKey?.kind === 'scalar')) {
                return (0,model_node/* objectNode */.e1)(range, list.map((i) => ({
                    name: String(i.rep.eachKey.value),
                    keyRange: range,
                    node: asObject(i.rep, i.attributes),
                })));
            }
            return unknownNode(textual, range, `for_each is not known before apply`, [
                ...list.map((i) => hclInstanceKey(this.call.rootDir, `${this.call.prefix}${textual}${i.rep.suffix}`)),
                textual,
            ]);
        }
        const single = list[0];
        return single ? asObject(single.rep, single.attributes) : unknownNode(textual, range, KNOWN_AFTER_APPLY);
    }
    /** Evaluates once per module instance; a cycle (a local that refers to itself) yields an unknown. */
    evaluateOnce(key, compute) {
        const cached = this.memo.get(key);
        if (cached)
            return cached;
        if (this.evaluating.has(key))
            return unknownNode(key.replace(':', '.'), (0,range/* pointRange */.it)(this.dir.dir), 'refers to itself');
        this.evaluating.add(key);
        try {
            const node = compute();
            this.memo.set(key, node);
            return node;
        }
        finally {
            this.evaluating.delete(key);
        }
    }
}
// ------------------------------------------------------------------ root variables
/**
 * Values of the root module's variables, in Terraform's precedence: `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars(.json)` in name order, then `--parameters` files and configured
 * values. Later sources win.
 */
function rootVariableInputs(dir, state) {
    const inputs = new Map();
    const listed = state.options.workspace.listDir(dir.dir);
    const names = 'error' in listed ? [] : listed;
    const inDir = (name) => (dir.dir === '.' ? name : `${dir.dir}/${name}`);
    const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/i.test(n)).sort();
    const files = [
        ...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'),
        ...auto,
    ].map(inDir);
    files.push(...(state.options.varFiles ?? []));
    for (const file of files)
        readVarFile(file, state, inputs);
    const configured = state.options.variables;
    if (configured) {
        const at = (0,range/* pointRange */.it)(state.options.variablesSource ?? 'configuration');
        for (const [name, value] of Object.entries(configured))
            inputs.set(name, { node: (0,model_node/* jsonToNode */.iH)(value, at) });
    }
    return inputs;
}
function readVarFile(file, state, inputs) {
    const read = state.options.workspace.readFile(file);
    if ('error' in read) {
        state.result.problems.push({
            message: `Cannot read variables file '${file}': ${read.error}`,
            range: (0,range/* pointRange */.it)(file),
        });
        return;
    }
    state.result.related.push(file);
    if (file.toLowerCase().endsWith('.json')) {
        let data;
        try {
            data = JSON.parse(read.text);
        }
        catch (error) {
            state.result.problems.push({
                message: `Invalid JSON in '${file}': ${error.message}`,
                range: (0,range/* pointRange */.it)(file),
            });
            return;
        }
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            state.result.problems.push({
                message: `'${file}' must hold an object of variable values.`,
                range: (0,range/* pointRange */.it)(file),
            });
            return;
        }
        for (const [name, value] of Object.entries(data))
            inputs.set(name, { node: (0,model_node/* jsonToNode */.iH)(value, (0,range/* pointRange */.it)(file)) });
        return;
    }
    const hcl = state.options.parser.parse(read.text, file);
    for (const error of hcl.errors)
        state.result.problems.push(error);
    const lines = (0,range/* lineStartsOf */.xV)(read.text);
    const parsedFile = { file, hcl, text: read.text, lines };
    // Variable files hold constants only; references are unknown.
    const ctx = {
        now: state.options.now,
        text: (range) => sliceRange(parsedFile, range),
        resolve: () => undefined,
    };
    for (const attr of hcl.body.attributes)
        inputs.set(attr.name, { node: evaluate(attr.expr, ctx) });
}
// ------------------------------------------------------------------ type constraints
/**
 * Applies what a variable's type constraint adds to a value: attributes declared `optional(type, default)`
 * in an `object({...})` and missing from the value get their default, or null, as Terraform converts them.
 * Other conversions (numbers from strings) do not change what a rule sees and are left out.
 */
function applyTypeDefaults(type, value, ctx) {
    if (type.kind !== 'call' || value.kind === 'unknown' || value.kind === 'scalar')
        return value;
    const [inner] = type.args;
    if (inner === undefined)
        return value;
    switch (type.name) {
        case 'map':
            if (value.kind !== 'object')
                return value;
            return { ...value, entries: mapEntries(value.entries, (node) => applyTypeDefaults(inner, node, ctx)) };
        case 'list':
        case 'set':
            if (value.kind !== 'array')
                return value;
            return { ...value, items: value.items.map((item) => applyTypeDefaults(inner, item, ctx)) };
        case 'object': {
            if (value.kind !== 'object' || inner.kind !== 'object')
                return value;
            const entries = new Map(value.entries);
            for (const item of inner.items) {
                const name = objectKeyName(item.key);
                if (name === undefined)
                    continue;
                const existing = entries.get(name.toLowerCase());
                const optional = item.value.kind === 'call' && item.value.name === 'optional' ? item.value : undefined;
                const attributeType = optional ? optional.args[0] : item.value;
                if (existing) {
                    if (attributeType)
                        entries.set(name.toLowerCase(), {
                            ...existing,
                            node: applyTypeDefaults(attributeType, existing.node, ctx),
                        });
                    continue;
                }
                if (!optional)
                    continue;
                const fallback = optional.args[1];
                const node = fallback
                    ? { ...evaluate(fallback, ctx), range: value.range }
                    : { kind: 'scalar', value: null, range: value.range };
                entries.set(name.toLowerCase(), { name, keyRange: value.range, node });
            }
            return { ...value, entries };
        }
        default:
            return value;
    }
}
function mapEntries(entries, change) {
    const out = new Map();
    for (const [key, entry] of entries)
        out.set(key, { ...entry, node: change(entry.node) });
    return out;
}
function objectKeyName(key) {
    if (key.kind === 'literal' && typeof key.value === 'string')
        return key.value;
    if (key.kind === 'variable')
        return key.name;
    return undefined;
}
// ------------------------------------------------------------------ helpers
function module_attribute(block, name) {
    return block.body.attributes.find((a) => a.name === name);
}
function isSensitive(block) {
    const sensitive = module_attribute(block, 'sensitive');
    return sensitive?.expr.kind === 'literal' && sensitive.expr.value === true;
}
/**
 * A resource as other expressions see it: attributes it does not write, also inside its nested blocks
 * (`identity[0].principal_id`), are computed by the provider and known only after apply.
 */
function openBlocks(node, open) {
    const entries = new Map();
    for (const [key, entry] of node.entries) {
        const value = entry.node;
        const isBlock = value.kind === 'array' && value.items.length > 0 && value.items.every((i) => i.kind === 'object');
        entries.set(key, isBlock
            ? { ...entry, node: { ...value, items: value.items.map((i) => openBlocks(i, open)) } }
            : entry);
    }
    return { ...node, entries, open };
}
function markSecure(node) {
    switch (node.kind) {
        case 'array':
            return { ...node, secure: true, items: node.items.map(markSecure) };
        case 'object': {
            const entries = new Map();
            for (const [k, e] of node.entries)
                entries.set(k, { ...e, node: markSecure(e.node) });
            return { ...node, secure: true, entries };
        }
        default:
            return { ...node, secure: true };
    }
}
function unknownNode(expression, range, reason, references) {
    const node = { kind: 'unknown', expression, range, reason };
    if (references)
        node.references = references;
    return node;
}
/** The elements `for_each` iterates: a map's entries, or a set's strings (key = value). */
function forEachElements(value) {
    if (value.kind === 'object') {
        if (value.open)
            return undefined;
        return [...value.entries.values()].map((e) => [e.name, e.node]);
    }
    if (value.kind === 'array') {
        const out = [];
        for (const item of value.items) {
            if (item.kind !== 'scalar' || typeof item.value !== 'string')
                return undefined;
            out.push([item.value, item]);
        }
        return out;
    }
    return undefined;
}
function commentBody(text) {
    if (text.startsWith('#'))
        return text.slice(1);
    if (text.startsWith('//'))
        return text.slice(2);
    if (text.startsWith('/*'))
        return text.slice(2).replace(/\*\/$/, '');
    return text;
}
function textOf(file, range) {
    if (range.file === file.file)
        return sliceRange(file, range);
    return `(${range.file}:${range.start.line})`;
}
function sliceRange(file, range) {
    const offset = (p) => (file.lines[p.line - 1] ?? file.text.length) + p.column - 1;
    return file.text.slice(offset(range.start), offset(range.end));
}

// EXTERNAL MODULE: ./src/sources/terraform/parser-state.ts
var parser_state = __webpack_require__(374);
// EXTERNAL MODULE: ./src/sources/file-facts.ts
var file_facts = __webpack_require__(2348);
// EXTERNAL MODULE: ./src/sources/relevance.ts
var relevance = __webpack_require__(221);
// EXTERNAL MODULE: ./src/sources/tfplan/detect.ts
var detect = __webpack_require__(4639);
;// CONCATENATED MODULE: ./src/sources/tfplan/address.ts
/**
 * Terraform addresses as `terraform show -json` writes them: `module.hsm["a"].azurerm_x.main[0]`,
 * `data.azuread_group.admins`, and the traversals configuration references use
 * (`azurerm_x.main.id`, `module.hsm.hsm_id`, `var.name`).
 */
/**
 * Splits a traversal at the dots outside brackets and strings:
 * `module.a["x.y"].res.n[0].id` → `module`, `a["x.y"]`, `res`, `n[0]`, `id`.
 */
function splitTraversal(text) {
    const parts = [];
    let current = '';
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            current += c;
            if (c === '\\')
                current += text[++i] ?? '';
            else if (c === '"')
                quoted = false;
            continue;
        }
        if (c === '"')
            quoted = true;
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth = Math.max(0, depth - 1);
        else if (c === '.' && depth === 0) {
            parts.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    parts.push(current);
    return parts;
}
/** `name["a"]` → name and key. */
function splitKey(part) {
    const open = part.indexOf('[');
    return open < 0 ? { name: part } : { name: part.slice(0, open), key: part.slice(open) };
}
/** Reads a resource instance address; undefined when it is not one. */
function parseInstanceAddress(address) {
    const parts = splitTraversal(address);
    const modules = [];
    let i = 0;
    while (parts[i] === 'module' && i + 1 < parts.length) {
        modules.push(splitKey(parts[i + 1]));
        i += 2;
    }
    const mode = parts[i] === 'data' ? 'data' : 'managed';
    if (mode === 'data')
        i++;
    if (parts.length !== i + 2 || !parts[i])
        return undefined;
    const { name, key } = splitKey(parts[i + 1]);
    if (!name)
        return undefined;
    return key === undefined
        ? { modules, mode, type: parts[i], name }
        : { modules, mode, type: parts[i], name, key };
}
/** `module.a["x"].module.b` for the given steps ('' for the root module). */
function moduleAddress(steps) {
    return steps.map((s) => `module.${s.name}${s.key ?? ''}`).join('.');
}
/**
 * Where an instance is declared: the module path (call names from the root) and the address of its
 * `resource`/`data` block without instance keys (`module.hsm.azurerm_x.main`). An HCL scan of the same
 * configuration gives that block's instances the same full address, so a caller can point findings at the
 * `.tf` declaration instead of the plan.
 */
function configurationAddressOf(address) {
    const parsed = parseInstanceAddress(address);
    if (!parsed)
        return undefined;
    const modulePath = parsed.modules.map((m) => m.name);
    const resource = `${parsed.mode === 'data' ? 'data.' : ''}${parsed.type}.${parsed.name}`;
    const declared = [...modulePath.map((m) => `module.${m}`), resource].join('.');
    return parsed.key === undefined
        ? { modulePath, address: declared }
        : { modulePath, address: declared, instanceKey: parsed.key };
}

;// CONCATENATED MODULE: ./src/sources/tfplan/json.ts
/** Small readers over the property tree of a parsed plan (keys are matched as `jsonc.ts` stores them). */
function entryOf(node, name) {
    return node?.kind === 'object' ? node.entries.get(name.toLowerCase()) : undefined;
}
function json_memberOf(node, name) {
    return entryOf(node, name)?.node;
}
/** The node at a path of member names. */
function at(node, ...names) {
    let current = node;
    for (const name of names)
        current = json_memberOf(current, name);
    return current;
}
function objectAt(node, ...names) {
    const found = at(node, ...names);
    return found?.kind === 'object' ? found : undefined;
}
function stringAt(node, ...names) {
    const found = at(node, ...names);
    return found?.kind === 'scalar' && typeof found.value === 'string' ? found.value : undefined;
}
function itemsOf(node) {
    return node?.kind === 'array' ? node.items : [];
}
function stringsOf(node) {
    return itemsOf(node).flatMap((n) => (n.kind === 'scalar' && typeof n.value === 'string' ? [n.value] : []));
}
/** Whether a mirror node (`after_unknown`, `sensitive_values`) marks its whole value: `true`. */
function isMarked(node) {
    return node?.kind === 'scalar' && node.value === true;
}

;// CONCATENATED MODULE: ./src/sources/tfplan/references.ts


/** A module step of a reference that names no instance key: it stands for every instance of the call. */
const ANY_KEY = '*';
/** References through variables and outputs are followed this deep (configurations cannot loop). */
const references_MAX_DEPTH = 16;
/** Names that are not resources (`var` and `module` are followed through the configuration). */
const NOT_RESOURCES = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);
/**
 * Turns the textual references of configuration expressions (`azurerm_x.main.id`, `module.hsm.hsm_id`,
 * `var.hsm_id`) into the addresses of the plan's instances they designate, following module outputs
 * and input variables through the configuration.
 */
class ReferenceResolver {
    root;
    /** Instances by `mode type name`, so that a reference is resolved without a scan of the whole plan. */
    byResource = new Map();
    constructor(instances, root) {
        this.root = root;
        for (const instance of instances) {
            const { mode, type, name } = instance.parsed;
            const id = resourceId(mode, type, name);
            const list = this.byResource.get(id);
            if (list)
                list.push(instance);
            else
                this.byResource.set(id, [instance]);
        }
    }
    /** The scope of a module instance (`module.a["x"].module.b`), from the root down. */
    scopeOf(modules) {
        let scope = { config: this.root, steps: [] };
        for (const step of modules) {
            const call = at(scope.config, 'module_calls', step.name);
            scope = {
                config: json_memberOf(call, 'module'),
                steps: [...scope.steps, step],
                parent: call ? { scope, call } : undefined,
            };
        }
        return scope;
    }
    resolve(references, scope, depth = 0) {
        if (depth > references_MAX_DEPTH)
            return [];
        const found = new Set();
        for (const reference of mostSpecific(references))
            for (const address of this.resolveOne(reference, scope, depth))
                found.add(address);
        return [...found];
    }
    resolveOne(reference, scope, depth) {
        const parts = splitTraversal(reference);
        if (parts[0] === 'var')
            return this.variable(parts[1], scope, depth);
        if (parts[0] === 'module')
            return this.moduleOutput(parts, scope, depth);
        if (parts[0] === 'data')
            return parts.length >= 3 ? this.resources(scope.steps, 'data', parts[1], parts[2]) : [];
        if (NOT_RESOURCES.has(parts[0]) || parts.length < 2)
            return [];
        return this.resources(scope.steps, 'managed', parts[0], parts[1]);
    }
    /** A module's input variable refers to what the calling module passes it. */
    variable(name, scope, depth) {
        if (!name || !scope.parent)
            return [];
        const references = stringsOf(at(scope.parent.call, 'expressions', name, 'references'));
        return this.resolve(references, scope.parent.scope, depth + 1);
    }
    /** `module.hsm.hsm_id` refers to what the child module's output refers to. */
    moduleOutput(parts, scope, depth) {
        if (parts.length < 3)
            return [];
        const { name, key } = splitKey(parts[1]);
        const call = at(scope.config, 'module_calls', name);
        const module = json_memberOf(call, 'module');
        const references = stringsOf(at(module, 'outputs', parts[2], 'expression', 'references'));
        const child = {
            config: module,
            steps: [...scope.steps, { name, key: key ?? ANY_KEY }],
            parent: call ? { scope, call } : undefined,
        };
        return this.resolve(references, child, depth + 1);
    }
    resources(steps, mode, type, part) {
        const { name, key } = splitKey(part);
        return (this.byResource.get(resourceId(mode, type, name)) ?? [])
            .filter(({ parsed }) => (key === undefined || parsed.key === key) && inModule(parsed.modules, steps))
            .map((i) => i.address);
    }
}
function resourceId(mode, type, name) {
    return `${mode} ${type} ${name}`;
}
function inModule(actual, wanted) {
    return (actual.length === wanted.length &&
        wanted.every((w, i) => w.name === actual[i].name && (w.key === ANY_KEY || w.key === actual[i].key)));
}
/**
 * Terraform lists `x.main[0].id`, `x.main[0]` and `x.main` for one use of `x.main[0].id`: the shorter
 * forms would name every instance, so a reference is dropped when a keyed form of it is listed too.
 */
function mostSpecific(references) {
    return references.filter((r) => !references.some((other) => other.startsWith(`${r}[`)));
}

;// CONCATENATED MODULE: ./src/sources/tfplan/plan.ts








/** The major `format_version` this reader understands (Terraform promises compatible 1.x minors). */
const SUPPORTED_MAJOR = 1;
const plan_MAX_MODULE_DEPTH = 64;
const MAX_SYNTAX_ERRORS = 5;
/** Reads the instances of a plan; never throws (what cannot be read is a problem). */
function readPlan(file, text, options = {}) {
    try {
        return readPlanDocument(file, text, options);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            instances: [],
            problems: [{ message: `The Terraform plan could not be read: ${reason}`, range: (0,range/* pointRange */.it)(file) }],
        };
    }
}
/** A plan file as the scan sees it: its instances mapped to canonical resources. */
function parsePlan(file, text, options = {}) {
    const { instances, problems } = readPlan(file, text, options);
    return { file, surface: 'tfplan', resources: mapInstances(instances), problems, directives: [] };
}
function readPlanDocument(file, text, options) {
    const doc = (0,jsonc/* parseJsonc */.pX)(file, text);
    const problems = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({ ...e }));
    // A truncated plan would read as resources with attributes missing, i.e. defaults: read nothing of it.
    if (problems.length > 0 || !doc.root)
        return { instances: [], problems };
    const root = doc.root;
    const version = versionProblem(root, file);
    if (version)
        return { instances: [], problems: [version] };
    if (at(root, 'errored')?.kind === 'scalar' && isMarked(at(root, 'errored')))
        problems.push({
            message: 'The plan is marked errored (terraform plan failed): its planned values may be incomplete.',
            range: entryRange(entryOf(root, 'errored'), root.range),
        });
    const values = json_memberOf(root, 'planned_values') ?? json_memberOf(root, 'values');
    if (!values) {
        problems.push({
            message: 'The Terraform JSON has no planned_values (nor state values): nothing to check.',
            range: (0,range/* pointRange */.it)(file),
        });
        return { instances: [], problems };
    }
    const reader = new PlanReader(file, root, values, options.configuration !== false);
    return { instances: reader.instances(), problems };
}
function versionProblem(root, file) {
    const entry = entryOf(root, 'format_version');
    const version = stringAt(root, 'format_version');
    if (!entry || version === undefined || !stringAt(root, 'terraform_version'))
        return {
            message: 'Not a Terraform plan: `terraform show -json` output has format_version and terraform_version.',
            range: entry ? entry.keyRange : (0,range/* pointRange */.it)(file),
        };
    const major = Number(version.split('.')[0]);
    if (major === SUPPORTED_MAJOR)
        return undefined;
    return {
        message: `Terraform JSON format_version ${version} is not supported (hsmlint reads format ${SUPPORTED_MAJOR}.x); the plan was not checked.`,
        range: entryRange(entry, entry.keyRange),
    };
}
function entryRange(entry, fallback) {
    return entry
        ? { file: entry.keyRange.file, start: entry.keyRange.start, end: entry.node.range.end }
        : fallback;
}
class PlanReader {
    file;
    entries;
    changes = new Map();
    resolver;
    constructor(file, root, values, useConfiguration) {
        this.file = file;
        this.entries = planEntries(values, at(root, 'prior_state', 'values', 'root_module'));
        for (const change of itemsOf(json_memberOf(root, 'resource_changes'))) {
            const address = stringAt(change, 'address');
            if (address !== undefined && !json_memberOf(change, 'deposed'))
                this.changes.set(address, change);
        }
        const configuration = at(root, 'configuration', 'root_module');
        if (useConfiguration && configuration)
            this.resolver = new ReferenceResolver(this.entries, configuration);
    }
    instances() {
        return this.entries.map((entry) => this.instanceOf(entry));
    }
    instanceOf(entry) {
        const scope = this.resolver?.scopeOf(entry.parsed.modules);
        const values = json_memberOf(entry.node, 'values');
        // The resource's `expressions` are a block's map: members it lacks are not written.
        const attributes = this.annotateObject(scope, values?.kind === 'object' ? values : (0,model_node/* objectNode */.e1)(entry.node.range), {
            unknown: at(this.changes.get(entry.address), 'change', 'after_unknown'),
            sensitive: json_memberOf(entry.node, 'sensitive_values'),
        }, scope ? this.expressionsOf(scope, entry.parsed) : undefined, undefined);
        const instance = {
            mode: entry.parsed.mode,
            type: entry.type,
            address: entry.address,
            key: planInstanceKey(this.file, entry.address),
            attributes,
            range: entry.node.range,
            surface: 'tfplan',
        };
        if (entry.parsed.modules.length > 0)
            instance.via = moduleAddress(entry.parsed.modules);
        return instance;
    }
    /** The `expressions` of the instance's `resource`/`data` block in the configuration. */
    expressionsOf(scope, address) {
        const declared = itemsOf(json_memberOf(scope.config, 'resources')).find((r) => (stringAt(r, 'mode') ?? 'managed') === address.mode &&
            stringAt(r, 'type') === address.type &&
            stringAt(r, 'name') === address.name);
        if (!declared)
            return undefined;
        return json_memberOf(declared, 'expressions') ?? (0,model_node/* objectNode */.e1)(declared.range);
    }
    /**
     * A value with its plan annotations: unknown parts become unknown nodes (with the references of their
     * expression), sensitive parts are secure, written references are kept on known values too.
     */
    annotate(scope, value, notes) {
        // An attribute has an expression; a nested block has a map of them (a list of maps for a block list).
        const expression = isExpression(notes.expression) ? notes.expression : undefined;
        const blockExpressions = expression ? undefined : notes.expression;
        const references = expression ? this.referencesOf(scope, expression) : undefined;
        if (isMarked(notes.unknown)) {
            const range = value?.range ?? notes.unknown.range;
            return plan_unknownNode(range, references ?? notes.inherited, isMarked(notes.sensitive));
        }
        if (!value)
            return undefined;
        const annotated = value.kind === 'object'
            ? this.annotateObject(scope, value, notes, blockExpressions, references)
            : value.kind === 'array'
                ? this.annotateArray(scope, value, notes, blockExpressions, references)
                : value;
        if (references)
            annotated.references = references.all;
        if (isMarked(notes.sensitive))
            plan_markSecure(annotated);
        return annotated;
    }
    annotateObject(scope, value, notes, expressions, references) {
        // A block's map of expressions tells which members the configuration writes.
        const blockExpressions = expressions?.kind === 'object' ? expressions : undefined;
        const inherited = references ?? notes.inherited;
        const entries = [];
        for (const entry of value.entries.values()) {
            const node = this.annotate(scope, entry.node, {
                unknown: json_memberOf(notes.unknown, entry.name),
                sensitive: json_memberOf(notes.sensitive, entry.name),
                expression: json_memberOf(blockExpressions, entry.name),
                inherited,
            });
            if (node)
                entries.push({ ...entry, node });
        }
        for (const marker of notes.unknown?.kind === 'object' ? notes.unknown.entries.values() : []) {
            if (!isMarked(marker.node) || value.entries.has(marker.name.toLowerCase()))
                continue;
            const written = json_memberOf(blockExpressions, marker.name);
            // Computed and not written (`id`): absent, as the HCL source has it; references elsewhere name the instance.
            if (blockExpressions && !written)
                continue;
            const node = this.annotate(scope, undefined, {
                unknown: marker.node,
                sensitive: json_memberOf(notes.sensitive, marker.name),
                expression: written,
                inherited,
            });
            if (node)
                entries.push({ name: marker.name, keyRange: marker.keyRange, node });
        }
        return { ...(0,model_node/* objectNode */.e1)(value.range, entries), ...provenanceOf(value) };
    }
    annotateArray(scope, value, notes, expressions, references) {
        const unknowns = itemsOf(notes.unknown);
        const sensitives = itemsOf(notes.sensitive);
        // A list of blocks has one map of expressions per block.
        const blockExpressions = itemsOf(expressions);
        const items = value.items.map((item, i) => this.annotate(scope, item, {
            unknown: unknowns[i],
            sensitive: sensitives[i],
            expression: blockExpressions[i],
            inherited: references ?? notes.inherited,
        }) ?? item);
        // `[azuread_group.admins.object_id]`: a single element is what the expression refers to.
        if (references && items.length === 1 && items[0].kind === 'scalar')
            items[0].references = references.all;
        return { ...value, items };
    }
    referencesOf(scope, expression) {
        const written = stringsOf(json_memberOf(expression, 'references'));
        if (written.length === 0)
            return undefined;
        const keys = this.resolver && scope
            ? this.resolver.resolve(written, scope).map((a) => planInstanceKey(this.file, a))
            : [];
        return { all: [...keys, ...written], written };
    }
}
/** `{ "references": [...] }` or `{ "constant_value": ... }` (or `{}` for an expression without either). */
function isExpression(node) {
    if (node?.kind !== 'object')
        return false;
    return node.entries.size === 0 || node.entries.has('references') || node.entries.has('constant_value');
}
function plan_unknownNode(range, references, secure) {
    const node = {
        kind: 'unknown',
        expression: references?.written[0] ?? '(known after apply)',
        reason: KNOWN_AFTER_APPLY,
        range,
    };
    if (references)
        node.references = references.all;
    if (secure)
        node.secure = true;
    return node;
}
function provenanceOf(node) {
    const prov = {};
    if (node.secure)
        prov.secure = true;
    if (node.references)
        prov.references = node.references;
    return prov;
}
function plan_markSecure(node) {
    node.secure = true;
    if (node.kind === 'array')
        node.items.forEach(plan_markSecure);
    else if (node.kind === 'object')
        for (const entry of node.entries.values())
            plan_markSecure(entry.node);
}
/** Resource instances of `planned_values` (with child modules), and data sources read into the prior state. */
function planEntries(values, priorState) {
    const entries = [];
    const seen = new Set();
    const add = (node, onlyData) => {
        const address = stringAt(node, 'address');
        const type = stringAt(node, 'type');
        const parsed = address === undefined ? undefined : parseInstanceAddress(address);
        if (!address || !type || !parsed || seen.has(address) || (onlyData && parsed.mode !== 'data'))
            return;
        seen.add(address);
        entries.push({ node, address, parsed, type });
    };
    for (const node of moduleResources(json_memberOf(values, 'root_module')))
        add(node, false);
    for (const node of moduleResources(priorState))
        add(node, true);
    return entries;
}
function moduleResources(module, depth = 0) {
    if (!module || depth > plan_MAX_MODULE_DEPTH)
        return [];
    return [
        ...itemsOf(json_memberOf(module, 'resources')),
        ...itemsOf(json_memberOf(module, 'child_modules')).flatMap((child) => moduleResources(child, depth + 1)),
    ];
}

;// CONCATENATED MODULE: ./src/sources/tfplan/index.ts




;// CONCATENATED MODULE: ./src/sources/terraform/source.ts










const NEEDS_GRAMMAR = { kind: 'needs', surface: 'hcl-grammar' };
const CHECKED_THROUGH_CALLER = 'a Terraform module called by another scanned folder, checked through its caller';
/**
 * Reads one `.tf` file: its folder is evaluated as one module (once per scan), and this file's resources
 * returned. `text` is not read: the folder's files are read through the workspace (the scan may give '').
 */
function parseTerraformSource(file, text, options) {
    const parser = (0,parser_state/* loadedHclParser */.MZ)();
    if (!parser) {
        return {
            kind: 'parsed',
            parsed: {
                file,
                surface: 'terraform',
                resources: [],
                directives: [],
                problems: [
                    { message: 'The HCL parser is not loaded; Terraform files are not read.', range: (0,range/* pointRange */.it)(file) },
                ],
            },
        };
    }
    const state = scanState(options, parser);
    const dir = external_node_path_.posix.dirname(file);
    const roots = rootsOf(options, state);
    // A module folder another scanned folder calls is judged with that caller's inputs, there only.
    if (!roots.has(dir)) {
        if (!options.explicit)
            return { kind: 'skipped', reason: CHECKED_THROUGH_CALLER };
        return {
            kind: 'parsed',
            parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
        };
    }
    const plan = planCovering(dir, options, state);
    if (plan !== undefined) {
        if (!options.explicit)
            return { kind: 'skipped', reason: `checked through the Terraform plan ${plan}` };
        return {
            kind: 'parsed',
            parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
        };
    }
    let entry = state.evaluations.get(dir);
    if (!entry) {
        const evaluated = withGrammarIfNeeded(() => source_evaluate(dir, options, state, parser));
        if (evaluated === GRAMMAR_NEEDED)
            return NEEDS_GRAMMAR;
        entry = evaluated;
        state.evaluations.set(dir, entry);
        // The first file of the folder carries the folder's problems, notes and directives.
        if ('evaluation' in entry)
            return { kind: 'parsed', parsed: parsedFileOf(file, entry, true) };
    }
    if ('skipped' in entry) {
        if (!options.explicit)
            return { kind: 'skipped', reason: entry.skipped };
        return {
            kind: 'parsed',
            parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
        };
    }
    void text;
    return { kind: 'parsed', parsed: parsedFileOf(file, entry, false) };
}
/** What `withGrammarIfNeeded` answers for an evaluation that needs the HCL grammar. */
const GRAMMAR_NEEDED = Symbol('the HCL grammar is needed');
/**
 * What `evaluate` gives, or GRAMMAR_NEEDED when a file it read needs tree-sitter before it is loaded. Most
 * such files stop the evaluation, but one read where errors become values (`templatefile()` inside `try()`,
 * say) does not: the count of needs tells, and that evaluation is dropped too, to be done again.
 */
function withGrammarIfNeeded(evaluate) {
    const needsBefore = (0,parser_state/* grammarNeedCount */.zv)();
    let result;
    try {
        result = evaluate();
    }
    catch (error) {
        if (error instanceof parser_state/* GrammarNeeded */.D4)
            return GRAMMAR_NEEDED;
        throw error;
    }
    return (0,parser_state/* grammarNeedCount */.zv)() === needsBefore ? result : GRAMMAR_NEEDED;
}
function parsedFileOf(file, entry, first) {
    const { evaluation } = entry;
    const parsed = {
        file,
        surface: 'terraform',
        resources: entry.byOrigin.get(file) ?? [],
        problems: first ? evaluation.problems : [],
        directives: first ? evaluation.directives : [],
        unresolved: first ? evaluation.unresolved : [],
    };
    if (first && evaluation.related.length)
        parsed.related = evaluation.related;
    return parsed;
}
function source_evaluate(dir, options, state, parser) {
    if (!options.explicit && !mayMatter(dir, options, new Set()))
        return { skipped: relevance/* IRRELEVANT_FILE */.Sz };
    const evaluation = evaluateRootModule(dir, state.parse, {
        workspace: options.workspace,
        parser,
        now: options.now,
        varFiles: (options.parameterFiles ?? []).filter((f) => terraform_files/* TFVARS_FILE */.i4.test(f)),
        variables: options.parameters,
        variablesSource: options.parametersSource,
        modules: options.modules,
    });
    const byOrigin = new Map();
    try {
        const origins = new Map(evaluation.instances.map((i) => [i.key, i.origin]));
        for (const resource of map_mapInstances(evaluation.instances)) {
            const origin = origins.get(resource.key);
            const list = byOrigin.get(origin);
            if (list)
                list.push(resource);
            else
                byOrigin.set(origin, [resource]);
        }
    }
    catch (error) {
        evaluation.problems.push({
            message: `Internal error while mapping: ${error.message}`,
            range: (0,range/* pointRange */.it)(dir),
        });
    }
    return { evaluation, byOrigin };
}
/** Whether a folder or a local module it calls mentions anything a rule looks at. */
function mayMatter(dir, options, seen) {
    if (seen.has(dir))
        return false;
    seen.add(dir);
    const listed = options.workspace.listDir(dir);
    if ('error' in listed)
        return true;
    for (const name of listed) {
        if (!terraform_files/* TERRAFORM_FILE */.qF.test(name))
            continue;
        const facts = factsOf(dir === '.' ? name : `${dir}/${name}`, options);
        if (!facts)
            continue;
        if (facts.relevant)
            return true;
        for (const called of facts.calls) {
            if (mayMatter(called, options, seen))
                return true;
        }
    }
    return false;
}
/**
 * The scanned folders that are root modules: not called as a local module by another scanned folder. A
 * ring of folders calling each other has its first folder as root, so nothing is lost.
 */
function rootsOf(options, state) {
    if (state.roots)
        return state.roots;
    const dirs = [
        ...new Set((options.scanFiles ?? []).filter((f) => terraform_files/* TERRAFORM_FILE */.qF.test(f)).map((f) => external_node_path_.posix.dirname(f))),
    ].sort();
    const calls = new Map();
    for (const dir of dirs) {
        const targets = [];
        const listed = options.workspace.listDir(dir);
        for (const name of 'error' in listed ? [] : listed) {
            if (!terraform_files/* TERRAFORM_FILE */.qF.test(name))
                continue;
            targets.push(...(factsOf(dir === '.' ? name : `${dir}/${name}`, options)?.calls ?? []));
        }
        calls.set(dir, targets);
    }
    const called = new Set([...calls.entries()].flatMap(([from, to]) => to.filter((t) => t !== from)));
    const roots = new Set(dirs.filter((d) => !called.has(d)));
    const reached = new Set();
    const visit = (dir) => {
        if (reached.has(dir))
            return;
        reached.add(dir);
        for (const next of calls.get(dir) ?? [])
            visit(next);
    };
    roots.forEach(visit);
    for (const dir of dirs) {
        if (reached.has(dir))
            continue;
        roots.add(dir);
        visit(dir);
    }
    state.roots = roots;
    return roots;
}
/**
 * Whether a `.tf` file names anything that matters, and the module folders it calls: as the walk triage
 * found them, or from the file (undefined when it cannot be read).
 */
function factsOf(file, options) {
    const known = options.facts?.(file);
    if (known?.kind === 'terraform')
        return known;
    const read = options.workspace.readFile(file);
    if ('error' in read)
        return undefined;
    return (0,file_facts/* terraformFacts */.Yy)(file, read.text, options.modules);
}
function scanState(options, parser) {
    let state = options.cache.get('terraform');
    if (!state) {
        state = { evaluations: new Map(), plans: new Map(), parse: dirParser(options.workspace, parser) };
        options.cache.set('terraform', state);
    }
    return state;
}
/** The scanned plan file (`terraform show -json`) in the folder, which then stands for the folder's `.tf` files. */
function planCovering(dir, options, state) {
    if (state.plans.has(dir))
        return state.plans.get(dir);
    if (!state.byDir) {
        state.byDir = new Map();
        for (const file of options.scanFiles ?? []) {
            const folder = external_node_path_.posix.dirname(file);
            const list = state.byDir.get(folder);
            if (list)
                list.push(file);
            else
                state.byDir.set(folder, [file]);
        }
    }
    let plan;
    for (const file of state.byDir.get(dir) ?? []) {
        if (!file.toLowerCase().endsWith('.json'))
            continue;
        const read = options.workspace.readFile(file);
        if ('text' in read && (0,detect/* isTerraformPlan */.y)(read.text)) {
            plan = file;
            break;
        }
    }
    state.plans.set(dir, plan);
    return plan;
}
/**
 * Reads a plan file. When the configuration it was made from (the `.tf` files beside it) is part of the
 * scan, each instance points at its declaration there, attribute by attribute, and the suppression
 * comments of those files apply; otherwise findings point into the plan.
 */
function parseTerraformPlanSource(file, text, options) {
    const { instances, problems } = readPlan(file, text);
    const parsed = { file, surface: 'tfplan', resources: [], problems, directives: [] };
    const dir = external_node_path_.posix.dirname(file);
    const parser = (0,parser_state/* loadedHclParser */.MZ)();
    const hasConfiguration = (options.scanFiles ?? []).some((f) => terraform_files/* TERRAFORM_FILE */.qF.test(f) && external_node_path_.posix.dirname(f) === dir);
    if (parser && hasConfiguration) {
        const state = scanState(options, parser);
        const evaluated = withGrammarIfNeeded(() => evaluateRootModule(dir, state.parse, {
            workspace: options.workspace,
            parser,
            now: options.now,
            modules: options.modules,
        }));
        if (evaluated === GRAMMAR_NEEDED)
            return NEEDS_GRAMMAR;
        const evaluation = evaluated;
        const declared = new Map(evaluation.instances.map((i) => [i.address, i]));
        for (const instance of instances) {
            const declaration = declared.get(instance.address);
            if (declaration)
                pointAtDeclaration(instance, declaration);
        }
        parsed.problems.push(...evaluation.problems);
        parsed.directives = evaluation.directives;
        parsed.related = [...evaluation.files, ...evaluation.related];
    }
    try {
        parsed.resources = map_mapInstances(instances);
    }
    catch (error) {
        parsed.problems.push({
            message: `Internal error while mapping: ${error.message}`,
            range: (0,range/* pointRange */.it)(file),
        });
    }
    return { kind: 'parsed', parsed };
}
/** Moves an instance read from a plan onto its HCL declaration: written attributes to where they are written. */
function pointAtDeclaration(instance, declaration) {
    instance.range = declaration.range;
    if (declaration.via)
        instance.via = declaration.via;
    const entries = new Map();
    for (const [key, entry] of instance.attributes.entries) {
        const written = declaration.attributes.entries.get(key);
        const range = written ? written.node.range : declaration.range;
        entries.set(key, {
            name: entry.name,
            keyRange: written ? written.keyRange : declaration.range,
            node: relocate(entry.node, range),
        });
    }
    instance.attributes = { ...instance.attributes, range: declaration.range, entries };
}


/***/ })

};
