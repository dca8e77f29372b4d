// Benchmark seed: a Managed HSM pool deployed through a local module, with keys from a loop, a role
// assignment on the pool and a diagnostic setting. Values come from main.bicepparam.

param prefix string
param location string = resourceGroup().location
param adminGroupObjectIds array
param keys array = []
param appObjectId string

module pool './modules/hsm.bicep' = {
  name: 'pool-__ID__'
  params: {
    hsmName: '${prefix}-pool-__ID__'
    location: location
    admins: adminGroupObjectIds
    keys: keys
  }
}

resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing = {
  name: '${prefix}-pool-__ID__'
}

resource appAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hsm.id, appObjectId, 'contributor')
  scope: hsm
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '18500a29-7fe2-46b2-a342-b16a415e101d')
    principalId: appObjectId
    principalType: 'ServicePrincipal'
  }
}

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: hsm
  properties: {
    workspaceId: resourceId('Microsoft.OperationalInsights/workspaces', 'central-logs')
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}
