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
  type = bool
}
