/**
 * What a built extension folder holds and what its pages load. Every file of dist/ must be reached from
 * the manifest (pages, worker, icons), from a page's HTML, from a script's imports, or be a script the
 * extension injects by name (`injected`): anything else is an orphan that ships for nothing.
 * Used by the build (vite.config.ts fails on an orphan) and by `npm run bench -- --sizes`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface DistFile { path: string; bytes: number }
export interface DistReport { files: DistFile[]; reached: Set<string>; orphans: string[] }

function walk(dir: string, root = dir): DistFile[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = statSync(p);
    return st.isDirectory() ? walk(p, root) : [{ path: relative(root, p).split('\\').join('/'), bytes: st.size }];
  });
}

/** Manifest values that name files: pages, scripts, icons (recursively, any string ending in a known extension). */
function manifestRefs(value: unknown, out: string[]): void {
  if (typeof value === 'string') { if (/\.(?:html|js|mjs|png|svg|json|css)$/u.test(value)) out.push(value.replace(/^\//u, '')); return; }
  if (Array.isArray(value)) { for (const v of value) manifestRefs(v, out); return; }
  if (value && typeof value === 'object') for (const v of Object.values(value)) manifestRefs(v, out);
}

/** Files one HTML, JS or CSS file loads, as paths relative to the folder root. */
function refsOf(root: string, file: string, named = true): string[] {
  if (!/\.(?:html|js|mjs|css)$/u.test(file)) return [];
  const text = readFileSync(join(root, file), 'utf8');
  const base = posix.dirname(file);
  const found: string[] = [];
  const patterns = file.endsWith('.html')
    ? [/\b(?:src|href)="([^"]+)"/gu]
    : file.endsWith('.css') ? [/url\(\s*["']?([^"')]+)["']?\s*\)/gu]
      : [/\bfrom\s*["']([^"']+)["']/gu, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/gu, /\bimport\s*["']([^"']+)["']/gu, /["'](\.{1,2}\/[^"']+\.(?:js|css|png|svg))["']/gu];
  // Pages and scripts the extension opens or injects by name ('src/compare/index.html'): root-relative.
  const opened = named && (file.endsWith('.js') || file.endsWith('.mjs'))
    ? [...text.matchAll(/["'`]\/?((?:[\w-]+\/)*[\w.-]+\.(?:html|js|png|svg|css))["'`]/gu)].map((m) => m[1]!) : [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const ref = m[1]!;
      if (/^(?:[a-z]+:|#|data:)/iu.test(ref)) continue;
      found.push(ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(base, ref)));
    }
  }
  return [...found, ...opened];
}

/**
 * Walks a built extension folder from its manifest.
 * @example distReport('dist', ['src/content/inject.js']).orphans // []
 */
export function distReport(dir: string, injected: string[] = []): DistReport {
  const files = walk(dir);
  const exists = new Set(files.map((f) => f.path));
  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const todo = ['manifest.json', ...injected];
  manifestRefs(manifest, todo);
  const reached = new Set<string>();
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (reached.has(f) || !exists.has(f)) continue;
    reached.add(f);
    todo.push(...refsOf(dir, f));
  }
  return { files, reached, orphans: files.map((f) => f.path).filter((p) => !reached.has(p)).sort() };
}

/** Bytes a page loads: the file and everything it imports or links, each counted once (pages it opens by name are not loaded). */
export function loadedBytes(dir: string, entry: string): number {
  const seen = new Set<string>();
  const todo = [entry];
  let total = 0;
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    try { total += statSync(join(dir, f)).size; } catch { continue; }
    todo.push(...refsOf(dir, f, false));
  }
  return total;
}
