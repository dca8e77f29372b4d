# A deployment that works but ignores most of the guidance. The HSM itself comes from a local module;
# terraform.tfvars turns public access on.

provider "azurerm" {
  features {}
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "allow_public_access" {
  type    = bool
  default = false
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "hsm" {
  name     = "fabrikam-${var.environment}-hsm-rg"
  location = "eastus2"
}

resource "azurerm_log_analytics_workspace" "central" {
  name                = "fabrikam-${var.environment}-law"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = azurerm_resource_group.hsm.location
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

module "hsm" {
  source = "./modules/hsm"

  name                = "fabrikam-${var.environment}-hsm"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = azurerm_resource_group.hsm.location
  tenant_id           = data.azurerm_client_config.current.tenant_id
  # The pipeline identity becomes the only administrator.
  admin_object_ids = [data.azurerm_client_config.current.object_id]
  public_access    = var.allow_public_access

  log_analytics_workspace_id = azurerm_log_analytics_workspace.central.id

  keys = {
    payments = { type = "RSA-HSM", size = 2048, opts = ["encrypt", "decrypt", "wrapKey", "unwrapKey"] }
    tokens   = { type = "EC-HSM", curve = "P-256K", opts = ["sign", "verify"], expires = "2026-07-01T00:00:00Z" }
    sessions = { type = "oct-HSM", size = 128, opts = ["encrypt", "decrypt"] }
    imported = { type = "EC-HSM", curve = "P-384", opts = ["import", "sign", "verify"] }
  }
}

resource "azuread_application" "billing" {
  display_name = "fabrikam-billing"
}

resource "azuread_service_principal" "billing" {
  client_id = azuread_application.billing.client_id
}

# The billing application may use every key in the HSM.
resource "azurerm_key_vault_managed_hardware_security_module_role_assignment" "billing" {
  managed_hsm_id     = module.hsm.id
  name               = "6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f"
  scope              = "/"
  role_definition_id = "/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/21dbd100-6940-42c2-9190-5d6cb909625b"
  principal_id       = azuread_service_principal.billing.object_id
}

# A data-plane role granted through Azure RBAC does nothing.
resource "azurerm_role_assignment" "billing_crypto_user" {
  scope                = module.hsm.id
  role_definition_name = "Managed HSM Crypto User"
  principal_id         = azuread_service_principal.billing.object_id
}

# Permanent control-plane administration instead of a PIM-eligible assignment.
resource "azurerm_role_assignment" "ops_contributor" {
  scope                = module.hsm.id
  role_definition_name = "Managed HSM Contributor"
  principal_id         = data.azurerm_client_config.current.object_id
}
