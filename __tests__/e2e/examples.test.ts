import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { registry, RULES } from '../../rules/index.js';
import { loadConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');

function scanExamples(path: string) {
  const config = loadConfig(registry, { startDir: examples });
  return scan({ paths: [path], cwd: root, config, registry, now: new Date('2026-06-01T00:00:00Z') });
}

describe('the bundled examples (strict preset, examples/hsmlint.config.yaml)', () => {
  it('the compliant ARM deployment has no unsuppressed finding, and every suppression has a reason', () => {
    const result = scanExamples('examples/arm/compliant');
    expect(result.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(result.findings.filter((f) => f.suppressed).every((f) => f.suppressed!.reason.length > 20)).toBe(
      true,
    );
  });

  it('the non-compliant ARM deployments trigger every rule that applies to ARM', () => {
    const result = scanExamples('examples/arm/noncompliant');
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const armRules = RULES.filter((rule) => rule.meta.surfaces.includes('arm')).map((rule) => rule.meta.id);
    expect(armRules.filter((id) => !fired.has(id))).toEqual([]);
    expect(
      result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error'),
    ).toEqual([]);
  });
});
