import { describe, expect, it } from '@jest/globals';
import { unknownOf, valueOf } from './scope.js';

describe('string', () => {
  it('turns objects and arrays into compact JSON and scalars into .NET text', () => {
    expect(valueOf("string(createObject('valueA', 10, 'valueB', 'Example Text'))")).toBe(
      '{"valueA":10,"valueB":"Example Text"}',
    );
    expect(valueOf("string(createArray('a', 'b', 'c'))")).toBe('["a","b","c"]');
    expect(valueOf('string(5)')).toBe('5');
    expect(valueOf('string(true())')).toBe('True');
    expect(valueOf('string(false())')).toBe('False');
    expect(valueOf('string(null())')).toBe('');
    expect(valueOf("string('x')")).toBe('x');
  });
});

describe('json', () => {
  it('parses JSON text', () => {
    expect(valueOf('json(\'{"a": [1, 2.5, true, null], "b": {"c": "d"}}\')')).toEqual({
      a: [1, 2.5, true, null],
      b: { c: 'd' },
    });
    expect(valueOf("json('null')")).toBeNull();
    expect(valueOf("json(' 3 ')")).toBe(3);
    expect(valueOf('json(\'"text"\')')).toBe('text');
  });

  it('accepts single-quoted strings and bare property names, as Json.NET does', () => {
    expect(valueOf("json('{''a'': ''b'', c: 1}')")).toEqual({ a: 'b', c: 1 });
  });

  it('reports invalid JSON', () => {
    expect(unknownOf("json('{')").reason).toBe(
      'json(): invalid JSON at position 1: expected a property name',
    );
    expect(unknownOf("json('[1 2]')").reason).toBe("json(): invalid JSON at position 4: expected ',' or ']'");
  });
});

describe('base64 and data URIs', () => {
  it('encode and decode base64 as UTF-8', () => {
    expect(valueOf("base64('one, two, three')")).toBe('b25lLCB0d28sIHRocmVl');
    expect(valueOf("base64ToString('b25lLCB0d28sIHRocmVl')")).toBe('one, two, three');
    expect(valueOf("base64ToString(base64('ünïcode ✓'))")).toBe('ünïcode ✓');
    expect(valueOf("base64ToJson(base64('{''one'': ''a'', ''two'': ''b''}'))")).toEqual({
      one: 'a',
      two: 'b',
    });
    expect(unknownOf("base64ToString('not base64!')").reason).toBe(
      'base64ToString(): the value is not valid base64',
    );
  });

  it('build and read data URIs', () => {
    expect(valueOf("dataUri('Hello')")).toBe('data:text/plain;charset=utf8;base64,SGVsbG8=');
    expect(valueOf("dataUri(createObject('a', 1))")).toBe(
      'data:application/json;charset=utf8;base64,eyJhIjoxfQ==',
    );
    expect(valueOf("dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')")).toBe('Hello, World!');
    expect(valueOf("dataUriToString(dataUri('round trip'))")).toBe('round trip');
    expect(valueOf("dataUriToString('data:text/plain,a%20b')")).toBe('a b');
    expect(unknownOf("dataUriToString('hello')").reason).toBe(
      'dataUriToString(): the value is not a data URI',
    );
  });
});

describe('uri functions', () => {
  it('combine a base and a relative URI', () => {
    expect(valueOf("uri('http://contoso.com/resources/', 'nested/azuredeploy.json')")).toBe(
      'http://contoso.com/resources/nested/azuredeploy.json',
    );
    expect(unknownOf("uri('not a uri', 'x')").reason).toBe("uri(): cannot combine 'not a uri' with 'x'");
  });

  it('escape and unescape URI components like .NET', () => {
    expect(valueOf("uriComponent('http://contoso.com/resources/nested/azuredeploy.json')")).toBe(
      'http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json',
    );
    expect(valueOf("uriComponent('it''s (x)!*')")).toBe('it%27s%20%28x%29%21%2A');
    expect(valueOf("uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources')")).toBe(
      'http://contoso.com/resources',
    );
  });
});

describe('format', () => {
  it('formats like .NET composite formatting', () => {
    expect(valueOf("format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)")).toBe(
      'Hello, User. Formatted number: 8,175,133',
    );
    expect(valueOf("format('{1}-{0}-{1}', 'a', 'b')")).toBe('b-a-b');
    expect(valueOf("format('{{{0}}}', 'x')")).toBe('{x}');
    expect(valueOf("format('vm{0:00}', 5)")).toBe('vm05');
    expect(valueOf("format('[{0,5}|{0,-5}]', 'ab')")).toBe('[   ab|ab   ]');
  });

  it('prints other types the way ARM does', () => {
    expect(valueOf("format('{0}/{1}/{2}', true(), null(), -3)")).toBe('True//-3');
    expect(valueOf("format('{0}', createObject('a', 'b'))")).toBe("{'a':'b'}");
    expect(valueOf("format('{0:N2}', 'text ignores the format')")).toBe('text ignores the format');
  });

  it('supports the standard numeric formats', () => {
    expect(valueOf("format('{0:N2}', json('1234.5'))")).toBe('1,234.50');
    expect(valueOf("format('{0:D4}', 42)")).toBe('0042');
    expect(valueOf("format('{0:D4}', -42)")).toBe('-0042');
    expect(valueOf("format('{0:X}', 255)")).toBe('FF');
    expect(valueOf("format('{0:x4}', 255)")).toBe('00ff');
    expect(valueOf("format('{0:X}', -1)")).toBe('FFFFFFFFFFFFFFFF');
    expect(valueOf("format('{0:F1}', json('2.25'))")).toBe('2.3');
    expect(valueOf("format('{0:P1}', json('0.125'))")).toBe('12.5 %');
    expect(valueOf("format('{0:E2}', 1234)")).toBe('1.23E+003');
    expect(valueOf("format('{0:G}', 17)")).toBe('17');
  });

  it('supports custom digit placeholders', () => {
    expect(valueOf("format('{0:#,##0}', 1234567)")).toBe('1,234,567');
    expect(valueOf("format('{0:000}', 1234)")).toBe('1234');
    expect(valueOf("format('{0:0.##}', json('2.5'))")).toBe('2.5');
    expect(valueOf("format('{0:0.00}', 3)")).toBe('3.00');
    expect(valueOf("format('{0:#}', 0)")).toBe('');
  });

  it('reports bad format strings', () => {
    expect(unknownOf("format('{1}', 'a')").reason).toBe('format(): format item {1} has no matching argument');
    expect(unknownOf("format('{0', 'a')").reason).toBe(
      'format(): unterminated format item at position 0 of the format string',
    );
    expect(unknownOf("format('a}', 'a')").reason).toBe(
      "format(): unescaped '}' at position 1 of the format string",
    );
    expect(unknownOf("format('{x}', 'a')").reason).toBe("format(): invalid format item '{x}'");
    expect(unknownOf("format('{0:C}', 1)").reason).toBe("format(): format specifier 'C' is not supported");
    expect(unknownOf("format('{0:D}', json('1.5'))").reason).toBe(
      "format(): format 'D' needs an integer, not 1.5",
    );
  });
});

describe('case and whitespace', () => {
  it('changes case and trims', () => {
    expect(valueOf("toLower('One Two')")).toBe('one two');
    expect(valueOf("toUpper('One Two')")).toBe('ONE TWO');
    expect(valueOf("trim('   one two  \t')")).toBe('one two');
    expect(unknownOf('toLower(1)').reason).toBe('toLower(): the first argument must be a string, not int');
  });
});

describe('padLeft', () => {
  it('pads strings and integers on the left', () => {
    expect(valueOf("padLeft('123', 10, '0')")).toBe('0000000123');
    expect(valueOf('padLeft(7, 3)')).toBe('  7');
    expect(valueOf("padLeft('abcdef', 3, '0')")).toBe('abcdef');
  });

  it('wants a single padding character', () => {
    expect(unknownOf("padLeft('a', 3, 'xy')").reason).toBe(
      'padLeft(): the padding must be a single character',
    );
  });
});

describe('replace', () => {
  it('replaces every occurrence, case-sensitively', () => {
    expect(valueOf("replace('123-123-1234', '-', '')")).toBe('1231231234');
    expect(valueOf("replace('aAaA', 'a', 'b')")).toBe('bAbA');
    expect(valueOf("replace('abc', 'x', 'y')")).toBe('abc');
    expect(unknownOf("replace('abc', '', 'y')").reason).toBe(
      'replace(): the value to replace cannot be empty',
    );
  });
});

describe('substring', () => {
  it('takes part of a string', () => {
    expect(valueOf("substring('hello there', 6, 3)")).toBe('the');
    expect(valueOf("substring('hello there', 6)")).toBe('there');
    expect(valueOf("substring('abc', 3)")).toBe('');
  });

  it('reports indexes outside the string', () => {
    expect(unknownOf("substring('abc', 4)").reason).toBe(
      'substring(): the start index 4 is beyond the string length 3',
    );
    expect(unknownOf("substring('abc', 2, 5)").reason).toBe(
      'substring(): the range 2..7 is beyond the string length 3',
    );
    expect(unknownOf("substring('abc', -1)").reason).toBe('substring(): the start index -1 is negative');
  });
});

describe('split and join', () => {
  it('split on one or several delimiters, keeping empty parts', () => {
    expect(valueOf("split('one,two,three', ',')")).toEqual(['one', 'two', 'three']);
    expect(valueOf("split('one;two,three', createArray(',', ';'))")).toEqual(['one', 'two', 'three']);
    expect(valueOf("split('a,,b', ',')")).toEqual(['a', '', 'b']);
    expect(valueOf("split('abc', '')")).toEqual(['abc']);
  });

  it('join strings with a delimiter', () => {
    expect(valueOf("join(createArray('a', 'b', 'c'), ', ')")).toBe('a, b, c');
    expect(valueOf("join(createArray(), ',')")).toBe('');
    expect(unknownOf("join(createArray('a', 1), ',')").reason).toBe(
      'join(): every element must be a string, not int',
    );
  });
});

describe('startsWith and endsWith', () => {
  it('ignore case', () => {
    expect(valueOf("startsWith('abcdef', 'AB')")).toBe(true);
    expect(valueOf("startsWith('abcdef', 'e')")).toBe(false);
    expect(valueOf("endsWith('abcdef', 'EF')")).toBe(true);
    expect(valueOf("endsWith('abcdef', 'e')")).toBe(false);
  });
});

describe('indexOf and lastIndexOf', () => {
  it('search strings ignoring case', () => {
    expect(valueOf("indexOf('test', 'T')")).toBe(0);
    expect(valueOf("lastIndexOf('test', 'T')")).toBe(3);
    expect(valueOf("indexOf('abcdef', 'CD')")).toBe(2);
    expect(valueOf("indexOf('abcdef', 'z')")).toBe(-1);
    expect(valueOf("lastIndexOf('abcdef', 'z')")).toBe(-1);
  });

  it('search arrays by deep equality', () => {
    expect(valueOf("indexOf(createArray('a', 'b', 'b'), 'b')")).toBe(1);
    expect(valueOf("lastIndexOf(createArray('a', 'b', 'b'), 'b')")).toBe(2);
    expect(valueOf('indexOf(createArray(createArray(1)), createArray(1))')).toBe(0);
    expect(valueOf("indexOf(createArray('a'), 'A')")).toBe(-1);
  });
});

describe('uniqueString and guid', () => {
  it('reproduce the values Azure computes', () => {
    expect(valueOf("uniqueString('aaa')")).toBe('zavj67f3en4hc');
    expect(valueOf("uniqueString('bbb')")).toBe('w5eragfxe33cy');
    expect(valueOf("uniqueString('xxx', 'yyy', 'zzz')")).toBe('lghi7k5js7itq');
    expect(valueOf("guid('a', 'b')")).toBe('2d796349-8c7e-55ec-9624-54ece82ed031');
    expect(valueOf("guid('abc')")).toBe('a9b46cc2-65a6-5559-9f14-7091827ab32f');
  });

  it('join arguments with a hyphen, so guid(a, b) equals guid(a-b)', () => {
    expect(valueOf("guid('a', 'b')")).toBe(valueOf("guid('a-b')"));
    expect(valueOf("uniqueString('xxx', 'yyy', 'zzz')")).toBe(valueOf("uniqueString('xxx-yyy-zzz')"));
  });

  it('accept only strings', () => {
    expect(unknownOf('uniqueString(1)').reason).toBe(
      'uniqueString(): the first argument must be a string, not int',
    );
    expect(unknownOf('guid()').reason).toBe('guid() expects at least 1 argument but got 0');
  });
});
