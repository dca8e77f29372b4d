prefix           = "bench"
admin_object_ids = ["6b1c4e0a-2f7d-4c55-9a3e-1d2f3a4b5c6d"]
public_access    = true
workspace_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/central-logs"
