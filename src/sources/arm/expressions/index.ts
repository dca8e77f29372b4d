export { evaluateExpression, evaluateTemplateString, isExpression } from './evaluate.js';
export { builtinFunctionNames } from './functions.js';
export { ARM_GUID_NAMESPACE, armGuid, armUniqueString, murmurHash64 } from './hash.js';
export { tokenize, type LexResult, type Token, type TokenKind } from './lexer.js';
export {
  MAX_PARSE_DEPTH,
  parseExpression,
  type Expr,
  type FunctionCall,
  type IndexAccess,
  type IntegerLiteral,
  type ParseResult,
  type PropertyAccess,
  type StringLiteral,
} from './parser.js';
export { identityFromResourceId, referenceFromResourceId, type ResourceIdentity } from './resource-id.js';
export { DEFAULT_EVAL_LIMITS, type EvalLimits, type EvalResult, type EvalScope } from './result.js';
export type { JsonValue } from './values.js';
