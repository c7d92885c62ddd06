import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage, StorageStartupError } from '../../src/storage/index.ts';
import { type Holder, spawnHolder } from './processes.ts';

const holders: Holder[] = [];
afterEach(async () => {
  for (const h of holders.splice(0)) await h.kill();
});

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'clipcast-lock-')), 'clipcast.sqlite');

describe('one bot per SQLite file', () => {
  it('refuses a second process, naming the pid and host that hold the file', async () => {
    const path = freshFile();
    const holder = spawnHolder(`sqlite://${path}`);
    holders.push(holder);
    await holder.printed(`holding ${holder.child.pid}`);

    const error = await createStorage(`sqlite://${path}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageStartupError);
    if (!(error instanceof StorageStartupError)) throw error;
    expect(error.reason).toBe('sqlite-in-use');
    expect(error.message).toMatch(
      new RegExp(
        `^STORAGE_URL's database ${path} is in use by another clipcast \\(pid ${holder.child.pid} on host ${hostname()}, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\): stop that one first`,
      ),
    );
  });

  it('lets the next process start at once after the holder was SIGKILLed', async () => {
    const path = freshFile();
    const holder = spawnHolder(`sqlite://${path}`);
    holders.push(holder);
    await holder.printed(`holding ${holder.child.pid}`);
    await expect(createStorage(`sqlite://${path}`)).rejects.toThrow(/is in use/);

    await holder.kill();
    const storage = await createStorage(`sqlite://${path}`);
    await storage.kv.meta.set('after the crash', true);
    expect(await storage.kv.meta.get('after the crash')).toBe(true);

    // And this process now holds it in turn: another process is refused, naming this pid.
    const next = spawnHolder(`sqlite://${path}`);
    holders.push(next);
    await new Promise((resolve) => next.child.once('exit', resolve));
    expect(next.child.exitCode).not.toBe(0);
    expect(next.output()).toContain(`(pid ${process.pid} on host ${hostname()}`);
    await storage.close();
  });

  it('releases the file on close, and refuses a second open inside one process too', async () => {
    const path = freshFile();
    const first = await createStorage(`sqlite://${path}`);
    await expect(createStorage(`sqlite://${path}`)).rejects.toThrow(/is in use/);
    await first.close();
    const second = await createStorage(`sqlite://${path}`);
    await second.close();
  });

  it('lets a tool open the file beside the bot when it asks for a shared open', async () => {
    const path = freshFile();
    const holder = spawnHolder(`sqlite://${path}`);
    holders.push(holder);
    await holder.printed(`holding ${holder.child.pid}`);
    const tool = await createStorage(`sqlite://${path}`, { exclusive: false });
    await tool.kv.meta.set('from a tool', 1);
    expect(await tool.kv.meta.get('from a tool')).toBe(1);
    await tool.close();
  });
});
