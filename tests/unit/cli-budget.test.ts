/**
 * The CLI's budget (issue 7): hostile or huge files end with a teardown (exit 0) or a clear message
 * (exit 1), never a hang or a crash. No timing is asserted (the bench prints figures); the test
 * timeout only catches a runaway.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { scalePage } from '../../scripts/lib/scale-pages.ts';

const run = promisify(execFile);
const cli = (...args: string[]) => run('node', ['--import', 'tsx', 'src/cli/teardown.ts', ...args], { maxBuffer: 16 * 1024 * 1024 }).then(
  (r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

const dir = mkdtempSync(join(tmpdir(), 'vml-cli-budget-'));

describe('teardown CLI on hostile files', { timeout: 120_000 }, () => {
  test('a 1 MB binary file is refused with a message naming it (exit 1)', async () => {
    const file = join(dir, 'random.html');
    writeFileSync(file, randomBytes(1024 * 1024));
    const r = await cli('--json', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read ${file}: not a text file`);
    expect(r.stdout).toBe('');
  });

  test('a 200,000-element page ends with a teardown', async () => {
    const file = join(dir, 'wide.html');
    writeFileSync(file, scalePage('cards', 200_000));
    const r = await cli('--json', file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.file).toBe(file);
    expect(out.plans.length).toBeGreaterThan(0);
  });

  test('a 50,000-deep page ends with a teardown', async () => {
    const file = join(dir, 'deep.html');
    writeFileSync(file, scalePage('nesting', 50_000));
    const r = await cli('--json', file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).file).toBe(file);
  });
});
