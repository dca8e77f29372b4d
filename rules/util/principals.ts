import type { Graph } from '../../src/model/graph.js';
import type { Resource } from '../../src/model/resource.js';
import { TYPES } from '../../src/model/resource.js';
import type { Value } from '../../src/model/value.js';
import { isDeployer } from './roles.js';

/** What kind of directory object a principal id designates, as far as the scanned files tell. */
export type PrincipalKind =
  'group' | 'user' | 'managed-identity' | 'service-principal' | 'application' | 'deployer' | 'unknown';

/** Canonical types of the directory objects a configuration declares or looks up. */
const KIND_OF_TYPE: Readonly<Record<string, PrincipalKind>> = {
  [TYPES.entraGroup.toLowerCase()]: 'group',
  [TYPES.entraUser.toLowerCase()]: 'user',
  [TYPES.entraServicePrincipal.toLowerCase()]: 'service-principal',
  [TYPES.entraApplication.toLowerCase()]: 'application',
  [TYPES.userAssignedIdentity.toLowerCase()]: 'managed-identity',
};

/** Terraform resource and data source types whose object ids designate a principal of a known kind. */
const KIND_OF_TERRAFORM_TYPE: Readonly<Record<string, PrincipalKind>> = {
  azuread_group: 'group',
  azuread_user: 'user',
  azuread_users: 'user',
  azuread_service_principal: 'service-principal',
  azuread_service_principals: 'service-principal',
  azuread_application: 'application',
  azuread_application_registration: 'application',
  azurerm_user_assigned_identity: 'managed-identity',
};

/** `principalType` values (Azure RBAC, and what a live scan learns from Microsoft Graph). */
const KIND_OF_PRINCIPAL_TYPE: Readonly<Record<string, PrincipalKind>> = {
  group: 'group',
  foreigngroup: 'group',
  user: 'user',
  serviceprincipal: 'service-principal',
  managedidentity: 'managed-identity',
};

/**
 * A Terraform reference taken apart: `module.a.data.azuread_group.admins["x"].object_id` gives type
 * `azuread_group`, address `data.azuread_group.admins` (without the module path) and attribute
 * `object_id`. Undefined for anything else (variables, locals, resource keys).
 */
export interface TerraformReference {
  type: string;
  /** `[data.]<type>.<name>` without module path and instance key. */
  address: string;
  /** The attribute path after the instance, e.g. `object_id` or `identity[0].principal_id`. */
  attribute: string;
  data: boolean;
}

const MODULE_PREFIX = /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/;
const ADDRESS = /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?(?:\.(.+))?$/;

export function parseTerraformReference(reference: string): TerraformReference | undefined {
  const text = reference.trim().replace(MODULE_PREFIX, '');
  const match = ADDRESS.exec(text);
  if (!match) return undefined;
  const [, data, type, name, attribute] = match;
  // `var.x`, `local.y`, `each.value`, `count.index` and `path.module` are not resources.
  if (!data && ['var', 'local', 'each', 'count', 'path', 'self', 'terraform', 'module'].includes(type))
    return undefined;
  if (!type.includes('_')) return undefined;
  return { type, address: `${data ? 'data.' : ''}${type}.${name}`, attribute: attribute ?? '', data: !!data };
}

/** A system-assigned managed identity: `<resource>.identity[0].principal_id` or `identity.0.principal_id`. */
function isSystemAssignedIdentity(ref: TerraformReference): boolean {
  return /^identity(?:\[\d+\]|\.\d+)?\.principal_id$/i.test(ref.attribute) && !ref.data;
}

/**
 * The references a value carries (unknown values, and known ones whose origin a plan keeps). An unknown
 * that is itself a Terraform reference (`azurerm_linux_web_app.web.identity[0].principal_id`) counts as
 * one, also when the evaluator could not follow it.
 */
export function referencesOf(value: Value): string[] {
  if (value.kind === 'known') return value.references ?? [];
  if (value.kind !== 'unknown') return [];
  const references = value.references ?? [];
  const expression = value.expression.trim();
  return parseTerraformReference(expression) && !references.includes(expression)
    ? [...references, expression]
    : references;
}

/** The Terraform resource types a value's references name (`azurerm_resource_group` for `azurerm_resource_group.rg.id`). */
export function terraformTypesOf(value: Value): string[] {
  return [
    ...new Set(
      referencesOf(value)
        .map(parseTerraformReference)
        .filter((r) => r !== undefined)
        .map((r) => r.type),
    ),
  ];
}

/** The first reference as written in the configuration (not a resource key), for messages. */
export function writtenReference(references: readonly string[] | undefined): string | undefined {
  return references?.find((r) => !/^(?:terraform|tfplan|live):/.test(r));
}

/**
 * The resources of the scan a value refers to: by resource key, or by Terraform address (a textual
 * reference such as `data.azuread_service_principal.kgs.object_id` names the resource whose symbol is
 * `data.azuread_service_principal.kgs`).
 */
export function referencedResources(graph: Graph, value: Value): Resource[] {
  const found: Resource[] = [];
  const add = (r: Resource) => {
    if (!found.includes(r)) found.push(r);
  };
  for (const reference of referencesOf(value)) {
    const byKey = graph.get(reference);
    if (byKey) {
      add(byKey);
      continue;
    }
    const ref = parseTerraformReference(reference);
    if (!ref) continue;
    for (const r of graph.resources) {
      if (r.surface !== 'terraform' && r.surface !== 'tfplan') continue;
      if (addressOf(r) === ref.address) add(r);
    }
  }
  return found;
}

/** The address of a Terraform resource without module path and instance key. */
function addressOf(resource: Resource): string | undefined {
  const text = resource.symbol ?? resource.key.replace(/^(?:terraform|tfplan):[^:]*:/, '');
  return parseTerraformReference(text)?.address;
}

function kindOfReference(graph: Graph, reference: string): PrincipalKind | undefined {
  const resource = graph.get(reference);
  if (resource) {
    const kind = KIND_OF_TYPE[resource.type.toLowerCase()];
    if (kind) return kind;
  }
  const ref = parseTerraformReference(reference);
  if (!ref) return undefined;
  if (ref.type === 'azurerm_client_config' || ref.type === 'azuread_client_config')
    return ref.attribute.toLowerCase() === 'object_id' ? 'deployer' : undefined;
  const kind = KIND_OF_TERRAFORM_TYPE[ref.type];
  if (kind) return kind;
  if (ref.type.startsWith('azurerm_') && isSystemAssignedIdentity(ref)) return 'managed-identity';
  return undefined;
}

/**
 * What a principal id designates, from (in this order) the deploying principal, the declarations it
 * refers to (a resource of the scan, or a Terraform reference such as `azuread_group.admins.object_id`,
 * `azurerm_user_assigned_identity.app.principal_id` or `<resource>.identity[0].principal_id`), and the
 * assignment's `principalType` when it is known. References that disagree (a conditional between a
 * group and a user) give `unknown`.
 */
export function classifyPrincipal(graph: Graph, value: Value, principalType?: Value): PrincipalKind {
  if (isDeployer(value)) return 'deployer';
  const kinds = new Set<PrincipalKind>();
  for (const reference of referencesOf(value)) {
    const kind = kindOfReference(graph, reference);
    if (kind) kinds.add(kind);
  }
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.size > 1) return 'unknown';
  if (principalType?.kind === 'known' && typeof principalType.value === 'string')
    return KIND_OF_PRINCIPAL_TYPE[principalType.value.toLowerCase()] ?? 'unknown';
  return 'unknown';
}

/** Words for a principal kind in messages. */
export const PRINCIPAL_WORDS: Readonly<Record<PrincipalKind, string>> = {
  group: 'a group',
  user: 'a user',
  'managed-identity': 'a managed identity',
  'service-principal': 'the service principal of an app registration',
  application: 'an app registration',
  deployer: 'the deploying principal',
  unknown: 'a principal of unknown type',
};
