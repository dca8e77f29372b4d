import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  diagnosticSettingFixture,
  FAKE_SUBSCRIPTION_ID,
  hsmFixture,
  hsmResourceId,
} from '../fakes/azure/fixtures.js';
import { DATA_PLANE_DOMAIN, startFakeAzure, type FakeAzure } from '../fakes/azure/server.js';
import { getTestTls } from '../fakes/azure/tls.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { runAction } from './action-harness.js';

const root = join(import.meta.dirname, '..', '..');
const resolver = join(root, '__tests__', 'fakes', 'azure', 'localhost-resolver.mjs');
const OPEN = hsmResourceId('hsm-open', FAKE_SUBSCRIPTION_ID, 'rg-hsm-prod');

let fake: FakeAzure;
let liveEnv: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeAzure({
    subscriptions: {
      [FAKE_SUBSCRIPTION_ID]: {
        managedHsms: [
          hsmFixture('hsm-open', {
            properties: {
              publicNetworkAccess: 'Enabled',
              networkAcls: { bypass: 'None', defaultAction: 'Allow' },
            },
          }),
          hsmFixture('hsm-good', {
            identity: {
              type: 'UserAssigned',
              userAssignedIdentities: {
                '/subscriptions/5d7a1c3e-8f42-4b96-a0e1-2c9b6f4d8e17/resourceGroups/rg-hsm-prod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/hsm-backup':
                  {},
              },
            },
          }),
        ],
      },
    },
    diagnosticSettings: {
      [hsmResourceId('hsm-good', FAKE_SUBSCRIPTION_ID, 'rg-hsm-prod')]: [
        diagnosticSettingFixture(hsmResourceId('hsm-good', FAKE_SUBSCRIPTION_ID, 'rg-hsm-prod'), 'audit'),
      ],
    },
  });
  liveEnv = {
    NODE_EXTRA_CA_CERTS: getTestTls().caFile,
    NODE_OPTIONS: `--import=${resolver}`,
    NO_PROXY: '127.0.0.1,localhost,.localhost',
    AZURE_ACCESS_TOKEN: 'arm-token',
  };
});
afterAll(async () => {
  await fake.close();
});

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...liveEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const liveFlags = () => [
  '--live',
  '--auth',
  'token',
  '--subscriptions',
  FAKE_SUBSCRIPTION_ID,
  '--arm-endpoint',
  fake.armUrl,
  '--graph-endpoint',
  fake.graphUrl,
  '--hsm-dns-suffix',
  DATA_PLANE_DOMAIN,
];

describe('live scans with the committed bundles against a local Azure fake (HTTPS, test CA)', () => {
  it('the CLI reports findings on deployed HSMs by resource id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-live-'));
    try {
      const run = await cli([...liveFlags(), '--format', 'json'], dir);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string; surface: string }>;
      }>;
      const open = report.find((r) => r.filePath === OPEN);
      expect(open?.messages.map((m) => m.ruleId)).toEqual(
        expect.arrayContaining(['public-network-access', 'network-default-deny', 'diagnostic-logs']),
      );
      expect(open?.messages.every((m) => m.surface === 'live')).toBe(true);
      // The compliant HSM: nothing at warn or error (its administrators can only be checked with Graph).
      const good = report.find((r) => r.filePath.endsWith('/hsm-good')) as
        { messages: Array<{ ruleId: string; severity: number }> } | undefined;
      expect(good?.messages.filter((m) => m.severity > 0) ?? []).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI reports drift between a template and the deployed HSM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-live-'));
    try {
      writeFileSync(join(dir, 'hsm.json'), armTemplate([hsm(COMPLIANT_PROPERTIES, { name: 'hsm-open' })]));
      const run = await cli(['hsm.json', ...liveFlags(), '--format', 'json'], dir);
      const report = JSON.parse(run.stdout) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string; message: string; line: number }>;
      }>;
      const drift =
        report
          .find((r) => r.filePath === join(dir, 'hsm.json'))
          ?.messages.filter((m) => m.ruleId === 'drift') ?? [];
      expect(drift.map((m) => m.message)).toEqual([
        `Managed HSM 'hsm-open': properties.publicNetworkAccess is declared Disabled here but deployed as Enabled (${OPEN}).`,
        `Managed HSM 'hsm-open': properties.networkAcls.bypass is declared AzureServices here but deployed as None (${OPEN}).`,
        `Managed HSM 'hsm-open': properties.networkAcls.defaultAction is declared Deny here but deployed as Allow (${OPEN}).`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Action sweeps the live HSMs with auth token and writes the findings to the summary', async () => {
    const run = await runAction({
      files: {},
      apiUrl: 'http://127.0.0.1:9',
      event: { name: 'schedule' },
      env: liveEnv,
      inputs: {
        live: 'true',
        auth: 'token',
        subscriptions: FAKE_SUBSCRIPTION_ID,
        'arm-endpoint': fake.armUrl,
        'graph-endpoint': fake.graphUrl,
        'hsm-dns-suffix': DATA_PLANE_DOMAIN,
        'tracking-issue': 'false',
        'sarif-file': 'hsmlint.sarif',
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('hsmlint: read 2 Managed HSMs in 1 subscriptions.');
    expect(run.summary).toContain(`https://portal.azure.com/#@/resource${OPEN}`);
    // The token is registered for masking, and appears nowhere else.
    expect(run.stdout).toContain('::add-mask::arm-token');
    expect(
      run.stdout.split('\n').filter((l) => l.includes('arm-token') && !l.startsWith('::add-mask::')),
    ).toEqual([]);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(2);
  });
});
