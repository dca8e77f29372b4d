import {
  parseBicep,
  type Declaration,
  type Expression,
  type Program,
  type TypeExpression,
} from '../../../src/sources/bicep/index.js';

export function describeDiagnostics(program: Program): string {
  return program.diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`)
    .join('\n');
}

/** Parses text that must have no syntax error. */
export function parseOk(text: string, file?: string): Program {
  const program = parseBicep(text, file);
  if (program.diagnostics.length > 0) {
    throw new Error(`unexpected diagnostics for:\n${text}\n---\n${describeDiagnostics(program)}`);
  }
  return program;
}

/** The declaration at `index`, checked to be of `kind`. */
export function declaration<K extends Declaration['kind']>(
  program: Program,
  index: number,
  kind: K,
): Extract<Declaration, { kind: K }> {
  const found = program.declarations[index];
  if (!found || found.kind !== kind) {
    throw new Error(`declaration ${index} is ${found?.kind ?? 'missing'}, expected ${kind}`);
  }
  return found as Extract<Declaration, { kind: K }>;
}

/** The value of `var x = <text>`. */
export function expression(text: string): Expression {
  return declaration(parseOk(`var x = ${text}`), 0, 'VariableDeclaration').value;
}

/** The type of `type t = <text>`. */
export function typeOf(text: string): TypeExpression {
  return declaration(parseOk(`type t = ${text}`), 0, 'TypeDeclaration').value;
}

/** `line:column message` of every diagnostic. */
export function messages(text: string, file?: string): string[] {
  return parseBicep(text, file).diagnostics.map(
    (d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`,
  );
}

/** The tree without positions (and, with `unwrap`, without parentheses), for structural comparison. */
export function strip(value: unknown, unwrap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, unwrap));
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  if (unwrap && node.kind === 'ParenthesizedExpression') return strip(node.expression, unwrap);
  if (unwrap && node.kind === 'ParenthesizedType') return strip(node.type, unwrap);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(node)) {
    if (key === 'offset' || key === 'length' || key === 'range' || key === 'rangeOf') continue;
    out[key] = strip(item, unwrap);
  }
  return out;
}

/** A compact rendering of an expression's structure: `(+ 1 (* 2 3))`. */
export function shape(node: Expression): string {
  switch (node.kind) {
    case 'Identifier':
      return node.name;
    case 'IntegerLiteral':
      return node.raw;
    case 'BooleanLiteral':
      return String(node.value);
    case 'NullLiteral':
      return 'null';
    case 'StringLiteral':
      return `'${node.value}'`;
    case 'InterpolatedString':
      return `(interp ${node.expressions.map(shape).join(' ')})`;
    case 'BinaryExpression':
      return `(${node.operator} ${shape(node.left)} ${shape(node.right)})`;
    case 'UnaryExpression':
      return `(${node.operator} ${shape(node.operand)})`;
    case 'TernaryExpression':
      return `(? ${shape(node.condition)} ${shape(node.consequent)} ${shape(node.alternate)})`;
    case 'ParenthesizedExpression':
      return `(paren ${shape(node.expression)})`;
    case 'PropertyAccess':
      return `(${node.safe ? '.?' : '.'} ${shape(node.object)} ${node.property.name})`;
    case 'IndexAccess':
      return `([${node.safe ? '?' : ''}${node.fromEnd ? '^' : ''}] ${shape(node.object)} ${shape(node.index)})`;
    case 'ResourceAccess':
      return `(:: ${shape(node.object)} ${node.name.name})`;
    case 'NonNullAssertion':
      return `(nonnull ${shape(node.expression)})`;
    case 'FunctionCall': {
      const callee = node.object ? `${shape(node.object)}.${node.name.name}` : node.name.name;
      return `(call ${[callee, ...node.arguments.map(shape)].join(' ')})`;
    }
    case 'LambdaExpression':
      return `(=> (${node.parameters.map((p) => p.name).join(' ')}) ${shape(node.body)})`;
    case 'ArrayExpression':
      return `[${node.items.map((item) => (item.kind === 'SpreadElement' ? `...${shape(item.expression)}` : shape(item))).join(' ')}]`;
    case 'ObjectExpression':
      return `{${node.properties
        .map((member) =>
          member.kind === 'ObjectProperty'
            ? `${member.name}:${shape(member.value)}`
            : member.kind === 'SpreadElement'
              ? `...${shape(member.expression)}`
              : `resource ${member.name.name}`,
        )
        .join(' ')}}`;
    case 'ForExpression':
      return `(for ${node.item.name}${node.index ? ` ${node.index.name}` : ''} ${shape(node.iterable)} ${
        node.body.kind === 'IfCondition'
          ? `(if ${shape(node.body.condition)} ${shape(node.body.body)})`
          : shape(node.body)
      })`;
    case 'Error':
      return '<error>';
  }
}
