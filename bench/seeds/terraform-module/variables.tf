variable "prefix" {
  type    = string
  default = "seed"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "admin_object_ids" {
  type = list(string)
}

variable "public_access" {
  type    = bool
  default = false
}

variable "workspace_id" {
  type = string
}
