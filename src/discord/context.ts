import type { Clock } from '../clock.ts';
import type { Ledger } from '../credits/ledger.ts';
import type { SettingsStore } from '../credits/settings.ts';
import type { JobHistory } from '../jobs/history.ts';
import type { OutputFetcher } from '../jobs/output.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { JobStore } from '../jobs/store.ts';
import type { Logger } from '../logger.ts';
import type { ProviderHealth } from '../segmind/providerHealth.ts';
import type { GuildAllowlist } from './guildAccess.ts';
import type { DiscordNotifier } from './notifier.ts';
import type { OperatorAlerts } from './operatorAlerts.ts';
import type { PendingStore } from './pending.ts';
import type { Reference, ReferenceProblem } from './references.ts';

/** What the interaction handlers need, wired once in the composition root. */
export interface BotContext {
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
  ledger: Ledger;
  jobs: JobStore;
  /** Each member's job ids (for /clips). */
  history: JobHistory;
  /** Downloads a delivered job's video again (Re-post). */
  fetchOutput: OutputFetcher;
  runner: JobRunner;
  provider: ProviderHealth;
  notifier: DiscordNotifier;
  alerts: OperatorAlerts;
  /** What is wrong with these reference files (gone, not what they claim, not on Discord's CDN). */
  checkReferences: (
    refs: readonly Reference[],
  ) => Promise<Array<{ index: number; problem: ReferenceProblem }>>;
  /** Requests waiting for a member's next step (cost previews, Animate forms). */
  pending: PendingStore;
  /** Observes how long an interaction took to be acknowledged (metrics). */
  observeAck?: (ms: number) => void;
  /** ALLOWED_GUILDS: servers elsewhere are refused (absent = every server). */
  allowlist?: GuildAllowlist;
}
