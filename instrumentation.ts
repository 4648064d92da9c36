/** Runs once per server start: migrate the database and load reference and demo data if empty. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    let boot: () => Promise<void>;
    try {
      ({ boot } = await import('./lib/boot'));
    } catch (err) {
      // A wrong or missing setting (lib/env.ts): say which, and do not serve.
      console.error(`[boot] refusing to start. ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
    await boot();
  }
}
