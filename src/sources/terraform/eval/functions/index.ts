import type { TfFunction } from '../context.js';
import { collectionFunctions } from './collection.js';
import { encodingFunctions } from './encoding.js';
import { fileFunctions } from './file.js';
import { networkFunctions } from './network.js';
import { numericFunctions } from './numeric.js';
import { stringFunctions } from './string.js';
import { timeFunctions } from './time.js';
import { typeFunctions } from './type.js';

/** Terraform's built-in functions by name (try, can and templatefile live in the evaluator: they evaluate). */
const FUNCTIONS = new Map<string, TfFunction>(
  Object.entries({
    ...collectionFunctions,
    ...stringFunctions,
    ...encodingFunctions,
    ...numericFunctions,
    ...networkFunctions,
    ...timeFunctions,
    ...typeFunctions,
    ...fileFunctions,
  }),
);

export function lookupFunction(name: string): TfFunction | undefined {
  return FUNCTIONS.get(name);
}

export function functionNames(): string[] {
  return [...FUNCTIONS.keys(), 'try', 'can', 'templatefile'];
}
