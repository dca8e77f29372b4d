import type {
  BinaryExpression,
  Declaration,
  Decorator,
  Expression,
  ImportedSymbol,
  InterpolatedString,
  ObjectExpression,
  ObjectMember,
  Program,
  ResourceBody,
  StringLiteral,
  TypeExpression,
} from './ast.js';
import { BINARY_PRECEDENCE } from './parser.js';

/**
 * A normalized printer: one declaration a line, objects and arrays one member a line with two-space
 * indents (on one line, comma-separated, inside string interpolation, where new lines cannot go), single
 * spaces around operators, parentheses kept where the tree has them and added where precedence needs
 * them. Comments are not printed. Parsing the output gives the same tree (less positions), so printing it
 * again gives the same text.
 */
export function printBicep(program: Program): string {
  if (program.declarations.length === 0) return '';
  return program.declarations.map((declaration) => printDeclaration(declaration, '')).join('\n') + '\n';
}

const STEP = '  ';

/** How tightly an expression holds together: operands of lower levels need parentheses. */
const TERNARY_LEVEL = 1;
const UNARY_LEVEL = 200;
const MEMBER_LEVEL = 300;

function level(expression: Expression): number {
  switch (expression.kind) {
    case 'TernaryExpression':
    case 'LambdaExpression':
      return TERNARY_LEVEL;
    case 'BinaryExpression':
      return BINARY_PRECEDENCE[expression.operator];
    case 'UnaryExpression':
      return UNARY_LEVEL;
    default:
      return MEMBER_LEVEL;
  }
}

export function printDeclaration(declaration: Declaration, indent: string): string {
  const lines = declaration.decorators.map((decorator) => indent + printDecorator(decorator, indent));
  const head = printDeclarationLine(declaration, indent);
  if (head !== null) lines.push(indent + head);
  return lines.join('\n');
}

function printDecorator(decorator: Decorator, indent: string): string {
  return '@' + printExpression(decorator.expression, indent, false);
}

function printDeclarationLine(declaration: Declaration, indent: string): string | null {
  const value = (expression: Expression): string => printExpression(expression, indent, false);
  switch (declaration.kind) {
    case 'TargetScopeDeclaration':
      return `targetScope = ${value(declaration.value)}`;
    case 'MetadataDeclaration':
      return `metadata ${declaration.name.name} = ${value(declaration.value)}`;
    case 'ParameterDeclaration': {
      const head = `param ${declaration.name.name} ${printType(declaration.type, indent)}`;
      return declaration.defaultValue ? `${head} = ${value(declaration.defaultValue)}` : head;
    }
    case 'VariableDeclaration': {
      const type = declaration.type ? ` ${printType(declaration.type, indent)}` : '';
      return `var ${declaration.name.name}${type} = ${value(declaration.value)}`;
    }
    case 'ResourceDeclaration':
      return (
        `resource ${declaration.name.name} ${printString(declaration.type, indent)}` +
        `${declaration.existing ? ' existing' : ''} = ${printResourceBody(declaration.value, indent)}`
      );
    case 'ModuleDeclaration':
      return `module ${declaration.name.name} ${printString(declaration.path, indent)} = ${printResourceBody(declaration.value, indent)}`;
    case 'OutputDeclaration':
      return `output ${declaration.name.name} ${printType(declaration.type, indent)} = ${value(declaration.value)}`;
    case 'TypeDeclaration':
      return `type ${declaration.name.name} = ${printType(declaration.value, indent)}`;
    case 'FunctionDeclaration': {
      const parameters = declaration.parameters
        .map((parameter) => `${parameter.name.name} ${printType(parameter.type, indent)}`)
        .join(', ');
      return (
        `func ${declaration.name.name}(${parameters}) ${printType(declaration.returnType, indent)} => ` +
        value(declaration.body)
      );
    }
    case 'ImportDeclaration': {
      const symbols = declaration.symbols?.map((symbol) => printImportedSymbol(symbol)).join(', ');
      const target =
        symbols === undefined
          ? `* as ${declaration.namespace?.name ?? ''}`
          : symbols
            ? `{ ${symbols} }`
            : '{}';
      return `import ${target} from ${printString(declaration.from, indent)}`;
    }
    case 'ExtensionDeclaration': {
      const specification =
        declaration.specification.kind === 'Identifier'
          ? declaration.specification.name
          : printString(declaration.specification, indent);
      const config = declaration.config ? ` with ${value(declaration.config)}` : '';
      const alias = declaration.alias ? ` as ${declaration.alias.name}` : '';
      return `${declaration.keyword} ${specification}${config}${alias}`;
    }
    case 'TestDeclaration':
      return `test ${declaration.name.name} ${printString(declaration.path, indent)} = ${value(declaration.value)}`;
    case 'AssertDeclaration':
      return `assert ${declaration.name.name} = ${value(declaration.value)}`;
    case 'UsingDeclaration': {
      const path = declaration.path ? printString(declaration.path, indent) : 'none';
      return `using ${path}${declaration.config ? ` with ${value(declaration.config)}` : ''}`;
    }
    case 'ExtendsDeclaration':
      return `extends ${printString(declaration.path, indent)}`;
    case 'ParameterAssignment':
      return `param ${declaration.name.name} = ${value(declaration.value)}`;
    case 'ExtensionConfigAssignment':
      return `extensionConfig ${declaration.alias.name} with ${value(declaration.config)}`;
    case 'MissingDeclaration':
      return null;
  }
}

function printImportedSymbol(symbol: ImportedSymbol): string {
  const name = symbol.name.kind === 'Identifier' ? symbol.name.name : quote(symbol.name.value);
  return symbol.alias ? `${name} as ${symbol.alias.name}` : name;
}

// -----------------------------------------------------------------------------------------------------
// Strings

function escapeSegment(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    switch (c) {
      case '\\':
        out += '\\\\';
        break;
      case "'":
        out += "\\'";
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '$':
        out += value[i + 1] === '{' ? '\\$' : '$';
        break;
      default:
        out += c;
    }
  }
  return out;
}

function quote(value: string): string {
  return `'${escapeSegment(value)}'`;
}

function printString(node: StringLiteral | InterpolatedString, indent: string): string {
  if (node.kind === 'StringLiteral') {
    return node.multiline ? `'''\n${node.value}'''` : quote(node.value);
  }
  let out = "'" + escapeSegment(node.segments[0]);
  for (let i = 0; i < node.expressions.length; i++) {
    out +=
      '${' +
      printExpression(node.expressions[i], indent, true) +
      '}' +
      escapeSegment(node.segments[i + 1] ?? '');
  }
  return out + "'";
}

// -----------------------------------------------------------------------------------------------------
// Expressions

/** `inline`: inside an interpolation, where objects and arrays go on one line. */
export function printExpression(expression: Expression, indent = '', inline = false): string {
  switch (expression.kind) {
    case 'Identifier':
      return expression.name;
    case 'StringLiteral':
    case 'InterpolatedString':
      return printString(expression, indent);
    case 'IntegerLiteral':
      return expression.raw;
    case 'BooleanLiteral':
      return expression.value ? 'true' : 'false';
    case 'NullLiteral':
      return 'null';
    case 'ObjectExpression':
      return printObject(expression, indent, inline);
    case 'ArrayExpression': {
      if (expression.items.length === 0) return '[]';
      const items = expression.items.map((item) =>
        item.kind === 'SpreadElement'
          ? '...' + printExpression(item.expression, indent + STEP, inline)
          : printExpression(item, indent + STEP, inline),
      );
      return inline
        ? `[${items.join(', ')}]`
        : `[\n${items.map((item) => indent + STEP + item).join('\n')}\n${indent}]`;
    }
    case 'ForExpression': {
      const variable = expression.index
        ? `(${expression.item.name}, ${expression.index.name})`
        : expression.item.name;
      const body =
        expression.body.kind === 'IfCondition'
          ? printIf(expression.body.condition, expression.body.body, indent, inline)
          : printExpression(expression.body, indent, inline);
      return `[for ${variable} in ${printExpression(expression.iterable, indent, inline)}: ${body}]`;
    }
    case 'ParenthesizedExpression':
      return `(${printExpression(expression.expression, indent, inline)})`;
    case 'UnaryExpression':
      return expression.operator + printOperand(expression.operand, MEMBER_LEVEL, indent, inline);
    case 'BinaryExpression':
      return printBinary(expression, indent, inline);
    case 'TernaryExpression':
      return (
        `${printOperand(expression.condition, TERNARY_LEVEL + 1, indent, inline)} ? ` +
        `${printExpression(expression.consequent, indent, inline)} : ${printExpression(expression.alternate, indent, inline)}`
      );
    case 'PropertyAccess':
    case 'IndexAccess':
    case 'ResourceAccess':
    case 'NonNullAssertion':
    case 'FunctionCall':
      return printMemberChain(expression, indent, inline);
    case 'LambdaExpression': {
      const parameters =
        expression.parameters.length === 1
          ? expression.parameters[0].name
          : `(${expression.parameters.map((parameter) => parameter.name).join(', ')})`;
      return `${parameters} => ${printExpression(expression.body, indent, inline)}`;
    }
    case 'Error':
      return '<error>';
  }
}

/** An operand that needs at least `minimum` level, in parentheses otherwise. */
function printOperand(expression: Expression, minimum: number, indent: string, inline: boolean): string {
  const text = printExpression(expression, indent, inline);
  return level(expression) < minimum ? `(${text})` : text;
}

/** A left-leaning chain (`a + b + c`) is printed without recursing down its left side. */
function printBinary(expression: BinaryExpression, indent: string, inline: boolean): string {
  const spine: BinaryExpression[] = [expression];
  let current = expression;
  while (
    current.left.kind === 'BinaryExpression' &&
    BINARY_PRECEDENCE[current.left.operator] >= BINARY_PRECEDENCE[current.operator]
  ) {
    current = current.left;
    spine.push(current);
  }
  const deepest = spine[spine.length - 1];
  let out = printOperand(deepest.left, BINARY_PRECEDENCE[deepest.operator], indent, inline);
  for (let i = spine.length - 1; i >= 0; i--) {
    const node = spine[i];
    out += ` ${node.operator} ${printOperand(node.right, BINARY_PRECEDENCE[node.operator] + 1, indent, inline)}`;
  }
  return out;
}

/** `a.b[0]::c!.f(x)`: printed without recursing down the chain. */
function printMemberChain(expression: Expression, indent: string, inline: boolean): string {
  const suffixes: string[] = [];
  let current: Expression = expression;
  for (;;) {
    if (current.kind === 'PropertyAccess') {
      suffixes.push(`${current.safe ? '.?' : '.'}${current.property.name}`);
      current = current.object;
    } else if (current.kind === 'IndexAccess') {
      suffixes.push(
        `[${current.safe ? '?' : ''}${current.fromEnd ? '^' : ''}${printExpression(current.index, indent, inline)}]`,
      );
      current = current.object;
    } else if (current.kind === 'ResourceAccess') {
      suffixes.push(`::${current.name.name}`);
      current = current.object;
    } else if (current.kind === 'NonNullAssertion') {
      suffixes.push('!');
      current = current.expression;
    } else if (current.kind === 'FunctionCall') {
      const args = current.arguments.map((argument) => printExpression(argument, indent, inline)).join(', ');
      if (current.object === null) {
        suffixes.push(`${current.name.name}(${args})`);
        return suffixes.reverse().join('');
      }
      suffixes.push(`.${current.name.name}(${args})`);
      current = current.object;
    } else {
      break;
    }
  }
  const base = printOperand(current, MEMBER_LEVEL, indent, inline);
  return base + suffixes.reverse().join('');
}

function printObject(object: ObjectExpression, indent: string, inline: boolean): string {
  if (object.properties.length === 0) return '{}';
  if (inline) {
    return `{ ${object.properties.map((member) => printMember(member, indent, true)).join(', ')} }`;
  }
  const inner = indent + STEP;
  const lines = object.properties.map((member) =>
    member.kind === 'ResourceDeclaration'
      ? printDeclaration(member, inner)
      : inner + printMember(member, inner, false),
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function printMember(member: ObjectMember, indent: string, inline: boolean): string {
  switch (member.kind) {
    case 'ObjectProperty': {
      const key = member.key.kind === 'Identifier' ? member.key.name : printString(member.key, indent);
      return `${key}: ${printExpression(member.value, indent, inline)}`;
    }
    case 'SpreadElement':
      return '...' + printExpression(member.expression, indent, inline);
    case 'ResourceDeclaration':
      return printDeclaration(member, indent).trimStart();
  }
}

function printIf(condition: Expression, body: ObjectExpression, indent: string, inline: boolean): string {
  return `if (${printExpression(condition, indent, inline)}) ${printObject(body, indent, inline)}`;
}

function printResourceBody(body: ResourceBody, indent: string): string {
  switch (body.kind) {
    case 'ObjectExpression':
      return printObject(body, indent, false);
    case 'IfCondition':
      return printIf(body.condition, body.body, indent, false);
    default:
      return printExpression(body, indent, false);
  }
}

// -----------------------------------------------------------------------------------------------------
// Types

function typeLevel(type: TypeExpression): number {
  switch (type.kind) {
    case 'UnionType':
      return 1;
    case 'NullableType':
    case 'NonNullableType':
    case 'UnaryType':
      return 2;
    case 'ResourceType':
      return 0;
    default:
      return 3;
  }
}

function printTypeOperand(type: TypeExpression, minimum: number, indent: string): string {
  const text = printType(type, indent);
  return typeLevel(type) < minimum ? `(${text})` : text;
}

export function printType(type: TypeExpression, indent = ''): string {
  switch (type.kind) {
    case 'TypeReference':
      return type.name.name;
    case 'TypePropertyAccess':
      return `${printTypeOperand(type.object, 3, indent)}.${type.property.name}`;
    case 'TypeIndexAccess':
      return `${printTypeOperand(type.object, 3, indent)}[${printExpression(type.index, indent, true)}]`;
    case 'TypeItemsAccess':
      return `${printTypeOperand(type.object, 3, indent)}[*]`;
    case 'TypeAdditionalPropertiesAccess':
      return `${printTypeOperand(type.object, 3, indent)}.*`;
    case 'ParameterizedType': {
      const object = type.object ? `${printTypeOperand(type.object, 3, indent)}.` : '';
      return `${object}${type.name.name}<${type.arguments.map((argument) => printType(argument, indent)).join(', ')}>`;
    }
    case 'ArrayType':
      return `${printTypeOperand(type.element, 3, indent)}[]`;
    case 'NullableType':
      return `${printTypeOperand(type.base, type.base.kind === 'NullableType' ? 3 : 2, indent)}?`;
    case 'NonNullableType':
      return `${printTypeOperand(type.base, 2, indent)}!`;
    case 'UnaryType':
      return type.operator + printTypeOperand(type.operand, 3, indent);
    case 'UnionType':
      return type.members.map((member) => printTypeOperand(member, 2, indent)).join(' | ');
    case 'ObjectType': {
      if (type.properties.length === 0) return '{}';
      const inner = indent + STEP;
      const lines: string[] = [];
      for (const property of type.properties) {
        for (const decorator of property.decorators) lines.push(inner + printDecorator(decorator, inner));
        const key =
          property.kind === 'ObjectTypeAdditionalProperties'
            ? '*'
            : property.key.kind === 'Identifier'
              ? property.key.name
              : printString(property.key, inner);
        lines.push(`${inner}${key}: ${printType(property.value, inner)}`);
      }
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'TupleType': {
      if (type.items.length === 0) return '[]';
      const inner = indent + STEP;
      const lines: string[] = [];
      for (const item of type.items) {
        for (const decorator of item.decorators) lines.push(inner + printDecorator(decorator, inner));
        lines.push(inner + printType(item.value, inner));
      }
      return `[\n${lines.join('\n')}\n${indent}]`;
    }
    case 'ParenthesizedType':
      return `(${printType(type.type, indent)})`;
    case 'ResourceType':
      return type.typeString ? `resource ${printString(type.typeString, indent)}` : 'resource';
    case 'StringLiteral':
    case 'InterpolatedString':
      return printString(type, indent);
    case 'IntegerLiteral':
      return type.raw;
    case 'BooleanLiteral':
      return type.value ? 'true' : 'false';
    case 'NullLiteral':
      return 'null';
    case 'Error':
      return '<error>';
  }
}
