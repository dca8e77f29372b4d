import type { JsonValue } from './values.js';

/**
 * Evaluation result. Provenance flows through every function: if any input is secure, the output is secure;
 * `parameter` names the parameter whose DEFAULT value was used (first one wins).
 */
export type EvalResult =
  | { kind: 'known'; value: JsonValue; secure?: boolean; parameter?: string }
  | { kind: 'unknown'; reason: string; references?: string[]; secure?: boolean; parameter?: string };

export type KnownResult = Extract<EvalResult, { kind: 'known' }>;
export type UnknownResult = Extract<EvalResult, { kind: 'unknown' }>;

export interface EvalScope {
  /** Template parameter by name (case-insensitive lookup is the scope's job). undefined = no such parameter. */
  parameter(name: string): EvalResult | undefined;
  /** Template variable by name; may evaluate lazily. undefined = no such variable. */
  variable(name: string): EvalResult | undefined;
  /** copyIndex(loopName?) current index, undefined outside a loop. */
  copyIndex(loopName?: string): number | undefined;
  /** Deployment context objects; each optional, unknown when missing. */
  resourceGroup?: JsonValue;
  subscription?: JsonValue;
  tenant?: JsonValue;
  deployment?: JsonValue;
  environment?: JsonValue;
  /** User-defined functions (languageVersion 2.0 / `functions` section): optional. */
  userFunction?(namespace: string, name: string, args: EvalResult[]): EvalResult | undefined;
  /** The clock for utcNow(). */
  now: Date;
}

export interface EvalLimits {
  /** How deeply expressions (and lambda bodies) may nest during evaluation. */
  maxDepth: number;
  /** Total work units for one evaluation: one per expression node, plus work proportional to data handled. */
  maxSteps: number;
  /** Longest string, longest array, most object keys, and most entries in total that one value may hold. */
  maxOutputLength: number;
}

export const DEFAULT_EVAL_LIMITS: EvalLimits = {
  maxDepth: 64,
  maxSteps: 100_000,
  maxOutputLength: 1_000_000,
};

export function known(value: JsonValue): KnownResult {
  return { kind: 'known', value };
}

export function unknown(reason: string, references?: readonly string[]): UnknownResult {
  return references && references.length > 0
    ? { kind: 'unknown', reason, references: [...new Set(references)] }
    : { kind: 'unknown', reason };
}

/** Tracks the provenance of every input a result was derived from. */
export class ProvenanceTracker {
  secure = false;
  parameter: string | undefined;

  absorb(result: EvalResult): void {
    if (result.secure) this.secure = true;
    if (result.parameter !== undefined && this.parameter === undefined) this.parameter = result.parameter;
  }

  apply(result: EvalResult): EvalResult {
    const secure = this.secure || result.secure === true;
    if (result.kind === 'unknown') {
      const { secure: _ignored, parameter: ownParameter, ...rest } = result;
      const out: UnknownResult = secure ? { ...rest, secure: true } : rest;
      const parameter = ownParameter ?? this.parameter;
      if (parameter !== undefined) out.parameter = parameter;
      return out;
    }
    const parameter = result.parameter ?? this.parameter;
    const output: KnownResult = { kind: 'known', value: result.value };
    if (secure) output.secure = true;
    if (parameter !== undefined) output.parameter = parameter;
    return output;
  }
}

/** The unknown that several unknown inputs produce: the first one's reason, every reference. */
export function combineUnknowns(results: readonly UnknownResult[]): UnknownResult {
  return unknown(
    results[0].reason,
    results.flatMap((result) => result.references ?? []),
  );
}
