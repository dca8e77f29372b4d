export type * from './ast.js';
export { childrenOf, isNode, walk } from './ast.js';
export { lex, PositionMap, type LexResult, type Token, type TokenKind } from './lexer.js';
export {
  BINARY_PRECEDENCE,
  DECLARATION_KEYWORDS,
  MAX_CHAIN_LENGTH,
  MAX_DIAGNOSTICS,
  MAX_NESTING_DEPTH,
  parseBicep,
  type ParseOptions,
} from './parser.js';
export { printBicep, printDeclaration, printExpression, printType } from './printer.js';
export { MAX_FOR_ITEMS } from './scope.js';
export { isBicepParametersFile, mayBeBicep } from './detect.js';
export { deployersOf, parseBicepSource, type BicepOutcome, type BicepSourceOptions } from './source.js';
export { EVALUATION_BUDGET, MAX_LOOP_INSTANCES, MAX_MODULE_DEPTH } from './template.js';
export { HOOK_NAMESPACE, translate, TranslationError, type Resolver, type SymbolKind } from './translate.js';
