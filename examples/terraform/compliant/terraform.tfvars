security_domain_certificate_ids = [
  "https://contoso-sd-kv.vault.azure.net/certificates/sd-cert-1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
  "https://contoso-sd-kv.vault.azure.net/certificates/sd-cert-2/1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
  "https://contoso-sd-kv.vault.azure.net/certificates/sd-cert-3/2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a",
]
