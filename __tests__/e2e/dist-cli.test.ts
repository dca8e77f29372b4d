import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { triageShare, type TriageShare } from '../../src/engine/triage.js';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the committed bundle dist/cli.js', () => {
  it('exists and is executable by node', () => {
    expect(existsSync(cli)).toBe(true);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('turns on the Node.js compile cache before loading the rest, and runs without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-cache-'));
    try {
      // Node.js before 22.1 has no compile cache: a preloaded stand-in records the call, or fails it.
      const preload = join(dir, 'preload.mjs');
      writeFileSync(
        preload,
        [
          "import module from 'node:module';",
          "import { writeFileSync } from 'node:fs';",
          'module.enableCompileCache = () => {',
          "  writeFileSync(process.env.MARKER, 'called');",
          "  if (process.env.FAIL) throw new Error('no cache here');",
          '};',
        ].join('\n'),
      );
      const marker = join(dir, 'called');
      for (const fail of ['', '1']) {
        rmSync(marker, { force: true });
        const result = spawnSync(process.execPath, ['--import', preload, cli, '--version'], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, MARKER: marker, FAIL: fail },
        });
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
        expect(readFileSync(marker, 'utf8')).toBe('called');
      }
      // The cache covers only what is compiled after the call: the bundle is imported after it, not before.
      const entry = readFileSync(cli, 'utf8');
      expect(entry).not.toMatch(/^import .*cli\/index\.js/m);
      expect(entry.indexOf('enableCompileCache')).toBeLessThan(
        entry.indexOf("await import('./cli/index.js')"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scans the bundled examples: findings on the non-compliant one, exit code 1', () => {
    const result = run(['examples']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('examples/arm/noncompliant/network-and-data.json');
    expect(result.stdout).not.toContain('examples/arm/compliant/azuredeploy.json');
    // Bicep: the pool deployed through the conditional module, reported in the module file.
    expect(result.stdout).toContain('examples/bicep/noncompliant/modules/hsm.bicep');
    expect(result.stdout).not.toContain('examples/bicep/compliant');
    for (const rule of [
      'purge-protection',
      'public-network-access',
      'network-default-deny',
      'key-rsa-size',
    ]) {
      expect(result.stdout).toContain(rule);
    }
  });

  it('passes the compliant examples', () => {
    expect(run(['examples/arm/compliant'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(run(['examples/bicep/compliant'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(run(['examples/terraform/compliant'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('scans Terraform from the bundle alone: the HCL grammar ships in dist/, byte for byte', () => {
    for (const [pkg, file] of [
      ['web-tree-sitter', 'web-tree-sitter.wasm'],
      ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
    ]) {
      const shipped = readFileSync(join(root, 'dist', 'cli', file));
      expect(shipped.equals(readFileSync(join(root, 'node_modules', pkg, file)))).toBe(true);
    }
    // A copy of dist/ and the examples, with no node_modules anywhere above it.
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-dist-'));
    try {
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
      const result = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'examples/terraform'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('examples/terraform/noncompliant/modules/hsm/main.tf');
      expect(result.stdout).toContain('examples/terraform/plan/plan.json');
      expect(result.stdout).toContain('security-domain-quorum');
      expect(result.stdout).not.toContain('parse-error');
      // A form the fast parser leaves to tree-sitter (a provider-defined function): the grammar loads.
      mkdirSync(join(dir, 'grammar'));
      writeFileSync(
        join(dir, 'grammar', 'main.tf'),
        [
          'resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {',
          '  name                          = provider::azurerm::normalise_resource_id("hsm")',
          '  public_network_access_enabled = true',
          '}',
          '',
        ].join('\n'),
      );
      const grammar = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'grammar'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(grammar.stderr).toBe('');
      expect(grammar.stdout).toContain('public-network-access');
      expect(grammar.stdout).not.toContain('parse-error');
      // YAML configuration and --rule options, read and validated by the lazily loaded libraries.
      writeFileSync(join(dir, 'examples', 'hsmlint.config.yaml'), 'rules:\n  security-domain-quorum: off\n');
      const configured = spawnSync(
        process.execPath,
        [
          join(dir, 'dist', 'cli.js'),
          'examples/terraform',
          '--rule',
          'key-rsa-size: [error, {minimumSize: 4096}]',
        ],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(configured.stderr).toBe('');
      expect(configured.stdout).not.toContain('security-domain-quorum');
      expect(configured.stdout).toContain('key-rsa-size');
      const invalid = spawnSync(
        process.execPath,
        [join(dir, 'dist', 'cli.js'), 'examples/terraform', '--rule', 'key-rsa-size: [error, {bits: 1}]'],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toContain("unknown property 'bits'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads YAML on first use, from the file beside the bundle, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-dist-'));
    try {
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
      rmSync(join(dir, 'examples', 'hsmlint.config.yaml'));
      const template = [
        "var settings = loadYamlContent('settings.yaml')",
        "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
        "  name: 'hsm'",
        "  location: 'westeurope'",
        "  sku: { family: 'B', name: 'Standard_B1' }",
        '  properties: {',
        "    tenantId: '00000000-0000-0000-0000-000000000000'",
        '    publicNetworkAccess: settings.access',
        '  }',
        '}',
        '',
      ].join('\n');
      mkdirSync(join(dir, 'yaml'));
      writeFileSync(join(dir, 'yaml', 'main.bicep'), template);
      writeFileSync(join(dir, 'yaml', 'settings.yaml'), '# public access\naccess: Enabled\n');
      const scan = (path: string) =>
        spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), path, '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
        });
      const rulesOf = (stdout: string) =>
        (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((file) =>
          file.messages.map((message) => message.ruleId),
        );
      // The YAML value decides the finding: the library was loaded in the middle of the evaluation.
      const withYaml = scan('yaml');
      expect(withYaml.stderr).toBe('');
      expect(rulesOf(withYaml.stdout)).toContain('public-network-access');
      writeFileSync(join(dir, 'yaml', 'settings.yaml'), 'access: Disabled\n');
      expect(rulesOf(scan('yaml').stdout)).not.toContain('public-network-access');
      // Runs that read no YAML give the same reports without the file: they never loaded it.
      // (Messages may name the time of the run: findings are compared by rule.)
      const outcomes = () =>
        ['examples/bicep', 'examples/terraform', 'examples/arm'].map((path) => {
          const run = scan(path);
          return { status: run.status, stderr: run.stderr, rules: rulesOf(run.stdout) };
        });
      const before = outcomes();
      rmSync(join(dir, 'dist', 'cli', 'yaml.cjs'));
      expect(outcomes()).toEqual(before);
      expect(before.every((run) => run.status === 1 && run.rules.length > 0)).toBe(true);
      // Without it, the template that reads YAML cannot be evaluated as written.
      expect(scan('yaml').stdout).toContain("Cannot find module 'yaml'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the Bicep and Terraform sources, YAML and ajv only for runs that need them', () => {
    // A copy of dist/ without the chunks that hold the Bicep and Terraform sources, YAML and ajv: an ARM
    // run without configuration works.
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-dist-'));
    try {
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
      const chunks = join(dir, 'dist', 'cli');
      const removed = readdirSync(chunks).filter(
        (file) =>
          /^\d+\.index\.js$/.test(file) &&
          /parseBicepSource|parseTerraformSource|MissingRefError/.test(
            readFileSync(join(chunks, file), 'utf8'),
          ),
      );
      expect(removed.length).toBeGreaterThanOrEqual(3);
      removed.push('yaml.cjs');
      rmSync(join(dir, 'examples', 'hsmlint.config.yaml'));
      for (const file of removed) rmSync(join(chunks, file));
      const scanIn = (path: string) =>
        spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), path], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
      const arm = scanIn('examples/arm/noncompliant');
      expect(arm.stderr).toBe('');
      expect(arm.status).toBe(1);
      expect(arm.stdout).toContain('purge-protection');
      // The same copy cannot scan Bicep: the run needs the chunk it lacks, so the chunk was never loaded above.
      const bicep = scanIn('examples/bicep/noncompliant');
      expect(bicep.status).toBe(2);
      expect(bicep.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships the triage worker, which decides files as the main thread does', async () => {
    const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st' };
    const files: Record<string, string> = { 'hsm.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) };
    for (let i = 0; i < 40; i++) files[`t${i}.json`] = armTemplate([storage]);
    for (let i = 0; i < 10; i++) files[`m${i}.bicep`] = `type t${i} = string\n`;
    files['deploy.bicep'] = "module m './m0.bicep' = {\n  name: 'm'\n}\n";
    files['tf/main.tf'] = 'module "m" {\n  source = "./modules/m"\n}\n';
    files['tf/modules/m/main.tf'] = 'resource "azurerm_key_vault_managed_hardware_security_module" "h" {}\n';
    const { dir, cleanup } = tempTree(files);
    try {
      const paths = Object.keys(files).map((f) => join(dir, f));
      const context = { cwd: dir, paths: [dir], limits: DEFAULT_READ_LIMITS, modules: {} };
      const inThread = triageShare(paths, new Int32Array(new SharedArrayBuffer(4)), context);
      const counter = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(join(root, 'dist', 'cli', 'triage-worker.js'));
      worker.postMessage({ files: paths, counter, context });
      const fromWorker = await new Promise<TriageShare>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      expect(inThread.verdicts).toHaveLength(51);
      // Facts of the Bicep and Terraform files, as the sources would read them.
      expect(inThread.facts).toHaveLength(13);
      expect(inThread.facts).toContainEqual([
        paths.indexOf(join(dir, 'deploy.bicep')),
        { kind: 'bicep', deploys: ['m0.bicep'] },
      ]);
      expect(inThread.facts).toContainEqual([
        paths.indexOf(join(dir, 'tf/main.tf')),
        { kind: 'terraform', relevant: false, calls: ['tf/modules/m'] },
      ]);
      expect(fromWorker).toEqual(inThread);
    } finally {
      cleanup();
    }
  });

  it('gives the same report with and without the triage worker thread', () => {
    const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st' };
    const files: Record<string, string> = {
      'hsm/hsm.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' })]),
    };
    for (let i = 0; i < 900; i++) files[`app${i % 30}/t${i}.json`] = armTemplate([storage]);
    const { dir, cleanup } = tempTree(files);
    try {
      const runWith = (workers: string) =>
        spawnSync(process.execPath, [cli, '.', '--format', 'json-with-metadata'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, HSMLINT_WORKERS: workers, HSMLINT_DEBUG: '1' },
        });
      const alone = runWith('0');
      const withWorker = runWith('1');
      expect(alone.status).toBe(1);
      expect(alone.stderr).toContain('triage decided 901 walk-found files before reading, 0 of them');
      expect(withWorker.stderr).toContain('triage decided 901 walk-found files before reading');
      expect(withWorker.stdout).toBe(alone.stdout);
      expect(JSON.parse(alone.stdout).results).toHaveLength(1);
    } finally {
      cleanup();
    }
  });

  it('exits 2 on a usage error', () => {
    expect(run(['--fail-on', 'sometimes']).code).toBe(2);
  });
});
