import { pino } from 'pino';
import { Agent, type Dispatcher } from 'undici';
import { SegmindClient, type SegmindClientOptions } from '../../src/segmind/client.ts';
import { SegmindError } from '../../src/segmind/errors.ts';
import type { SubmitInput } from '../../src/segmind/schemas.ts';
import type { FakeSegmind } from '../support/fakeSegmind.ts';
import type { TestClock } from '../support/testClock.ts';

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
