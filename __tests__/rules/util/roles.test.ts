import { describe, expect, it } from '@jest/globals';
import {
  CONTROL_ROLES,
  controlAdminRoleName,
  isDeployer,
  LOCAL_ROLES,
  localRoleName,
  roleGuidOf,
} from '../../../rules/util/roles.js';
import type { Value } from '../../../src/model/value.js';

const CRYPTO_USER = '21dbd100-6940-42c2-9190-5d6cb909625b';
const RELEASE_USER = '21dbd100-6940-42c2-9190-5d6cb909625c';
const range = { file: 'a.json', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

describe('roleGuidOf', () => {
  it.each([
    [`/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_USER}`],
    [`/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_USER}`],
    [`Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_USER}`],
    [`/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_USER}`],
    [`/subscriptions/x/resourceGroups/rg/providers/Microsoft.Authorization/RoleDefinitions/${CRYPTO_USER}/`],
    [CRYPTO_USER],
    [` ${CRYPTO_USER.toUpperCase()} `],
  ])('reads %s', (id) => {
    expect(roleGuidOf(id)).toBe(CRYPTO_USER);
  });

  it.each([
    [`/subscriptions/x/providers/Microsoft.Authorization/policyDefinitions/${CRYPTO_USER}`],
    ['/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/not-a-guid'],
    [''],
    ['21dbd100-6940-42c2-9190-5d6cb909625'],
  ])('rejects %s', (id) => {
    expect(roleGuidOf(id)).toBeUndefined();
  });
});

describe('role tables', () => {
  it('tells Crypto User and Crypto Service Release User apart by their full GUID', () => {
    expect(localRoleName(CRYPTO_USER)).toBe('Managed HSM Crypto User');
    expect(localRoleName(RELEASE_USER)).toBe('Managed HSM Crypto Service Release User');
    expect(localRoleName('21dbd100-6940-42c2-9190-5d6cb909625d')).toBeUndefined();
  });

  it('keeps control-plane roles out of the local table', () => {
    expect(Object.keys(LOCAL_ROLES)).toHaveLength(8);
    for (const guid of Object.values(CONTROL_ROLES)) expect(localRoleName(guid)).toBeUndefined();
    expect(controlAdminRoleName(CONTROL_ROLES.managedHsmContributor)).toBe('Managed HSM Contributor');
    expect(controlAdminRoleName(CONTROL_ROLES.owner.toUpperCase())).toBe('Owner');
    expect(controlAdminRoleName(CRYPTO_USER)).toBeUndefined();
  });
});

describe('isDeployer', () => {
  it('recognizes deployer() in an unevaluated expression or in its references', () => {
    const unknown = (expression: string, references?: string[]): Value => ({
      kind: 'unknown',
      expression,
      range,
      references,
    });
    expect(isDeployer(unknown('[deployer().objectId]'))).toBe(true);
    expect(isDeployer(unknown('[DEPLOYER().objectId]'))).toBe(true);
    expect(isDeployer(unknown("[variables('admin')]", ['deployer()']))).toBe(true);
    expect(isDeployer(unknown("[parameters('admin')]"))).toBe(false);
    expect(isDeployer({ kind: 'known', value: 'deployer()', range })).toBe(false);
  });
});
