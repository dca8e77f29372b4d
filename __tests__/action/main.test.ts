import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

const inputs: Record<string, string> = {};
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  getMultilineInput: jest.fn((name: string) => (inputs[name] ?? '').split('\n').filter(Boolean)),
  error: jest.fn(),
  warning: jest.fn(),
  notice: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
};
jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

afterEach(() => {
  jest.clearAllMocks();
  for (const key of Object.keys(inputs)) delete inputs[key];
  delete process.env.GITHUB_WORKSPACE;
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
