// Tests on a Bicep file's name and text that need no parse, apart from the parser so that a folder walk
// decides most files without loading it.

const MAY_DEPLOY = /\b(?:resource|module)\s+[A-Za-z_]/;
const MAY_PARAMETERIZE = /\busing\s/;

/**
 * Cheap byte-level test: a template matters only if it declares a resource or a module, a parameters
 * file only if it has a `using` declaration. Other files (type and function libraries) are not read
 * further unless named explicitly.
 */
export function mayBeBicep(text: string, parametersFile: boolean): boolean {
  return (parametersFile ? MAY_PARAMETERIZE : MAY_DEPLOY).test(text);
}

export function isBicepParametersFile(file: string): boolean {
  return file.toLowerCase().endsWith('.bicepparam');
}

/** Why a Bicep file found in a folder walk is not read further, or undefined when it may deploy something. */
export function bicepSkipReason(file: string, text: string): string | undefined {
  const parametersFile = isBicepParametersFile(file);
  if (mayBeBicep(text, parametersFile)) return undefined;
  return parametersFile ? 'a Bicep parameters file without using' : 'declares no Bicep resource or module';
}
