/** A Terraform configuration file: native syntax (`.tf`) or JSON syntax (`.tf.json`). */
export const TERRAFORM_FILE = /\.tf(\.json)?$/i;

/** Terraform variables files are read with the root module beside them, never on their own. */
export const TFVARS_FILE = /\.tfvars(\.json)?$/i;
export const TFVARS_REASON = 'a Terraform variables file, read with the root module beside it';
