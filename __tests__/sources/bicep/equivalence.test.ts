import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { registry } from '../../../rules/index.js';
import { loadConfig } from '../../../src/engine/config.js';
import { scan, type ScanResult } from '../../../src/scan.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

/**
 * The Bicep examples and, written by hand, the ARM templates equivalent to them
 * (`__tests__/fixtures/bicep-equivalence/`): evaluating the Bicep source must judge every resource as
 * evaluating the compiled template does.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const config = loadConfig(registry, { startDir: join(root, 'examples') });

function scanPath(path: string): ScanResult {
  return scan({ paths: [path], cwd: root, config, registry, now: new Date('2026-06-01T00:00:00Z') });
}

/**
 * The rules (suppressed or not) that report on each resource, by type and name. A name that is an
 * expression is written differently in the two languages (`guid(hsm.id, ...)`, `[guid(resourceId(...))]`),
 * so those resources are compared by type.
 */
function byResource(result: ScanResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const finding of result.findings) {
    const resource = finding.resource;
    const name = resource && /^[\w.\-/]+$/.test(resource.name) ? resource.name : '(expression)';
    const key = resource ? `${resource.type} ${name}` : '(no resource)';
    const rule = finding.relatedRule ? `${finding.ruleId}:${finding.relatedRule}` : finding.ruleId;
    (out[key] ??= []).push(finding.suppressed ? `${rule} (suppressed)` : rule);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('Bicep source and the equivalent ARM template give the same findings', () => {
  it.each(['compliant', 'noncompliant'])('%s', (example) => {
    const bicep = scanPath(`examples/bicep/${example}`);
    const arm = scanPath(`__tests__/fixtures/bicep-equivalence/${example}`);
    expect(bicep.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(arm.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(byResource(bicep)).toEqual(byResource(arm));
    expect(bicep.resourceCount).toBeGreaterThan(0);
  });

  it('the non-compliant pair judges every HSM, key and linked resource', () => {
    const summary = byResource(scanPath('examples/bicep/noncompliant'));
    expect(Object.keys(summary).sort()).toEqual([
      'Microsoft.Authorization/roleAssignments (expression)',
      'Microsoft.Insights/diagnosticSettings metrics',
      'Microsoft.KeyVault/managedHSMs fabrikam-bicep-hsm',
      'Microsoft.KeyVault/managedHSMs fabrikam-bicep-hsm-metrics',
      'Microsoft.KeyVault/managedHSMs/keys fabrikam-bicep-hsm/byok-kek',
      'Microsoft.KeyVault/managedHSMs/keys fabrikam-bicep-hsm/expiring-ec',
      'Microsoft.KeyVault/managedHSMs/keys fabrikam-bicep-hsm/legacy-rsa',
      'Microsoft.KeyVault/managedHSMs/keys fabrikam-bicep-hsm/short-aes',
      'Microsoft.KeyVault/managedHSMs/keys fabrikam-bicep-hsm/software-only',
      'Microsoft.Network/privateEndpoints fabrikam-bicep-hsm-pe',
      'Microsoft.OperationalInsights/workspaces fabrikam-bicep-logs',
    ]);
  });
});
