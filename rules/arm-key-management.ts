import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import type { Value } from '../src/model/value.js';
import { isTrue } from './util/values.js';

type MessageIds = 'trustsArm' | 'armTrusted';

/** Where the live source puts the HSM's data-plane setting `AllowKeyManagementOperationsThroughARM`. */
const SETTING = 'properties.settings.allowKeyManagementOperationsThroughARM';

export default defineRule<MessageIds>({
  meta: {
    id: 'arm-key-management',
    type: 'suggestion',
    docs: {
      description:
        'Keys declared as Resource Manager resources need the HSM to trust Resource Manager with key management; that trust is a deliberate decision.',
      recommendation: 'identity-and-access-management/separate-control-and-data-plane',
    },
    surfaces: ['arm', 'bicep', 'live'],
    messages: {
      trustsArm:
        "Key '{{name}}' is deployed through Azure Resource Manager, which works only when {{hsm}} has AllowKeyManagementOperationsThroughARM enabled (it is off by default). That setting lets control-plane permissions create and manage keys, weakening the separation between control plane and data plane. Enable it deliberately, or create keys through the data plane (local RBAC) instead.",
      armTrusted:
        "Managed HSM '{{name}}' trusts Azure Resource Manager with key management: its data-plane setting AllowKeyManagementOperationsThroughARM is true (it is off by default). Control-plane permissions can then create and manage keys, weakening the separation between control plane and data plane. Turn the setting off (for example Update-AzKeyVaultSetting -HsmName {{name}} -Name AllowKeyManagementOperationsThroughARM -Value false) unless keys are managed through Resource Manager on purpose.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsmKey](key) {
        // Live keys say nothing about how they were created; the live check is the HSM setting itself.
        if (key.surface !== 'arm' && key.surface !== 'bicep') return;
        const hsmName = context.graph.parentOf(key)?.displayName ?? parentName(key.name);
        const hsm = hsmName ? `HSM '${hsmName}'` : 'its HSM';
        context.report({ resource: key, messageId: 'trustsArm', data: { name: key.displayName, hsm } });
      },
      [TYPES.managedHsm](hsm) {
        // Only a live scan reads the data plane; a template cannot say how the setting is.
        if (hsm.surface !== 'live') return;
        const setting = hsm.get(SETTING);
        // Absent: the data plane was not read (not asked for), so nothing is claimed either way.
        if (setting.kind === 'unknown') return context.unresolved(hsm, SETTING, setting);
        if (setting.kind === 'known' && isTrue(setting.value))
          context.report({
            resource: hsm,
            at: setting,
            messageId: 'armTrusted',
            data: { name: hsm.displayName },
          });
      },
    };
  },
});

/** The HSM part of a child name written `hsm/key`, when the HSM itself is not in the scan. */
function parentName(name: Value): string | undefined {
  if (name.kind !== 'known' || name.secure || typeof name.value !== 'string') return undefined;
  const segments = name.value.split('/');
  return segments.length > 1 ? segments.slice(0, -1).join('/') : undefined;
}
