import type { FakeDiscord } from './fakeDiscord.ts';
import type { FakeSegmind } from './fakeSegmind.ts';

/** The configuration that points a bot at the fake Discord (REST, gateway, CDN) and the fake Segmind. */
export function fakeEnv(discord: FakeDiscord, segmind: FakeSegmind): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    SEGMIND_API_KEY: segmind.apiKey,
    DISCORD_API_URL: discord.url,
    DISCORD_CDN_HOSTS: new URL(discord.url).host,
    SEGMIND_API_URL: segmind.url,
  };
}
