import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const iife = async (contents: string) => (await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, minify: false, keepNames: true, target: 'es2022' })).outputFiles[0]!.text;
const content = await iife("import { extractPage } from './src/content/extract.ts'; import { analyze } from './src/core/analyze.ts'; (globalThis as any).X = () => extractPage(document, location.href, { rendered: true }); (globalThis as any).A = analyze;");
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ bypassCSP: true });
await ctx.route(/^(?!file:|data:|about:)/, (route) => route.abort());
const self = new Map<string, number>();
for (const f of process.argv.slice(2)) {
  const p = await ctx.newPage();
  await p.goto(pathToFileURL(resolve(f)).href);
  await p.addScriptTag({ content });
  await p.evaluate(`for (let i=0;i<5;i++) X()`);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  await p.evaluate(process.env.WHAT === 'A' ? `for (let i=0;i<20;i++) A(X())` : `for (let i=0;i<20;i++) X()`);
  const { profile } = await cdp.send('Profiler.stop') as any;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((s: number, i: number) => { const n: any = byId.get(s); const k = n.callFrame.functionName + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0)); });
  await p.close();
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => (v / 1000).toFixed(1) + 'ms ' + k).join('\n'));
await b.close();
