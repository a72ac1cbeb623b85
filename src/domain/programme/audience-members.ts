/**
 * Who is in an audience, fast, for programmes with thousands of participants. Participants are
 * indexed once by level, group and elective; an audience starts from the smallest matching list
 * and every candidate is still checked with isInAudience, so this stays a shortcut to the one
 * audience resolver, never a second set of rules.
 */
import { isInAudience } from './attendance';
import type { Audience, Participant, Programme } from './model';

export interface AudienceMembers {
  /** The active participants in the audience (programme order within each index list). */
  membersOf(audience: Audience): readonly Participant[];
}

function push<K>(index: Map<K, Participant[]>, key: K, p: Participant): void {
  const list = index.get(key);
  if (list) list.push(p);
  else index.set(key, [p]);
}

/** Participants listed under any of `keys`, without building anything when there is one key. */
interface Candidates {
  size: number;
  collect(): readonly Participant[];
}

function candidates<K>(index: Map<K, Participant[]>, keys: readonly K[], mayOverlap: boolean): Candidates {
  const lists = [...new Set(keys)].map((k) => index.get(k) ?? []);
  return {
    // An upper bound when lists overlap; good enough to choose the cheapest list to filter.
    size: lists.reduce((n, l) => n + l.length, 0),
    collect: () => {
      if (lists.length === 1) return lists[0];
      // A participant has one level and one group, so only elective lists can share people.
      return mayOverlap ? [...new Set(lists.flat())] : lists.flat();
    },
  };
}

/**
 * An index of the programme's active participants. Build it per planning call (it costs one pass
 * over the participants) and drop it afterwards: the programme may change between calls.
 * Results are remembered per audience object, and sessions of one module share their module's.
 */
export function indexAudienceMembers(programme: Programme): AudienceMembers {
  const active: Participant[] = [];
  const byLevel = new Map<number, Participant[]>();
  const byGroup = new Map<string, Participant[]>();
  const byElective = new Map<string, Participant[]>();
  for (const p of programme.participants) {
    // Inactive participants are in no audience (isInAudience says so too); leave them out early.
    if (!p.active) continue;
    active.push(p);
    push(byLevel, p.level, p);
    if (p.group !== undefined) push(byGroup, p.group, p);
    p.electives.forEach((e) => push(byElective, e, p));
  }

  const remembered = new Map<Audience, readonly Participant[]>();
  return {
    membersOf(audience) {
      const hit = remembered.get(audience);
      if (hit) return hit;
      // Each given criterion narrows to a list; the smallest is the cheapest to filter.
      const options: Candidates[] = [{ size: active.length, collect: () => active }];
      if (audience.levels?.length) options.push(candidates(byLevel, audience.levels, false));
      if (audience.groups?.length) options.push(candidates(byGroup, audience.groups, false));
      if (audience.electives?.length) options.push(candidates(byElective, audience.electives, true));
      const smallest = options.reduce((a, b) => (b.size < a.size ? b : a));
      const members = smallest.collect().filter((p) => isInAudience(p, audience));
      remembered.set(audience, members);
      return members;
    },
  };
}
