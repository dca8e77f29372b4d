import { describe, expect, it } from '@jest/globals';
import {
  classifyPrincipal,
  parseTerraformReference,
  referencedResources,
  writtenReference,
} from '../../../rules/util/principals.js';
import { isDeployer } from '../../../rules/util/roles.js';
import { TYPES } from '../../../src/model/resource.js';
import { graphOf, known, resource, unknown } from './model.js';

const KEY = (address: string) => `terraform:.:${address}`;

const graph = graphOf([
  resource({ key: KEY('azuread_group.admins'), type: TYPES.entraGroup, symbol: 'azuread_group.admins' }),
  resource({ key: KEY('azuread_user.alice'), type: TYPES.entraUser, symbol: 'azuread_user.alice' }),
  resource({
    key: KEY('data.azuread_service_principal.kgs'),
    type: TYPES.entraServicePrincipal,
    symbol: 'data.azuread_service_principal.kgs',
    existing: true,
  }),
  resource({
    key: KEY('azuread_application.app'),
    type: TYPES.entraApplication,
    symbol: 'azuread_application.app',
  }),
  resource({
    key: KEY('azurerm_user_assigned_identity.app'),
    type: TYPES.userAssignedIdentity,
    symbol: 'azurerm_user_assigned_identity.app',
  }),
  resource({ key: KEY('azurerm_key_vault_managed_hardware_security_module.hsm'), type: TYPES.managedHsm }),
]);

describe('classifyPrincipal', () => {
  it.each([
    [[KEY('azuread_group.admins')], 'group'],
    [[KEY('azuread_user.alice')], 'user'],
    [[KEY('data.azuread_service_principal.kgs')], 'service-principal'],
    [[KEY('azuread_application.app')], 'application'],
    [[KEY('azurerm_user_assigned_identity.app')], 'managed-identity'],
    [[KEY('azurerm_key_vault_managed_hardware_security_module.hsm')], 'unknown'],
  ] as const)('reads the type of the referenced resource %j', (references, kind) => {
    expect(classifyPrincipal(graph, unknown('x', [...references]))).toBe(kind);
  });

  it.each([
    ['azuread_group.admins.object_id', 'group'],
    ['data.azuread_group.admins.object_id', 'group'],
    ['module.iam.azuread_group.admins.object_id', 'group'],
    ['module.a["x"].module.b.data.azuread_group.admins[0].object_id', 'group'],
    ['azuread_user.alice.object_id', 'user'],
    ['data.azuread_user.alice.object_id', 'user'],
    ['azuread_service_principal.app.object_id', 'service-principal'],
    ['data.azuread_service_principal.app.object_id', 'service-principal'],
    ['azuread_application.app.object_id', 'application'],
    ['azurerm_user_assigned_identity.app.principal_id', 'managed-identity'],
    ['azurerm_linux_web_app.app.identity[0].principal_id', 'managed-identity'],
    ['azurerm_linux_web_app.app.identity.0.principal_id', 'managed-identity'],
    ['azurerm_linux_web_app.app.identity.principal_id', 'managed-identity'],
    ['azurerm_linux_web_app.app.id', 'unknown'],
    ['data.azurerm_client_config.current.object_id', 'deployer'],
    ['module.x.data.azurerm_client_config.current.object_id', 'deployer'],
    ['data.azurerm_client_config.current.tenant_id', 'unknown'],
    ['var.principal_id', 'unknown'],
    ['local.admins', 'unknown'],
  ])('reads the Terraform reference %s', (reference, kind) => {
    expect(classifyPrincipal(graph, unknown(reference, [reference]))).toBe(kind);
  });

  it('reads references a known value keeps (plan JSON)', () => {
    const guid = '44444444-4444-4444-4444-444444444444';
    expect(classifyPrincipal(graph, known(guid, ['azuread_group.admins.object_id']))).toBe('group');
    expect(classifyPrincipal(graph, known(guid, ['azuread_user.alice.object_id']))).toBe('user');
    expect(classifyPrincipal(graph, known(guid))).toBe('unknown');
  });

  it('recognizes the deploying principal first', () => {
    expect(classifyPrincipal(graph, unknown('deployer().objectId'))).toBe('deployer');
    expect(
      classifyPrincipal(
        graph,
        unknown('x', ['data.azurerm_client_config.current.object_id', 'azuread_group.a.object_id']),
      ),
    ).toBe('deployer');
  });

  it('gives unknown when references disagree', () => {
    const value = unknown('var.x ? a : b', [
      'azuread_group.admins.object_id',
      'azuread_user.alice.object_id',
    ]);
    expect(classifyPrincipal(graph, value)).toBe('unknown');
  });

  it('falls back to a known principalType', () => {
    const id = known('44444444-4444-4444-4444-444444444444');
    expect(classifyPrincipal(graph, id, known('Group'))).toBe('group');
    expect(classifyPrincipal(graph, id, known('ForeignGroup'))).toBe('group');
    expect(classifyPrincipal(graph, id, known('User'))).toBe('user');
    expect(classifyPrincipal(graph, id, known('ServicePrincipal'))).toBe('service-principal');
    expect(classifyPrincipal(graph, id, known('ManagedIdentity'))).toBe('managed-identity');
    expect(classifyPrincipal(graph, id, known('Device'))).toBe('unknown');
    expect(classifyPrincipal(graph, id, unknown('(not resolved)'))).toBe('unknown');
    // A reference says more than a principalType written beside it.
    expect(classifyPrincipal(graph, known('x', ['azuread_group.admins.object_id']), known('User'))).toBe(
      'group',
    );
  });
});

describe('parseTerraformReference', () => {
  it('takes module paths, data sources and instance keys apart', () => {
    expect(parseTerraformReference('module.a.data.azuread_group.g["k"].object_id')).toEqual({
      type: 'azuread_group',
      address: 'data.azuread_group.g',
      attribute: 'object_id',
      data: true,
    });
    expect(parseTerraformReference('azurerm_user_assigned_identity.id')?.attribute).toBe('');
    expect(parseTerraformReference('var.x')).toBeUndefined();
    expect(parseTerraformReference('terraform:.:azuread_group.admins')).toBeUndefined();
  });
});

describe('referencedResources', () => {
  it('finds resources by key and by Terraform address', () => {
    const byKey = referencedResources(graph, unknown('x', [KEY('azuread_group.admins')]));
    expect(byKey.map((r) => r.key)).toEqual([KEY('azuread_group.admins')]);
    const byAddress = referencedResources(
      graph,
      known('x', ['data.azuread_service_principal.kgs.object_id']),
    );
    expect(byAddress.map((r) => r.key)).toEqual([KEY('data.azuread_service_principal.kgs')]);
    expect(referencedResources(graph, unknown('var.x', ['var.x']))).toEqual([]);
  });

  it('names the written reference, not a resource key', () => {
    expect(writtenReference([KEY('azuread_group.admins'), 'azuread_group.admins.object_id'])).toBe(
      'azuread_group.admins.object_id',
    );
    expect(writtenReference(undefined)).toBeUndefined();
  });
});

describe('isDeployer (Terraform)', () => {
  it('recognizes the client config object id by reference or data source key', () => {
    expect(isDeployer(unknown('x', ['data.azurerm_client_config.current.object_id']))).toBe(true);
    expect(isDeployer(known('guid', ['data.azurerm_client_config.me.object_id']))).toBe(true);
    expect(isDeployer(unknown('x', ['terraform:.:data.azurerm_client_config.current']))).toBe(true);
    expect(isDeployer(unknown('x', ['data.azurerm_client_config.current.tenant_id']))).toBe(false);
    expect(isDeployer(unknown('x', ['azurerm_client_config.current.object_id']))).toBe(false);
  });
});
