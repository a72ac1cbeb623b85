/**
 * The columns of a participant list and the header names HR may give them. Excel exports keep
 * whatever header the person typed, in Danish or English, so headers are compared folded: case,
 * spaces, hyphens and other punctuation do not matter, and æ/ø/å equal ae/oe/aa ("Område",
 * "omraade" and "OMRÅDE" are one column).
 */

/** Accepted header names per field, already folded (see foldHeader). The first is shown in messages. */
export const PARTICIPANT_COLUMNS = {
  name: ['name', 'navn', 'fuldtnavn', 'fullname'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse', 'emailaddress'],
  level: ['level', 'niveau', 'lederniveau'],
  area: ['area', 'omraade', 'forvaltning'],
  group: ['group', 'gruppe', 'laeringsgruppe', 'learninggroup'],
  manager: ['manager', 'leder', 'naermesteleder', 'manageremail', 'lederemail', 'lederensemail'],
  electives: ['electives', 'valgmoduler', 'valgmodul', 'elective'],
  locale: ['locale', 'sprog', 'language'],
  id: ['id', 'deltagerid', 'participantid'],
  aadObjectId: ['aadobjectid', 'objectid', 'entraobjectid', 'entraid'],
} as const;

export type ParticipantField = keyof typeof PARTICIPANT_COLUMNS;

/** How messages name a field's column when the file has none (a missing required column). */
export const COLUMN_LABELS: Record<ParticipantField, string> = {
  name: 'name or navn',
  email: 'email, e-mail or mail',
  level: 'level or niveau',
  area: 'area or område',
  group: 'group or læringsgruppe',
  manager: 'manager or nærmeste leder',
  electives: 'electives or valgmoduler',
  locale: 'locale or sprog',
  id: 'id',
  aadObjectId: 'aadObjectId or objectId',
};

/** Without these a row cannot become a participant. */
export const REQUIRED_FIELDS: readonly ParticipantField[] = ['name', 'email', 'level', 'area'];

/** A header cell in the form the aliases are written in: "Nærmeste leder" → "naermesteleder". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

/** The field a header names, or undefined for a column the import does not use. */
export function fieldOfHeader(header: string): ParticipantField | undefined {
  const folded = foldHeader(header);
  const fields = Object.keys(PARTICIPANT_COLUMNS) as ParticipantField[];
  return fields.find((f) => (PARTICIPANT_COLUMNS[f] as readonly string[]).includes(folded));
}

/**
 * The separator of a CSV file, read from its header line: Danish Excel writes ";" (the comma is
 * the decimal sign), English Excel ",". Counting only outside quotes keeps a quoted header such as
 * "Navn, fulde" from tipping the vote.
 */
export function detectSeparator(text: string): ';' | ',' {
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch === ';') semicolons += 1;
    else if (!inQuotes && ch === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}
