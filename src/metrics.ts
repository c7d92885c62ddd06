import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics (served on /metrics when HTTP_PORT is set). One registry per bot instance.
 * Long only because it declares every metric, one after another.
 */
export function createMetrics() {
  const registry = new Registry();
  const m = {
    registry,
    jobTransitions: new Counter({
      name: 'clipcast_job_transitions_total',
      help: 'Job state changes, by new state',
      labelNames: ['state'],
      registers: [registry],
    }),
    jobsByState: new Gauge({
      name: 'clipcast_jobs',
      help: 'Jobs of this process by state (unfinished states)',
      labelNames: ['state'],
      registers: [registry],
    }),
    segmindBalance: new Gauge({
      name: 'clipcast_segmind_balance_usd',
      help: 'The Segmind account balance, as last reported (USD)',
      registers: [registry],
    }),
    queueLength: new Gauge({
      name: 'clipcast_queue_length',
      help: 'Jobs waiting for a render slot (bot-wide)',
      registers: [registry],
    }),
    rendering: new Gauge({
      name: 'clipcast_render_slots_in_use',
      help: 'Render slots in use (bot-wide)',
      registers: [registry],
    }),
    segmindLatency: new Histogram({
      name: 'clipcast_segmind_request_seconds',
      help: 'Segmind request latency',
      labelNames: ['op'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    segmindErrors: new Counter({
      name: 'clipcast_segmind_errors_total',
      help: 'Segmind requests that failed, by status',
      labelNames: ['op', 'status'],
      registers: [registry],
    }),
    discordErrors: new Counter({
      name: 'clipcast_discord_rest_errors_total',
      help: 'Discord REST responses with an error status',
      labelNames: ['status'],
      registers: [registry],
    }),
    credits: new Counter({
      name: 'clipcast_credits_total',
      help: 'Credits reserved, settled and refunded',
      labelNames: ['kind'],
      registers: [registry],
    }),
    ackLatency: new Histogram({
      name: 'clipcast_interaction_ack_seconds',
      help: 'Time from receiving an interaction to acknowledging it',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
      registers: [registry],
    }),
  };
  return m;
}

export type Metrics = ReturnType<typeof createMetrics>;
