import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { filesOfShard, fnv1a, parseShard, partition, unitsOf } from '../../src/engine/shard.js';
import { referencesOf } from '../../src/sources/references.js';
import { tempTree } from '../helpers.js';

/** A workspace in memory: display path -> text. */
function reader(files: Record<string, string>) {
  return (file: string) => files[file];
}

const ARM_HSM =
  '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}';
const linking = (path: string) =>
  JSON.stringify({
    resources: [
      { type: 'Microsoft.Resources/deployments', properties: { templateLink: { relativePath: path } } },
    ],
  });

/** Which shard (1-based) each file lands in, for n shards; fails if a file is in none or in two. */
function shardsOf(files: string[], read: (f: string) => string | undefined, count: number, modules = {}) {
  const where = new Map<string, number>();
  for (let index = 1; index <= count; index++) {
    for (const file of partition(files, read, { index, count }, { modules })) {
      expect(where.has(file)).toBe(false);
      where.set(file, index);
    }
  }
  expect([...where.keys()].sort()).toEqual([...files].sort());
  return where;
}

function together(where: Map<string, number>, ...files: string[]) {
  expect(new Set(files.map((f) => where.get(f))).size).toBe(1);
}

describe('parseShard', () => {
  it('reads 1-based i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', 'x/y', '1/0', '2', '', '-1/4', '1.5/4', '1/4/2'])
      expect(parseShard(bad)).toBeUndefined();
  });
});

describe('partition', () => {
  const many = Array.from({ length: 200 }, (_, i) => `team-${i % 13}/svc-${i}/main.json`).sort();
  const read = reader(Object.fromEntries(many.map((f) => [f, ARM_HSM])));

  it('puts every file in exactly one shard, for every shard count', () => {
    for (let count = 1; count <= 6; count++) shardsOf(many, read, count);
  });

  it('is deterministic: the same files give the same shards, whatever their order', () => {
    const a = partition(many, read, { index: 2, count: 4 });
    const b = partition([...many].reverse(), read, { index: 2, count: 4 });
    expect([...b].sort()).toEqual([...a].sort());
    expect(fnv1a('main.json')).toBe(fnv1a('main.json'));
    expect(fnv1a('')).toBe(0x811c9dc5);
    // 200 independent folders spread over 4 shards: none is empty.
    for (let index = 1; index <= 4; index++)
      expect(partition(many, read, { index, count: 4 }).size).toBeGreaterThan(0);
  });

  it('keeps a Bicep template with its modules, .bicepparam and parameters files, across folders', () => {
    const files = {
      'app/main.bicep': "module hsm '../modules/hsm.bicep' = {\n  name: 'hsm'\n}\n",
      'app/main.bicepparam': "using './main.bicep'\nparam x = 1\n",
      'app/main.parameters.json': '{"parameters": {}}',
      'modules/hsm.bicep':
        "import { t } from '../lib/types.bicep'\nresource h 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {}\n",
      'lib/types.bicep': 'type t = string\n',
      'other/main.bicep': "@description('x')\nmodule pool 'br/public:avm/res/hsm:1.0' = {}\n",
      'vendor/avm/hsm.bicep': "resource h 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {}\n",
      'unrelated/main.bicep': "resource h 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {}\n",
    };
    const modules = { 'br/public:avm/res/hsm:1.0': 'vendor/avm/hsm.bicep' };
    const units = unitsOf(Object.keys(files), reader(files), { modules });
    const unitOf = (f: string) => units.find((u) => u.includes(f));
    expect(unitOf('app/main.bicep')?.sort()).toEqual([
      'app/main.bicep',
      'app/main.bicepparam',
      'app/main.parameters.json',
      'lib/types.bicep',
      'modules/hsm.bicep',
    ]);
    expect(unitOf('other/main.bicep')?.sort()).toEqual(['other/main.bicep', 'vendor/avm/hsm.bicep']);
    expect(unitOf('unrelated/main.bicep')).toEqual(['unrelated/main.bicep']);
    for (let count = 1; count <= 5; count++) {
      const where = shardsOf(Object.keys(files), reader(files), count, modules);
      together(where, 'app/main.bicep', 'modules/hsm.bicep', 'lib/types.bicep', 'app/main.bicepparam');
      together(where, 'other/main.bicep', 'vendor/avm/hsm.bicep');
    }
  });

  it('keeps an ARM template with its parameters file and linked templates, and joins the callers of one linked template', () => {
    const files = {
      'a/main.json': linking('../shared/hsm.json'),
      'a/main.parameters.json': '{"parameters": {}}',
      'b/deploy.json': linking('../shared/hsm.json'),
      'shared/hsm.json': linking('nested/keys.json'),
      'shared/nested/keys.json': ARM_HSM,
      'c/main.json': ARM_HSM,
      'c/parameters.json': '{"parameters": {}}',
      'd/main.json': ARM_HSM,
    };
    const units = unitsOf(Object.keys(files), reader(files));
    expect(units.find((u) => u.includes('a/main.json'))?.sort()).toEqual([
      'a/main.json',
      'a/main.parameters.json',
      'b/deploy.json',
      'shared/hsm.json',
      'shared/nested/keys.json',
    ]);
    expect(units.find((u) => u.includes('c/main.json'))?.sort()).toEqual([
      'c/main.json',
      'c/parameters.json',
    ]);
    expect(units.find((u) => u.includes('d/main.json'))).toEqual(['d/main.json']);
  });

  it('joins the callers of a module outside the scan', () => {
    const files = {
      'x/main.bicep': "module m '../outside/m.bicep' = {}\n",
      'y/main.bicep': "module m '../outside/m.bicep' = {}\n",
      'outside/m.bicep': '// not scanned\n',
    };
    const units = unitsOf(['x/main.bicep', 'y/main.bicep'], reader(files));
    expect(units).toEqual([['x/main.bicep', 'y/main.bicep']]);
  });

  it('reads files on disk as the scan does: in scanned paths outside the working folder, never through a link', () => {
    const { dir, cleanup } = tempTree({
      'infra/x/main.bicep': "module m '../shared/m.bicep' = {}\n",
      'infra/y/main.bicep': "module m '../shared/m.bicep' = {}\n",
      'infra/shared/m.bicep': '// read by both\n',
      'elsewhere/z.bicep': "module m '../infra/shared/m.bicep' = {}\n",
      'work/.keep': '',
    });
    try {
      symlinkSync(join(dir, 'elsewhere/z.bicep'), join(dir, 'infra/link.bicep'));
      const cwd = join(dir, 'work');
      let linkApart = false;
      const discovered = ['x/main.bicep', 'y/main.bicep', 'shared/m.bicep', 'link.bicep'].map((f) => ({
        path: join(dir, 'infra', f),
      }));
      for (let count = 2; count <= 12; count++) {
        const shards = Array.from({ length: count }, (_, i) =>
          filesOfShard(discovered, { index: i + 1, count }, { cwd, paths: ['../infra'] }).map((f) =>
            f.path.slice(dir.length + 1),
          ),
        );
        // The two callers of the shared module, outside the working folder, stay together with it.
        const withModule = shards.find((files) => files.includes('infra/shared/m.bicep'));
        expect(withModule).toEqual(
          expect.arrayContaining(['infra/x/main.bicep', 'infra/y/main.bicep', 'infra/shared/m.bicep']),
        );
        expect(shards.flat().sort()).toEqual(discovered.map((f) => f.path.slice(dir.length + 1)).sort());
        if (!withModule?.includes('infra/link.bicep')) linkApart = true;
      }
      // The symbolic link is not read, so its module does not join it to the others.
      expect(linkApart).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('joins every ARM file to a template whose relativePath is an expression', () => {
    const files = {
      'a/main.json': linking("[variables('path')]"),
      'b/main.json': ARM_HSM,
      'c/main.bicep': "resource h 'x@1' = {}\n",
      'd/main.json': linking('[[literal].json'),
    };
    expect(referencesOf('d/main.json', files['d/main.json']).files).toEqual(['d/[literal].json']);
    const units = unitsOf(Object.keys(files), reader(files));
    expect(units.find((u) => u.includes('a/main.json'))?.sort()).toEqual([
      'a/main.json',
      'b/main.json',
      'd/main.json',
    ]);
    expect(units.find((u) => u.includes('c/main.bicep'))).toEqual(['c/main.bicep']);
  });

  it('keeps a Terraform root module with its local modules (whole folders) and tfvars', () => {
    const files = {
      'envs/prod/main.tf':
        'module "hsm" {\n  source = "../../modules/hsm"\n}\nmodule "net" {\n  source = "Azure/net/azurerm"\n}\n',
      'envs/prod/variables.tf': 'variable "x" {}\n',
      'envs/prod/terraform.tfvars': 'x = 1\n',
      'modules/hsm/main.tf': 'module "keys" {\n  source = "./keys"\n}\n',
      'modules/hsm/variables.tf': 'variable "name" {}\n',
      'modules/hsm/keys/main.tf': 'resource "x" "y" {}\n',
      'vendor/net/main.tf': 'resource "x" "y" {}\n',
      'envs/dev/main.tf': 'resource "x" "y" {}\n',
    };
    const modules = { 'Azure/net/azurerm': 'vendor/net' };
    const units = unitsOf(Object.keys(files), reader(files), { modules });
    expect(units.find((u) => u.includes('envs/prod/main.tf'))?.sort()).toEqual([
      'envs/prod/main.tf',
      'envs/prod/terraform.tfvars',
      'envs/prod/variables.tf',
      'modules/hsm/keys/main.tf',
      'modules/hsm/main.tf',
      'modules/hsm/variables.tf',
      'vendor/net/main.tf',
    ]);
    expect(units.find((u) => u.includes('envs/dev/main.tf'))).toEqual(['envs/dev/main.tf']);
    for (let count = 1; count <= 4; count++) {
      const where = shardsOf(Object.keys(files), reader(files), count, modules);
      together(
        where,
        'envs/prod/main.tf',
        'modules/hsm/main.tf',
        'modules/hsm/keys/main.tf',
        'vendor/net/main.tf',
      );
    }
  });
});
