import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/managed-identity-principals.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import {
  ADMINS_GROUP,
  loadTerraform,
  LOCAL,
  planHsm,
  planLocalAssignment,
  positionOf,
  tf,
  tfHsm,
  tfLocalAssignment,
  tfPlan,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const DIRECTORY = `resource "azurerm_user_assigned_identity" "app" {
  name                = "id-app"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_linux_web_app" "web" {
  name                = "web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  identity {
    type = "SystemAssigned"
  }
}

resource "azuread_application" "app" {
  display_name = "app"
}

resource "azuread_service_principal" "app" {
  client_id = azuread_application.app.client_id
}

data "azuread_service_principal" "legacy" {
  display_name = "legacy-app"
}

resource "azuread_user" "alice" {
  user_principal_name = "alice@contoso.com"
  display_name        = "Alice"
}

data "azuread_user" "bob" {
  user_principal_name = "bob@contoso.com"
}

data "azurerm_client_config" "current" {}
`;

/** A key-usage role on one key, granted to `principal`. */
const grant = (principal: string, role: string = LOCAL.cryptoUser) =>
  tf(ADMINS_GROUP, tfHsm(), DIRECTORY, tfLocalAssignment('app', { role, scope: '"/keys/k1"', principal }));
const principalAt = (files: Record<string, string>) => positionOf(files['main.tf'], 'principal_id       =');

const SP = grant('azuread_service_principal.app.object_id', LOCAL.serviceEncryptionUser);
const SP_DATA = grant('data.azuread_service_principal.legacy.object_id', LOCAL.serviceReleaseUser);
const APPLICATION = grant('azuread_application.app.object_id');
const USER = grant('azuread_user.alice.object_id');
const USER_DATA = grant('data.azuread_user.bob.object_id');

const OBJECT_ID = '44444444-4444-4444-4444-444444444444';
const plan = (references: string[]) => ({
  'plan.json': tfPlan([
    planHsm([OBJECT_ID]),
    planLocalAssignment(LOCAL.cryptoUser, '/keys/k1', OBJECT_ID, references),
  ]),
});
const PLAN_SP = plan(['azuread_service_principal.app.object_id', 'azuread_service_principal.app']);

new RuleTester(registry).run(rule, {
  valid: [
    {
      name: 'plan JSON: the resolved object id of a user-assigned identity',
      files: plan(['azurerm_user_assigned_identity.app.principal_id', 'azurerm_user_assigned_identity.app']),
    },
    {
      name: 'a user-assigned managed identity',
      files: grant('azurerm_user_assigned_identity.app.principal_id'),
    },
    {
      name: 'a system-assigned identity (identity[0])',
      files: grant('azurerm_linux_web_app.web.identity[0].principal_id'),
    },
    {
      name: 'a system-assigned identity (identity.0)',
      files: grant('azurerm_linux_web_app.web.identity.0.principal_id'),
    },
    { name: 'a group is not judged', files: grant('azuread_group.admins.object_id') },
    {
      name: 'the deploying principal is not judged',
      files: grant('data.azurerm_client_config.current.object_id'),
    },
    {
      name: 'Administrator to a service principal is not a key-usage role',
      files: grant('azuread_service_principal.app.object_id', LOCAL.administrator),
    },
  ],
  invalid: [
    {
      name: 'plan JSON: the resolved object id of an app registration, its reference kept',
      files: PLAN_SP,
      errors: [
        {
          messageId: 'appRegistration',
          ...positionOf(PLAN_SP['plan.json'], `"principal_id": "${OBJECT_ID}"`),
          message: `to ${OBJECT_ID} (azuread_service_principal.app.object_id)`,
        },
      ],
    },
    {
      name: 'the service principal of an app registration',
      files: SP,
      errors: [
        {
          messageId: 'appRegistration',
          ...principalAt(SP),
          message:
            "grants Managed HSM Crypto Service Encryption User on Managed HSM 'hsm1' to azuread_service_principal.app.object_id",
        },
      ],
    },
    {
      name: 'a looked-up service principal',
      files: SP_DATA,
      errors: [
        { messageId: 'appRegistration', ...principalAt(SP_DATA), message: 'Crypto Service Release User' },
      ],
    },
    {
      name: 'an app registration object id',
      files: APPLICATION,
      errors: [{ messageId: 'appRegistration', ...principalAt(APPLICATION) }],
    },
    { name: 'a user', files: USER, errors: [{ messageId: 'user', ...principalAt(USER) }] },
    {
      name: 'a looked-up user',
      files: USER_DATA,
      errors: [{ messageId: 'user', ...principalAt(USER_DATA) }],
    },
    {
      name: 'a literal object id needs the directory',
      files: grant('"44444444-4444-4444-4444-444444444444"'),
      errors: [{ messageId: 'unresolved', message: 'servicePrincipalType' }],
    },
    {
      name: 'a variable without a value',
      files: {
        'main.tf': `variable "principal" {\n  type = string\n}\n${grant('var.principal')['main.tf']}`,
      },
      errors: [{ messageId: 'unresolved', message: 'var.principal' }],
    },
  ],
});
