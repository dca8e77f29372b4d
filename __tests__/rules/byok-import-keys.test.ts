import rule from '../../rules/byok-import-keys.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';

const { keyOps: _omitted, ...withoutOps } = COMPLIANT_KEY;
const kek = (kty: unknown, keyOps: unknown) => withHsm(key({ ...withoutOps, kty, keySize: 4096, keyOps }));

new RuleTester(registry).run(rule, {
  valid: [
    {
      name: 'RSA-HSM key exchange key allowing only import',
      files: { 'a.json': kek('RSA-HSM', ['import']) },
    },
    { name: 'RSA is RSA-HSM in a Managed HSM', files: { 'a.json': kek('RSA', ['import']) } },
    {
      name: 'nested key exchange key',
      files: { 'a.json': nestedKey({ ...withoutOps, keyOps: ['import'] }) },
    },
    {
      name: 'a key without import is not a key exchange key',
      files: { 'a.json': withHsm(key(COMPLIANT_KEY)) },
    },
    { name: 'an EC key without import', files: { 'a.json': kek('EC-HSM', ['sign', 'verify']) } },
    { name: 'a key without keyOps', files: { 'a.json': withHsm(key(withoutOps)) } },
    {
      name: 'case-insensitive names and values',
      files: { 'a.json': withHsm(key({ KTY: 'rsa-hsm', KEYOPS: ['Import'] })) },
    },
    {
      name: 'kty missing: key-type reports it',
      files: { 'a.json': withHsm(key({ keyOps: ['import'] })) },
    },
  ],
  invalid: [
    {
      name: 'import together with other operations',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM",
      "keyOps": ["import", "wrapKey", "unwrapKey"]
    }`),
      },
      errors: [
        {
          messageId: 'notExclusive',
          line: 8,
          column: 7,
          message: "Key 'hsm1/key1' allows 'import' together with 'wrapKey', 'unwrapKey'",
        },
      ],
    },
    {
      name: 'an EC key exchange key',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "EC-HSM",
      "keyOps": ["import"]
    }`),
      },
      errors: [{ messageId: 'notRsaHsm', line: 7, column: 7, message: 'its key type is EC-HSM' }],
    },
    {
      name: 'an oct-HSM key that allows import and decrypt',
      files: { 'a.json': withHsm(key({ kty: 'oct-HSM', keySize: 256, keyOps: ['decrypt', 'import'] })) },
      errors: [
        { messageId: 'notRsaHsm', message: 'oct-HSM' },
        { messageId: 'notExclusive', message: "'decrypt'" },
      ],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...withoutOps, keyOps: ['import', 'release'] }) },
      errors: [{ messageId: 'notExclusive', message: "'release'" }],
    },
    {
      name: 'keyOps from an expression: unresolved',
      files: {
        'a.json': withParameters({ ops: 'array' }, key({ ...withoutOps, keyOps: "[parameters('ops')]" })),
      },
      errors: [{ messageId: 'unresolved', message: "properties.keyOps is [parameters('ops')]" }],
    },
    {
      name: 'import with an operation from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { op: 'string' },
          key({ ...withoutOps, keyOps: ['import', "[parameters('op')]"] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: 'must allow nothing else' }],
    },
    {
      name: 'an operation from an expression could be import: unresolved',
      files: {
        'a.json': withParameters(
          { op: 'string' },
          key({ ...withoutOps, keyOps: ['wrapKey', "[parameters('op')]"] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "[parameters('op')]" }],
    },
    {
      name: 'import with kty from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...withoutOps, kty: "[parameters('kty')]", keyOps: ['import'] }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "properties.kty is [parameters('kty')]" }],
    },
  ],
});
