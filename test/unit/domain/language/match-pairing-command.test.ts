import { matchPairingCommand } from '../../../../src/domain/language/match-pairing-command';

const TODAY = '2027-01-19';

describe("A leader's say about sparring partners", () => {
  it.each([
    ['pause sparring indtil 1. marts', '2027-03-01'],
    ['Pause sparring til den 1/3', '2027-03-01'],
    ['pause sparring until 1 March', '2027-03-01'],
    ['pause sparring until March 1, 2027', '2027-03-01'],
    ['sæt sparring på pause indtil 15.2.2027', '2027-02-15'],
    ['pause sparring until 2027-04-30', '2027-04-30'],
    ['pause sparring indtil 10. januar', '2028-01-10'],
  ])('When a leader writes "%s", then sparring is paused until %s', (text, until) => {
    expect(matchPairingCommand(text, TODAY)).toEqual({ kind: 'pause', until });
  });

  it('When the day cannot be read or is no day, then the pause is recognised without a day, so the leader is asked for one', () => {
    expect(matchPairingCommand('pause sparring', TODAY)).toEqual({ kind: 'pause', until: undefined });
    expect(matchPairingCommand('pause sparring indtil 31. februar', TODAY)).toEqual({ kind: 'pause', until: undefined });
    expect(matchPairingCommand('pause sparring until someday', TODAY)).toEqual({ kind: 'pause', until: undefined });
  });

  it.each([
    ['Ja tak til sparring', 'opt-in'],
    ['join sparring', 'opt-in'],
    ['nej tak til sparring', 'opt-out'],
    ['slå sparring fra', 'opt-out'],
    ['start sparring igen', 'resume'],
    ['resume sparring', 'resume'],
  ])('When a leader writes "%s", then it is %s', (text, kind) => {
    expect(matchPairingCommand(text, TODAY)).toEqual({ kind });
  });

  it('When a question only mentions sparring, then it is no command', () => {
    expect(matchPairingCommand('hvem er min sparringspartner?', TODAY)).toBeUndefined();
    expect(matchPairingCommand('nej tak til sparing', TODAY)).toBeUndefined();
  });
});
