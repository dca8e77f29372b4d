import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ObjectNode, PropertyNode } from '../../../../src/model/node.js';
import { toPlain } from '../../../../src/model/node.js';
import { loadHclParser } from '../../../../src/sources/terraform/parse.js';
import type { HclParser } from '../../../../src/sources/terraform/parse.js';
import { UNKNOWN, bodyOf, span } from './helpers.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const META = new Set([
  'count',
  'for_each',
  'depends_on',
  'lifecycle',
  'provider',
  'provisioner',
  'connection',
]);

/** The body of the first block in `source`. */
function resourceBody(source: string, env = {}): ObjectNode {
  const whole = bodyOf(parser, source, env);
  const [entry] = whole.entries.values();
  const element = entry.node.kind === 'array' ? entry.node.items[0] : entry.node;
  if (element.kind !== 'object') throw new Error('expected an object');
  return element;
}

function entry(obj: PropertyNode, name: string): PropertyNode {
  if (obj.kind !== 'object') throw new Error(`expected an object, got ${obj.kind}`);
  const found = obj.entries.get(name);
  if (!found) throw new Error(`no entry ${name}`);
  return found.node;
}

describe('evaluateBody', () => {
  const HSM = `resource "azurerm_key_vault_managed_hardware_security_module" "main" {
  count                    = 2
  name                     = "hsm-\${var.env}"
  purge_protection_enabled = true
  public_network_access_enabled = null
  depends_on               = [azurerm_resource_group.rg]

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
  }
  lifecycle {
    prevent_destroy = true
  }
}
`;

  it('evaluates attributes and nested blocks as arrays of objects, as terraform show -json does', () => {
    const whole = bodyOf(parser, HSM, { vars: { env: 'prod' } });
    const resource = whole.entries.get('resource')?.node;
    if (resource?.kind !== 'array') throw new Error('expected the resource block group');
    const body = resource.items[0];
    expect(toPlain(body).value).toEqual({
      count: 2,
      name: 'hsm-prod',
      purge_protection_enabled: true,
      // Only meta-arguments named in skip are left out; an undeclared reference reads as unknown.
      depends_on: [undefined],
      network_acls: [{ bypass: 'AzureServices', default_action: 'Deny' }],
      lifecycle: [{ prevent_destroy: true }],
    });
  });

  it('skips meta-arguments and null attributes, and keeps key ranges', () => {
    const source = HSM.replace(/^resource[^{]*\{\n/, '').replace(/\}\n$/, '');
    const body = bodyOf(parser, source, { vars: { env: 'prod' } }, META);
    expect([...body.entries.values()].map((e) => e.name)).toEqual([
      'name',
      'purge_protection_enabled',
      'network_acls',
    ]);
    expect(body.entries.get('name')?.keyRange).toEqual(span(2, 3, 2, 7));
    expect(body.entries.get('network_acls')?.keyRange).toEqual(span(7, 3, 7, 15));
    const acls = entry(body, 'network_acls');
    expect(acls.kind === 'array' && acls.items[0].range).toEqual(span(7, 3, 10, 4));
  });

  it('keeps each attribute on its own: an error or unknown in one does not affect the others', () => {
    const body = bodyOf(parser, 'a = 1\nb = [1][3]\nc = var.u\n', { vars: { u: UNKNOWN } });
    expect(entry(body, 'a')).toMatchObject({ kind: 'scalar', value: 1 });
    expect(entry(body, 'b')).toMatchObject({
      kind: 'unknown',
      reason: 'index 3 out of range for a list of 1',
    });
    expect(entry(body, 'c')).toMatchObject({ kind: 'unknown', expression: 'var.u' });
  });

  it('collects repeated blocks of a type in source order', () => {
    const body = bodyOf(parser, 'rule {\n  n = 1\n}\nother {}\nrule {\n  n = 2\n}\n');
    expect(toPlain(body).value).toEqual({ rule: [{ n: 1 }, { n: 2 }], other: [{}] });
    expect(entry(body, 'rule').range).toEqual(span(1, 1, 7, 2));
  });
});

describe('dynamic blocks', () => {
  it('expands one element per element of a list, with the default iterator name', () => {
    const body = resourceBody(
      `resource "x" "y" {
  dynamic "ip_rule" {
    for_each = var.ranges
    content {
      cidr  = ip_rule.value
      index = ip_rule.key
    }
  }
}
`,
      { vars: { ranges: ['10.0.0.0/8', '192.168.0.0/16'] } },
    );
    expect(toPlain(body).value).toEqual({
      ip_rule: [
        { cidr: '10.0.0.0/8', index: 0 },
        { cidr: '192.168.0.0/16', index: 1 },
      ],
    });
    expect(body.entries.get('ip_rule')?.keyRange).toEqual(span(2, 11, 2, 20));
    const rules = entry(body, 'ip_rule');
    if (rules.kind !== 'array') throw new Error('expected an array');
    // The iterator's value is placed where the content uses it.
    expect(entry(rules.items[0], 'cidr').range).toEqual(span(5, 15, 5, 28));
    expect(rules.items[0].range).toEqual(span(4, 5, 7, 6));
  });

  it('walks maps by key with a named iterator, and mixes with static blocks in source order', () => {
    const body = resourceBody(
      `resource "x" "y" {
  setting {
    name = "static"
  }
  dynamic "setting" {
    for_each = { b = "2", a = "1" }
    iterator = s
    content {
      name  = s.key
      value = s.value
    }
  }
}
`,
    );
    expect(toPlain(body).value).toEqual({
      setting: [{ name: 'static' }, { name: 'a', value: '1' }, { name: 'b', value: '2' }],
    });
  });

  it('expands nested dynamic blocks with both iterators in scope', () => {
    const body = resourceBody(
      `resource "x" "y" {
  dynamic "outer" {
    for_each = var.groups
    content {
      name = outer.key
      dynamic "inner" {
        for_each = outer.value
        content {
          id = "\${outer.key}-\${inner.value}"
        }
      }
    }
  }
}
`,
      { vars: { groups: { g1: ['a', 'b'], g2: [] } } },
    );
    expect(toPlain(body).value).toEqual({
      outer: [{ name: 'g1', inner: [{ id: 'g1-a' }, { id: 'g1-b' }] }, { name: 'g2' }],
    });
  });

  it('adds no element for a null or empty collection', () => {
    const body = resourceBody(
      'resource "x" "y" {\n  dynamic "a" {\n    for_each = null\n    content {}\n  }\n  dynamic "b" {\n    for_each = []\n    content {}\n  }\n}\n',
    );
    expect(body.entries.size).toBe(0);
  });

  it('lets one open element stand for an unknown collection', () => {
    const body = resourceBody(
      `resource "x" "y" {
  dynamic "network_acls" {
    for_each = var.acls
    content {
      default_action = "Deny"
      bypass         = network_acls.value.bypass
    }
  }
}
`,
      { vars: { acls: UNKNOWN } },
    );
    const acls = entry(body, 'network_acls');
    if (acls.kind !== 'array') throw new Error('expected an array');
    expect(acls.items).toHaveLength(1);
    const [element] = acls.items;
    if (element.kind !== 'object') throw new Error('expected an object');
    expect(element.open).toEqual({
      reason: 'one element stands for each element of var.acls, which is unknown',
      references: ['var.acls'],
    });
    expect(entry(element, 'default_action')).toMatchObject({ kind: 'scalar', value: 'Deny' });
    expect(entry(element, 'bypass')).toMatchObject({
      kind: 'unknown',
      expression: 'network_acls.value.bypass',
      references: ['var.acls', 'network_acls.value.bypass'],
    });
  });

  it('makes the whole block type unknown when the stand-in element knows nothing', () => {
    const body = resourceBody(
      `resource "x" "y" {
  dynamic "ip_rule" {
    for_each = var.ranges
    content {
      cidr = ip_rule.value
    }
  }
}
`,
      { vars: { ranges: UNKNOWN } },
    );
    expect(entry(body, 'ip_rule')).toMatchObject({
      kind: 'unknown',
      expression: 'var.ranges',
      reason: 'no value given',
      references: ['var.ranges'],
    });
  });

  it('reports a for_each that is not a collection', () => {
    const body = resourceBody(
      'resource "x" "y" {\n  dynamic "a" {\n    for_each = "text"\n    content {\n      v = a.value\n    }\n  }\n}\n',
    );
    expect(entry(body, 'a')).toMatchObject({
      kind: 'unknown',
      reason: 'for_each must be a map, set or list',
    });
  });
});
