import { dateRangeOf } from '../../../../src/domain/language/date-range';
import { matchIntent } from '../../../../src/domain/language/match-intent';
import { isNearMiss } from '../../../../src/domain/language/near-miss';

const MONDAY = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027, 09:00 in Copenhagen
const ZONE = 'Europe/Copenhagen';
const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`).toISOString();
const range = (text: string) => {
  const when = matchIntent(text, 'da').when;
  const found = when && dateRangeOf(when, MONDAY, ZONE);
  return found && { from: found.from.toISOString(), to: found.to?.toISOString() };
};

describe('Reading dates in questions', () => {
  it('When a question names a weekday, then it means the coming one, on the programme\'s clock', () => {
    expect(matchIntent('hvad skal jeg have med på torsdag', 'da')).toMatchObject({ intent: 'prepare', when: { weekday: 4 } });
    expect(range('hvad skal jeg have med på torsdag')).toEqual({ from: day('2027-01-14'), to: day('2027-01-15') });
    expect(range('hvor er vi på mandag')).toEqual({ from: day('2027-01-11'), to: day('2027-01-12') });
  });

  it('When it says "i dag", "i morgen", "den 4." or "12/3", then it is that one day', () => {
    expect(range('hvor er vi i morgen')).toEqual({ from: day('2027-01-12'), to: day('2027-01-13') });
    expect(range('hvad skal jeg forberede til den 4.')).toEqual({ from: day('2027-02-04'), to: day('2027-02-05') });
    expect(range('hvor er modulet den 12/3')).toEqual({ from: day('2027-03-12'), to: day('2027-03-13') });
  });

  it('When it says "i næste uge", "denne uge" or "uge 12", then it is that ISO week', () => {
    expect(range('hvornår er modulet i næste uge')).toEqual({ from: day('2027-01-18'), to: day('2027-01-25') });
    expect(range('hvor er vi i denne uge')).toEqual({ from: day('2027-01-11'), to: day('2027-01-18') });
    // The week ends on the night summer time begins.
    expect(range('hvor er samlingen i uge 12')).toEqual({ from: day('2027-03-22'), to: new Date('2027-03-29T00:00:00+02:00').toISOString() });
  });

  it('When it says "efter påske" or "before Christmas", then the holidays come from the working calendar (Easter moves every year)', () => {
    // Easter Monday 2027 is 29 March.
    expect(range('hvornår er modulet efter påske')).toEqual({ from: new Date('2027-03-30T00:00:00+02:00').toISOString(), to: undefined });
    expect(matchIntent('when is the module before christmas', 'en').when).toEqual({ holiday: { name: 'christmas', relation: 'before' } });
    expect(range('hvornår er modulet før jul')).toEqual({ from: day('2027-01-11'), to: day('2027-12-24') });
  });

  it('When a number is a module or level number, then it is not read as a date', () => {
    expect(matchIntent('hvor er modul 4', 'da')).toMatchObject({ intent: 'where', moduleNumber: 4 });
    expect(matchIntent('hvor er modul 4', 'da').when).toBeUndefined();
    expect(matchIntent('hvornår er næste modul for niveau 2', 'da')).toMatchObject({ intent: 'nextSession', level: 2 });
  });
});

describe('Reading words as a Danish or English speaker would', () => {
  it('When a noun is inflected otherwise than listed, then its Snowball stem finds it', () => {
    expect(matchIntent('hvornår er fællessamlingerne', 'da').intent).toBe('schedule');
    expect(matchIntent('where are the gatherings held', 'en').intent).toBe('where');
    expect(matchIntent('hvad er forberedelserne', 'da').intent).toBe('prepare');
  });

  it('When a Danish compound ends in a session noun and starts with a known word, then it is a session; with an unknown first part it is something else', () => {
    expect(matchIntent('hvornår er udviklingsdagen', 'da').intent).toBe('nextSession');
    expect(matchIntent('hvad skal jeg forberede til personalemødet', 'da').intent).toBe('unknown');
  });

  it('When chat shorthand is used, then it is written out first', () => {
    expect(matchIntent('hvor er mdl 4', 'da')).toMatchObject({ intent: 'where', moduleNumber: 4 });
    expect(matchIntent('thx', 'en').intent).toBe('thanks');
    expect(matchIntent('where r u meeting tmrw pls', 'en')).toMatchObject({ intent: 'where', when: { daysFromToday: 1 } });
  });

  it('When two neighbouring letters are swapped, then it is one slip; a changed first letter is not', () => {
    expect(isNearMiss('samlnig', 'samling')).toBe(true);
    expect(isNearMiss('wehre', 'where')).toBe(true);
    expect(isNearMiss('there', 'where')).toBe(false);
    expect(matchIntent('hvonrår er næste modul', 'da').intent).toBe('nextSession');
  });
});

describe('Small talk and the guard', () => {
  it('When a message is only a greeting, thanks or a question about the bot, then it is small talk', () => {
    expect(matchIntent('hej', 'da').intent).toBe('greeting');
    expect(matchIntent('tusind tak for hjælpen', 'da').intent).toBe('thanks');
    expect(matchIntent('tak for programmet', 'da').intent).toBe('thanks');
    expect(matchIntent('hvem er du', 'da').intent).toBe('aboutBot');
  });

  it('When a greeting or thanks comes with a question, then the question is answered', () => {
    expect(matchIntent('hej! hvornår er næste modul?', 'da').intent).toBe('nextSession');
    expect(matchIntent('tak, og hvor er det?', 'da').intent).toBe('where');
  });

  it('When a word names something outside the programme, then nothing is answered, greeting or not', () => {
    for (const text of ['hej, hvor er kantinen?', 'what should i prepare for the board meeting', 'hvornår får vi løn', 'min medarbejder kan ikke komme i morgen']) {
      expect(matchIntent(text, 'da').intent).toBe('unknown');
    }
  });
});
