import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    now: new Date('2026-06-01T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

const bad = armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]);
const good = armTemplate([hsm(COMPLIANT_PROPERTIES)]);

describe('hsmlint command line', () => {
  it('exits 0 on a compliant template and 1 when findings fail the run', async () => {
    const { dir, cleanup } = tempTree({ 'good.json': good, 'bad/x.json': bad });
    try {
      expect((await cli(['good.json'], dir)).code).toBe(0);
      const result = await cli(['.'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('bad/x.json');
      expect(result.stdout).toContain('purge-protection');
      expect(result.stdout).not.toContain('\u001b['); // no colour when not a terminal
    } finally {
      cleanup();
    }
  });

  it('applies --fail-on, --max-warnings and --rule', async () => {
    const { dir, cleanup } = tempTree({ 'bad.json': bad });
    try {
      expect((await cli(['bad.json', '--rule', 'purge-protection: warn'], dir)).code).toBe(0);
      expect(
        (await cli(['bad.json', '--rule', 'purge-protection: warn', '--max-warnings', '0'], dir)).code,
      ).toBe(1);
      expect(
        (await cli(['bad.json', '--rule', 'purge-protection: warn', '--fail-on', 'warn'], dir)).code,
      ).toBe(1);
      expect((await cli(['bad.json', '--fail-on', 'never'], dir)).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('shows errors only with --quiet but keeps the exit policy', async () => {
    const { dir, cleanup } = tempTree({ 'bad.json': bad });
    try {
      const result = await cli(
        ['bad.json', '--rule', 'purge-protection: warn', '--quiet', '--max-warnings', '0'],
        dir,
      );
      expect(result.stdout).not.toContain('purge-protection');
      expect(result.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('writes the report to --output in the chosen --format', async () => {
    const { dir, cleanup } = tempTree({ 'bad.json': bad });
    try {
      const result = await cli(['bad.json', '--format', 'json', '--output', 'out/report.json'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string; line: number }>;
      }>;
      expect(report[0].filePath).toBe(join(dir, 'bad.json'));
      expect(report[0].messages.map((m) => m.ruleId)).toContain('purge-protection');
    } finally {
      cleanup();
    }
  });

  it('exits 2 naming the key path for configuration errors', async () => {
    const { dir, cleanup } = tempTree({
      'bad.json': bad,
      'hsmlint.config.yaml': 'rules:\n  purge-protection: loud\n',
    });
    try {
      const result = await cli(['bad.json'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('rules.purge-protection: severity must be one of');
      writeFileSync(join(dir, 'hsmlint.config.yaml'), 'rules:\n  no-such-rule: warn\n');
      expect((await cli(['bad.json'], dir)).stderr).toContain(
        "rules.no-such-rule: unknown rule 'no-such-rule'",
      );
      writeFileSync(join(dir, 'hsmlint.config.yaml'), 'rules:\n  purge-protection: [error, {minDays: 3}]\n');
      const option = await cli(['bad.json'], dir);
      expect(option.code).toBe(2);
      expect(option.stderr).toContain('rules.purge-protection[1]');
    } finally {
      cleanup();
    }
  });

  it('exits 2 on usage errors and missing paths', async () => {
    const { dir, cleanup } = tempTree({ 'bad.json': bad });
    try {
      expect(await cli(['--format', 'xml'], dir)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--format must be one of'),
      });
      expect(await cli(['--bogus'], dir)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining("Run 'hsmlint --help'"),
      });
      expect((await cli(['--max-warnings', 'many'], dir)).code).toBe(2);
      expect(await cli(['nope.json'], dir)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('no such file or folder: nope.json'),
      });
    } finally {
      cleanup();
    }
  });

  it('prints help and version', async () => {
    expect(await cli(['--help'], '/')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: hsmlint'),
    });
    expect((await cli(['--version'], '/')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('--parameters', () => {
  it('applies an ARM parameters file to the templates scanned', async () => {
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { access: { type: 'string', defaultValue: 'Disabled' } },
      resources: [hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[parameters('access')]" })],
    });
    const prod = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { access: { value: 'Enabled' } },
    });
    const { dir, cleanup } = tempTree({ 'hsm.json': template, 'env/prod.json': prod });
    try {
      const args = ['hsm.json', '--format', 'json', '--rule', 'public-network-access: error'];
      const plain = JSON.parse((await cli(args, dir)).stdout) as Array<{
        messages: Array<{ ruleId: string }>;
      }>;
      expect(plain[0].messages.map((m) => m.ruleId)).not.toContain('public-network-access');
      const withProd = JSON.parse(
        (await cli([...args, '--parameters', 'env/prod.json'], dir)).stdout,
      ) as typeof plain;
      expect(withProd[0].messages.map((m) => m.ruleId)).toContain('public-network-access');
    } finally {
      cleanup();
    }
  });

  it('applies configured parameter values to the templates their glob matches, later globs winning', async () => {
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { access: { type: 'string', defaultValue: 'Disabled' } },
      resources: [hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[parameters('access')]" })],
    });
    const { dir, cleanup } = tempTree({
      'prod/hsm.json': template,
      'prod/eu/hsm.json': template,
      'dev/hsm.json': template,
      'hsmlint.config.json': JSON.stringify({
        parameters: { 'prod/**': { access: 'Enabled' }, 'prod/eu/**': { access: 'Disabled' } },
      }),
    });
    try {
      const out = await cli(['.', '--format', 'json', '--rule', 'public-network-access: error'], dir);
      const results = JSON.parse(out.stdout) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string }>;
      }>;
      const flagged = results
        .filter((r) => r.messages.some((m) => m.ruleId === 'public-network-access'))
        .map((r) => r.filePath.slice(dir.length + 1));
      expect(flagged).toEqual(['prod/hsm.json']);
    } finally {
      cleanup();
    }
  });
});
