/**
 * Turns what HR writes in a spreadsheet cell into the programme's ids: a learning group by id or
 * name, electives by id or title (Danish or English). People copy titles from the course
 * catalogue, so matching ignores case and extra spaces.
 */
import type { Programme } from '../programme/model';

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Looks a group up by id or name; undefined when the programme has no such group. */
export function resolveGroup(programme: Programme, text: string): string | undefined {
  const wanted = fold(text);
  return programme.groups.find((g) => fold(g.id) === wanted || fold(g.name) === wanted)?.id;
}

/** "g1 (Læringsgruppe 1), g2 (Læringsgruppe 2)": what a message offers instead of an unknown group. */
export function describeGroups(programme: Programme): string {
  return listOrNone(programme.groups.map((g) => `${g.id} (${g.name})`));
}

/** "e1 (Forandringsledelse), …": the electives a message offers instead of an unknown one. */
export function describeElectives(programme: Programme): string {
  return listOrNone(programme.modules.filter((m) => m.kind === 'elective').map((m) => `${m.id} (${m.title.da})`));
}

function listOrNone(items: string[]): string {
  if (items.length === 0) return 'none';
  return items.length > 12 ? `${items.slice(0, 12).join(', ')}, …` : items.join(', ');
}

/**
 * Splits an electives cell ("e1, e2", "Forandringsledelse | Coaching i ledelse") into pieces and
 * resolves each. Titles may themselves contain a comma, so the longest run of pieces that names an
 * elective wins before the cell is split further. Without a programme, pieces are taken as ids.
 */
export function resolveElectives(programme: Programme | undefined, cell: string): { ids: string[]; unknown: string[] } {
  // split with a capture group keeps the separators, so a run of pieces can be put back together.
  const parts = cell.split(/([,;|])/);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const joined = (from: number, to: number) => parts.slice(from * 2, to * 2 - 1).join('').trim();
  const ids: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let matched = false;
    for (let j = pieces.length; j > i && programme; j--) {
      const id = findElective(programme, joined(i, j));
      if (id) {
        if (!ids.includes(id)) ids.push(id);
        i = j;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const text = pieces[i].trim();
    if (text && !programme && !ids.includes(text)) ids.push(text);
    else if (text && programme) unknown.push(text);
    i += 1;
  }
  return { ids, unknown };
}

function findElective(programme: Programme, text: string): string | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  return programme.modules.find(
    (m) => m.kind === 'elective' && (fold(m.id) === wanted || fold(m.title.da) === wanted || fold(m.title.en) === wanted),
  )?.id;
}
