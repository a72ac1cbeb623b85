import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../../src/config/load-config';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-calendar-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Working calendar configuration', () => {
  it('When nothing is configured, then the calendar is Danish, municipal, without closed periods, 08:00–16:00 and not strict', async () => {
    const config = await loadConfig({ env: {}, searchFrom: dir });
    expect(config.calendar).toEqual({ country: 'DK', employerDaysOff: 'municipal-dk', closedPeriods: [], workingWindow: '08:00–16:00', strict: false });
  });

  it('When the config file sets days off and closed periods, then a calendar built from the configuration uses them', async () => {
    fs.writeFileSync(
      path.join(dir, '.programme-botrc.yaml'),
      [
        'calendar:',
        '  employerDaysOff:',
        '    - municipal-dk',
        '    - date: "2027-05-07"',
        '      name: { da: Fridag efter Kristi himmelfart, en: Friday after Ascension Day }',
        '  closedPeriods:',
        '    - weeks: "29-31"',
        '      name: { da: Sommerferie, en: Summer holiday }',
        '  workingWindow: "08:30-15:30"',
        '  strict: true',
      ].join('\n'),
    );
    const config = await loadConfig({ env: {}, searchFrom: dir });
    expect(config.calendar.strict).toBe(true);
    const calendar = createWorkingCalendar(config.calendar, config.timeZone);
    expect(calendar.dayOffOn({ year: 2027, month: 5, day: 7 })?.reasons[0].name.da).toBe('Fridag efter Kristi himmelfart');
    expect(calendar.dayOffOn({ year: 2027, month: 7, day: 21 })?.reasons[0].code).toBe('closed-period');
    expect(calendar.window).toEqual({ start: { hour: 8, minute: 30 }, end: { hour: 15, minute: 30 } });
  });

  it('When CALENDAR_* environment variables are set, then they override the file and keep its lists', async () => {
    fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify({ calendar: { closedPeriods: [{ weeks: '30' }], workingWindow: '09:00–15:00' } }));
    const config = await loadConfig({
      env: { CALENDAR_EMPLOYER_DAYS_OFF: 'none', CALENDAR_WORKING_WINDOW: '07:30–15:30', CALENDAR_STRICT: 'true', CALENDAR_COUNTRY: 'DK' },
      searchFrom: dir,
    });
    expect(config.calendar).toEqual({ country: 'DK', employerDaysOff: 'none', closedPeriods: [{ weeks: '30' }], workingWindow: '07:30–15:30', strict: true });
  });

  it('When a calendar value is wrong, then start-up fails naming calendar and the key', async () => {
    fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify({ calendar: { workingWindow: '16:00–08:00' } }));
    await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('calendar.workingWindow: the window must end after it starts'),
    });
  });

  it('When CALENDAR_STRICT is neither true nor false, then start-up fails instead of guessing', async () => {
    await expect(loadConfig({ env: { CALENDAR_STRICT: 'yes' }, searchFrom: dir })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('calendar.strict'),
    });
  });

  it('When the employer preset in the environment is unknown, then start-up fails listing the presets', async () => {
    await expect(loadConfig({ env: { CALENDAR_EMPLOYER_DAYS_OFF: 'state' }, searchFrom: dir })).rejects.toMatchObject({
      message: expect.stringContaining('calendar.employerDaysOff: must be "municipal-dk" or "none"'),
    });
  });
});
