import { registry } from '../../rules/index.js';
import rule from '../../rules/multi-region.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { defaultNote, defaults, lineOf, parameterized, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';

const withRegions = (regions: unknown, extra: Record<string, unknown> = {}) =>
  armTemplate([hsm({ ...COMPLIANT_PROPERTIES, regions }, extra)]);

/** An HSM in westeurope whose regions are parameter `regions`, with the given default. */
const regionsFrom = (regions: unknown) =>
  parameterized(defaults({ regions }), hsm({ ...COMPLIANT_PROPERTIES, regions: "[parameters('regions')]" }));
/** The line of properties.regions in a template built by regionsFrom (the default's length moves it). */
const regionsLine = (template: string) => lineOf(template, '"regions": "[parameters');
const PRIMARY = { name: 'westeurope', isPrimary: true };
const SECONDARY = { name: 'northeurope', isPrimary: false };

const bicepRegions = (regions: unknown, declarations = '') =>
  bicep(declarations, bicepHsm({ ...BICEP_HSM_PROPERTIES, regions }));
const BICEP_PRIMARY_ONLY = bicepRegions([{ name: 'westeurope', isPrimary: true }]);
const BICEP_NO_REGIONS = bicep(bicepHsm(BICEP_HSM_PROPERTIES));

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: primary and secondary',
    files: {
      'main.bicep': bicepRegions([
        { name: 'westeurope', isPrimary: true },
        { name: 'northeurope', isPrimary: false },
      ]),
    },
  },
  {
    name: 'Bicep: regions from a for-expression over a parameter default',
    files: {
      'main.bicep': bicepRegions(
        raw('[for (r, i) in names: { name: r, isPrimary: i == 0 }]'),
        "param names array = ['westeurope', 'northeurope']",
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: regions not set',
    files: { 'main.bicep': BICEP_NO_REGIONS },
    errors: [{ messageId: 'notSet', ...at(BICEP_NO_REGIONS, 'properties:') }],
  },
  {
    name: 'Bicep: the primary region only',
    files: { 'main.bicep': BICEP_PRIMARY_ONLY },
    errors: [{ messageId: 'primaryOnly', ...at(BICEP_PRIMARY_ONLY, 'regions:') }],
  },
  {
    name: 'Bicep: regions from a parameter without a value are unresolved',
    files: { 'main.bicep': bicepRegions(raw('regions'), 'param regions array') },
    errors: [{ messageId: 'unresolved' }],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    {
      name: 'a primary and a secondary region',
      files: {
        'a.json': withRegions([
          { name: 'westeurope', isPrimary: true },
          { name: 'northeurope', isPrimary: false },
        ]),
      },
    },
    {
      name: 'two entries, isPrimary omitted',
      files: { 'a.json': withRegions([{ name: 'westeurope' }, { name: 'northeurope' }]) },
    },
    {
      name: 'only a secondary listed, isPrimary false',
      files: { 'a.json': withRegions([{ name: 'northeurope', isPrimary: false }]) },
    },
    {
      name: 'only an entry for another region than the location, isPrimary omitted',
      files: { 'a.json': withRegions([{ name: 'North Europe' }]) },
    },
    {
      name: 'location from an expression, but the entry says it is not the primary',
      files: {
        'a.json': withRegions([{ name: 'northeurope', isPrimary: false }], {
          location: '[resourceGroup().location]',
        }),
      },
    },
    {
      name: 'PascalCase property names',
      files: {
        'a.json': armTemplate([
          hsm({
            ...COMPLIANT_PROPERTIES,
            Regions: [{ Name: 'westeurope', IsPrimary: true }, { Name: 'northeurope' }],
          }),
        ]),
      },
    },
    {
      name: 'a region list of two, one from an expression',
      files: { 'a.json': withRegions([{ name: 'westeurope', isPrimary: true }, "[variables('secondary')]"]) },
    },
    {
      name: "a primary and a secondary region as the default of parameter 'regions'",
      files: { 'a.json': regionsFrom([PRIMARY, SECONDARY]) },
    },
    {
      name: 'the parameters file beside the template adds a secondary region to a default of the primary only',
      files: withParametersFile(regionsFrom([PRIMARY]), { regions: [PRIMARY, SECONDARY] }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    {
      name: 'regions omitted',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "location": "westeurope",
    "properties": {
      "enablePurgeProtection": true
    }
  }]
}`,
      },
      errors: [{ messageId: 'notSet', line: 6, column: 5, message: "Managed HSM 'hsm1' lists no regions" }],
    },
    {
      name: 'an empty list',
      files: { 'a.json': withRegions([]) },
      errors: [{ messageId: 'notSet' }],
    },
    {
      name: 'only the primary region',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "location": "westeurope",
    "properties": {
      "regions": [{ "name": "westeurope", "isPrimary": true }]
    }
  }]
}`,
      },
      errors: [
        {
          messageId: 'primaryOnly',
          line: 7,
          column: 7,
          message: 'lists only its primary region (westeurope)',
        },
      ],
    },
    {
      name: 'only the HSM location, isPrimary omitted: that is the primary',
      files: { 'a.json': withRegions([{ name: 'West Europe' }]) },
      errors: [{ messageId: 'primaryOnly', message: '(West Europe)' }],
    },
    {
      name: 'api version 2022-11-01 has no regions',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES, { apiVersion: '2022-11-01' })]) },
      errors: [
        { messageId: 'apiVersionTooOld', message: 'api version 2022-11-01, which has no regions property' },
      ],
    },
    {
      name: 'PascalCase property names',
      files: {
        'a.json': armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, Regions: [{ Name: 'westeurope', IsPrimary: true }] }),
        ]),
      },
      errors: [{ messageId: 'primaryOnly' }],
    },
    {
      name: 'regions from an expression: unresolved',
      files: { 'a.json': withRegions("[parameters('regions')]") },
      errors: [{ messageId: 'unresolved', message: "properties.regions is [parameters('regions')]" }],
    },
    {
      name: 'the single entry from an expression: unresolved',
      files: { 'a.json': withRegions(["[parameters('region')]"]) },
      errors: [{ messageId: 'unresolved', message: "properties.regions[0] is [parameters('region')]" }],
    },
    {
      name: 'the region name from an expression: unresolved',
      files: { 'a.json': withRegions([{ name: "[parameters('secondary')]" }]) },
      errors: [
        { messageId: 'unresolved', message: "properties.regions[0].name is [parameters('secondary')]" },
      ],
    },
    {
      name: 'location from an expression and isPrimary omitted: unresolved',
      files: { 'a.json': withRegions([{ name: 'westeurope' }], { location: '[resourceGroup().location]' }) },
      errors: [{ messageId: 'unresolved', message: 'location is [resourceGroup().location]' }],
    },
    {
      name: "only the primary region as the default of parameter 'regions'",
      files: { 'a.json': regionsFrom([PRIMARY]) },
      errors: [
        {
          messageId: 'primaryOnly',
          parameter: 'regions',
          line: regionsLine(regionsFrom([PRIMARY])),
          message: `lists only its primary region (westeurope). Add a secondary region to properties.regions so keys stay available if the primary region fails. ${defaultNote('regions')}`,
        },
      ],
    },
    {
      name: "an empty list as the default of parameter 'regions'",
      files: { 'a.json': regionsFrom([]) },
      errors: [{ messageId: 'notSet', parameter: 'regions', message: 'lists no regions' }],
    },
    {
      name: 'the parameters file beside the template wins over the default: the primary only',
      files: withParametersFile(regionsFrom([PRIMARY, SECONDARY]), { regions: [PRIMARY] }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'primaryOnly',
          file: 'main.json',
          line: regionsLine(regionsFrom([PRIMARY, SECONDARY])),
          message: '(westeurope)',
        },
      ],
    },
  ],
});
