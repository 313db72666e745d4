// Explicit compile hints for the browser's JavaScript engine (https://v8.dev/blog/explicit-compile-hints).
// V8 compiles most functions of a script lazily, on the page's main thread, the first time each one is
// called. A Turbopack chunk wraps every module in a function, and the last chunk to arrive runs the
// modules of the whole page at once, so on a slow phone React and the Next.js client were compiled in
// one long task while the page was already on screen. The comment below tells V8 to compile every
// function of the file while it streams the script in, on a background thread, instead.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint at the top of every client chunk in `distDir` that does not have it yet. */
export async function addCompileHints(distDir) {
  const chunks = path.join(distDir, 'static/chunks');
  const files = (await readdir(chunks, { recursive: true })).filter((name) => name.endsWith('.js'));
  for (const name of files) {
    const file = path.join(chunks, name);
    const code = await readFile(file, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) await writeFile(file, COMPILE_HINT + code);
  }
}
