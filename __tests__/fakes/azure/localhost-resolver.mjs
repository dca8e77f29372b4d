/**
 * Preload for a child process that talks to the Azure fake's data plane (`https://<hsm>.managedhsm.localhost:<port>`):
 *
 *   NODE_OPTIONS="--import <abs path>/localhost-resolver.mjs" NODE_EXTRA_CA_CERTS=<getTestTls().caFile> node dist/cli.js ...
 *
 * It makes `dns.lookup` (which `net`, `tls`, `http` and `https` call) resolve `localhost` and `*.localhost` to
 * 127.0.0.1 and fail every other name with ENOTFOUND, so the child can reach nothing but this machine.
 * Literal IP addresses are not looked up and still work.
 */
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  }
  const name = String(hostname).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) {
    if (options?.all) process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
    else process.nextTick(callback, null, '127.0.0.1', 4);
    return {};
  }
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (hsmlint fake Azure resolver)`), {
    code: 'ENOTFOUND',
    hostname,
    syscall: 'getaddrinfo',
  });
  process.nextTick(callback, error);
  return {};
}

dns.lookup = lookup;
dns.promises.lookup = async (hostname, options = {}) =>
  new Promise((resolve, reject) =>
    lookup(hostname, options, (error, address, family) =>
      error ? reject(error) : resolve(Array.isArray(address) ? address : { address, family }),
    ),
  );
syncBuiltinESMExports();
