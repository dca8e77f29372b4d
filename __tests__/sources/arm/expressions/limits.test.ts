import { describe, expect, it } from '@jest/globals';
import { DEFAULT_EVAL_LIMITS, MAX_PARSE_DEPTH } from '../../../../src/sources/arm/expressions/index.js';
import { evaluate, known, missing } from './scope.js';

function nestedConcat(depth: number): string {
  return `[${'concat('.repeat(depth)}'a'${')'.repeat(depth)}]`;
}

/** Runs an evaluation and checks it also finished quickly. */
function timed(raw: string, limits?: Parameters<typeof evaluate>[2]): ReturnType<typeof evaluate> {
  const started = performance.now();
  const result = evaluate(raw, undefined, limits);
  expect(performance.now() - started).toBeLessThan(3000);
  return result;
}

describe('evaluation limits', () => {
  it('default to a depth of 64, 100000 steps and outputs of a million', () => {
    expect(DEFAULT_EVAL_LIMITS).toEqual({ maxDepth: 64, maxSteps: 100_000, maxOutputLength: 1_000_000 });
  });

  it('stop deep nesting at the depth limit', () => {
    expect(timed(nestedConcat(500))).toEqual(missing('expression nests deeper than 64 levels'));
    expect(timed(nestedConcat(30))).toEqual(known('a'));
  });

  it('evaluate deep nesting when the limit allows it, without overflowing the stack', () => {
    expect(timed(nestedConcat(MAX_PARSE_DEPTH - 1), { maxDepth: 10_000 })).toEqual(known('a'));
  });

  it('reject nesting the parser refuses', () => {
    expect(timed(nestedConcat(MAX_PARSE_DEPTH + 1)).kind).toBe('unknown');
    expect(timed(`[${'f('.repeat(200_000)}]`).kind).toBe('unknown');
  });

  it('refuse huge ranges', () => {
    expect(timed('[range(0, 100000000)]')).toEqual(
      missing('range(): the count 100000000 must be between 0 and 10000'),
    );
    expect(timed('[range(0, 5000)]', { maxOutputLength: 100 })).toEqual(
      missing('range(): the result would exceed 100 elements'),
    );
  });

  it('stop strings that double on every step', () => {
    expect(
      timed(
        "[reduce(range(0, 64), 'ab', lambda('s', 'i', concat(lambdaVariables('s'), lambdaVariables('s'))))]",
      ),
    ).toEqual(missing('concat(): the result would exceed 1000000 characters'));
  });

  it('stop arrays that double on every step', () => {
    const doubling =
      "[reduce(range(0, 64), createArray(1), lambda('a', 'i', concat(lambdaVariables('a'), lambdaVariables('a'))))]";
    // Building each array costs a step per element, so the step budget runs out first...
    expect(timed(doubling)).toEqual(missing('evaluation exceeded 100000 steps'));
    // ...and with a generous budget the size limit stops it.
    expect(timed(doubling, { maxSteps: 100_000_000 })).toEqual(
      missing('concat(): the result would exceed 1000000 elements'),
    );
  });

  it('stop structures that share parts and grow exponentially when unfolded', () => {
    expect(
      timed(
        "[reduce(range(0, 10000), createArray(), lambda('a', 'i', createArray(lambdaVariables('a'), lambdaVariables('a'))))]",
      ),
    ).toEqual(missing('createArray(): the result holds more than 1000000 entries'));
    // Printing such a structure is bounded as well.
    const printed = timed(
      "[string(reduce(range(0, 25), createArray(), lambda('a', 'i', createArray(lambdaVariables('a'), lambdaVariables('a')))))]",
    );
    expect(printed.kind).toBe('unknown');
  });

  it('stop work that multiplies through nested loops', () => {
    expect(timed("[map(range(0, 10000), lambda('i', range(0, 10000)))]")).toEqual(
      missing('evaluation exceeded 100000 steps'),
    );
    expect(timed("[length(map(range(0, 100), lambda('i', range(0, 100))))]")).toEqual(known(100));
  });

  it('count a step for every expression node and for the text built', () => {
    expect(timed("[concat('a', 'b')]", { maxSteps: 3 })).toEqual(missing('evaluation exceeded 3 steps'));
    expect(timed("[concat('a', 'b')]", { maxSteps: 4 })).toEqual(known('ab'));
  });

  it('bound padding, replacing and formatting', () => {
    expect(timed("[padLeft('a', 100000000)]")).toEqual(
      missing('padLeft(): the result would exceed 1000000 characters'),
    );
    expect(timed("[replace('aaaa', 'a', 'bbbbbbbbbb')]", { maxOutputLength: 20 })).toEqual(
      missing('replace(): the result would exceed 20 characters'),
    );
    expect(timed("[format('{0,100}', 'x')]", { maxOutputLength: 50 })).toEqual(
      missing('format(): the result would exceed 50 characters'),
    );
    expect(
      timed("[string(json('[1111111111,2222222222,3333333333,4444444444,5555555555]'))]", {
        maxOutputLength: 50,
      }),
    ).toEqual(missing('string(): the JSON text would exceed 50 characters'));
  });

  it('bound values nested deeper than a JSON document would be', () => {
    expect(timed(`[json('${'['.repeat(300)}${']'.repeat(300)}')]`)).toEqual(
      missing('json(): invalid JSON at position 257: nesting deeper than 256 levels'),
    );
    expect(timed("[reduce(range(0, 300), 1, lambda('a', 'i', createArray(lambdaVariables('a'))))]")).toEqual(
      missing('createArray(): the result nests deeper than 256 levels'),
    );
  });

  it('fall back to defaults for nonsensical limits', () => {
    expect(timed("[concat('a', 'b')]", { maxSteps: Number.NaN })).toEqual(known('ab'));
    expect(timed("[concat('a', 'b')]", { maxDepth: -5 })).toEqual(
      missing('expression nests deeper than 0 levels'),
    );
  });
});
