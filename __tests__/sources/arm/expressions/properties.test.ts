import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  builtinFunctionNames,
  evaluateTemplateString,
  parseExpression,
  type EvalResult,
} from '../../../../src/sources/arm/expressions/index.js';
import { testScope } from './scope.js';

const scope = testScope({
  parameters: {
    name: { kind: 'known', value: 'hsm1', parameter: 'name' },
    settings: { kind: 'known', value: { a: [1, 'two', { b: true }], name: 'x', n: null } },
    secret: { kind: 'known', value: 'hunter2', secure: true },
    later: { kind: 'unknown', reason: "parameter 'later' has no value" },
  },
  variables: { list: { kind: 'known', value: [3, 1, 2] } },
  loops: { '': 1, disks: 4 },
});

/** Fails with a readable message unless the result has the promised shape. */
function expectWellFormed(result: EvalResult): void {
  expect(['known', 'unknown']).toContain(result.kind);
  if (result.kind === 'unknown') {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
    if (result.references !== undefined) {
      expect(result.references.length).toBeGreaterThan(0);
      for (const reference of result.references) expect(typeof reference).toBe('string');
    }
  } else {
    // A known value is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  }
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const stringLiteral = fc
  .oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      'Microsoft.KeyVault/managedHSMs',
      'a,b',
      '{0}-{1}',
      '2024-01-01T00:00:00Z',
      'P1D',
      'true',
      'name',
    ),
  )
  .map(quote);
const integerLiteral = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.integer()).map(String);
const leaf = fc.oneof(
  stringLiteral,
  integerLiteral,
  fc.constantFrom(
    "parameters('name')",
    "parameters('settings')",
    "parameters('secret')",
    "parameters('later')",
    "variables('list')",
    "lambdaVariables('x')",
    "lambdaVariables('y')",
    'true()',
    'null()',
    'createArray(1, 2, 3)',
  ),
);
const functionName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...builtinFunctionNames()) },
  { weight: 1, arbitrary: fc.constantFrom('listKeys', 'notAFunction', 'CONCAT', 'contoso.custom') },
);
/** Common functions with a fitting argument count, so that generated trees often evaluate to something. */
const FITTING_ARITY: Array<[string, number]> = [
  ['concat', 2],
  ['if', 3],
  ['equals', 2],
  ['union', 2],
  ['intersection', 2],
  ['length', 1],
  ['string', 1],
  ['toUpper', 1],
  ['contains', 2],
  ['first', 1],
  ['take', 2],
  ['skip', 2],
  ['add', 2],
  ['createObject', 2],
  ['createArray', 3],
  ['json', 1],
  ['format', 2],
  ['replace', 3],
  ['split', 2],
  ['join', 2],
  ['coalesce', 2],
  ['tryGet', 2],
  ['items', 1],
  ['range', 2],
  ['resourceId', 2],
  ['reference', 1],
  ['uniqueString', 2],
  ['guid', 1],
  ['not', 1],
  ['and', 2],
  ['or', 2],
  ['less', 2],
  ['padLeft', 2],
  ['substring', 2],
  ['empty', 1],
  ['base64', 1],
  ['utcNow', 1],
  ['dateTimeAdd', 2],
  ['indexOf', 2],
  ['min', 2],
  ['array', 1],
  ['objectKeys', 1],
  ['copyIndex', 1],
];
const accessor = fc.oneof(
  fc.constantFrom('.a', '.name', '.properties', '[0]', '[1]', "['b']", "['name']"),
  integerLiteral.map((index) => `[${index}]`),
);

const { expression } = fc.letrec<{ expression: string; call: string }>((tie) => ({
  expression: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    leaf,
    tie('call'),
    fc.tuple(tie('call'), accessor).map(([call, access]) => `${call}${access}`),
  ),
  call: fc.oneof(
    {
      weight: 1,
      arbitrary: fc
        .tuple(functionName, fc.array(tie('expression'), { maxLength: 4 }))
        .map(([name, args]) => `${name}(${args.join(', ')})`),
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...FITTING_ARITY)
        .chain(([name, arity]) =>
          fc
            .array(tie('expression'), { minLength: arity, maxLength: arity })
            .map((args) => `${name}(${args.join(', ')})`),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('map', 'filter', 'toObject'), tie('expression'), tie('expression'))
        .map(([name, input, body]) => `${name}(${input}, lambda('x', ${body}))`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(tie('expression'), tie('expression'), tie('expression'))
        .map(([input, initial, body]) => `reduce(${input}, ${initial}, lambda('x', 'y', ${body}))`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(tie('expression'), tie('expression'))
        .map(([input, body]) => `sort(${input}, lambda('x', 'y', ${body}))`),
    },
  ),
}));

/** Trees of total functions over strings, booleans and string arrays: they always evaluate, to the declared type. */
const typed = fc.letrec<{ text: string; flag: string; list: string }>((tie) => ({
  text: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    stringLiteral,
    fc.constant("parameters('name')"),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `concat(${a}, ${b})`),
    tie('text').map((a) => `toUpper(${a})`),
    tie('text').map((a) => `trim(${a})`),
    tie('text').map((a) => `base64(${a})`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `uniqueString(${a}, ${b})`),
    tie('text').map((a) => `guid(${a})`),
    fc
      .tuple(tie('text'), tie('text'), tie('text'))
      .map(([a, b, c]) => `replace(${a}, concat('x', ${b}), ${c})`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `format('{0}-{1:00}', ${a}, length(${b}))`),
    fc.tuple(tie('flag'), tie('text'), tie('text')).map(([f, a, b]) => `if(${f}, ${a}, ${b})`),
    tie('list').map((l) => `join(${l}, '/')`),
    tie('list').map((l) => `string(${l})`),
    tie('text').map((a) => `padLeft(${a}, 12, '*')`),
  ),
  flag: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    fc.constantFrom('true()', 'false()'),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `equals(${a}, ${b})`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `contains(${a}, ${b})`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `startsWith(${a}, ${b})`),
    tie('flag').map((f) => `not(${f})`),
    fc.tuple(tie('flag'), tie('flag')).map(([a, b]) => `or(${a}, ${b})`),
    tie('text').map((a) => `empty(${a})`),
    fc.tuple(tie('list'), tie('text')).map(([l, a]) => `contains(${l}, ${a})`),
  ),
  list: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    fc.array(tie('text'), { maxLength: 3 }).map((items) => `createArray(${items.join(', ')})`),
    tie('text').map((a) => `split(${a}, ',')`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `union(${a}, ${b})`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `concat(${a}, ${b})`),
    tie('list').map((l) => `map(${l}, lambda('x', toLower(lambdaVariables('x'))))`),
    fc
      .tuple(tie('list'), tie('text'))
      .map(([l, a]) => `filter(${l}, lambda('x', not(equals(lambdaVariables('x'), ${a}))))`),
    tie('list').map((l) => `sort(${l}, lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))`),
    tie('list').map((l) => `take(${l}, 2)`),
  ),
}));

describe('evaluateTemplateString never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        expectWellFormed(evaluateTemplateString(raw, scope));
        expectWellFormed(evaluateTemplateString(`[${raw}]`, scope));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text made of expression characters', () => {
    const piece = fc.constantFrom(
      'concat(',
      'parameters(',
      "'a'",
      "''",
      '(',
      ')',
      ',',
      '.',
      '[',
      ']',
      'x',
      '1',
      '-',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expectWellFormed(evaluateTemplateString(`[${pieces.join('')}]`, scope));
      }),
      { numRuns: 300 },
    );
  });

  it('on well-formed expression trees, deterministically', () => {
    fc.assert(
      fc.property(expression, (text) => {
        const raw = `[${text}]`;
        expect(parseExpression(text).ok).toBe(true);
        const result = evaluateTemplateString(raw, scope);
        expectWellFormed(result);
        expect(evaluateTemplateString(raw, scope)).toEqual(result);
      }),
      { numRuns: 250 },
    );
  });

  it('on well-formed expression trees under tight limits', () => {
    fc.assert(
      fc.property(expression, (text) => {
        expectWellFormed(
          evaluateTemplateString(`[${text}]`, scope, { maxDepth: 3, maxSteps: 50, maxOutputLength: 10 }),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties of evaluation', () => {
  it('well-typed trees of total functions always evaluate, to the declared type', () => {
    const checks: Array<[fc.Arbitrary<string>, (value: unknown) => boolean]> = [
      [typed.text, (value) => typeof value === 'string'],
      [typed.flag, (value) => typeof value === 'boolean'],
      [typed.list, (value) => Array.isArray(value) && value.every((item) => typeof item === 'string')],
    ];
    for (const [arbitrary, hasType] of checks) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const result = evaluateTemplateString(`[${text}]`, scope);
          if (result.kind !== 'known') throw new Error(`${text} gave unknown: ${result.reason}`);
          expect(hasType(result.value)).toBe(true);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('a secure input marks the result secure, whatever else is computed', () => {
    fc.assert(
      fc.property(expression, (text) => {
        const result = evaluateTemplateString(`[createArray(parameters('secret'), ${text})]`, scope);
        expect(result.secure).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('string literals evaluate to their text, whatever quotes they hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(evaluateTemplateString(`[${quote(text)}]`, scope)).toEqual({ kind: 'known', value: text });
      }),
      { numRuns: 200 },
    );
  });

  it('integer literals evaluate to their value', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(evaluateTemplateString(`[ ${value} ]`, scope)).toEqual({ kind: 'known', value });
      }),
      { numRuns: 100 },
    );
  });

  it('[[ escapes keep the rest of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(evaluateTemplateString(`[[${text}]`, scope)).toEqual({ kind: 'known', value: `[${text}]` });
      }),
      { numRuns: 100 },
    );
  });

  it('parse errors point inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const parsed = parseExpression(text);
        if (!parsed.ok) {
          expect(parsed.offset).toBeGreaterThanOrEqual(0);
          expect(parsed.offset).toBeLessThanOrEqual(text.length);
          expect(parsed.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
