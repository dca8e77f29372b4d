import { describe, expect, it } from '@jest/globals';
import rule from '../../rules/arm-key-management.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import {
  at,
  bicep,
  BICEP_KEY_PROPERTIES,
  COMPLIANT_HSM,
  nestedBicepKey,
  withBicepKey,
} from './util/bicep.js';

/**
 * Bicep cases of arm-key-management. They sit apart from the rule's main suite, which is being extended
 * for live scans, and use the tester's findings directly.
 */
const tester = new RuleTester(registry);
const findings = async (files: Record<string, string>) =>
  (await tester.findingsFor(rule, { name: 'bicep', files })).map((f) => [
    f.messageId ?? f.ruleId,
    f.range.start.line,
    f.range.start.column,
  ]);

describe('arm-key-management on Bicep', () => {
  it('an HSM without keys declared through Resource Manager: nothing to report', async () => {
    expect(await findings({ 'main.bicep': COMPLIANT_HSM })).toEqual([]);
  });

  it('a key declared with parent: is reported at its declaration', async () => {
    const source = withBicepKey(BICEP_KEY_PROPERTIES);
    expect(await findings({ 'main.bicep': source })).toEqual([
      ['trustsArm', ...Object.values(at(source, 'resource key1'))],
    ]);
  });

  it('a nested key, and every key of a loop', async () => {
    expect(
      (await findings({ 'main.bicep': nestedBicepKey(BICEP_KEY_PROPERTIES) })).map(([id]) => id),
    ).toEqual(['trustsArm']);
    const loop = bicep(
      COMPLIANT_HSM,
      "resource keys 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = [for n in ['a', 'b']: {\n  parent: hsm\n  name: n\n}]",
    );
    expect((await findings({ 'main.bicep': loop })).map(([id]) => id)).toEqual(['trustsArm', 'trustsArm']);
  });

  it('a key of an existing HSM is reported; the existing HSM itself is never judged', async () => {
    const source = bicep(
      "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing = {\n  name: 'shared'\n}",
      "resource key 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {\n  parent: hsm\n  name: 'k'\n}",
    );
    expect(await findings({ 'main.bicep': source })).toEqual([['trustsArm', 4, 1]]);
  });

  it('a key suppressed with @metadata and a reason', async () => {
    const source = bicep(
      COMPLIANT_HSM,
      "@metadata({ hsmlint: { disable: [{ rule: 'arm-key-management', reason: 'keys are reviewed as code (CHG-1042)' }] } })",
      "resource key 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {\n  parent: hsm\n  name: 'k'\n}",
    );
    expect(await findings({ 'main.bicep': source })).toEqual([]);
  });
});
