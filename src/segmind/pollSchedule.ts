/**
 * When to ask Segmind about a render next. Instead of the SDK's fixed 1 s loop, the first poll
 * waits for half the expected render time, polls briskly around the expected finish, and backs
 * off when a render runs long. `expectedMs` is learned from this bot's finished renders (`jobs/renderTimes.ts`).
 */
export function nextPollDelay(elapsedMs: number, expectedMs: number): number {
  const firstPoll = expectedMs * 0.5;
  if (elapsedMs < firstPoll) return firstPoll - elapsedMs;
  const brisk = Math.min(3_000, Math.max(1_500, expectedMs / 20));
  if (elapsedMs < expectedMs * 1.5) return brisk;
  const overdue = elapsedMs / expectedMs - 1.5;
  return Math.min(10_000, brisk * (1 + overdue * 2));
}
