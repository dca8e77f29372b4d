import type { AnyRule } from '../../../src/engine/rule.js';
import { runRules } from '../../../src/engine/runner.js';
import type { Finding } from '../../../src/model/finding.js';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import { jsonToNode } from '../../../src/model/node.js';
import type { PropertyNode } from '../../../src/model/node.js';
import type { SourceRange } from '../../../src/model/range.js';
import { Resource, type Surface } from '../../../src/model/resource.js';
import type { Value } from '../../../src/model/value.js';

/**
 * Rule checks on hand-built canonical resources, for what the RuleTester cannot reach from files: live
 * resources, and values (plan references on known values) no source file produces directly.
 */
export const rangeAt = (line: number, file = 'main.tf'): SourceRange => ({
  file,
  start: { line, column: 1 },
  end: { line, column: 10 },
});

/** An unknown node (an expression that cannot be evaluated) for bodies. */
export function unknownNode(expression: string, references: string[] = [], line = 1): PropertyNode {
  return { kind: 'unknown', expression, references, range: rangeAt(line), reason: 'known only after apply' };
}

/** A known scalar node that keeps the configuration references (as a plan does). */
export function knownNode(value: string, references: string[], line = 1): PropertyNode {
  return { kind: 'scalar', value, references, range: rangeAt(line) };
}

/** Like jsonToNode, but nodes given as PropertyNode (marked by `kind`) are taken as they are. */
function toNode(value: unknown, range: SourceRange): PropertyNode {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'kind' in value && 'range' in value)
    return value as PropertyNode;
  if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => toNode(v, range)), range };
  if (value && typeof value === 'object') {
    const entries = new Map<string, { name: string; keyRange: SourceRange; node: PropertyNode }>();
    for (const [name, v] of Object.entries(value))
      entries.set(name.toLowerCase(), { name, keyRange: range, node: toNode(v, range) });
    return { kind: 'object', entries, range };
  }
  return jsonToNode(value, range);
}

export interface ModelResource {
  key: string;
  type: string;
  name?: string;
  surface?: Surface;
  body?: Record<string, unknown>;
  parentKey?: string;
  existing?: boolean;
  symbol?: string;
  line?: number;
}

export function resource(init: ModelResource): Resource {
  const range = rangeAt(init.line ?? 1);
  return new Resource({
    key: init.key,
    type: init.type,
    name: { kind: 'known', value: init.name ?? init.key, range },
    surface: init.surface ?? 'terraform',
    range,
    body: toNode(init.body ?? {}, range),
    parentKey: init.parentKey,
    existing: init.existing,
    symbol: init.symbol,
  });
}

export function graphOf(resources: Resource[]): Graph {
  const graph = new Graph(resources);
  linkResources(graph);
  return graph;
}

/** The findings of one rule over the resources (severity error, unresolved at info). */
export function check(
  rule: AnyRule,
  resources: Resource[],
  options: { options?: unknown[]; explainGaps?: boolean } = {},
): Finding[] {
  const graph = graphOf(resources);
  const given = options.options ?? [];
  const merged = rule.meta.defaultOptions.map((d, i) =>
    given[i] && typeof given[i] === 'object'
      ? { ...(d as object), ...(given[i] as object) }
      : (given[i] ?? d),
  );
  return runRules(
    graph,
    { rules: new Map([[rule.meta.id, rule]]), presets: {} },
    {
      rules: new Map([[rule.meta.id, { severity: 'error', options: merged }]]),
      unresolved: 'info',
      explainGaps: options.explainGaps ?? false,
      now: new Date('2026-01-01T00:00:00Z'),
    },
  );
}

/** `messageId` of a rule finding, `unresolved` for a could-not-verify one. */
export const ids = (findings: Finding[]) => findings.map((f) => f.messageId ?? f.ruleId);

export const known = (value: unknown, references?: string[]): Value => ({
  kind: 'known',
  value,
  range: rangeAt(1),
  ...(references ? { references } : {}),
});

export const unknown = (expression: string, references?: string[]): Value => ({
  kind: 'unknown',
  expression,
  range: rangeAt(1),
  ...(references ? { references } : {}),
});
