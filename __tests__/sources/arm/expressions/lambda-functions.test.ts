import { describe, expect, it } from '@jest/globals';
import { evaluate, missing, unknownOf, valueOf } from './scope.js';

const dogs = {
  parameters: {
    dogs: {
      kind: 'known' as const,
      value: [
        { name: 'Evie', age: 5, interests: ['Ball', 'Frisbee'] },
        { name: 'Casper', age: 3, interests: ['Other dogs'] },
        { name: 'Indy', age: 2, interests: ['Butter'] },
        { name: 'Kira', age: 8, interests: ['Rubs'] },
        { name: 'Bo', age: 3, interests: [] },
      ],
    },
  },
};

describe('filter', () => {
  it('keeps the elements the lambda accepts', () => {
    expect(
      valueOf(
        "filter(parameters('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5)))",
        dogs,
      ),
    ).toEqual([
      { name: 'Evie', age: 5, interests: ['Ball', 'Frisbee'] },
      { name: 'Kira', age: 8, interests: ['Rubs'] },
    ]);
    expect(valueOf("filter(range(0, 10), lambda('i', equals(mod(lambdaVariables('i'), 3), 0)))")).toEqual([
      0, 3, 6, 9,
    ]);
  });

  it('passes the index as an optional second variable', () => {
    expect(
      valueOf("filter(createArray('a', 'b', 'c'), lambda('x', 'i', not(equals(lambdaVariables('i'), 1))))"),
    ).toEqual(['a', 'c']);
  });

  it('wants a bool from the lambda', () => {
    expect(unknownOf("filter(createArray(1), lambda('x', 'yes'))").reason).toBe(
      'filter(): the lambda must return a bool, not string',
    );
  });
});

describe('map', () => {
  it('transforms each element', () => {
    expect(valueOf("map(parameters('dogs'), lambda('dog', lambdaVariables('dog').name))", dogs)).toEqual([
      'Evie',
      'Casper',
      'Indy',
      'Kira',
      'Bo',
    ]);
    expect(
      valueOf(
        "map(range(0, 2), lambda('i', createObject('i', lambdaVariables('i'), 'name', format('vm{0:00}', add(lambdaVariables('i'), 1)))))",
      ),
    ).toEqual([
      { i: 0, name: 'vm01' },
      { i: 1, name: 'vm02' },
    ]);
  });

  it('passes the index as an optional second variable', () => {
    expect(
      valueOf(
        "map(createArray('a', 'b'), lambda('x', 'i', concat(lambdaVariables('x'), string(lambdaVariables('i')))))",
      ),
    ).toEqual(['a0', 'b1']);
  });

  it('nests, with inner lambdas seeing outer variables', () => {
    expect(
      valueOf(
        "map(createArray(1, 2), lambda('x', map(createArray(10, 20), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))",
      ),
    ).toEqual([
      [11, 21],
      [12, 22],
    ]);
  });
});

describe('reduce', () => {
  it('folds the elements into one value', () => {
    expect(
      valueOf(
        "reduce(parameters('dogs'), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next').age)))",
        dogs,
      ),
    ).toBe(21);
    expect(
      valueOf(
        "reduce(createArray('a', 'b', 'c'), '', lambda('cur', 'next', concat(lambdaVariables('cur'), lambdaVariables('next'))))",
      ),
    ).toBe('abc');
    expect(valueOf("reduce(createArray(), 'start', lambda('cur', 'next', 'changed'))")).toBe('start');
  });

  it('passes the index as an optional third variable', () => {
    expect(
      valueOf(
        "reduce(createArray(5, 5, 5), 0, lambda('cur', 'next', 'i', add(lambdaVariables('cur'), lambdaVariables('i'))))",
      ),
    ).toBe(3);
  });
});

describe('sort', () => {
  it('orders by the lambda, keeping equal elements in their order', () => {
    expect(
      valueOf(
        "map(sort(parameters('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age))), lambda('d', lambdaVariables('d').name))",
        dogs,
      ),
    ).toEqual(['Indy', 'Casper', 'Bo', 'Evie', 'Kira']);
    expect(
      valueOf(
        "sort(createArray('b', 'c', 'a'), lambda('x', 'y', greater(lambdaVariables('x'), lambdaVariables('y'))))",
      ),
    ).toEqual(['c', 'b', 'a']);
    expect(valueOf("sort(createArray(), lambda('x', 'y', true()))")).toEqual([]);
  });
});

describe('toObject, mapValues, groupBy', () => {
  it('toObject keys elements by the first lambda, valued by the second', () => {
    expect(
      valueOf(
        "toObject(parameters('dogs'), lambda('d', lambdaVariables('d').name), lambda('d', lambdaVariables('d').age))",
        dogs,
      ),
    ).toEqual({
      Evie: 5,
      Casper: 3,
      Indy: 2,
      Kira: 8,
      Bo: 3,
    });
    expect(
      valueOf("toObject(createArray(createObject('n', 'a')), lambda('d', lambdaVariables('d').n))"),
    ).toEqual({ a: { n: 'a' } });
    expect(unknownOf("toObject(createArray(1), lambda('x', lambdaVariables('x')))").reason).toBe(
      'toObject(): the key lambda must return a string, not int',
    );
  });

  it('mapValues transforms the values of an object', () => {
    expect(
      valueOf("mapValues(createObject('a', 'x', 'b', 'y'), lambda('v', toUpper(lambdaVariables('v'))))"),
    ).toEqual({
      a: 'X',
      b: 'Y',
    });
  });

  it('groupBy collects elements under the key the lambda gives', () => {
    expect(
      valueOf(
        "groupBy(createArray('apple', 'avocado', 'banana'), lambda('x', substring(lambdaVariables('x'), 0, 1)))",
      ),
    ).toEqual({
      a: ['apple', 'avocado'],
      b: ['banana'],
    });
  });
});

describe('lambda misuse', () => {
  it('lambda() and lambdaVariables() are only valid inside lambda functions', () => {
    expect(evaluate("[lambda('x', 1)]")).toEqual(
      missing(
        'lambda() is only allowed as an argument of filter(), map(), reduce(), sort() and similar functions',
      ),
    );
    expect(evaluate("[lambdaVariables('x')]")).toEqual(missing("lambda variable 'x' is not defined here"));
    expect(unknownOf("map(createArray(1), lambda('x', lambdaVariables('y')))").reason).toBe(
      "lambda variable 'y' is not defined here",
    );
  });

  it('rejects a non-lambda or a lambda with the wrong parameters', () => {
    expect(unknownOf('map(createArray(1), 1)').reason).toBe('map(): expects a lambda(...) argument');
    expect(unknownOf("map(createArray(1), lambda('a', 'b', 'c', 1))").reason).toBe(
      'map(): the lambda must take 1 or 2 parameter(s)',
    );
    expect(unknownOf("map(createArray(1), lambda(concat('x'), 1))").reason).toBe(
      'map(): lambda parameter names must be string literals',
    );
    expect(unknownOf("map('abc', lambda('x', 1))").reason).toBe(
      'map(): the first argument must be an array, not string',
    );
  });
});

describe('lambdas over unknowns', () => {
  const options = {
    parameters: { later: { kind: 'unknown' as const, reason: "parameter 'later' has no value" } },
  };

  it('are unknown when the input is unknown', () => {
    expect(evaluate("[map(parameters('later'), lambda('x', 1))]", options)).toEqual(
      missing("parameter 'later' has no value"),
    );
  });

  it('are unknown when the lambda gives an unknown for any element', () => {
    expect(
      evaluate(
        "[map(createArray(1, 2), lambda('x', if(equals(lambdaVariables('x'), 2), parameters('later'), 'ok')))]",
        options,
      ),
    ).toEqual(missing("parameter 'later' has no value"));
    expect(
      evaluate(
        "[filter(createArray(1), lambda('x', reference(resourceId('Microsoft.KeyVault/managedHSMs', 'h')).enabled))]",
      ),
    ).toEqual(
      missing('reference() is resolved at deployment time', {
        references: ['Microsoft.KeyVault/managedHSMs/h'],
      }),
    );
  });
});
