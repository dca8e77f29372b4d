resource "azurerm_key_vault_managed_hardware_security_module" "this" {
  name                          = var.name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  sku_name                      = "Standard_B1"
  tenant_id                     = var.tenant_id
  admin_object_ids              = var.admin_object_ids
  purge_protection_enabled      = false
  soft_delete_retention_days    = 7
  public_network_access_enabled = var.public_access

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow"
  }
}
