import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../../helpers.js';

/** A parameter as a template declares it. */
export interface ParameterDeclaration {
  type: 'string' | 'int' | 'bool' | 'array' | 'object';
  defaultValue?: unknown;
}

function typeOf(value: unknown): ParameterDeclaration['type'] {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'int';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return 'array';
  return 'object';
}

/** Parameters with defaults: `{ access: 'Enabled' }` declares `"access": { "type": "string", "defaultValue": "Enabled" }`. */
export function defaults(values: Record<string, unknown>): Record<string, ParameterDeclaration> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, { type: typeOf(value), defaultValue: value }]),
  );
}

/** Parameters without a default: `[parameters('x')]` stays unknown unless a parameters file gives it. */
export function declared(
  types: Record<string, ParameterDeclaration['type']>,
): Record<string, ParameterDeclaration> {
  return Object.fromEntries(Object.entries(types).map(([name, type]) => [name, { type }]));
}

/** A template with the given parameters section and resources. */
export function parameterized(
  parameters: Record<string, ParameterDeclaration>,
  ...resources: unknown[]
): string {
  return armTemplate(resources, { parameters });
}

/** A template with the given parameters, the compliant HSM `hsm1`, and the given resources (keys). */
export function hsmWith(parameters: Record<string, ParameterDeclaration>, ...resources: unknown[]): string {
  return parameterized(parameters, hsm(COMPLIANT_PROPERTIES), ...resources);
}

/** A parameters file giving each parameter a value. */
export function parametersFile(values: Record<string, unknown>): string {
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }])),
    },
    null,
    2,
  );
}

/** `main.json` with the parameters file Azure tooling pairs with it, `main.parameters.json`, beside it. */
export function withParametersFile(
  template: string,
  values: Record<string, unknown>,
): Record<string, string> {
  return { 'main.json': template, 'main.parameters.json': parametersFile(values) };
}

/** The 1-based line of `text` in `source`, which must contain it exactly once. */
export function lineOf(source: string, text: string): number {
  const at = source.indexOf(text);
  if (at < 0 || source.indexOf(text, at + 1) >= 0)
    throw new Error(`Expected exactly one occurrence of ${JSON.stringify(text)}.`);
  return source.slice(0, at).split('\n').length;
}

/** What a finding whose value is a parameter default appends to its message. */
/** The note a finding on a Terraform variable's default ends with. */
export function variableNote(variable: string): string {
  return `The value is the default of variable '${variable}'; a tfvars file or -var can override it.`;
}

export function defaultNote(parameter: string): string {
  return `The value is the default of parameter '${parameter}'; a deployment can override it.`;
}

/** An HSM name taken from parameter `hsmName`. */
export const HSM_NAME = "[parameters('hsmName')]";

/** The id of the HSM named by parameter `hsmName`, as other resources refer to it. */
export const HSM_REF = "[resourceId('Microsoft.KeyVault/managedHSMs', parameters('hsmName'))]";
