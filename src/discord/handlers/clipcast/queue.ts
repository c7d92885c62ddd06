import { queueReply } from '../queue.ts';
import type { SubcommandHandler } from './index.ts';

/** `/clipcast queue`: this server's queued and rendering jobs, with a Cancel button for each. */
export const queueCommand: SubcommandHandler = (m) => queueReply(m.ctx, m.t, m.guildId);
