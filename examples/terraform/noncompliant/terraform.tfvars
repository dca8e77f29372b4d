environment         = "prod"
allow_public_access = true
