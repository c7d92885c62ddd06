import { pino } from 'pino';
import { Agent, type Dispatcher } from 'undici';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SegmindClient, type SegmindClientOptions } from '../../src/segmind/client.ts';
import { SegmindError } from '../../src/segmind/errors.ts';
import type { SubmitInput } from '../../src/segmind/schemas.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { TestClock } from '../support/testClock.ts';

export const input: SubmitInput = {
  prompt: 'a cat',
  aspectRatio: '16:9',
  duration: 5,
  seed: 394657773,
  imageUrls: [],
};

export function makeClient(
  fake: FakeSegmind,
  clock: TestClock,
  dispatcher: Dispatcher,
  overrides: Partial<SegmindClientOptions> = {},
): SegmindClient {
  return new SegmindClient({
    baseUrl: fake.url,
    apiKey: fake.apiKey,
    model: fake.model,
    dispatcher,
    clock,
    logger: pino({ level: 'silent' }),
    ...overrides,
  });
}

/**
 * The fake Segmind, a simulated clock and a connection pool for a file of client tests: started
 * once, the fake reset before each test (renders take `renderMs` unless a test plans otherwise),
 * closed at the end. `use` receives them when they exist.
 */
export function segmindTestbed(
  renderMs: number,
  use: (bed: { fake: FakeSegmind; clock: TestClock; agent: Agent }) => void,
): void {
  let fake: FakeSegmind | undefined;
  let agent: Agent | undefined;
  beforeAll(async () => {
    const clock = new TestClock(200);
    fake = await FakeSegmind.start({ now: () => clock.now() });
    agent = new Agent();
    use({ fake, clock, agent });
  });
  afterAll(async () => {
    await fake?.close();
    await agent?.close();
  });
  beforeEach(() => fake?.reset(renderMs));
}

/** The SegmindError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<SegmindError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SegmindError) return error;
    throw error;
  }
  throw new Error('expected a SegmindError');
}

/** An Agent that counts the requests it is asked to send, including those that never connect. */
export class CountingAgent extends Agent {
  count = 0;

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    this.count++;
    return super.dispatch(options, handler);
  }
}
