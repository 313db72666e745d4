/** Runs once when the server starts: checks DATA_DIR's files then, not at the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATA_DIR) return;
  const { reportDataDir } = await import('./lib/datasets/data-dir-report');
  reportDataDir();
}
