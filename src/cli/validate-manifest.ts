/**
 * Checks a filled-in Teams app manifest, its localization files and its icons before they are
 * zipped. The schemas cover the fields this app uses, with the limits of the official schema
 * (https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json), so a
 * mistake is caught here, with the field named, instead of as a vague upload error in Teams.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CodedError } from '../domain/errors';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const guid = z.string().regex(GUID, 'must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');
// The official schema also allows http://, but Teams rejects it for the developer links.
const httpsUrl = z.string().max(2048).regex(/^https:\/\/[^\s/]+/i, 'must be an https:// URL');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
// The zip is flat: every file the manifest names sits next to manifest.json.
const fileName = z
  .string()
  .regex(/^[^/\\]+$/, 'must be a plain file name next to manifest.json')
  .refine((name) => name !== '.' && name !== '..', 'must be a plain file name next to manifest.json');
const languageTag = z.string().regex(/^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8}){0,2}$/, 'must be a language tag such as "da" or "en-US"');
const scope = z.enum(['personal', 'team', 'groupChat', 'copilot']);

/** validDomains entries are host names: Teams rejects a scheme or a path. */
const domain = z.string().superRefine((value, ctx) => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a host name without a scheme (drop "https://")' });
  } else if (value.includes('/')) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a host name without a path' });
  } else if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a host name such as bot.example.org or *.example.org' });
  }
});

const command = z.object({ title: text(128), description: text(4000) }).passthrough();

export const teamsManifestSchema = z
  .object({
    $schema: z
      .string()
      .regex(
        /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/,
        'must be the Teams manifest schema URL, e.g. https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
      ),
    manifestVersion: z.string().regex(/^1\.\d+$/, 'must be a published manifest version such as "1.22"'),
    // Teams accepts only major.minor.patch, without a pre-release or build part.
    version: z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'must be a version like 1.0.0'),
    id: guid,
    developer: z
      .object({ name: text(32), websiteUrl: httpsUrl, privacyUrl: httpsUrl, termsOfUseUrl: httpsUrl })
      .passthrough(),
    localizationInfo: z
      .object({
        defaultLanguageTag: languageTag,
        defaultLanguageFile: fileName.optional(),
        additionalLanguages: z.array(z.object({ languageTag, file: fileName }).strict()).optional(),
      })
      .strict()
      .optional(),
    name: z.object({ short: text(30), full: text(100).optional() }).passthrough(),
    description: z.object({ short: text(80), full: text(4000) }).passthrough(),
    icons: z.object({ color: fileName, outline: fileName }).passthrough(),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #135E6B'),
    bots: z
      .array(
        z
          .object({
            botId: guid,
            scopes: z.array(scope).min(1, 'must name at least one scope'),
            supportsFiles: z.boolean().optional(),
            isNotificationOnly: z.boolean().optional(),
            commandLists: z
              .array(z.object({ scopes: z.array(scope).min(1), commands: z.array(command).max(10) }).passthrough())
              .max(3)
              .optional(),
          })
          .passthrough(),
      )
      .max(1, 'Teams allows one bot per app')
      .optional(),
    validDomains: z.array(domain).max(16).optional(),
  })
  .passthrough()
  .superRefine((manifest, ctx) => {
    const schemaVersion = /\/v(1\.\d+)\//.exec(manifest.$schema)?.[1];
    if (schemaVersion && schemaVersion !== manifest.manifestVersion) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['manifestVersion'],
        message: `must match the $schema URL (v${schemaVersion})`,
      });
    }
  });

export type TeamsManifest = z.infer<typeof teamsManifestSchema>;

/** A localization file: dotted keys into the manifest ("name.short", "bots[0].commandLists[0]…"). */
export const localizationSchema = z
  .object({
    $schema: z.string().optional(),
    'name.short': text(30),
    'name.full': text(100).optional(),
    'description.short': text(80),
    'description.full': text(4000),
  })
  .catchall(z.unknown());

export interface PngInfo {
  width: number;
  height: number;
  /** PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colourType: number;
  hasTransparency: boolean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads size and transparency from a PNG's chunks without decoding pixels. A PNG is transparent
 * when its colour type carries alpha, or when a tRNS chunk marks a transparent colour.
 */
export function readPngInfo(data: Buffer): PngInfo | undefined {
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  const colourType = data[25];
  let hasTransparency = colourType === 4 || colourType === 6;
  for (let offset = 8; !hasTransparency && offset + 8 <= data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    if (type === 'tRNS') hasTransparency = true;
    if (type === 'IDAT' || type === 'IEND') break;
    offset += 12 + length;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType, hasTransparency };
}

const ICON_RULES = {
  color: { width: 192, height: 192, transparent: false },
  outline: { width: 32, height: 32, transparent: true },
} as const;

/** Problems with the colour (192×192) and outline (32×32, transparent) icons in `dir`. */
export function checkIcons(dir: string, icons: { color: string; outline: string }): string[] {
  const problems: string[] = [];
  for (const kind of ['color', 'outline'] as const) {
    const rule = ICON_RULES[kind];
    const file = icons[kind];
    const at = `${file} (icons.${kind})`;
    const fullPath = path.join(dir, file);
    if (!fs.existsSync(fullPath)) {
      problems.push(`${at}: file not found in ${dir}`);
      continue;
    }
    const png = readPngInfo(fs.readFileSync(fullPath));
    if (!png) {
      problems.push(`${at}: not a PNG file`);
      continue;
    }
    if (png.width !== rule.width || png.height !== rule.height) {
      problems.push(`${at}: must be ${rule.width}×${rule.height} pixels, got ${png.width}×${png.height}`);
    }
    if (rule.transparent && !png.hasTransparency) {
      problems.push(`${at}: must be white on a transparent background, but the PNG has no alpha channel (colour type ${png.colourType})`);
    }
  }
  return problems;
}

/** Every string value still holding a ${{…}} placeholder, e.g. one with a typo in its name. */
function leftoverPlaceholders(value: unknown, at: (string | number)[] = []): string[] {
  if (typeof value === 'string') return value.includes('${{') ? [`${formatPath(at)}: still holds a placeholder: "${value}"`] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => leftoverPlaceholders(item, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leftoverPlaceholders(item, [...at, key]));
  }
  return [];
}

function formatPath(at: (string | number)[]): string {
  return at.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '(root)';
}

function valueAt(root: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

function describeIssues(issues: z.ZodIssue[], raw: unknown): string[] {
  return issues.map((issue) => {
    const value = valueAt(raw, issue.path);
    const message = value === undefined && issue.code === z.ZodIssueCode.invalid_type ? 'is required' : issue.message;
    const got = typeof value === 'string' || typeof value === 'number' ? `, got ${JSON.stringify(value)}` : '';
    return `${formatPath(issue.path)}: ${message}${got}`;
  });
}

/** Problems in one filled-in file: placeholders left over first, then schema problems. */
function check<T extends z.ZodTypeAny>(schema: T, raw: unknown): { data?: z.infer<T>; problems: string[] } {
  const leftovers = leftoverPlaceholders(raw);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: leftovers };
  return { problems: [...leftovers, ...describeIssues(parsed.error.issues, raw)] };
}

export interface FilledAppPackage {
  /** Folder holding manifest.json and the files it names (icons, localization files). */
  dir: string;
  manifest: unknown;
  /** Localization files by the file name the manifest gives them. */
  localizations: Record<string, unknown>;
}

/**
 * Validates the filled-in manifest, its localization files and icons together and throws one
 * MANIFEST_INVALID error listing every problem, so they can all be fixed in one go.
 */
export function validateAppPackage(pkg: FilledAppPackage): TeamsManifest {
  const manifest = check(teamsManifestSchema, pkg.manifest);
  const problems = manifest.problems.map((p) => `manifest.json, ${p}`);
  for (const [file, content] of Object.entries(pkg.localizations)) {
    problems.push(...check(localizationSchema, content).problems.map((p) => `${file}, ${p}`));
  }
  if (manifest.data) problems.push(...checkIcons(pkg.dir, manifest.data.icons));
  if (problems.length > 0 || !manifest.data) {
    throw new CodedError(
      'MANIFEST_INVALID',
      `The Teams app package in ${pkg.dir} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return manifest.data;
}
