import type { SourceRange } from './range.js';

/** Where a value came from, when that matters to the reader of a finding. */
export interface Provenance {
  /** The value is a template parameter's default (or flows from one): a deployment can override it. */
  parameter?: string;
  /** The value is, or derives from, a secure parameter: it is never printed. */
  secure?: boolean;
  /**
   * Declarations the value was computed from, when the source knows them although the value itself is
   * known (a Terraform plan keeps `azuread_group.admins.object_id` beside the resolved GUID): rules use
   * them to tell what a principal id designates.
   */
  references?: string[];
}

export interface KnownValue extends Provenance {
  kind: 'known';
  value: unknown;
  range: SourceRange;
  /** Part of an object or array could not be evaluated; those parts read as undefined. */
  partial?: boolean;
}

export interface DefaultValue {
  kind: 'default';
  value: unknown;
  range: SourceRange;
  /** Why the platform applies this value, e.g. "omitted; the service default since api 2023-07-01". */
  why: string;
  /** The object that omits the property is a parameter default: a deployment can supply it. */
  parameter?: string;
}

export interface UnknownValue extends Provenance {
  kind: 'unknown';
  /** The text that could not be evaluated, as written. */
  expression: string;
  range: SourceRange;
  reason?: string;
  /** Resource identities the expression refers to (used by the graph to link through unknowns). */
  references?: string[];
}

export interface AbsentValue {
  kind: 'absent';
  /** The nearest enclosing element that exists, so an annotation has somewhere to point. */
  range: SourceRange;
  /** The object that omits the property is a parameter default: a deployment can supply it. */
  parameter?: string;
}

export type Value = KnownValue | DefaultValue | UnknownValue | AbsentValue;

/** A value whose content is certain: written, evaluated or defaulted by the platform. */
export function isDecided(v: Value): v is KnownValue | DefaultValue {
  return v.kind === 'known' || v.kind === 'default';
}

export const SECRET_MASK = '***';

/** Renders a value for a message, never revealing secure content. */
export function displayValue(v: Value): string {
  switch (v.kind) {
    case 'known':
      if (v.secure) return SECRET_MASK;
      return displayPlain(v.value);
    case 'default':
      return displayPlain(v.value);
    case 'unknown':
      return v.expression;
    case 'absent':
      return '(not set)';
  }
}

export function displayPlain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(not set)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Case-insensitive string equality, the comparison ARM uses for names, types and enum values. */
export function equalsIgnoreCase(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
