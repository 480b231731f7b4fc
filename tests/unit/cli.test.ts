import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { METRIC_IDS, PRODUCT_TYPE_IDS } from '../../src/core/model.ts';

const run = promisify(execFile);
const cli = (...args: string[]) => run('node', ['--import', 'tsx', 'src/cli/teardown.ts', ...args]).then(
  (r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

// DESIGN.md "CLI contract", strictly: no key more, none less.
const metric = z.enum(METRIC_IDS);
const criterion = z.object({ score: z.number().min(0).max(100), verdict: z.enum(['pass', 'weak', 'fail']), reasons: z.array(z.string()) }).strict();
const Contract = z.object({
  file: z.string(), url: z.string().nullable(),
  valueMetric: z.object({ primary: metric.nullable(), secondary: z.array(metric), confidence: z.number().min(0).max(1),
    evidence: z.array(z.object({ metric, text: z.string(), weight: z.number() }).strict()) }).strict(),
  productType: z.object({ id: z.enum(PRODUCT_TYPE_IDS).nullable(), confidence: z.number().min(0).max(1), evidence: z.array(z.unknown()) }).strict(),
  alignment: z.object({ verdict: z.enum(['aligned', 'partial', 'misaligned', 'unknown']), score: z.number().min(0).max(100) }).strict(),
  criteria: z.object({ scalesWithValue: criterion, predictable: criterion, growsWithSuccess: criterion }).strict(),
  plans: z.array(z.object({ name: z.string(), free: z.boolean(), contactSales: z.boolean(),
    prices: z.array(z.object({ amount: z.number(), currency: z.string(), period: z.enum(['month', 'year', 'once']).nullable(),
      unit: metric.nullable(), per: z.number(), billing: z.enum(['monthly', 'annual']).nullable(), text: z.string() }).strict()),
    limits: z.array(z.object({ metric, quantity: z.number(), text: z.string() }).strict()) }).strict()),
  critiques: z.array(z.object({ id: z.string(), severity: z.enum(['info', 'warn', 'critical']), message: z.string() }).strict()),
}).strict();

const dir = mkdtempSync(join(tmpdir(), 'vml-cli-'));
const seatPage = join(dir, 'seats.html');
writeFileSync(seatPage, `<html><head><title>Boardly pricing</title><link rel="canonical" href="https://boardly.example/pricing"></head><body>
  <h1>Project management for teams</h1><div>
  <div><h2>Starter</h2><p>$6</p><p>per user / month</p><a>Try free</a></div>
  <div><h2>Business</h2><p>$12</p><p>per user / month</p><p>1 TB storage</p><a>Try free</a></div></div></body></html>`);
const emptyPage = join(dir, 'empty.html');
writeFileSync(emptyPage, '<html><head><title>Careers</title></head><body><h1>Join us</h1></body></html>');

describe('npm run teardown', { timeout: 30_000 }, () => {
  test('--json prints exactly the contract, one object per line', async () => {
    const r = await cli('--json', seatPage, emptyPage);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => Contract.parse(JSON.parse(l)));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: seatPage, url: 'https://boardly.example/pricing', valueMetric: { primary: 'seats' }, productType: { id: 'collaboration' } });
    expect(lines[1]).toMatchObject({ url: null, valueMetric: { primary: null }, alignment: { verdict: 'unknown' } });
  });
  test('the readable report names the metric, type, verdict and plans', async () => {
    const r = await cli(seatPage);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Value metric\s+per seat \[seats\]/);
    expect(r.stdout).toMatch(/Alignment\s+ALIGNED/);
    expect(r.stdout).toMatch(/Business\s+\$12 per seat \/ month/);
    // A limit in the page's words, with its unit: not "1,000 storage".
    expect(r.stdout).toMatch(/limits: 1 TB storage/);
  });
  test('an unreadable file exits 1 with a message naming it, after the readable ones', async () => {
    const missing = join(dir, 'nope.html');
    const r = await cli('--json', seatPage, missing);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read ${missing}`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  test('the whole CLI path (parse, saved URL, extract, analyze) survives 50,000-deep nesting', async () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div><span>'.repeat(50_000)}Pro $5 per user / month${'</span></div>'.repeat(50_000)}<link rel="canonical" href="https://deep.example/p"></body></html>`);
    const r = await cli('--json', deep);
    expect(r.code).toBe(0);
    expect(Contract.parse(JSON.parse(r.stdout))).toMatchObject({ url: 'https://deep.example/p' });
  }, 60_000);
  test('no file is a usage error', async () => {
    const r = await cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/usage/);
  });
});
