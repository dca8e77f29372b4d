import { describe, expect, it } from '@jest/globals';
import { parseDirective } from '../../src/model/directives.js';

const range = { file: 'f', start: { line: 1, column: 1 }, end: { line: 1, column: 10 } };

describe('parseDirective', () => {
  it('reads the kind, rules and reason', () => {
    expect(parseDirective(' hsmlint-disable-next-line a, b -- because of x', range)).toEqual({
      kind: 'disable-next-line',
      rules: ['a', 'b'],
      reason: 'because of x',
      range,
    });
    expect(parseDirective('hsmlint-disable a -- r ', range)).toMatchObject({
      kind: 'disable',
      rules: ['a'],
      reason: 'r',
    });
    expect(parseDirective('hsmlint-enable', range)).toMatchObject({ kind: 'enable', rules: [] });
    expect(parseDirective('hsmlint-disable-line a -- r', range)).toMatchObject({ kind: 'disable-line' });
  });

  it('has no reason when none is given after --', () => {
    expect(parseDirective('hsmlint-disable-next-line a', range)?.reason).toBeUndefined();
    expect(parseDirective('hsmlint-disable-next-line a --', range)?.reason).toBeUndefined();
  });

  it('ignores ordinary comments and look-alikes', () => {
    expect(parseDirective('just a note about hsmlint-disable', range)).toBeUndefined();
    expect(parseDirective('hsmlint-disabled a', range)).toBeUndefined();
  });

  it('keeps hyphens inside a reason', () => {
    expect(parseDirective('hsmlint-disable-line a -- non-prod -- see ticket', range)?.reason).toBe(
      'non-prod -- see ticket',
    );
  });
});
