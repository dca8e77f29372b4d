import { registry } from '../../rules/index.js';
import rule from '../../rules/public-network-access.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';

const { publicNetworkAccess: _omitted, ...withoutAccess } = COMPLIANT_PROPERTIES;

new RuleTester(registry).run(rule, {
  valid: [
    { name: 'Disabled', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    {
      name: 'case-insensitive value',
      files: { 'a.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'disabled' })]) },
    },
  ],
  invalid: [
    {
      name: 'Enabled',
      files: { 'a.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' })]) },
      errors: [{ messageId: 'enabled', line: 21, column: 9, message: 'publicNetworkAccess is Enabled' }],
    },
    {
      name: 'omitted on a current api version: the default is Enabled',
      files: { 'a.json': armTemplate([hsm(withoutAccess)]) },
      errors: [
        {
          messageId: 'enabledByDefault',
          line: 14,
          column: 7,
          message: 'defaults publicNetworkAccess to Enabled',
        },
      ],
    },
    {
      name: 'omitted on api 2021-10-01, which has no default',
      files: { 'a.json': armTemplate([hsm(withoutAccess, { apiVersion: '2021-10-01' })]) },
      errors: [{ messageId: 'notSet', message: 'api version 2021-10-01 defines no default' }],
    },
    {
      name: 'expression: unresolved',
      files: {
        'a.json': armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[variables('access')]" }),
        ]),
      },
      errors: [{ messageId: 'unresolved' }],
    },
    {
      name: 'PascalCase property name',
      files: { 'a.json': armTemplate([hsm({ ...withoutAccess, PublicNetworkAccess: 'Enabled' })]) },
      errors: [{ messageId: 'enabled' }],
    },
  ],
});
