resource "azurerm_key_vault_managed_hardware_security_module" "this" {
  name                          = var.name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  sku_name                      = "Standard_B1"
  tenant_id                     = var.tenant_id
  admin_object_ids              = var.admin_object_ids
  public_network_access_enabled = var.public_access
  soft_delete_retention_days    = 7

  security_domain_key_vault_certificate_ids = [
    "https://fabrikam-kv.vault.azure.net/certificates/sd-1/4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b",
    "https://fabrikam-kv.vault.azure.net/certificates/sd-2/5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c",
    "https://fabrikam-kv.vault.azure.net/certificates/sd-3/6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d",
  ]
  # Every certificate is needed to recover: losing one loses the HSM.
  security_domain_quorum = 3
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "this" {
  for_each = var.keys

  name            = each.key
  managed_hsm_id  = azurerm_key_vault_managed_hardware_security_module.this.id
  key_type        = each.value.type
  key_size        = each.value.size
  curve           = each.value.curve
  key_opts        = each.value.opts
  expiration_date = each.value.expires
}

resource "azurerm_key_vault_managed_hardware_security_module_role_definition" "key_exporter" {
  name           = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"
  managed_hsm_id = azurerm_key_vault_managed_hardware_security_module.this.id
  role_name      = "Key exporter"
  description    = "Uses keys and can also export them."

  permission {
    data_actions = [
      "Microsoft.KeyVault/managedHsm/keys/read/action",
      "Microsoft.KeyVault/managedHsm/keys/encrypt/action",
      "Microsoft.KeyVault/managedHsm/keys/export/action",
    ]
  }
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault_managed_hardware_security_module.this.id
  log_analytics_workspace_id = var.log_analytics_workspace_id

  # The legacy blocks of azurerm 3.x: policy evaluations are kept, the audit log is switched off.
  log {
    category = "AzurePolicyEvaluationDetails"
    enabled  = true
  }

  log {
    category = "AuditEvent"
    enabled  = false
  }
}
