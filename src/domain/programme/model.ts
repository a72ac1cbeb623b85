/**
 * The programme's data model. One zod schema per shape; the TypeScript types come from the
 * schemas so the file format, the validation and the code cannot drift apart.
 *
 * Instants are ISO-8601 strings with an offset (for example "2027-03-04T09:00:00+01:00").
 * They are shown to people in the programme's time zone, never in the server's.
 */
import { z } from 'zod';

/** Version of the programme/store file format. Bump it with a migration when the shape changes. */
export const SCHEMA_VERSION = 1;

export const LEVELS = [1, 2, 3] as const;
export const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** 1 top management ("direktion"), 2 heads of area ("chefer"), 3 leaders of employees. */
export type Level = z.infer<typeof levelSchema>;

export const LANGUAGES = ['da', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Text a person reads, in both working languages. */
export const localizedTextSchema = z.object({ da: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'letters, digits, ".", "_", ":" or "-" only');

const instantSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s), {
    message: 'must be an ISO-8601 date-time with an offset, e.g. 2027-03-04T09:00:00+01:00',
  });

/**
 * Who a session or message is for. Every criterion that is given must match (AND); an empty
 * audience means everyone in the programme.
 */
export const audienceSchema = z
  .object({
    levels: z.array(levelSchema).optional(),
    groups: z.array(idSchema).optional(),
    electives: z.array(idSchema).optional(),
  })
  .strict();
export type Audience = z.infer<typeof audienceSchema>;

export const participantSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    email: z.string().email(),
    /** Entra ID (AAD) object id; filled in when the leader first reaches the bot, if not imported. */
    aadObjectId: z.string().min(1).optional(),
    level: levelSchema,
    /** Organisational area ("område"), e.g. "Børn og Unge". */
    area: z.string().min(1),
    /** Learning group across areas and levels; sessions may be held per group. */
    group: idSchema.optional(),
    /** Participant id of this leader's manager (who gets their weekly digest). */
    managerId: idSchema.optional(),
    /** Chosen elective module ids. */
    electives: z.array(idSchema).default([]),
    /** Preferred language when the message itself does not tell. */
    locale: languageSchema.optional(),
    /** Deactivated participants are kept (history) but get no answers or cards. */
    active: z.boolean().default(true),
  })
  .strict();
export type Participant = z.infer<typeof participantSchema>;

export const MODULE_KINDS = ['gathering', 'module', 'elective'] as const;

export const moduleSchema = z
  .object({
    id: idSchema,
    /** The number leaders use: "modul 3". Unique per programme. */
    number: z.number().int().positive(),
    /** gathering: joint session for all; module: for one audience; elective: diploma elective. */
    kind: z.enum(MODULE_KINDS),
    title: localizedTextSchema,
    description: localizedTextSchema,
    /** Default audience of this module's sessions. */
    audience: audienceSchema.default({}),
    /** Diploma electives only: seats and credits. */
    capacity: z.number().int().positive().optional(),
    ects: z.number().positive().optional(),
    provider: z.string().optional(),
    /** Reflection questions asked after this module's sessions; per level, or for all when levels is left out. */
    reflectionQuestions: z
      .array(z.object({ levels: z.array(levelSchema).optional(), question: localizedTextSchema }).strict())
      .default([]),
  })
  .strict();
export type Module = z.infer<typeof moduleSchema>;

/**
 * A link a leader opens from a card: http or https only, so a programme file cannot put a
 * `javascript:` or `file:` link on a button.
 */
export const webLinkSchema = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//i.test(url), { message: 'must be an http:// or https:// link' });

export const placeSchema = z
  .object({
    name: z.string().min(1),
    address: z.string().optional(),
    room: z.string().optional(),
    /** Online meeting link, when the session is (also) online. */
    onlineUrl: webLinkSchema.optional(),
    /** A map of the place (any map service), shown as a button on the leader's card. */
    mapUrl: webLinkSchema.optional(),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

export const sessionSchema = z
  .object({
    id: idSchema,
    moduleId: idSchema,
    start: instantSchema,
    end: instantSchema,
    place: placeSchema,
    facilitator: z.string().optional(),
    preparation: localizedTextSchema.optional(),
    agenda: z.array(localizedTextSchema).default([]),
    /** Where the session's materials are (slides, reading), shown as a button on the leader's card. */
    materialsUrl: webLinkSchema.optional(),
    /** Overrides the module's audience, e.g. one run of a module per group. */
    audience: audienceSchema.optional(),
  })
  .strict()
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { message: 'end must be after start', path: ['end'] });
export type Session = z.infer<typeof sessionSchema>;

export const groupSchema = z.object({ id: idSchema, name: z.string().min(1) }).strict();
export type Group = z.infer<typeof groupSchema>;

export const programmeSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** IANA zone in which every time is shown, e.g. Europe/Copenhagen. */
    timeZone: z.string().min(1),
    /** How many electives each leader picks. */
    electivesPerParticipant: z.number().int().nonnegative().default(2),
    groups: z.array(groupSchema).default([]),
    modules: z.array(moduleSchema),
    sessions: z.array(sessionSchema),
    participants: z.array(participantSchema),
  })
  .strict()
  .superRefine((p, ctx) => {
    // Cross-references are checked here so a bad import fails at the edge, not mid-conversation.
    const moduleIds = new Set(p.modules.map((m) => m.id));
    const participantIds = new Set(p.participants.map((x) => x.id));
    const groupIds = new Set(p.groups.map((g) => g.id));
    const electiveIds = new Set(p.modules.filter((m) => m.kind === 'elective').map((m) => m.id));
    // One pass with a set: a search per value would make importing 200,000 leaders quadratic.
    const dup = (values: string[]) => {
      const seen = new Set<string>();
      return values.find((v) => seen.size === seen.add(v).size);
    };
    const dupModule = dup(p.modules.map((m) => m.id));
    if (dupModule) ctx.addIssue({ code: 'custom', path: ['modules'], message: `duplicate module id '${dupModule}'` });
    const dupNumber = dup(p.modules.map((m) => String(m.number)));
    if (dupNumber) ctx.addIssue({ code: 'custom', path: ['modules'], message: `duplicate module number ${dupNumber}` });
    const dupSession = dup(p.sessions.map((s) => s.id));
    if (dupSession) ctx.addIssue({ code: 'custom', path: ['sessions'], message: `duplicate session id '${dupSession}'` });
    const dupParticipant = dup(p.participants.map((x) => x.id));
    if (dupParticipant)
      ctx.addIssue({ code: 'custom', path: ['participants'], message: `duplicate participant id '${dupParticipant}'` });
    const dupEmail = dup(p.participants.map((x) => x.email.toLowerCase()));
    if (dupEmail) ctx.addIssue({ code: 'custom', path: ['participants'], message: `duplicate email '${dupEmail}'` });
    p.sessions.forEach((s, i) => {
      if (!moduleIds.has(s.moduleId))
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'moduleId'], message: `unknown module '${s.moduleId}'` });
    });
    p.participants.forEach((x, i) => {
      if (x.managerId && !participantIds.has(x.managerId))
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'managerId'], message: `unknown participant '${x.managerId}'` });
      if (x.group && !groupIds.has(x.group))
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'group'], message: `unknown group '${x.group}'` });
      x.electives.forEach((e, j) => {
        if (!electiveIds.has(e))
          ctx.addIssue({ code: 'custom', path: ['participants', i, 'electives', j], message: `unknown elective '${e}'` });
      });
    });
  });
export type Programme = z.infer<typeof programmeSchema>;
/** What a programme file holds before defaults are applied (what people write by hand). */
export type ProgrammeInput = z.input<typeof programmeSchema>;
