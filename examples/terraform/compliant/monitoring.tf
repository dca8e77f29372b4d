resource "azurerm_log_analytics_workspace" "security" {
  name                = "${local.prefix}-security-law"
  resource_group_name = azurerm_resource_group.hsm.name
  location            = azurerm_resource_group.hsm.location
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_sentinel_log_analytics_workspace_onboarding" "security" {
  workspace_id = azurerm_log_analytics_workspace.security.id
}

resource "azurerm_monitor_diagnostic_setting" "hsm_audit" {
  name                       = "hsm-audit"
  target_resource_id         = azurerm_key_vault_managed_hardware_security_module.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_monitor_action_group" "security" {
  name                = "${local.prefix}-security-ag"
  resource_group_name = azurerm_resource_group.hsm.name
  short_name          = "secops"

  email_receiver {
    name          = "secops"
    email_address = "secops@contoso.example"
  }
}

resource "azurerm_monitor_metric_alert" "hsm_availability" {
  name                = "${local.prefix}-hsm-availability"
  resource_group_name = azurerm_resource_group.hsm.name
  scopes              = [azurerm_key_vault_managed_hardware_security_module.main.id]
  description         = "Managed HSM availability dropped below 99.9%."
  severity            = 1

  criteria {
    metric_namespace = "Microsoft.KeyVault/managedHSMs"
    metric_name      = "Availability"
    aggregation      = "Average"
    operator         = "LessThan"
    threshold        = 99.9
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
