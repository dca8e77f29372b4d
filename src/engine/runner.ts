import type { Finding, Severity, SeveritySetting } from '../model/finding.js';
import { ENGINE_FINDINGS } from '../model/finding.js';
import type { Graph } from '../model/graph.js';
import type { SourceRange } from '../model/range.js';
import { TYPES, type Resource, type Surface } from '../model/resource.js';
import type { UnknownValue, Value } from '../model/value.js';
import type { ActiveRule } from './config.js';
import type { AnyRule, ReportDescriptor, RuleContext, RuleRegistry } from './rule.js';

export interface RunOptions {
  rules: ReadonlyMap<string, ActiveRule>;
  unresolved: SeveritySetting;
  explainGaps: boolean;
  now: Date;
}

/** Active rules with their listeners, created before any file is read. */
export interface PreparedRules {
  /** Lower-case resource types some active rule listens to. */
  types: ReadonlySet<string>;
  /** Runs the listeners over the graph's resources (once they are all added) and returns the findings. */
  run(): Finding[];
}

/**
 * Creates every active rule's listeners for a graph that is filled afterwards. Knowing the types rules
 * listen to before parsing lets the sources skip evaluating resources nothing will look at.
 */
export function prepareRules(registry: RuleRegistry, graph: Graph, options: RunOptions): PreparedRules {
  const findings: Finding[] = [];
  const byType = new Map<string, Array<{ rule: AnyRule; listener: (r: Resource) => void }>>();
  const active: AnyRule[] = [];

  for (const [id, setting] of options.rules) {
    const rule = registry.rules.get(id);
    if (!rule) continue;
    active.push(rule);
    const context = createContext(rule, setting, graph, options, findings);
    let listeners: Record<string, (r: Resource) => void>;
    try {
      listeners = rule.create(context);
    } catch (error) {
      findings.push(
        internalError(id, error, { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
      );
      continue;
    }
    for (const [type, listener] of Object.entries(listeners)) {
      const key = type.toLowerCase();
      const list = byType.get(key) ?? [];
      list.push({ rule, listener });
      byType.set(key, list);
    }
  }

  // A rule whose catalog entry has no column for a surface says so once per HSM of that surface.
  const gapNote = (rule: AnyRule, resource: Resource) => {
    if (options.unresolved === 'off') return;
    findings.push(
      describe(resource, {
        ruleId: ENGINE_FINDINGS.unresolved,
        relatedRule: rule.meta.id,
        message: `'${rule.meta.id}' is not checked on ${resource.type} '${resource.displayName}': ${SURFACE_NAMES[resource.surface]} cannot express what it checks (${rule.meta.docs.description}).`,
        severity: options.unresolved,
        range: { file: resource.range.file, start: resource.range.start, end: resource.range.start },
        recommendation: rule.meta.docs.recommendation,
      }),
    );
  };

  return {
    types: new Set(byType.keys()),
    run(): Finding[] {
      for (const resource of graph.resources) {
        if (resource.existing) continue; // referenced, not deployed here: never judged itself
        if (options.explainGaps && resource.isType(TYPES.managedHsm)) {
          for (const rule of active)
            if (!rule.meta.surfaces.includes(resource.surface)) gapNote(rule, resource);
        }
        for (const { rule, listener } of byType.get(resource.type.toLowerCase()) ?? []) {
          if (!rule.meta.surfaces.includes(resource.surface)) continue;
          try {
            listener(resource);
          } catch (error) {
            findings.push(internalError(rule.meta.id, error, resource.range, resource));
          }
        }
      }
      return findings;
    },
  };
}

const SURFACE_NAMES: Readonly<Record<Surface, string>> = {
  arm: 'an ARM template',
  bicep: 'Bicep',
  terraform: 'Terraform',
  tfplan: 'a Terraform plan',
  live: 'a live scan',
};

/** Runs every active rule over the graph's resources and returns their findings. */
export function runRules(graph: Graph, registry: RuleRegistry, options: RunOptions): Finding[] {
  return prepareRules(registry, graph, options).run();
}

function createContext(
  rule: AnyRule,
  active: ActiveRule,
  graph: Graph,
  options: RunOptions,
  sink: Finding[],
): RuleContext<string, unknown[]> {
  const meta = rule.meta;
  return {
    id: meta.id,
    options: active.options,
    graph,
    now: options.now,
    explainGaps: options.explainGaps,
    report(descriptor: ReportDescriptor<string>) {
      const template = meta.messages[descriptor.messageId];
      if (template === undefined)
        throw new Error(`Rule '${meta.id}' reported unknown messageId '${descriptor.messageId}'.`);
      const range = rangeOf(descriptor.at, descriptor.resource);
      const value = isValue(descriptor.at) ? descriptor.at : undefined;
      const finding = describe(descriptor.resource, {
        ruleId: meta.id,
        messageId: descriptor.messageId,
        message: interpolate(template, descriptor.data ?? {}),
        severity: active.severity,
        range,
        recommendation: meta.docs.recommendation,
      });
      const parameter = value && 'parameter' in value ? value.parameter : undefined;
      if (parameter) {
        finding.parameter = parameter;
        finding.message +=
          descriptor.resource.surface === 'terraform'
            ? ` The value is the default of variable '${parameter}'; a tfvars file or -var can override it.`
            : ` The value is the default of parameter '${parameter}'; a deployment can override it.`;
      }
      sink.push(finding);
    },
    unresolved(resource: Resource, path: string, value: UnknownValue, detail?: string) {
      if (options.unresolved === 'off') return;
      const because = value.reason ? ` (${value.reason})` : '';
      const finding = describe(resource, {
        ruleId: ENGINE_FINDINGS.unresolved,
        relatedRule: meta.id,
        message: `Could not verify '${meta.id}' on ${resource.type} '${resource.displayName}': ${resource.nameOf(path)} is ${value.expression}, which cannot be evaluated here${because}.${detail ? ` ${detail}` : ''}`,
        severity: options.unresolved,
        range: value.range,
        recommendation: meta.docs.recommendation,
      });
      sink.push(finding);
    },
  };
}

function describe(resource: Resource, finding: Finding): Finding {
  finding.surface = resource.surface;
  finding.resource = { key: resource.key, type: resource.type, name: resource.displayName };
  if (resource.conditional) {
    finding.conditional = resource.conditional;
    finding.message += ` (The resource is deployed only when ${resource.conditional}.)`;
  }
  if (resource.loop) finding.message += ` (Applies to every instance of ${resource.loop}.)`;
  if (resource.via) finding.message += ` (Deployed through ${resource.via}.)`;
  return finding;
}

function isValue(at: Value | SourceRange | undefined): at is Value {
  return typeof at === 'object' && at !== null && 'kind' in at;
}

function rangeOf(at: Value | SourceRange | undefined, resource: Resource): SourceRange {
  if (!at) return { file: resource.range.file, start: resource.range.start, end: resource.range.start };
  return isValue(at) ? at.range : at;
}

/** Replaces `{{name}}` placeholders, as ESLint messages do. */
export function interpolate(template: string, data: Record<string, string | number | boolean>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (match, key: string) =>
    key in data ? String(data[key]) : match,
  );
}

function internalError(ruleId: string, error: unknown, range: SourceRange, resource?: Resource): Finding {
  const severity: Severity = 'error';
  const finding: Finding = {
    ruleId: ENGINE_FINDINGS.internalError,
    relatedRule: ruleId,
    message: `Rule '${ruleId}' failed${resource ? ` on ${resource.type} '${resource.displayName}'` : ''}: ${(error as Error)?.message ?? String(error)}`,
    severity,
    range,
  };
  return finding;
}
