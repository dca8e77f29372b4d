import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { registry, RULES } from '../../rules/index.js';
import { loadConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');

function scanExamples(path: string) {
  const config = loadConfig(registry, { startDir: examples });
  return scan({ paths: [path], cwd: root, config, registry, now: new Date('2026-06-01T00:00:00Z') });
}

describe('the bundled examples (strict preset, examples/hsmlint.config.yaml)', () => {
  it('the compliant Terraform configuration has no finding at all', () => {
    const result = scanExamples('examples/terraform/compliant');
    expect(result.findings).toEqual([]);
    // Every file of the folder is read, and the folder is evaluated once with terraform.tfvars.
    expect(result.files.map((f) => f.file)).toEqual([
      'examples/terraform/compliant/access.tf',
      'examples/terraform/compliant/keys.tf',
      'examples/terraform/compliant/main.tf',
      'examples/terraform/compliant/monitoring.tf',
      'examples/terraform/compliant/network.tf',
    ]);
    expect(result.resourceCount).toBeGreaterThanOrEqual(15);
    expect(result.related['examples/terraform/compliant/access.tf']).toEqual([
      'examples/terraform/compliant/terraform.tfvars',
    ]);
  });

  it('the non-compliant Terraform configurations (local module, azapi, plan JSON) trigger every Terraform rule', () => {
    const result = scanExamples('examples/terraform');
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const terraformRules = RULES.filter((rule) => rule.meta.surfaces.includes('terraform')).map(
      (rule) => rule.meta.id,
    );
    expect(terraformRules.filter((id) => !fired.has(id))).toEqual([]);
    expect(
      result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error'),
    ).toEqual([]);
    // The module's HSM is judged in the module, values from the root's terraform.tfvars.
    const publicAccess = result.findings.find(
      (f) => f.ruleId === 'public-network-access' && f.range.file.endsWith('modules/hsm/main.tf'),
    )!;
    expect(publicAccess.message).toContain("'fabrikam-prod-hsm'");
    expect(publicAccess.message).toContain('module "hsm" at examples/terraform/noncompliant/main.tf');
    // The plan's findings point into plan.json, with the user behind a resolved object id named.
    const planAdmin = result.findings.find(
      (f) => f.ruleId === 'admin-groups' && f.range.file === 'examples/terraform/plan/plan.json',
    )!;
    expect(planAdmin.message).toContain('data.azuread_user.oncall.object_id');
  });

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

  it('the compliant Bicep deployment has no unsuppressed finding, and every suppression has a reason', () => {
    const result = scanExamples('examples/bicep/compliant');
    expect(result.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(result.findings.filter((f) => f.suppressed)).toHaveLength(3);
    expect(result.findings.filter((f) => f.suppressed).every((f) => f.suppressed!.reason.length > 20)).toBe(
      true,
    );
    // The template and its parameters file are scanned together: the template is evaluated once, with
    // the values of main.bicepparam.
    expect(result.files.map((f) => [f.file, f.resources])).toEqual([
      ['examples/bicep/compliant/main.bicep', 0],
      ['examples/bicep/compliant/main.bicepparam', 8],
    ]);
  });

  it('the non-compliant Bicep deployment triggers every rule that applies to Bicep', () => {
    const result = scanExamples('examples/bicep/noncompliant');
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const bicepRules = RULES.filter((rule) => rule.meta.surfaces.includes('bicep')).map(
      (rule) => rule.meta.id,
    );
    expect(bicepRules.filter((id) => !fired.has(id))).toEqual([]);
    expect(
      result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error'),
    ).toEqual([]);
    // The pool comes from a conditional module: its findings are in the module, and say how it is deployed.
    const purge = result.findings.find((f) => f.ruleId === 'purge-protection')!;
    expect(purge.range).toMatchObject({
      file: 'examples/bicep/noncompliant/modules/hsm.bicep',
      start: { line: 30, column: 5 },
    });
    expect(purge.conditional).toBe('deployPool');
    expect(purge.message).toContain(
      "(Deployed through module 'pool' at examples/bicep/noncompliant/main.bicep:15.)",
    );
  });

  it('scanning every example reports each deployment once', () => {
    const all = scanExamples('examples');
    const separately = [
      'examples/arm/compliant',
      'examples/arm/noncompliant',
      'examples/bicep/compliant',
      'examples/bicep/noncompliant',
      'examples/terraform/compliant',
      'examples/terraform/noncompliant',
      'examples/terraform/azapi',
      'examples/terraform/plan',
    ]
      .map((path) => scanExamples(path).findings.length)
      .reduce((a, b) => a + b, 0);
    expect(all.findings).toHaveLength(separately);
  });
});
