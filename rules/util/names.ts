import type { Resource } from '../../src/model/resource.js';

/**
 * Whether a resource is written with a Terraform provider's own attribute names (azurerm, azuread)
 * rather than Resource Manager's: its findings then name what its author wrote. An `azapi_resource`
 * body is written with Resource Manager's names, as ARM templates and Bicep are.
 */
export function writtenInProviderTerms(resource: Resource): boolean {
  return (
    (resource.surface === 'terraform' || resource.surface === 'tfplan') &&
    !/(^|\.)azapi_resource\./.test(resource.symbol ?? '')
  );
}

/** A property's name as the resource's author writes it: Resource Manager's, or the provider attribute. */
export function nameOf(resource: Resource, names: { arm: string; provider: string }): string {
  return writtenInProviderTerms(resource) ? names.provider : names.arm;
}

/** Property names several rules mention, in Resource Manager's and the azurerm provider's terms. */
export const KEY_TYPE = { arm: 'kty', provider: 'key_type' };
export const KEY_SIZE = { arm: 'keySize', provider: 'key_size' };
export const FIREWALL_DEFAULT_ACTION = {
  arm: 'networkAcls.defaultAction',
  provider: 'network_acls.default_action',
};
