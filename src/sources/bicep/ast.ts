import type { Position } from '../../model/range.js';

/**
 * The Bicep syntax tree. Every node has a `kind` (the discriminant) and its place as `offset`/`length`
 * (UTF-16 code units into the text); `program.rangeOf(node)` gives it as 1-based lines and columns, `end`
 * exclusive (as SARIF). Nodes hold no range themselves: a large template has millions of nodes, and few
 * are ever reported. Comments, directives and diagnostics, which are few, carry their `range`.
 * A part that could not be parsed is an `Error` node in the place of an expression or a type; the syntax
 * error itself is one of the program's `diagnostics`.
 */

export type { Position };

export interface Range {
  start: Position;
  end: Position;
}

export interface Located {
  offset: number;
  length: number;
}

/** Trivia and diagnostics carry their lines and columns. */
export interface Ranged extends Located {
  range: Range;
}

// ---------------------------------------------------------------------------------------------------------
// Trivia and diagnostics

export interface Comment extends Ranged {
  kind: 'LineComment' | 'BlockComment';
  /** The comment as written, with its delimiters. */
  text: string;
  /** The comment without its delimiters (`//`, or `/*` and `*\/`). */
  value: string;
}

export interface DiagnosticCode extends Ranged {
  code: string;
}

/** `#disable-next-line code1 code2`: Bicep's own suppression of diagnostics on the next line. */
export interface DisableNextLineDirective extends Ranged {
  kind: 'DisableNextLine';
  codes: DiagnosticCode[];
}

export interface Diagnostic extends Ranged {
  severity: 'error';
  /** A stable short name: `unexpected-token`, `unterminated-string`, `too-deep`, ... */
  code: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------------------
// Expressions

export interface Identifier extends Located {
  kind: 'Identifier';
  name: string;
}

export interface StringLiteral extends Located {
  kind: 'StringLiteral';
  /** The value, escapes decoded; for a multi-line string, the text between the quotes less one leading new line. */
  value: string;
  multiline: boolean;
}

/** `'a${x}b${y}c'`: `segments` (decoded) has one more item than `expressions`. */
export interface InterpolatedString extends Located {
  kind: 'InterpolatedString';
  segments: string[];
  expressions: Expression[];
}

export interface IntegerLiteral extends Located {
  kind: 'IntegerLiteral';
  /** The value as a number (exact up to 2^53); `raw` is the digits as written. */
  value: number;
  raw: string;
}

export interface BooleanLiteral extends Located {
  kind: 'BooleanLiteral';
  value: boolean;
}

export interface NullLiteral extends Located {
  kind: 'NullLiteral';
}

export interface ObjectProperty extends Located {
  kind: 'ObjectProperty';
  key: Identifier | StringLiteral | InterpolatedString;
  /** The key's text when it is an identifier or a string without interpolation; otherwise null. */
  name: string | null;
  value: Expression;
}

/** `...expression` in an object or an array. */
export interface SpreadElement extends Located {
  kind: 'SpreadElement';
  expression: Expression;
}

/** A member of an object: nested `resource` declarations appear only in a resource body. */
export type ObjectMember = ObjectProperty | SpreadElement | ResourceDeclaration;

export interface ObjectExpression extends Located {
  kind: 'ObjectExpression';
  properties: ObjectMember[];
}

export interface ArrayExpression extends Located {
  kind: 'ArrayExpression';
  items: Array<Expression | SpreadElement>;
}

/** `[for item in iterable: body]` or `[for (item, index) in iterable: body]`. */
export interface ForExpression extends Located {
  kind: 'ForExpression';
  item: Identifier;
  index: Identifier | null;
  iterable: Expression;
  /** In a resource or module body, an object or an `if` condition; elsewhere any expression. */
  body: Expression | IfCondition;
}

/** `if (condition) { ... }`: the body of a conditional resource or module (also inside a loop). */
export interface IfCondition extends Located {
  kind: 'IfCondition';
  condition: Expression;
  body: ObjectExpression;
}

export interface ParenthesizedExpression extends Located {
  kind: 'ParenthesizedExpression';
  expression: Expression;
}

export type UnaryOperator = '!' | '-';

export interface UnaryExpression extends Located {
  kind: 'UnaryExpression';
  operator: UnaryOperator;
  operand: Expression;
}

export type BinaryOperator =
  '*' | '/' | '%' | '+' | '-' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '=~' | '!~' | '&&' | '||' | '??';

export interface BinaryExpression extends Located {
  kind: 'BinaryExpression';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface TernaryExpression extends Located {
  kind: 'TernaryExpression';
  condition: Expression;
  consequent: Expression;
  alternate: Expression;
}

/** `object.property`, or `object.?property` (`safe`). */
export interface PropertyAccess extends Located {
  kind: 'PropertyAccess';
  object: Expression;
  property: Identifier;
  safe: boolean;
}

/** `object[index]`; `object[?index]` is `safe`, `object[^index]` counts `fromEnd`. */
export interface IndexAccess extends Located {
  kind: 'IndexAccess';
  object: Expression;
  index: Expression;
  safe: boolean;
  fromEnd: boolean;
}

/** `parent::child`: a nested resource by its symbolic name. */
export interface ResourceAccess extends Located {
  kind: 'ResourceAccess';
  object: Expression;
  name: Identifier;
}

/** `expression!` */
export interface NonNullAssertion extends Located {
  kind: 'NonNullAssertion';
  expression: Expression;
}

/**
 * `name(args)`, or `object.name(args)` with the namespace or instance in `object` (`az.resourceGroup()`,
 * `sys.concat()`, `hsm.listKeys()`).
 */
export interface FunctionCall extends Located {
  kind: 'FunctionCall';
  object: Expression | null;
  name: Identifier;
  arguments: Expression[];
}

/** `x => body`, `(x, y) => body`, `() => body` */
export interface LambdaExpression extends Located {
  kind: 'LambdaExpression';
  parameters: Identifier[];
  body: Expression;
}

/** What could not be parsed; the diagnostic says why. */
export interface ErrorNode extends Located {
  kind: 'Error';
}

export type Expression =
  | Identifier
  | StringLiteral
  | InterpolatedString
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | ObjectExpression
  | ArrayExpression
  | ForExpression
  | ParenthesizedExpression
  | UnaryExpression
  | BinaryExpression
  | TernaryExpression
  | PropertyAccess
  | IndexAccess
  | ResourceAccess
  | NonNullAssertion
  | FunctionCall
  | LambdaExpression
  | ErrorNode;

// ---------------------------------------------------------------------------------------------------------
// Types

/** `string`, `int`, `myType`, `ns` ... */
export interface TypeReference extends Located {
  kind: 'TypeReference';
  name: Identifier;
}

/** `type.property`: `ns.myType`, `sys.string`, `resourceInput<'T@v'>.properties`. */
export interface TypePropertyAccess extends Located {
  kind: 'TypePropertyAccess';
  object: TypeExpression;
  property: Identifier;
}

/** `type[0]` */
export interface TypeIndexAccess extends Located {
  kind: 'TypeIndexAccess';
  object: TypeExpression;
  index: Expression;
}

/** `type[*]` */
export interface TypeItemsAccess extends Located {
  kind: 'TypeItemsAccess';
  object: TypeExpression;
}

/** `type.*` */
export interface TypeAdditionalPropertiesAccess extends Located {
  kind: 'TypeAdditionalPropertiesAccess';
  object: TypeExpression;
}

/** `resourceInput<'T@v'>`, `resourceOutput<'T@v'>`, `resource<'T@v'>`, `ns.name<...>` (with `object`). */
export interface ParameterizedType extends Located {
  kind: 'ParameterizedType';
  object: TypeExpression | null;
  name: Identifier;
  arguments: TypeExpression[];
}

/** `element[]` */
export interface ArrayType extends Located {
  kind: 'ArrayType';
  element: TypeExpression;
}

/** `type?` */
export interface NullableType extends Located {
  kind: 'NullableType';
  base: TypeExpression;
}

/** `type!` */
export interface NonNullableType extends Located {
  kind: 'NonNullableType';
  base: TypeExpression;
}

/** `'a' | 'b'` (a leading `|` is allowed). */
export interface UnionType extends Located {
  kind: 'UnionType';
  members: TypeExpression[];
}

/** `-1`, `!true` as literal types. */
export interface UnaryType extends Located {
  kind: 'UnaryType';
  operator: UnaryOperator;
  operand: TypeExpression;
}

export interface ObjectTypeProperty extends Located {
  kind: 'ObjectTypeProperty';
  decorators: Decorator[];
  key: Identifier | StringLiteral | InterpolatedString;
  name: string | null;
  value: TypeExpression;
}

/** `*: type` */
export interface ObjectTypeAdditionalProperties extends Located {
  kind: 'ObjectTypeAdditionalProperties';
  decorators: Decorator[];
  value: TypeExpression;
}

export interface ObjectType extends Located {
  kind: 'ObjectType';
  properties: Array<ObjectTypeProperty | ObjectTypeAdditionalProperties>;
}

export interface TupleTypeItem extends Located {
  kind: 'TupleTypeItem';
  decorators: Decorator[];
  value: TypeExpression;
}

export interface TupleType extends Located {
  kind: 'TupleType';
  items: TupleTypeItem[];
}

export interface ParenthesizedType extends Located {
  kind: 'ParenthesizedType';
  type: TypeExpression;
}

/** `resource 'T@v'` as the type of a parameter or output; an output may leave the type string out. */
export interface ResourceType extends Located {
  kind: 'ResourceType';
  typeString: StringLiteral | InterpolatedString | null;
}

export type TypeExpression =
  | TypeReference
  | TypePropertyAccess
  | TypeIndexAccess
  | TypeItemsAccess
  | TypeAdditionalPropertiesAccess
  | ParameterizedType
  | ArrayType
  | NullableType
  | NonNullableType
  | UnionType
  | UnaryType
  | ObjectType
  | TupleType
  | ParenthesizedType
  | ResourceType
  | StringLiteral
  | InterpolatedString
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | ErrorNode;

// ---------------------------------------------------------------------------------------------------------
// Declarations

/**
 * `@name(args)` or `@ns.name(args)`. `name`, `namespace` and `arguments` are read from `expression` for
 * convenience (`@sys.description('x')`: name `description`, namespace `sys`).
 */
export interface Decorator extends Located {
  kind: 'Decorator';
  expression: Expression;
  name: string;
  namespace: string | null;
  arguments: Expression[];
}

interface Decorated extends Located {
  /** The declaration's range includes its decorators. */
  decorators: Decorator[];
}

export interface TargetScopeDeclaration extends Decorated {
  kind: 'TargetScopeDeclaration';
  value: Expression;
}

export interface MetadataDeclaration extends Decorated {
  kind: 'MetadataDeclaration';
  name: Identifier;
  value: Expression;
}

export interface ParameterDeclaration extends Decorated {
  kind: 'ParameterDeclaration';
  name: Identifier;
  type: TypeExpression;
  defaultValue: Expression | null;
}

export interface VariableDeclaration extends Decorated {
  kind: 'VariableDeclaration';
  name: Identifier;
  /** `var x string = ...` (an optional declared type). */
  type: TypeExpression | null;
  value: Expression;
}

export type ResourceBody = ObjectExpression | IfCondition | ForExpression | ErrorNode;

export interface ResourceDeclaration extends Decorated {
  kind: 'ResourceDeclaration';
  name: Identifier;
  /** `'Microsoft.KeyVault/managedHSMs@2025-05-01'` */
  type: StringLiteral | InterpolatedString;
  existing: boolean;
  value: ResourceBody;
}

export interface ModuleDeclaration extends Decorated {
  kind: 'ModuleDeclaration';
  name: Identifier;
  path: StringLiteral | InterpolatedString;
  value: ResourceBody;
}

export interface OutputDeclaration extends Decorated {
  kind: 'OutputDeclaration';
  name: Identifier;
  type: TypeExpression;
  value: Expression;
}

export interface TypeDeclaration extends Decorated {
  kind: 'TypeDeclaration';
  name: Identifier;
  value: TypeExpression;
}

export interface FunctionParameter extends Located {
  kind: 'FunctionParameter';
  name: Identifier;
  type: TypeExpression;
}

/** `func name(a string, b int) string => body` */
export interface FunctionDeclaration extends Decorated {
  kind: 'FunctionDeclaration';
  name: Identifier;
  parameters: FunctionParameter[];
  returnType: TypeExpression;
  body: Expression;
}

export interface ImportedSymbol extends Located {
  kind: 'ImportedSymbol';
  /** The exported name: an identifier, or a string (which then needs an alias). */
  name: Identifier | StringLiteral;
  alias: Identifier | null;
}

/** `import {a, b as c} from './x.bicep'` (`symbols`) or `import * as ns from './x.bicep'` (`namespace`). */
export interface ImportDeclaration extends Decorated {
  kind: 'ImportDeclaration';
  symbols: ImportedSymbol[] | null;
  namespace: Identifier | null;
  from: StringLiteral | InterpolatedString;
}

/** `extension name`, `extension 'spec' with {...} as alias`, and the older `provider` and `import 'spec'`. */
export interface ExtensionDeclaration extends Decorated {
  kind: 'ExtensionDeclaration';
  keyword: 'extension' | 'provider' | 'import';
  specification: Identifier | StringLiteral | InterpolatedString;
  config: ObjectExpression | null;
  alias: Identifier | null;
}

export interface TestDeclaration extends Decorated {
  kind: 'TestDeclaration';
  name: Identifier;
  path: StringLiteral | InterpolatedString;
  value: ObjectExpression;
}

export interface AssertDeclaration extends Decorated {
  kind: 'AssertDeclaration';
  name: Identifier;
  value: Expression;
}

/** `.bicepparam`: `using './main.bicep'`, `using none`, with an optional `with {...}`. */
export interface UsingDeclaration extends Decorated {
  kind: 'UsingDeclaration';
  /** Null for `using none`. */
  path: StringLiteral | InterpolatedString | null;
  config: ObjectExpression | null;
}

/** `.bicepparam`: `extends './base.bicepparam'` */
export interface ExtendsDeclaration extends Decorated {
  kind: 'ExtendsDeclaration';
  path: StringLiteral | InterpolatedString;
}

/** `.bicepparam`: `param name = value` */
export interface ParameterAssignment extends Decorated {
  kind: 'ParameterAssignment';
  name: Identifier;
  value: Expression;
}

/** `.bicepparam`: `extensionConfig alias with {...}` */
export interface ExtensionConfigAssignment extends Decorated {
  kind: 'ExtensionConfigAssignment';
  alias: Identifier;
  config: ObjectExpression;
}

/** Decorators that no declaration follows. */
export interface MissingDeclaration extends Decorated {
  kind: 'MissingDeclaration';
}

export type Declaration =
  | TargetScopeDeclaration
  | MetadataDeclaration
  | ParameterDeclaration
  | VariableDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | OutputDeclaration
  | TypeDeclaration
  | FunctionDeclaration
  | ImportDeclaration
  | ExtensionDeclaration
  | TestDeclaration
  | AssertDeclaration
  | UsingDeclaration
  | ExtendsDeclaration
  | ParameterAssignment
  | ExtensionConfigAssignment
  | MissingDeclaration;

export type FileMode = 'bicep' | 'bicepparam';

export interface Program extends Located {
  kind: 'Program';
  file: string;
  /** `bicepparam` for a `.bicepparam` file (`using`, `param x = ...`), otherwise `bicep`. */
  mode: FileMode;
  declarations: Declaration[];
  comments: Comment[];
  directives: DisableNextLineDirective[];
  diagnostics: Diagnostic[];
  /** The lines and columns of a node (or any place) of this program. */
  rangeOf(located: Located): Range;
}

export type Node =
  | Program
  | Declaration
  | Expression
  | TypeExpression
  | Decorator
  | ObjectProperty
  | SpreadElement
  | IfCondition
  | ObjectTypeProperty
  | ObjectTypeAdditionalProperties
  | TupleTypeItem
  | FunctionParameter
  | ImportedSymbol;

export type NodeKind = Node['kind'];

/** Whether a value is a syntax-tree node (an object with a `kind` and an `offset`). */
export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'kind' in value && 'offset' in value;
}

/**
 * The direct children of a node, in source order: every property holding a node or an array of nodes.
 * A program's comments and directives are trivia, not children.
 */
export function childrenOf(node: Node): Node[] {
  // a decorator's `arguments` repeat those of its `expression`
  if (node.kind === 'Decorator') return [node.expression];
  const out: Node[] = [];
  for (const key in node) {
    if (key === 'comments' || key === 'directives' || key === 'diagnostics') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Visits `root` and every node below it, parents before children, without recursion (the tree may be deep).
 * Return `false` from `visit` to skip a node's children.
 */
export function walk(root: Node, visit: (node: Node, parent: Node | null) => boolean | void): void {
  const stack: Array<[Node, Node | null]> = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (visit(node, parent) === false) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], node]);
  }
}
