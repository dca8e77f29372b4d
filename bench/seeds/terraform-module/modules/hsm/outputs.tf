output "id" {
  value = azurerm_key_vault_managed_hardware_security_module.this.id
}
