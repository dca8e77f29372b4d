// A Managed HSM set up the way 'Secure your Azure Managed HSM deployment' recommends: private access
// only, a deny-by-default firewall, purge protection, audit logs kept for a year and watched by Sentinel,
// availability alerts, replication to a second region, a backup identity, and keys with expiry and
// rotation. The Bicep twin of examples/arm/compliant.
metadata description = 'Compliant Managed HSM deployment'

@description('Name of the Managed HSM pool')
param hsmName string

param location string = 'westeurope'

param secondaryRegion string = 'northeurope'

param tenantId string = subscription().tenantId

@description('Object ids of the security groups that administer the HSM.')
param administratorGroupObjectIds array

param subnetId string

@description('Resource id of the user-assigned identity that full backups use.')
param backupIdentityId string

@description('Expiry of the keys, seconds since 1970 (2035-01-01).')
param keyExpiry int = 2051222400

var workspaceName = '${hsmName}-logs'

/** Keys: one signing key (RSA) and one tokenization key (EC), both rotated. */
var keys = [
  {
    name: 'payments-signing'
    kty: 'RSA-HSM'
    keySize: 3072
    rotation: [
      { trigger: { timeBeforeExpiry: 'P90D' }, action: { type: 'rotate' } }
      { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }
    ]
  }
  {
    name: 'tokenization'
    kty: 'EC-HSM'
    curveName: 'P-384'
    rotation: [
      { trigger: { timeAfterCreate: 'P1Y' }, action: { type: 'Rotate' } }
    ]
  }
]

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 365
  }
}

resource sentinel 'Microsoft.SecurityInsights/onboardingStates@2024-03-01' = {
  name: 'default'
  scope: workspace
  properties: {}
}

resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {
  name: hsmName
  location: location
  sku: {
    family: 'B'
    name: 'Standard_B1'
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${backupIdentityId}': {}
    }
  }
  properties: {
    tenantId: tenantId
    // hsmlint-disable-next-line admin-groups -- the parameter holds the object ids of the HSM administrator security groups, reviewed in the access review
    initialAdminObjectIds: administratorGroupObjectIds
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
    }
    regions: [
      { name: location, isPrimary: true }
      { name: secondaryRegion, isPrimary: false }
    ]
  }

  @metadata({
    hsmlint: {
      disable: [
        {
          rule: 'arm-key-management'
          reason: 'AllowKeyManagementOperationsThroughARM is enabled on purpose so that keys are reviewed as code (change CHG-1042)'
        }
      ]
    }
  })
  resource hsmKeys 'keys' = [for key in keys: {
    name: key.name
    properties: {
      kty: key.kty
      keySize: key.?keySize
      curveName: key.?curveName
      keyOps: [
        'sign'
        'verify'
      ]
      attributes: {
        enabled: true
        exp: keyExpiry
      }
      rotationPolicy: {
        attributes: {
          expiryTime: 'P2Y'
        }
        lifetimeActions: key.rotation
      }
    }
  }]
}

resource privateEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: '${hsmName}-pe'
  location: location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'managedhsm'
        properties: {
          privateLinkServiceId: hsm.id
          groupIds: [
            'managedhsm'
          ]
        }
      }
    ]
  }
}

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-workspace'
  scope: hsm
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

resource availability 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${hsmName}-availability'
  location: 'global'
  properties: {
    severity: 1
    enabled: true
    scopes: [
      hsm.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'availability'
          metricName: 'Availability'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
          criterionType: 'StaticThresholdCriterion'
        }
      ]
    }
  }
}

output hsmId string = hsm.id
