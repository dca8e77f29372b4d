import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBicep, printBicep, type Declaration, type Program } from '../../../src/sources/bicep/index.js';
import { expression, parametersProgram, templateProgram, type } from './arbitraries.js';
import { describeDiagnostics, strip } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** print → parse (no diagnostics) → the same tree less positions and parentheses → print: the same text. */
function roundTrips(program: Program, file: string): void {
  const printed = printBicep(program);
  const parsed = parseBicep(printed, file);
  if (parsed.diagnostics.length > 0) {
    throw new Error(`the printed program does not parse:\n${printed}\n---\n${describeDiagnostics(parsed)}`);
  }
  expect(strip(parsed.declarations, true)).toEqual(strip(program.declarations, true));
  expect(printBicep(parsed)).toBe(printed);
}

describe('bicep print and parse round trip (property)', () => {
  it('round-trips generated templates', () => {
    fc.assert(
      fc.property(templateProgram, (program) => roundTrips(program, 'main.bicep')),
      { numRuns: 400 },
    );
  });

  it('round-trips generated parameters files', () => {
    fc.assert(
      fc.property(parametersProgram, (program) => roundTrips(program, 'main.bicepparam')),
      { numRuns: 200 },
    );
  });

  it('round-trips generated expressions, adding the parentheses precedence needs', () => {
    fc.assert(
      fc.property(expression, (value) =>
        roundTrips(
          single({ ...declarationBase('x'), kind: 'VariableDeclaration', type: null, value }),
          'a.bicep',
        ),
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips generated types', () => {
    fc.assert(
      fc.property(type, (value) =>
        roundTrips(single({ ...declarationBase('t'), kind: 'TypeDeclaration', value }), 'a.bicep'),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('bicep print and parse round trip (fixtures)', () => {
  it.each(['managed-hsm.bicep', 'managed-hsm.bicepparam', 'modules/shared.bicep'])(
    'round-trips %s',
    (file) => {
      const source = parseBicep(readFileSync(join(FIXTURES, file), 'utf8'), file);
      expect(source.diagnostics).toEqual([]);
      roundTrips(source, file);
    },
  );
});

const ZERO_RANGE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const ZERO = { offset: 0, length: 0 };

function declarationBase(name: string) {
  return { decorators: [], name: { kind: 'Identifier' as const, name, ...ZERO }, ...ZERO };
}

function single(declaration: Declaration): Program {
  return {
    kind: 'Program',
    file: '',
    mode: 'bicep',
    declarations: [declaration],
    comments: [],
    directives: [],
    diagnostics: [],
    rangeOf: () => ZERO_RANGE,
    ...ZERO,
  };
}
