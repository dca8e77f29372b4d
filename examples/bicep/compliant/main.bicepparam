using './main.bicep'

param hsmName = 'contoso-bicep-hsm'
param administratorGroupObjectIds = [
  '6b1c4e0a-2f7d-4c55-9a3e-1d2f3a4b5c6d'
]
param subnetId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/hub/subnets/private-endpoints'
param backupIdentityId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/security/providers/Microsoft.ManagedIdentity/userAssignedIdentities/hsm-backup'
