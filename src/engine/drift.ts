import { ENGINE_FINDINGS, type Finding, type Severity } from '../model/finding.js';
import type { Resource } from '../model/resource.js';
import { TYPES } from '../model/resource.js';
import { displayValue, type Value } from '../model/value.js';

/** The HSM properties rules judge, compared between what templates declare and what is deployed. */
export const DRIFT_PATHS = [
  'properties.enablePurgeProtection',
  'properties.enableSoftDelete',
  'properties.softDeleteRetentionInDays',
  'properties.publicNetworkAccess',
  'properties.networkAcls.defaultAction',
  'properties.networkAcls.bypass',
  'properties.networkAcls.ipRules',
  'identity.type',
] as const;

const SEVERITY: Severity = 'warn';

/**
 * Matches declared HSMs with deployed ones (by resource id when the template knows it, else by name)
 * and reports each judged property whose declared and deployed values differ, naming both values and
 * both places. Only decided values are compared: an unknown declaration is not drift.
 */
export function findDrift(resources: readonly Resource[]): Finding[] {
  const hsms = resources.filter((r) => r.isType(TYPES.managedHsm) && !r.existing);
  const live = hsms.filter((r) => r.surface === 'live');
  const declared = hsms.filter((r) => r.surface !== 'live');
  if (live.length === 0 || declared.length === 0) return [];
  const findings: Finding[] = [];
  for (const template of declared) {
    const deployed = live.find((l) => sameResource(template, l));
    if (!deployed) continue;
    for (const path of DRIFT_PATHS) {
      const want = template.get(path);
      const have = deployed.get(path);
      if (!isDecided(want) || !isDecided(have) || equivalent(want.value, have.value)) continue;
      const finding: Finding = {
        ruleId: ENGINE_FINDINGS.drift,
        message: `Managed HSM '${template.displayName}': ${path} is declared ${describe(want)} here but deployed as ${describe(have)} (${deployed.range.file}).`,
        severity: SEVERITY,
        range: want.range,
        surface: template.surface,
        resource: { key: template.key, type: template.type, name: template.displayName },
      };
      findings.push(finding);
    }
  }
  return findings;
}

function isDecided(v: Value): v is Extract<Value, { kind: 'known' | 'default' }> {
  return v.kind === 'known' || v.kind === 'default';
}

function describe(v: Extract<Value, { kind: 'known' | 'default' }>): string {
  const text = displayValue(v);
  return v.kind === 'default' ? `${text} (by default)` : text;
}

/** By id when both are ids, else by name; names and ids compare case-insensitively, as in Azure. */
function sameResource(template: Resource, live: Resource): boolean {
  const id = template.get('id');
  if (id.kind === 'known' && typeof id.value === 'string' && id.value.startsWith('/subscriptions/')) {
    return id.value.toLowerCase() === live.range.file.toLowerCase();
  }
  const a = template.name;
  const b = live.name;
  return (
    a.kind === 'known' &&
    b.kind === 'known' &&
    String(a.value).toLowerCase() === String(b.value).toLowerCase()
  );
}

/** Equal as Azure would treat them: strings without case, arrays of rules as sets, objects deeply. */
function equivalent(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (x: unknown) => JSON.stringify(normalize(x));
    return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
  }
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(x: unknown): unknown {
  if (typeof x === 'string') return x.toLowerCase();
  if (Array.isArray(x)) return x.map(normalize);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x)
        .map(([k, v]) => [k.toLowerCase(), normalize(v)] as const)
        .sort(([p], [q]) => (p < q ? -1 : 1)),
    );
  }
  return x;
}
