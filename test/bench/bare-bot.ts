/**
 * The peer Programme Bot is measured against: the smallest Teams bot the same libraries make. A
 * restify server (same version) hands every POST /api/messages to a botbuilder CloudAdapter (same
 * version, anonymous as Programme Bot runs without credentials), and every message is answered
 * with one small Adaptive Card. No store, no routes, no validation: what is left is the cost of
 * restify, botbuilder and the reply to the Bot Connector, which any bot on these libraries pays.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

export interface BareBot {
  url: string;
  close(): Promise<void>;
}

/** About the size of a small answer card: a heading, a line of text, two facts. */
const CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Dit næste modul', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: 'Fællessamling 2: Ledelse på tværs', wrap: true },
    { type: 'FactSet', facts: [{ title: 'Hvornår', value: 'torsdag 17. december kl. 9.00–15.00' }, { title: 'Hvor', value: 'Rådhuset, byrådssalen' }] },
  ],
};

/** Starts the bare bot on a free loopback port. */
export async function startBareBot(): Promise<BareBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  const server = restify.createServer({ name: 'bare-bot', handleUncaughtExceptions: false });
  // As the botbuilder samples do: restify's body parser, then the adapter.
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity({ attachments: [CardFactory.adaptiveCard(CARD)] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
