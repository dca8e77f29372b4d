import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { registry } from '../../rules/index.js';
import { defineRule, type AnyRule, type RuleRegistry } from '../../src/engine/rule.js';
import {
  ConfigError,
  findConfigFile,
  loadConfig,
  readConfigFile,
  resolveConfig,
} from '../../src/engine/config.js';
import { tempTree } from '../helpers.js';

const resolve = (data: unknown, rules?: string[]) =>
  resolveConfig(data, registry, {
    baseDir: '/repo',
    file: '/repo/hsmlint.config.yaml',
    overrides: { rules },
  });

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('starts from the recommended preset', () => {
    const config = resolve({});
    expect(config.rules.get('purge-protection')).toEqual({ severity: 'error', options: [] });
    expect(config.unresolved).toBe('info');
  });

  it('applies per-rule severities and turns rules off', () => {
    const config = resolve({
      extends: 'strict',
      rules: { 'purge-protection': 'warn', 'public-network-access': 'off' },
    });
    expect(config.rules.get('purge-protection')?.severity).toBe('warn');
    expect(config.rules.has('public-network-access')).toBe(false);
  });

  it('lets --rule overrides win over the file', () => {
    const config = resolve({ rules: { 'purge-protection': 'warn' } }, ['purge-protection: info']);
    expect(config.rules.get('purge-protection')?.severity).toBe('info');
  });

  it('names the key path of an unknown rule, with a suggestion', () => {
    const error = configError(() => resolve({ rules: { 'purge-protect': 'error' } }));
    expect(error.message).toContain('rules.purge-protect: unknown rule');
    expect(error.message).toContain("Did you mean 'purge-protection'?");
    expect(error.keyPath).toBe('rules.purge-protect');
  });

  it('names the key path of a bad severity', () => {
    expect(configError(() => resolve({ rules: { 'purge-protection': 'fatal' } })).keyPath).toBe(
      'rules.purge-protection',
    );
    expect(configError(() => resolve({ rules: { 'purge-protection': ['high'] } })).keyPath).toBe(
      'rules.purge-protection[0]',
    );
  });

  it('rejects options a rule does not take, naming the position', () => {
    const error = configError(() => resolve({ rules: { 'purge-protection': ['error', { x: 1 }] } }));
    expect(error.keyPath).toBe('rules.purge-protection[1]');
    expect(error.message).toMatch(/too many options/);
  });

  it('rejects unknown top-level keys and wrong types with their path', () => {
    expect(configError(() => resolve({ rulez: {} })).message).toMatch(/unknown property 'rulez'/);
    expect(configError(() => resolve({ extends: 'lenient' })).keyPath).toBe('extends');
    expect(configError(() => resolve({ ignore: [3] })).keyPath).toBe('ignore[0]');
    expect(configError(() => resolve({ unresolved: 'loud' })).message).toContain('unresolved must be one of');
  });

  it('maps Bicep registry modules to local files relative to the configuration', () => {
    expect(resolve({ modules: { 'br/public:avm/hsm:1.0': 'vendor/hsm.bicep' } }).modules).toEqual({
      'br/public:avm/hsm:1.0': '/repo/vendor/hsm.bicep',
    });
    expect(resolve({}).modules).toEqual({});
    expect(configError(() => resolve({ modules: { 'br:x': 3 } })).message).toMatch(/modules\["br:x"\]/);
  });

  it('rejects a malformed --rule', () => {
    expect(configError(() => resolve({}, ['purge-protection'])).message).toMatch(/Invalid --rule/);
    expect(configError(() => resolve({}, ['nope: warn'])).keyPath).toBe('--rule nope');
  });
});

describe('configuration files', () => {
  it('are found from the scanned folder upward', () => {
    const { dir, cleanup } = tempTree({
      'hsmlint.config.yml': 'unresolved: warn\n',
      'infra/deep/x.json': '{}',
    });
    try {
      expect(findConfigFile(join(dir, 'infra/deep'))).toBe(join(dir, 'hsmlint.config.yml'));
      const config = loadConfig(registry, { startDir: join(dir, 'infra/deep') });
      expect(config.unresolved).toBe('warn');
      expect(config.baseDir).toBe(dir);
    } finally {
      cleanup();
    }
  });

  it('read JSON as well as YAML', () => {
    const { dir, cleanup } = tempTree({ 'hsmlint.config.json': '{"rules": {"purge-protection": "warn"}}' });
    try {
      expect(loadConfig(registry, { startDir: dir }).rules.get('purge-protection')?.severity).toBe('warn');
    } finally {
      cleanup();
    }
  });

  it('bound YAML aliases so an alias bomb fails fast', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { dir, cleanup } = tempTree({ 'hsmlint.config.yaml': lines.join('\n') });
    try {
      const started = Date.now();
      expect(() => readConfigFile(join(dir, 'hsmlint.config.yaml'))).toThrow(ConfigError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      cleanup();
    }
  });

  it('report unparseable files and a missing --config', () => {
    const { dir, cleanup } = tempTree({ 'hsmlint.config.yaml': 'rules: [unclosed' });
    try {
      expect(() => loadConfig(registry, { startDir: dir })).toThrow(/Cannot parse configuration file/);
      expect(() => loadConfig(registry, { startDir: dir, configFile: join(dir, 'nope.yaml') })).toThrow(
        /not found/,
      );
    } finally {
      cleanup();
    }
  });
});

describe('rule options', () => {
  const withOptions = defineRule<'m', [{ minDays: number; mode: string }]>({
    meta: {
      id: 'with-options',
      type: 'problem',
      docs: { description: 'd', recommendation: 'data-protection/x' },
      surfaces: ['arm'],
      messages: { m: 'm' },
      schema: [
        {
          type: 'object',
          properties: { minDays: { type: 'integer', minimum: 7, maximum: 90 }, mode: { enum: ['a', 'b'] } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ minDays: 7, mode: 'a' }],
    },
    create: () => ({}),
  });
  const testRegistry: RuleRegistry = {
    rules: new Map([['with-options', withOptions as AnyRule]]),
    presets: { recommended: { 'with-options': 'warn' }, strict: { 'with-options': 'error' } },
  };
  const run = (setting: unknown) =>
    resolveConfig({ rules: { 'with-options': setting } }, testRegistry, { baseDir: '/', file: 'c.yaml' });

  it('merges given options over the defaults', () => {
    expect(run(['error', { minDays: 30 }]).rules.get('with-options')).toEqual({
      severity: 'error',
      options: [{ minDays: 30, mode: 'a' }],
    });
  });

  it('names the option key path and the bound that failed', () => {
    const error = configError(() => run(['warn', { minDays: 3 }]));
    expect(error.keyPath).toBe('rules.with-options[1].minDays');
    expect(error.message).toBe(
      "Configuration error in c.yaml: rules.with-options[1].minDays must be >= 7 (rule 'with-options').",
    );
    expect(configError(() => run(['warn', { mode: 'c' }])).message).toContain('must be one of "a", "b"');
    expect(configError(() => run(['warn', { extra: 1 }])).message).toContain("unknown property 'extra'");
  });
});
