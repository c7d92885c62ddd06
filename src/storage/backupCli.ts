import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadStorageUrl } from '../config.ts';
import { StartupError } from '../util/startupError.ts';
import { backupSqlite, defaultBackupPath } from './backup.ts';

/**
 * `npm run backup [-- FILE]`: an online copy of the SQLite database named by STORAGE_URL, safe
 * while the bot runs; by default `backup-<UTC time>.sqlite` beside the database.
 */
async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1)
    throw new StartupError('npm run backup takes at most one argument: the backup file.');
  const url = loadStorageUrl();
  if (url.startsWith('redis://') || url.startsWith('rediss://'))
    throw new StartupError(
      'STORAGE_URL is a redis:// URL, and npm run backup copies only the SQLite file: back Redis up with its own tools (BGSAVE, then copy dump.rdb, or enable AOF; see https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/).',
    );
  if (!url.startsWith('sqlite://'))
    throw new StartupError(`STORAGE_URL is ${url}, which keeps nothing on disk to back up.`);
  const source = resolve(url.slice('sqlite://'.length));
  const destination = resolve(positionals[0] ?? defaultBackupPath(source));
  const { records, bytes } = await backupSqlite(source, destination);
  process.stdout.write(
    `Backed up ${source} to ${destination} (${records} records, ${(bytes / 1024).toFixed(0)} KiB, integrity check ok).\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof ConfigError) process.stderr.write(`${error.problems.join('\n')}\n`);
  else
    process.stderr.write(
      `backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});
