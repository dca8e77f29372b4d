// Everything the rules catch, in Bicep: a pool deployed through a conditional module
// (modules/hsm.bicep), access granted the wrong way, and logs that nobody keeps or watches.
// Its values come from main.bicepparam.

param hsmName string
param location string = resourceGroup().location
param deployPool bool = true
param keys array = []
param appObjectId string
param operatorObjectId string

var cryptoUserRole = '21dbd100-6940-42c2-9190-5d6cb909625b' // a Managed HSM local RBAC role
var contributorRole = '18500a29-7fe2-46b2-a342-b16a415e101d' // Managed HSM Contributor (Azure RBAC)

module pool './modules/hsm.bicep' = if (deployPool) {
  name: 'pool'
  params: {
    hsmName: hsmName
    location: location
    keys: keys
  }
}

// The pool as other resources of this file refer to it.
resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing = {
  name: hsmName
}

resource appAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hsm.id, appObjectId, 'crypto-user')
  scope: hsm
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cryptoUserRole)
    principalId: appObjectId
    principalType: 'ServicePrincipal'
  }
}

resource operatorAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hsm.id, operatorObjectId, 'contributor')
  scope: hsm
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', contributorRole)
    principalId: operatorObjectId
    principalType: 'User'
  }
}

// A private endpoint that asks for the wrong sub-resource.
resource privateEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: '${hsmName}-pe'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'private-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: pool.outputs.hsmId
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

// Logs kept for the default 30 days, in a workspace Sentinel does not watch.
resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'fabrikam-bicep-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
  }
}

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
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

// A second pool that sends only metrics, and has no private endpoint or alert either.
resource metricsOnly 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {
  name: '${hsmName}-metrics'
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
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
    }
  }
}

resource metrics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'metrics'
  scope: metricsOnly
  properties: {
    workspaceId: workspace.id
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}
