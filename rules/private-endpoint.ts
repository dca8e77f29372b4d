import { defineRule } from '../src/engine/rule.js';
import type { SourceRange } from '../src/model/range.js';
import type { Element, Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import { refKeysOf } from '../src/model/link.js';
import { parseResourceId, refKey } from '../src/model/resource-id.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { writtenInProviderTerms } from './util/names.js';

type MessageIds = 'missing' | 'wrongGroupId' | 'notApproved';

/** The Private Link sub-resource of a Managed HSM (rule-semantics §2.2, pitfall 7: accept both spellings). */
const GROUP_IDS = ['managedhsm', 'managedhsms'];

const CONNECTION_LISTS = [
  'properties.privateLinkServiceConnections',
  'properties.manualPrivateLinkServiceConnections',
];

const STATUS = 'properties.privateLinkServiceConnectionState.status';

/** One connection of a private endpoint, with the id of the resource it targets. */
interface Connection {
  element: Element;
  path: string;
  target: Value;
}

function connectionsOf(endpoint: Resource): Connection[] {
  return CONNECTION_LISTS.flatMap((list) =>
    endpoint.items(list).map((element, index) => ({
      element,
      path: `${list}[${index}]`,
      target: element.get('properties.privateLinkServiceId'),
    })),
  );
}

/** Whether a connection's target id designates the HSM with one of the given keys (`refKeysOf`). */
function targets(target: Value, keys: readonly string[]): boolean {
  const matches = (id: string) => {
    const ref = parseResourceId(id);
    return ref !== undefined && keys.includes(refKey(ref));
  };
  if (target.kind === 'known') return typeof target.value === 'string' && matches(target.value);
  if (target.kind === 'unknown') return (target.references ?? []).some(matches);
  return false;
}

type GroupReading = { ok: true } | { ok: false; at: Value } | { unknown: UnknownValue; path: string };

/** Whether the connection asks for the Managed HSM sub-resource. */
function readGroupIds(connection: Connection): GroupReading {
  const path = `${connection.path}.properties.groupIds`;
  const groupIds = connection.element.get('properties.groupIds');
  if (groupIds.kind === 'unknown') return { unknown: groupIds, path };
  if (groupIds.kind !== 'known' || !Array.isArray(groupIds.value)) return { ok: false, at: groupIds };
  if (groupIds.value.some((id) => GROUP_IDS.some((g) => equalsIgnoreCase(id, g)))) return { ok: true };
  const items = connection.element.items('properties.groupIds');
  for (const [index, item] of items.entries()) {
    const value = item.value;
    if (value.kind === 'unknown') return { unknown: value, path: `${path}[${index}]` };
  }
  return { ok: false, at: groupIds };
}

/** A private endpoint whose every connection asks for another sub-resource cannot be an HSM endpoint. */
function mayTargetHsm(endpoint: Resource, target: Value): boolean {
  const all = connectionsOf(endpoint);
  const own = all.filter((c) => sameStart(c.target.range, target.range));
  const candidates = own.length ? own : all;
  if (candidates.length === 0) return true;
  return candidates.some((c) => {
    const reading = readGroupIds(c);
    return 'unknown' in reading || reading.ok;
  });
}

function sameStart(a: SourceRange, b: SourceRange): boolean {
  return a.file === b.file && a.start.line === b.start.line && a.start.column === b.start.column;
}

export default defineRule<MessageIds>({
  meta: {
    id: 'private-endpoint',
    type: 'problem',
    docs: {
      description:
        'Managed HSMs are reached through a private endpoint (Azure Private Link) with the managedhsm group id.',
      recommendation: 'network-security/private-endpoint',
      policy: ['59fee2f4-d439-4f1b-9b9a-982e1474bfd8'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      missing:
        "Managed HSM '{{name}}' has no private endpoint: no private endpoint in the scan connects to it with group id 'managedhsm', and no approved private endpoint connection is declared. {{fix}}",
      wrongGroupId:
        "Private endpoint '{{endpoint}}' connects to Managed HSM '{{name}}' with {{property}} {{value}}, which does not name the Managed HSM sub-resource. Set {{property}} to [\"managedhsm\"].",
      notApproved:
        "Managed HSM '{{name}}' has a private endpoint connection '{{connection}}' with status {{value}}, and no approved one, so no private traffic reaches it. Approve the connection (status Approved).",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const keys = refKeysOf(hsm);
        let approved = false;
        const unknowns: Array<{ path: string; value: UnknownValue }> = [];
        const wrong: Array<{ endpoint: Resource; at: Value }> = [];
        const pending: Array<{ resource: Resource; connection: string; at: Value }> = [];

        // Private endpoints whose connection targets this HSM (literal ids, resourceId(), symbols).
        const endpoints = graph.linkedTo(hsm, 'private-endpoint');
        for (const endpoint of endpoints) {
          const all = connectionsOf(endpoint);
          const own = all.filter((c) => targets(c.target, keys));
          // The linker found this HSM in the endpoint; if no single connection is recognisable, judge all.
          const connections = own.length ? own : all;
          if (connections.length === 0) {
            for (const list of CONNECTION_LISTS) {
              const value = endpoint.get(list);
              if (value.kind === 'unknown')
                unknowns.push({ path: `${list} of private endpoint '${endpoint.displayName}'`, value });
            }
            continue;
          }
          let endpointOk = false;
          let endpointWrong: Value | undefined;
          for (const connection of connections) {
            const reading = readGroupIds(connection);
            if ('unknown' in reading)
              unknowns.push({
                path: `${reading.path} of private endpoint '${endpoint.displayName}'`,
                value: reading.unknown,
              });
            else if (reading.ok) endpointOk = true;
            else endpointWrong ??= reading.at;
          }
          if (endpointOk) approved = true;
          else if (endpointWrong) wrong.push({ endpoint, at: endpointWrong });
        }

        // Private endpoint connections declared as children of the HSM (the approval side).
        for (const child of graph.linkedTo(hsm, 'child')) {
          if (!child.isType(TYPES.managedHsmPrivateEndpointConnection)) continue;
          const status = child.get(STATUS);
          if (status.kind === 'unknown')
            unknowns.push({ path: `${STATUS} of connection '${child.displayName}'`, value: status });
          else if (status.kind === 'known' && equalsIgnoreCase(status.value, 'Approved')) approved = true;
          else pending.push({ resource: child, connection: child.displayName, at: status });
        }

        // A deployed HSM reports its connections itself (read-only, so only trusted from a live scan).
        if (hsm.surface === 'live') {
          for (const [index, item] of hsm.items('properties.privateEndpointConnections').entries()) {
            const status = item.get(STATUS);
            const path = `properties.privateEndpointConnections[${index}].${STATUS}`;
            if (status.kind === 'unknown') unknowns.push({ path, value: status });
            else if (status.kind === 'known' && equalsIgnoreCase(status.value, 'Approved')) approved = true;
            else pending.push({ resource: hsm, connection: `#${index + 1}`, at: status });
          }
        }

        // An endpoint that names this HSM with the wrong sub-resource is wrong whatever else exists.
        for (const { endpoint, at } of wrong) {
          context.report({
            resource: endpoint,
            at,
            messageId: 'wrongGroupId',
            data: {
              name,
              endpoint: endpoint.displayName,
              value: displayValue(at),
              property: writtenInProviderTerms(endpoint) ? 'subresource_names' : 'groupIds',
            },
          });
        }
        if (approved || wrong.length > 0) return;
        if (unknowns.length > 0) {
          const [first] = unknowns;
          return context.unresolved(hsm, first.path, first.value);
        }

        // Endpoints whose target cannot be followed may be this HSM's.
        if (endpoints.length === 0) {
          const open = graph
            .unresolvedLinks('private-endpoint')
            .flatMap(({ from, value }) =>
              value.kind === 'unknown' && mayTargetHsm(from, value) ? [{ from, value }] : [],
            );
          if (open.length > 0) {
            const { from, value } = open[0];
            const others =
              open.length > 1 ? ` ${open.length - 1} more private endpoints are equally unresolved.` : '';
            return context.unresolved(
              hsm,
              `the privateLinkServiceId of private endpoint '${from.displayName}'`,
              value,
              `No private endpoint in the scan is known to target this HSM.${others}`,
            );
          }
        }

        // Reported where the approval is written: the connection resource, or the live HSM.
        for (const { resource, connection, at } of pending) {
          context.report({
            resource,
            at,
            messageId: 'notApproved',
            data: { name, connection, value: displayValue(at) },
          });
        }
        const fix = writtenInProviderTerms(hsm)
          ? 'Create an azurerm_private_endpoint for it whose private_service_connection has private_connection_resource_id set to the HSM\'s id and subresource_names ["managedhsm"].'
          : 'Create a Microsoft.Network/privateEndpoints for it with groupIds ["managedhsm"].';
        if (pending.length === 0)
          context.report({ resource: hsm, messageId: 'missing', data: { name, fix } });
      },
    };
  },
});
