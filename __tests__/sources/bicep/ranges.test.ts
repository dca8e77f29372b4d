import { describe, expect, it } from '@jest/globals';
import { parseBicep, walk, type Range } from '../../../src/sources/bicep/index.js';
import { parseDirective } from '../../../src/model/directives.js';
import { LineIndex } from '../../../src/model/range.js';
import { declaration, parseOk } from './helpers.js';

/** `line:column-line:column` */
function at(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

const HSM = [
  '// the pool', //                                                       1
  "@description('Managed HSM')", //                                       2
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {", //      3
  "  name: 'hsm-${suffix}'", //                                          4
  '  properties: {', //                                                  5
  "    publicNetworkAccess: 'Disabled'", //                              6
  '  }', //                                                              7
  '  @batchSize(1)', //                                                  8
  "  resource key 'keys' = {", //                                        9
  "    name: 'k1'", //                                                   10
  '  }', //                                                             11
  '}', //                                                               12
].join('\n');

describe('bicep ranges', () => {
  const program = parseOk(HSM);
  const hsm = declaration(program, 0, 'ResourceDeclaration');
  const body = hsm.value.kind === 'ObjectExpression' ? hsm.value : null;

  it('gives a declaration the range from its first decorator to its end', () => {
    expect(at(program.rangeOf(hsm))).toBe('2:1-12:2');
    expect(hsm.offset).toBe(HSM.indexOf('@description'));
    expect(hsm.length).toBe(HSM.length - HSM.indexOf('@description'));
  });

  it('gives the decorator and the symbolic name their own ranges', () => {
    expect(at(program.rangeOf(hsm.decorators[0]))).toBe('2:1-2:28');
    expect(at(program.rangeOf(hsm.name))).toBe('3:10-3:13');
    expect(at(program.rangeOf(hsm.type))).toBe('3:14-3:57');
    expect(at(program.rangeOf(hsm.value))).toBe('3:60-12:2');
  });

  it('gives a property the range of its key and of the whole property', () => {
    const name = body?.properties[0];
    expect(name?.kind).toBe('ObjectProperty');
    if (name?.kind !== 'ObjectProperty') return;
    expect(at(program.rangeOf(name.key))).toBe('4:3-4:7');
    expect(at(program.rangeOf(name))).toBe('4:3-4:24');
    expect(at(program.rangeOf(name.value))).toBe('4:9-4:24');
  });

  it('gives a multi-line property value its full range', () => {
    const properties = body?.properties[1];
    expect(properties?.kind === 'ObjectProperty' && at(program.rangeOf(properties))).toBe('5:3-7:4');
  });

  it('gives the expression in an interpolation its range inside the string', () => {
    const name = body?.properties[0];
    if (name?.kind !== 'ObjectProperty' || name.value.kind !== 'InterpolatedString') throw new Error('shape');
    expect(at(program.rangeOf(name.value.expressions[0]))).toBe('4:16-4:22');
  });

  it('gives a nested resource the range from its decorator, and its own name and body ranges', () => {
    const key = body?.properties[2];
    expect(key?.kind).toBe('ResourceDeclaration');
    if (key?.kind !== 'ResourceDeclaration') return;
    expect(at(program.rangeOf(key))).toBe('8:3-11:4');
    expect(at(program.rangeOf(key.decorators[0]))).toBe('8:3-8:16');
    expect(at(program.rangeOf(key.name))).toBe('9:12-9:15');
    const keyName = key.value.kind === 'ObjectExpression' ? key.value.properties[0] : null;
    expect(keyName && at(program.rangeOf(keyName))).toBe('10:5-10:15');
  });

  it('keeps comments with their ranges', () => {
    expect(program.comments.map((c) => [c.text, at(c.range)])).toEqual([['// the pool', '1:1-1:12']]);
  });

  it('gives a multi-line string the range of its quotes', () => {
    const program = parseOk("var script = '''\nline 1\nline 2\n'''\nvar after = 1");
    const decl = declaration(program, 0, 'VariableDeclaration');
    expect(at(program.rangeOf(decl.value))).toBe('1:14-4:4');
    const closedOnItsLine = parseOk("var script = '''\nx'''\nvar after = 1");
    expect(at(closedOnItsLine.rangeOf(declaration(closedOnItsLine, 1, 'VariableDeclaration')))).toBe(
      '3:1-3:14',
    );
  });

  it('counts columns in UTF-16 code units', () => {
    const program = parseOk("var s = '😀'\nvar t = { k: '😀😀', n: 1 }");
    const decl = declaration(program, 1, 'VariableDeclaration');
    const n = decl.value.kind === 'ObjectExpression' ? decl.value.properties[1] : null;
    expect(n && at(program.rangeOf(n))).toBe('2:22-2:26');
  });

  it('counts lines after CRLF and CR line ends', () => {
    const program = parseOk('param a string\r\nparam b string\rparam c string');
    expect(program.declarations.map((d) => at(program.rangeOf(d)))).toEqual([
      '1:1-1:15',
      '2:1-2:15',
      '3:1-3:15',
    ]);
  });

  it('skips a byte order mark but counts its column, as LineIndex does (read.ts removes it before)', () => {
    const program = parseOk('\ufeffparam a string');
    expect(at(program.rangeOf(program.declarations[0]))).toBe('1:2-1:16');
  });

  it('gives binary expressions, calls and member chains ranges from their first to their last token', () => {
    const program = parseOk('var x = az.resourceGroup().id == a.?b[0] ? 1 : 2');
    const decl = declaration(program, 0, 'VariableDeclaration');
    expect(decl.value.kind).toBe('TernaryExpression');
    if (decl.value.kind !== 'TernaryExpression' || decl.value.condition.kind !== 'BinaryExpression') return;
    expect(at(program.rangeOf(decl.value))).toBe('1:9-1:49');
    expect(at(program.rangeOf(decl.value.condition.left))).toBe('1:9-1:30');
    expect(at(program.rangeOf(decl.value.condition.right))).toBe('1:34-1:41');
  });

  it('gives offsets and lengths that agree with the ranges, and children inside their parents', () => {
    const index = new LineIndex(HSM);
    walk(program, (node, parent) => {
      const expected = index.range('', node.offset, node.length);
      expect(program.rangeOf(node)).toEqual({ start: expected.start, end: expected.end });
      if (parent) {
        expect(node.offset).toBeGreaterThanOrEqual(parent.offset);
        expect(node.offset + node.length).toBeLessThanOrEqual(parent.offset + parent.length);
      }
    });
  });

  it('places diagnostics at the offending token', () => {
    const broken = parseBicep("resource r 'T@1' = {\n  name 'x'\n}");
    expect(broken.diagnostics.map((d) => [at(d.range), d.message])).toEqual([
      ['2:8-2:11', "expected ':' after the property name, found a string"],
    ]);
  });

  it('places #disable-next-line codes', () => {
    const program = parseOk("#disable-next-line BCP081\nresource r 'T@1' = {}");
    expect(program.directives.map((d) => [at(d.range), d.codes.map((c) => at(c.range))])).toEqual([
      ['1:1-1:26', ['1:20-1:26']],
    ]);
  });

  it('keeps comments so that hsmlint suppression directives can be read from them', () => {
    const program = parseOk(
      "// hsmlint-disable-next-line hsm-public-network -- private endpoint only\nresource r 'T@1' = {} /* hsmlint-disable-line key-rotation */",
    );
    const directives = program.comments.map((c) =>
      parseDirective(c.value, { file: 'main.bicep', ...c.range }),
    );
    expect(directives.map((d) => [d?.kind, d?.rules, d?.reason, d?.range.start.line])).toEqual([
      ['disable-next-line', ['hsm-public-network'], 'private endpoint only', 1],
      ['disable-line', ['key-rotation'], undefined, 2],
    ]);
  });

  it('gives the program the range of the whole text', () => {
    const program = parseOk('param a string\n');
    expect(at(program.rangeOf(program))).toBe('1:1-2:1');
  });
});
