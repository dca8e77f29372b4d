import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseBicepSource } from '../../src/sources/bicep/index.js';
import type { FileFacts } from '../../src/sources/file-facts.js';
import { bicepDeploys, terraformFacts, TerraformWords } from '../../src/sources/file-facts.js';
import { loadSources } from '../../src/sources/index.js';
import { decodeSource } from '../../src/sources/read.js';
import { parseTerraformSource } from '../../src/sources/terraform/source.js';

beforeAll(loadSources);

const NOW = new Date('2026-06-01T00:00:00Z');
const HSM_BICEP = "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'h'\n}\n";
const HSM_TF = 'resource "azurerm_key_vault_managed_hardware_security_module" "h" {\n  name = "h"\n}\n';

/** A reader over in-memory files that notes what it was asked for. */
function reader(files: Record<string, string>) {
  const asked: string[] = [];
  const readFile = (file: string) => {
    asked.push(file);
    return Object.hasOwn(files, file) ? { text: files[file] } : { error: 'no such file' };
  };
  return { asked, readFile };
}

describe('facts the triage gathers', () => {
  it('are what the sources find in the files', () => {
    expect(
      bicepDeploys('a/main.bicep', "@description('x')\nmodule m '../lib/m.bicep' = {}\n", undefined),
    ).toEqual(['lib/m.bicep']);
    expect(bicepDeploys('a/main.bicep', "module m 'br:example.azurecr.io/m:1' = {}\n", undefined)).toEqual(
      [],
    );
    expect(
      bicepDeploys('a/main.bicep', "module m 'br/public:m:1' = {}\n", { 'br/public:m:1': 'vendor/m.bicep' }),
    ).toEqual(['vendor/m.bicep']);
    expect(bicepDeploys('a/main.bicepparam', "using './main.bicep'\n", undefined)).toEqual(['a/main.bicep']);
    expect(terraformFacts('a/main.tf', 'module "m" {\n  source = "../m/"\n}\n', undefined)).toEqual({
      kind: 'terraform',
      relevant: false,
      calls: ['m'],
    });
    expect(terraformFacts('a/main.tf', HSM_TF, undefined)).toMatchObject({ relevant: true, calls: [] });
  });

  it('come from a Terraform file’s bytes unless it writes source, or its bytes are not plain UTF-8', () => {
    const ofBytes = (text: string | Buffer, modules?: Record<string, string>) => {
      const words = new TerraformWords();
      words.add(typeof text === 'string' ? Buffer.from(text) : text);
      return words.facts(modules);
    };
    expect(ofBytes(HSM_TF)).toEqual({ kind: 'terraform', relevant: true, calls: [] });
    expect(ofBytes('resource "azurerm_storage_account" "s" {}\n')).toEqual({
      kind: 'terraform',
      relevant: false,
      calls: [],
    });
    expect(ofBytes('module "m" {\n  source = "./m"\n}\n')).toBeUndefined();
    expect(ofBytes('module "m" {\n  source  = "../m"\n}\n')).toBeUndefined();
    // A provider's source, or a registry module's, calls no local folder: unless `modules` maps it.
    const providers =
      'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm" }\n  }\n}\n';
    expect(ofBytes(providers)).toEqual({ kind: 'terraform', relevant: false, calls: [] });
    expect(ofBytes(`${providers}${HSM_TF}`)).toEqual({ kind: 'terraform', relevant: true, calls: [] });
    expect(ofBytes(providers, { 'hashicorp/azurerm': 'vendor/azurerm' })).toBeUndefined();
    // What the bytes tell agrees with the text.
    expect(terraformFacts('main.tf', providers, undefined)).toEqual(ofBytes(providers));
    expect(ofBytes(Buffer.from(`\ufeff${HSM_TF}`, 'utf16le'))).toBeUndefined();
  });
});

describe('a Terraform file’s facts from its bytes', () => {
  it('never differ from those of its text, whatever the file holds', () => {
    const fragment = fc.constantFrom(
      'module "m" {',
      '}',
      '\n',
      ' ',
      '=',
      '"',
      'source',
      ' source = ',
      'Source',
      'resource',
      '"./m"',
      '"../x/"',
      '"./',
      '"hashicorp/azurerm"',
      'managed_hardware_security_module',
      'SENTINEL',
      'é',
      '\u00a0',
      '\0',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), fc.boolean(), fc.boolean(), (parts, bom, mapped) => {
        const bytes = Buffer.from((bom ? '\ufeff' : '') + parts.join(''));
        const modules = mapped ? { 'hashicorp/azurerm': 'vendor/azurerm' } : undefined;
        const words = new TerraformWords();
        words.add(bytes);
        const fromBytes = words.facts(modules);
        if (fromBytes === undefined) return;
        const read = decodeSource(bytes);
        expect(read.ok).toBe(true);
        if (read.ok) expect(fromBytes).toEqual(terraformFacts('app/main.tf', read.text, modules));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sources given facts', () => {
  it('Bicep: takes which files deploy which from the facts instead of reading the files', () => {
    const { asked, readFile } = reader({ 'main.bicep': 'param p string\n', 'hsm.bicep': HSM_BICEP });
    const facts = (file: string): FileFacts | undefined =>
      file === 'main.bicep' ? { kind: 'bicep', deploys: ['hsm.bicep'] } : undefined;
    const options = { explicit: false, readFile, now: NOW, scanFiles: ['main.bicep', 'hsm.bicep'], facts };
    const outcome = parseBicepSource('hsm.bicep', HSM_BICEP, options);
    // The facts say main.bicep deploys hsm.bicep, so its resources are reported there, not here.
    expect(outcome).toMatchObject({ kind: 'parsed', parsed: { resources: [] } });
    expect(asked).not.toContain('main.bicep');
  });

  it('Terraform: takes relevance and module calls from the facts instead of reading the files', () => {
    const files = { 'app/main.tf': 'locals {\n  a = 1\n}\n', 'app/modules/hsm/main.tf': HSM_TF };
    const { asked, readFile } = reader(files);
    const listDir = (dir: string) =>
      dir === 'app' ? ['main.tf'] : dir === 'app/modules/hsm' ? ['main.tf'] : { error: 'no such folder' };
    const facts = (file: string): FileFacts | undefined =>
      file === 'app/main.tf' ? { kind: 'terraform', relevant: false, calls: ['app/modules/hsm'] } : undefined;
    const outcome = parseTerraformSource('app/modules/hsm/main.tf', HSM_TF, {
      explicit: false,
      workspace: { readFile, listDir },
      now: NOW,
      scanFiles: ['app/main.tf', 'app/modules/hsm/main.tf'],
      facts,
      cache: new Map(),
    });
    // The facts say app/ calls the module: it is checked through its caller.
    expect(outcome).toEqual({
      kind: 'skipped',
      reason: 'a Terraform module called by another scanned folder, checked through its caller',
    });
    expect(asked).not.toContain('app/main.tf');
  });
});
