import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Expression,
  ObjectExpression,
  ObjectMember,
  ResourceDeclaration,
} from '../../../src/sources/bicep/index.js';
import { declaration, parseOk, shape } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

/** The value of a property along a path of names, through nested objects. */
function property(object: ObjectExpression, ...path: string[]): Expression | undefined {
  let current: Expression = object;
  for (const name of path) {
    if (current.kind !== 'ObjectExpression') return undefined;
    const found: ObjectMember | undefined = current.properties.find(
      (member) => member.kind === 'ObjectProperty' && member.name === name,
    );
    if (!found || found.kind !== 'ObjectProperty') return undefined;
    current = found.value;
  }
  return current;
}

function bodyOf(resource: ResourceDeclaration): ObjectExpression {
  const value = resource.value;
  if (value.kind === 'ObjectExpression') return value;
  if (value.kind === 'IfCondition') return value.body;
  if (value.kind === 'ForExpression') {
    if (value.body.kind === 'ObjectExpression') return value.body;
    if (value.body.kind === 'IfCondition') return value.body.body;
  }
  throw new Error(`no body for ${resource.name.name}`);
}

describe('bicep fixture: a Managed HSM deployment', () => {
  const program = parseOk(read('managed-hsm.bicep'), 'managed-hsm.bicep');
  const byName = (name: string) => {
    const found = program.declarations.find(
      (d) => 'name' in d && d.name.kind === 'Identifier' && d.name.name === name,
    );
    if (!found) throw new Error(`no declaration ${name}`);
    return found;
  };

  it('reads every declaration, in order', () => {
    expect(program.mode).toBe('bicep');
    expect(program.declarations.map((d) => d.kind)).toEqual([
      'MetadataDeclaration',
      'TargetScopeDeclaration',
      'ImportDeclaration',
      ...Array(9).fill('ParameterDeclaration'),
      'TypeDeclaration',
      'VariableDeclaration',
      'VariableDeclaration',
      'ResourceDeclaration',
      'ResourceDeclaration',
      'ResourceDeclaration',
      'ResourceDeclaration',
      'ModuleDeclaration',
      'ModuleDeclaration',
      'OutputDeclaration',
      'OutputDeclaration',
      'OutputDeclaration',
    ]);
  });

  it('reads the parameters with their decorators and defaults', () => {
    const hsmName = byName('hsmName');
    expect(hsmName.decorators.map((d) => [d.name, d.arguments.map(shape)])).toEqual([
      ['description', ["'Name of the Managed HSM pool'"]],
      ['minLength', ['3']],
      ['maxLength', ['24']],
    ]);
    expect(program.rangeOf(hsmName).start.line).toBe(8);
    const workspaceKey = byName('workspaceKey');
    expect(workspaceKey.decorators.map((d) => d.name)).toEqual(['secure']);
    const location = byName('location');
    expect(
      location.kind === 'ParameterDeclaration' && location.defaultValue && shape(location.defaultValue),
    ).toBe('(. (call resourceGroup) location)');
    const skuName = byName('skuName');
    expect(skuName.kind === 'ParameterDeclaration' && skuName.type.kind).toBe('TypeReference');
  });

  it('reads the pool with its network settings', () => {
    const hsm = declaration(program, 15, 'ResourceDeclaration');
    expect(hsm.name.name).toBe('hsm');
    expect(hsm.type.kind === 'StringLiteral' && hsm.type.value).toBe(
      'Microsoft.KeyVault/managedHSMs@2025-05-01',
    );
    expect(shape(property(bodyOf(hsm), 'properties', 'publicNetworkAccess')!)).toBe("'Disabled'");
    expect(shape(property(bodyOf(hsm), 'properties', 'networkAcls', 'defaultAction')!)).toBe("'Deny'");
    expect(program.rangeOf(hsm).start.line).toBe(56);
  });

  it('reads the keys as a child resource loop with @batchSize', () => {
    const hsm = declaration(program, 15, 'ResourceDeclaration');
    const keys = bodyOf(hsm).properties.find((m) => m.kind === 'ResourceDeclaration');
    expect(keys?.kind).toBe('ResourceDeclaration');
    if (keys?.kind !== 'ResourceDeclaration') return;
    expect([keys.name.name, keys.decorators.map((d) => d.name), keys.value.kind]).toEqual([
      'hsmKeys',
      ['batchSize'],
      'ForExpression',
    ]);
    expect(program.rangeOf(keys).start).toEqual({ line: 77, column: 3 });
    expect(program.rangeOf(keys.name).start).toEqual({ line: 78, column: 12 });
    expect(shape(property(bodyOf(keys), 'properties', 'kty')!)).toBe(
      "(? (== (.? key curve) null) 'RSA-HSM' 'EC-HSM')",
    );
  });

  it('reads the existing workspace', () => {
    const workspace = byName('workspace');
    expect(workspace.kind === 'ResourceDeclaration' && workspace.existing).toBe(true);
  });

  it('reads the conditional diagnostic setting scoped to the pool, under its directive', () => {
    const diagnostics = byName('hsmDiagnostics') as ResourceDeclaration;
    expect(diagnostics.value.kind).toBe('IfCondition');
    expect(shape(property(bodyOf(diagnostics), 'scope')!)).toBe('hsm');
    expect(shape(property(bodyOf(diagnostics), 'properties', 'workspaceId')!)).toBe('(. workspace id)');
    const scope = bodyOf(diagnostics).properties.find(
      (m) => m.kind === 'ObjectProperty' && m.name === 'scope',
    );
    expect(scope && program.rangeOf(scope)).toEqual({
      start: { line: 111, column: 3 },
      end: { line: 111, column: 13 },
    });
    expect(program.directives.map((d) => [d.range.start.line, d.codes.map((c) => c.code)])).toEqual([
      [108, ['BCP081']],
    ]);
  });

  it('reads the private endpoint that links to the pool', () => {
    const endpoint = byName('privateEndpoint') as ResourceDeclaration;
    const connections = property(bodyOf(endpoint), 'properties', 'privateLinkServiceConnections');
    expect(connections?.kind).toBe('ArrayExpression');
    if (connections?.kind !== 'ArrayExpression') return;
    const first = connections.items[0];
    expect(first.kind).toBe('ObjectExpression');
    if (first.kind !== 'ObjectExpression') return;
    const link = property(first, 'properties', 'privateLinkServiceId');
    expect(link && shape(link)).toBe('(. hsm id)');
    expect(link && program.rangeOf(link)).toEqual({
      start: { line: 140, column: 33 },
      end: { line: 140, column: 39 },
    });
  });

  it('reads the conditional module and the module loop', () => {
    const dns = byName('dnsZone');
    expect(
      dns.kind === 'ModuleDeclaration' && dns.value.kind === 'IfCondition' && shape(dns.value.condition),
    ).toBe('(! (call empty subnetId))');
    const roles = byName('roles');
    expect(
      roles.kind === 'ModuleDeclaration' &&
        roles.value.kind === 'ForExpression' && [roles.value.item.name, roles.value.index?.name],
    ).toEqual(['adminId', 'i']);
  });

  it('reads the outputs, including a loop through a nested resource', () => {
    const keyNames = byName('keyNames');
    expect(keyNames.kind === 'OutputDeclaration' && shape(keyNames.value)).toBe(
      '(for key i keys (. ([] (:: hsm hsmKeys) i) name))',
    );
  });

  it('keeps the comments with their lines', () => {
    expect(program.comments.map((c) => [c.kind, c.range.start.line])).toEqual([
      ['LineComment', 1],
      ['LineComment', 107],
      ['BlockComment', 158],
    ]);
  });
});

describe('bicep fixture: the parameters file', () => {
  const program = parseOk(read('managed-hsm.bicepparam'), 'managed-hsm.bicepparam');

  it('reads using, the assignments and a variable', () => {
    expect(program.mode).toBe('bicepparam');
    const using = declaration(program, 0, 'UsingDeclaration');
    expect(using.path?.kind === 'StringLiteral' && using.path.value).toBe('./managed-hsm.bicep');
    expect(
      program.declarations
        .filter((d) => d.kind === 'ParameterAssignment')
        .map((d) => (d.kind === 'ParameterAssignment' ? d.name.name : '')),
    ).toEqual([
      'hsmName',
      'location',
      'initialAdminObjectIds',
      'softDeleteRetentionInDays',
      'workspaceKey',
      'deployDiagnostics',
      'subnetId',
    ]);
    expect(program.declarations[program.declarations.length - 1].kind).toBe('VariableDeclaration');
  });

  it('reads function calls and interpolation in values', () => {
    const key = program.declarations.find(
      (d) => d.kind === 'ParameterAssignment' && d.name.name === 'workspaceKey',
    );
    expect(key?.kind === 'ParameterAssignment' && shape(key.value)).toBe(
      "(call readEnvironmentVariable 'WORKSPACE_KEY' '')",
    );
    const subnet = program.declarations.find(
      (d) => d.kind === 'ParameterAssignment' && d.name.name === 'subnetId',
    );
    expect(subnet?.kind === 'ParameterAssignment' && subnet.value.kind).toBe('InterpolatedString');
  });
});

describe('bicep fixture: an exporting module', () => {
  it('reads exported types, functions and variables', () => {
    const program = parseOk(read('modules/shared.bicep'), 'shared.bicep');
    expect(program.declarations.map((d) => [d.kind, d.decorators.map((x) => x.name)])).toEqual([
      ['TypeDeclaration', ['export', 'description']],
      ['FunctionDeclaration', ['export']],
      ['VariableDeclaration', ['export']],
    ]);
  });
});
