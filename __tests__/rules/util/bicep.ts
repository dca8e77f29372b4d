import { COMPLIANT_PROPERTIES } from '../../helpers.js';

/** Bicep text written as is inside a value built by `toBicep` (an expression, a symbol reference). */
export class Raw {
  constructor(readonly text: string) {}
}

export const raw = (text: string): Raw => new Raw(text);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Bicep literal for plain data: objects and arrays one member per line, `raw()` parts as written. */
export function toBicep(value: unknown, indent = ''): string {
  if (value instanceof Raw) return value.text;
  if (typeof value === 'string')
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$\{/g, '\\${')}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${toBicep(item, inner)}`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (IDENTIFIER.test(k) ? k : toBicep(k));
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${toBicep(v, inner)}`).join('\n')}\n${indent}}`;
}

export interface DeclarationOptions {
  existing?: boolean;
  /** `if (<condition>)` before the body. */
  condition?: string;
  decorators?: string[];
}

/** `resource <symbol> '<type>@<apiVersion>' = {...}` */
export function resource(
  symbol: string,
  typeAndVersion: string,
  body: Record<string, unknown>,
  options: DeclarationOptions = {},
): string {
  const decorators = (options.decorators ?? []).map((d) => `${d}\n`).join('');
  const existing = options.existing ? ' existing' : '';
  const condition = options.condition ? ` if (${options.condition})` : '';
  return `${decorators}resource ${symbol} '${typeAndVersion}'${existing} =${condition} ${toBicep(body)}\n`;
}

/** The HSM `hsm1` (symbol `hsm`) with the given properties. */
export function bicepHsm(
  properties: Record<string, unknown> | Raw,
  extra: Record<string, unknown> = {},
  options: DeclarationOptions & { symbol?: string; apiVersion?: string } = {},
): string {
  return resource(
    options.symbol ?? 'hsm',
    `Microsoft.KeyVault/managedHSMs@${options.apiVersion ?? '2025-05-01'}`,
    {
      name: 'hsm1',
      location: 'westeurope',
      sku: { family: 'B', name: 'Standard_B1' },
      ...extra,
      properties,
    },
    options,
  );
}

/** The HSM every foundation rule accepts, as in the ARM tests. */
export const COMPLIANT_HSM = bicepHsm(COMPLIANT_PROPERTIES);

/** A key of the HSM symbol `hsm`, declared with `parent:`. */
export function bicepKey(
  name: string,
  properties: Record<string, unknown>,
  options: DeclarationOptions & { symbol?: string; parent?: string; apiVersion?: string } = {},
): string {
  return resource(
    options.symbol ?? name.replace(/[^A-Za-z0-9_]/g, '_'),
    `Microsoft.KeyVault/managedHSMs/keys@${options.apiVersion ?? '2025-05-01'}`,
    { parent: raw(options.parent ?? 'hsm'), name, properties },
    options,
  );
}

/** Bicep declarations joined into a file. */
export function bicep(...declarations: string[]): string {
  return declarations.join('\n');
}

/** The 1-based line and column of `text`, which must occur exactly once in `source`. */
export function at(source: string, text: string): { line: number; column: number } {
  const offset = source.indexOf(text);
  if (offset < 0 || source.indexOf(text, offset + 1) >= 0)
    throw new Error(`Expected exactly one occurrence of ${JSON.stringify(text)}.`);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The HSM properties every foundation rule accepts (the ARM tests' COMPLIANT_PROPERTIES). */
export const BICEP_HSM_PROPERTIES: Record<string, unknown> = { ...COMPLIANT_PROPERTIES };

/** 2027-01-01T00:00:00Z in seconds: a year after the RuleTester's default clock (2026-01-01). */
export const BICEP_EXP_2027 = 1798761600;

/** Key properties every key rule accepts under its default options. */
export const BICEP_KEY_PROPERTIES: Record<string, unknown> = {
  kty: 'RSA-HSM',
  keySize: 3072,
  keyOps: ['wrapKey', 'unwrapKey'],
  attributes: { exp: BICEP_EXP_2027 },
  rotationPolicy: {
    attributes: { expiryTime: 'P1Y' },
    lifetimeActions: [
      { trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } },
      { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } },
    ],
  },
};

/** The compliant HSM with one key `key1` (symbol `key1`) of the given properties. */
export function withBicepKey(properties: Record<string, unknown>, declarations = ''): string {
  return bicep(declarations, COMPLIANT_HSM, bicepKey('key1', properties));
}

/** The compliant HSM with one key `key1` nested in its body. */
export function nestedBicepKey(properties: Record<string, unknown>): string {
  const hsm = COMPLIANT_HSM.trimEnd();
  const key = `  resource key1 'keys' = ${toBicep({ name: 'key1', properties }, '  ')}\n`;
  return `${hsm.slice(0, -1)}\n${key}}\n`;
}

/** What a finding on a parameter default's value says. */
export function bicepDefaultNote(parameter: string): string {
  return `The value is the default of parameter '${parameter}'; a deployment can override it.`;
}
