// Small helpers shared by the e2e runner, the scenarios and the browser drivers.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls fn every 100 ms until it returns something truthy (returned) or the timeout passes (undefined). */
export async function poll(fn, timeout = 20000) { // generous: returns as soon as fn succeeds
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) return undefined;
    await sleep(100);
  }
}

/** A named check that prints ok/FAIL and counts; `prefix` names the browser. */
export function checker(prefix) {
  const counts = { passed: 0, failed: 0 };
  const check = (name, ok, detail = '') => {
    if (ok) { counts.passed++; console.log(`  ok   [${prefix}] ${name}`); } else { counts.failed++; console.log(`  FAIL [${prefix}] ${name} ${detail}`); }
  };
  return { check, counts };
}

/** `vite build` with extra environment (E2E=1, BROWSER=firefox); each combination has its own output folder. */
export function build(env) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (${JSON.stringify(env)})`);
}

/** Serves examples/*.html and tests/e2e/pages/*.html on 127.0.0.1 (random port). Returns { origin, close }. */
export async function serveExamples() {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    let body;
    try {
      if (!/^[\w.-]+\.html$/.test(name)) throw new Error('not found');
      // examples/ first, then pages written for the e2e tests only (kept out of eval and bench).
      try { body = readFileSync(join(ROOT, 'examples', name)); } catch { body = readFileSync(join(ROOT, 'tests/e2e/pages', name)); }
    } catch { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** True for a URL that does not stay on this machine (the served origin, extension pages, data:, blob:, about:). */
export function isForeign(url, origin) {
  return !url.startsWith(origin) && !/^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url);
}
