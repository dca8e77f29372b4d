import { describe, expect, it } from '@jest/globals';
import adminGroups from '../../rules/admin-groups.js';
import keyGovernanceService from '../../rules/key-governance-service.js';
import managedIdentityPrincipals from '../../rules/managed-identity-principals.js';
import rbacCustomRoles from '../../rules/rbac-custom-roles.js';
import rbacLeastPrivilege from '../../rules/rbac-least-privilege.js';
import securityDomainQuorum from '../../rules/security-domain-quorum.js';
import { TYPES } from '../../src/model/resource.js';
import { check, ids, knownNode, resource, unknownNode } from './util/model.js';

/*
 * The local RBAC and security domain rules on hand-built canonical resources: live resources (which only
 * an Azure scan produces) and plan values that keep their configuration references beside a resolved
 * GUID. The Terraform HCL cases are in each rule's RuleTester suite.
 */

const ROLE = (guid: string) =>
  `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const CRYPTO_USER = '21dbd100-6940-42c2-9190-5d6cb909625b';
const RELEASE_USER = '21dbd100-6940-42c2-9190-5d6cb909625c';
const AUDITOR = '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3';
const ADMINISTRATOR = 'a290e904-7015-4bba-90c8-60543313cdb4';
const OBJECT_ID = '44444444-4444-4444-4444-444444444444';

const liveHsm = (properties: Record<string, unknown> = {}) =>
  resource({ key: 'live:hsm1', type: TYPES.managedHsm, name: 'hsm1', surface: 'live', body: { properties } });

const liveAssignment = (name: string, properties: Record<string, unknown>) =>
  resource({
    key: `live:hsm1/roleAssignments/${name}`,
    type: TYPES.localRoleAssignment,
    name: `hsm1/${name}`,
    surface: 'live',
    parentKey: 'live:hsm1',
    body: { properties },
  });

describe('security-domain-quorum (live)', () => {
  it('passes an active security domain and reports any other status', () => {
    expect(
      check(securityDomainQuorum, [liveHsm({ securityDomainProperties: { activationStatus: 'Active' } })]),
    ).toEqual([]);
    const findings = check(securityDomainQuorum, [
      liveHsm({ securityDomainProperties: { activationStatus: 'NotActivated' } }),
    ]);
    expect(ids(findings)).toEqual(['notActive']);
    expect(findings[0].message).toContain('activation status NotActivated');
  });

  it('says nothing when the status is not reported, and could-not-verify when it could not be read', () => {
    expect(check(securityDomainQuorum, [liveHsm()])).toEqual([]);
    const unread = liveHsm({ securityDomainProperties: { activationStatus: unknownNode('(not read)') } });
    expect(ids(check(securityDomainQuorum, [unread]))).toEqual(['unresolved']);
  });

  it('is silent on ARM unless gaps are explained', () => {
    const arm = resource({
      key: 'a.json#hsm',
      type: TYPES.managedHsm,
      surface: 'arm',
      body: { properties: {} },
    });
    expect(check(securityDomainQuorum, [arm])).toEqual([]);
    const gap = check(securityDomainQuorum, [arm], { explainGaps: true });
    expect(ids(gap)).toEqual(['unresolved']);
    expect(gap[0].message).toContain('an ARM template cannot express what it checks');
  });
});

describe('rbac-least-privilege (live)', () => {
  it('reports key-usage roles at / and /keys, not on a key', () => {
    const findings = check(rbacLeastPrivilege, [
      liveHsm(),
      liveAssignment('a', { scope: '/', roleDefinitionId: ROLE(CRYPTO_USER), principalId: OBJECT_ID }),
      liveAssignment('b', { scope: '/keys/', roleDefinitionId: ROLE(RELEASE_USER), principalId: OBJECT_ID }),
      liveAssignment('c', { scope: '/keys/k1', roleDefinitionId: ROLE(CRYPTO_USER), principalId: OBJECT_ID }),
      liveAssignment('d', { scope: '/', roleDefinitionId: ROLE(AUDITOR), principalId: OBJECT_ID }),
    ]);
    expect(ids(findings)).toEqual(['broadScope', 'broadScope']);
    expect(findings[0].message).toContain("Managed HSM Crypto User at scope / of Managed HSM 'hsm1'");
    expect(findings[1].message).toContain('Managed HSM Crypto Service Release User at scope /keys/ (/keys)');
  });
});

describe('rbac-custom-roles (live)', () => {
  const definition = (properties: Record<string, unknown>) =>
    resource({
      key: 'live:hsm1/roleDefinitions/r',
      type: TYPES.localRoleDefinition,
      surface: 'live',
      parentKey: 'live:hsm1',
      body: { properties },
    });

  it('skips built-in roles and reports a custom one that mixes export and usage', () => {
    const permissions = [{ dataActions: ['Microsoft.KeyVault/managedHsm/*'] }];
    expect(check(rbacCustomRoles, [definition({ roleType: 'AKVBuiltInRole', permissions })])).toEqual([]);
    const findings = check(rbacCustomRoles, [
      definition({ roleType: 'CustomRole', roleName: 'ops', permissions }),
    ]);
    expect(ids(findings)).toEqual(['sensitiveWithUsage']);
    expect(findings[0].message).toContain(
      "Custom role 'ops' grants keys/export/action, securitydomain/download/action, roleAssignments/write/action together with key usage",
    );
  });

  it('honours notDataActions per permission block', () => {
    const permissions = [
      {
        dataActions: ['Microsoft.KeyVault/managedHsm/keys/*'],
        notDataActions: ['microsoft.keyvault/managedhsm/keys/export/action'],
      },
    ];
    expect(check(rbacCustomRoles, [definition({ permissions })])).toEqual([]);
  });
});

describe('managed-identity-principals (live)', () => {
  it('reads the principal types Microsoft Graph returned', () => {
    const findings = check(managedIdentityPrincipals, [
      liveHsm(),
      liveAssignment('mi', {
        scope: '/keys/k',
        roleDefinitionId: ROLE(CRYPTO_USER),
        principalId: OBJECT_ID,
        principalType: 'ManagedIdentity',
      }),
      liveAssignment('sp', {
        scope: '/keys/k',
        roleDefinitionId: ROLE(CRYPTO_USER),
        principalId: OBJECT_ID,
        principalType: 'ServicePrincipal',
      }),
      liveAssignment('u', {
        scope: '/keys/k',
        roleDefinitionId: ROLE(CRYPTO_USER),
        principalId: OBJECT_ID,
        principalType: 'User',
      }),
      liveAssignment('x', {
        scope: '/keys/k',
        roleDefinitionId: ROLE(CRYPTO_USER),
        principalId: OBJECT_ID,
        principalType: unknownNode('(not resolved)'),
      }),
      liveAssignment('admin', {
        scope: '/',
        roleDefinitionId: ROLE(ADMINISTRATOR),
        principalId: OBJECT_ID,
        principalType: 'User',
      }),
    ]);
    expect(ids(findings).sort()).toEqual(['appRegistration', 'unresolved', 'user']);
  });
});

describe('key-governance-service (live)', () => {
  it('is silent when no local role assignment was read', () => {
    expect(check(keyGovernanceService, [liveHsm()])).toEqual([]);
  });

  it('reports a missing grant and cannot confirm a Crypto Auditor service principal at /', () => {
    const admin = liveAssignment('admin', {
      scope: '/',
      roleDefinitionId: ROLE(ADMINISTRATOR),
      principalId: OBJECT_ID,
      principalType: 'Group',
    });
    expect(ids(check(keyGovernanceService, [liveHsm(), admin]))).toEqual(['missing']);
    const auditor = liveAssignment('kgs', {
      scope: '/',
      roleDefinitionId: ROLE(AUDITOR),
      principalId: OBJECT_ID,
      principalType: 'ServicePrincipal',
    });
    const findings = check(keyGovernanceService, [liveHsm(), admin, auditor]);
    expect(ids(findings)).toEqual(['unresolved']);
    expect(findings[0].message).toContain('differs in every tenant');
    const group = liveAssignment('g', {
      scope: '/',
      roleDefinitionId: ROLE(AUDITOR),
      principalId: OBJECT_ID,
      principalType: 'Group',
    });
    expect(ids(check(keyGovernanceService, [liveHsm(), admin, group]))).toEqual(['missing']);
  });
});

describe('plan values that keep their configuration references', () => {
  const planHsm = resource({
    key: 'tfplan:p.json:azurerm_key_vault_managed_hardware_security_module.hsm',
    type: TYPES.managedHsm,
    name: 'hsm1',
    surface: 'tfplan',
    body: {
      properties: { initialAdminObjectIds: [knownNode(OBJECT_ID, ['azuread_user.alice.object_id'], 7)] },
    },
  });
  const assignment = (principal: ReturnType<typeof knownNode>, role = CRYPTO_USER) =>
    resource({
      key: 'tfplan:p.json:azurerm_key_vault_managed_hardware_security_module_role_assignment.app',
      type: TYPES.localRoleAssignment,
      name: 'app',
      surface: 'tfplan',
      parentKey: planHsm.key,
      body: { properties: { scope: '/keys/k', roleDefinitionId: ROLE(role), principalId: principal } },
    });

  it('tells users from managed identities by the kept reference', () => {
    const sp = assignment(knownNode(OBJECT_ID, ['azuread_service_principal.app.object_id']));
    const findings = check(managedIdentityPrincipals, [planHsm, sp]);
    expect(ids(findings)).toEqual(['appRegistration']);
    expect(findings[0].message).toContain(`${OBJECT_ID} (azuread_service_principal.app.object_id)`);
    const mi = assignment(knownNode(OBJECT_ID, ['azurerm_user_assigned_identity.app.principal_id']));
    expect(check(managedIdentityPrincipals, [planHsm, mi])).toEqual([]);
  });

  it('reports a user as initial administrator and as local Administrator', () => {
    const findings = check(adminGroups, [
      planHsm,
      assignment(knownNode(OBJECT_ID, ['data.azuread_user.bob.object_id']), ADMINISTRATOR),
    ]);
    expect(ids(findings).sort()).toEqual(['userAdmin', 'userAssignment']);
    expect(findings.find((f) => f.messageId === 'userAdmin')?.message).toContain(
      `${OBJECT_ID} from azuread_user.alice.object_id in admin_object_ids`,
    );
  });
});
