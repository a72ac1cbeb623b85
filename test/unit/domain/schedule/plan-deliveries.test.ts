import type { PlannedDelivery, ProactiveSettings } from '../../../../src/domain/schedule/delivery';
import { CodedError } from '../../../../src/domain/errors';
import { programmeSchema, type Programme, type ProgrammeInput } from '../../../../src/domain/programme/model';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';
import {
  DEFAULT_PROACTIVE_SETTINGS,
  planDueDeliveries,
  planWindow,
  type PlanInput,
} from '../../../../src/domain/schedule/plan-deliveries';

// A small programme in Copenhagen time: gatherings for all (one on a Friday 2 January, one on the
// Monday after the spring change to summer time, one starting at 00:30), a module for levels 1+2 on
// the Monday after the autumn change, a level-3 module run for group g1, and an elective.
const input: ProgrammeInput = {
  id: 'planner-test',
  name: { da: 'Test', en: 'Test' },
  timeZone: 'Europe/Copenhagen',
  groups: [
    { id: 'g1', name: 'Læringsgruppe 1' },
    { id: 'g2', name: 'Læringsgruppe 2' },
  ],
  modules: [
    { id: 'm-gathering', number: 1, kind: 'gathering', title: bothLanguages('Fællessamling'), description: bothLanguages('') },
    { id: 'm-lead', number: 2, kind: 'module', audience: { levels: [1, 2] }, title: bothLanguages('Chefmodul'), description: bothLanguages('') },
    { id: 'm-team', number: 3, kind: 'module', audience: { levels: [3] }, title: bothLanguages('Ledermodul'), description: bothLanguages('') },
    { id: 'e1', number: 11, kind: 'elective', audience: { electives: ['e1'] }, title: bothLanguages('Forandring'), description: bothLanguages('') },
  ],
  sessions: [
    sessionAt('s-spring', 'm-gathering', '2027-03-29T09:00:00+02:00', '2027-03-29T15:30:00+02:00'),
    sessionAt('s-newyear', 'm-gathering', '2026-01-02T09:00:00+01:00', '2026-01-02T15:30:00+01:00'),
    sessionAt('s-early', 'm-gathering', '2027-05-12T00:30:00+02:00', '2027-05-12T02:30:00+02:00'),
    sessionAt('s-team-g1', 'm-team', '2027-06-08T09:00:00+02:00', '2027-06-08T12:00:00+02:00', { levels: [3], groups: ['g1'] }),
    sessionAt('s-elective', 'e1', '2027-09-15T09:00:00+02:00', '2027-09-15T15:30:00+02:00'),
    sessionAt('s-autumn', 'm-lead', '2027-11-01T09:00:00+01:00', '2027-11-01T15:30:00+01:00'),
  ],
  participants: [
    leader('director', 1, { group: 'g1' }),
    leader('head', 2, { group: 'g2', electives: ['e1'] }),
    leader('leader-g1', 3, { group: 'g1', electives: ['e1'] }),
    leader('leader-g2', 3, { group: 'g2' }),
    leader('left', 3, { group: 'g1', electives: ['e1'], active: false }),
  ],
};
const programme: Programme = programmeSchema.parse(input);
const ACTIVE = ['director', 'head', 'leader-g1', 'leader-g2'];


function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    programme,
    settings: DEFAULT_PROACTIVE_SETTINGS,
    known: new Set(),
    paused: new Set(),
    answered: new Set(),
    ...overrides,
  };
}
function settingsWith(change: Partial<ProactiveSettings>): ProactiveSettings {
  return { ...DEFAULT_PROACTIVE_SETTINGS, ...change };
}
function reminders(change: Partial<ProactiveSettings['reminders']>): ProactiveSettings {
  return settingsWith({ reminders: { ...DEFAULT_PROACTIVE_SETTINGS.reminders, ...change } });
}
/** The whole programme's deliveries, as the `plan` preview would show them. */
function everything(overrides: Partial<PlanInput> = {}): PlannedDelivery[] {
  return planWindow(planInput(overrides), new Date('2025-01-01T00:00:00Z'), new Date('2029-01-01T00:00:00Z'));
}
function of(list: PlannedDelivery[], sessionId: string, kind?: PlannedDelivery['kind']): PlannedDelivery[] {
  return list.filter((d) => d.sessionId === sessionId && (kind === undefined || d.kind === kind));
}
function whoGets(list: PlannedDelivery[]): string[] {
  return [...new Set(list.map((d) => d.participantId))].sort();
}
function dueTimes(list: PlannedDelivery[]): Record<string, string> {
  return Object.fromEntries(list.map((d) => [`${d.kind}${d.offset ? ` ${d.offset}` : ''}`, d.dueAt]));
}

describe('reminders', () => {
  it('When a session is on the Monday after the spring change, then the reminders still go out at 09:00 local time on both sides of it', () => {
    const list = of(everything(), 's-spring', 'reminder').filter((d) => d.participantId === 'director');
    expect(dueTimes(list)).toEqual({
      'reminder P7D': '2027-03-22T08:00:00.000Z', // Monday 22 March 09:00 winter time
      'reminder P1D': '2027-03-28T07:00:00.000Z', // Sunday 28 March 09:00 summer time (a 23-hour day)
    });
    expect(list.map((d) => d.key).sort()).toEqual(['reminder:s-spring:director:P1D', 'reminder:s-spring:director:P7D']);
    expect(list.every((d) => d.expiresAt === '2027-03-29T07:00:00.000Z')).toBe(true);
  });

  it('When a session is on the Monday after the autumn change, then the reminders go out at 09:00 local time on both sides of it', () => {
    const list = of(everything(), 's-autumn', 'reminder').filter((d) => d.participantId === 'head');
    expect(dueTimes(list)).toEqual({
      'reminder P7D': '2027-10-25T07:00:00.000Z', // Monday 25 October 09:00 summer time
      'reminder P1D': '2027-10-31T08:00:00.000Z', // Sunday 31 October 09:00 winter time (a 25-hour day)
    });
  });

  it('When a session is on 2 January, then the week-before reminder lands on 26 December of the year before', () => {
    const list = of(everything(), 's-newyear', 'reminder').filter((d) => d.participantId === 'leader-g2');
    expect(dueTimes(list)).toEqual({
      'reminder P7D': '2025-12-26T08:00:00.000Z',
      'reminder P1D': '2026-01-01T08:00:00.000Z',
    });
  });

  it('When a session starts at 00:30, then the day-before reminder is the previous day at 09:00 and a same-day one at 09:00 is not planned', () => {
    const settings = reminders({ offsets: ['P1D', 'P0D'] });
    const list = of(everything({ settings }), 's-early', 'reminder').filter((d) => d.participantId === 'director');
    expect(dueTimes(list)).toEqual({ 'reminder P1D': '2027-05-11T07:00:00.000Z' });
    expect(list[0].expiresAt).toBe('2027-05-11T22:30:00.000Z');
  });

  it('When a level has its own reminder settings, then they replace the defaults for that level only', () => {
    const settings = reminders({ perLevel: { '3': { offsets: ['P2D'], sendAt: '08:00' }, '1': { sendAt: '07:30' } } });
    const list = of(everything({ settings }), 's-spring', 'reminder');
    const forPerson = (id: string) => dueTimes(list.filter((d) => d.participantId === id));
    expect(forPerson('leader-g1')).toEqual({ 'reminder P2D': '2027-03-27T07:00:00.000Z' });
    expect(forPerson('leader-g2')).toEqual({ 'reminder P2D': '2027-03-27T07:00:00.000Z' });
    expect(forPerson('director')).toEqual({ 'reminder P7D': '2027-03-22T06:30:00.000Z', 'reminder P1D': '2027-03-28T05:30:00.000Z' });
    expect(forPerson('head')).toEqual({ 'reminder P7D': '2027-03-22T08:00:00.000Z', 'reminder P1D': '2027-03-28T07:00:00.000Z' });
  });
});

describe('reflection prompts and nudges', () => {
  it('When a session ends on a Friday, then the reflection prompt is due Monday at 14:00 and is worth sending for a week', () => {
    const [prompt] = of(everything(), 's-newyear', 'reflection').filter((d) => d.participantId === 'director');
    expect(prompt).toEqual({
      key: 'reflection:s-newyear:director',
      kind: 'reflection',
      participantId: 'director',
      sessionId: 's-newyear',
      dueAt: '2026-01-05T13:00:00.000Z',
      expiresAt: '2026-01-12T13:00:00.000Z',
    });
  });

  it('When a session ends on a Monday in summer time, then the prompt is Tuesday 14:00 local and the nudge three days later at 14:00', () => {
    const list = of(everything(), 's-spring').filter((d) => d.participantId === 'head' && d.kind !== 'reminder');
    expect(dueTimes(list)).toEqual({ reflection: '2027-03-30T12:00:00.000Z', nudge: '2027-04-02T12:00:00.000Z' });
    const nudge = list.find((d) => d.kind === 'nudge');
    expect(nudge).toMatchObject({ key: 'nudge:s-spring:head', expiresAt: '2027-04-09T12:00:00.000Z' });
  });

  it('When a reflection prompt was enqueued and not answered, then exactly one nudge falls due for it', () => {
    const now = new Date('2027-04-02T12:00:00Z');
    const known = new Set(ACTIVE.map((id) => `reflection:s-spring:${id}`));
    const first = planDueDeliveries(planInput({ known }), now).filter((d) => d.kind === 'nudge');
    expect(first.map((d) => d.key)).toEqual(ACTIVE.map((id) => `nudge:s-spring:${id}`).sort());
    first.forEach((d) => known.add(d.key));
    const later = planDueDeliveries(planInput({ known }), new Date('2027-04-03T12:00:00Z'));
    expect(later.filter((d) => d.kind === 'nudge')).toEqual([]);
  });

  it('When a reflection prompt has a check-in, then no nudge is planned for it', () => {
    const now = new Date('2027-04-02T12:00:00Z');
    const known = new Set(ACTIVE.map((id) => `reflection:s-spring:${id}`));
    const answered = new Set(['reflection:s-spring:head']);
    const nudged = whoGets(planDueDeliveries(planInput({ known, answered }), now).filter((d) => d.kind === 'nudge'));
    expect(nudged).toEqual(['director', 'leader-g1', 'leader-g2']);
    expect(whoGets(of(everything({ answered }), 's-spring', 'nudge'))).toEqual(['director', 'leader-g1', 'leader-g2']);
  });

  it('When a reflection prompt was never enqueued, then the tick plans no nudge for it', () => {
    const now = new Date('2027-04-02T12:00:00Z');
    const known = new Set(['reflection:s-spring:director']);
    const nudges = planDueDeliveries(planInput({ known }), now).filter((d) => d.kind === 'nudge');
    expect(nudges.map((d) => d.key)).toEqual(['nudge:s-spring:director']);
  });
});

describe('who gets what', () => {
  it('When sessions are for a level, a group or an elective, then only that audience gets reminders and prompts', () => {
    const all = everything();
    expect(whoGets(of(all, 's-spring'))).toEqual(ACTIVE.slice().sort());
    expect(whoGets(of(all, 's-autumn'))).toEqual(['director', 'head']);
    expect(whoGets(of(all, 's-team-g1'))).toEqual(['leader-g1']);
    expect(whoGets(of(all, 's-elective'))).toEqual(['head', 'leader-g1']);
  });

  it('When a participant is inactive, then they get nothing', () => {
    expect(everything().filter((d) => d.participantId === 'left')).toEqual([]);
  });

  it('When a participant paused reminders and prompts, then they get no reminders, prompts or nudges', () => {
    const known = new Set(ACTIVE.map((id) => `reflection:s-spring:${id}`));
    const paused = new Set(['leader-g1']);
    expect(everything({ paused }).filter((d) => d.participantId === 'leader-g1')).toEqual([]);
    const due = planDueDeliveries(planInput({ paused, known }), new Date('2027-04-02T12:00:00Z'));
    expect(due.filter((d) => d.participantId === 'leader-g1')).toEqual([]);
    expect(due.length).toBeGreaterThan(0);
  });
});

describe('what a tick plans', () => {
  it('When the P1D reminder time arrives, then it is due together with the earlier reminders still inside the lookback', () => {
    const due = planDueDeliveries(planInput(), new Date('2027-03-28T07:00:00Z'));
    expect(due.map((d) => d.key)).toEqual([
      ...ACTIVE.map((id) => `reminder:s-spring:${id}:P7D`).sort(),
      ...ACTIVE.map((id) => `reminder:s-spring:${id}:P1D`).sort(),
    ]);
  });

  it('When it is a millisecond before the due time, then the reminder is not yet due', () => {
    const due = planDueDeliveries(planInput(), new Date('2027-03-28T06:59:59.999Z'));
    expect(due.filter((d) => d.offset === 'P1D')).toEqual([]);
  });

  it('When keys are already in the outbox, then they are not planned again', () => {
    const known = new Set(['reminder:s-spring:director:P7D', 'reminder:s-spring:head:P1D']);
    const due = planDueDeliveries(planInput({ known }), new Date('2027-03-28T07:00:00Z'));
    expect(due.map((d) => d.key)).not.toContain('reminder:s-spring:director:P7D');
    expect(due.map((d) => d.key)).not.toContain('reminder:s-spring:head:P1D');
    expect(due).toHaveLength(6);
  });

  it('When deliveries fell due longer ago than the lookback, then they are left out', () => {
    // 12 days after the P7D reminder of 22 March: the default 14-day lookback still covers it …
    const now = new Date('2027-04-03T08:00:00Z');
    expect(planDueDeliveries(planInput(), now).some((d) => d.offset === 'P7D')).toBe(true);
    // … a 10-day lookback does not, but still covers the P1D reminder of 28 March.
    const due = planDueDeliveries(planInput({ settings: settingsWith({ lookback: 'P10D' }) }), now);
    expect(due.some((d) => d.offset === 'P7D')).toBe(false);
    expect(due.some((d) => d.offset === 'P1D')).toBe(true);
  });

  it('When the bot was down past a session start, then the missed reminders come back already expired', () => {
    const now = new Date('2027-03-29T10:00:00Z');
    const reminders = planDueDeliveries(planInput(), now).filter((d) => d.kind === 'reminder');
    expect(reminders).toHaveLength(8);
    expect(reminders.every((d) => Date.parse(d.expiresAt) <= now.getTime())).toBe(true);
  });

  it('When a programme owner previews a window, then it shows what falls due from its start up to, not including, its end', () => {
    const list = planWindow(planInput(), new Date('2027-03-28T07:00:00Z'), new Date('2027-03-30T12:00:00Z'));
    expect(list.map((d) => d.key)).toEqual(ACTIVE.map((id) => `reminder:s-spring:${id}:P1D`).sort());
    const known = new Set(list.map((d) => d.key));
    const again = planWindow(planInput({ known }), new Date('2027-03-28T07:00:00Z'), new Date('2027-03-30T12:00:00.001Z'));
    expect(again.map((d) => d.key)).toEqual([...known, ...ACTIVE.map((id) => `reflection:s-spring:${id}`).sort()]);
  });

  it('When the planner ticks every six hours through the programme, then it plans exactly what the preview of that time shows, each once and on time', () => {
    const known = new Set<string>();
    const seen: PlannedDelivery[] = [];
    const first = Date.parse('2025-12-01T00:00:00Z');
    const last = Date.parse('2028-01-01T00:00:00Z');
    for (let now = first; now <= last; now += 6 * 3_600_000) {
      for (const d of planDueDeliveries(planInput({ known }), new Date(now))) {
        expect(known.has(d.key)).toBe(false);
        // Planned at the first tick after it fell due, not caught up later.
        expect(now - Date.parse(d.dueAt)).toBeLessThan(6 * 3_600_000);
        known.add(d.key);
        seen.push(d);
      }
    }
    // The first tick looks 14 days back, to 17 November.
    const preview = planWindow(planInput(), new Date('2025-11-17T00:00:00.001Z'), new Date(last + 1));
    expect(seen.map((d) => d.key).sort()).toEqual(preview.map((d) => d.key).sort());
    expect(preview.length).toBeGreaterThan(60);
  });

  it('When a preview window is one millisecond wide, then it still shows what falls due in that millisecond', () => {
    for (const d of everything()) {
      const due = new Date(d.dueAt);
      const keys = planWindow(planInput(), due, new Date(due.getTime() + 1)).map((x) => x.key);
      expect(keys).toContain(d.key);
    }
  });

  it('When the same input is planned twice, or with sessions and participants listed in another order, then the output is the same and sorted by due time, then key', () => {
    const reordered = programmeSchema.parse({
      ...input,
      sessions: [...input.sessions].reverse(),
      participants: [...input.participants].reverse(),
    });
    const a = everything();
    expect(everything()).toEqual(a);
    expect(everything({ programme: reordered })).toEqual(a);
    const sorted = [...a].sort((x, y) => Date.parse(x.dueAt) - Date.parse(y.dueAt) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    expect(a).toEqual(sorted);
    const utcIso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    expect(a.every((d) => utcIso.test(d.dueAt) && utcIso.test(d.expiresAt))).toBe(true);
  });
});

describe('settings', () => {
  it('When a send time or an offset is malformed, then planning fails with a message naming the setting', () => {
    const now = new Date('2027-03-28T07:00:00Z');
    const bad = (settings: ProactiveSettings) => () => planDueDeliveries(planInput({ settings }), now);
    expect(bad(reminders({ sendAt: '9.00' }))).toThrow(/reminders\.sendAt: must be HH:MM/);
    expect(bad(reminders({ offsets: ['PT2H'] }))).toThrow(/reminders\.offsets: must be whole days/);
    expect(bad(reminders({ perLevel: { '2': { offsets: ['seven days'] } } }))).toThrow(/reminders\.perLevel\.2\.offsets/);
    expect(bad(reminders({ sendAt: '25:00' }))).toThrow(CodedError);
  });

  it('When the defaults are used, then they are a week and a day before at 09:00, a prompt the next working day at 14:00 and a nudge three days later', () => {
    expect(DEFAULT_PROACTIVE_SETTINGS).toEqual({
      reminders: { offsets: ['P7D', 'P1D'], sendAt: '09:00' },
      reflection: { afterWorkingDays: 1, sendAt: '14:00', expiresAfter: 'P7D' },
      nudge: { afterDays: 3, sendAt: '14:00' },
      lookback: 'P14D',
    });
  });
});
