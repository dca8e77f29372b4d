import { describe, expect, it } from '@jest/globals';
import { parseArmFile } from '../../src/sources/arm/template.js';
import { LineIndex } from '../../src/model/range.js';
import { parsePath, normalizePath } from '../../src/model/path.js';
import { displayValue } from '../../src/model/value.js';

const text = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs",
      "apiVersion": "2025-05-01",
      "name": "hsm1",
      "properties": {
        "EnablePurgeProtection": false,
        "networkAcls": { "ipRules": [{ "value": "10.0.0.0/8" }, { "value": "[parameters('ip')]" }] },
        "initialAdminObjectIds": "[parameters('admins')]"
      }
    }
  ]
}`;

function theHsm() {
  return parseArmFile('t.json', text).resources[0];
}

describe('Resource.get', () => {
  it('reads properties case-insensitively, with the range of key through value', () => {
    const v = theHsm().get('properties.enablePurgeProtection');
    expect(v).toMatchObject({ kind: 'known', value: false });
    expect(v.range.start).toEqual({ line: 10, column: 9 });
    expect(v.range.end).toEqual({ line: 10, column: 39 }); // exclusive, as SARIF's endColumn
  });

  it('walks array indexes and items', () => {
    const r = theHsm();
    expect(r.get('properties.networkAcls.ipRules[0].value')).toMatchObject({
      kind: 'known',
      value: '10.0.0.0/8',
    });
    const items = r.items('properties.networkAcls.ipRules');
    expect(items).toHaveLength(2);
    expect(items[1].get('value')).toMatchObject({ kind: 'unknown', expression: "[parameters('ip')]" });
    expect(r.get('properties.networkAcls.ipRules[5]').kind).toBe('absent');
  });

  it('gives unknown for anything below an expression', () => {
    expect(theHsm().get('properties.initialAdminObjectIds[0]')).toMatchObject({
      kind: 'unknown',
      expression: "[parameters('admins')]",
    });
  });

  it('applies ARM platform defaults when a property is omitted, pointing at the nearest written key', () => {
    const r = theHsm();
    const access = r.get('properties.publicNetworkAccess');
    expect(access).toMatchObject({ kind: 'default', value: 'Enabled' });
    expect(access.range.start.line).toBe(9); // "properties"
    expect(r.get('properties.softDeleteRetentionInDays')).toMatchObject({ kind: 'default', value: 90 });
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({ kind: 'default', value: 'Allow' });
  });

  it('returns absent when no default exists', () => {
    expect(theHsm().get('properties.regions').kind).toBe('absent');
    expect(theHsm().get('identity.type').kind).toBe('absent');
  });

  it('knows publicNetworkAccess has no default before api 2023-07-01', () => {
    const old = parseArmFile('o.json', text.replace('2025-05-01', '2021-10-01')).resources[0];
    expect(old.get('properties.publicNetworkAccess').kind).toBe('absent');
  });

  it('reports objects as plain values and flags partial ones', () => {
    const acls = theHsm().get('properties.networkAcls');
    expect(acls.kind).toBe('known');
    expect(acls.kind === 'known' && acls.partial).toBe(true);
  });
});

describe('paths and ranges', () => {
  it('parses paths with indexes, lower-casing keys', () => {
    expect(parsePath('properties.networkAcls.ipRules[0].Value')).toEqual([
      'properties',
      'networkacls',
      'iprules',
      0,
      'value',
    ]);
    expect(normalizePath('Properties.A[2].B')).toBe('properties.a[2].b');
  });

  it('maps offsets to 1-based lines and columns for LF, CRLF and CR line ends', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(11)).toEqual({ line: 4, column: 2 });
    expect(index.lineText(2)).toBe('cd');
  });

  it('never prints secure values', () => {
    const range = { file: 'f', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    expect(displayValue({ kind: 'known', value: 'p@ss', secure: true, range })).toBe('***');
    expect(displayValue({ kind: 'known', value: 'Enabled', range })).toBe('Enabled');
  });
});
