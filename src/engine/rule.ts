import type { SeveritySetting } from '../model/finding.js';
import type { Graph } from '../model/graph.js';
import type { SourceRange } from '../model/range.js';
import type { Resource, Surface } from '../model/resource.js';
import type { UnknownValue, Value } from '../model/value.js';

/** A JSON Schema fragment, as written in rule meta and the configuration schema. */
export type JsonSchema = Record<string, unknown>;

export interface RuleDocs {
  description: string;
  /** `<article-section>/<recommendation>`, e.g. `data-protection/purge-protection`. */
  recommendation: string;
  /** Azure Policy built-in definition ids covering the same control. */
  policy?: string[];
}

export interface RuleMeta<MessageIds extends string = string> {
  id: string;
  type: 'problem' | 'suggestion';
  docs: RuleDocs;
  surfaces: Surface[];
  messages: Record<MessageIds, string>;
  /** One schema per positional option, as in ESLint; validated with ajv. */
  schema: JsonSchema[];
  defaultOptions: unknown[];
}

export interface ReportDescriptor<MessageIds extends string> {
  resource: Resource;
  /** The value or range to annotate; defaults to the resource declaration. */
  at?: Value | SourceRange;
  messageId: MessageIds;
  data?: Record<string, string | number | boolean>;
}

export interface RuleContext<MessageIds extends string = string, Options extends unknown[] = unknown[]> {
  readonly id: string;
  /** The options after validation and merging with `meta.defaultOptions`. */
  readonly options: Options;
  readonly graph: Graph;
  /** The clock for expiry checks; tests inject it. */
  readonly now: Date;
  /** Whether rules should say when a surface cannot express what they check (`--explain-gaps`). */
  readonly explainGaps: boolean;
  report(descriptor: ReportDescriptor<MessageIds>): void;
  /** Records that the rule could not decide because a value cannot be evaluated here. */
  unresolved(resource: Resource, path: string, value: UnknownValue, detail?: string): void;
}

/** Listeners keyed by canonical resource type, compared case-insensitively. */
export type RuleListeners = Record<string, (resource: Resource) => void>;

export interface RuleModule<MessageIds extends string = string, Options extends unknown[] = unknown[]> {
  meta: RuleMeta<MessageIds>;
  create(context: RuleContext<MessageIds, Options>): RuleListeners;
}

/** Identity function that gives a rule file full type checking of its meta and listeners. */
export function defineRule<MessageIds extends string, Options extends unknown[] = []>(
  rule: RuleModule<MessageIds, Options>,
): RuleModule<MessageIds, Options> {
  return rule;
}

/** What the engine needs to know about the available rules. */
export interface RuleRegistry {
  rules: ReadonlyMap<string, AnyRule>;
  presets: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleModule<string, any>;

export type RuleSetting = SeveritySetting | [SeveritySetting, ...unknown[]];
