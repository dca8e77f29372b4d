# Benchmark seed: a Managed HSM from a local module, its values from terraform.tfvars, plus a key and a
# diagnostic setting declared beside the module.

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "hsm" {
  name     = "${var.prefix}-hsm-__ID__-rg"
  location = var.location
}

module "hsm" {
  source              = "./modules/hsm"
  name                = "${var.prefix}-hsm-__ID__"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = var.location
  tenant_id           = data.azurerm_client_config.current.tenant_id
  admin_object_ids    = var.admin_object_ids
  public_access       = var.public_access
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "signing" {
  name           = "signing-__ID__"
  managed_hsm_id = module.hsm.id
  key_type       = "RSA-HSM"
  key_size       = 2048
  key_opts       = ["sign", "verify"]
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "audit"
  target_resource_id         = module.hsm.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "AuditEvent"
  }
}
