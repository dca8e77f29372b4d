import { describe, expect, it } from '@jest/globals';
import type { TypeExpression } from '../../../src/sources/bicep/index.js';
import { declaration, messages, parseOk, typeOf } from './helpers.js';

/** A compact rendering of a type's structure. */
function tshape(type: TypeExpression): string {
  switch (type.kind) {
    case 'TypeReference':
      return type.name.name;
    case 'TypePropertyAccess':
      return `(. ${tshape(type.object)} ${type.property.name})`;
    case 'TypeIndexAccess':
      return `([] ${tshape(type.object)})`;
    case 'TypeItemsAccess':
      return `([*] ${tshape(type.object)})`;
    case 'TypeAdditionalPropertiesAccess':
      return `(.* ${tshape(type.object)})`;
    case 'ParameterizedType':
      return `(${type.object ? `${tshape(type.object)}.` : ''}${type.name.name}< ${type.arguments.map(tshape).join(' ')})`;
    case 'ArrayType':
      return `(array ${tshape(type.element)})`;
    case 'NullableType':
      return `(nullable ${tshape(type.base)})`;
    case 'NonNullableType':
      return `(nonnull ${tshape(type.base)})`;
    case 'UnionType':
      return `(| ${type.members.map(tshape).join(' ')})`;
    case 'UnaryType':
      return `(${type.operator} ${tshape(type.operand)})`;
    case 'ObjectType':
      return `{${type.properties
        .map((p) =>
          p.kind === 'ObjectTypeAdditionalProperties'
            ? `*:${tshape(p.value)}`
            : `${p.decorators.map((d) => `@${d.name} `).join('')}${p.name}:${tshape(p.value)}`,
        )
        .join(' ')}}`;
    case 'TupleType':
      return `[${type.items.map((i) => tshape(i.value)).join(' ')}]`;
    case 'ParenthesizedType':
      return `(paren ${tshape(type.type)})`;
    case 'ResourceType':
      return `(resource ${type.typeString?.kind === 'StringLiteral' ? type.typeString.value : '?'})`;
    case 'StringLiteral':
      return `'${type.value}'`;
    case 'InterpolatedString':
      return "'…'";
    case 'IntegerLiteral':
      return type.raw;
    case 'BooleanLiteral':
      return String(type.value);
    case 'NullLiteral':
      return 'null';
    case 'Error':
      return '<error>';
  }
}

describe('bicep types', () => {
  it.each([
    ['string', 'string'],
    ['int', 'int'],
    ['bool', 'bool'],
    ['object', 'object'],
    ['array', 'array'],
    ['string[]', '(array string)'],
    ['int[][]', '(array (array int))'],
    ['string?', '(nullable string)'],
    ['string[]?', '(nullable (array string))'],
    ['(string?)[]', '(array (paren (nullable string)))'],
    ['string!', '(nonnull string)'],
    ["'a' | 'b' | 'c'", "(| 'a' 'b' 'c')"],
    ["| 'a' | 'b'", "(| 'a' 'b')"],
    ["('a' | 'b')[]", "(array (paren (| 'a' 'b')))"],
    ["('fizz' | 42 | {an: 'object'} | null)[]", "(array (paren (| 'fizz' 42 {an:'object'} null)))"],
    ['-1 | 1', '(| (- 1) 1)'],
    ['true', 'true'],
    ["'''\nverbatim'''", "'verbatim'"],
    ['sys.string', '(. sys string)'],
    ['shared.keySpec', '(. shared keySpec)'],
    ['keySpec.name', '(. keySpec name)'],
    ['pair[0]', '([] pair)'],
    ['list[*]', '([*] list)'],
    ['dict.*', '(.* dict)'],
    [
      "resourceInput<'Microsoft.KeyVault/managedHSMs@2025-05-01'>",
      "(resourceInput< 'Microsoft.KeyVault/managedHSMs@2025-05-01')",
    ],
    [
      "resourceInput<'Microsoft.KeyVault/managedHSMs@2025-05-01'>.properties.networkAcls",
      "(. (. (resourceInput< 'Microsoft.KeyVault/managedHSMs@2025-05-01') properties) networkAcls)",
    ],
    ["resourceOutput<'T@1'>.id", "(. (resourceOutput< 'T@1') id)"],
    ["resource<'T@1'>.properties", "(. (resource< 'T@1') properties)"],
    ['[string, int]', '[string int]'],
    ['[\n  string\n  int?\n]', '[string (nullable int)]'],
  ])('reads %j', (text, expected) => {
    expect(tshape(typeOf(text))).toBe(expected);
  });

  it('reads object types with optional (nullable) properties, decorators, quoted keys and *', () => {
    const type = typeOf(
      "{\n  @description('The key name')\n  @minLength(1)\n  name: string\n  size: int?\n  'key-ops': string[]\n  *: bool\n}",
    );
    expect(tshape(type)).toBe(
      '{@description @minLength name:string size:(nullable int) key-ops:(array string) *:bool}',
    );
  });

  it('reads one-line object types with commas', () => {
    expect(tshape(typeOf('{ a: string, b: int? }'))).toBe('{a:string b:(nullable int)}');
  });

  it('reads a union over several lines with leading pipes', () => {
    expect(tshape(typeOf("\n  | 'a'\n  | 'b'"))).toBe("(| 'a' 'b')");
  });

  it('reads decorators on tuple items', () => {
    const type = typeOf("[\n  @description('first')\n  string\n  int\n]");
    expect(type.kind === 'TupleType' && type.items[0].decorators.map((d) => d.name)).toEqual(['description']);
  });

  it('reads resource-typed parameters', () => {
    const decl = declaration(
      parseOk("param hsm resource 'Microsoft.KeyVault/managedHSMs@2025-05-01'"),
      0,
      'ParameterDeclaration',
    );
    expect(tshape(decl.type)).toBe('(resource Microsoft.KeyVault/managedHSMs@2025-05-01)');
  });

  it('reads a resourceInput parameter type (resource followed by <)', () => {
    const decl = declaration(
      parseOk("param acls resourceInput<'T@1'>.properties"),
      0,
      'ParameterDeclaration',
    );
    expect(tshape(decl.type)).toBe("(. (resourceInput< 'T@1') properties)");
  });

  it("flags TypeScript's optional marker name?: and reads the property as nullable", () => {
    expect(messages('type t = { a: string, b?: int }')).toEqual([
      "1:24 Bicep marks an optional property with a nullable type: write 'b: type?', not 'b?: type'",
    ]);
  });

  it('requires a resource type string after resource in a parameter', () => {
    expect(messages('param r resource')).toEqual([
      "1:17 expected the resource type string after 'resource', found the end of the file",
    ]);
  });

  it('reports an interpolated string literal type', () => {
    expect(messages("type t = 'a${b}'")).toEqual(['1:10 a string literal type cannot use interpolation']);
  });

  it('reports a union that ends with a pipe', () => {
    expect(messages("type t = 'a' |\nparam p string")).toEqual(["1:15 expected a type after '|'"]);
  });
});
