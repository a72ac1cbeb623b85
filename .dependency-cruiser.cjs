// Import rules that keep the layers of src/ as the README's "How it is built" describes them.
// Layers, inner to outer; an import may only point inwards:
//   domain  <-  demo, cards  <-  config, store  <-  links  <-  delivery  <-  features
//   <-  teams, http, cli  <-  composition (index.ts, start-bot.ts, create-dispatcher.ts)
// Shared helpers at the root of src/ (project-root, deep-freeze, create-logger) may be used by any
// layer but the domain. Run with `npm run depcheck` (CI runs it after lint).
const COMPOSITION = '^src/(index|start-bot|create-dispatcher)[.]ts$';
const outside = (...folders) => [`^src/(${folders.join('|')})/`, COMPOSITION];
// npm libraries that do input/output or belong to an adapter: never in the pure domain.
const ADAPTER_LIBRARIES = '^node_modules/(botbuilder[^/]*|@microsoft|@azure|lowdb|steno|restify|pg|pino|croner|cosmiconfig|dotenv|proper-lockfile|adaptivecards[^/]*|ical-generator|@touch4it|commander|cli-progress)/';

/** One rule per layer: `from` may not import anything in `to`. */
const inwards = (name, from, to, comment) => ({ name, severity: 'error', comment, from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes two modules one; split out what both need instead.',
      from: {},
      to: { circular: true },
    },
    inwards('domain-imports-only-domain', '^src/domain/', '^src/(?!domain/)', 'The domain is pure: it imports nothing from outside src/domain (npm libraries for pure work are fine).'),
    {
      name: 'domain-no-io',
      severity: 'error',
      comment: 'No Node.js built-ins (fs, crypto, http …) and no adapter libraries in the domain: time, files and network are passed in.',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-adapter-libraries',
      severity: 'error',
      comment: 'botbuilder, teams-ai, lowdb, restify, pg, pino … belong to the adapters, never to the domain.',
      from: { path: '^src/domain/' },
      to: { path: ADAPTER_LIBRARIES },
    },
    inwards('demo-imports-only-domain', '^src/demo/', '^src/(?!(domain|demo)/)', 'The demo programme is data built with the domain.'),
    inwards('cards-inwards', '^src/cards/', outside('demo', 'config', 'store', 'links', 'delivery', 'features', 'teams', 'http', 'cli'), 'Cards build card data from the domain and render templates; they read no store and send nothing.'),
    inwards('config-inwards', '^src/config/', outside('demo', 'cards', 'store', 'links', 'delivery', 'features', 'teams', 'http', 'cli'), 'Configuration is read first and depends on the domain only.'),
    inwards('store-inwards', '^src/store/', outside('cards', 'links', 'delivery', 'features', 'teams', 'http', 'cli'), 'The store keeps data; it composes no cards and sends nothing.'),
    inwards('links-inwards', '^src/links/', outside('demo', 'cards', 'store', 'delivery', 'features', 'teams', 'http', 'cli'), 'Signed links and calendar files know the domain and the configuration only.'),
    inwards('delivery-inwards', '^src/delivery/', outside('demo', 'cards', 'links', 'features', 'teams', 'http', 'cli'), 'The outbox engine sends what a composer hands it; it knows no feature.'),
    inwards('features-inwards', '^src/features/', outside('demo', 'teams', 'http', 'cli'), 'Use cases are called by the adapters, never the other way round.'),
    inwards('adapters-not-composition', '^src/(teams|http|cli)/', [COMPOSITION.replace('|create-dispatcher', ''), '^src/demo/'], 'Adapters get what they need passed in; the entry points build them.'),
    inwards('teams-not-http-or-cli', '^src/teams/', outside('http', 'cli'), 'The Teams routes do not depend on the HTTP server or the CLI.'),
    inwards('http-not-cli', '^src/http/', outside('cli'), 'The HTTP server does not depend on the CLI.'),
    inwards('cli-not-http', '^src/cli/', '^src/http/', 'The admin commands send through the outbox engine, never through the HTTP server.'),
    inwards('root-helpers-are-leaves', '^src/(project-root|deep-freeze|create-logger)[.]ts$', '^src/', 'The shared helpers at the root import nothing of ours.'),
    inwards('src-not-test', '^src/', '^test/', 'Production code never imports test code.'),
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entry points and type declarations aside).',
      from: { orphan: true, pathNot: ['[.]d[.]ts$', '^src/index[.]ts$', '^src/cli/(main|package-app)[.]ts$', '^test/'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: an import circle made of types is still a circle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    // lowdb and pure-rand are found through their package.json "exports", as Node finds them.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], mainFields: ['module', 'main', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
