import { counted, joinList } from '../../../../src/domain/language/texts';

describe('Counts and lists in the reader\'s language', () => {
  it.each([
    ['da', 'participants', 1, '1 deltager'],
    ['da', 'participants', 40, '40 deltagere'],
    ['da', 'channels', 1, '1 kanal'],
    ['da', 'people', 0, '0 personer'],
    ['en', 'people', 1, '1 person'],
    ['en', 'channels', 2, '2 channels'],
  ] as const)('When %s counts %s and there are %d, then it reads "%s"', (language, noun, count, expected) => {
    expect(counted(language, noun, count)).toBe(expected);
  });

  it('When three groups are listed in Danish, then the last is joined with "og"', () => {
    expect(joinList('da', ['Læringsgruppe 1', 'Læringsgruppe 2', 'Læringsgruppe 3'])).toBe('Læringsgruppe 1, Læringsgruppe 2 og Læringsgruppe 3');
  });
});
