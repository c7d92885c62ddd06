import type { Client } from 'discord.js';
import type { Logger } from '../logger.ts';
import { isObject } from '../util/isObject.ts';

/**
 * discord.js builds an Interaction from every INTERACTION_CREATE payload and throws (outside any
 * promise we own) when a payload lacks fields Discord always sends, such as `member` or `data`.
 * Such a payload cannot be answered, but it must not become an unhandled rejection either, so the
 * action that builds interactions is wrapped to log and drop it. If a future discord.js moves this
 * internal, the guard does nothing and the process-level handlers still log the error.
 */
export function guardMalformedInteractions(client: Client, logger: Logger): boolean {
  // discord.js does not type its internal actions: the shape is checked below before use.
  const action = (
    client as unknown as { actions?: { InteractionCreate?: { handle?: (data: unknown) => unknown } } }
  ).actions?.InteractionCreate;
  if (!action || typeof action.handle !== 'function') return false;
  const original = action.handle.bind(action);
  action.handle = (data: unknown) => {
    try {
      return original(data);
    } catch (error) {
      const id = isObject(data) ? data.id : undefined;
      logger.warn(
        { err: error, interactionId: typeof id === 'string' ? id : undefined },
        'dropped a malformed interaction payload',
      );
      return undefined;
    }
  };
  return true;
}
