// Running the keyreg-auditor binary (tools/auditor) from tests, and a
// JSON-RPC proxy that tampers with the events a node serves.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, WebSocket } from 'ws';
import { compactToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { freePort } from './node.mjs';

/** The auditor binary: $KEYREG_AUDITOR, else the release build in the cargo target dir. */
export function auditorBinary() {
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'keyreg', 'target');
  const binary = process.env.KEYREG_AUDITOR || join(target, 'release', 'keyreg-auditor');
  if (!existsSync(binary)) {
    throw new Error(`${binary} does not exist: build it with \`cargo build --release -p keyreg-auditor\` or set KEYREG_AUDITOR`);
  }
  return binary;
}

/**
 * Starts `keyreg-auditor --url url ...args`. Its stdout JSON lines are parsed
 * into `lines`; `stderr` keeps its diagnostics; `exited` resolves with
 * `{ code, signal }`. `waitForLine(predicate)` resolves with the first line
 * (already printed or to come) that matches.
 */
export function startAuditor(url, args = []) {
  const child = spawn(auditorBinary(), ['--url', url, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const arrivals = [];
  const stderr = [];
  const waiters = [];
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk.toString();
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const line = JSON.parse(text);
      lines.push(line);
      arrivals.push(Date.now());
      if (process.env.KEYREG_E2E_VERBOSE) console.error(`[auditor] ${text.slice(0, 300)}`);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  child.stderr.on('data', (chunk) => stderr.push(chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    lines,
    /** When each line arrived (ms since the epoch), by index in `lines`. */
    arrivals,
    stderr,
    exited,
    entries: () => lines.filter((l) => l.type === 'entry'),
    waitForLine(predicate, timeoutMs = 120_000) {
      const found = lines.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(
          `no such auditor line within ${timeoutMs} ms; last lines:\n${lines.slice(-5).map((l) => JSON.stringify(l).slice(0, 300)).join('\n')}\nstderr:\n${stderr.join('')}`,
        )), timeoutMs);
        const waiter = { predicate, resolve: (line) => { clearTimeout(timer); resolve(line); } };
        waiters.push(waiter);
        exited.then(() => setTimeout(() => {
          if (waiters.includes(waiter)) {
            clearTimeout(timer);
            reject(new Error(`the auditor exited first; stderr:\n${stderr.join('')}`));
          }
        }, 200));
      });
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      return exited;
    },
  };
}

/** The storage key of `System::Events`: twox128("System") ‖ twox128("Events"). */
export const SYSTEM_EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7';

/**
 * A WebSocket JSON-RPC proxy in front of `upstream` that hands every
 * `state_getStorage` answer for `System::Events` at a block to
 * `rewrite(records, blockHash)`, which returns the records to serve instead
 * (or undefined to serve them as they are). Records are polkadot.js
 * `FrameSystemEventRecord`s decoded with `api`'s registry; the proxy
 * re-encodes whatever `rewrite` returns (records or raw `Uint8Array`s).
 */
export async function startTamperProxy(api, upstream, rewrite) {
  const port = await freePort();
  const server = new WebSocketServer({ host: '127.0.0.1', port });
  const sockets = new Set();
  server.on('connection', (client) => {
    const node = new WebSocket(upstream);
    sockets.add(client); sockets.add(node);
    const pending = new Map();
    const queued = [];
    node.on('open', () => { for (const m of queued.splice(0)) node.send(m); });
    client.on('message', (data) => {
      const text = data.toString();
      try {
        const request = JSON.parse(text);
        if (request.method === 'state_getStorage' && request.params?.[0] === SYSTEM_EVENTS_KEY) {
          pending.set(request.id, request.params[1]);
        }
      } catch { /* forwarded as it is */ }
      if (node.readyState === WebSocket.OPEN) node.send(text); else queued.push(text);
    });
    node.on('message', (data) => {
      let text = data.toString();
      try {
        const response = JSON.parse(text);
        if (pending.has(response.id) && typeof response.result === 'string') {
          const blockHash = pending.get(response.id);
          pending.delete(response.id);
          const records = [...api.createType('Vec<FrameSystemEventRecord>', response.result)];
          const replaced = rewrite(records, blockHash);
          if (replaced) {
            const bytes = replaced.map((r) => (r instanceof Uint8Array ? r : r.toU8a()));
            response.result = u8aToHex(u8aConcat(compactToU8a(bytes.length), ...bytes));
            text = JSON.stringify(response);
          }
        }
      } catch { /* forwarded as it is */ }
      if (client.readyState === WebSocket.OPEN) client.send(text);
    });
    const close = () => { client.close(); node.close(); };
    client.on('close', close); node.on('close', close);
    client.on('error', close); node.on('error', close);
  });
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `ws://127.0.0.1:${port}`,
    async stop() {
      for (const s of sockets) s.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * `record` (a KeyRegistry event record) with one byte flipped inside its
 * field `name` (an account: it still decodes, only its value changes).
 */
export function alterField(record, name) {
  const data = record.event.data;
  const index = data.names.indexOf(name);
  if (index < 0) throw new Error(`${record.event.method} has no field ${name}`);
  const before = data.slice(0, index).reduce((sum, f) => sum + f.toU8a().length, 0);
  const offset = record.phase.toU8a().length + 2 + before + 5;
  const bytes = record.toU8a().slice();
  bytes[offset] ^= 0x01;
  return bytes;
}
