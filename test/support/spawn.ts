import {
  type ChildProcess,
  type ExecFileOptions,
  execFile,
  type SpawnOptions,
  type SpawnSyncOptionsWithStringEncoding,
  type SpawnSyncReturns,
  spawn,
  spawnSync,
} from 'node:child_process';
import { RUN_MARKER } from './processTree.ts';

/**
 * The one way tests start processes. Each gets exactly the environment it is given (nothing else of
 * this machine leaks in) plus this test run's `CLIPCAST_TEST_RUN` marker, which the global teardown
 * (globalSetup.ts) looks for to find and kill whatever outlived its test, even after it was
 * re-parented to init. A spawn that bypasses these loses the marker as soon as it passes its own
 * `env`; test/ops/testProcesses.test.ts keeps every test on them.
 */
export function markedEnv(env: Readonly<Record<string, string>> = {}): Record<string, string> {
  const marker = process.env[RUN_MARKER];
  return { ...env, ...(marker ? { [RUN_MARKER]: marker } : {}) };
}

type Env = { env?: Readonly<Record<string, string>> };

export function spawnMarked(
  file: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'env'> & Env = {},
): ChildProcess {
  return spawn(file, args, { ...options, env: markedEnv(options.env) });
}

export function spawnSyncMarked(
  file: string,
  args: readonly string[],
  options: Omit<SpawnSyncOptionsWithStringEncoding, 'env' | 'encoding'> & Env = {},
): SpawnSyncReturns<string> {
  return spawnSync(file, args, { ...options, encoding: 'utf8', env: markedEnv(options.env) });
}

/** `execFile`, promised: resolves with the output on exit code 0, rejects otherwise. */
export function execFileMarked(
  file: string,
  args: readonly string[],
  options: Omit<ExecFileOptions, 'env' | 'encoding'> & Env = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { ...options, encoding: 'utf8', env: markedEnv(options.env) },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stdout, stderr }));
        else resolve({ stdout, stderr });
      },
    );
  });
}
