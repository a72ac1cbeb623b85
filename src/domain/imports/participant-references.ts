/**
 * Turns what HR writes in a spreadsheet cell into the programme's ids: a learning group by id or
 * name, electives by id or title (Danish or English). People copy titles from the course
 * catalogue, so matching ignores case and extra spaces.
 */
import type { Programme } from '../programme/model';

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

interface Names {
  /** Folded group id or name → group id, the first group that has it. */
  groups: Map<string, string>;
  /** Folded elective id or Danish or English title → elective id, the first elective that has it. */
  electives: Map<string, string>;
}

/**
 * The programme's group and elective names, folded once per programme: an import looks them up
 * for every row, and folding every name again for each of 200,000 rows was most of its time.
 */
const namesOf = new WeakMap<Programme, Names>();

function names(programme: Programme): Names {
  let known = namesOf.get(programme);
  if (!known) {
    const index = (entries: [string, string][]) => {
      const map = new Map<string, string>();
      for (const [name, id] of entries) if (!map.has(name)) map.set(name, id);
      return map;
    };
    // Each group by id, then by name, in programme order: the first match wins, as a search would find it.
    const groups = index(programme.groups.flatMap((g): [string, string][] => [[fold(g.id), g.id], [fold(g.name), g.id]]));
    const electives = index(
      programme.modules
        .filter((m) => m.kind === 'elective')
        .flatMap((m): [string, string][] => [[fold(m.id), m.id], [fold(m.title.da), m.id], [fold(m.title.en), m.id]]),
    );
    known = { groups, electives };
    namesOf.set(programme, known);
  }
  return known;
}

/** Looks a group up by id or name; undefined when the programme has no such group. */
export function resolveGroup(programme: Programme, text: string): string | undefined {
  return names(programme).groups.get(fold(text));
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
  return names(programme).electives.get(wanted);
}
