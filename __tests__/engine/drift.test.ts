import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { jsonToNode } from '../../src/model/node.js';
import { Resource } from '../../src/model/resource.js';
import { scan } from '../../src/scan.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, onlyRules, tempTree } from '../helpers.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

const ID =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';

function liveHsm(properties: Record<string, unknown>, name = 'hsm1'): Resource {
  const range = {
    file: ID.replace('hsm1', name),
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
  };
  return new Resource({
    key: `live:${range.file}`,
    type: 'Microsoft.KeyVault/managedHSMs',
    name: { kind: 'known', value: name, range },
    surface: 'live',
    range,
    body: jsonToNode({ id: range.file, name, properties }, range),
  });
}

function scanWithLive(template: string, live: Resource[], directives = '') {
  const { dir, cleanup } = tempTree({ 'hsm.jsonc': directives + template });
  try {
    const config = resolveConfig({ rules: onlyRules([], registry.rules.keys()) }, registry, { baseDir: dir });
    return scan({
      paths: ['hsm.jsonc'],
      cwd: dir,
      config,
      registry,
      external: [{ surface: 'live', resources: live, problems: [], unresolved: [] }],
    });
  } finally {
    cleanup();
  }
}

describe('drift between templates and live HSMs', () => {
  it('reports each judged property that differs, naming both values and both places', () => {
    const result = scanWithLive(armTemplate([hsm(COMPLIANT_PROPERTIES)]), [
      liveHsm({
        ...COMPLIANT_PROPERTIES,
        publicNetworkAccess: 'Enabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow' },
      }),
    ]);
    const drift = result.findings.filter((f) => f.ruleId === 'drift');
    expect(drift.map((f) => [f.range.start.line, f.message])).toEqual([
      [
        21,
        `Managed HSM 'hsm1': properties.publicNetworkAccess is declared Disabled here but deployed as Enabled (${ID}).`,
      ],
      [
        24,
        `Managed HSM 'hsm1': properties.networkAcls.defaultAction is declared Deny here but deployed as Allow (${ID}).`,
      ],
    ]);
    expect(drift.every((f) => f.severity === 'warn')).toBe(true);
  });

  it('compares case-insensitively and treats IP rules as a set', () => {
    const ipRules = [{ value: '10.0.0.0/24' }, { value: '10.1.0.0/24' }];
    const declared = {
      ...COMPLIANT_PROPERTIES,
      publicNetworkAccess: 'disabled',
      networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules },
    };
    const deployed = {
      ...COMPLIANT_PROPERTIES,
      networkAcls: { bypass: 'azureservices', defaultAction: 'Deny', ipRules: [...ipRules].reverse() },
    };
    expect(
      scanWithLive(armTemplate([hsm(declared)]), [liveHsm(deployed)]).findings.filter(
        (f) => f.ruleId === 'drift',
      ),
    ).toEqual([]);
  });

  it('compares platform defaults with deployed values, and ignores HSMs that are not deployed', () => {
    const { publicNetworkAccess: _omitted, ...withoutAccess } = COMPLIANT_PROPERTIES;
    const result = scanWithLive(
      armTemplate([hsm(withoutAccess), hsm(COMPLIANT_PROPERTIES, { name: 'other' })]),
      [liveHsm({ ...COMPLIANT_PROPERTIES })],
    );
    expect(result.findings.filter((f) => f.ruleId === 'drift').map((f) => f.message)).toEqual([
      `Managed HSM 'hsm1': properties.publicNetworkAccess is declared Enabled (by default) here but deployed as Disabled (${ID}).`,
    ]);
  });

  it('can be suppressed with a reason like any finding', () => {
    const template = armTemplate([hsm(COMPLIANT_PROPERTIES)]).replace(
      '"publicNetworkAccess"',
      '// hsmlint-disable-next-line drift -- opened for the migration, closing in CHG-7\n        "publicNetworkAccess"',
    );
    const result = scanWithLive(template, [
      liveHsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' }),
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'drift' && !f.suppressed)).toEqual([]);
  });
});
