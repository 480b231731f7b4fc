import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const iife = async (contents: string) => (await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, minify: true, target: 'es2022' })).outputFiles[0]!.text;
const content = await iife("import { extractPage } from './src/content/extract.ts'; (globalThis as any).__valueMetricLens = { extract: () => extractPage(document, location.href, { rendered: (globalThis as any).R }) };");
const analyze = await iife("import { analyze } from './src/core/analyze.ts';\n(globalThis as any).__vmlAnalyze = analyze;");
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ bypassCSP: true });
await ctx.route(/^(?!file:|data:|about:)/, (route) => route.abort());
for (const f of process.argv.slice(2)) {
  const p = await ctx.newPage();
  await p.goto(pathToFileURL(resolve(f)).href);
  await p.addScriptTag({ content: analyze });
  await p.addScriptTag({ content }); await p.evaluate('globalThis.R = ' + (process.env.R === '1'));
  const r = await p.evaluate(`(function(){ const now=()=>performance.now(); const ex=[], an=[], it=[]; let snap;
    for (let i=0;i<15;i++){ let t=now(); snap=__valueMetricLens.extract(); ex.push(now()-t); t=now(); __vmlAnalyze(snap); an.push(now()-t); }
    for (let i=0;i<3;i++){ let t=now(); const n=document.body.innerText.length; it.push([now()-t, n]); }
    const md=(xs)=>xs.sort((a,b)=>a-b)[7].toFixed(1);
    return 'R='+globalThis.R+' extract '+md(ex)+' analyze '+md(an)+' textlen '+snap.text.length+' lines '+snap.text.split('\\n').length+' els '+document.getElementsByTagName('*').length+' innerText '+JSON.stringify(it); })()`);
  console.log(f.split('/').pop(), r);
  await p.close();
}
await b.close();
