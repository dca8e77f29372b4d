# The same resource through the AzAPI provider: the body is ARM-shaped, so the ARM defaults apply
# (purge protection omitted means on), and properties the azurerm provider lacks are available.

terraform {
  required_providers {
    azapi = { source = "Azure/azapi", version = "~> 2.0" }
  }
}

variable "hsm_type" {
  type    = string
  default = "Microsoft.KeyVault/managedHSMs@2025-07-01"
}

variable "resource_group_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/tailspin-hsm-rg"
}

variable "admin_group_object_id" {
  description = "Object id of the HSM administrators' security group."
  type        = string
  default     = "5b0c3a1e-7f2d-4e6a-9c8b-1d2e3f4a5b6c"
}

resource "azapi_resource" "hsm" {
  type      = var.hsm_type
  name      = "tailspin-hsm"
  parent_id = var.resource_group_id
  location  = "northeurope"

  body = {
    sku = {
      family = "B"
      name   = "Standard_B1"
    }
    properties = {
      tenantId                  = "72f988bf-0000-0000-0000-000000000000"
      initialAdminObjectIds     = [var.admin_group_object_id]
      softDeleteRetentionInDays = 30
      publicNetworkAccess       = "Enabled"
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Allow"
      }
    }
  }
}

resource "azapi_resource" "key" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2025-07-01"
  name      = "signing"
  parent_id = azapi_resource.hsm.id

  body = {
    properties = {
      kty       = "EC-HSM"
      curveName = "P-384"
      keyOps    = ["sign", "verify"]
    }
  }
}

# A key type a Managed HSM does not offer (its types are RSA-HSM, EC-HSM and oct-HSM).
resource "azapi_resource" "legacy_key" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2025-07-01"
  name      = "legacy"
  parent_id = azapi_resource.hsm.id

  body = {
    properties = {
      kty     = "oct"
      keySize = 256
      keyOps  = ["encrypt", "decrypt"]
    }
  }
}
