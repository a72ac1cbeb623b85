import { sessionChoiceTitles } from '../../../../src/domain/language/session-choice-title';
import { programmeSchema } from '../../../../src/domain/programme/model';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';

const programme = programmeSchema.parse({
  id: 'choice-titles',
  name: bothLanguages('Lederudvikling'),
  timeZone: 'Europe/Copenhagen',
  groups: [
    { id: 'g1', name: 'Læringsgruppe 1' },
    { id: 'g2', name: 'Læringsgruppe 2' },
  ],
  modules: [{ id: 'm6', number: 6, kind: 'module', audience: { levels: [3] }, title: bothLanguages('Sparring på tværs'), description: bothLanguages('') }],
  sessions: [
    sessionAt('a', 'm6', '2027-01-26T09:00:00+01:00', '2027-01-26T15:30:00+01:00', { levels: [3], groups: ['g1'] }),
    sessionAt('b', 'm6', '2027-01-26T09:00:00+01:00', '2027-01-26T15:30:00+01:00', { levels: [3], groups: ['g2'] }),
    // Two runs for the same group, same place and time: only their ids tell them apart.
    sessionAt('c', 'm6', '2027-01-28T09:00:00+01:00', '2027-01-28T15:30:00+01:00'),
    sessionAt('d', 'm6', '2027-01-28T09:00:00+01:00', '2027-01-28T15:30:00+01:00'),
  ],
  participants: [leader('p', 3)],
});

describe('Sessions in a picker', () => {
  it('When two runs of a module fall on the same day, then group and place tell them apart, and ids when nothing else does', () => {
    const titles = sessionChoiceTitles(programme, programme.sessions, 'da', new Date('2027-01-01T12:00:00+01:00'));
    expect(titles).toEqual([
      '6. Sparring på tværs · Læringsgruppe 1 · Rådhuset · tirsdag den 26. januar kl. 09.00–15.30',
      '6. Sparring på tværs · Læringsgruppe 2 · Rådhuset · tirsdag den 26. januar kl. 09.00–15.30',
      '6. Sparring på tværs · Rådhuset · torsdag den 28. januar kl. 09.00–15.30 (c)',
      '6. Sparring på tværs · Rådhuset · torsdag den 28. januar kl. 09.00–15.30 (d)',
    ]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
