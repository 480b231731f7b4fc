/**
 * Terminal teardown over saved HTML: `npm run teardown -- [--json] FILE.html [FILE2.html ...]`.
 * Exit 0 on success; 1 when a file cannot be read or parsed (the message names the file).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractPage } from '../content/extract.ts';
import { analyze } from '../core/analyze.ts';
import { parseHtml, savedUrl } from './dom.ts';
import { formatReport, toContract } from './format.ts';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const USAGE = 'usage: npm run teardown -- [--json] FILE.html [FILE2.html ...]';

async function tearDown(file: string) {
  const info = await stat(file);
  if (!info.isFile()) throw new Error('not a file');
  if (info.size > MAX_FILE_BYTES) throw new Error(`too large (${Math.round(info.size / 1e6)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB)`);
  const bytes = await readFile(file);
  // A NUL byte never occurs in an HTML page: a binary file is refused before it is parsed as text.
  if (bytes.subarray(0, 64 * 1024).includes(0)) throw new Error('not a text file (binary content; expected a saved HTML page)');
  const html = bytes.toString('utf8');
  const { document, close } = parseHtml(html);
  try {
    return analyze(extractPage(document, savedUrl(document)));
  } finally {
    await close();
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || argv.includes('--help') || files.some((f) => f.startsWith('--'))) {
    console.error(USAGE);
    return files.length === 0 || !argv.includes('--help') ? 1 : 0;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const teardown = await tearDown(file);
      process.stdout.write(json ? `${JSON.stringify(toContract(file, teardown))}\n` : `${formatReport(basename(file), teardown)}\n`);
    } catch (err) {
      failed++;
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      console.error(`teardown: cannot read ${file}: ${reason}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
