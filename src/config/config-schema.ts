/**
 * Every configuration key in one schema: its doc, format and default. The README's configuration
 * table mirrors this file. Values come from the cosmiconfig file (module name `programme-bot`)
 * and, for deployment-specific values and secrets, from environment variables (see env-keys.ts).
 */
import { z } from 'zod';
import { calendarSettingsSchema } from '../domain/calendar/calendar-settings';
import { languageSchema } from '../domain/programme/model';
import { pairingSettingsSchema } from '../domain/pairing/pairing-model';

const isoDuration = z.string().regex(/^P(T?\d+[DHMW])+$/i, 'must be an ISO-8601 duration such as P7D or PT2H');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM, e.g. 09:00');
const isValidTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const configSchema = z
  .object({
    /** TCP port of the bot's HTTP endpoint (/api/messages, /healthz). */
    port: z.number().int().min(0).max(65535).default(3978),
    /** Where the embedded lowdb store lives. Created with the demo programme on first start. */
    dataFile: z.string().min(1).default('data/programme-bot.json'),
    /**
     * Where the bot keeps its data. Without it (or with kind `lowdb`), the embedded file `dataFile`.
     * With `kind: postgres` and a `url` (or DATABASE_URL), a PostgreSQL database that several
     * replicas and the admin CLI can use at once.
     */
    store: z
      .object({
        kind: z.enum(['lowdb', 'postgres']).optional(),
        /** PostgreSQL connection string, e.g. postgres://bot@db.example:5432/programme?sslmode=verify-full (DATABASE_URL and its other names, see database-env.ts). */
        url: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string').optional(),
        /** Connections each bot process (or CLI run) keeps open. */
        poolSize: z.number().int().min(2).max(100).default(10),
      })
      .strict()
      .refine((s) => s.kind !== 'postgres' || s.url, { message: 'kind postgres needs a url (store.url or DATABASE_URL)' })
      .refine((s) => s.kind !== 'lowdb' || !s.url, { message: 'a url is for kind postgres; remove it or set kind: postgres' })
      .default({}),
    /** Optional programme file (JSON) used instead of the demo programme when the store is new. */
    programmeFile: z.string().min(1).optional(),
    /** IANA time zone in which every time is shown to people. */
    timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone').default('Europe/Copenhagen'),
    /** Language used when neither the message nor the Teams locale tells. */
    defaultLocale: languageSchema.default('da'),
    /** Who people outside the programme (or with questions) are pointed to. */
    contact: z
      .object({ name: z.string().min(1), email: z.string().email() })
      .strict()
      .default({ name: 'HR – Lederudvikling', email: 'lederudvikling@kommune.example' }),
    /** Admins (HR): Entra object ids or e-mail addresses. */
    admins: z.array(z.string().min(1)).default([]),
    /** Programme owners (chief executive's office, HR): Entra object ids or e-mail addresses. */
    owners: z.array(z.string().min(1)).default([]),
    /** Reminders before each session: offsets before the session's date, sent at a local time; per-level overrides. */
    reminders: z
      .object({
        offsets: z.array(isoDuration).default(['P7D', 'P1D']),
        sendAt: localTime.default('09:00'),
        perLevel: z
          .record(z.enum(['1', '2', '3']), z.object({ offsets: z.array(isoDuration).optional(), sendAt: localTime.optional() }).strict())
          .optional(),
      })
      .strict()
      .default({}),
    /** Reflection prompt after each session: working days after its end, at a local time. */
    reflection: z
      .object({
        afterWorkingDays: z.number().int().min(0).max(10).default(1),
        sendAt: localTime.default('14:00'),
        expiresAfter: isoDuration.default('P7D'),
      })
      .strict()
      .default({}),
    /** One nudge to those who have not answered a reflection prompt. */
    nudge: z.object({ afterDays: z.number().int().min(1).max(30).default(3), sendAt: localTime.default('14:00') }).strict().default({}),
    /** The proactive engine: how often it looks for due deliveries, and how far back after downtime. */
    dispatch: z
      .object({
        enabled: z.boolean().default(true),
        cron: z.string().min(1).default('* * * * *'),
        lookback: isoDuration.default('P14D'),
        /**
         * How long a worker's claim on a delivery lasts without renewal. A live worker renews it
         * every third of this; a replica that dies leaves its deliveries to the others this long.
         */
        leaseSeconds: z.number().int().min(3).max(600).default(30),
      })
      .strict()
      .default({}),
    /** Elective choice: the deadline (ISO date-time) after which choices are locked; none = always open. */
    electives: z.object({ deadline: z.string().datetime({ offset: true }).optional() }).strict().default({}),
    /**
     * Who is told when a leader registers or withdraws an absence: their manager (default on) and
     * the people listed in `notify` (HR; Entra object ids or e-mail addresses), each in their
     * personal chat. The reason is never told.
     */
    absences: z
      .object({ notifyManager: z.boolean().default(true), notify: z.array(z.string().min(1)).default([]) })
      .strict()
      .default({}),
    /** Imports: an import that would deactivate more than this share (0–1) of the active leaders needs --allow-mass-deactivation. */
    imports: z.object({ maxDeactivationShare: z.number().min(0).max(1).default(0.25) }).strict().default({}),
    /** Data retention: check-in texts are purged this long after the programme's last session. */
    retention: z.object({ checkInTextsAfterProgrammeEnd: isoDuration.default('P180D') }).strict().default({}),
    /** Production safety: tenants, anonymous mode, request limits. */
    security: z
      .object({
        /** Only activities from these Entra tenant ids are processed (default: BOT_TENANT_ID when set). */
        allowedTenants: z.array(z.string().min(1)).default([]),
        /** Run without Bot Framework credentials although an app id, tenant or app type is set (ALLOW_ANONYMOUS=true). */
        allowAnonymous: z.boolean().default(false),
        /**
         * Bot Connector URLs (prefixes) activities may name as their serviceUrl. Default: the Teams
         * service hosts when authenticated, loopback when anonymous (see service-url-policy.ts).
         */
        serviceUrls: z.array(z.string().min(1)).default([]),
        /** Largest request body on /api/messages (after decompression). */
        maxBodyBytes: z.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
        /** Messages one user may send per minute before the bot asks them to slow down. */
        messagesPerMinutePerUser: z.number().int().min(1).max(1000).default(20),
      })
      .strict()
      .default({}),
    /** Store backups: a timestamped copy daily and on shutdown, keeping the newest ones. */
    backups: z.object({ dir: z.string().min(1).default('data/backups'), keep: z.number().int().min(1).max(365).default(14) }).strict().default({}),
    /** The bot's public base URL, for links in cards (calendar files). Defaults to http://localhost:<port>. */
    publicUrl: z.string().url().optional(),
    /** Key that signs calendar and "my data" links (SECRET_LINK_KEY). Without it one is generated once and kept beside the store file (see link-key-file.ts). */
    linkKey: z.string().min(16).optional(),
    /** Weekly digests to programme owners and managers (cron in the programme's time zone). */
    digest: z
      .object({
        enabled: z.boolean().default(true),
        cron: z.string().min(1).default('0 8 * * 1'),
        /** Reflection quotes carry the leader's name (default: never; quotes are anonymous). */
        showNamesInQuotes: z.boolean().default(false),
        /**
         * Owners see who has not answered this week's prompts (managers never get these names). Off
         * by default: check-ins are voluntary, and the check-in card tells leaders when it is on.
         */
        showNonResponderNamesToOwners: z.boolean().default(false),
        /**
         * Digests show a figure only when at least this many leaders are behind it, so no figure
         * can be traced to one leader's answer (the meeting rates of sparring rounds included).
         * Below 3 the rule would protect nobody.
         */
        minimumGroupSize: z.number().int().min(3).max(50).default(5),
      })
      .strict()
      .default({}),
    /**
     * Installing the Teams app for leaders the bot cannot reach, through Microsoft Graph
     * ("install app for user"). Off by default: it needs the application permission
     * TeamsAppInstallation.ReadWriteSelfForUser.All granted to the bot's app registration.
     */
    graph: z
      .object({
        installAppForUsers: z.boolean().default(false),
        /** The app's id in the organisation's Teams app catalog (Graph's teamsApp id, not the manifest id). */
        teamsAppId: z.string().min(1).optional(),
        /** Microsoft Graph (national clouds have their own). */
        baseUrl: z.string().url().default('https://graph.microsoft.com/v1.0'),
        /** Where tokens are issued (national clouds have their own). */
        authorityHost: z.string().url().default('https://login.microsoftonline.com'),
      })
      .strict()
      .default({}),
    /**
     * The optional AI planner for questions the deterministic matcher cannot place (off unless an
     * endpoint and key are configured; see planner-settings.ts). Secrets come from the environment.
     */
    planner: z
      .object({
        /** Azure OpenAI: the resource endpoint (https://<name>.openai.azure.com), its key and the chat deployment. */
        azureOpenAI: z
          .object({
            endpoint: z.string().url().optional(),
            apiKey: z.string().min(1).optional(),
            deployment: z.string().min(1).optional(),
            apiVersion: z.string().min(1).default('2024-10-21'),
          })
          .strict()
          .default({}),
        /** OpenAI, or an OpenAI-compatible endpoint (baseUrl): key and chat model. */
        openAI: z
          .object({
            apiKey: z.string().min(1).optional(),
            model: z.string().min(1).default('gpt-4o-mini'),
            baseUrl: z.string().url().optional(),
          })
          .strict()
          .default({}),
        /** How long a leader waits for the planner before getting the fallback, in milliseconds. */
        timeoutMs: z.number().int().min(500).max(14000).default(8000),
        /** Most steps (each tool call, and the answer) for one question. */
        maxSteps: z.number().int().min(2).max(12).default(6),
      })
      .strict()
      .default({}),
    /**
     * Sparring partners: who takes part (opt-in or opt-out), whether pairs across levels are
     * rewarded (vertical), how many rounds a pair is not repeated, how often rounds are, and when
     * the follow-up asks whether they met (see the README, "Sparring partners").
     */
    pairing: pairingSettingsSchema
      .extend({
        /** Weeks between rounds; the next round's day is moved off days off by the working calendar. */
        everyWeeks: z.number().int().min(1).max(26).default(3),
        /** Days after the intro card that the follow-up card asks "did you meet?". */
        followUpAfterDays: z.number().int().min(1).max(60).default(7),
        /** Local time at which intro and follow-up cards go out. */
        sendAt: localTime.default('09:00'),
      })
      .strict()
      .default({}),
    /** The working calendar: public holidays, the employer's days off, closed periods, the working window (see the README, "Working calendar"). */
    calendar: calendarSettingsSchema.default({}),
    /** Log level for the structured logs. */
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * Bot Framework identity. Filled from the environment (BOT_ID or MicrosoftAppId, SECRET_BOT_PASSWORD,
     * BOT_PASSWORD or MicrosoftAppPassword, ...: see bot-identity.ts), never from a committed file.
     * After loadConfig, `appId` is set exactly when the bot authenticates requests.
     */
    bot: z
      .object({
        appId: z.string().optional(),
        appPassword: z.string().optional(),
        /** SingleTenant when not given. */
        appType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
        tenantId: z.string().optional(),
        /** Where Bot Framework token signing keys are published (sovereign clouds; tests use a local issuer). */
        openIdMetadataUrl: z.string().url().optional(),
        /** The expected issuer of channel tokens, with openIdMetadataUrl. */
        tokenIssuer: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = Readonly<z.infer<typeof configSchema>>;
export type ConfigInput = z.input<typeof configSchema>;
