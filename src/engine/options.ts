import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { ajvLibrary } from '../model/libraries.js';
import type { AnyRule, JsonSchema } from './rule.js';

// Options are optional positionally, so tuples are shorter than their schema on purpose.
let ajv: Ajv | undefined;
const validators = new WeakMap<AnyRule, ValidateFunction>();

/** The options array schema of a rule: positional items, nothing extra. */
export function optionsSchema(rule: AnyRule): JsonSchema {
  return { type: 'array', ...positional(rule.meta.schema) };
}

function positional(items: JsonSchema[]): JsonSchema {
  if (items.length === 0) return { maxItems: 0 };
  // draft-07 tuple form (ajv's default dialect)
  return { items, additionalItems: false, maxItems: items.length };
}

function validatorFor(rule: AnyRule): ValidateFunction {
  let validate = validators.get(rule);
  if (!validate) {
    ajv ??= new (ajvLibrary().Ajv)({
      allErrors: false,
      strict: true,
      strictTuples: false,
      useDefaults: false,
    });
    validate = ajv.compile({ type: 'array', ...positional(rule.meta.schema) });
    validators.set(rule, validate);
  }
  return validate;
}

/** Checks that every rule's option schema compiles; returns the problems found. */
export function checkRuleSchema(rule: AnyRule): string | undefined {
  try {
    validatorFor(rule);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export interface OptionProblem {
  /** Path inside the options array, e.g. `[0].minDays`. */
  path: string;
  message: string;
}

/** Validates options (the part after the severity) against the rule's schema. */
export function validateOptions(rule: AnyRule, options: unknown[]): OptionProblem | undefined {
  const validate = validatorFor(rule);
  if (validate(options)) return undefined;
  const error = validate.errors![0];
  return { path: pointerToPath(error.instancePath), message: describeAjvError(error) };
}

/** Converts a JSON pointer (`/0/minDays`) into the config key path notation (`[0].minDays`). */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('');
}

/** ESLint-like wording for one ajv error. */
export function describeAjvError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `has an unknown property '${String(p.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${String(p.type)}`;
    case 'maxItems':
      return `has too many options (at most ${String(p.limit)})`;
    case 'additionalItems':
      return `has too many options (at most ${String(p.limit)})`;
    case 'required':
      return `must have the property '${String(p.missingProperty)}'`;
    default:
      return error.message ?? 'is invalid';
  }
}

/** ESLint's option merge: objects merge deeply with the defaults, anything else replaces them. */
export function mergeOptions(defaults: unknown[], given: unknown[]): unknown[] {
  const length = Math.max(defaults.length, given.length);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++)
    out.push(i < given.length ? deepMerge(defaults[i], given[i]) : defaults[i]);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = deepMerge(base[k], v);
  return out;
}
