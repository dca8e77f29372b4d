import { defineRule } from '../src/engine/rule.js';
import type { Graph } from '../src/model/graph.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { classifyPrincipal, referencedResources } from './util/principals.js';
import { LOCAL_ROLE_IDS, normalizeLocalScope, readRoleDefinition } from './util/roles.js';

type MessageIds = 'missing';

/** "Azure Managed HSM Key Governance Service": the app id is the same in every tenant (§1.5, pitfall 20). */
export const KEY_GOVERNANCE_APP_ID = 'a1b76039-a76c-499f-a2dd-846b4cc32627';

/** Whether an assignment is the grant: yes, no, or maybe (with the value that could not be decided). */
type Verdict = { kind: 'yes' } | { kind: 'no' } | { kind: 'maybe'; path: string; value: UnknownValue };

function undecided(value: Value, reason: string): UnknownValue {
  return { kind: 'unknown', expression: displayValue(value), range: value.range, reason };
}

/** Whether a principal id designates the Key Governance Service's service principal. */
function principalVerdict(graph: Graph, principal: Value, principalType: Value): Verdict {
  const path = 'properties.principalId';
  for (const sp of referencedResources(graph, principal)) {
    if (!sp.isType(TYPES.entraServicePrincipal)) continue;
    const appId = sp.get('properties.appId');
    if (appId.kind === 'unknown')
      return {
        kind: 'maybe',
        path,
        value: undecided(principal, `the app id of ${sp.displayName} is unknown`),
      };
    // A reference names one service principal: the app id it is looked up by decides.
    return appId.kind === 'known' && equalsIgnoreCase(appId.value, KEY_GOVERNANCE_APP_ID)
      ? { kind: 'yes' }
      : { kind: 'no' };
  }
  const kind = classifyPrincipal(graph, principal, principalType);
  if (kind !== 'unknown' && kind !== 'service-principal') return { kind: 'no' };
  return {
    kind: 'maybe',
    path,
    value: undecided(principal, 'the object id of the Key Governance Service differs in every tenant'),
  };
}

function assignmentVerdict(graph: Graph, assignment: Resource): Verdict {
  const role = readRoleDefinition(assignment, graph);
  if (role.kind === 'role' && role.guid !== LOCAL_ROLE_IDS.cryptoAuditor) return { kind: 'no' };
  if (role.kind === 'absent' || role.kind === 'other') return { kind: 'no' };
  const scope = assignment.get('properties.scope');
  if (scope.kind === 'known' && (typeof scope.value !== 'string' || normalizeLocalScope(scope.value) !== '/'))
    return { kind: 'no' };
  if (scope.kind === 'absent' || scope.kind === 'default') return { kind: 'no' };
  const principal = principalVerdict(
    graph,
    assignment.get('properties.principalId'),
    assignment.get('properties.principalType'),
  );
  if (principal.kind === 'no') return principal;
  if (scope.kind === 'unknown') return { kind: 'maybe', path: 'properties.scope', value: scope };
  if (role.kind === 'unknown')
    return { kind: 'maybe', path: 'properties.roleDefinitionId', value: role.value };
  return principal;
}

export default defineRule<MessageIds>({
  meta: {
    id: 'key-governance-service',
    type: 'suggestion',
    docs: {
      description:
        'The Azure Managed HSM Key Governance Service holds Managed HSM Crypto Auditor at scope /, so that Azure Policy can evaluate every key.',
      recommendation: 'compliance-and-governance/key-governance-service',
    },
    surfaces: ['terraform', 'tfplan', 'live'],
    messages: {
      missing:
        "Managed HSM '{{name}}' does not grant Managed HSM Crypto Auditor at scope / to the Azure Managed HSM Key Governance Service (app id " +
        KEY_GOVERNANCE_APP_ID +
        '). This grant is the prerequisite for the Microsoft.ManagedHSM.Data key policies (expiration, key size, curve, key type): without it Azure Policy sees only keys created or changed afterwards. Look up its service principal (data "azuread_service_principal" with client_id ' +
        KEY_GOVERNANCE_APP_ID +
        ') and assign the role at scope "/".',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;

    const assignmentsOf = (hsm: Resource) =>
      graph.ofType(TYPES.localRoleAssignment).filter((a) => graph.parentOf(a)?.key === hsm.key);
    /** Assignments whose HSM could not be followed: any of them may be this HSM's grant. */
    const unattributed = () =>
      graph.ofType(TYPES.localRoleAssignment).filter((a) => graph.parentOf(a) === undefined);

    return {
      [TYPES.managedHsm](hsm) {
        const own = assignmentsOf(hsm);
        // A live HSM always has its administrators' assignments: none means they could not be read (reported once).
        if (hsm.surface === 'live' && own.length === 0) return;
        let maybe: { resource: Resource; verdict: Extract<Verdict, { kind: 'maybe' }> } | undefined;
        for (const assignment of [...own, ...unattributed()]) {
          const verdict = assignmentVerdict(graph, assignment);
          if (verdict.kind === 'yes' && own.includes(assignment)) return;
          if (verdict.kind === 'no') continue;
          maybe ??= {
            resource: assignment,
            verdict: verdict.kind === 'yes' ? unattributedVerdict(assignment) : verdict,
          };
        }
        if (maybe)
          return context.unresolved(
            maybe.resource,
            maybe.verdict.path,
            maybe.verdict.value,
            `It may be the Crypto Auditor grant to the Key Governance Service (app ${KEY_GOVERNANCE_APP_ID}) that Managed HSM '${hsm.displayName}' needs.`,
          );
        context.report({ resource: hsm, messageId: 'missing', data: { name: hsm.displayName } });
      },
    };
  },
});

/** A grant whose HSM could not be followed: the HSM reference is what is unknown. */
function unattributedVerdict(assignment: Resource): Extract<Verdict, { kind: 'maybe' }> {
  return {
    kind: 'maybe',
    path: 'the Managed HSM of the assignment',
    value: {
      kind: 'unknown',
      expression: assignment.displayName,
      range: assignment.range,
      reason: 'the HSM it belongs to could not be followed',
    },
  };
}
