// SoftHSM2 tokens in temporary directories, for nodes started with the HSM flags.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { heldKey } from './registry.mjs';

/** The SoftHSM2 PKCS#11 module: $KEYREG_PKCS11_MODULE, else Debian's path. */
export const softhsmModule = process.env.KEYREG_PKCS11_MODULE || '/usr/lib/softhsm/libsofthsm2.so';

/**
 * A fresh SoftHSM2 token `label` with user PIN `pin`, in its own directory.
 * The PIN goes to a mode-600 file, as an operator would keep it.
 */
export function createToken({ label = 'keyreg', pin = 'e2e-user-pin' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'keyreg-softhsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  const env = { SOFTHSM2_CONF: conf };
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--so-pin', 'e2e-so-pin', '--pin', pin], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  const pinFile = join(dir, 'user.pin');
  writeFileSync(pinFile, `${pin}\n`, { mode: 0o600 });
  return {
    label, pin, dir, env, pinFile,
    /** The node flags that put the registry's off-chain keys in this token. */
    flags: (pinPath = pinFile) => ['--hsm-module', softhsmModule, '--hsm-token-label', label, '--hsm-pin-file', pinPath],
    /** Runs `keyreg-node hsm <args>` against this token; returns its stdout lines. */
    hsm: (node, ...args) => execFileSync(node, ['hsm', ...args, '--hsm-module', softhsmModule, '--hsm-token-label', label, '--hsm-pin-file', pinFile], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString().trim().split('\n').filter((line) => line.length > 0),
    /**
     * Generates an ed25519 key in this token with `keyreg-node hsm generate`;
     * the key signs in the token with `keyreg-node hsm sign`.
     */
    ed25519Key(node) {
      const [publicHex] = this.hsm(node, 'generate', '--scheme', 'ed25519');
      return heldKey('Ed25519', hexToU8a(publicHex),
        (message) => hexToU8a(this.hsm(node, 'sign', '--public', publicHex, '--message', u8aToHex(message))[0]));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
