/**
 * Reads a programme file (the schedule: modules, sessions, groups, and usually participants),
 * written by hand in YAML or exported as JSON, and validates it with programmeSchema. Every
 * problem is named by its path in the file, so the author can find it:
 * "programme.yaml, sessions.3.start: must be an ISO-8601 date-time with an offset, …, got '2027-03-04 09:00'".
 *
 * YAML is read as YAML 1.2 (the yaml package's default), so unquoted times such as 09:00 and
 * dates stay strings and "no" stays "no", not false.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ZodIssue } from 'zod';
import { programmeSchema, type Programme } from '../programme/model';

export interface ProgrammeFile {
  /** The validated programme; undefined when there are errors. */
  programme?: Programme;
  /**
   * False when the file has no `participants` key: a schedule-only file. The import then keeps the
   * current participants (see planProgrammeImport).
   */
  participantsGiven: boolean;
  /** One line per problem, each starting with the file name. */
  errors: string[];
}

/** Parses and validates a .yaml, .yml or .json programme file. */
export function parseProgrammeFile(text: string, fileName: string): ProgrammeFile {
  const raw = readStructure(text.replace(/^\uFEFF/, ''), fileName);
  if ('errors' in raw) return { participantsGiven: false, errors: raw.errors };
  const value = raw.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { participantsGiven: false, errors: [`${fileName}: must hold one programme object (id, name, timeZone, modules, sessions, …)`] };
  }
  const participantsGiven = 'participants' in value;
  const input = participantsGiven ? value : { ...value, participants: [] };
  const parsed = programmeSchema.safeParse(input);
  if (!parsed.success) return { participantsGiven, errors: parsed.error.issues.map((i) => describeIssue(fileName, i, input)) };
  return { programme: parsed.data, participantsGiven, errors: [] };
}

function readStructure(text: string, fileName: string): { value: unknown } | { errors: string[] } {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) {
    try {
      return { value: JSON.parse(text) };
    } catch (err) {
      return { errors: [`${fileName}: not valid JSON: ${(err as Error).message}`] };
    }
  }
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, lineCounter });
    const at = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return ` line ${line}, column ${col}`;
    };
    if (doc.errors.length) return { errors: doc.errors.map((e) => `${fileName}${at(e.pos[0])}: ${lowerFirst(e.message)}`) };
    return { value: doc.toJS() };
  }
  return { errors: [`${fileName}: a programme file must end in .yaml, .yml or .json`] };
}

/**
 * One zod issue as a line a person can act on: the file, the path ("sessions.3.start") and what
 * is wrong, with the value found where that helps. Zod's own wording is kept where it is already
 * clear and replaced where it is not ("Invalid input" for a level).
 */
export function describeIssue(fileName: string, issue: ZodIssue, input: unknown): string {
  const where = issue.path.length ? `${fileName}, ${issue.path.join('.')}` : fileName;
  return `${where}: ${issueMessage(issue, valueAt(input, issue.path))}`;
}

function issueMessage(issue: ZodIssue, value: unknown): string {
  const shown = typeof value === 'string' ? `'${value}'` : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  const withValue = (message: string) => (shown !== undefined && !message.includes(shown) ? `${message}, got ${shown}` : message);
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? 'is required' : `must be ${article(issue.expected)}, got ${issue.received}`;
    case 'invalid_union': {
      // levelSchema is a union of literals: say which values are allowed.
      const literals = issue.unionErrors.flatMap((e) => e.issues).filter((i) => i.code === 'invalid_literal');
      if (literals.length === issue.unionErrors.length) {
        const allowed = literals.map((i) => JSON.stringify(i.code === 'invalid_literal' ? i.expected : ''));
        return withValue(`must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`);
      }
      return withValue('is not valid');
    }
    case 'invalid_enum_value':
      return withValue(`must be one of ${issue.options.join(', ')}`);
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((k) => `'${k}'`).join(', ')} (misspelt?)`;
    case 'too_small':
      return issue.type === 'string' && issue.minimum === 1 ? 'must not be empty' : withValue(lowerFirst(issue.message));
    case 'invalid_string':
      return withValue(issue.validation === 'email' ? 'must be an e-mail address' : issue.validation === 'url' ? 'must be a URL' : lowerFirst(issue.message));
    default:
      return withValue(lowerFirst(issue.message));
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), input);
}
