import { describe, expect, it } from '@jest/globals';
import {
  identityFromResourceId,
  referenceFromResourceId,
} from '../../../../src/sources/arm/expressions/index.js';
import { RESOURCE_GROUP, SUBSCRIPTION_ID, evaluate, known, missing, unknownOf, valueOf } from './scope.js';

const HSM_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.KeyVault/managedHSMs/hsm1`;

describe('parameters and variables', () => {
  const options = {
    parameters: { hsmName: { kind: 'known' as const, value: 'hsm1' } },
    variables: { location: { kind: 'known' as const, value: 'westeurope' } },
  };

  it('read what the scope provides', () => {
    expect(valueOf("parameters('hsmName')", options)).toBe('hsm1');
    expect(valueOf("variables('location')", options)).toBe('westeurope');
    expect(valueOf("parameters(concat('hsm', 'Name'))", options)).toBe('hsm1');
  });

  it('report names the scope does not know', () => {
    expect(evaluate("[parameters('nope')]", options)).toEqual(missing("parameter 'nope' is not declared"));
    expect(evaluate("[variables('nope')]", options)).toEqual(missing("variable 'nope' is not declared"));
    expect(unknownOf('parameters(1)', options).reason).toBe(
      'parameters(): the parameter name must be a string, not int',
    );
  });
});

describe('copyIndex', () => {
  const options = { loops: { '': 2, disks: 5 } };

  it('reads the current loop, with an optional loop name and offset', () => {
    expect(valueOf('copyIndex()', options)).toBe(2);
    expect(valueOf('copyIndex(1)', options)).toBe(3);
    expect(valueOf("copyIndex('disks')", options)).toBe(5);
    expect(valueOf("copyIndex('disks', 10)", options)).toBe(15);
  });

  it('is unknown outside a loop', () => {
    expect(unknownOf('copyIndex()').reason).toBe('copyIndex(): used outside a copy loop');
    expect(unknownOf("copyIndex('nics')", options).reason).toBe(
      "copyIndex(): copy loop 'nics' is not active",
    );
    expect(unknownOf("copyIndex('disks', 'x')", options).reason).toBe(
      'copyIndex(): the second argument must be an int, not string',
    );
  });
});

describe('deployment context objects', () => {
  it('come from the scope', () => {
    expect(valueOf('resourceGroup().name')).toBe(RESOURCE_GROUP);
    expect(valueOf('resourceGroup().location')).toBe('westeurope');
    expect(valueOf('subscription().subscriptionId')).toBe(SUBSCRIPTION_ID);
    expect(valueOf('tenant().tenantId')).toBe('11111111-1111-1111-1111-111111111111');
    expect(valueOf('deployment().name')).toBe('main-deployment');
    expect(valueOf('environment().suffixes.keyvaultDns')).toBe('.vault.azure.net');
  });

  it('are unknown when the scope does not know them', () => {
    for (const name of ['resourceGroup', 'subscription', 'tenant', 'deployment', 'environment']) {
      expect(evaluate(`[${name}().id]`, { noContext: true })).toEqual(
        missing(`${name}() is not known before deployment`),
      );
    }
    expect(unknownOf('managementGroup().id').reason).toBe('managementGroup() is not known before deployment');
  });
});

describe('resourceId', () => {
  it('builds a resource group resource id from the scope', () => {
    expect(valueOf("resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1')")).toBe(HSM_ID);
  });

  it('takes one name per type segment, separately or joined with /', () => {
    const expected = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.KeyVault/managedHSMs/hsm/keys/key1`;
    expect(valueOf("resourceId('Microsoft.KeyVault/managedHSMs/keys', 'hsm', 'key1')")).toBe(expected);
    expect(valueOf("resourceId('Microsoft.KeyVault/managedHSMs/keys', 'hsm/key1')")).toBe(expected);
  });

  it('accepts a leading resource group, or subscription and resource group', () => {
    expect(valueOf("resourceId('otherRg', 'Microsoft.Storage/storageAccounts', 'st1')")).toBe(
      `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/otherRg/providers/Microsoft.Storage/storageAccounts/st1`,
    );
    expect(valueOf("resourceId('sub2', 'rg2', 'Microsoft.Storage/storageAccounts', 'st1')")).toBe(
      '/subscriptions/sub2/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/st1',
    );
    expect(
      valueOf("resourceId('sub2', 'rg2', 'Microsoft.Storage/storageAccounts', 'st1')", { noContext: true }),
    ).toBe('/subscriptions/sub2/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/st1');
  });

  it('is unknown without a subscription or resource group, but keeps type and name for linking', () => {
    expect(evaluate("[resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1')]", { noContext: true })).toEqual(
      missing('the subscription is not known before deployment', {
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      }),
    );
    expect(
      evaluate("[resourceId('Microsoft.KeyVault/managedHSMs/keys', 'hsm', 'key1')]", { noContext: true }),
    ).toEqual(
      missing('the subscription is not known before deployment', {
        references: ['Microsoft.KeyVault/managedHSMs/keys/hsm/key1'],
      }),
    );
    expect(
      evaluate("[resourceId('otherRg', 'Microsoft.Storage/storageAccounts', 'st1')]", { noContext: true }),
    ).toEqual(
      missing('the subscription is not known before deployment', {
        references: ['Microsoft.Storage/storageAccounts/st1'],
      }),
    );
  });

  it('keeps the reference when only the scope arguments are unknown', () => {
    const options = {
      noContext: true,
      parameters: { rg: { kind: 'unknown' as const, reason: "parameter 'rg' has no value" } },
    };
    expect(
      evaluate("[resourceId(parameters('rg'), 'Microsoft.KeyVault/managedHSMs', 'hsm1')]", options),
    ).toEqual(
      missing("parameter 'rg' has no value", { references: ['Microsoft.KeyVault/managedHSMs/hsm1'] }),
    );
  });

  it('names an unknown name by its expression text, so a resource named the same way can be linked', () => {
    const options = {
      parameters: { name: { kind: 'unknown' as const, reason: "parameter 'name' has no value" } },
    };
    expect(evaluate("[resourceId('Microsoft.KeyVault/managedHSMs',  parameters('name') )]", options)).toEqual(
      missing("parameter 'name' has no value", {
        references: ["Microsoft.KeyVault/managedHSMs/[parameters('name')]"],
      }),
    );
  });

  it('reports a name count that does not match the type', () => {
    expect(unknownOf("resourceId('Microsoft.KeyVault/managedHSMs/keys', 'hsm')").reason).toBe(
      "resourceId(): type 'Microsoft.KeyVault/managedHSMs/keys' needs 2 name segment(s) after it",
    );
    expect(unknownOf("resourceId('a', 'b')").reason).toBe(
      'resourceId(): no argument is a resource type such as Microsoft.KeyVault/managedHSMs',
    );
    expect(unknownOf("resourceId('Microsoft.KeyVault/managedHSMs', 1)").reason).toBe(
      'resourceId(): every argument must be a string, not int',
    );
  });
});

describe('other resource id functions', () => {
  it('subscriptionResourceId', () => {
    expect(valueOf("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'role1')")).toBe(
      `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleDefinitions/role1`,
    );
    expect(
      valueOf("subscriptionResourceId('sub2', 'Microsoft.Authorization/roleDefinitions', 'role1')", {
        noContext: true,
      }),
    ).toBe('/subscriptions/sub2/providers/Microsoft.Authorization/roleDefinitions/role1');
    expect(
      evaluate("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'role1')]", {
        noContext: true,
      }),
    ).toEqual(
      missing('the subscription is not known before deployment', {
        references: ['Microsoft.Authorization/roleDefinitions/role1'],
      }),
    );
  });

  it('tenantResourceId', () => {
    expect(
      valueOf("tenantResourceId('Microsoft.Authorization/policyDefinitions', 'p1')", { noContext: true }),
    ).toBe('/providers/Microsoft.Authorization/policyDefinitions/p1');
  });

  it('extensionResourceId', () => {
    expect(
      valueOf(
        "extensionResourceId(resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1'), 'Microsoft.Authorization/locks', 'lock1')",
      ),
    ).toBe(`${HSM_ID}/providers/Microsoft.Authorization/locks/lock1`);
    expect(
      evaluate(
        "[extensionResourceId(resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1'), 'Microsoft.Insights/diagnosticSettings', 'logs')]",
        { noContext: true },
      ),
    ).toEqual(
      missing('the subscription is not known before deployment', {
        references: ['Microsoft.Insights/diagnosticSettings/logs', 'Microsoft.KeyVault/managedHSMs/hsm1'],
      }),
    );
  });

  it('managementGroupResourceId', () => {
    expect(
      valueOf("managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p1')"),
    ).toBe(
      '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p1',
    );
    expect(
      evaluate("[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p1')]"),
    ).toEqual(
      missing('the management group is not known before deployment', {
        references: ['Microsoft.Authorization/policyDefinitions/p1'],
      }),
    );
  });
});

describe('functions resolved at deployment time', () => {
  it('reference() is unknown but names the resource it reads', () => {
    expect(
      evaluate(
        "[reference(resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1'), '2023-07-01').properties.hsmUri]",
      ),
    ).toEqual(
      missing('reference() is resolved at deployment time', {
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      }),
    );
    expect(evaluate(`[reference('${HSM_ID}')]`)).toEqual(
      missing('reference() is resolved at deployment time', {
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      }),
    );
    expect(
      evaluate("[reference(resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1'), '2023-07-01', 'Full')]", {
        noContext: true,
      }),
    ).toEqual(
      missing('reference() is resolved at deployment time', {
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      }),
    );
    expect(evaluate("[reference('hsm1')]")).toEqual(missing('reference() is resolved at deployment time'));
  });

  it('list*() functions are unknown but name the resource they read', () => {
    expect(
      evaluate(
        "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st1'), '2023-01-01').keys[0].value]",
      ),
    ).toEqual(
      missing('listKeys() is resolved at deployment time', {
        references: ['Microsoft.Storage/storageAccounts/st1'],
      }),
    );
    expect(
      evaluate(
        "[LISTSECRETS(resourceId('Microsoft.Web/sites/config', 'app', 'publishingcredentials'), '2022-03-01')]",
      ),
    ).toEqual(
      missing('LISTSECRETS() is resolved at deployment time', {
        references: ['Microsoft.Web/sites/config/app/publishingcredentials'],
      }),
    );
  });

  it('deployer() is unknown and says so', () => {
    expect(evaluate('[deployer().objectId]')).toEqual(
      missing('deployer() is resolved at deployment time', { references: ['deployer()'] }),
    );
    expect(evaluate("[concat('owner-', deployer().userPrincipalName)]")).toEqual(
      missing('deployer() is resolved at deployment time', { references: ['deployer()'] }),
    );
  });

  it('merges references from several unknown inputs', () => {
    expect(
      evaluate(
        "[concat(reference(resourceId('Microsoft.KeyVault/managedHSMs', 'a')).x, deployer().objectId, reference(resourceId('Microsoft.KeyVault/managedHSMs', 'a')).y)]",
      ),
    ).toEqual(
      missing('reference() is resolved at deployment time', {
        references: ['Microsoft.KeyVault/managedHSMs/a', 'deployer()'],
      }),
    );
  });

  it('newGuid(), pickZones() and providers() are unknown', () => {
    expect(evaluate('[newGuid()]')).toEqual(missing('newGuid() returns a new value on every deployment'));
    expect(evaluate("[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]")).toEqual(
      missing('pickZones() is resolved at deployment time'),
    );
    expect(evaluate("[providers('Microsoft.KeyVault')]")).toEqual(
      missing('providers() is resolved at deployment time'),
    );
  });
});

describe('functions the evaluator does not know', () => {
  it('are unknown, naming the function', () => {
    expect(evaluate("[frobnicate('x')]")).toEqual(missing("unknown function 'frobnicate'"));
  });

  it('user-defined functions go to the scope', () => {
    const userFunction = (namespace: string, name: string, args: Array<{ kind: string; value?: unknown }>) =>
      namespace === 'contoso' && name === 'uniqueName' && args[0].kind === 'known'
        ? ({ kind: 'known', value: `${String(args[0].value)}-x` } as const)
        : undefined;
    expect(evaluate("[contoso.uniqueName(toLower('ST'))]", { userFunction })).toEqual(known('st-x'));
    expect(evaluate("[contoso.other('a')]", { userFunction })).toEqual(
      missing("user-defined function 'contoso.other' is not available"),
    );
    expect(evaluate("[contoso.uniqueName('a')]")).toEqual(
      missing("user-defined function 'contoso.uniqueName' is not available"),
    );
  });
});

describe('resource id parsing', () => {
  it('finds the type and name of the last provider segment', () => {
    expect(identityFromResourceId(HSM_ID)).toEqual({
      type: 'Microsoft.KeyVault/managedHSMs',
      names: ['hsm1'],
    });
    expect(referenceFromResourceId(`${HSM_ID}/keys/key1`)).toBe(
      'Microsoft.KeyVault/managedHSMs/keys/hsm1/key1',
    );
    expect(referenceFromResourceId(`${HSM_ID}/providers/Microsoft.Authorization/locks/lock1`)).toBe(
      'Microsoft.Authorization/locks/lock1',
    );
    expect(referenceFromResourceId('/providers/Microsoft.Management/managementGroups/mg1')).toBe(
      'Microsoft.Management/managementGroups/mg1',
    );
  });

  it('rejects text that is not a provider resource id', () => {
    expect(referenceFromResourceId('hsm1')).toBeUndefined();
    expect(referenceFromResourceId(`/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg`)).toBeUndefined();
    expect(referenceFromResourceId(`${HSM_ID}/keys`)).toBeUndefined();
  });
});
