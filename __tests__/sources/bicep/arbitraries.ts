import fc from 'fast-check';
import type {
  BinaryOperator,
  Declaration,
  Decorator,
  Expression,
  ForExpression,
  Identifier,
  IfCondition,
  ImportedSymbol,
  InterpolatedString,
  ObjectExpression,
  ObjectMember,
  ObjectTypeAdditionalProperties,
  ObjectTypeProperty,
  Program,
  ResourceBody,
  ResourceDeclaration,
  StringLiteral,
  TupleTypeItem,
  TypeExpression,
} from '../../../src/sources/bicep/index.js';

/**
 * Grammar-shaped arbitraries: syntax trees that are valid Bicep (positions are zero; the printer ignores
 * them). Names avoid `for` (which after `[` starts a loop) and the reserved words.
 */

const ZERO = { offset: 0, length: 0 };

const NAMES = ['a', 'b', 'foo', 'hsm', 'keyName', 'x1', '_y', 'if', 'in', 'as', 'existing'];
const FUNCTIONS = ['concat', 'resourceGroup', 'f', 'uniqueString'];
const BINARY: BinaryOperator[] = [
  '*',
  '/',
  '%',
  '+',
  '-',
  '<',
  '<=',
  '>',
  '>=',
  '==',
  '!=',
  '=~',
  '!~',
  '&&',
  '||',
  '??',
];

export const identifier = (name: string): Identifier => ({ kind: 'Identifier', name, ...ZERO });
const name = fc.constantFrom(...NAMES).map(identifier);

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 8, unit: 'binary' }),
  fc.constantFrom("it's", 'a\\b', '${x}', '$', '{}', 'line\nbreak', '\t\r', '😀'),
);

export const stringLiteral = (value: string, multiline = false): StringLiteral => ({
  kind: 'StringLiteral',
  value,
  multiline,
  ...ZERO,
});

const plainString = text.map((value) => stringLiteral(value));
const multilineString = fc
  .oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("ends with '", "''", '\nstarts\nwith a line', '\r\nCRLF'),
  )
  .filter((value) => !value.includes("'''"))
  .map((value) => stringLiteral(value, true));

const integer = fc.nat({ max: 1_000_000_000 }).map((n): Expression => ({
  kind: 'IntegerLiteral',
  value: n,
  raw: String(n),
  ...ZERO,
}));

const leaf: fc.Arbitrary<Expression> = fc.oneof(
  name,
  integer,
  fc.boolean().map((value): Expression => ({ kind: 'BooleanLiteral', value, ...ZERO })),
  fc.constant<Expression>({ kind: 'NullLiteral', ...ZERO }),
  plainString,
  multilineString,
);

function interpolated(hole: fc.Arbitrary<Expression>): fc.Arbitrary<InterpolatedString> {
  return fc.array(hole, { minLength: 1, maxLength: 3 }).chain((expressions) =>
    fc
      .array(text, { minLength: expressions.length + 1, maxLength: expressions.length + 1 })
      .map((segments): InterpolatedString => ({
        kind: 'InterpolatedString',
        segments,
        expressions,
        ...ZERO,
      })),
  );
}

/** Operators, member accesses and calls over `inner`: what may appear anywhere, holes included. */
function operators(tie: (key: string) => fc.Arbitrary<unknown>, self: string): fc.Arbitrary<Expression>[] {
  const inner = tie(self) as fc.Arbitrary<Expression>;
  return [
    fc
      .record({ operator: fc.constantFrom<'!' | '-'>('!', '-'), operand: inner })
      .map(({ operator, operand }): Expression => ({ kind: 'UnaryExpression', operator, operand, ...ZERO })),
    fc
      .record({ operator: fc.constantFrom(...BINARY), left: inner, right: inner })
      .map((r): Expression => ({ kind: 'BinaryExpression', ...r, ...ZERO })),
    fc
      .record({ condition: inner, consequent: inner, alternate: inner })
      .map((r): Expression => ({ kind: 'TernaryExpression', ...r, ...ZERO })),
    inner.map((expression): Expression => ({ kind: 'ParenthesizedExpression', expression, ...ZERO })),
    fc
      .record({ object: inner, property: name, safe: fc.boolean() })
      .map((r): Expression => ({ kind: 'PropertyAccess', ...r, ...ZERO })),
    fc
      .record({ object: inner, index: inner, safe: fc.boolean(), fromEnd: fc.boolean() })
      .map((r): Expression => ({ kind: 'IndexAccess', ...r, ...ZERO })),
    fc.record({ object: inner, name }).map((r): Expression => ({ kind: 'ResourceAccess', ...r, ...ZERO })),
    inner.map((expression): Expression => ({ kind: 'NonNullAssertion', expression, ...ZERO })),
    fc
      .record({
        object: fc.option(fc.oneof(name, inner), { nil: null }),
        name: fc.constantFrom(...FUNCTIONS).map(identifier),
        arguments: fc.array(inner, { maxLength: 3 }),
      })
      .map((r): Expression => ({ kind: 'FunctionCall', ...r, ...ZERO })),
    interpolated(tie('hole') as fc.Arbitrary<Expression>),
  ];
}

function objectProperty(
  value: fc.Arbitrary<Expression>,
  hole: fc.Arbitrary<Expression>,
): fc.Arbitrary<ObjectMember> {
  return fc.oneof(
    fc.record({ key: name, value }).map(({ key, value }): ObjectMember => ({
      kind: 'ObjectProperty',
      key,
      name: key.name,
      value,
      ...ZERO,
    })),
    fc.record({ key: plainString, value }).map(({ key, value }): ObjectMember => ({
      kind: 'ObjectProperty',
      key,
      name: key.value,
      value,
      ...ZERO,
    })),
    fc.record({ key: interpolated(hole), value }).map(({ key, value }): ObjectMember => ({
      kind: 'ObjectProperty',
      key,
      name: null,
      value,
      ...ZERO,
    })),
    value.map((expression): ObjectMember => ({ kind: 'SpreadElement', expression, ...ZERO })),
  );
}

const arbitraries = fc.letrec((tie) => ({
  /** An expression where objects and arrays may appear. */
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    ...operators(tie, 'expression'),
    fc
      .array(
        fc.oneof(
          tie('expression') as fc.Arbitrary<Expression>,
          (tie('expression') as fc.Arbitrary<Expression>).map(
            (expression): Expression =>
              ({ kind: 'SpreadElement', expression, ...ZERO }) as unknown as Expression,
          ),
        ),
        { maxLength: 3 },
      )
      .map((items): Expression => ({ kind: 'ArrayExpression', items, ...ZERO })),
    fc
      .array(
        objectProperty(
          tie('expression') as fc.Arbitrary<Expression>,
          tie('hole') as fc.Arbitrary<Expression>,
        ),
        {
          maxLength: 3,
        },
      )
      .map((properties): Expression => ({ kind: 'ObjectExpression', properties, ...ZERO })),
    fc
      .record({
        parameters: fc
          .uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 })
          .map((list) => list.map(identifier)),
        body: tie('expression') as fc.Arbitrary<Expression>,
      })
      .map((r): Expression => ({ kind: 'LambdaExpression', ...r, ...ZERO })),
    fc
      .record({
        item: name,
        index: fc.option(name, { nil: null }),
        iterable: tie('expression') as fc.Arbitrary<Expression>,
        body: tie('expression') as fc.Arbitrary<Expression>,
      })
      .map((r): Expression => ({ kind: 'ForExpression', ...r, ...ZERO })),
  ),
  /** An expression in an interpolation hole: no objects, arrays or loops. */
  hole: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, ...operators(tie, 'hole')),
}));

export const expression = arbitraries.expression as fc.Arbitrary<Expression>;

// -----------------------------------------------------------------------------------------------------
// Types

const typeName = fc
  .constantFrom('string', 'int', 'bool', 'object', 'array', 'keySpec')
  .map((n): TypeExpression => ({ kind: 'TypeReference', name: identifier(n), ...ZERO }));

const decorator: fc.Arbitrary<Decorator> = fc
  .record({
    namespace: fc.option(fc.constant('sys'), { nil: null }),
    name: fc.constantFrom('description', 'minLength', 'maxValue', 'secure', 'export', 'sealed', 'metadata'),
    arguments: fc.array(expression, { maxLength: 2 }),
  })
  .map(({ namespace, name: decoratorName, arguments: args }) => ({
    kind: 'Decorator',
    expression: {
      kind: 'FunctionCall',
      object: namespace ? identifier(namespace) : null,
      name: identifier(decoratorName),
      arguments: args,
      ...ZERO,
    },
    name: decoratorName,
    namespace,
    arguments: args,
    ...ZERO,
  }));

const decorators = fc.array(decorator, { maxLength: 2 });

const typeArbitraries = fc.letrec((tie) => {
  const inner = tie('type') as fc.Arbitrary<TypeExpression>;
  return {
    type: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      typeName,
      plainString as fc.Arbitrary<TypeExpression>,
      integer as fc.Arbitrary<TypeExpression>,
      fc.boolean().map((value): TypeExpression => ({ kind: 'BooleanLiteral', value, ...ZERO })),
      fc.constant<TypeExpression>({ kind: 'NullLiteral', ...ZERO }),
      integer.map((operand): TypeExpression => ({
        kind: 'UnaryType',
        operator: '-',
        operand: operand as TypeExpression,
        ...ZERO,
      })),
      inner.map((element): TypeExpression => ({ kind: 'ArrayType', element, ...ZERO })),
      inner.map((base): TypeExpression => ({ kind: 'NullableType', base, ...ZERO })),
      inner.map((base): TypeExpression => ({ kind: 'NonNullableType', base, ...ZERO })),
      inner.map((type): TypeExpression => ({ kind: 'ParenthesizedType', type, ...ZERO })),
      fc
        .array(inner, { minLength: 2, maxLength: 3 })
        .map((members): TypeExpression => ({ kind: 'UnionType', members, ...ZERO })),
      fc
        .record({ object: typeName, property: name })
        .map((r): TypeExpression => ({ kind: 'TypePropertyAccess', ...r, ...ZERO })),
      typeName.map((object): TypeExpression => ({ kind: 'TypeItemsAccess', object, ...ZERO })),
      typeName.map((object): TypeExpression => ({ kind: 'TypeAdditionalPropertiesAccess', object, ...ZERO })),
      fc
        .record({ object: typeName, index: integer })
        .map((r): TypeExpression => ({ kind: 'TypeIndexAccess', ...r, ...ZERO })),
      fc
        .record({
          name: fc.constantFrom('resourceInput', 'resourceOutput').map(identifier),
          arguments: fc
            .constantFrom('Microsoft.KeyVault/managedHSMs@2025-05-01', 'T@1')
            .map((v) => [stringLiteral(v) as TypeExpression]),
          property: fc.option(name, { nil: null }),
        })
        .map(({ name: typeFunction, arguments: args, property }): TypeExpression => {
          const instance: TypeExpression = {
            kind: 'ParameterizedType',
            object: null,
            name: typeFunction,
            arguments: args,
            ...ZERO,
          };
          return property ? { kind: 'TypePropertyAccess', object: instance, property, ...ZERO } : instance;
        }),
      fc
        .array(
          fc.oneof(
            fc
              .record({ decorators, key: name, value: inner })
              .map(({ decorators: list, key, value }): ObjectTypeProperty => ({
                kind: 'ObjectTypeProperty',
                decorators: list,
                key,
                name: key.name,
                value,
                ...ZERO,
              })),
            fc
              .record({ decorators, key: plainString, value: inner })
              .map(({ decorators: list, key, value }): ObjectTypeProperty => ({
                kind: 'ObjectTypeProperty',
                decorators: list,
                key,
                name: key.value,
                value,
                ...ZERO,
              })),
            fc
              .record({ decorators, value: inner })
              .map(({ decorators: list, value }): ObjectTypeAdditionalProperties => ({
                kind: 'ObjectTypeAdditionalProperties',
                decorators: list,
                value,
                ...ZERO,
              })),
          ),
          { maxLength: 3 },
        )
        .map((properties): TypeExpression => ({ kind: 'ObjectType', properties, ...ZERO })),
      fc
        .array(
          fc.record({ decorators, value: inner }).map(({ decorators: list, value }): TupleTypeItem => ({
            kind: 'TupleTypeItem',
            decorators: list,
            value,
            ...ZERO,
          })),
          { maxLength: 3 },
        )
        .map((items): TypeExpression => ({ kind: 'TupleType', items, ...ZERO })),
    ),
  };
});

export const type = typeArbitraries.type as fc.Arbitrary<TypeExpression>;

// -----------------------------------------------------------------------------------------------------
// Declarations

const resourceType = fc
  .constantFrom(
    'Microsoft.KeyVault/managedHSMs@2025-05-01',
    'keys',
    'Microsoft.Insights/diagnosticSettings@2021-05-01-preview',
  )
  .map((v) => stringLiteral(v));

const plainMember = objectProperty(expression, arbitraries.hole as fc.Arbitrary<Expression>);

const object = (members: fc.Arbitrary<ObjectMember>): fc.Arbitrary<ObjectExpression> =>
  fc
    .array(members, { maxLength: 3 })
    .map((properties): ObjectExpression => ({ kind: 'ObjectExpression', properties, ...ZERO }));

function ifCondition(body: fc.Arbitrary<ObjectExpression>): fc.Arbitrary<IfCondition> {
  return fc
    .record({ condition: expression, body })
    .map((r): IfCondition => ({ kind: 'IfCondition', ...r, ...ZERO }));
}

function resourceBody(body: fc.Arbitrary<ObjectExpression>): fc.Arbitrary<ResourceBody> {
  return fc.oneof(
    body,
    ifCondition(body),
    fc
      .record({
        item: name,
        index: fc.option(name, { nil: null }),
        iterable: expression,
        body: fc.oneof(body, ifCondition(body)),
      })
      .map((r): ForExpression => ({ kind: 'ForExpression', ...r, ...ZERO })),
  );
}

const nestedResource: fc.Arbitrary<ResourceDeclaration> = fc
  .record({ decorators, name, type: resourceType, existing: fc.boolean(), value: object(plainMember) })
  .map((r): ResourceDeclaration => ({ kind: 'ResourceDeclaration', ...r, ...ZERO }));

const resourceObject = object(
  fc.oneof({ weight: 3, arbitrary: plainMember }, { weight: 1, arbitrary: nestedResource }),
);

const modulePath = fc
  .constantFrom('./modules/dns.bicep', 'br/public:avm/res/key-vault/managed-hsm:0.1.0')
  .map((v) => stringLiteral(v));

const importedSymbol: fc.Arbitrary<ImportedSymbol> = fc
  .oneof(
    fc.record({ name, alias: fc.option(name, { nil: null }) }),
    fc.record({ name: plainString, alias: name }),
  )
  .map((r): ImportedSymbol => ({ kind: 'ImportedSymbol', ...r, ...ZERO }));

const templateDeclaration: fc.Arbitrary<Declaration> = fc.oneof(
  fc
    .record({ decorators, value: expression })
    .map((r): Declaration => ({ kind: 'TargetScopeDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, value: expression })
    .map((r): Declaration => ({ kind: 'MetadataDeclaration', ...r, ...ZERO })),
  fc
    .record({
      decorators,
      name,
      type: fc.oneof(
        { weight: 4, arbitrary: type },
        {
          weight: 1,
          arbitrary: resourceType.map((typeString): TypeExpression => ({
            kind: 'ResourceType',
            typeString,
            ...ZERO,
          })),
        },
      ),
      defaultValue: fc.option(expression, { nil: null }),
    })
    .map((r): Declaration => ({ kind: 'ParameterDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, type: fc.option(type, { nil: null }), value: expression })
    .map((r): Declaration => ({ kind: 'VariableDeclaration', ...r, ...ZERO })),
  fc
    .record({
      decorators,
      name,
      type: resourceType,
      existing: fc.boolean(),
      value: resourceBody(resourceObject),
    })
    .map((r): Declaration => ({ kind: 'ResourceDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, path: modulePath, value: resourceBody(object(plainMember)) })
    .map((r): Declaration => ({ kind: 'ModuleDeclaration', ...r, ...ZERO })),
  fc
    .record({
      decorators,
      name,
      type: fc.oneof(
        { weight: 4, arbitrary: type },
        {
          weight: 1,
          arbitrary: fc
            .option(resourceType, { nil: null })
            .map((typeString): TypeExpression => ({ kind: 'ResourceType', typeString, ...ZERO })),
        },
      ),
      value: expression,
    })
    .map((r): Declaration => ({ kind: 'OutputDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, value: type })
    .map((r): Declaration => ({ kind: 'TypeDeclaration', ...r, ...ZERO })),
  fc
    .record({
      decorators,
      name,
      parameters: fc.array(
        fc.record({ name, type }).map((r) => ({ kind: 'FunctionParameter' as const, ...r, ...ZERO })),
        { maxLength: 3 },
      ),
      returnType: type,
      body: expression,
    })
    .map((r): Declaration => ({ kind: 'FunctionDeclaration', ...r, ...ZERO })),
  fc
    .record({
      decorators,
      target: fc.oneof(
        fc.array(importedSymbol, { maxLength: 3 }).map((symbols) => ({ symbols, namespace: null })),
        name.map((namespace) => ({ symbols: null, namespace })),
      ),
      from: fc.constantFrom('./shared.bicep', 'br/public:types:1.0').map((v) => stringLiteral(v)),
    })
    .map(({ decorators: list, target, from }): Declaration => ({
      kind: 'ImportDeclaration',
      decorators: list,
      ...target,
      from,
      ...ZERO,
    })),
  fc
    .record({
      decorators,
      keyword: fc.constantFrom<'extension' | 'provider' | 'import'>('extension', 'provider', 'import'),
      specification: fc.oneof(
        fc.constantFrom('microsoftGraphV1', 'kubernetes').map(identifier),
        fc
          .constantFrom('az@1.0.0', 'br:mcr.microsoft.com/bicep/extensions/kubernetes:1.0')
          .map((v) => stringLiteral(v)),
      ),
      config: fc.option(object(plainMember), { nil: null }),
      alias: fc.option(name, { nil: null }),
    })
    // the older `import` form takes a string only
    .filter((r) => r.keyword !== 'import' || r.specification.kind === 'StringLiteral')
    .map((r): Declaration => ({ kind: 'ExtensionDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, path: modulePath, value: object(plainMember) })
    .map((r): Declaration => ({ kind: 'TestDeclaration', ...r, ...ZERO })),
  fc
    .record({ decorators, name, value: expression })
    .map((r): Declaration => ({ kind: 'AssertDeclaration', ...r, ...ZERO })),
);

const parametersDeclaration: fc.Arbitrary<Declaration> = fc.oneof(
  fc
    .record({
      path: fc.option(modulePath, { nil: null }),
      config: fc.option(object(plainMember), { nil: null }),
    })
    .map((r): Declaration => ({ kind: 'UsingDeclaration', decorators: [], ...r, ...ZERO })),
  modulePath.map((path): Declaration => ({ kind: 'ExtendsDeclaration', decorators: [], path, ...ZERO })),
  fc
    .record({ name, value: expression })
    .map((r): Declaration => ({ kind: 'ParameterAssignment', decorators: [], ...r, ...ZERO })),
  fc
    .record({ name, value: expression })
    .map((r): Declaration => ({ kind: 'VariableDeclaration', decorators: [], type: null, ...r, ...ZERO })),
  fc
    .record({ name, value: type })
    .map((r): Declaration => ({ kind: 'TypeDeclaration', decorators: [], ...r, ...ZERO })),
  fc
    .record({ alias: name, config: object(plainMember) })
    .map((r): Declaration => ({ kind: 'ExtensionConfigAssignment', decorators: [], ...r, ...ZERO })),
);

function program(declarations: fc.Arbitrary<Declaration>, mode: Program['mode']): fc.Arbitrary<Program> {
  return fc.array(declarations, { minLength: 1, maxLength: 5 }).map((list): Program => ({
    kind: 'Program',
    file: '',
    mode,
    declarations: list,
    comments: [],
    directives: [],
    diagnostics: [],
    rangeOf: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
    ...ZERO,
  }));
}

export const templateProgram = program(templateDeclaration, 'bicep');
export const parametersProgram = program(parametersDeclaration, 'bicepparam');
