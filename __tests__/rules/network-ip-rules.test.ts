import { describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/network-ip-rules.js';
import {
  addressCount,
  coversAllIpv4,
  formatCidr,
  formatIpv4,
  networkAddress,
  parseIpv4Range,
  prefixMask,
} from '../../rules/util/network.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { defaultNote, defaults, lineOf, parameterized, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';

const withRules = (ipRules: unknown, extra: Record<string, unknown> = {}) =>
  armTemplate([
    hsm({
      ...COMPLIANT_PROPERTIES,
      publicNetworkAccess: 'Enabled',
      networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules, ...extra },
    }),
  ]);

/** A firewall with one IP rule whose value is parameter `officeRange`, with the given default. */
const rangeFrom = (officeRange: unknown) =>
  parameterized(
    defaults({ officeRange }),
    hsm({
      ...COMPLIANT_PROPERTIES,
      networkAcls: { defaultAction: 'Deny', ipRules: [{ value: "[parameters('officeRange')]" }] },
    }),
  );
const RANGE_LINE = lineOf(rangeFrom('203.0.113.0/24'), '"value"');

/** IP rules built by a property copy loop over parameter `ranges`, with the given default. */
const rangesFrom = (ranges: string[]) =>
  parameterized(
    defaults({ ranges }),
    hsm({
      ...COMPLIANT_PROPERTIES,
      networkAcls: {
        defaultAction: 'Deny',
        copy: [
          {
            name: 'ipRules',
            count: "[length(parameters('ranges'))]",
            input: { value: "[parameters('ranges')[copyIndex('ipRules')]]" },
          },
        ],
      },
    }),
  );

describe('rules/util/network', () => {
  it('parses addresses and CIDR ranges', () => {
    expect(parseIpv4Range('203.0.113.7')).toEqual({ address: 3405803783, prefix: 32, explicitPrefix: false });
    expect(parseIpv4Range('10.0.0.0/8')).toEqual({ address: 167772160, prefix: 8, explicitPrefix: true });
    expect(parseIpv4Range('0.0.0.0/0')?.prefix).toBe(0);
    expect(parseIpv4Range('255.255.255.255/32')?.address).toBe(0xffffffff);
  });

  it('rejects what is not IPv4', () => {
    for (const text of [
      '',
      '10.0.0',
      '10.0.0.0.0',
      '256.0.0.1',
      '10.0.0.0/33',
      '10.0.0.0/',
      '10.0.0.0/-1',
      '10.0.0.0/8/8',
      ' 10.0.0.1',
      '10.0.0.1-10.0.0.9',
      '2001:db8::/32',
      'example.com',
      '1.2.3.x',
    ])
      expect(parseIpv4Range(text)).toBeUndefined();
  });

  it('does prefix math', () => {
    expect(formatIpv4(prefixMask(16))).toBe('255.255.0.0');
    expect(prefixMask(0)).toBe(0);
    expect(prefixMask(32)).toBe(0xffffffff);
    expect(formatIpv4(networkAddress(parseIpv4Range('10.1.2.3/16')!))).toBe('10.1.0.0');
    expect(formatCidr(parseIpv4Range('192.168.77.1/20')!)).toBe('192.168.64.0/20');
    expect(addressCount(16)).toBe(65536);
    expect(addressCount(0)).toBe(4294967296);
    expect(coversAllIpv4(parseIpv4Range('8.8.8.8/0')!)).toBe(true);
    expect(coversAllIpv4(parseIpv4Range('0.0.0.0')!)).toBe(false);
  });
});

const bicepRules = (ipRules: unknown, declarations = '') =>
  bicep(
    declarations,
    bicepHsm({
      ...BICEP_HSM_PROPERTIES,
      networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules },
    }),
  );
const BICEP_ALL = bicepRules([{ value: '203.0.113.0/24' }, { value: '0.0.0.0/0' }]);

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: a narrow range', files: { 'main.bicep': bicepRules([{ value: '203.0.113.0/24' }]) } },
  {
    name: 'Bicep: rules built with a for-expression',
    files: {
      'main.bicep': bicepRules(
        raw('[for range in ranges: { value: range }]'),
        "param ranges array = ['203.0.113.0/24', '198.51.100.7']",
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: 0.0.0.0/0',
    files: { 'main.bicep': BICEP_ALL },
    errors: [{ messageId: 'allAddresses', ...at(BICEP_ALL, "value: '0.0.0.0/0'") }],
  },
  {
    name: 'Bicep: a /8 from a for-expression over a parameter default',
    files: {
      'main.bicep': bicepRules(
        raw('[for range in ranges: { value: range }]'),
        "param ranges array = ['10.0.0.0/8']",
      ),
    },
    errors: [{ messageId: 'tooWide', parameter: 'ranges' }],
  },
  {
    name: 'Bicep: rules from a parameter without a value are unresolved',
    files: { 'main.bicep': bicepRules(raw('[for range in ranges: { value: range }]'), 'param ranges array') },
    errors: [{ messageId: 'unresolved' }],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    { name: 'no networkAcls at all', files: { 'a.json': armTemplate([hsm({})]) } },
    { name: 'no ipRules', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    { name: 'empty ipRules', files: { 'a.json': withRules([]) } },
    {
      name: 'single addresses and narrow ranges',
      files: {
        'a.json': withRules([
          { value: '203.0.113.7' },
          { value: '198.51.100.0/24' },
          { value: '10.0.0.0/16' },
        ]),
      },
    },
    {
      name: 'option: minPrefixLength 8 admits a /8',
      files: { 'a.json': withRules([{ value: '10.0.0.0/8' }]) },
      options: [{ minPrefixLength: 8 }],
    },
    {
      name: 'case-insensitive property names',
      files: {
        'a.json': armTemplate([
          hsm({ NetworkAcls: { DefaultAction: 'Deny', IpRules: [{ Value: '203.0.113.0/28' }] } }),
        ]),
      },
    },
    { name: "parameter 'officeRange' defaults to a /24", files: { 'a.json': rangeFrom('203.0.113.0/24') } },
    {
      name: "a copy loop over the default of parameter 'ranges', every range narrow",
      files: { 'a.json': rangesFrom(['203.0.113.0/24', '198.51.100.7']) },
    },
    {
      name: 'the parameters file beside the template sets a /28 over a default of 0.0.0.0/0',
      files: withParametersFile(rangeFrom('0.0.0.0/0'), { officeRange: '203.0.113.0/28' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    {
      name: '0.0.0.0/0',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "networkAcls": {
        "defaultAction": "Deny",
        "ipRules": [
          { "value": "203.0.113.7" },
          { "value": "0.0.0.0/0" }
        ]
      }
    }
  }]
}`,
      },
      errors: [
        {
          messageId: 'allAddresses',
          line: 11,
          column: 13,
          message: "'hsm1' firewall has an IP rule 0.0.0.0/0",
        },
      ],
    },
    {
      name: '0.0.0.0/0 is reported even when minPrefixLength is 0',
      files: { 'a.json': withRules([{ value: '0.0.0.0/0' }, { value: '1.0.0.0/1' }]) },
      options: [{ minPrefixLength: 0 }],
      errors: [{ messageId: 'allAddresses' }],
    },
    {
      name: 'any /0 covers every address, whatever the address bits',
      files: { 'a.json': withRules([{ value: '10.0.0.0/0' }]) },
      errors: [{ messageId: 'allAddresses', message: '10.0.0.0/0' }],
    },
    {
      name: 'wider than the default /16',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "networkAcls": { "defaultAction": "Deny", "ipRules": [{ "value": "10.0.0.0/8" }] }
    }
  }]
}`,
      },
      errors: [
        {
          messageId: 'tooWide',
          line: 7,
          column: 63,
          message: 'IP rule 10.0.0.0/8 covering 16,777,216 addresses (/8, wider than the allowed /16)',
        },
      ],
    },
    {
      name: 'option: minPrefixLength 24 rejects a /20 but admits a /24 and a bare address',
      files: {
        'a.json': withRules([
          { value: '198.51.100.0/24' },
          { value: '192.168.64.0/20' },
          { value: '203.0.113.9' },
        ]),
      },
      options: [{ minPrefixLength: 24 }],
      errors: [{ messageId: 'tooWide', message: '/20, wider than the allowed /24' }],
    },
    {
      name: 'malformed values',
      files: {
        'a.json': withRules([
          { value: '10.0.0.256' },
          { value: '2001:db8::/32' },
          { value: '10.0.0.0/40' },
          { value: 42 },
          { addressPrefix: '10.0.0.0/24' },
          '203.0.113.7',
        ]),
      },
      errors: [
        { messageId: 'malformed', message: 'IP rule 10.0.0.256 that is not' },
        { messageId: 'malformed', message: '2001:db8::/32' },
        { messageId: 'malformed', message: '10.0.0.0/40' },
        { messageId: 'malformed', message: 'IP rule 42 that' },
        { messageId: 'malformed', message: '{"addressPrefix":"10.0.0.0/24"}' },
        { messageId: 'malformed', message: 'IP rule 203.0.113.7 that' },
      ],
    },
    {
      name: 'PascalCase property names',
      files: {
        'a.json': armTemplate([
          hsm({ NetworkAcls: { DefaultAction: 'Deny', IPRules: [{ Value: '0.0.0.0/0' }] } }),
        ]),
      },
      errors: [{ messageId: 'allAddresses' }],
    },
    {
      name: 'an IP rule from an expression: unresolved, the other rules are still judged',
      files: { 'a.json': withRules([{ value: "[parameters('officeRange')]" }, { value: '10.0.0.0/8' }]) },
      errors: [
        {
          messageId: 'unresolved',
          message: "properties.networkAcls.ipRules[0].value is [parameters('officeRange')]",
        },
        { messageId: 'tooWide' },
      ],
    },
    {
      name: 'a whole IP rule from an expression: unresolved',
      files: { 'a.json': withRules(["[variables('rule')]"]) },
      errors: [{ messageId: 'unresolved', message: "[variables('rule')]" }],
    },
    {
      name: 'the ipRules list from an expression: unresolved',
      files: { 'a.json': withRules("[parameters('ipRules')]") },
      errors: [
        { messageId: 'unresolved', message: "properties.networkAcls.ipRules is [parameters('ipRules')]" },
      ],
    },
    {
      name: "0.0.0.0/0 as the default of parameter 'officeRange'",
      files: { 'a.json': rangeFrom('0.0.0.0/0') },
      errors: [
        {
          messageId: 'allAddresses',
          parameter: 'officeRange',
          line: RANGE_LINE,
          message: `list only the address ranges that need access. ${defaultNote('officeRange')}`,
        },
      ],
    },
    {
      name: "a copy loop over the default of parameter 'ranges': the wide one is reported",
      files: { 'a.json': rangesFrom(['203.0.113.0/24', '10.0.0.0/8']) },
      errors: [{ messageId: 'tooWide', parameter: 'ranges', message: 'IP rule 10.0.0.0/8 covering' }],
    },
    {
      name: "the whole ipRules list as the default of parameter 'ipRules'",
      files: {
        'a.json': parameterized(
          defaults({ ipRules: [{ value: 'not-an-ip' }] }),
          hsm({
            ...COMPLIANT_PROPERTIES,
            networkAcls: { defaultAction: 'Deny', ipRules: "[parameters('ipRules')]" },
          }),
        ),
      },
      errors: [{ messageId: 'malformed', parameter: 'ipRules', message: 'IP rule not-an-ip that' }],
    },
    {
      name: 'the parameters file beside the template wins over the default: a /8 over a /24',
      files: withParametersFile(rangeFrom('203.0.113.0/24'), { officeRange: '10.0.0.0/8' }),
      paths: ['main.json'],
      errors: [{ messageId: 'tooWide', file: 'main.json', line: RANGE_LINE, message: 'IP rule 10.0.0.0/8' }],
    },
    {
      name: "the parameters file gives the copy loop's list: its wide range is reported",
      files: withParametersFile(rangesFrom(['203.0.113.0/24']), { ranges: ['203.0.113.0/24', '0.0.0.0/0'] }),
      paths: ['main.json'],
      errors: [{ messageId: 'allAddresses', file: 'main.json', message: 'IP rule 0.0.0.0/0' }],
    },
  ],
});
