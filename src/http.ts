import { createServer, type Server } from 'node:http';
import type { Metrics } from './metrics.ts';

interface HealthSource {
  /** Null when healthy, else the reason. */
  problem(): Promise<string | null>;
}

/** `/healthz` (200, or 503 with the reason) and `/metrics` (Prometheus text). */
export function startHttpServer(options: {
  port: number;
  host: string;
  health: HealthSource;
  metrics: Metrics;
}): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET') {
        res.writeHead(405).end();
        return;
      }
      if (req.url === '/healthz') {
        const problem = await options.health.problem();
        res.writeHead(problem ? 503 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(problem ? { status: 'unhealthy', reason: problem } : { status: 'ok' }));
        return;
      }
      if (req.url === '/metrics') {
        const body = await options.metrics.registry.metrics();
        res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
        res.end(body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
