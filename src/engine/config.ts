import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { ajvLibrary, yamlLibrary } from '../model/libraries.js';
import type { Severity, SeveritySetting } from '../model/finding.js';
import { BASE_CONFIG_SCHEMA } from './config-schema.js';
import { describeAjvError, mergeOptions, validateOptions } from './options.js';
import type { RuleRegistry, RuleSetting } from './rule.js';

export const CONFIG_FILE_NAMES = ['hsmlint.config.yaml', 'hsmlint.config.yml', 'hsmlint.config.json'];

/** A configuration problem; the CLI exits 2 with this message. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly keyPath?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The configuration as written (after YAML/JSON parsing). */
export interface ConfigFile {
  extends?: 'recommended' | 'strict';
  unresolved?: SeveritySetting;
  explainGaps?: boolean;
  rules?: Record<string, unknown>;
  ignore?: string[];
  parameters?: Record<string, Record<string, unknown>>;
  /** Bicep registry and template spec references mapped to local files (relative to the configuration). */
  modules?: Record<string, string>;
}

export interface ActiveRule {
  severity: Severity;
  options: unknown[];
}

export interface ParameterSet {
  glob: string;
  values: Record<string, unknown>;
}

/** The configuration ready for a scan. */
export interface ResolvedConfig {
  /** The file it came from, when there is one. */
  file?: string;
  /** Folder the globs in `ignore` and `parameters` are relative to. */
  baseDir: string;
  rules: Map<string, ActiveRule>;
  unresolved: SeveritySetting;
  explainGaps: boolean;
  ignore: string[];
  parameters: ParameterSet[];
  /**
   * Bicep module references (`br/public:…`, `br:…`, `ts:…`) mapped to local files, as absolute paths, so
   * that the modules they deploy are checked.
   */
  modules: Record<string, string>;
}

export interface ConfigOverrides {
  /** `--rule` values, each a YAML mapping `id: severity` or `id: [severity, options]`. */
  rules?: string[];
  unresolved?: SeveritySetting;
  explainGaps?: boolean;
}

/** Finds the configuration file from `startDir` upward. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const MAX_YAML_ALIASES = 50;

/** Reads and parses a configuration file; YAML anchors are bounded so aliases cannot explode. */
export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read configuration file ${file}: ${(error as Error).message}`);
  }
  return parseConfigText(text, file);
}

/** Parses configuration text (YAML, or JSON for `.json` names), e.g. a version read from git. */
export function parseConfigText(text: string, file: string): ConfigFile {
  let data: unknown;
  try {
    data = file.endsWith('.json')
      ? JSON.parse(text)
      : yamlLibrary().parse(text, { maxAliasCount: MAX_YAML_ALIASES, prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigError(`Cannot parse configuration file ${file}: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return {};
  return data as ConfigFile;
}

let baseValidator: ValidateFunction | undefined;

/** Compiled on first use: a scan without configuration never pays for it. */
function validateBase(data: unknown): ValidateFunction {
  baseValidator ??= new (ajvLibrary().Ajv)({ allErrors: false, strict: false }).compile(BASE_CONFIG_SCHEMA);
  baseValidator(data);
  return baseValidator;
}

/** Validates a parsed configuration and combines it with the preset, overrides and rule defaults. */
export function resolveConfig(
  data: unknown,
  registry: RuleRegistry,
  options: { file?: string; baseDir: string; overrides?: ConfigOverrides },
): ResolvedConfig {
  const where = options.file ? ` in ${options.file}` : '';
  const isEmpty = typeof data === 'object' && data !== null && Object.keys(data).length === 0;
  const validator = isEmpty ? undefined : validateBase(data);
  if (validator?.errors) {
    const error = validator.errors[0];
    const keyPath = pointerToKeyPath(error.instancePath);
    const subject = error.keyword === 'additionalProperties' && !keyPath ? 'The configuration' : keyPath;
    throw new ConfigError(
      `Configuration error${where}: ${subject || 'the configuration'} ${describeAjvError(error)}.`,
      keyPath,
    );
  }
  const config = data as ConfigFile;
  const preset = registry.presets[config.extends ?? 'recommended'];
  const settings = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(preset)) settings.set(id, setting);

  const apply = (source: Record<string, unknown>, prefix: string, origin: string) => {
    for (const [id, raw] of Object.entries(source)) {
      const keyPath = `${prefix}${id}`;
      const rule = registry.rules.get(id);
      if (!rule) {
        const hint = suggest(id, [...registry.rules.keys()]);
        throw new ConfigError(
          `Configuration error${origin}: ${keyPath}: unknown rule '${id}'.${hint ? ` Did you mean '${hint}'?` : ''}`,
          keyPath,
        );
      }
      settings.set(id, checkSetting(rule.meta.id, raw, keyPath, origin, registry));
    }
  };
  if (config.rules) apply(config.rules, 'rules.', where);
  for (const text of options.overrides?.rules ?? []) apply(parseRuleFlag(text), '--rule ', '');

  const rules = new Map<string, ActiveRule>();
  for (const [id, setting] of settings) {
    const [severity, ...given] = Array.isArray(setting) ? setting : [setting];
    if (severity === 'off') continue;
    const rule = registry.rules.get(id)!;
    rules.set(id, { severity, options: mergeOptions(rule.meta.defaultOptions, given) });
  }
  return {
    file: options.file,
    baseDir: options.baseDir,
    rules,
    unresolved: options.overrides?.unresolved ?? config.unresolved ?? 'info',
    explainGaps: options.overrides?.explainGaps ?? config.explainGaps ?? false,
    ignore: config.ignore ?? [],
    parameters: Object.entries(config.parameters ?? {}).map(([glob, values]) => ({ glob, values })),
    modules: Object.fromEntries(
      Object.entries(config.modules ?? {}).map(([reference, file]) => [
        reference,
        resolve(options.baseDir, file),
      ]),
    ),
  };
}

const SEVERITIES = new Set(['off', 'info', 'warn', 'error']);

function checkSetting(
  id: string,
  raw: unknown,
  keyPath: string,
  origin: string,
  registry: RuleRegistry,
): RuleSetting {
  const [severity, ...options] = Array.isArray(raw) ? raw : [raw];
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
    const at = Array.isArray(raw) ? `${keyPath}[0]` : keyPath;
    throw new ConfigError(
      `Configuration error${origin}: ${at}: severity must be one of "off", "info", "warn", "error" (got ${JSON.stringify(severity)}).`,
      at,
    );
  }
  const rule = registry.rules.get(id)!;
  const problem = validateOptions(rule, options);
  if (problem) {
    // Options sit after the severity, so shift the index by one to match what the user wrote.
    const path = problem.path.replace(/^\[(\d+)\]/, (_, n: string) => `[${Number(n) + 1}]`);
    const at = `${keyPath}${path || '[1]'}`;
    throw new ConfigError(`Configuration error${origin}: ${at} ${problem.message} (rule '${id}').`, at);
  }
  return [severity as SeveritySetting, ...options];
}

/** `--rule 'id: warn'` or `--rule 'id: [warn, {minDays: 30}]'`. */
export function parseRuleFlag(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = yamlLibrary().parse(text, { maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new ConfigError(`Invalid --rule '${text}': ${(error as Error).message}`, '--rule');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`Invalid --rule '${text}': expected 'rule-id: severity'.`, '--rule');
  }
  return parsed as Record<string, unknown>;
}

function pointerToKeyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s, i) =>
      /^\d+$/.test(s) ? `[${s}]` : /^[\w-]+$/.test(s) ? `${i ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`,
    )
    .join('');
}

/** The closest known id by edit distance, for "did you mean". */
function suggest(id: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** Loads the configuration for a scan: an explicit file, or the nearest one above `startDir`. */
export function loadConfig(
  registry: RuleRegistry,
  options: { configFile?: string; startDir: string; overrides?: ConfigOverrides },
): ResolvedConfig {
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.startDir);
  if (options.configFile && !existsSync(file!))
    throw new ConfigError(`Configuration file not found: ${options.configFile}`);
  const data = file ? readConfigFile(file) : {};
  return resolveConfig(data, registry, {
    file,
    baseDir: file ? dirname(file) : resolve(options.startDir),
    overrides: options.overrides,
  });
}
