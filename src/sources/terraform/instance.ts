import type { ResourceSuppression } from '../../model/resource.js';
import type { ObjectNode } from '../../model/node.js';
import type { SourceRange } from '../../model/range.js';

/**
 * One Terraform resource instance (or data source instance) after evaluation, in Terraform's own shape:
 * attribute names as the provider spells them (snake_case), nested blocks as arrays of objects (as in
 * `terraform show -json`). Both the HCL evaluator and the plan JSON reader produce these; `map.ts` turns
 * them into canonical resources.
 */
export interface TfInstance {
  mode: 'managed' | 'data';
  /** Resource type, e.g. `azurerm_key_vault_managed_hardware_security_module`, `azapi_resource`. */
  type: string;
  /** Full address with module path and instance key: `module.hsm.azurerm_x.main["a"]`. */
  address: string;
  /** Unique in the scan; other instances' unknown values name it in their `references`. */
  key: string;
  /**
   * The evaluated attributes. Computed attributes that were not written (`id`, `resource_manager_id`)
   * are absent here; references to them elsewhere are unknowns that carry this instance's key.
   */
  attributes: ObjectNode;
  /** The declaration (the `resource` block, or the plan entry). */
  range: SourceRange;
  surface: 'terraform' | 'tfplan';
  /** How the instance is deployed when not from the scanned root itself, e.g. `module "hsm" at main.tf:12`. */
  via?: string;
  /** The `count`/`for_each` or condition text when the instance exists only under a condition. */
  conditional?: string;
  /** The `for_each`/`count` text when the collection could not be evaluated: one instance stands for all. */
  loop?: string;
  suppressions?: ResourceSuppression[];
}

/** The key of an instance declared in HCL: module directory (relative to the scan) plus full address. */
export function hclInstanceKey(rootDir: string, address: string): string {
  return `terraform:${rootDir}:${address}`;
}

/** The key of an instance read from a plan file. */
export function planInstanceKey(planFile: string, address: string): string {
  return `tfplan:${planFile}:${address}`;
}

/** The reason an attribute that only exists after apply is unknown. */
export const KNOWN_AFTER_APPLY = 'known only after apply';
