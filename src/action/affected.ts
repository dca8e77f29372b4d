import { readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { TERRAFORM_FILE, TFVARS_FILE } from '../sources/terraform/files.js';

/**
 * The files a pull request review must scan: the changed source files, plus every entry point that
 * reads a changed file (a template that links a changed template, or whose parameters file changed),
 * so that a change in a module is judged where it is used. Dependents are found by a byte search for
 * the changed file's name in the other candidate files, which costs one read per candidate and no
 * parsing.
 */
export function affectedEntryPoints(
  changed: readonly string[],
  candidates: readonly string[],
  workspace: string,
  sourceExtensions: readonly string[],
): string[] {
  const isSource = (file: string) => sourceExtensions.some((ext) => file.toLowerCase().endsWith(ext));
  const isTerraform = (file: string) => TERRAFORM_FILE.test(file);
  const changedSources = changed.filter(isSource);
  const affected = new Set(changedSources);
  // Terraform variable files are read by the root module beside them.
  for (const file of changed.filter((f) => TFVARS_FILE.test(f))) {
    for (const candidate of candidates)
      if (isTerraform(candidate) && posix.dirname(candidate) === posix.dirname(file)) affected.add(candidate);
  }
  if (affected.size === 0) return [];

  // A parameters file belongs to the template it is named after, or to every template beside it.
  const byDir = new Map<string, string[]>();
  for (const file of candidates)
    byDir.set(posix.dirname(file), [...(byDir.get(posix.dirname(file)) ?? []), file]);
  for (const file of changedSources) {
    const name = posix.basename(file);
    const match = /^(.*)\.parameters\.jsonc?$/i.exec(name);
    if (match) {
      // `main.parameters.json` belongs to `main.json`, or to `main.bicep`.
      for (const extension of ['.json', '.bicep']) {
        const template = posix.join(posix.dirname(file), `${match[1]}${extension}`);
        if (candidates.includes(template)) affected.add(template);
      }
    } else if (/^parameters\.jsonc?$/i.test(name)) {
      for (const sibling of byDir.get(posix.dirname(file)) ?? []) affected.add(sibling);
    }
  }

  // A Terraform module is called by its folder (`source = "../modules/hsm"`), other files by their name.
  const needles = [
    ...new Set(
      changedSources.map((f) =>
        isTerraform(f) ? `/${posix.basename(posix.dirname(f))}"`.toLowerCase() : basename(f).toLowerCase(),
      ),
    ),
  ];
  for (const candidate of candidates) {
    if (affected.has(candidate)) continue;
    let text: string;
    try {
      text = readFileSync(join(workspace, candidate), 'utf8').toLowerCase();
    } catch {
      continue;
    }
    if (needles.some((needle) => text.includes(needle))) affected.add(candidate);
  }
  return [...affected].sort();
}
