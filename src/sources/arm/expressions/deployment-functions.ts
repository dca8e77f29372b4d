import {
  MANY,
  expectInteger,
  expectString,
  lazy,
  results,
  values,
  type Call,
  type FunctionDefinition,
} from './function-support.js';
import { combineUnknowns, known, unknown, type EvalResult, type UnknownResult } from './result.js';
import { nameSegmentCount, providerPath, referenceFromResourceId, referenceOf } from './resource-id.js';
import { ExpressionError, findPropertyKey, isJsonObject, typeName, type JsonValue } from './values.js';

function lookupByName(kind: 'parameter' | 'variable'): FunctionDefinition {
  return lazy(1, 1, (call) => {
    const name = call.evaluate(call.args[0]);
    if (name.kind === 'unknown') return name;
    if (typeof name.value !== 'string')
      throw new ExpressionError(`the ${kind} name must be a string, not ${typeName(name.value)}`);
    const found = kind === 'parameter' ? call.scope.parameter(name.value) : call.scope.variable(name.value);
    return found ?? unknown(`${kind} '${name.value}' is not declared`);
  });
}

function copyIndex(args: JsonValue[], call: Call): number {
  let loopName: string | undefined;
  let offset = 0;
  if (args.length === 2) {
    loopName = expectString(args, 0);
    offset = expectInteger(args, 1);
  } else if (args.length === 1) {
    if (typeof args[0] === 'string') loopName = args[0];
    else offset = expectInteger(args, 0);
  }
  const index = call.scope.copyIndex(loopName);
  if (index === undefined)
    throw new ExpressionError(
      loopName === undefined ? 'used outside a copy loop' : `copy loop '${loopName}' is not active`,
    );
  return index + offset;
}

function contextObject(name: string, pick: (call: Call) => JsonValue | undefined): FunctionDefinition {
  return lazy(0, 0, (call) => {
    const value = pick(call);
    return value === undefined ? unknown(`${name}() is not known before deployment`) : known(value);
  });
}

/** The graph references an argument carries: its own, when unknown, or the resource id it holds. */
function referencesOf(result: EvalResult): string[] {
  if (result.kind === 'unknown') return result.references ?? [];
  if (typeof result.value !== 'string') return [];
  const reference = referenceFromResourceId(result.value);
  return reference === undefined ? [] : [reference];
}

/** reference(), list*() and the like: known only to the deployment, yet they still name the resource they read. */
function deploymentTime(minArgs: number): FunctionDefinition {
  return results(minArgs, MANY, (args, call) => {
    const reason = `${call.name}() is resolved at deployment time`;
    return unknown(reason, args.length > 0 ? referencesOf(args[0]) : []);
  });
}

function scopeText(object: JsonValue | undefined, key: string): string | undefined {
  if (!isJsonObject(object)) return undefined;
  const found = findPropertyKey(object, key);
  const value = found === undefined ? undefined : object[found];
  return typeof value === 'string' ? value : undefined;
}

/** `[parameters('x')]` for an argument written `parameters('x')`. */
function expressionText(call: Call, index: number): string | undefined {
  const source = call.args[index] && call.sourceOf(call.args[index]);
  return source === undefined ? undefined : `[${source.trim()}]`;
}

type ResourceIdScope = 'resourceGroup' | 'subscription' | 'tenant' | 'extension' | 'managementGroup';

/** Where the resource type may sit: after how many optional leading scope arguments. */
const TYPE_POSITIONS: Record<ResourceIdScope, number[]> = {
  resourceGroup: [0, 1, 2],
  subscription: [0, 1],
  tenant: [0],
  extension: [1],
  managementGroup: [0, 1],
};

function buildResourceId(scope: ResourceIdScope, args: EvalResult[], call: Call): EvalResult {
  const texts = args.map((arg) => {
    if (arg.kind === 'unknown') return undefined;
    if (typeof arg.value !== 'string')
      throw new ExpressionError(`every argument must be a string, not ${typeName(arg.value)}`);
    return arg.value;
  });
  const unknownArgs = args.filter((arg): arg is UnknownResult => arg.kind === 'unknown');
  const positions = TYPE_POSITIONS[scope];
  // As ARM does, the type is found by matching its segment count against the names that follow it.
  const fits = (position: number): boolean => {
    const type = texts[position];
    const names = texts.slice(position + 1);
    if (type === undefined || !type.includes('/') || names.length === 0) return false;
    const segments = names.reduce((sum, name) => sum + (name === undefined ? 1 : name.split('/').length), 0);
    return segments === nameSegmentCount(type);
  };
  const typeIndex = positions.find(fits);
  if (typeIndex === undefined) {
    if (unknownArgs.length > 0) return combineUnknowns(unknownArgs);
    const typeLike = positions.find((position) => texts[position]?.includes('/'));
    if (typeLike === undefined)
      throw new ExpressionError('no argument is a resource type such as Microsoft.KeyVault/managedHSMs');
    const type = texts[typeLike]!;
    throw new ExpressionError(`type '${type}' needs ${nameSegmentCount(type)} name segment(s) after it`);
  }
  const type = texts[typeIndex]!;
  const names = texts.slice(typeIndex + 1);
  const leading = texts.slice(0, typeIndex);
  // A name that cannot be evaluated is named by its expression text, so that a resource whose name is
  // written with the same expression can still be linked to it.
  const nameTexts = names.map((name, i) => name ?? expressionText(call, typeIndex + 1 + i));
  const references = nameTexts.every((name) => name !== undefined)
    ? [referenceOf({ type, names: nameTexts as string[] })]
    : [];
  const notYetKnown = (reason: string): UnknownResult =>
    unknown(reason, [...references, ...unknownArgs.flatMap((arg) => arg.references ?? [])]);
  if (unknownArgs.length > 0) return notYetKnown(unknownArgs[0].reason);
  const path = providerPath({ type, names: names as string[] })!;
  const subscriptionId = (): string | undefined =>
    leading.length === (scope === 'resourceGroup' ? 2 : 1)
      ? leading[0]
      : scopeText(call.scope.subscription, 'subscriptionId');
  switch (scope) {
    case 'resourceGroup': {
      const subscription = subscriptionId();
      const group =
        leading.length >= 1 ? leading[leading.length - 1] : scopeText(call.scope.resourceGroup, 'name');
      if (subscription === undefined) return notYetKnown('the subscription is not known before deployment');
      if (group === undefined) return notYetKnown('the resource group is not known before deployment');
      return known(`/subscriptions/${subscription}/resourceGroups/${group}/${path}`);
    }
    case 'subscription': {
      const subscription = subscriptionId();
      if (subscription === undefined) return notYetKnown('the subscription is not known before deployment');
      return known(`/subscriptions/${subscription}/${path}`);
    }
    case 'tenant':
      return known(`/${path}`);
    case 'extension':
      return known(`${leading[0]!.replace(/\/+$/, '')}/${path}`);
    case 'managementGroup': {
      const group = leading[0];
      if (group === undefined) return notYetKnown('the management group is not known before deployment');
      const prefix = group.startsWith('/')
        ? group.replace(/\/+$/, '')
        : `/providers/Microsoft.Management/managementGroups/${group}`;
      return known(`${prefix}/${path}`);
    }
  }
}

function resourceIdFunction(scope: ResourceIdScope): FunctionDefinition {
  return results(scope === 'extension' ? 3 : 2, MANY, (args, call) => buildResourceId(scope, args, call));
}

export const deploymentFunctions: Record<string, FunctionDefinition> = {
  parameters: lookupByName('parameter'),
  variables: lookupByName('variable'),
  copyIndex: values(0, 2, copyIndex),
  resourceGroup: contextObject('resourceGroup', (call) => call.scope.resourceGroup),
  subscription: contextObject('subscription', (call) => call.scope.subscription),
  tenant: contextObject('tenant', (call) => call.scope.tenant),
  deployment: contextObject('deployment', (call) => call.scope.deployment),
  environment: contextObject('environment', (call) => call.scope.environment),
  managementGroup: contextObject('managementGroup', () => undefined),
  deployer: lazy(0, 0, () => unknown('deployer() is resolved at deployment time', ['deployer()'])),
  reference: deploymentTime(1),
  pickZones: deploymentTime(3),
  providers: deploymentTime(1),
  newGuid: lazy(0, 0, () => unknown('newGuid() returns a new value on every deployment')),
  resourceId: resourceIdFunction('resourceGroup'),
  subscriptionResourceId: resourceIdFunction('subscription'),
  tenantResourceId: resourceIdFunction('tenant'),
  extensionResourceId: resourceIdFunction('extension'),
  managementGroupResourceId: resourceIdFunction('managementGroup'),
};

/** Every list*() function (listKeys, listSecrets, ...) reads the resource at deployment time. */
export const listFunction: FunctionDefinition = deploymentTime(1);
