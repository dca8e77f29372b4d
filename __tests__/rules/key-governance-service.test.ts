import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/key-governance-service.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import {
  ADMINS_GROUP,
  HSM_TYPE,
  KGS_APP_ID,
  lineOf,
  loadTerraform,
  LOCAL,
  planHsm,
  planLocalAssignment,
  tf,
  tfHsm,
  tfLocalAssignment,
  tfPlan,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const KGS = (attribute = 'client_id', appId = `"${KGS_APP_ID}"`) => `data "azuread_service_principal" "kgs" {
  ${attribute} = ${appId}
}
`;
const PRINCIPAL = 'data.azuread_service_principal.kgs.object_id';
const auditor = (scope = '"/"', principal = PRINCIPAL, role: string = LOCAL.cryptoAuditor) =>
  tfLocalAssignment('kgs', { role, scope, principal });
const config = (...blocks: string[]) => tf(ADMINS_GROUP, tfHsm(), ...blocks);
const hsmLine = (files: Record<string, string>) => lineOf(files['main.tf'], `resource "${HSM_TYPE}" "hsm"`);

const NONE = config();
const AT_KEYS = config(KGS(), auditor('"/keys"'));
const OTHER_APP = config(KGS('client_id', '"00000000-0000-0000-0000-0000000000aa"'), auditor());
const WRONG_ROLE = config(KGS(), auditor('"/"', PRINCIPAL, LOCAL.cryptoUser));
const GROUP = config(auditor('"/"', 'azuread_group.admins.object_id'));

const KGS_OBJECT_ID = '77777777-7777-7777-7777-777777777777';
const plan = (appId: string) => ({
  'plan.json': tfPlan([
    planHsm(['66666666-6666-6666-6666-666666666666']),
    {
      address: 'data.azuread_service_principal.kgs',
      mode: 'data',
      values: { client_id: appId, object_id: KGS_OBJECT_ID, display_name: 'Key Governance' },
    },
    planLocalAssignment(LOCAL.cryptoAuditor, '/', KGS_OBJECT_ID, [
      'data.azuread_service_principal.kgs.object_id',
      'data.azuread_service_principal.kgs',
    ]),
  ]),
});
const PLAN_OTHER = plan('00000000-0000-0000-0000-0000000000aa');

new RuleTester(registry).run(rule, {
  valid: [
    { name: 'plan JSON: the grant to the looked-up Key Governance Service', files: plan(KGS_APP_ID) },
    { name: 'Crypto Auditor at / to the looked-up Key Governance Service', files: config(KGS(), auditor()) },
    { name: 'azuread 2.x application_id', files: config(KGS('application_id'), auditor()) },
    {
      name: 'the app id from a local, the role looked up by its GUID',
      files: config(
        'locals {\n  kgs_app_id = "a1b76039-a76c-499f-a2dd-846b4cc32627"\n}\n',
        KGS('client_id', 'local.kgs_app_id'),
        `data "${HSM_TYPE}_role_definition" "auditor" {\n  managed_hsm_id = ${HSM_TYPE}.hsm.id\n  name           = "${LOCAL.cryptoAuditor}"\n}\n`,
        tfLocalAssignment('kgs', {
          role: `data.${HSM_TYPE}_role_definition.auditor.resource_manager_id`,
          raw: true,
          scope: '"/"',
          principal: PRINCIPAL,
        }),
      ),
    },
    {
      name: 'a looked-up HSM is not judged',
      files: tf(
        `data "${HSM_TYPE}" "hsm" {\n  name                = "hsm1"\n  resource_group_name = "rg"\n}\n`,
      ),
    },
    {
      name: 'ARM: not expressible, silent without --explain-gaps',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) },
    },
  ],
  invalid: [
    {
      name: 'plan JSON: Crypto Auditor at / to another application',
      files: PLAN_OTHER,
      errors: [
        // The HSM's entry in planned_values, the object just before its first address.
        {
          messageId: 'missing',
          line: PLAN_OTHER['plan.json']
            .split('\n')
            .findIndex((l) => l.includes(`"address": "${HSM_TYPE}.hsm"`)),
          column: 9,
        },
      ],
    },
    {
      name: 'no grant at all',
      files: NONE,
      errors: [
        {
          messageId: 'missing',
          line: hsmLine(NONE),
          column: 1,
          message: 'prerequisite for the Microsoft.ManagedHSM.Data key policies',
        },
      ],
    },
    {
      name: 'Crypto Auditor at /keys only',
      files: AT_KEYS,
      errors: [{ messageId: 'missing', line: hsmLine(AT_KEYS), column: 1 }],
    },
    {
      name: 'Crypto Auditor at / to another application',
      files: OTHER_APP,
      errors: [{ messageId: 'missing', line: hsmLine(OTHER_APP), column: 1 }],
    },
    {
      name: 'Crypto User instead of Crypto Auditor',
      files: WRONG_ROLE,
      errors: [{ messageId: 'missing', line: hsmLine(WRONG_ROLE), column: 1 }],
    },
    {
      name: 'Crypto Auditor at / to a group',
      files: GROUP,
      errors: [{ messageId: 'missing', line: hsmLine(GROUP), column: 1 }],
    },
    {
      name: 'Crypto Auditor at / to a literal object id',
      files: config(auditor('"/"', '"55555555-5555-5555-5555-555555555555"')),
      errors: [{ messageId: 'unresolved', message: 'differs in every tenant' }],
    },
    {
      name: 'the service principal looked up by an app id from a variable without a value',
      files: config('variable "app_id" {\n  type = string\n}\n', KGS('client_id', 'var.app_id'), auditor()),
      errors: [{ messageId: 'unresolved', message: 'app id of' }],
    },
    {
      name: 'ARM with --explain-gaps',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) },
      config: { explainGaps: true },
      errors: [{ messageId: 'unresolved', message: 'an ARM template cannot express what it checks' }],
    },
  ],
});
