import { registry } from '../../rules/index.js';
import rule from '../../rules/network-default-deny.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';

const { networkAcls: _omitted, ...withoutAcls } = COMPLIANT_PROPERTIES;

new RuleTester(registry).run(rule, {
  valid: [
    { name: 'Deny', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    {
      name: 'recovering a deleted HSM is exempt, as in Azure Policy',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, createMode: 'recover' })]) },
    },
    {
      name: 'case-insensitive property names and values',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, NetworkAcls: { DefaultAction: 'deny' } })]) },
    },
  ],
  invalid: [
    {
      name: 'Allow',
      files: {
        'a.json': armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, networkAcls: { bypass: 'None', defaultAction: 'Allow' } }),
        ]),
      },
      errors: [{ messageId: 'allow', line: 24, column: 11, message: 'defaultAction is Allow' }],
    },
    {
      name: 'networkAcls omitted: the HSM accepts all networks',
      files: { 'a.json': armTemplate([hsm(withoutAcls)]) },
      errors: [{ messageId: 'allowByDefault', message: 'networkAcls omitted' }],
    },
    {
      name: 'defaultAction omitted inside networkAcls',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, networkAcls: { bypass: 'AzureServices' } })]) },
      errors: [{ messageId: 'allowByDefault', message: 'defaultAction omitted' }],
    },
    {
      name: 'createMode default is still checked',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, createMode: 'default' })]) },
      errors: [{ messageId: 'allowByDefault' }],
    },
    {
      name: 'networkAcls from an expression: unresolved',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, networkAcls: "[variables('acls')]" })]) },
      errors: [{ messageId: 'unresolved', message: "[variables('acls')]" }],
    },
  ],
});
