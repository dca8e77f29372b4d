import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../../helpers.js';

/** 2027-01-01T00:00:00Z in seconds: a year after the RuleTester's default clock (2026-01-01). */
export const EXP_2027 = 1798761600;

/** Properties of a key every key rule accepts under its default options. */
export const COMPLIANT_KEY = {
  kty: 'RSA-HSM',
  keySize: 3072,
  keyOps: ['wrapKey', 'unwrapKey'],
  attributes: { exp: EXP_2027 },
  rotationPolicy: {
    attributes: { expiryTime: 'P1Y' },
    lifetimeActions: [
      { trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } },
      { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } },
    ],
  },
};

/** A top-level key resource named `hsm1/<name>`. */
export function key(
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.KeyVault/managedHSMs/keys',
    apiVersion: '2025-05-01',
    name: 'hsm1/key1',
    dependsOn: ["[resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1')]"],
    ...extra,
    properties,
  };
}

/** A template with the HSM `hsm1` and the given top-level resources. */
export function withHsm(...resources: Record<string, unknown>[]): string {
  return armTemplate([hsm(COMPLIANT_PROPERTIES), ...resources]);
}

/**
 * A template with the HSM `hsm1`, the given top-level resources, and parameters declared without a
 * default: `[parameters('name')]` then stays unknown (no parameter file gives a value).
 */
export function withParameters(
  parameters: Record<string, string>,
  ...resources: Record<string, unknown>[]
): string {
  const declared = Object.fromEntries(Object.entries(parameters).map(([name, type]) => [name, { type }]));
  return armTemplate([hsm(COMPLIANT_PROPERTIES), ...resources], { parameters: declared });
}

/** A template with the HSM `hsm1` and one key `key1` declared in its child `resources`. */
export function nestedKey(properties: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return armTemplate([
    {
      ...hsm(COMPLIANT_PROPERTIES),
      resources: [
        {
          type: 'keys',
          apiVersion: '2025-05-01',
          name: 'key1',
          dependsOn: ['hsm1'],
          ...extra,
          properties,
        },
      ],
    },
  ]);
}

/** Literal template text around one top-level key, for line/column assertions (the key starts on line 4). */
export function literal(keyBody: string): string {
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs/keys", "apiVersion": "2025-05-01", "name": "hsm1/key1",
${keyBody}
  }]
}`;
}
