import { expect } from '@jest/globals';
import {
  evaluateTemplateString,
  type EvalLimits,
  type EvalResult,
  type EvalScope,
  type JsonValue,
} from '../../../../src/sources/arm/expressions/index.js';

export const SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000001';
export const RESOURCE_GROUP = 'rg-hsm';
export const NOW = new Date('2024-03-05T17:53:18.123Z');

export interface TestScopeOptions {
  parameters?: Record<string, EvalResult>;
  variables?: Record<string, EvalResult>;
  /** Loop name to current index; the key '' is the innermost loop. */
  loops?: Record<string, number>;
  /** Leave the deployment context (subscription, resource group, ...) unknown. */
  noContext?: boolean;
  userFunction?: EvalScope['userFunction'];
}

function caseInsensitive<T>(table: Record<string, T> | undefined, name: string): T | undefined {
  if (!table) return undefined;
  const key = Object.keys(table).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : table[key];
}

export function testScope(options: TestScopeOptions = {}): EvalScope {
  const scope: EvalScope = {
    parameter: (name) => caseInsensitive(options.parameters, name),
    variable: (name) => caseInsensitive(options.variables, name),
    copyIndex: (loopName) => caseInsensitive(options.loops, loopName ?? ''),
    now: NOW,
  };
  if (options.userFunction) scope.userFunction = options.userFunction;
  if (!options.noContext) {
    scope.subscription = {
      id: `/subscriptions/${SUBSCRIPTION_ID}`,
      subscriptionId: SUBSCRIPTION_ID,
      tenantId: '11111111-1111-1111-1111-111111111111',
      displayName: 'Production',
    };
    scope.resourceGroup = {
      id: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}`,
      name: RESOURCE_GROUP,
      location: 'westeurope',
    };
    scope.tenant = { tenantId: '11111111-1111-1111-1111-111111111111', countryCode: 'NL' };
    scope.deployment = { name: 'main-deployment', properties: { mode: 'Incremental' } };
    scope.environment = { name: 'AzureCloud', suffixes: { keyvaultDns: '.vault.azure.net' } };
  }
  return scope;
}

export function evaluate(raw: string, options?: TestScopeOptions, limits?: Partial<EvalLimits>): EvalResult {
  return evaluateTemplateString(raw, testScope(options), limits);
}

/** The value of an expression that must be known (the brackets are added here). */
export function valueOf(expression: string, options?: TestScopeOptions): JsonValue {
  const result = evaluate(`[${expression}]`, options);
  if (result.kind !== 'known')
    throw new Error(`expected a known value for ${expression}, got: ${result.reason}`);
  return result.value;
}

/** The unknown result of an expression that must not be evaluable (the brackets are added here). */
export function unknownOf(
  expression: string,
  options?: TestScopeOptions,
  limits?: Partial<EvalLimits>,
): Extract<EvalResult, { kind: 'unknown' }> {
  const result = evaluate(`[${expression}]`, options, limits);
  expect(result.kind).toBe('unknown');
  if (result.kind !== 'unknown') throw new Error(`expected ${expression} to be unknown`);
  return result;
}

export const known = (
  value: JsonValue,
  extra: { secure?: boolean; parameter?: string } = {},
): EvalResult => ({
  kind: 'known',
  value,
  ...extra,
});

export const missing = (
  reason: string,
  extra: { references?: string[]; secure?: boolean } = {},
): EvalResult => ({
  kind: 'unknown',
  reason,
  ...extra,
});
