variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "tenant_id" {
  type = string
}

variable "admin_object_ids" {
  type = list(string)
}

variable "public_access" {
  type    = bool
  default = false
}

variable "keys" {
  description = "Keys to create, by name."
  type = map(object({
    type    = string
    size    = optional(number)
    curve   = optional(string)
    opts    = list(string)
    expires = optional(string)
  }))
  default = {}
}

variable "log_analytics_workspace_id" {
  type = string
}
