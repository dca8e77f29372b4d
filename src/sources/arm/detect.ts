// A test on a JSON file's text that needs no parse, apart from the parser for folder walks.

/** Cheap byte-level test: can this JSON text be an ARM template or parameters file? */
export function mayBeArm(text: string): boolean {
  return /deploymentTemplate|deploymentParameters|"resources"\s*:/i.test(text);
}
