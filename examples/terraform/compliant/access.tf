# Local RBAC (data plane): each workload gets the narrowest role at the narrowest scope.

data "azurerm_key_vault_managed_hardware_security_module_role_definition" "crypto_service_encryption_user" {
  managed_hsm_id = azurerm_key_vault_managed_hardware_security_module.main.id
  name           = "33413926-3206-4cdd-b39a-83574fe37a17"
}

data "azurerm_key_vault_managed_hardware_security_module_role_definition" "crypto_auditor" {
  managed_hsm_id = azurerm_key_vault_managed_hardware_security_module.main.id
  name           = "2c18b078-7c48-4d3a-af88-5a3a1b3f82b3"
}

resource "azurerm_user_assigned_identity" "storage_cmk" {
  name                = "${local.prefix}-storage-cmk"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = azurerm_resource_group.hsm.location
}

# The storage account's customer-managed key identity may wrap and unwrap one key only.
resource "azurerm_key_vault_managed_hardware_security_module_role_assignment" "storage_cmk" {
  managed_hsm_id     = azurerm_key_vault_managed_hardware_security_module.main.id
  name               = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
  scope              = "/keys/${azurerm_key_vault_managed_hardware_security_module_key.storage_cmk.name}"
  role_definition_id = data.azurerm_key_vault_managed_hardware_security_module_role_definition.crypto_service_encryption_user.resource_manager_id
  principal_id       = azurerm_user_assigned_identity.storage_cmk.principal_id
}

# Azure Policy evaluates existing keys only when the Key Governance Service can read them.
resource "azurerm_key_vault_managed_hardware_security_module_role_assignment" "key_governance" {
  managed_hsm_id     = azurerm_key_vault_managed_hardware_security_module.main.id
  name               = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  scope              = "/"
  role_definition_id = data.azurerm_key_vault_managed_hardware_security_module_role_definition.crypto_auditor.resource_manager_id
  principal_id       = data.azuread_service_principal.key_governance.object_id
}

# Control plane: operators activate Managed HSM Contributor through PIM when they need it.
resource "azurerm_pim_eligible_role_assignment" "hsm_contributor" {
  scope              = azurerm_key_vault_managed_hardware_security_module.main.id
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/18500a29-7fe2-46b2-a342-b16a415e101d"
  principal_id       = data.azuread_group.hsm_admins.object_id

  schedule {
    expiration {
      duration_days = 180
    }
  }

  justification = "Managed HSM operations"
}
