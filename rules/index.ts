import type { AnyRule, RuleRegistry } from '../src/engine/rule.js';
import adminGroups from './admin-groups.js';
import armKeyManagement from './arm-key-management.js';
import backupIdentity from './backup-identity.js';
import byokImportKeys from './byok-import-keys.js';
import diagnosticLogs from './diagnostic-logs.js';
import keyAesSize from './key-aes-size.js';
import keyEcCurve from './key-ec-curve.js';
import keyExpiration from './key-expiration.js';
import keyExpiryWindow from './key-expiry-window.js';
import keyGovernanceService from './key-governance-service.js';
import keyRotation from './key-rotation.js';
import keyRsaSize from './key-rsa-size.js';
import keyType from './key-type.js';
import logRetention from './log-retention.js';
import managedIdentityPrincipals from './managed-identity-principals.js';
import monitoringAlerts from './monitoring-alerts.js';
import multiRegion from './multi-region.js';
import networkBypass from './network-bypass.js';
import networkDefaultDeny from './network-default-deny.js';
import networkIpRules from './network-ip-rules.js';
import pimAdminRoles from './pim-admin-roles.js';
import privateEndpoint from './private-endpoint.js';
import publicNetworkAccess from './public-network-access.js';
import purgeProtection from './purge-protection.js';
import rbacCustomRoles from './rbac-custom-roles.js';
import rbacLeastPrivilege from './rbac-least-privilege.js';
import rbacPlaneSeparation from './rbac-plane-separation.js';
import securityDomainQuorum from './security-domain-quorum.js';
import sentinel from './sentinel.js';
import softDeleteRetention from './soft-delete-retention.js';
import { PRESETS } from './presets.js';

/** Every rule hsmlint ships, in the order of the rule catalog (by article section). */
export const RULES: readonly AnyRule[] = [
  privateEndpoint,
  publicNetworkAccess,
  networkDefaultDeny,
  networkIpRules,
  networkBypass,
  adminGroups,
  rbacLeastPrivilege,
  rbacCustomRoles,
  rbacPlaneSeparation,
  armKeyManagement,
  managedIdentityPrincipals,
  pimAdminRoles,
  purgeProtection,
  softDeleteRetention,
  securityDomainQuorum,
  diagnosticLogs,
  logRetention,
  monitoringAlerts,
  sentinel,
  keyGovernanceService,
  keyExpiration,
  keyExpiryWindow,
  keyRotation,
  keyRsaSize,
  keyEcCurve,
  keyAesSize,
  keyType,
  backupIdentity,
  byokImportKeys,
  multiRegion,
];

export const registry: RuleRegistry = {
  rules: new Map(RULES.map((rule) => [rule.meta.id, rule])),
  presets: PRESETS,
};
