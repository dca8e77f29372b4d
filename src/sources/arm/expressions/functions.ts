import { collectionFunctions } from './collection-functions.js';
import { dateFunctions } from './date-functions.js';
import { deploymentFunctions, listFunction } from './deployment-functions.js';
import type { FunctionDefinition } from './function-support.js';
import { lambdaFunctions } from './lambda-functions.js';
import { logicFunctions } from './logic-functions.js';
import { stringFunctions } from './string-functions.js';

const DEFINITIONS: Record<string, FunctionDefinition> = {
  ...logicFunctions,
  ...stringFunctions,
  ...collectionFunctions,
  ...dateFunctions,
  ...deploymentFunctions,
  ...lambdaFunctions,
};

const BUILTIN_FUNCTIONS = new Map<string, FunctionDefinition>(
  Object.entries(DEFINITIONS).map(([name, definition]) => [name.toLowerCase(), definition]),
);

/** The built-in function of that name (ARM ignores case), including every list*() function. */
export function lookupFunction(name: string): FunctionDefinition | undefined {
  const lower = name.toLowerCase();
  return BUILTIN_FUNCTIONS.get(lower) ?? (lower.startsWith('list') ? listFunction : undefined);
}

/** Names of the built-in functions this evaluator knows, as documented (list*() functions are matched by prefix). */
export function builtinFunctionNames(): string[] {
  return Object.keys(DEFINITIONS);
}
