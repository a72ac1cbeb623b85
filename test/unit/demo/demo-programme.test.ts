import { DateTime } from 'luxon';
import { isInAudience, nextSessionFor, sessionAudience, sessionsFor } from '../../../src/domain/programme/attendance';
import { createDemoProgramme } from '../../../src/demo/demo-programme';
import { programmeSchema, type Programme, type Session } from '../../../src/domain/programme/model';

const ZONE = 'Europe/Copenhagen';
const DAY = 86_400_000;
const NOW = new Date('2026-09-09T10:00:00+02:00');
const programme = createDemoProgramme(NOW);

// Instants that have bitten calendars before: each weekday, late Sunday night, both DST changes
// and the turn of the year (Copenhagen already in the new year, UTC not yet).
const AWKWARD_NOWS = [
  '2026-09-07T00:05:00+02:00',
  '2026-09-13T23:55:00+02:00',
  '2027-03-28T01:30:00Z',
  '2027-10-31T01:30:00Z',
  '2026-12-31T23:30:00Z',
  '2027-06-16T12:00:00Z',
].map((s) => new Date(s));

const byStart = (a: Session, b: Session) => Date.parse(a.start) - Date.parse(b.start);
const sessionsOf = (p: Programme, moduleId: string) => p.sessions.filter((s) => s.moduleId === moduleId).sort(byStart);
const person = (id: string) => programme.participants.find((p) => p.id === id)!;

describe('The demo programme as a whole', () => {
  it('When it is created, then it is valid against the programme schema', () => {
    expect(programmeSchema.safeParse(programme).success).toBe(true);
    expect(programme.id).toBe('demo');
    expect(programme.name).toEqual({
      da: 'Fælles ledelse – lederudviklingsforløb (demo)',
      en: 'Shared Leadership – leadership development programme (demo)',
    });
    expect(programme.timeZone).toBe(ZONE);
    expect(programme.electivesPerParticipant).toBe(2);
  });

  it('When it is created twice for the same instant, then both are identical', () => {
    expect(createDemoProgramme(new Date(NOW.getTime()))).toEqual(programme);
  });

  it('When it is created on another day, then the same leaders with the same choices come back', () => {
    expect(createDemoProgramme(new Date('2027-02-01T08:00:00Z')).participants).toEqual(programme.participants);
  });

  it('When the texts are read in either language, then every title, description, preparation and agenda item has both', () => {
    const texts = [
      ...programme.modules.flatMap((m) => [m.title, m.description]),
      ...programme.sessions.flatMap((s) => [s.preparation!, ...s.agenda]),
    ];
    for (const text of texts) {
      expect(text.da.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(programme.sessions.every((s) => s.place.name && s.place.address && s.place.room)).toBe(true);
  });
});

describe('The leaders in the demo programme', () => {
  const { participants } = programme;
  const count = (level: number) => participants.filter((p) => p.level === level).length;

  it('When the leaders are counted, then there are about 200, split about 8 / 30 / 160 over the three levels', () => {
    expect(participants.length).toBeGreaterThanOrEqual(190);
    expect(participants.length).toBeLessThanOrEqual(210);
    expect(count(1)).toBeGreaterThanOrEqual(6);
    expect(count(1)).toBeLessThanOrEqual(10);
    expect(count(2)).toBeGreaterThanOrEqual(25);
    expect(count(2)).toBeLessThanOrEqual(35);
    expect(count(3)).toBeGreaterThanOrEqual(150);
    expect(count(3)).toBeLessThanOrEqual(170);
    expect(new Set(participants.map((p) => p.area)).size).toBeGreaterThanOrEqual(6);
  });

  it('When the three demo leaders are looked up, then they have exactly the agreed values', () => {
    expect(person('demo-level-1')).toMatchObject({
      name: 'Mette Holm', email: 'mette.holm@kommune.example', aadObjectId: '00000000-0000-4000-8000-000000000001', level: 1, locale: 'da',
    });
    expect(person('demo-level-2')).toMatchObject({
      name: 'Anders Kjær', email: 'anders.kjaer@kommune.example', aadObjectId: '00000000-0000-4000-8000-000000000002', level: 2, locale: 'da',
    });
    expect(person('demo-level-3')).toMatchObject({
      name: 'Sofie Nørgaard', email: 'sofie.noergaard@kommune.example', aadObjectId: '00000000-0000-4000-8000-000000000003',
      level: 3, locale: 'da', managerId: 'demo-level-2',
    });
    expect(person('demo-level-3').group).toBeDefined();
  });

  it('When other leaders are imported, then they have no Entra ID yet and are linked later by email', () => {
    const others = participants.filter((p) => !p.id.startsWith('demo-level-'));
    expect(others.length).toBe(participants.length - 3);
    expect(others.every((p) => p.aadObjectId === undefined)).toBe(true);
  });

  it('When emails are made from Danish names, then they are ASCII, unique and firstname.lastname', () => {
    const emails = participants.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const p of participants) expect(p.email).toMatch(/^[a-z-]+\.[a-z-]+@kommune\.example$/);
    const withDanishLetters = participants.filter((p) => /[æøå]/i.test(p.name));
    expect(withDanishLetters.length).toBeGreaterThan(10);
    const withOe = participants.find((p) => p.name.includes('ø'))!;
    expect(withOe.email).toContain('oe');
  });

  it('When managers are set, then level 3 reports to level 2 in the same area and level 2 to level 1', () => {
    for (const p of participants.filter((x) => x.level > 1)) {
      const manager = person(p.managerId!);
      expect(manager.level).toBe(p.level - 1);
      if (p.level === 3) expect(manager.area).toBe(p.area);
    }
  });

  it('When learning groups are formed, then there are 8 of them and each mixes levels and areas', () => {
    expect(programme.groups.map((g) => g.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Læringsgruppe ${n}`));
    for (const group of programme.groups) {
      const members = participants.filter((p) => p.group === group.id);
      expect(new Set(members.map((p) => p.level)).size).toBe(3);
      expect(new Set(members.map((p) => p.area)).size).toBeGreaterThanOrEqual(4);
    }
    expect(participants.every((p) => p.group)).toBe(true);
  });

  it('When electives are chosen, then everyone has two different ones and no elective is over capacity', () => {
    for (const p of participants) {
      expect(p.electives).toHaveLength(2);
      expect(new Set(p.electives).size).toBe(2);
    }
    for (const elective of programme.modules.filter((m) => m.kind === 'elective')) {
      const taken = participants.filter((p) => p.electives.includes(elective.id)).length;
      expect(taken).toBeLessThanOrEqual(elective.capacity!);
    }
  });

  it('When languages are set, then most leaders prefer Danish and a few English', () => {
    const english = participants.filter((p) => p.locale === 'en').length;
    expect(english).toBeGreaterThan(0);
    expect(english).toBeLessThan(participants.length * 0.15);
  });
});

describe('The modules and sessions of the demo programme', () => {
  const core = programme.modules.filter((m) => m.kind !== 'elective');

  it('When the modules are listed, then there are 4 gatherings, each followed by one module for levels 1+2 and one for level 3', () => {
    expect(core.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const shape = core.map((m) => `${m.kind}:${JSON.stringify(m.audience)}`);
    const cycle = ['gathering:{}', 'module:{"levels":[1,2]}', 'module:{"levels":[3]}'];
    expect(shape).toEqual([...cycle, ...cycle, ...cycle, ...cycle]);
  });

  it('When modules are numbered, then the numbers follow the order in which they start', () => {
    const firstStart = (id: string) => Date.parse(sessionsOf(programme, id)[0].start);
    const chronological = [...core].sort((a, b) => firstStart(a.id) - firstStart(b.id));
    expect(chronological.map((m) => m.number)).toEqual(core.map((m) => m.number));
  });

  it('When the level-3 modules are held, then they run per learning group and every leader of employees has exactly one run', () => {
    for (const module of core.filter((m) => m.audience.levels?.join() === '3')) {
      const runs = sessionsOf(programme, module.id);
      expect(runs.length).toBeGreaterThan(1);
      for (const run of runs) expect(run.audience?.levels).toEqual([3]);
      for (const p of programme.participants.filter((x) => x.level === 3)) {
        expect(runs.filter((s) => isInAudience(p, sessionAudience(programme, s)))).toHaveLength(1);
      }
      const seats = runs.map((s) => programme.participants.filter((p) => isInAudience(p, sessionAudience(programme, s))).length);
      expect(Math.max(...seats)).toBeLessThanOrEqual(60);
    }
  });

  it('When the electives are listed, then there are about 6 diploma electives of 5 ECTS, each with 2–3 sessions for those who chose it', () => {
    const electives = programme.modules.filter((m) => m.kind === 'elective');
    expect(electives.length).toBeGreaterThanOrEqual(5);
    expect(electives.length).toBeLessThanOrEqual(7);
    for (const e of electives) {
      expect(e).toMatchObject({ audience: { electives: [e.id] }, ects: 5 });
      expect(e.capacity).toBeGreaterThanOrEqual(60);
      expect(e.provider).toBeTruthy();
      expect(sessionsOf(programme, e.id).length).toBeGreaterThanOrEqual(2);
      expect(sessionsOf(programme, e.id).length).toBeLessThanOrEqual(3);
    }
  });

  it('When the demo is created, then it began about 4 months ago with gathering 1 and its modules, and runs about 18 months more', () => {
    const all = [...programme.sessions].sort(byStart);
    const monthsFromNow = (iso: string) => (Date.parse(iso) - NOW.getTime()) / (30.44 * DAY);
    expect(monthsFromNow(all[0].start)).toBeCloseTo(-4, 0);
    expect(monthsFromNow(all[all.length - 1].end)).toBeGreaterThan(15);
    expect(monthsFromNow(all[all.length - 1].end)).toBeLessThan(20);
    for (const id of ['gathering-1', 'levels-1-2-module-1', 'level-3-module-1']) {
      expect(sessionsOf(programme, id).every((s) => Date.parse(s.end) < NOW.getTime())).toBe(true);
    }
  });

  it.each(AWKWARD_NOWS.map((now) => [now.toISOString(), now] as const))(
    'When created at %s, then every session is on a weekday from 09:00 to 15:30 local with the offset of that date',
    (_label, now) => {
      for (const s of createDemoProgramme(now).sessions) {
        for (const [iso, time] of [[s.start, '09:00'], [s.end, '15:30']] as const) {
          const local = DateTime.fromISO(iso, { zone: ZONE });
          expect(local.weekday).toBeLessThanOrEqual(5);
          expect(local.toFormat('HH:mm')).toBe(time);
          // The written offset must be the zone's offset on that date: +01:00 in winter, +02:00 in summer.
          expect(iso.slice(-6)).toBe(local.toFormat('ZZ'));
        }
      }
    },
  );

  it.each(AWKWARD_NOWS.map((now) => [now.toISOString(), now] as const))(
    'When created at %s, then every leader has a future session and each demo leader has one 2 to 5 weeks ahead',
    (_label, now) => {
      const demo = createDemoProgramme(now);
      for (const p of demo.participants) expect(nextSessionFor(demo, p, now)).toBeDefined();
      for (const id of ['demo-level-1', 'demo-level-2', 'demo-level-3']) {
        const p = demo.participants.find((x) => x.id === id)!;
        const soon = sessionsFor(demo, p).filter((s) => {
          const days = (Date.parse(s.start) - now.getTime()) / DAY;
          return days >= 14 && days <= 35;
        });
        expect(soon.length).toBeGreaterThan(0);
      }
    },
  );
});
