import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

const inputs: Record<string, string> = {};
const summaryText: string[] = [];
const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
};
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  setSecret: jest.fn(),
  info: jest.fn(),
  error: jest.fn(),
  warning: jest.fn(),
  notice: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
  summary,
};
jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

afterEach(() => {
  jest.clearAllMocks();
  for (const key of Object.keys(inputs)) delete inputs[key];
  delete process.env.GITHUB_WORKSPACE;
  delete process.env.GITHUB_STEP_SUMMARY;
  summaryText.length = 0;
});

describe('the Action run()', () => {
  it('annotates findings with file and position, sets outputs and fails by fail-on', async () => {
    const { dir, cleanup } = tempTree({
      'infra/hsm.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]),
    });
    try {
      process.env.GITHUB_WORKSPACE = dir;
      inputs.paths = 'infra';
      await run();
      expect(core.error).toHaveBeenCalledWith(
        expect.stringContaining('purge protection disabled'),
        expect.objectContaining({ title: 'purge-protection', file: 'infra/hsm.json', startLine: 19 }),
      );
      const annotations =
        core.error.mock.calls.length + core.warning.mock.calls.length + core.notice.mock.calls.length;
      expect(core.setOutput).toHaveBeenCalledWith('findings', annotations);
      expect(core.setOutput).toHaveBeenCalledWith('errors', 1);
      expect(core.setOutput).toHaveBeenCalledWith('warnings', core.warning.mock.calls.length);
      expect(core.setOutput).toHaveBeenCalledWith('conclusion', 'failure');
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining("1 finding at or above 'error'"));
      expect(core.setOutput).toHaveBeenCalledWith('new-findings', annotations);
    } finally {
      cleanup();
    }
  });

  it('passes when nothing reaches fail-on', async () => {
    const { dir, cleanup } = tempTree({
      'hsm.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]),
    });
    try {
      process.env.GITHUB_WORKSPACE = dir;
      inputs['fail-on'] = 'never';
      await run();
      expect(core.setOutput).toHaveBeenCalledWith('conclusion', 'success');
      expect(core.setFailed).not.toHaveBeenCalled();
    } finally {
      cleanup();
    }
  });

  it('fails the step with the message of a configuration error', async () => {
    const { dir, cleanup } = tempTree({ 'hsmlint.config.yaml': 'rules:\n  nope: warn\n' });
    try {
      process.env.GITHUB_WORKSPACE = dir;
      await run();
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining("rules.nope: unknown rule 'nope'"));
    } finally {
      cleanup();
    }
  });
});

describe('the Action run() in a sweep', () => {
  it('writes the job summary and a SARIF file, and rejects bad inputs by name', async () => {
    const { dir, cleanup } = tempTree({
      'hsm.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]),
    });
    try {
      process.env.GITHUB_WORKSPACE = dir;
      process.env.GITHUB_STEP_SUMMARY = `${dir}/summary.md`;
      inputs['sarif-file'] = 'out/hsmlint.sarif';
      inputs['tracking-issue'] = 'false';
      await run();
      expect(summaryText.join('')).toContain('purge-protection');
      expect(core.setOutput).toHaveBeenCalledWith('sarif-file', 'out/hsmlint.sarif');
      const { readFileSync } = await import('node:fs');
      const sarif = JSON.parse(readFileSync(`${dir}/out/hsmlint.sarif`, 'utf8')) as {
        runs: Array<{ automationDetails: { id: string } }>;
      };
      expect(sarif.runs[0].automationDetails.id).toBe('hsmlint/workflow/job/');

      jest.clearAllMocks();
      inputs['fail-on'] = 'sometimes';
      await run();
      expect(core.setFailed).toHaveBeenCalledWith(
        "Input 'fail-on' must be one of error, warn, info, never (got 'sometimes').",
      );
    } finally {
      cleanup();
    }
  });
});
