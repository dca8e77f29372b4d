/**
 * A throwaway certificate authority and a server certificate for the local Azure fake, made with the
 * `openssl` command line tool the first time they are asked for and then kept for the life of the process.
 *
 * The server certificate names `127.0.0.1`, `localhost` and `*.managedhsm.localhost` (the data plane of each
 * fake Managed HSM is `https://<name>.managedhsm.localhost:<port>`). Node refuses `*.localhost` (a wildcard
 * over a single label), so the wildcard sits one label deeper.
 *
 * `caFile` is a PEM file for `NODE_EXTRA_CA_CERTS` in a child process (Node reads that variable only at
 * start-up). It lives in `<tmpdir>/hsmlint-fake-azure/`, one file per process; Jest ends its workers without
 * their 'exit' listeners running, so instead each new CA removes files there older than a day. The keys and
 * the CA's private key never stay on disk.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestTls {
  /** The CA certificate (PEM). Trust it with `new https.Agent({ ca: caPem })`. */
  caPem: string;
  /** Path of a file holding `caPem`, for `NODE_EXTRA_CA_CERTS`. */
  caFile: string;
  /** The server's private key (PEM, EC P-256). */
  keyPem: string;
  /** The server certificate (PEM), signed by the CA. */
  certPem: string;
  /** The names the server certificate covers. */
  names: string[];
}

/** Subject alternative names of the server certificate. */
export const SERVER_NAMES = ['IP:127.0.0.1', 'DNS:localhost', 'DNS:*.managedhsm.localhost'];

let cached: TestTls | undefined;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The test CA and server certificate, made once per process. */
export function getTestTls(): TestTls {
  if (cached) return cached;
  const work = mkdtempSync(join(tmpdir(), 'hsmlint-fake-azure-'));
  try {
    cached = generate(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return cached;
}

function keepCaFile(caPem: string): string {
  const dir = join(tmpdir(), 'hsmlint-fake-azure');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
  const file = join(dir, `ca-${process.pid}-${randomBytes(4).toString('hex')}.pem`);
  writeFileSync(file, caPem);
  return file;
}

function generate(dir: string): TestTls {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=hsmlint throwaway test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(
    ['req', '-new', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'],
    dir,
  );
  writeFileSync(
    join(dir, 'server.ext'),
    [
      `subjectAltName=${SERVER_NAMES.join(',')}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'),
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      `0x${randomBytes(8).toString('hex')}`,
      '-days',
      '2',
      '-extfile',
      'server.ext',
      '-out',
      'server.pem',
    ],
    dir,
  );
  const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
  return {
    caPem,
    caFile: keepCaFile(caPem),
    keyPem: readFileSync(join(dir, 'server.key'), 'utf8'),
    certPem: readFileSync(join(dir, 'server.pem'), 'utf8'),
    names: [...SERVER_NAMES],
  };
}
