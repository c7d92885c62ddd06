/** The baseline for the acknowledgement benchmark: a discord.js bot that only defers. */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL ?? '' },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.deferReply().catch(() => {});
});
client.once(Events.ClientReady, () => process.stdout.write('connected to Discord\n'));
process.once('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
