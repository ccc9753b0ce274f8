// Starting keyreg-node processes for tests and benchmarks, and connecting
// polkadot.js to them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';

export { Keyring } from '@polkadot/api';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The node binary: $KEYREG_NODE, else the release build in the cargo target dir. */
export function nodeBinary() {
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'keyreg', 'target');
  const binary = process.env.KEYREG_NODE || join(target, 'release', 'keyreg-node');
  if (!existsSync(binary)) {
    throw new Error(`${binary} does not exist: build it with \`cargo build --release -p keyreg-node\` or set KEYREG_NODE`);
  }
  return binary;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `count` consecutive TCP ports, all free right now; returns the first. */
export async function freePortRange(count) {
  const isFree = (port) => new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    const base = 20000 + Math.floor(Math.random() * 40000);
    let all = true;
    for (let i = 0; i < count && all; i++) all = await isFree(base + i);
    if (all) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

/**
 * Runs `command args`, and resolves once every pattern in `waitFor` has matched
 * a line of its output (stdout or stderr). The result keeps the log lines and
 * a `stop()` that ends the process and its children.
 */
export function startProcess(command, args, { waitFor = [], timeoutMs = 120_000, env = {}, name = command } = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines = [];
  const matches = new Array(waitFor.length).fill(null);
  const handle = {
    child,
    lines,
    matches,
    log: () => lines.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try { process.kill(-child.pid, 'SIGINT'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      handle.stop();
      reject(new Error(`${name} did not get ready within ${timeoutMs} ms; its output:\n${lines.slice(-40).join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString();
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (lines.length > 5000) lines.shift();
        if (process.env.KEYREG_E2E_VERBOSE) console.error(`[${name}] ${line}`);
        waitFor.forEach((pattern, i) => {
          if (matches[i] === null) {
            const m = line.match(pattern);
            if (m) matches[i] = m;
          }
        });
        if (matches.every((m) => m !== null)) {
          clearTimeout(timer);
          resolve(handle);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready:\n${lines.slice(-40).join('\n')}`));
    });
    if (waitFor.length === 0) { clearTimeout(timer); resolve(handle); }
  });
}

/**
 * Starts `keyreg-node --dev` on free ports, in a temporary directory or in
 * `basePath`; resolves once RPC serves. The node runs with its default
 * transaction pool (the SDK's fork-aware pool), as `scripts/dev-chain.sh`
 * starts it. Its Prometheus endpoint is off unless `prometheusPort` is given;
 * `rpcPort` keeps the RPC port across restarts (clients reconnect to it).
 */
export async function startDevNode(extraArgs = [], env = {}, { basePath, prometheusPort, rpcPort: fixedRpcPort } = {}) {
  const rpcPort = fixedRpcPort ?? await freePort();
  const p2pPort = await freePort();
  const args = [
    '--dev', ...(basePath ? ['--base-path', basePath] : ['--tmp']),
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    ...(prometheusPort ? ['--prometheus-port', String(prometheusPort)] : ['--no-prometheus']),
    '--no-telemetry', '--no-mdns',
    ...extraArgs,
  ];
  const node = await startProcess(nodeBinary(), args, { waitFor: [/Running JSON-RPC server/], name: 'dev-node', env });
  return { ...node, args, url: `ws://127.0.0.1:${rpcPort}` };
}

/** A connected polkadot.js API. */
export async function connect(url) {
  return ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true, throwOnConnect: true });
}
