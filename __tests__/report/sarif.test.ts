import { describe, expect, it } from '@jest/globals';
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ARTICLE_URL } from '../../src/model/article.js';
import { PRODUCT_VERSION, ruleDocsUrl } from '../../src/model/product.js';
import {
  SARIF_FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  pascalCase,
  region,
  toSarifLog,
} from '../../src/report/sarif.js';
import { emptyResult, finding, range, sampleResult, shiftLines } from './fixture.js';

const require = createRequire(import.meta.url);

/**
 * The official SARIF 2.1.0 schema is draft-04, which ajv 8 does not load: only its top-level `id`
 * (draft-06+ spells it `$id`) and `$schema` need changing, since the schema uses no other keyword
 * whose meaning changed (no boolean exclusiveMinimum/Maximum). ajv-formats is not installed, so
 * the three formats the schema uses are checked by small functions here instead of being ignored.
 */
function sarifValidator(): ValidateFunction {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp: false because the schema's `language` pattern has a stray `]` that is only a
  // syntax error under the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const isUri = (s: string) => !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s);
  ajv.addFormat('uri', isUri);
  ajv.addFormat(
    'uri-reference',
    (s: string) => !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s, 'file:///base/'),
  );
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id as string });
}

const validate = sarifValidator();

function expectValid(log: unknown): void {
  const ok = validate(log);
  // Printed on failure so the offending path is visible.
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

const log = parse(formatSarif(sampleResult()));
const run = log.runs[0];
const rules = run.tool.driver.rules!;
const results = run.results!;
const fingerprint = (r: Result) => r.partialFingerprints![SARIF_FINGERPRINT_KEY];
const ruleNamed = (id: string): ReportingDescriptor => rules.find((r) => r.id === id)!;
const resultFor = (ruleId: string): Result => results.find((r) => r.ruleId === ruleId)!;

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expectValid(log);
    expectValid(parse(formatSarif(emptyResult())));
    expectValid(
      toSarifLog(sampleResult({ skipped: [], missing: ['gone.json'] }), { automationId: 'hsmlint/prod/' }),
    );
  });

  it('the validator catches an invalid log', () => {
    const broken = structuredClone(log);
    (broken.runs[0].results![0] as { level: string }).level = 'fatal';
    (broken.runs[0].results![1].locations![0].physicalLocation!.region as { startLine: number }).startLine =
      0;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.length).toBeGreaterThanOrEqual(2);
  });

  it('is pretty-printed with two spaces and has the header fields', () => {
    const text = formatSarif(sampleResult());
    expect(
      text.startsWith(
        '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",',
      ),
    ).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'hsmlint',
      version: PRODUCT_VERSION,
      semanticVersion: PRODUCT_VERSION,
      informationUri: 'https://github.com/hsmlint/hsmlint',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes every rule of the result', () => {
    expect(rules.map((r) => r.id)).toEqual(sampleResult().rules.map((r) => r.id));
    const purge = ruleNamed('purge-protection');
    expect(purge).toMatchObject({
      name: 'PurgeProtection',
      shortDescription: { text: 'Managed HSMs have purge protection enabled.' },
      helpUri: ruleDocsUrl('purge-protection'),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'data-protection'], 'security-severity': '8.0' },
    });
    expect(purge.fullDescription!.text).toContain('Data protection');
    expect(purge.help!.markdown).toContain('**Data protection**');
    expect(purge.help!.markdown).toContain(`](${ARTICLE_URL})`);
    expect(purge.help!.markdown).toContain(`[Rule documentation](${ruleDocsUrl('purge-protection')})`);
    expect(purge.help!.text).toContain('Data protection');
    expect(purge.help!.text).toContain(ruleDocsUrl('purge-protection'));
    expect(ruleNamed('public-network-access')).toMatchObject({
      name: 'PublicNetworkAccess',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['security', 'network-security'], 'security-severity': '5.0' },
    });
    expect(ruleNamed('unresolved')).toMatchObject({
      defaultConfiguration: { level: 'note' },
      properties: { 'security-severity': '2.0' },
    });
    expect(ruleNamed('parse-error').defaultConfiguration!.level).toBe('error');
    for (const rule of rules) expect(rule.properties!['security-severity']).toMatch(/^\d+\.\d$/);
  });

  it('marks a rule with no severity that is not an engine rule as disabled', () => {
    const result = emptyResult({ rules: [{ id: 'some-rule', description: 'Off in this configuration.' }] });
    expect(toSarifLog(result).runs[0].tool.driver.rules![0].defaultConfiguration).toEqual({
      level: 'warning',
      enabled: false,
    });
  });

  it('derives PascalCase names from ids', () => {
    expect(pascalCase('purge-protection')).toBe('PurgeProtection');
    expect(pascalCase('suppression-no-reason')).toBe('SuppressionNoReason');
    expect(pascalCase('tls.min_version')).toBe('TlsMinVersion');
  });

  it('reports every finding, suppressed ones included, with levels and a ruleIndex that resolves', () => {
    expect(results).toHaveLength(sampleResult().findings.length);
    for (const r of results) expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
    expect(resultFor('purge-protection').level).toBe('error');
    expect(resultFor('public-network-access').level).toBe('warning');
    expect(resultFor('unresolved').level).toBe('note');
  });

  it('adds rules that only appear in findings so ruleIndex still resolves', () => {
    const result = emptyResult({
      findings: [finding('mystery-rule', 'warn', 'Something.', range('main.json', 2))],
    });
    const sarif = toSarifLog(result);
    const [only] = sarif.runs[0].results!;
    expect(sarif.runs[0].tool.driver.rules![only.ruleIndex!].id).toBe('mystery-rule');
    expectValid(sarif);
  });

  it('locates results relative to %SRCROOT% with a 1-based region', () => {
    const purge = resultFor('purge-protection');
    expect(purge.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'main.json', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 38 },
        },
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project%20dir/' } });
    expect(resultFor('suppression-no-reason').locations![0].physicalLocation!.artifactLocation).toEqual({
      uri: 'nested/kv.json',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('encodes paths and handles absolute ones', () => {
    expect(artifactLocation('dir name/a#b.json', '/w')).toEqual({
      uri: 'dir%20name/a%23b.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactLocation('/w/sub/x.json', '/w')).toEqual({ uri: 'sub/x.json', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elsewhere/x.json', '/w')).toEqual({ uri: 'file:///elsewhere/x.json' });
  });

  it('clamps regions to 1 and keeps the end after the start', () => {
    expect(region({ file: 'a', start: { line: 0, column: 0 }, end: { line: 0, column: 0 } })).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(region({ file: 'a', start: { line: 5, column: 8 }, end: { line: 5, column: 2 } })).toEqual({
      startLine: 5,
      startColumn: 8,
      endLine: 5,
      endColumn: 8,
    });
    const zero = toSarifLog(
      emptyResult({ findings: [finding('parse-error', 'error', 'Empty.', range('main.json', 0, 0, 0, 0))] }),
    );
    expect(zero.runs[0].results![0].locations![0].physicalLocation!.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expectValid(zero);
  });

  it('omits the location of a finding that has no file', () => {
    const sarif = toSarifLog(
      emptyResult({ findings: [finding('internal-error', 'error', 'boom', range('', 1))] }),
    );
    expect(sarif.runs[0].results![0].locations).toBeUndefined();
    expectValid(sarif);
  });

  it('gives each finding a distinct fingerprint that survives line moves when it has a resource', () => {
    const prints = results.map(fingerprint);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(prints).size).toBe(prints.length);
    const moved = toSarifLog(shiftLines(sampleResult(), 7)).runs[0].results!;
    expect(moved.map((r) => r.locations?.[0].physicalLocation?.region?.startLine)).not.toEqual(
      results.map((r) => r.locations?.[0].physicalLocation?.region?.startLine),
    );
    // Findings on a resource are keyed by the resource, so moving lines changes nothing.
    const onResource = results.map((r) => r.properties?.resource !== undefined);
    expect(onResource.filter(Boolean)).toHaveLength(4);
    expect(moved.map(fingerprint).filter((_, i) => onResource[i])).toEqual(
      prints.filter((_, i) => onResource[i]),
    );
    // Findings with no resource (a parse error, a directive problem) can only be keyed by their line.
    const movedPrints = moved.map(fingerprint);
    for (const [i, print] of prints.entries()) if (!onResource[i]) expect(movedPrints[i]).not.toBe(print);
    // Moving lines is not the only thing that keeps them: the same scan twice gives the same prints.
    expect(toSarifLog(sampleResult()).runs[0].results!.map(fingerprint)).toEqual(prints);
  });

  it('changes the fingerprint when the finding itself changes', () => {
    const base = sampleResult();
    const other = sampleResult();
    const purge = other.findings.find((f) => f.ruleId === 'purge-protection')!;
    purge.resource = { ...purge.resource!, key: 'arm:main.json#resources[1]' };
    const before = fingerprint(
      toSarifLog(base).runs[0].results!.find((r) => r.ruleId === 'purge-protection')!,
    );
    const after = fingerprint(
      toSarifLog(other).runs[0].results!.find((r) => r.ruleId === 'purge-protection')!,
    );
    expect(after).not.toBe(before);
  });

  it('keeps two otherwise identical findings apart', () => {
    const twice = [1, 2].map(() =>
      finding('suppression-no-reason', 'warn', 'No reason.', range('main.json', 3)),
    );
    const prints = toSarifLog(emptyResult({ findings: twice })).runs[0].results!.map(fingerprint);
    expect(prints[0]).not.toBe(prints[1]);
  });

  it('marks suppressed findings in source with their justification', () => {
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId)).toEqual(['network-default-deny']);
    expect(suppressed[0].suppressions).toEqual([
      { kind: 'inSource', justification: 'Dev HSM behind a private endpoint; see ADR-12.' },
    ]);
    expect(resultFor('purge-protection').suppressions).toBeUndefined();
  });

  it('keeps resource, surface, recommendation and conditions in properties', () => {
    expect(resultFor('public-network-access').properties).toMatchObject({
      resource: {
        key: 'arm:main.json#resources[0]',
        type: 'Microsoft.KeyVault/managedHSMs',
        name: 'hsm-prod',
      },
      surface: 'arm',
      recommendation: 'network-security/public-network-access',
      conditional: "[parameters('deployHsm')]",
      parameter: 'publicAccess',
    });
    expect(resultFor('unresolved').properties).toMatchObject({ relatedRule: 'network-default-deny' });
    expect(resultFor('suppression-no-reason').properties).toBeUndefined();
  });

  it('has a stable automation id, overridable', () => {
    expect(run.automationDetails).toEqual({ id: 'hsmlint/' });
    expect(parse(formatSarif(emptyResult())).runs[0].automationDetails!.id).toBe('hsmlint/');
    expect(toSarifLog(sampleResult(), { automationId: 'hsmlint/infra/' }).runs[0].automationDetails!.id).toBe(
      'hsmlint/infra/',
    );
  });

  it('is deterministic', () => {
    const shuffled = sampleResult();
    shuffled.findings.reverse();
    expect(formatSarif(shuffled)).toBe(formatSarif(sampleResult()));
  });

  it('records a successful invocation with notes for skipped files', () => {
    const invocations = run.invocations!;
    expect(invocations).toHaveLength(1);
    expect(invocations[0].executionSuccessful).toBe(true);
    expect(invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'note',
        message: { text: 'Skipped package.json: not an ARM template.' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'package.json', uriBaseId: '%SRCROOT%' } } },
        ],
      }),
    ]);
    const missing = toSarifLog(emptyResult({ missing: ['gone.json'] })).runs[0].invocations![0];
    expect(missing.toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'warning' })]);
  });

  it('has no results for an empty scan but still lists the rules', () => {
    const empty = parse(formatSarif(emptyResult())).runs[0];
    expect(empty.results).toEqual([]);
    expect(empty.tool.driver.rules).toHaveLength(sampleResult().rules.length);
  });
});

describe('sarif for deployed resources', () => {
  const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';
  const live = sampleResult({
    findings: [
      finding(
        'purge-protection',
        'error',
        'Off.',
        { file: id, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        { surface: 'live' },
      ),
    ],
  });
  const liveLog = parse(formatSarif(live));

  it('uses a logical location with the resource id and a portal link, and stays valid', () => {
    const [result] = liveLog.runs[0].results!;
    expect(result.locations).toEqual([
      {
        logicalLocations: [{ fullyQualifiedName: id, kind: 'resource' }],
        properties: { portalUrl: `https://portal.azure.com/#@/resource${id}` },
      },
    ]);
    expect(validate(liveLog)).toBe(true);
  });
});
