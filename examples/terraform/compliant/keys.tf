resource "azurerm_key_vault_managed_hardware_security_module_key" "storage_cmk" {
  name            = "storage-cmk"
  managed_hsm_id  = azurerm_key_vault_managed_hardware_security_module.main.id
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2029-06-30T00:00:00Z"
}

resource "azurerm_key_vault_managed_hardware_security_module_key_rotation_policy" "storage_cmk" {
  managed_hsm_key_id = azurerm_key_vault_managed_hardware_security_module_key.storage_cmk.versionless_id
  expire_after       = "P2Y"
  time_before_expiry = "P60D"
}
