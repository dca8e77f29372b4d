using './main.bicep'

param hsmName = 'fabrikam-bicep-hsm'
param appObjectId = '66666666-6666-6666-6666-666666666666'
param operatorObjectId = '77777777-7777-7777-7777-777777777777'

// Keys with weak sizes, a curve outside the allowed list, no expiry or an expiry already passed, no
// rotation, a software-only type, and a key exchange key that allows more than import.
param keys = [
  { name: 'legacy-rsa', kty: 'RSA', size: 2048, expires: 2051222400, rotate: true }
  { name: 'expiring-ec', kty: 'EC', curve: 'P-256K', ops: ['sign', 'verify'], expires: 1767225600 }
  { name: 'short-aes', kty: 'oct-HSM', size: 128, expires: 2051222400, rotate: true }
  { name: 'byok-kek', kty: 'RSA-HSM', size: 4096, ops: ['import', 'encrypt'], expires: 2051222400, rotate: true }
  { name: 'software-only', kty: 'oct', size: 256, rotate: true }
]
