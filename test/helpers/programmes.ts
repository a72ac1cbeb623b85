import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';

/** The small hand-written programme in test/fixtures/programme-small.json, validated. */
export function smallProgramme(): Programme {
  const file = path.join(projectRoot(), 'test', 'fixtures', 'programme-small.json');
  return programmeSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Every piece of text in a card (TextBlock text, fact titles and values, action titles), in order. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) if (typeof n[key] === 'string') out.push(n[key] as string);
    Object.entries(n).forEach(([key, child]) => {
      if (key !== 'data') walk(child);
    });
  };
  walk(card);
  return out;
}

/** All the card's text as one string, for "contains" assertions. */
export function cardText(card: unknown): string {
  return cardTexts(card).join('\n');
}

/**
 * A cohort of `size` leaders and one gathering a week after Monday 1 March 2027, so the P7D
 * reminders fall due at 09:00 Copenhagen time that Monday (WAVE_DUE). Every other leader was
 * imported with an Entra object id, the rest by e-mail only.
 */
export function cohortProgramme(size: number): Programme {
  return programmeSchema.parse({
    id: 'cohort',
    name: { da: 'Fælles ledelse', en: 'Shared Leadership' },
    timeZone: 'Europe/Copenhagen',
    modules: [{ id: 'g1', number: 1, kind: 'gathering', title: { da: 'Fællessamling 1', en: 'Joint gathering 1' }, description: { da: '-', en: '-' } }],
    sessions: [{ id: 's1', moduleId: 'g1', start: '2027-03-08T09:00:00+01:00', end: '2027-03-08T15:00:00+01:00', place: { name: 'Rådhuset' } }],
    participants: Array.from({ length: size }, (_, i) => ({
      id: `p${i}`,
      name: `Leder ${i}`,
      email: `leder${i}@kommune.example`,
      ...(i % 2 === 0 ? { aadObjectId: entraId(i) } : {}),
      level: ((i % 3) + 1) as 1 | 2 | 3,
      area: 'Område',
    })),
  });
}

/** When the cohort's first reminder wave is due: Monday 1 March 2027, 09:00 in Copenhagen. */
export const WAVE_DUE = new Date('2027-03-01T08:00:00Z');

/** A made-up Entra object id for leader i (a GUID, unrelated to any Teams id). */
export function entraId(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

/** The cohort's leaders as members of a Teams team: Entra object id and UPN, no Teams id (Teams makes that up). */
export function cohortMembers(programme: Programme): { name: string; aadObjectId: string; email: string }[] {
  return programme.participants.map((p, i) => ({ name: p.name, aadObjectId: p.aadObjectId ?? entraId(i), email: p.email }));
}
