import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/rbac-least-privilege.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import {
  ADMINS_GROUP,
  HSM_TYPE,
  loadTerraform,
  LOCAL,
  positionOf,
  tf,
  tfHsm,
  tfLocalAssignment,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const IDENTITY = `resource "azurerm_user_assigned_identity" "app" {
  name                = "id-app"
  resource_group_name = "rg"
  location            = "westeurope"
}
`;
const KEY = `resource "${HSM_TYPE}_key" "app" {
  name            = "app-key"
  managed_hsm_id  = ${HSM_TYPE}.hsm.id
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2029-06-30T00:00:00Z"
}
`;
/** The built-in role looked up by its GUID, as the azurerm documentation does. */
const ROLE_LOOKUP = (guid: string) => `data "${HSM_TYPE}_role_definition" "role" {
  managed_hsm_id = ${HSM_TYPE}.hsm.id
  name           = "${guid}"
}
`;
const MI = 'azurerm_user_assigned_identity.app.principal_id';

/** One assignment on the HSM, with the identity and the HSM declared. */
const config = (assignment: string, ...more: string[]) =>
  tf(ADMINS_GROUP, tfHsm(), IDENTITY, ...more, assignment);
const scopeAt = (files: Record<string, string>) => positionOf(files['main.tf'], 'scope              =');

const AT_ROOT = config(tfLocalAssignment('app', { role: LOCAL.cryptoUser, scope: '"/"', principal: MI }));
const AT_KEYS = config(
  tfLocalAssignment('app', { role: LOCAL.serviceEncryptionUser, scope: '"/keys"', principal: MI }),
);
const AT_KEYS_SLASH = config(
  tfLocalAssignment('app', { role: LOCAL.serviceReleaseUser, scope: '"/Keys/"', principal: MI }),
);
const LOOKED_UP = config(
  tfLocalAssignment('app', {
    role: `data.${HSM_TYPE}_role_definition.role.resource_manager_id`,
    raw: true,
    scope: '"/keys"',
    principal: MI,
  }),
  ROLE_LOOKUP(LOCAL.cryptoUser),
);
const ROLE_FROM_VARIABLE = config(
  tfLocalAssignment('app', { role: 'var.role_id', raw: true, scope: '"/"', principal: MI }),
  'variable "role_id" {\n  type = string\n}\n',
);

new RuleTester(registry).run(rule, {
  valid: [
    {
      name: 'Crypto User on one key',
      files: config(
        tfLocalAssignment('app', { role: LOCAL.cryptoUser, scope: '"/keys/app-key"', principal: MI }),
      ),
    },
    {
      name: 'Crypto Service Encryption User on a key named by reference',
      files: config(
        tfLocalAssignment('app', {
          role: LOCAL.serviceEncryptionUser,
          scope: `"/keys/\${${HSM_TYPE}_key.app.name}"`,
          principal: MI,
        }),
        KEY,
      ),
    },
    {
      name: 'Administrator and Crypto Auditor at / are not key-usage roles',
      files: config(
        tfLocalAssignment('admin', {
          role: LOCAL.administrator,
          scope: '"/"',
          principal: 'azuread_group.admins.object_id',
        }) + tfLocalAssignment('audit', { role: LOCAL.cryptoAuditor, scope: '"/"', principal: MI }),
      ),
    },
    {
      name: 'a looked-up Crypto Officer role at /',
      files: config(
        tfLocalAssignment('app', {
          role: `data.${HSM_TYPE}_role_definition.role.resource_manager_id`,
          raw: true,
          scope: '"/"',
          principal: MI,
        }),
        ROLE_LOOKUP(LOCAL.cryptoOfficer),
      ),
    },
  ],
  invalid: [
    {
      name: 'Crypto User at /',
      files: AT_ROOT,
      errors: [
        {
          messageId: 'broadScope',
          ...scopeAt(AT_ROOT),
          message: "grants Managed HSM Crypto User at scope / of Managed HSM 'hsm1'",
        },
      ],
    },
    {
      name: 'Crypto Service Encryption User at /keys',
      files: AT_KEYS,
      errors: [{ messageId: 'broadScope', ...scopeAt(AT_KEYS), message: 'Encryption User at scope /keys' }],
    },
    {
      name: 'Crypto Service Release User at /Keys/ (normalised), told apart from Crypto User by the last digit',
      files: AT_KEYS_SLASH,
      errors: [
        {
          messageId: 'broadScope',
          ...scopeAt(AT_KEYS_SLASH),
          message: 'Managed HSM Crypto Service Release User at scope /Keys/ (/keys)',
        },
      ],
    },
    {
      name: 'a looked-up Crypto User role at /keys',
      files: LOOKED_UP,
      errors: [{ messageId: 'broadScope', ...scopeAt(LOOKED_UP), message: 'Managed HSM Crypto User' }],
    },
    {
      name: 'a role from a variable without a value, at /',
      files: ROLE_FROM_VARIABLE,
      errors: [{ messageId: 'unresolved', message: 'var.role_id' }],
    },
    {
      name: 'Crypto User on a scope from a variable without a value',
      files: config(
        tfLocalAssignment('app', { role: LOCAL.cryptoUser, scope: 'var.scope', principal: MI }),
        'variable "scope" {\n  type = string\n}\n',
      ),
      errors: [{ messageId: 'unresolved', message: 'var.scope' }],
    },
  ],
});
