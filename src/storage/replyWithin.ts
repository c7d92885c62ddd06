import { StorageUnavailableError } from './errors.ts';

/** Rejects with {@link StorageUnavailableError} when `work` has not settled within `ms`. */
export function replyWithin<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StorageUnavailableError(`Redis did not answer ${what} within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
