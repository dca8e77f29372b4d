using './main.bicep'

param prefix = 'bench'
param adminGroupObjectIds = [
  '6b1c4e0a-2f7d-4c55-9a3e-1d2f3a4b5c6d'
]
param appObjectId = '66666666-6666-6666-6666-666666666666'
param keys = [
  { name: 'wrap-__ID__', kty: 'RSA-HSM', size: 3072, expires: 2051222400 }
  { name: 'legacy-__ID__', kty: 'RSA-HSM', size: 1024 }
  { name: 'aes-__ID__', kty: 'oct-HSM', size: 128, expires: 2051222400 }
]
