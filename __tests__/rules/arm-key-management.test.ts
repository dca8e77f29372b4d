import { describe, expect, it } from '@jest/globals';
import rule from '../../rules/arm-key-management.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { runRules } from '../../src/engine/runner.js';
import type { Finding } from '../../src/model/finding.js';
import { Graph } from '../../src/model/graph.js';
import { linkResources } from '../../src/model/link.js';
import { jsonToNode, type PropertyNode } from '../../src/model/node.js';
import { pointRange } from '../../src/model/range.js';
import { Resource } from '../../src/model/resource.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import {
  declared,
  defaults,
  HSM_NAME,
  hsmWith,
  lineOf,
  parameterized,
  withParametersFile,
} from './util/parameters.js';

// The rule judges no value (every ARM key is reported), so no finding can carry a parameter default.
// Parameters still decide which HSM a key belongs to, and whether it is deployed.

/** An HSM named by parameter `hsmName` (with the given default) and a key named after it. */
const keyOfNamedHsm = (hsmName: string) =>
  parameterized(
    defaults({ hsmName }),
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    key(COMPLIANT_KEY, { name: "[format('{0}/key1', parameters('hsmName'))]" }),
  );
// Findings point at the key declaration (its opening brace).
const KEY_LINE = lineOf(keyOfNamedHsm('hsm1'), '"type": "Microsoft.KeyVault/managedHSMs/keys"') - 1;

// The RuleTester scans files, which never hold live resources: the live-only message is exercised by the
// live cases below, so the file cases run the rule without it.
const { armTrusted: _liveOnly, ...fileMessages } = rule.meta.messages;
const fileRule = { ...rule, meta: { ...rule.meta, messages: fileMessages } };

new RuleTester(registry).run(fileRule, {
  valid: [
    { name: 'an HSM without keys', files: { 'a.json': withHsm() } },
    {
      name: 'an HSM in a template: the data-plane setting is not judged (only a live scan reads it)',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) },
    },
    {
      name: 'a referenced (existing) key is not deployed here',
      files: {
        'a.json': armTemplate([{ ...key(COMPLIANT_KEY), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'a key whose condition is literally false is not deployed',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY, { condition: false })) },
    },
    {
      name: 'Key Vault keys (vaults/keys) are managed through Resource Manager by design',
      files: {
        'a.json': armTemplate([
          {
            type: 'Microsoft.KeyVault/vaults/keys',
            apiVersion: '2023-07-01',
            name: 'v/k',
            properties: { kty: 'RSA' },
          },
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'a top-level key next to its HSM',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM"
    }`),
      },
      errors: [
        {
          messageId: 'trustsArm',
          line: 4,
          column: 17,
          message:
            "Key 'hsm1/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm1' has AllowKeyManagementOperationsThroughARM enabled",
        },
      ],
    },
    {
      name: 'a key nested under its HSM',
      files: { 'a.json': nestedKey(COMPLIANT_KEY) },
      errors: [{ messageId: 'trustsArm', message: "HSM 'hsm1'" }],
    },
    {
      name: 'each key is reported',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY), key(COMPLIANT_KEY, { name: 'hsm1/key2' })) },
      errors: [
        { messageId: 'trustsArm', message: "'hsm1/key1'" },
        { messageId: 'trustsArm', message: "'hsm1/key2'" },
      ],
    },
    {
      name: 'the HSM declared in another file',
      files: {
        'hsm.json': armTemplate([hsm(COMPLIANT_PROPERTIES, { name: 'shared-hsm' })]),
        'keys.json': armTemplate([key(COMPLIANT_KEY, { name: 'shared-hsm/key1' })]),
      },
      errors: [{ messageId: 'trustsArm', file: 'keys.json', message: "HSM 'shared-hsm'" }],
    },
    {
      name: 'the HSM is not in the scan: named after the key name',
      files: { 'keys.json': armTemplate([key(COMPLIANT_KEY, { name: 'elsewhere/key1' })]) },
      errors: [
        { messageId: 'trustsArm', message: "HSM 'elsewhere' has AllowKeyManagementOperationsThroughARM" },
      ],
    },
    {
      name: 'the key name is an expression and no HSM is known',
      files: {
        'keys.json': withParameters(
          { hsmName: 'string' },
          key(COMPLIANT_KEY, { name: "[format('{0}/key1', parameters('hsmName'))]" }),
        ),
      },
      errors: [{ messageId: 'trustsArm', message: 'only when its HSM has' }],
    },
    {
      name: 'a conditional key is reported as conditional',
      files: {
        'a.json': withParameters(
          { withKey: 'bool' },
          key(COMPLIANT_KEY, { condition: "[parameters('withKey')]" }),
        ),
      },
      errors: [{ messageId: 'trustsArm', conditional: true }],
    },
    {
      name: "the HSM and the key named after the default of parameter 'hsmName': linked",
      files: { 'a.json': keyOfNamedHsm('hsm1') },
      errors: [
        {
          messageId: 'trustsArm',
          line: KEY_LINE,
          message:
            "Key 'hsm1/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm1'",
        },
      ],
    },
    {
      name: "a key nested under an HSM named by parameter 'hsmName' without a value: linked by nesting",
      files: {
        'a.json': parameterized(declared({ hsmName: 'string' }), {
          ...hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
          resources: [{ type: 'keys', apiVersion: '2025-05-01', name: 'key1', properties: COMPLIANT_KEY }],
        }),
      },
      errors: [{ messageId: 'trustsArm', message: `only when HSM '${HSM_NAME}' has` }],
    },
    {
      name: "a key deployed only when parameter 'deployKey' is true, false by default: reported as conditional",
      files: {
        'a.json': hsmWith(
          defaults({ deployKey: false }),
          key(COMPLIANT_KEY, { condition: "[parameters('deployKey')]" }),
        ),
      },
      errors: [
        {
          messageId: 'trustsArm',
          conditional: true,
          message:
            "deployed only when [parameters('deployKey')] (false with the default of parameter 'deployKey')",
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: the HSM and key are hsm2',
      files: withParametersFile(keyOfNamedHsm('hsm1'), { hsmName: 'hsm2' }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'trustsArm',
          file: 'main.json',
          line: KEY_LINE,
          message:
            "Key 'hsm2/key1' is deployed through Azure Resource Manager, which works only when HSM 'hsm2'",
        },
      ],
    },
  ],
});

const HSM_ID =
  '/subscriptions/5d7a1c3e-8f42-4b96-a0e1-2c9b6f4d8e17/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';

/** A live HSM as the live source maps it: the setting known, unknown (with the reason) or not read at all. */
function liveHsm(setting: boolean | 'unknown' | 'absent'): Resource {
  const range = pointRange(HSM_ID);
  const body = jsonToNode(
    { name: 'hsm1', type: 'Microsoft.KeyVault/managedHSMs', properties: { ...COMPLIANT_PROPERTIES } },
    range,
  );
  if (setting !== 'absent' && body.kind === 'object') {
    const properties = body.entries.get('properties')!.node;
    const node: PropertyNode =
      setting === 'unknown'
        ? {
            kind: 'unknown',
            expression: '(data-plane setting not read)',
            reason: 'data plane not reachable from this runner (HTTP 403 Forbidden)',
            range,
          }
        : jsonToNode(setting, range);
    const settings = jsonToNode({}, range);
    if (settings.kind === 'object')
      settings.entries.set('allowkeymanagementoperationsthrougharm', {
        name: 'allowKeyManagementOperationsThroughARM',
        keyRange: range,
        node,
      });
    if (properties.kind === 'object')
      properties.entries.set('settings', { name: 'settings', keyRange: range, node: settings });
  }
  return new Resource({
    key: `live:${HSM_ID}`,
    type: 'Microsoft.KeyVault/managedHSMs',
    name: { kind: 'known', value: 'hsm1', range },
    surface: 'live',
    range,
    body,
  });
}

/** A live key of that HSM: keys read from the data plane say nothing about how they were created. */
function liveKey(): Resource {
  const range = pointRange(`${HSM_ID}/keys/key1`);
  return new Resource({
    key: `live:${HSM_ID}/keys/key1`,
    type: 'Microsoft.KeyVault/managedHSMs/keys',
    name: { kind: 'known', value: 'hsm1/key1', range },
    surface: 'live',
    range,
    body: jsonToNode({ name: 'hsm1/key1', properties: { kty: 'RSA-HSM', keySize: 3072 } }, range),
    parentKey: `live:${HSM_ID}`,
  });
}

function runLive(...resources: Resource[]): Finding[] {
  const graph = new Graph(resources);
  linkResources(graph);
  return runRules(graph, registry, {
    rules: new Map([[rule.meta.id, { severity: 'warn', options: [] }]]),
    unresolved: 'info',
    explainGaps: false,
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

describe('arm-key-management on a live HSM', () => {
  it('reports an HSM whose AllowKeyManagementOperationsThroughARM is true', () => {
    const findings = runLive(liveHsm(true), liveKey());
    expect(findings.map((f) => [f.ruleId, f.messageId, f.range.file])).toEqual([
      ['arm-key-management', 'armTrusted', HSM_ID],
    ]);
    expect(findings[0].message).toContain(
      "Managed HSM 'hsm1' trusts Azure Resource Manager with key management: its data-plane setting AllowKeyManagementOperationsThroughARM is true",
    );
    expect(findings[0].surface).toBe('live');
  });

  it('is silent when the setting is false, and live keys are never reported', () => {
    expect(runLive(liveHsm(false), liveKey())).toEqual([]);
  });

  it('reports unresolved, with the reason, when the data plane could not be read', () => {
    const findings = runLive(liveHsm('unknown'));
    expect(findings.map((f) => [f.ruleId, f.relatedRule])).toEqual([['unresolved', 'arm-key-management']]);
    expect(findings[0].message).toContain('properties.settings.allowKeyManagementOperationsThroughARM');
    expect(findings[0].message).toContain('data plane not reachable from this runner (HTTP 403 Forbidden)');
  });

  it('claims nothing when the data plane was not read at all (a control-plane-only scan)', () => {
    expect(runLive(liveHsm('absent'))).toEqual([]);
  });
});
