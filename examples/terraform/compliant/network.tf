variable "private_endpoint_subnet_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/contoso-network-rg/providers/Microsoft.Network/virtualNetworks/contoso-vnet/subnets/private-endpoints"
}

resource "azurerm_private_endpoint" "hsm" {
  name                = "${local.prefix}-hsm-pe"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = azurerm_resource_group.hsm.location
  subnet_id           = var.private_endpoint_subnet_id

  private_service_connection {
    name                           = "${local.prefix}-hsm-psc"
    private_connection_resource_id = azurerm_key_vault_managed_hardware_security_module.main.id
    subresource_names              = ["managedhsm"]
    is_manual_connection           = false
  }
}
