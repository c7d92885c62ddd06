/**
 * Runs tasks one at a time per key, in arrival order, within this process.
 * Different keys run concurrently. Used to make read-modify-write sequences over Keyv atomic.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    // Each turn starts on a fresh macrotask: with a synchronous store (node:sqlite) a queue of
    // tasks would otherwise run as one long microtask chain and starve network I/O meanwhile
    // (a burst of commands could not be acknowledged until every admission had run).
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve)).then(task);
    const result = previous.then(turn, turn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.#tails.size;
  }
}
