import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { HclExpression, HclFile, HclParser } from '../../../src/sources/terraform/parse.js';
import { loadHclParser } from '../../../src/sources/terraform/parse.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const at = (line: number, column: number) => ({ line, column });
const span = (l1: number, c1: number, l2: number, c2: number) => ({
  file: 'main.tf',
  start: at(l1, c1),
  end: at(l2, c2),
});

/** Drops ranges so expression shapes can be compared structurally. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'range' && k !== 'nameRange')
        .map(([k, v]) => [k, strip(v)]),
    );
  }
  return value;
}

function parseOk(text: string): HclFile {
  const file = parser.parse(text, 'main.tf');
  expect(file.errors).toEqual([]);
  return file;
}

function expr(source: string): HclExpression {
  return parseOk(`x = ${source}\n`).body.attributes[0].expr;
}

const HSM = `resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {
  name                     = "hsm-\${var.env}"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = var.location
  sku_name                 = "Standard_B1"
  purge_protection_enabled = true
  soft_delete_retention_days = 90
  admin_object_ids         = [data.azurerm_client_config.current.object_id]
  tenant_id                = data.azurerm_client_config.current.tenant_id

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
  }
}
`;

describe('terraform HCL parser', () => {
  it('loads once and caches the parser', async () => {
    expect(await loadHclParser()).toBe(parser);
  });

  it('parses a Managed HSM resource with exact ranges', () => {
    const file = parseOk(HSM);
    expect(file.file).toBe('main.tf');
    const [hsm] = file.body.blocks;
    expect(hsm.type).toBe('resource');
    expect(hsm.labels.map((l) => [l.value, l.quoted])).toEqual([
      ['azurerm_key_vault_managed_hardware_security_module', true],
      ['hsm', true],
    ]);
    expect(hsm.range).toEqual(span(1, 1, 15, 2));
    expect(hsm.typeRange).toEqual(span(1, 1, 1, 9));
    expect(hsm.labels[1].range).toEqual(span(1, 63, 1, 68));

    const purge = hsm.body.attributes.find((a) => a.name === 'purge_protection_enabled');
    expect(purge?.nameRange).toEqual(span(6, 3, 6, 27));
    expect(purge?.range).toEqual(span(6, 3, 6, 34));
    expect(purge?.expr).toEqual({
      kind: 'literal',
      type: 'bool',
      value: true,
      raw: 'true',
      range: span(6, 30, 6, 34),
    });

    const [acls] = hsm.body.blocks;
    expect(acls.type).toBe('network_acls');
    expect(acls.labels).toEqual([]);
    expect(acls.range).toEqual(span(11, 3, 14, 4));
    expect(acls.body.attributes.map((a) => [a.name, strip(a.expr)])).toEqual([
      ['bypass', { kind: 'literal', type: 'string', value: 'AzureServices', raw: '"AzureServices"' }],
      ['default_action', { kind: 'literal', type: 'string', value: 'Deny', raw: '"Deny"' }],
    ]);
    expect(acls.body.attributes[1].range).toEqual(span(13, 5, 13, 28));

    const rg = hsm.body.attributes.find((a) => a.name === 'resource_group_name');
    expect(strip(rg?.expr)).toEqual({
      kind: 'traversal',
      source: { kind: 'variable', name: 'azurerm_resource_group' },
      steps: [
        { kind: 'attr', name: 'rg' },
        { kind: 'attr', name: 'name' },
      ],
    });
    expect(rg?.expr.range).toEqual(span(3, 30, 3, 60));
  });

  it('parses variable, locals, module, data, output and terraform blocks', () => {
    const file = parseOk(`terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
}
variable "location" {
  type    = string
  default = "westeurope"
}
locals {
  tags = { env = "prod" }
}
module "net" {
  source = "./modules/net"
  count  = 2
}
data "azurerm_client_config" "current" {}
output "id" { value = module.net[0].id }
`);
    expect(file.body.blocks.map((b) => [b.type, ...b.labels.map((l) => l.value)])).toEqual([
      ['terraform'],
      ['variable', 'location'],
      ['locals'],
      ['module', 'net'],
      ['data', 'azurerm_client_config', 'current'],
      ['output', 'id'],
    ]);
    const variable = file.body.blocks[1];
    expect(strip(variable.body.attributes[0].expr)).toEqual({ kind: 'variable', name: 'string' });
    const data = file.body.blocks[4];
    expect(data.body.attributes).toEqual([]);
    expect(data.body.blocks).toEqual([]);
    expect(data.body.range).toEqual(span(17, 41, 17, 41));
    expect(strip(file.body.blocks[5].body.attributes[0].expr)).toEqual({
      kind: 'traversal',
      source: { kind: 'variable', name: 'module' },
      steps: [
        { kind: 'attr', name: 'net' },
        { kind: 'index', key: { kind: 'literal', type: 'number', value: 0, raw: '0' } },
        { kind: 'attr', name: 'id' },
      ],
    });
    expect(strip(file.body.blocks[0].body.blocks[0].body.attributes[0].expr)).toEqual({
      kind: 'object',
      items: [
        {
          key: { kind: 'literal', type: 'string', value: 'source', raw: 'source' },
          value: { kind: 'literal', type: 'string', value: 'hashicorp/azurerm', raw: '"hashicorp/azurerm"' },
        },
        {
          key: { kind: 'literal', type: 'string', value: 'version', raw: 'version' },
          value: { kind: 'literal', type: 'string', value: '~> 4.0', raw: '"~> 4.0"' },
        },
      ],
    });
  });

  describe('expressions', () => {
    it('literals', () => {
      expect(strip(expr('42'))).toEqual({ kind: 'literal', type: 'number', value: 42, raw: '42' });
      expect(strip(expr('1.5e3'))).toEqual({ kind: 'literal', type: 'number', value: 1500, raw: '1.5e3' });
      expect(strip(expr('false'))).toEqual({ kind: 'literal', type: 'bool', value: false, raw: 'false' });
      expect(strip(expr('null'))).toEqual({ kind: 'literal', type: 'null', value: null, raw: 'null' });
      expect(strip(expr('"a\\"b\\n\\u00e9 $${x}"'))).toEqual({
        kind: 'literal',
        type: 'string',
        value: 'a"b\né ${x}',
        raw: '"a\\"b\\n\\u00e9 $${x}"',
      });
    });

    it('templates keep literal text exactly, with UTF-16 columns', () => {
      const file = parseOk('x = "é ${var.a} - ${~ b ~}!"\n');
      const t = file.body.attributes[0].expr;
      expect(strip(t)).toEqual({
        kind: 'template',
        parts: [
          { kind: 'text', value: 'é ', raw: 'é ' },
          {
            kind: 'interpolation',
            expr: {
              kind: 'traversal',
              source: { kind: 'variable', name: 'var' },
              steps: [{ kind: 'attr', name: 'a' }],
            },
            strip: { left: false, right: false },
          },
          { kind: 'text', value: ' - ', raw: ' - ' },
          {
            kind: 'interpolation',
            expr: { kind: 'variable', name: 'b' },
            strip: { left: true, right: true },
          },
          { kind: 'text', value: '!', raw: '!' },
        ],
      });
      if (t.kind !== 'template') throw new Error('not a template');
      expect(t.parts[1].range).toEqual(span(1, 8, 1, 16));
      expect(t.parts[0].range).toEqual(span(1, 6, 1, 8));
    });

    it('template directives', () => {
      expect(strip(expr('"%{ if a }yes%{ else }no%{ endif }%{ for k, v in m }${v},%{ endfor }"'))).toEqual({
        kind: 'template',
        parts: [
          {
            kind: 'if',
            condition: { kind: 'variable', name: 'a' },
            then: [{ kind: 'text', value: 'yes', raw: 'yes' }],
            else: [{ kind: 'text', value: 'no', raw: 'no' }],
          },
          {
            kind: 'for',
            keyVar: 'k',
            valueVar: 'v',
            collection: { kind: 'variable', name: 'm' },
            body: [
              {
                kind: 'interpolation',
                expr: { kind: 'variable', name: 'v' },
                strip: { left: false, right: false },
              },
              { kind: 'text', value: ',', raw: ',' },
            ],
          },
        ],
      });
    });

    it('heredocs', () => {
      const file = parseOk(
        'x = <<-EOT\n  {\n    "a": "${var.b}"\n  }\n  EOT\ny = <<EOF\nplain $${no}\nEOF\n',
      );
      const [x, y] = file.body.attributes;
      expect(strip(x.expr)).toEqual({
        kind: 'heredoc',
        marker: 'EOT',
        stripIndent: true,
        parts: [
          { kind: 'text', value: '  {\n    "a": "', raw: '  {\n    "a": "' },
          {
            kind: 'interpolation',
            expr: {
              kind: 'traversal',
              source: { kind: 'variable', name: 'var' },
              steps: [{ kind: 'attr', name: 'b' }],
            },
            strip: { left: false, right: false },
          },
          { kind: 'text', value: '"\n  }\n', raw: '"\n  }\n' },
        ],
      });
      expect(x.expr.range).toEqual(span(1, 5, 5, 6));
      expect(strip(y.expr)).toEqual({
        kind: 'heredoc',
        marker: 'EOF',
        stripIndent: false,
        parts: [{ kind: 'text', value: 'plain ${no}\n', raw: 'plain $${no}\n' }],
      });
      expect(y.range).toEqual(span(6, 1, 8, 4));
    });

    it('traversals: data sources, index, legacy index, splats', () => {
      expect(strip(expr('data.a.b.c["k"]'))).toEqual({
        kind: 'traversal',
        source: { kind: 'variable', name: 'data' },
        steps: [
          { kind: 'attr', name: 'a' },
          { kind: 'attr', name: 'b' },
          { kind: 'attr', name: 'c' },
          { kind: 'index', key: { kind: 'literal', type: 'string', value: 'k', raw: '"k"' } },
        ],
      });
      expect(strip(expr('a.0.b[*].id'))).toEqual({
        kind: 'traversal',
        source: { kind: 'variable', name: 'a' },
        steps: [
          { kind: 'index', key: { kind: 'literal', type: 'number', value: 0, raw: '0' } },
          { kind: 'attr', name: 'b' },
          { kind: 'splat', type: 'full' },
          { kind: 'attr', name: 'id' },
        ],
      });
      const e = expr('azurerm_x.y.*.id');
      expect(strip(e)).toEqual({
        kind: 'traversal',
        source: { kind: 'variable', name: 'azurerm_x' },
        steps: [
          { kind: 'attr', name: 'y' },
          { kind: 'splat', type: 'attr' },
          { kind: 'attr', name: 'id' },
        ],
      });
      if (e.kind !== 'traversal') throw new Error('not a traversal');
      expect(e.steps[1].range).toEqual(span(1, 16, 1, 18));
      expect(e.range).toEqual(span(1, 5, 1, 21));
      expect(strip(expr('var.m[local.k]'))).toMatchObject({
        steps: [
          { kind: 'attr', name: 'm' },
          { kind: 'index', key: { kind: 'traversal' } },
        ],
      });
    });

    it('function calls', () => {
      const e = expr('merge(var.tags, { a = 1 }, list...)');
      expect(e).toMatchObject({
        kind: 'call',
        name: 'merge',
        expandFinal: true,
        nameRange: span(1, 5, 1, 10),
      });
      if (e.kind !== 'call') throw new Error('not a call');
      expect(e.args.map((a) => a.kind)).toEqual(['traversal', 'object', 'variable']);
      expect(strip(expr('lower(f(x).id)'))).toEqual({
        kind: 'call',
        name: 'lower',
        expandFinal: false,
        args: [
          {
            kind: 'traversal',
            source: { kind: 'call', name: 'f', expandFinal: false, args: [{ kind: 'variable', name: 'x' }] },
            steps: [{ kind: 'attr', name: 'id' }],
          },
        ],
      });
    });

    it('tuples and objects, including computed keys', () => {
      expect(strip(expr('[1, "a", b]'))).toEqual({
        kind: 'tuple',
        items: [
          { kind: 'literal', type: 'number', value: 1, raw: '1' },
          { kind: 'literal', type: 'string', value: 'a', raw: '"a"' },
          { kind: 'variable', name: 'b' },
        ],
      });
      expect(strip(expr('{ "q": 2, (k) = 3 }'))).toEqual({
        kind: 'object',
        items: [
          {
            key: { kind: 'literal', type: 'string', value: 'q', raw: '"q"' },
            value: { kind: 'literal', type: 'number', value: 2, raw: '2' },
          },
          {
            key: { kind: 'parens', expr: { kind: 'variable', name: 'k' } },
            value: { kind: 'literal', type: 'number', value: 3, raw: '3' },
          },
        ],
      });
    });

    it('conditionals and operators with precedence and parentheses', () => {
      expect(strip(expr('a ? -1 : !b && c == 2'))).toEqual({
        kind: 'conditional',
        condition: { kind: 'variable', name: 'a' },
        then: { kind: 'unary', op: '-', operand: { kind: 'literal', type: 'number', value: 1, raw: '1' } },
        else: {
          kind: 'binary',
          op: '&&',
          left: { kind: 'unary', op: '!', operand: { kind: 'variable', name: 'b' } },
          right: {
            kind: 'binary',
            op: '==',
            left: { kind: 'variable', name: 'c' },
            right: { kind: 'literal', type: 'number', value: 2, raw: '2' },
          },
        },
      });
      const e = expr('(1 + v.n) * 3');
      expect(strip(e)).toEqual({
        kind: 'binary',
        op: '*',
        left: {
          kind: 'parens',
          expr: {
            kind: 'binary',
            op: '+',
            left: { kind: 'literal', type: 'number', value: 1, raw: '1' },
            right: {
              kind: 'traversal',
              source: { kind: 'variable', name: 'v' },
              steps: [{ kind: 'attr', name: 'n' }],
            },
          },
        },
        right: { kind: 'literal', type: 'number', value: 3, raw: '3' },
      });
      if (e.kind !== 'binary') throw new Error('not binary');
      expect(e.left.range).toEqual(span(1, 5, 1, 14));
    });

    it('for expressions', () => {
      expect(strip(expr('[for s in var.list : upper(s) if s != ""]'))).toMatchObject({
        kind: 'for',
        type: 'tuple',
        valueVar: 's',
        collection: { kind: 'traversal' },
        value: { kind: 'call', name: 'upper' },
        condition: { kind: 'binary', op: '!=' },
        grouping: false,
      });
      const grouped = strip(expr('{for k, v in m : v.g => k...}'));
      expect(grouped).toMatchObject({
        kind: 'for',
        type: 'object',
        keyVar: 'k',
        valueVar: 'v',
        key: { kind: 'traversal' },
        value: { kind: 'variable', name: 'k' },
        grouping: true,
      });
      expect(grouped).not.toHaveProperty('condition');
    });
  });

  it('collects comments of all three styles with ranges', () => {
    const file = parseOk('# hash\nlocals {\n  a = 1 // slash\n  /* block\n  */ b = 2\n}\n');
    expect(file.comments).toEqual([
      { text: '# hash', range: span(1, 1, 1, 7) },
      { text: '// slash', range: span(3, 9, 3, 17) },
      { text: '/* block\n  */', range: span(4, 3, 5, 5) },
    ]);
    expect(file.body.blocks[0].body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('reports syntax errors with positions and still parses later blocks', () => {
    const text = `variable "a" {}
resource "azurerm_key_vault_managed_hardware_security_module" "broken" {
  purge_protection_enabled = = true
}
# after
resource "azurerm_key_vault_managed_hardware_security_module" "ok" {
  purge_protection_enabled = false
}
locals {
  x = 1
}
`;
    const file = parser.parse(text, 'main.tf');
    expect(file.errors.length).toBeGreaterThan(0);
    for (const error of file.errors) {
      expect(error.range.start.line).toBeGreaterThanOrEqual(2);
      expect(error.range.start.line).toBeLessThanOrEqual(6); // a missing "}" is reported where the next block starts
    }
    expect(file.errors[0].range.start.line).toBe(3);
    expect(file.body.blocks.map((b) => b.labels.at(-1)?.value ?? b.type)).toEqual([
      'a',
      'broken',
      'ok',
      'locals',
    ]);
    const ok = file.body.blocks[2];
    expect(ok.range).toEqual(span(6, 1, 8, 2));
    expect(ok.body.attributes[0]).toMatchObject({
      name: 'purge_protection_enabled',
      range: span(7, 3, 7, 35),
    });
  });

  it('reports stray tokens as errors', () => {
    const file = parser.parse('locals {\n  a = 1\n  ]\n}\nlocals {\n  b = 2\n}\n', 'main.tf');
    expect(file.errors.length).toBeGreaterThan(0);
    // tree-sitter wraps the whole broken block in one ERROR node; the error stays within that block.
    expect(file.errors[0].range).toMatchObject({ start: at(1, 1), end: { line: 5 } });
    expect(file.body.blocks.at(-1)?.body.attributes[0]?.name).toBe('b');
  });

  it('handles empty input and CRLF line endings', () => {
    const empty = parseOk('');
    expect(empty.body.attributes).toEqual([]);
    expect(empty.body.blocks).toEqual([]);
    const crlf = parseOk('locals {\r\n  a = "x"\r\n}\r\n');
    expect(crlf.body.blocks[0].body.attributes[0].range).toEqual(span(2, 3, 2, 10));
  });

  it('never throws on arbitrary input', () => {
    const hclish = fc.string({
      maxLength: 60,
      unit: fc.constantFrom(
        'a',
        'b',
        ' ',
        '\n',
        '{',
        '}',
        '[',
        ']',
        '(',
        ')',
        '"',
        '=',
        '.',
        '*',
        '$',
        '%',
        '#',
        '/',
        '<<',
        'EOT',
        '-',
        '1',
        ',',
        ':',
        '?',
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40, unit: 'grapheme' }), hclish),
        (text) => {
          const file = parser.parse(text, 'f.tf');
          expect(file.file).toBe('f.tf');
          expect(Array.isArray(file.errors)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
