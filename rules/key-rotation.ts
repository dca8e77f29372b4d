import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue } from '../src/model/value.js';
import { displayPlain, equalsIgnoreCase } from '../src/model/value.js';
import { writtenInProviderTerms } from './util/names.js';

type MessageIds = 'missing' | 'noRotateAction';

export default defineRule<MessageIds>({
  meta: {
    id: 'key-rotation',
    type: 'problem',
    docs: {
      description:
        'Managed HSM keys have a rotation policy with at least one lifetime action that rotates them.',
      recommendation: 'compliance-and-governance/key-lifecycle',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      missing:
        "Key '{{name}}' has no rotation policy, so new key versions are only ever created by hand. {{fix}}",
      noRotateAction:
        "Key '{{name}}' has a rotation policy whose lifetime actions never rotate it (actions: {{actions}}). A notify action only raises an event; add a lifetime action of type rotate.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsmKey](key) {
        const name = key.displayName;
        const policy = key.get('properties.rotationPolicy');
        if (policy.kind === 'unknown') return context.unresolved(key, 'properties.rotationPolicy', policy);
        if (policy.kind === 'absent' || policy.value === null) {
          const fix = writtenInProviderTerms(key)
            ? 'Add an azurerm_key_vault_managed_hardware_security_module_key_rotation_policy for it with time_after_creation (for example P90D).'
            : 'Add a rotationPolicy with a lifetime action of type rotate (for example triggered timeAfterCreate P90D).';
          return context.report({ resource: key, at: policy, messageId: 'missing', data: { name, fix } });
        }
        const actionsValue = key.get('properties.rotationPolicy.lifetimeActions');
        if (actionsValue.kind === 'unknown')
          return context.unresolved(key, 'properties.rotationPolicy.lifetimeActions', actionsValue);
        const types: string[] = [];
        let unknown: { path: string; value: UnknownValue } | undefined;
        for (const [i, element] of key.items('properties.rotationPolicy.lifetimeActions').entries()) {
          const type = element.get('action.type');
          if (type.kind === 'unknown')
            unknown ??= { path: `properties.rotationPolicy.lifetimeActions[${i}].action.type`, value: type };
          else if (type.kind === 'absent') types.push('(no type)');
          else if (equalsIgnoreCase(type.value, 'rotate')) return;
          else types.push(displayPlain(type.value));
        }
        // An action whose type is an expression could be the rotate action.
        if (unknown) return context.unresolved(key, unknown.path, unknown.value);
        context.report({
          resource: key,
          at: actionsValue.kind === 'absent' ? policy : actionsValue,
          messageId: 'noRotateAction',
          data: { name, actions: types.length ? types.join(', ') : 'none' },
        });
      },
    };
  },
});
