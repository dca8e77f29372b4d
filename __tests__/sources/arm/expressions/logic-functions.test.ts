import { describe, expect, it } from '@jest/globals';
import { evaluate, missing, unknownOf, valueOf, type TestScopeOptions } from './scope.js';

/** A parameter the scope knows to exist without a value, to stand for anything unknown. */
const withUnknown: TestScopeOptions = {
  parameters: { later: { kind: 'unknown', reason: "parameter 'later' has no value" } },
};
const UNKNOWN = "parameters('later')";

describe('true, false, null', () => {
  it('are functions, not literals', () => {
    expect(valueOf('true()')).toBe(true);
    expect(valueOf('false()')).toBe(false);
    expect(valueOf('null()')).toBeNull();
    expect(unknownOf('true(1)').reason).toBe('true() expects exactly 0 arguments but got 1');
  });

  it('match names case-insensitively', () => {
    expect(valueOf('TRUE()')).toBe(true);
    expect(valueOf('Not(False())')).toBe(true);
  });
});

describe('not, and, or', () => {
  it('compute boolean logic', () => {
    expect(valueOf('not(true())')).toBe(false);
    expect(valueOf('and(true(), true(), true())')).toBe(true);
    expect(valueOf('and(true(), false())')).toBe(false);
    expect(valueOf('or(false(), false(), true())')).toBe(true);
    expect(valueOf('or(false(), false())')).toBe(false);
  });

  it('decide without an unknown argument when another argument settles it', () => {
    expect(valueOf(`or(true(), ${UNKNOWN})`, withUnknown)).toBe(true);
    expect(valueOf(`or(${UNKNOWN}, true())`, withUnknown)).toBe(true);
    expect(valueOf(`and(false(), ${UNKNOWN})`, withUnknown)).toBe(false);
    expect(valueOf(`and(${UNKNOWN}, false())`, withUnknown)).toBe(false);
  });

  it('stay unknown when nothing settles them', () => {
    expect(evaluate(`[or(false(), ${UNKNOWN})]`, withUnknown)).toEqual(
      missing("parameter 'later' has no value"),
    );
    expect(evaluate(`[and(true(), ${UNKNOWN})]`, withUnknown)).toEqual(
      missing("parameter 'later' has no value"),
    );
  });

  it('reject non-boolean arguments', () => {
    expect(unknownOf("not('true')").reason).toBe('not(): the first argument must be a bool, not string');
    expect(unknownOf('and(true(), 1)').reason).toBe('and(): every argument must be a bool, not int');
    expect(unknownOf('or(true())').reason).toBe('or() expects at least 2 arguments but got 1');
  });
});

describe('if', () => {
  it('chooses a branch', () => {
    expect(valueOf("if(true(), 'a', 'b')")).toBe('a');
    expect(valueOf("if(false(), 'a', 'b')")).toBe('b');
  });

  it('evaluates only the chosen branch', () => {
    expect(valueOf(`if(true(), 'a', ${UNKNOWN})`, withUnknown)).toBe('a');
    expect(valueOf("if(false(), div(1, 0), 'b')")).toBe('b');
    expect(evaluate("[if(true(), 'a', reference('x'))]")).toEqual({ kind: 'known', value: 'a' });
  });

  it('is unknown when the condition is, unless both branches agree', () => {
    expect(evaluate(`[if(${UNKNOWN}, 'a', 'b')]`, withUnknown)).toEqual(
      missing("parameter 'later' has no value"),
    );
    expect(valueOf(`if(${UNKNOWN}, createArray(1), createArray(1))`, withUnknown)).toEqual([1]);
  });

  it('keeps resource references from both branches when the condition is unknown', () => {
    const result = evaluate(
      `[if(${UNKNOWN}, reference(resourceId('Microsoft.KeyVault/managedHSMs', 'a')), reference(resourceId('Microsoft.KeyVault/managedHSMs', 'b')))]`,
      withUnknown,
    );
    expect(result).toEqual(
      missing("parameter 'later' has no value", {
        references: ['Microsoft.KeyVault/managedHSMs/a', 'Microsoft.KeyVault/managedHSMs/b'],
      }),
    );
  });

  it('requires a boolean condition', () => {
    expect(unknownOf("if('yes', 1, 2)").reason).toBe('if(): the condition must be a bool, not string');
  });
});

describe('coalesce', () => {
  it('returns the first non-null argument', () => {
    expect(valueOf("coalesce(null(), null(), 'x', 'y')")).toBe('x');
    expect(valueOf("coalesce(null(), '')")).toBe('');
    expect(valueOf('coalesce(null(), createArray())')).toEqual([]);
    expect(valueOf('coalesce(null(), null())')).toBeNull();
  });

  it('does not need arguments after the first non-null one', () => {
    expect(valueOf(`coalesce('a', ${UNKNOWN})`, withUnknown)).toBe('a');
  });

  it('cannot skip an unknown argument, which might be non-null', () => {
    expect(evaluate(`[coalesce(${UNKNOWN}, 'a')]`, withUnknown)).toEqual(
      missing("parameter 'later' has no value"),
    );
  });
});

describe('equals', () => {
  it('compares deeply and case-sensitively', () => {
    expect(
      valueOf(
        "equals(createArray(1, 'a', createObject('k', true())), createArray(1, 'a', createObject('k', true())))",
      ),
    ).toBe(true);
    expect(valueOf("equals('Abc', 'abc')")).toBe(false);
    expect(valueOf('equals(json(\'{"a":1,"b":[2]}\'), json(\'{"b":[2],"a":1}\'))')).toBe(true);
    expect(valueOf('equals(createArray(1, 2), createArray(2, 1))')).toBe(false);
    expect(valueOf("equals(1, '1')")).toBe(false);
    expect(valueOf('equals(null(), null())')).toBe(true);
  });
});

describe('comparisons', () => {
  it('compare integers', () => {
    expect(valueOf('less(1, 2)')).toBe(true);
    expect(valueOf('less(2, 2)')).toBe(false);
    expect(valueOf('lessOrEquals(2, 2)')).toBe(true);
    expect(valueOf('greater(3, 2)')).toBe(true);
    expect(valueOf('greaterOrEquals(1, 2)')).toBe(false);
    expect(valueOf("greaterOrEquals(json('2.5'), 2)")).toBe(true);
  });

  it('compare strings as the invariant culture does, lower case before upper case', () => {
    expect(valueOf("less('a', 'b')")).toBe(true);
    expect(valueOf("greater('B', 'a')")).toBe(true);
    expect(valueOf("less('A', 'a')")).toBe(false);
    expect(valueOf("lessOrEquals('abc', 'abc')")).toBe(true);
  });

  it('refuse to compare different types', () => {
    expect(unknownOf("less(1, 'a')").reason).toBe('less(): cannot compare int with string');
  });
});

describe('bool and int', () => {
  it('convert to bool', () => {
    expect(valueOf("bool('TRUE')")).toBe(true);
    expect(valueOf("bool('false')")).toBe(false);
    expect(valueOf('bool(1)')).toBe(true);
    expect(valueOf('bool(0)')).toBe(false);
    expect(valueOf('bool(true())')).toBe(true);
    expect(unknownOf("bool('yes')").reason).toBe("bool(): 'yes' is not a bool");
  });

  it('convert to int', () => {
    expect(valueOf("int('42')")).toBe(42);
    expect(valueOf("int(' -7 ')")).toBe(-7);
    expect(valueOf('int(5)')).toBe(5);
    expect(unknownOf("int('4.5')").reason).toBe("int(): '4.5' is not an integer");
    expect(unknownOf('int(createArray())').reason).toBe('int(): cannot convert array to an int');
  });
});

describe('arithmetic', () => {
  it('works on integers, truncating division toward zero', () => {
    expect(valueOf('add(1, 2)')).toBe(3);
    expect(valueOf('sub(1, 5)')).toBe(-4);
    expect(valueOf('mul(6, -7)')).toBe(-42);
    expect(valueOf('div(7, 2)')).toBe(3);
    expect(valueOf('div(-7, 2)')).toBe(-3);
    expect(valueOf('mod(7, 3)')).toBe(1);
    expect(valueOf('mod(-7, 3)')).toBe(-1);
  });

  it('reports division by zero and overflow', () => {
    expect(unknownOf('div(1, 0)').reason).toBe('div(): cannot divide by zero');
    expect(unknownOf('mod(1, 0)').reason).toBe('mod(): cannot divide by zero');
    expect(unknownOf('mul(9007199254740991, 9007199254740991)').reason).toBe(
      'mul(): the result overflows a 64-bit integer',
    );
    expect(unknownOf('add(9007199254740991, 1)').reason).toBe(
      'add(): the result is too large to represent exactly',
    );
    expect(unknownOf("add(1, '2')").reason).toBe('add(): the second argument must be an int, not string');
  });
});

describe('min and max', () => {
  it('take integers or one array of integers', () => {
    expect(valueOf('min(5, 2, 9)')).toBe(2);
    expect(valueOf('max(5, 2, 9)')).toBe(9);
    expect(valueOf('min(createArray(0, 3, 2, 5, 4))')).toBe(0);
    expect(valueOf('max(createArray(0, 3, 2, 5, 4))')).toBe(5);
    expect(valueOf('max(7)')).toBe(7);
  });

  it('reject empty and non-integer input', () => {
    expect(unknownOf('max(createArray())').reason).toBe('max(): there are no values to compare');
    expect(unknownOf("min(1, 'a')").reason).toBe('min(): every value must be an int');
  });
});
