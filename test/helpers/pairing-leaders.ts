/**
 * Leaders for pairing tests and benchmarks: small hand-made ones, and large programmes with the
 * demo programme's mix of areas and levels.
 */
import { AREAS } from '../../src/demo/demo-programme-content';
import type { Level } from '../../src/domain/programme/model';
import type { PairingLeader } from '../../src/domain/pairing/pairing-model';

/** One active leader; `spec` is "area/level", e.g. "A/3". */
export function leader(id: string, spec: string, extra: Partial<PairingLeader> = {}): PairingLeader {
  const [area, level] = spec.split('/');
  return { id, area, level: Number(level) as Level, active: true, ...extra };
}

/**
 * `count` active leaders in the demo programme's proportions of areas and levels (about 4% on
 * level 1, 15% on level 2), each level-2 and level-3 leader managed by someone one level up in
 * their own area. Ids are "p00001" and up.
 */
export function demoShapedLeaders(count: number): PairingLeader[] {
  const demoTotal = AREAS.reduce((sum, a) => sum + a.leaders[0] + a.leaders[1] + a.leaders[2], 0);
  const slots: { area: string; level: Level }[] = [];
  for (const area of AREAS) {
    for (const level of [1, 2, 3] as const) {
      const share = area.leaders[level - 1] / demoTotal;
      for (let i = 0; i < Math.round(share * count); i++) slots.push({ area: area.name, level });
    }
  }
  while (slots.length < count) slots.push({ area: AREAS[0].name, level: 3 });
  slots.length = count;
  const leaders: PairingLeader[] = slots.map((slot, i) => ({
    id: `p${String(i + 1).padStart(5, '0')}`,
    area: slot.area,
    level: slot.level,
    active: true,
  }));
  const byAreaAndLevel = new Map<string, PairingLeader[]>();
  for (const l of leaders) {
    const key = `${l.area}/${l.level}`;
    const same = byAreaAndLevel.get(key);
    if (same) same.push(l);
    else byAreaAndLevel.set(key, [l]);
  }
  return leaders.map((l, i) => {
    const above = byAreaAndLevel.get(`${l.area}/${l.level - 1}`) ?? [];
    return above.length ? { ...l, managerId: above[i % above.length].id } : l;
  });
}
