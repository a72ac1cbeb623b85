import { matchCommand } from '../../../../src/domain/language/match-command';

describe('matchCommand: the one command recogniser', () => {
  it("When HR writes an announcement, status or session-change command in Danish or English, then it is that command", () => {
    expect(matchCommand('Ny meddelelse')).toBe('announce');
    expect(matchCommand('announce')).toBe('announce');
    expect(matchCommand('Status på meddelelse')).toBe('announcementStatus');
    expect(matchCommand('status')).toBe('announcementStatus');
    expect(matchCommand('Flyt session')).toBe('changeSession');
    expect(matchCommand('ændr session')).toBe('changeSession');
    expect(matchCommand('change session!')).toBe('changeSession');
  });

  it('When a command has more words around it, then it is no command (questions go to the intent matcher)', () => {
    expect(matchCommand('flyt session 3 til i morgen')).toBeUndefined();
    expect(matchCommand('hvad er status på mit afbud')).toBeUndefined();
    expect(matchCommand('kan du sende en meddelelse')).toBeUndefined();
  });
});
