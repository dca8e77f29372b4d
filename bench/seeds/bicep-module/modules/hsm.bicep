// A Managed HSM and its keys, as the pool module of the benchmark seed.

param hsmName string
param location string
param admins array
param keys array

resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {
  name: hsmName
  location: location
  sku: {
    family: 'B'
    name: 'Standard_B1'
  }
  properties: {
    tenantId: tenant().tenantId
    initialAdminObjectIds: admins
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
      ipRules: [
        { value: '0.0.0.0/0' }
      ]
    }
  }

  resource hsmKeys 'keys' = [for key in keys: {
    name: key.name
    properties: {
      kty: key.kty
      keySize: key.?size
      curveName: key.?curve
      keyOps: [
        'wrapKey'
        'unwrapKey'
      ]
      attributes: {
        exp: key.?expires
      }
    }
  }]
}

output hsmId string = hsm.id
