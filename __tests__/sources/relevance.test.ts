import { beforeAll, afterEach, describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { bicepDeploys } from '../../src/sources/file-facts.js';
import { referencesOf } from '../../src/sources/references.js';
import { mayMatter, mightMatterOnDisk, namesAnythingRelevant } from '../../src/sources/relevance.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function scanTree(files: Record<string, string>, paths = ['.']) {
  const { dir, cleanup } = tempTree(files);
  cleanups.push(cleanup);
  const config = resolveConfig({ extends: 'strict' }, registry, { baseDir: dir });
  return scan({ paths, cwd: dir, config, registry, now: new Date('2026-11-28T00:00:00Z') });
}

const storage = armTemplate([
  { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name: 'st', properties: {} },
]);
const read = (files: Record<string, string>) => (file: string) =>
  file in files ? { text: files[file] } : { error: 'no such file' };

describe('the byte-level prefilter of a folder walk', () => {
  it('skips templates that name nothing a rule looks at, unless they are named', () => {
    const walked = scanTree({ 'storage.json': storage });
    expect(walked.skipped).toEqual([{ path: 'storage.json', reason: 'declares no Managed HSM resources' }]);
    expect(walked.files).toEqual([]);
    const named = scanTree({ 'storage.json': storage }, ['storage.json']);
    expect(named.files.map((f) => f.file)).toEqual(['storage.json']);
  });

  it('keeps a template whose linked template or module deploys an HSM, however deep', () => {
    const files = {
      'main.json':
        '{ "resources": [ { "properties": { "templateLink": { "relativePath": "nested/level1.json" } } } ] }',
      'nested/level1.json': '{ "x": { "relativePath": "../hsm.json" } }',
      'hsm.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]),
      'main.bicep': "module a './modules/a.bicep' = {\n  name: 'a'\n}\n",
      'modules/a.bicep': "module b 'b.bicep' = {\n  name: 'b'\n}\n",
      'modules/b.bicep': "resource h 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'h'\n}\n",
      'other.bicep': "module s './storage.bicep' = {\n  name: 's'\n}\n",
      'storage.bicep': "resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 's'\n}\n",
    };
    expect(mayMatter('main.json', files['main.json'], read(files))).toBe(true);
    expect(mayMatter('main.bicep', files['main.bicep'], read(files))).toBe(true);
    expect(mayMatter('other.bicep', files['other.bicep'], read(files))).toBe(false);
    // A link written as an expression cannot be followed by a byte search: the file is kept.
    expect(mayMatter('x.json', '{ "relativePath": "[variables(\'t\')]" }', read(files))).toBe(true);
    // A registry module is followed through its configured local copy.
    const registryCaller = "module m 'br/public:avm/res/x:1.0' = {\n  name: 'm'\n}\n";
    expect(mayMatter('r.bicep', registryCaller, read(files))).toBe(false);
    expect(
      mayMatter('r.bicep', registryCaller, read(files), {
        'br/public:avm/res/x:1.0': 'modules/b.bicep',
      }),
    ).toBe(true);
  });

  it('remembers answers across files: nothing reachable matters, or the file it started from does', () => {
    const files: Record<string, string> = {
      'a.bicep': "module b './b.bicep' = {\n  name: 'b'\n}\n",
      'b.bicep': "module a './a.bicep' = {\n  name: 'a'\n}\nmodule c './c.bicep' = {\n  name: 'c'\n}\n",
      'c.bicep': "resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 's'\n}\n",
      'hsm.bicep':
        "module c './c.bicep' = {\n  name: 'c'\n}\nresource h 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {}\n",
    };
    const reads: string[] = [];
    const counting = (file: string) => (reads.push(file), read(files)(file));
    const known = new Map<string, boolean>();
    expect(mayMatter('a.bicep', files['a.bicep'], counting, {}, known)).toBe(false);
    expect(Object.fromEntries(known)).toEqual({ 'a.bicep': false, 'b.bicep': false, 'c.bicep': false });
    expect(reads).toEqual(['b.bicep', 'c.bicep']);
    // Decided again without reading anything: the files it links are known.
    expect(mayMatter('b.bicep', files['b.bicep'], counting, {}, known)).toBe(false);
    expect(mayMatter('hsm.bicep', files['hsm.bicep'], counting, {}, known)).toBe(true);
    expect(reads).toEqual(['b.bicep', 'c.bicep']);
    expect(known.get('hsm.bicep')).toBe(true);
    // A file that links one known to matter matters, unread.
    expect(mayMatter('d.bicep', "module h './hsm.bicep' = {}\n", counting, {}, known)).toBe(true);
    expect(reads).toEqual(['b.bicep', 'c.bicep']);
  });

  it('answers with remembered answers as without, whatever the links and the order of the files', () => {
    const names = ['f0.bicep', 'f1.bicep', 'f2.bicep', 'f3.bicep', 'f4.bicep', 'f5.bicep'];
    const file = fc.record({
      relevant: fc.boolean(),
      links: fc.uniqueArray(fc.constantFrom(...names, 'missing.bicep'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(file, { minLength: names.length, maxLength: names.length }),
        fc.array(fc.constantFrom(...names), { maxLength: 12 }),
        (shapes, order) => {
          const files: Record<string, string> = {};
          shapes.forEach((shape, i) => {
            const modules = shape.links.map((link, j) => `module m${j} './${link}' = {}\n`).join('');
            files[names[i]] = modules + (shape.relevant ? "var role = 'Managed HSM Crypto User'\n" : '');
          });
          const known = new Map<string, boolean>();
          for (const name of order) {
            const alone = mayMatter(name, files[name], read(files));
            expect(mayMatter(name, files[name], read(files), {}, known)).toBe(alone);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('searches large files on disk in chunks, finding a word split across two chunks', () => {
    const MiB = 1024 * 1024;
    const padding = (n: number) => `"${'x'.repeat(n)}"`;
    // The word starts 5 bytes before the end of the first 1 MiB chunk.
    const prefix = '{ "a": ';
    const before = MiB - 5 - prefix.length - 2;
    const split = `${prefix}${padding(before)}Microsoft.KeyVault/managedHSMs, "b": ${padding(MiB)} }`;
    const plain = `${prefix}${padding(2 * MiB)} }`;
    const { dir, cleanup } = tempTree({ 'split.json': split, 'plain.json': plain });
    cleanups.push(cleanup);
    expect(mightMatterOnDisk(`${dir}/split.json`)).toBe(true);
    expect(mightMatterOnDisk(`${dir}/plain.json`)).toBe(false);
    expect(mightMatterOnDisk(`${dir}/missing.json`)).toBe(true);
  });

  it('passes over a file on disk only when it names nothing relevant and refers to no other file', () => {
    const { dir, cleanup } = tempTree({});
    cleanups.push(cleanup);
    const onDisk = (name: string, text: string) => {
      writeFileSync(`${dir}/${name}`, text);
      return mightMatterOnDisk(`${dir}/${name}`);
    };
    // Words that only look like references: the pattern decides, and finds nothing.
    expect(onDisk('a.bicep', "param sourceAddressPrefix string\nvar modules = 'importer'\n")).toBe(false);
    expect(onDisk('b.bicep', "module\u00a0m './m.bicep' = {}\n")).toBe(true);
    expect(onDisk('c.bicep', "var x = LOADJSONCONTENT('x.json')\n")).toBe(true);
    // Whatever the text, a file passed over on disk is one the text-based tests pass over too.
    const piece = fc.constantFrom(
      'module',
      'Module',
      'using',
      'extends',
      'import',
      'from',
      'loadTextContent(',
      'source',
      '=',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      'é',
      '_',
      'x',
      "'./m.bicep'",
      '"./m"',
      '"relativePath": "m.json"',
      'managedHSMs',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom('t.bicep', 't.bicepparam', 't.json', 't.tf'),
        (pieces, name) => {
          const text = pieces.join('');
          if (onDisk(name, text)) return;
          expect(namesAnythingRelevant(text)).toBe(false);
          expect(referencesOf(name, text)).toEqual({ files: [], dirs: [], wild: false });
          expect(bicepDeploys(name, text, undefined)).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('skips a large template that cannot matter without reading it whole', () => {
    const big = armTemplate(
      Array.from({ length: 6000 }, (_, i) => ({
        type: 'Microsoft.Storage/storageAccounts',
        apiVersion: '2023-05-01',
        name: `st${i}`,
        properties: { description: 'x'.repeat(200) },
      })),
    );
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const result = scanTree({ 'big.json': big });
    expect(result.skipped).toEqual([{ path: 'big.json', reason: 'declares no Managed HSM resources' }]);
  });

  it('keeps the workspace template that receives HSM logs from another file', () => {
    const workspace = armTemplate([
      {
        type: 'Microsoft.OperationalInsights/workspaces',
        apiVersion: '2023-09-01',
        name: 'logs',
        location: 'westeurope',
        properties: { retentionInDays: 30 },
      },
    ]);
    const result = scanTree({
      'logging/workspace.json': workspace,
      'hsm/main.json': armTemplate([
        hsm(COMPLIANT_PROPERTIES),
        {
          type: 'Microsoft.Insights/diagnosticSettings',
          apiVersion: '2021-05-01-preview',
          name: 'audit',
          scope: "[resourceId('Microsoft.KeyVault/managedHSMs', 'hsm1')]",
          properties: {
            workspaceId: "[resourceId('Microsoft.OperationalInsights/workspaces', 'logs')]",
            logs: [{ categoryGroup: 'audit', enabled: true }],
          },
        },
      ]),
    });
    expect(result.findings.filter((f) => f.ruleId === 'log-retention').map((f) => f.range.file)).toEqual([
      'logging/workspace.json',
    ]);
  });
});
