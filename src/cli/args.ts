import { parseArgs } from 'node:util';
import type { FailOn } from '../engine/exit-policy.js';
import type { SeveritySetting } from '../model/finding.js';
import { LIVE_OPTION_NAMES, parseLiveSettings, type LiveSettings } from '../live-options.js';
import { FORMAT_NAMES, type FormatName } from '../report/index.js';
import { parseShard, SHARD_SYNTAX, type Shard } from '../engine/shard.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  /** `scan` (the default) or `merge` (`hsmlint merge <results...>`). */
  command: 'scan' | 'merge';
  /** For a scan, the paths; for `merge`, the result files (or folders of them). */
  paths: string[];
  /** Scan only this shard of the sweep (`--shard i/n`). */
  shard?: Shard;
  format: FormatName;
  output?: string;
  config?: string;
  rules: string[];
  parameters: string[];
  baseline?: string;
  writeBaseline: boolean;
  pruneBaseline: boolean;
  maxWarnings: number;
  failOn: FailOn;
  unresolved?: SeveritySetting;
  explainGaps: boolean;
  quiet: boolean;
  color?: boolean;
  /** Live scan: the settings, when --live is given. */
  live?: LiveSettings;
  /** Whether paths were given (a live scan alone scans no files). */
  pathsGiven: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: hsmlint [paths...] [options]
       hsmlint merge <results...> [--format <name>] [--output <file>] [--fail-on <level>] ...

Checks Azure Managed HSM deployments against "Secure your Azure Managed HSM deployment".
Paths are files or folders (default: the current folder); folders are walked honouring .gitignore.

Options:
  -f, --format <name>       stylish (default), json, sarif, markdown or json-with-metadata (the whole
                            result, which hsmlint merge reads)
  -o, --output <file>       write the report to a file instead of standard output
  -c, --config <file>       configuration file (default: hsmlint.config.yaml|yml|json, searched upward)
      --rule <setting>      override a rule, e.g. 'purge-protection: warn' or
                            'soft-delete-retention: [error, {minDays: 30}]' (repeatable)
      --parameters <file>   an ARM parameters file applied to every template scanned (repeatable;
                            later files win over earlier ones and over parameters files beside templates)
      --baseline <file>     accept the findings counted in this baseline file; only the others fail
      --write-baseline      write every current finding into the --baseline file (default
                            hsmlint-baseline.json)
      --prune-baseline      remove fixed findings from the --baseline file
      --fail-on <level>     error (default), warn, info or never: the lowest severity that fails the run
      --max-warnings <n>    fail when there are more than n warnings
      --unresolved <level>  off, info (default), warn or error for checks that could not be decided
      --explain-gaps        report checks that a surface cannot express
      --shard <i/n>         scan only shard i of n (1-based): each deployment with every file it reads
                            lands in exactly one shard; write shards with --format json-with-metadata
                            (or sarif) and combine them with hsmlint merge
      --live                also read the deployed Managed HSMs through Azure (see "Live scans" in the
                            README) and report drift between them and the templates scanned with them
      --auth <mode>         default (DefaultAzureCredential), azure-cli, oidc or token
      --subscriptions <ids> subscription ids, comma-separated (default: every one the identity can list)
      --resource-groups <names>, --hsm-names <names>
                            only these resource groups / HSMs
      --cloud <name>        AzureCloud (default), AzureChinaCloud or AzureUSGovernment
      --arm-endpoint <url>, --hsm-dns-suffix <suffix>, --graph-endpoint <url>, --authority-host <url>
                            custom endpoints (sovereign clouds, test servers)
      --data-plane          also read keys, local role assignments and settings from each HSM
      --concurrency <n>     requests in flight at once (default 8)
      --client-id <id>, --tenant-id <id>
                            for --auth oidc
      --quiet               show errors only (the exit code still follows --fail-on and --max-warnings)
      --color, --no-color   force colour on or off (default: on when writing to a terminal)
  -v, --version             print the version
  -h, --help                print this help

hsmlint merge <results...> combines the results of the shards of one sweep (json-with-metadata files, or
SARIF files for SARIF output; folders are searched for *.json and *.sarif) into the report the unsharded
sweep gives. It takes --format, --output, --fail-on, --max-warnings, --quiet, --color, --baseline,
--write-baseline and --prune-baseline; the shards must be all shards of one sweep.

Exit codes: 0 no failing findings, 1 findings fail the run, 2 usage, configuration or internal error.`;

const FAIL_ON = new Set(['error', 'warn', 'info', 'never']);
const LEVELS = new Set(['off', 'info', 'warn', 'error']);

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        parameters: { type: 'string', multiple: true },
        baseline: { type: 'string' },
        'write-baseline': { type: 'boolean' },
        'prune-baseline': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'fail-on': { type: 'string' },
        unresolved: { type: 'string' },
        'explain-gaps': { type: 'boolean' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        live: { type: 'boolean' },
        auth: { type: 'string' },
        subscriptions: { type: 'string', multiple: true },
        'resource-groups': { type: 'string', multiple: true },
        'hsm-names': { type: 'string', multiple: true },
        cloud: { type: 'string' },
        'arm-endpoint': { type: 'string' },
        'hsm-dns-suffix': { type: 'string' },
        'graph-endpoint': { type: 'string' },
        'authority-host': { type: 'string' },
        'data-plane': { type: 'boolean' },
        concurrency: { type: 'string' },
        'client-id': { type: 'string' },
        'tenant-id': { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got '${v.format}').`);
  }
  const failOn = (v['fail-on'] ?? 'error') as FailOn;
  if (!FAIL_ON.has(failOn))
    throw new UsageError(`--fail-on must be error, warn, info or never (got '${failOn}').`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) {
      throw new UsageError(`--max-warnings must be a whole number (got '${v['max-warnings']}').`);
    }
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.unresolved !== undefined && !LEVELS.has(v.unresolved)) {
    throw new UsageError(`--unresolved must be off, info, warn or error (got '${v.unresolved}').`);
  }
  const command = parsed.positionals[0] === 'merge' ? 'merge' : 'scan';
  const positionals = command === 'merge' ? parsed.positionals.slice(1) : parsed.positionals;
  let shard: Shard | undefined;
  if (v.shard !== undefined) {
    shard = parseShard(v.shard);
    if (!shard) throw new UsageError(`--shard must be ${SHARD_SYNTAX} (got '${v.shard}').`);
    if (v.live) throw new UsageError('--shard cannot be combined with --live: live scans are not sharded.');
    if (v['write-baseline'] || v['prune-baseline']) {
      throw new UsageError(
        '--shard cannot be combined with --write-baseline or --prune-baseline: a shard sees only part of the findings (run them on hsmlint merge).',
      );
    }
  }
  if (command === 'merge') {
    const scanOnly = [
      'config',
      'rule',
      'parameters',
      'unresolved',
      'explain-gaps',
      'live',
      'shard',
      ...LIVE_OPTION_NAMES,
    ].filter((name) => (v as Record<string, unknown>)[name] !== undefined);
    if (scanOnly.length > 0)
      throw new UsageError(
        `--${scanOnly[0]} does not apply to hsmlint merge, which reads results and scans nothing.`,
      );
    if (positionals.length === 0 && !v.help)
      throw new UsageError(
        'hsmlint merge needs the result files of the shards (hsmlint merge <results...>).',
      );
  }
  let live: LiveSettings | undefined;
  if (v.live) {
    try {
      live = parseLiveSettings(
        (name) => {
          const value = (v as Record<string, unknown>)[name];
          if (Array.isArray(value)) return value.join(',');
          if (typeof value === 'boolean') return String(value);
          return value as string | undefined;
        },
        (name) => `--${name}`,
      );
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return {
    command,
    shard,
    live,
    pathsGiven: positionals.length > 0,
    paths: positionals.length || command === 'merge' ? positionals : v.live ? [] : ['.'],
    format,
    output: v.output,
    config: v.config,
    rules: v.rule ?? [],
    parameters: v.parameters ?? [],
    baseline:
      v.baseline ?? (v['write-baseline'] || v['prune-baseline'] ? 'hsmlint-baseline.json' : undefined),
    writeBaseline: v['write-baseline'] ?? false,
    pruneBaseline: v['prune-baseline'] ?? false,
    maxWarnings,
    failOn,
    unresolved: v.unresolved as SeveritySetting | undefined,
    explainGaps: v['explain-gaps'] ?? false,
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : v.color,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
