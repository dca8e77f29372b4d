import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error', () => {
    expect(run(['--fail-on', 'sometimes']).code).toBe(2);
  });
});
