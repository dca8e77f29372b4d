import { describe, expect, it } from '@jest/globals';
import { unknownOf, valueOf } from './scope.js';

describe('array, createArray, createObject', () => {
  it('array wraps anything that is not already an array', () => {
    expect(valueOf('array(1)')).toEqual([1]);
    expect(valueOf("array('efgh')")).toEqual(['efgh']);
    expect(valueOf("array(createObject('a', 'b', 'c', 'd'))")).toEqual([{ a: 'b', c: 'd' }]);
    expect(valueOf('array(createArray(1, 2))')).toEqual([1, 2]);
  });

  it('createArray collects its arguments', () => {
    expect(valueOf("createArray(1, 'a', true(), null(), createArray())")).toEqual([1, 'a', true, null, []]);
    expect(valueOf('createArray()')).toEqual([]);
  });

  it('createObject pairs keys with values', () => {
    expect(
      valueOf(
        "createObject('intProp', 1, 'arrayProp', createArray('a'), 'objectProp', createObject('k', 'v'))",
      ),
    ).toEqual({
      intProp: 1,
      arrayProp: ['a'],
      objectProp: { k: 'v' },
    });
    expect(valueOf('createObject()')).toEqual({});
  });

  it('createObject rejects odd argument counts, non-string keys and duplicates', () => {
    expect(unknownOf("createObject('a')").reason).toBe(
      'createObject(): expects an even number of arguments (key, value pairs)',
    );
    expect(unknownOf('createObject(1, 2)').reason).toBe(
      'createObject(): the first argument must be a string, not int',
    );
    expect(unknownOf("createObject('a', 1, 'a', 2)").reason).toBe(
      "createObject(): the key 'a' appears more than once",
    );
  });

  it('createObject keeps a key named __proto__ as data', () => {
    const value = valueOf("createObject('__proto__', 1)") as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('concat', () => {
  it('joins strings, printing integers and booleans', () => {
    expect(valueOf("concat('a', 'b', 'c')")).toBe('abc');
    expect(valueOf("concat('vm', 1, '-', true())")).toBe('vm1-True');
    expect(valueOf("concat('a', null())")).toBe('a');
  });

  it('joins arrays', () => {
    expect(valueOf("concat(createArray('1-1', '1-2'), createArray('2-1'), createArray())")).toEqual([
      '1-1',
      '1-2',
      '2-1',
    ]);
  });

  it('does not mix arrays with strings', () => {
    expect(unknownOf("concat(createArray(1), 'a')").reason).toBe(
      'concat(): cannot concatenate array with strings (arrays join only with arrays)',
    );
  });
});

describe('contains', () => {
  it('finds substrings case-sensitively', () => {
    expect(valueOf("contains('OneTwoThree', 'e')")).toBe(true);
    expect(valueOf("contains('OneTwoThree', 'z')")).toBe(false);
    expect(valueOf("contains('OneTwoThree', 'one')")).toBe(false);
    expect(valueOf("contains('abc123', 12)")).toBe(true);
  });

  it('finds object keys ignoring case', () => {
    expect(valueOf("contains(createObject('one', 'a', 'two', 'b'), 'ONE')")).toBe(true);
    expect(valueOf("contains(createObject('one', 'a'), 'a')")).toBe(false);
  });

  it('finds array elements by deep, case-sensitive equality', () => {
    expect(valueOf("contains(createArray('one', 'two', 'three'), 'three')")).toBe(true);
    expect(valueOf("contains(createArray('one'), 'ONE')")).toBe(false);
    expect(valueOf("contains(createArray(createObject('a', 1)), createObject('a', 1))")).toBe(true);
    expect(valueOf("contains(createArray(1, 2), '1')")).toBe(false);
  });

  it('rejects other containers', () => {
    expect(unknownOf('contains(1, 1)').reason).toBe(
      'contains(): the container must be an array, an object or a string, not int',
    );
  });
});

describe('empty and length', () => {
  it('empty is true for null and for empty strings, arrays and objects', () => {
    expect(valueOf("empty('')")).toBe(true);
    expect(valueOf('empty(createArray())')).toBe(true);
    expect(valueOf('empty(createObject())')).toBe(true);
    expect(valueOf('empty(null())')).toBe(true);
    expect(valueOf("empty(' ')")).toBe(false);
    expect(valueOf('empty(createArray(null()))')).toBe(false);
    expect(unknownOf('empty(0)').reason).toBe('empty(): cannot test int for emptiness');
  });

  it('length counts characters, elements and keys', () => {
    expect(valueOf("length('One Two Three')")).toBe(13);
    expect(valueOf("length(createArray('a', 'b', 'c'))")).toBe(3);
    expect(valueOf("length(createObject('a', 1, 'b', 2))")).toBe(2);
    expect(valueOf('length(null())')).toBe(0);
    expect(unknownOf('length(true())').reason).toBe('length(): bool has no length');
  });
});

describe('first and last', () => {
  it('take the first or last element or character', () => {
    expect(valueOf("first(createArray('one', 'two', 'three'))")).toBe('one');
    expect(valueOf("last(createArray('one', 'two', 'three'))")).toBe('three');
    expect(valueOf("first('One Two Three')")).toBe('O');
    expect(valueOf("last('One Two Three')")).toBe('e');
  });

  it('give null or empty text for empty input', () => {
    expect(valueOf('first(createArray())')).toBeNull();
    expect(valueOf('last(createArray())')).toBeNull();
    expect(valueOf("first('')")).toBe('');
    expect(valueOf('first(null())')).toBeNull();
  });
});

describe('take and skip', () => {
  it('slice arrays and strings, clamping the count', () => {
    expect(valueOf("take(createArray('one', 'two', 'three'), 2)")).toEqual(['one', 'two']);
    expect(valueOf("take('One Two Three', 2)")).toBe('On');
    expect(valueOf("skip(createArray('one', 'two', 'three'), 2)")).toEqual(['three']);
    expect(valueOf("skip('One Two Three', 4)")).toBe('Two Three');
    expect(valueOf('take(createArray(1, 2), 5)')).toEqual([1, 2]);
    expect(valueOf('take(createArray(1, 2), -1)')).toEqual([]);
    expect(valueOf("skip('abc', 10)")).toBe('');
    expect(valueOf('skip(createArray(1, 2), -3)')).toEqual([1, 2]);
  });
});

describe('union and intersection', () => {
  it('union merges arrays without duplicates, keeping first-seen order', () => {
    expect(valueOf("union(createArray('one', 'two', 'three'), createArray('three', 'four'))")).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
    expect(
      valueOf("union(createArray(createObject('a', 1, 'b', 2)), createArray(json('{\"b\":2,\"a\":1}')))"),
    ).toEqual([{ a: 1, b: 2 }]);
  });

  it('union merges objects deeply, later values winning and keys matching without case', () => {
    expect(
      valueOf(
        "union(createObject('a', 1, 'n', createObject('x', 1), 'arr', createArray(1)), createObject('A', 2, 'n', createObject('y', 2), 'arr', createArray(2)))",
      ),
    ).toEqual({ a: 2, n: { x: 1, y: 2 }, arr: [2] });
  });

  it('intersection keeps what every argument has', () => {
    expect(
      valueOf("intersection(createArray('one', 'two', 'three'), createArray('two', 'three', 'four'))"),
    ).toEqual(['two', 'three']);
    expect(
      valueOf(
        "intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))",
      ),
    ).toEqual({ one: 'a', three: 'c' });
    expect(valueOf('intersection(createArray(1, 1, 2), createArray(1), createArray(1, 3))')).toEqual([1]);
  });

  it('want all arrays or all objects', () => {
    expect(unknownOf("union(createArray(1), createObject('a', 1))").reason).toBe(
      'union(): every argument must be an array, or every argument an object',
    );
  });
});

describe('items, objectKeys, shallowMerge, tryGet', () => {
  it('items lists key/value pairs sorted by key, ignoring case', () => {
    expect(
      valueOf("items(createObject('item002', 'b', 'Item001', 'a', 'item003', createObject('x', 1)))"),
    ).toEqual([
      { key: 'Item001', value: 'a' },
      { key: 'item002', value: 'b' },
      { key: 'item003', value: { x: 1 } },
    ]);
  });

  it('objectKeys lists keys in their order', () => {
    expect(valueOf("objectKeys(createObject('b', 1, 'a', 2))")).toEqual(['b', 'a']);
  });

  it('shallowMerge replaces top-level keys only', () => {
    expect(
      valueOf(
        "shallowMerge(createArray(createObject('one', 'a', 'nested', createObject('x', 1)), createObject('two', 'b', 'nested', createObject('y', 2))))",
      ),
    ).toEqual({ one: 'a', nested: { y: 2 }, two: 'b' });
  });

  it('tryGet reads keys and indexes, giving null when absent', () => {
    expect(valueOf("tryGet(createObject('key', 'value'), 'KEY')")).toBe('value');
    expect(valueOf("tryGet(createArray('element'), 0)")).toBe('element');
    expect(valueOf("tryGet(createObject('a', createObject('b', 1)), 'a', 'b')")).toBe(1);
    expect(valueOf("tryGet(createObject(), 'property')")).toBeNull();
    expect(valueOf('tryGet(createArray(), 0)')).toBeNull();
    expect(valueOf("tryGet(null(), 'property')")).toBeNull();
    expect(valueOf("tryGet('string', 'property')")).toBeNull();
    expect(valueOf("tryGet(createObject('a', createObject('b', 1)), 'missing', 'b')")).toBeNull();
    expect(unknownOf('tryGet(createObject(), true())').reason).toBe(
      'tryGet(): a key must be a string or an int, not bool',
    );
  });
});

describe('range', () => {
  it('lists consecutive integers', () => {
    expect(valueOf('range(1, 5)')).toEqual([1, 2, 3, 4, 5]);
    expect(valueOf('range(-2, 3)')).toEqual([-2, -1, 0]);
    expect(valueOf('range(0, 0)')).toEqual([]);
  });

  it('rejects counts ARM rejects', () => {
    expect(unknownOf('range(0, -1)').reason).toBe('range(): the count -1 must be between 0 and 10000');
    expect(unknownOf('range(0, 10001)').reason).toBe('range(): the count 10001 must be between 0 and 10000');
    expect(unknownOf('range(2147483647, 2)').reason).toBe(
      'range(): the range goes past the largest 32-bit integer',
    );
  });
});

describe('property and index access', () => {
  const options = {
    parameters: {
      settings: {
        kind: 'known' as const,
        value: { Network: { rules: [{ name: 'a' }, { name: 'b' }] }, 'odd key': 1 },
      },
    },
  };

  it('follows chains of properties and indexes', () => {
    expect(valueOf("parameters('settings').Network.rules[1].name", options)).toBe('b');
    expect(valueOf("parameters('settings')['odd key']", options)).toBe(1);
    expect(valueOf("parameters('settings').network['RULES'][sub(2, 2)]", options)).toEqual({ name: 'a' });
  });

  it('reports missing properties and bad indexes', () => {
    expect(unknownOf("parameters('settings').nope", options).reason).toBe("property 'nope' does not exist");
    expect(unknownOf("parameters('settings').Network.rules[2]", options).reason).toBe(
      'index 2 is out of range for an array of length 2',
    );
    expect(unknownOf("parameters('settings').Network.rules['x']", options).reason).toBe(
      'an array index must be an int, not string',
    );
    expect(unknownOf("parameters('settings').Network.rules.name", options).reason).toBe(
      "cannot read property 'name' of array",
    );
    expect(unknownOf("parameters('settings')[0]", options).reason).toBe(
      'an object key must be a string, not int',
    );
    expect(unknownOf("string('x')[0]").reason).toBe('cannot index into string');
  });
});
