import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHclParser } from '../../../../src/sources/terraform/parse.js';
import type { HclParser } from '../../../../src/sources/terraform/parse.js';
import { functionNames } from '../../../../src/sources/terraform/eval/index.js';
import type { TestEnv } from './helpers.js';
import { UNKNOWN, evalNode, evalPlain, evalUnknown } from './helpers.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const env: TestEnv = {
  vars: { u: UNKNOWN, tags: { env: 'prod', Owner: 'team' }, list: ['a', 'b', 'c'] },
  files: {
    './policy.json': '{"rules": [1, 2]}',
    './greeting.tpl': 'Hello, ${name}!%{ for s in items }\n- ${s}%{ endfor }',
    './broken.tpl': 'Hello ${',
  },
};

const plain = (expression: string) => evalPlain(parser, expression, env);
const unknownOf = (expression: string) => evalUnknown(parser, expression, env);

type Case = [expression: string, expected: unknown];

function table(cases: Case[]) {
  it.each(cases)('%s', (expression, expected) => {
    expect(plain(expression)).toEqual(expected);
  });
}

function failures(cases: Array<[expression: string, reason: RegExp]>) {
  it.each(cases)('%s fails', (expression, reason) => {
    expect(unknownOf(expression).reason).toMatch(reason);
  });
}

describe('collection functions', () => {
  table([
    ['merge({a = 1, b = 2}, {b = 3}, null, {c = 4})', { a: 1, b: 3, c: 4 }],
    ['concat([1], [], [2, 3])', [1, 2, 3]],
    ['lookup({a = "x"}, "a", "d")', 'x'],
    ['lookup({a = "x"}, "b", "d")', 'd'],
    ['coalesce(null, "", "first", "second")', 'first'],
    ['coalesce(null, 2)', 2],
    ['coalescelist([], ["a"], ["b"])', ['a']],
    ['length([1, 2, 3])', 3],
    ['length({a = 1})', 1],
    ['length("héllo👍🏽")', 6],
    ['toset(["b", "a", "b", "c"])', ['a', 'b', 'c']],
    ['toset([3, 1, 3, 2])', [1, 2, 3]],
    ['toset(["a", 1])', ['1', 'a']],
    ['tolist(toset(["z", "y"]))', ['y', 'z']],
    ['keys({b = 1, a = 2, C = 3})', ['C', 'a', 'b']],
    ['values({b = 1, a = 2})', [2, 1]],
    ['flatten([1, [2, [3, []]], [[4]]])', [1, 2, 3, 4]],
    ['distinct([1, 2, 1, [3], [3]])', [1, 2, [3]]],
    ['contains(["a", "b"], "b")', true],
    ['contains(["a", "b"], "c")', false],
    ['contains([[1]], [1])', true],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['index(["a", "b"], "b")', 1],
    ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
    ['reverse([1, 2, 3])', [3, 2, 1]],
    ['sort(["b", "a", "C", "10", "9"])', ['10', '9', 'C', 'a', 'b']],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['setunion(["b", "a"], ["c", "a"])', ['a', 'b', 'c']],
    ['setintersection(["a", "b", "c"], ["b", "c", "d"], ["c", "b"])', ['b', 'c']],
    ['setsubtract(["a", "b", "c"], ["b"])', ['a', 'c']],
    [
      'setproduct(["a", "b"], [1, 2])',
      [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ],
    ],
    ['chunklist([1, 2, 3, 4, 5], 2)', [[1, 2], [3, 4], [5]]],
    ['one([])', null],
    ['one(["only"])', 'only'],
    ['alltrue([true, "true"])', true],
    ['alltrue([])', true],
    ['alltrue([true, false])', false],
    ['anytrue([false, true])', true],
    ['anytrue([])', false],
    ['range(3)', [0, 1, 2]],
    ['range(1, 4)', [1, 2, 3]],
    ['range(10, 0, -4)', [10, 6, 2]],
    ['range(0, 1, 0.25)', [0, 0.25, 0.5, 0.75]],
    ['range(5, 5)', []],
    ['sum([1, 2, 3.5])', 6.5],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['transpose({a = ["1", "2"], b = ["2"]})', { '1': ['a'], '2': ['a', 'b'] }],
    ['matchkeys(["i-1", "i-2"], ["us", "eu"], ["eu"])', ['i-2']],
  ]);

  failures([
    ['merge({a = 1}, [1])', /merge\(\): argument 2 must be a map or object, not a list/],
    ['lookup({a = 1}, "b")', /no element for the key "b"/],
    ['coalesce(null, "")', /no non-null, non-empty-string arguments/],
    ['coalescelist([], [])', /no non-empty list/],
    ['length(5)', /must be a string or a collection/],
    ['length(null)', /not null/],
    ['element([], 0)', /empty list/],
    ['index(["a"], "z")', /not found/],
    ['slice([1, 2], 1, 3)', /end index 3 is beyond/],
    ['slice([1, 2], 2, 1)', /must not be greater/],
    ['zipmap(["a"], [1, 2])', /1 keys but 2 values/],
    ['one([1, 2])', /no more than one element/],
    ['range(2000)', /more than 1024 values/],
    ['range(0, 5, 0)', /step must not be zero/],
    ['sum([])', /cannot sum an empty list/],
    ['toset([null])', /cannot contain null/],
    ['setproduct(range(100), range(100), range(100))', /more than 10000 elements/],
  ]);

  it('keeps partially known collections where the answer does not depend on the unknown part', () => {
    expect(plain('length([1, var.u])')).toBe(2);
    expect(plain('contains([var.u, "a"], "a")')).toBe(true);
    expect(plain('alltrue([var.u, false])')).toBe(false);
    expect(plain('anytrue([var.u, true])')).toBe(true);
    expect(plain('keys({a = var.u})')).toEqual(['a']);
    expect(plain('lookup({a = 1, b = var.u}, "a")')).toBe(1);
    expect(plain('element([var.u, "b"], 1)')).toBe('b');
    expect(plain('coalesce("a", var.u)')).toBe('a');
    expect(plain('one([1])')).toBe(1);
    expect(evalNode(parser, 'concat([var.u], [1])', env)).toMatchObject({
      kind: 'array',
      items: [{ kind: 'unknown' }, { kind: 'scalar', value: 1 }],
    });
  });

  it('is unknown where the unknown part decides', () => {
    expect(unknownOf('contains([var.u], "a")').references).toEqual(['var.u']);
    expect(unknownOf('length(var.u)').expression).toBe('length(var.u)');
    expect(unknownOf('flatten([[1], var.u])').references).toEqual(['var.u']);
    expect(unknownOf('toset(["a", var.u])').references).toEqual(['var.u']);
    expect(unknownOf('alltrue([var.u, true])').references).toEqual(['var.u']);
    expect(unknownOf('coalesce(null, var.u, "x")').references).toEqual(['var.u']);
    expect(unknownOf('merge(var.u, {a = 1})').references).toEqual(['var.u']);
  });

  it('reads what an open object lists and leaves the rest unknown', () => {
    const withResource: TestEnv = { ...env, resources: { 'azurerm_x.main': { name: 'n' } } };
    expect(evalPlain(parser, 'lookup(azurerm_x.main, "name")', withResource)).toBe('n');
    expect(evalUnknown(parser, 'lookup(azurerm_x.main, "id")', withResource)).toMatchObject({
      reason: 'known only after apply',
      references: ['terraform:.:azurerm_x.main'],
    });
    expect(evalUnknown(parser, 'keys(azurerm_x.main)', withResource).reason).toBe('known only after apply');
    const merged = evalNode(parser, 'merge(azurerm_x.main, {tags = {}})', withResource);
    expect(merged.kind === 'object' && merged.open?.reason).toBe('known only after apply');
  });
});

describe('string functions', () => {
  table([
    ['join(", ", ["a", "b"], ["c"])', 'a, b, c'],
    ['join("-", [1, true])', '1-true'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['split("", "ab")', ['a', 'b']],
    ['lower("HSM")', 'hsm'],
    ['upper("hsm")', 'HSM'],
    ['title("hello world-wide_web")', 'Hello World-Wide_web'],
    ['trimspace("  \\n hsm \\t")', 'hsm'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trimprefix("helloworld", "hello")', 'world'],
    ['trimsuffix("helloworld", "world")', 'hello'],
    ['trimprefix("hello", "x")', 'hello'],
    ['startswith("hello", "he")', true],
    ['endswith("hello", "lo")', true],
    ['strcontains("hello", "ell")', true],
    ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
    ['replace("abc", "", "-")', '-a-b-c-'],
    ['replace("hello world", "/w.*d/", "there")', 'hello there'],
    ['replace("key=value", "/(\\\\w+)=(\\\\w+)/", "$2=$1")', 'value=key'],
    ['replace("a-b", "/(?P<x>a)-(?P<y>b)/", "$${y}+$x$$")', 'b+a$'],
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
    [
      'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
      { scheme: 'https', authority: 'terraform.io' },
    ],
    ['regex("(?i)^HSM$", "hsm")', 'hsm'],
    ['regex("[[:digit:]]+", "ab12c")', '12'],
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    [
      'regexall("(\\\\d)(x)?", "1x2")',
      [
        ['1', 'x'],
        ['2', ''],
      ],
    ],
    ['length(regexall("[0-9]", "abc"))', 0],
    ['substr("hello world", 1, 4)', 'ello'],
    ['substr("hello world", -5, -1)', 'world'],
    ['substr("🤔🤷", 0, 1)', '🤔'],
    ['strrev("hello")', 'olleh'],
    ['chomp("hello\\n\\r\\n")', 'hello'],
    ['indent(2, "a\\nb\\n")', 'a\n  b\n  '],
    ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
    ['format("There are %d lights", 4)', 'There are 4 lights'],
    ['format("%q %v %v %v", "x", 1.5, true, [1, "a"])', '"x" 1.5 true [1,"a"]'],
    [
      'format("%.2f|%5d|%-5s|%05d|%+d|%t|%%", 3.14159, 42, "ab", 42, 7, false)',
      '3.14|   42|ab   |00042|+7|false|%',
    ],
    ['format("%x %X %o %b %#v", 255, 255, 8, 5, {b = 1, a = "x"})', 'ff FF 10 101 {"a":"x","b":1}'],
    ['format("%[2]s %[1]s", "a", "b")', 'b a'],
    ['format("%e", 1234.5)', '1.234500e+03'],
    ['format("%.3s", "abcdef")', 'abc'],
    ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ['Hello, Valentina!', 'Hello, Ander!']],
    ['formatlist("%s=%s", ["a", "b"], "x")', ['a=x', 'b=x']],
  ]);

  failures([
    ['regex("[a-z]+", "123")', /did not match/],
    ['regex("(", "x")', /invalid regular expression/],
    ['format("%d", 1.5)', /whole number/],
    ['format("%s %s", "a")', /not enough arguments/],
    ['format("%s", "a", "b")', /too many arguments/],
    ['format("%s", null)', /null cannot be formatted/],
    ['format("%999999s", "a")', /width is too large/],
    ['formatlist("%s %s", ["a"], ["b", "c"])', /same length/],
    ['join(",", ["a", null])', /null element/],
    ['upper(null)', /must be a string, not null/],
    ['indent(100000, "a")', /number of spaces/],
    ['lower(["a"])', /must be a string, not a list/],
  ]);

  it('refuses to run a backtracking-prone pattern on long input', () => {
    expect(
      unknownOf('regex("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")').reason,
    ).toMatch(/exponential time/);
    expect(plain('regex("(a+)+", "aaa")')).toEqual(['aaa']);
  });

  it('is unknown when an argument is unknown', () => {
    expect(unknownOf('join(",", ["a", var.u])')).toMatchObject({
      expression: 'join(",", ["a", var.u])',
      references: ['var.u'],
      reason: 'no value given',
    });
    expect(unknownOf('format("%s-%s", "a", var.u)').references).toEqual(['var.u']);
  });
});

describe('encoding functions', () => {
  table([
    ['jsonencode({b = [1, true, null], a = "<x>&"})', '{"a":"\\u003cx\\u003e\\u0026","b":[1,true,null]}'],
    ['jsonencode(1.5)', '1.5'],
    ['jsondecode("{\\"a\\": [1, {\\"b\\": null}]}")', { a: [1, { b: null }] }],
    ['jsondecode(jsonencode({x = "y"})).x', 'y'],
    ['yamlencode({b = ["x", 1], a = true})', '"a": true\n"b":\n- "x"\n- 1\n'],
    ['yamldecode("a: [1, {b: two}]")', { a: [1, { b: 'two' }] }],
    ['base64encode("Hello World")', 'SGVsbG8gV29ybGQ='],
    ['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World'],
    ['urlencode("a b/c?d=é")', 'a+b%2Fc%3Fd%3D%C3%A9'],
    ['md5("hello world")', '5eb63bbbe01eeed093cb22bb8f5acdc3'],
    ['sha1("hello world")', '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
    ['sha256("hello world")', 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
    ['sha512("x")', createHash('sha512').update('x').digest('hex')],
    ['base64sha256("hello world")', 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek='],
    ['base64sha512("x")', createHash('sha512').update('x').digest('base64')],
  ]);

  failures([
    ['jsondecode("{")', /invalid JSON/],
    ['base64decode("not base64!")', /not valid base64/],
    ['base64decode("/w==")', /not valid UTF-8/],
    ['yamldecode("a: 1\\n---\\nb: 2")', /exactly one document/],
  ]);

  it('leaves uuid() unknown and jsonencode of an unknown unknown', () => {
    expect(unknownOf('uuid()')).toMatchObject({ reason: 'random at apply', expression: 'uuid()' });
    expect(unknownOf('jsonencode({id = var.u})').references).toEqual(['var.u']);
  });
});

describe('numeric functions', () => {
  table([
    ['abs(-12.4)', 12.4],
    ['ceil(4.1)', 5],
    ['floor(-4.1)', -5],
    ['signum(-3)', -1],
    ['pow(2, 10)', 1024],
    ['log(16, 2)', 4],
    ['parseint("FF", 16)', 255],
    ['parseint("-1010", 2)', -10],
    ['parseint("zZ", 62)', 35 * 62 + 61],
    ['tostring(1000000 * 1000000 * 1000000 * 1000)', '1000000000000000000000'],
    ['tostring(0.0000001)', '0.0000001'],
  ]);

  failures([
    ['parseint("12", 1)', /base must be between 2 and 62/],
    ['parseint("G", 16)', /cannot parse/],
    ['pow(10, 400)', /not a finite number/],
  ]);
});

describe('type functions', () => {
  table([
    ['tostring(1.5)', '1.5'],
    ['tostring(true)', 'true'],
    ['tostring(null)', null],
    ['tonumber("42")', 42],
    ['tonumber("1e3")', 1000],
    ['tobool("true")', true],
    ['tolist(["a"])', ['a']],
    ['tomap({a = 1})', { a: 1 }],
  ]);

  failures([
    ['tostring([1])', /cannot convert list to string/],
    ['tonumber("12abc")', /cannot convert "12abc" to a number/],
    ['tonumber(" 1")', /cannot convert/],
    ['tobool("yes")', /cannot convert string to bool/],
    ['tolist({a = 1})', /cannot convert object to list/],
    ['tomap([1])', /cannot convert list to map/],
  ]);
});

describe('time functions', () => {
  table([
    ['timestamp()', '2024-03-05T07:08:09Z'],
    ['plantimestamp()', '2024-03-05T07:08:09Z'],
    ['timeadd("2017-11-22T00:00:00Z", "8760h")', '2018-11-22T00:00:00Z'],
    ['timeadd("2017-11-22T00:00:00Z", "-1h30m")', '2017-11-21T22:30:00Z'],
    ['timeadd("2017-11-22T00:00:00+02:00", "30m")', '2017-11-22T00:30:00+02:00'],
    ['timeadd("2017-11-22T00:00:00.5Z", "1.5s")', '2017-11-22T00:00:02Z'],
    ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")', 0],
    ['timecmp("2017-11-22T00:00:01Z", "2017-11-22T00:00:00Z")', 1],
    ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', '02 Jan 2018 23:12 UTC'],
    [
      'formatdate("EEEE, MMMM D, YY h:m:s AA aa", "2018-01-02T23:02:01Z")',
      'Tuesday, January 2, 18 23:2:1 PM pm',
    ],
    ['formatdate("HH H M EEE ZZZZ ZZZZZ Z", "2018-01-02T08:00:00-05:30")', '08 8 1 Tue -0530 -05:30 -05:30'],
    ["formatdate(\"h 'o''clock' '' Z\", \"2018-01-02T08:00:00Z\")", "8 o'clock ' Z"],
  ]);

  failures([
    ['timeadd("2017-11-22", "1h")', /not a valid RFC 3339 timestamp/],
    ['timeadd("2017-02-30T00:00:00Z", "1h")', /not a valid RFC 3339 timestamp/],
    ['timeadd("2017-11-22T00:00:00Z", "1 day")', /not a valid duration/],
    ['formatdate("YYYYY", "2018-01-02T23:12:01Z")', /not a valid date format token/],
  ]);
});

describe('network functions', () => {
  table([
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.3/16", 8, 2)', '10.1.2.0/24'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("10.0.0.0/24", -1)', '10.0.0.255'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
  ]);

  failures([
    ['cidrsubnet("10.0.0.0/30", 4, 0)', /cannot extend a \/30 prefix by 4 bits/],
    ['cidrsubnet("10.0.0.0/16", 2, 4)', /does not fit in 2 bits/],
    ['cidrhost("10.0.0.0/30", 4)', /does not fit/],
    ['cidrnetmask("::/64")', /only IPv4/],
    ['cidrsubnet("10.0.0.300/16", 1, 0)', /not a valid CIDR prefix/],
    ['cidrsubnets("10.0.0.0/30", 1, 1, 1)', /not enough remaining address space/],
  ]);
});

describe('file and path functions', () => {
  table([
    ['file("./policy.json")', '{"rules": [1, 2]}'],
    ['jsondecode(file("${path.module}/policy.json")).rules', [1, 2]],
    ['fileexists("./policy.json")', true],
    ['filebase64("./policy.json")', Buffer.from('{"rules": [1, 2]}').toString('base64')],
    ['templatefile("./greeting.tpl", {name = "HSM", items = ["a", "b"]})', 'Hello, HSM!\n- a\n- b'],
    ['basename("foo/bar/baz.txt")', 'baz.txt'],
    ['basename("foo/bar/")', 'bar'],
    ['dirname("foo/bar/baz.txt")', 'foo/bar'],
    ['dirname("foo")', '.'],
    ['dirname("/foo")', '/'],
    ['pathexpand("/etc/x")', '/etc/x'],
  ]);

  it('is unknown for files it cannot read and for machine-dependent paths', () => {
    expect(unknownOf('file("./missing.txt")').reason).toBe('the file "./missing.txt" could not be read');
    expect(unknownOf('fileexists("./missing.txt")').reason).toMatch(/could not be read/);
    expect(unknownOf('abspath("x")').reason).toMatch(/directory Terraform runs in/);
    expect(unknownOf('pathexpand("~/.ssh")').reason).toMatch(/home directory/);
    expect(evalUnknown(parser, 'file("x")', {}).reason).toMatch(/reads files, which this scan does not/);
    expect(unknownOf('templatefile("./greeting.tpl", {name = var.u, items = []})').references).toEqual([
      'var.u',
    ]);
  });

  it('reports template errors and undeclared template variables', () => {
    expect(unknownOf('templatefile("./broken.tpl", {})').reason).toMatch(/templatefile\(\): \.\/broken\.tpl/);
    expect(unknownOf('templatefile("./greeting.tpl", {name = "x"})').reason).toBe('undeclared reference');
  });
});

describe('the function table', () => {
  it('covers the functions the brief names', () => {
    const required =
      `merge concat lookup try can coalesce coalescelist length toset tolist tomap tostring tonumber tobool
      keys values flatten distinct contains element index slice reverse sort compact zipmap setunion setintersection
      setsubtract one alltrue anytrue range sum min max abs ceil floor parseint format formatlist join split lower
      upper title trimspace trim trimprefix trimsuffix startswith endswith replace regex regexall substr strrev chomp
      indent jsonencode jsondecode yamlencode base64encode base64decode md5 sha1 sha256 uuid timestamp plantimestamp
      timeadd formatdate cidrsubnet cidrhost cidrnetmask file fileexists templatefile basename dirname abspath
      pathexpand`.split(/\s+/);
    const known = new Set(functionNames());
    expect(required.filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('results of calls', () => {
  it('are placed at the call, also when an argument passes through', () => {
    const result = evalNode(parser, 'coalesce(null, ["x"])', env);
    expect(result).toMatchObject({
      kind: 'array',
      range: { start: { line: 1, column: 5 }, end: { line: 1, column: 26 } },
      // The parts keep the ranges of the expressions that wrote them.
      items: [{ range: { start: { line: 1, column: 21 }, end: { line: 1, column: 24 } } }],
    });
    expect(unknownOf('element([var.u], 0)')).toMatchObject({
      expression: 'element([var.u], 0)',
      references: ['var.u'],
    });
  });

  it('keep set operations linear on large inputs', () => {
    const started = Date.now();
    // Numbers and strings unify to strings, so 1 and "1" are one element.
    expect(
      plain('length(toset(concat(range(1024), range(1024), [for i in range(1024) : tostring(i)])))'),
    ).toBe(1024);
    expect(plain('length(distinct(flatten([for i in range(50) : range(1024)])))')).toBe(1024);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
