// A Managed HSM set up for convenience: reachable from the internet through an open firewall, purge
// protection off, short retention, no backup identity, no second region, its creator as the only
// administrator, and keys declared through Resource Manager with weak settings.

param hsmName string
param location string
param softDeleteRetentionInDays int = 7

@description('Address ranges allowed through the firewall.')
param allowedRanges array = [
  '0.0.0.0/0'
]

@description('Keys to create, as name, type and size.')
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
    initialAdminObjectIds: [
      deployer().objectId
    ]
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'None'
      defaultAction: 'Allow'
      ipRules: [for range in allowedRanges: { value: range }]
    }
  }

  resource hsmKeys 'keys' = [for key in keys: {
    name: key.name
    properties: {
      kty: key.kty
      keySize: key.?size
      curveName: key.?curve
      keyOps: key.?ops ?? [
        'wrapKey'
        'unwrapKey'
      ]
      attributes: {
        exp: key.?expires
      }
      rotationPolicy: key.?rotate ?? false
        ? {
            lifetimeActions: [
              { trigger: { timeAfterCreate: 'P1Y' }, action: { type: 'rotate' } }
            ]
          }
        : {
            lifetimeActions: [
              { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }
            ]
          }
    }
  }]
}

output hsmId string = hsm.id
output hsmName string = hsm.name
