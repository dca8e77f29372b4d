import type { SourceRange } from '../../model/range.js';

/** A parsed `.tf` file. Parsing never throws: syntax problems land in `errors`, everything recoverable in `body`. */
export interface HclFile {
  file: string;
  body: HclBody;
  comments: HclComment[];
  errors: HclSyntaxError[];
}

export interface HclComment {
  /** Raw text including the `#`, `//` or `/* *\/` markers. */
  text: string;
  range: SourceRange;
}

export interface HclSyntaxError {
  message: string;
  range: SourceRange;
}

export interface HclBody {
  /** Attributes in source order. */
  attributes: HclAttribute[];
  /** Blocks in source order. */
  blocks: HclBlock[];
  range: SourceRange;
}

export interface HclAttribute {
  kind: 'attribute';
  name: string;
  /** Range of the attribute name (the key). */
  nameRange: SourceRange;
  expr: HclExpression;
  /** From the name to the end of the expression. */
  range: SourceRange;
}

export interface HclBlockLabel {
  /** Decoded label value (escapes resolved for quoted labels). */
  value: string;
  quoted: boolean;
  range: SourceRange;
}

export interface HclBlock {
  kind: 'block';
  type: string;
  typeRange: SourceRange;
  labels: HclBlockLabel[];
  body: HclBody;
  /** From the block type to the closing brace. */
  range: SourceRange;
}

export type HclExpression =
  | HclLiteral
  | HclTemplate
  | HclHeredoc
  | HclVariable
  | HclTraversal
  | HclFunctionCall
  | HclTuple
  | HclObject
  | HclConditional
  | HclBinary
  | HclUnary
  | HclFor
  | HclParens
  | HclInvalid;

export interface HclLiteral {
  kind: 'literal';
  type: 'string' | 'number' | 'bool' | 'null';
  value: string | number | boolean | null;
  /** Source text, with quotes for strings. */
  raw: string;
  range: SourceRange;
}

export type HclTemplatePart = HclTemplateText | HclTemplateInterpolation | HclTemplateIf | HclTemplateFor;

export interface HclTemplateText {
  kind: 'text';
  /** Decoded text (`\n`, `$${`, `%%{` resolved). */
  value: string;
  raw: string;
  range: SourceRange;
}

export interface HclTemplateInterpolation {
  kind: 'interpolation';
  expr: HclExpression;
  /** `~` strip markers on the left (`${~`) and right (`~}`). */
  strip: { left: boolean; right: boolean };
  range: SourceRange;
}

export interface HclTemplateIf {
  kind: 'if';
  condition: HclExpression;
  then: HclTemplatePart[];
  else?: HclTemplatePart[];
  range: SourceRange;
}

export interface HclTemplateFor {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: HclExpression;
  body: HclTemplatePart[];
  range: SourceRange;
}

/** A quoted string containing interpolations or directives (`"a-${var.x}"`). */
export interface HclTemplate {
  kind: 'template';
  parts: HclTemplatePart[];
  range: SourceRange;
}

/** `<<EOT` / `<<-EOT` heredoc. `stripIndent` is true for `<<-`; indentation is not removed from `parts`. */
export interface HclHeredoc {
  kind: 'heredoc';
  marker: string;
  stripIndent: boolean;
  parts: HclTemplatePart[];
  range: SourceRange;
}

/** A bare root name: `var`, `local`, `each`, `azurerm_key_vault`, `count`. */
export interface HclVariable {
  kind: 'variable';
  name: string;
  range: SourceRange;
}

export type HclTraversalStep =
  | { kind: 'attr'; name: string; range: SourceRange }
  | { kind: 'index'; key: HclExpression; range: SourceRange }
  /** `.*` (attr) or `[*]` (full); the steps after it apply to each element. */
  | { kind: 'splat'; type: 'attr' | 'full'; range: SourceRange };

/** `var.x`, `azurerm_x.y.id`, `data.a.b.c`, `x[0]`, `x[*].id`, `f(a).b`. `source` is usually an HclVariable. */
export interface HclTraversal {
  kind: 'traversal';
  source: HclExpression;
  steps: HclTraversalStep[];
  range: SourceRange;
}

export interface HclFunctionCall {
  kind: 'call';
  name: string;
  nameRange: SourceRange;
  args: HclExpression[];
  /** True when the last argument is followed by `...`. */
  expandFinal: boolean;
  range: SourceRange;
}

export interface HclTuple {
  kind: 'tuple';
  items: HclExpression[];
  range: SourceRange;
}

export interface HclObjectItem {
  /** A bare identifier key (`{ a = 1 }`) is a string literal, as in HCL; `(k)` keys are parens expressions. */
  key: HclExpression;
  value: HclExpression;
  range: SourceRange;
}

export interface HclObject {
  kind: 'object';
  items: HclObjectItem[];
  range: SourceRange;
}

export interface HclConditional {
  kind: 'conditional';
  condition: HclExpression;
  then: HclExpression;
  else: HclExpression;
  range: SourceRange;
}

export type HclBinaryOperator =
  '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||';

export interface HclBinary {
  kind: 'binary';
  op: HclBinaryOperator;
  left: HclExpression;
  right: HclExpression;
  range: SourceRange;
}

export interface HclUnary {
  kind: 'unary';
  op: '-' | '!';
  operand: HclExpression;
  range: SourceRange;
}

/** `[for k, v in coll : v if cond]` (tuple) or `{for k, v in coll : k => v... if cond}` (object). */
export interface HclFor {
  kind: 'for';
  type: 'tuple' | 'object';
  keyVar?: string;
  valueVar: string;
  collection: HclExpression;
  /** Only for object for-expressions. */
  key?: HclExpression;
  value: HclExpression;
  condition?: HclExpression;
  /** `...` after the value (object form only). */
  grouping: boolean;
  range: SourceRange;
}

export interface HclParens {
  kind: 'parens';
  expr: HclExpression;
  range: SourceRange;
}

/** Something the parser could not make sense of; an entry in `HclFile.errors` covers it. */
export interface HclInvalid {
  kind: 'invalid';
  raw: string;
  range: SourceRange;
}
