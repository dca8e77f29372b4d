import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding, SeveritySetting } from '../model/finding.js';
import { ENGINE_FINDINGS } from '../model/finding.js';
import { scanAsync } from '../scan.js';
import { resolveConfig } from './config.js';
import type { AnyRule, RuleRegistry } from './rule.js';

export interface ExpectedFinding {
  /** A message id of the rule, or 'unresolved' for a could-not-verify finding of the rule. */
  messageId: string;
  line?: number;
  column?: number;
  /** File the finding is in, when the case has several. */
  file?: string;
  /** Text the message must contain. */
  message?: string;
  /** Whether the finding must be marked conditional (true) or not (false). */
  conditional?: boolean;
  /** The parameter whose default the judged value came from. */
  parameter?: string;
}

export interface RuleTestCase {
  name: string;
  /** Files by relative path; the extension decides the surface. */
  files: Record<string, string>;
  /** Options after the severity, as in configuration. */
  options?: unknown[];
  /** Level for unresolved findings (default info, so they are counted). */
  unresolved?: SeveritySetting;
  /** Paths to scan (default: every file). */
  paths?: string[];
  now?: Date;
  /** Extra configuration, e.g. `parameters`. */
  config?: Record<string, unknown>;
}

export interface InvalidRuleTestCase extends RuleTestCase {
  errors: ExpectedFinding[];
}

type Hook = (name: string, fn: () => void | Promise<void>) => void;

interface TestFramework {
  describe: Hook;
  it: Hook;
  afterAll: (fn: () => void) => void;
}

function framework(): TestFramework {
  const g = globalThis as unknown as Partial<TestFramework>;
  if (!g.describe || !g.it || !g.afterAll)
    throw new Error('RuleTester needs a test framework with describe/it/afterAll.');
  return g as TestFramework;
}

/**
 * ESLint-style rule tester: each case is a small deployment; valid cases must produce no finding of
 * the rule, invalid cases exactly the listed ones. Every message id must be exercised by some case.
 */
export class RuleTester {
  constructor(private readonly registry: RuleRegistry) {}

  run(rule: AnyRule, cases: { valid: RuleTestCase[]; invalid: InvalidRuleTestCase[] }): void {
    const { describe, it, afterAll } = framework();
    const exercised = new Set<string>();
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, async () => {
            const findings = await this.findingsFor(rule, c);
            if (findings.length > 0) {
              throw new Error(`Expected no findings, got:\n${findings.map(render).join('\n')}`);
            }
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, async () => {
            if (c.errors.length === 0) throw new Error('An invalid case must expect at least one finding.');
            const findings = await this.findingsFor(rule, c);
            const problems = compare(findings, c.errors);
            if (problems.length > 0) {
              throw new Error(
                `${problems.join('\n')}\nActual findings:\n${findings.map(render).join('\n') || '(none)'}`,
              );
            }
            for (const f of findings) exercised.add(f.messageId ?? f.ruleId);
          });
        }
      });
    });
    afterAll(() => {
      const unused = Object.keys(rule.meta.messages).filter((id) => !exercised.has(id));
      if (unused.length > 0 && cases.invalid.length > 0) {
        throw new Error(
          `Rule '${rule.meta.id}': message ids never exercised by an invalid case: ${unused.join(', ')}`,
        );
      }
    });
  }

  /** Scans the case's files with only this rule enabled and returns its findings. */
  async findingsFor(rule: AnyRule, c: RuleTestCase): Promise<Finding[]> {
    const dir = mkdtempSync(join(tmpdir(), 'hsmlint-rule-'));
    try {
      for (const [path, text] of Object.entries(c.files)) {
        const target = join(dir, path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
      // The rule under test need not be registered yet; every other rule is off.
      const registry: RuleRegistry = {
        rules: new Map([...this.registry.rules, [rule.meta.id, rule]]),
        presets: this.registry.presets,
      };
      const rules: Record<string, unknown> = {};
      for (const id of registry.rules.keys()) rules[id] = 'off';
      rules[rule.meta.id] = ['error', ...(c.options ?? [])];
      const config = resolveConfig({ ...c.config, rules, unresolved: c.unresolved ?? 'info' }, registry, {
        baseDir: dir,
      });
      const result = await scanAsync({
        paths: c.paths ?? Object.keys(c.files),
        cwd: dir,
        config,
        registry,
        now: c.now ?? new Date('2026-01-01T00:00:00Z'),
      });
      const parseErrors = result.findings.filter((f) => f.ruleId === ENGINE_FINDINGS.parseError);
      if (parseErrors.length > 0)
        throw new Error(`Test files do not parse:\n${parseErrors.map(render).join('\n')}`);
      return result.findings.filter(
        (f) => !f.suppressed && (f.ruleId === rule.meta.id || f.relatedRule === rule.meta.id),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function keyOf(f: Finding): string {
  return f.ruleId === ENGINE_FINDINGS.unresolved ? 'unresolved' : (f.messageId ?? f.ruleId);
}

function compare(actual: Finding[], expected: ExpectedFinding[]): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length)
    problems.push(`Expected ${expected.length} findings, got ${actual.length}.`);
  const remaining = [...actual];
  expected.forEach((e, i) => {
    const index = remaining.findIndex(
      (f) =>
        keyOf(f) === e.messageId &&
        (e.line === undefined || f.range.start.line === e.line) &&
        (e.column === undefined || f.range.start.column === e.column) &&
        (e.file === undefined || f.range.file === e.file) &&
        (e.message === undefined || f.message.includes(e.message)) &&
        (e.conditional === undefined || Boolean(f.conditional) === e.conditional) &&
        (e.parameter === undefined || f.parameter === e.parameter),
    );
    if (index < 0) problems.push(`Expected finding #${i + 1} not found: ${JSON.stringify(e)}`);
    else remaining.splice(index, 1);
  });
  return problems;
}

function render(f: Finding): string {
  return `  ${f.range.file}:${f.range.start.line}:${f.range.start.column} ${keyOf(f)} ${f.message}`;
}
