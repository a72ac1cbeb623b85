import { matchCommand } from '../../../../src/domain/language/match-command';
import { matchIntent } from '../../../../src/domain/language/match-intent';

describe('Recognising leaders’ self-service requests', () => {
  it('When a leader says they cannot come on a day of the month, then it is an absence for that day, in their language', () => {
    expect(matchIntent('jeg kan ikke komme den 12.', 'en')).toMatchObject({ intent: 'absence', language: 'da', target: { day: 12 } });
    expect(matchIntent("I can't come on the 12th", 'da')).toMatchObject({ intent: 'absence', language: 'en', target: { day: 12 } });
    expect(matchIntent('jeg kan ikke komme den 12. marts', 'da').target).toEqual({ day: 12, month: 3 });
    expect(matchIntent('jeg kan ikke komme den 12/3', 'da').target).toEqual({ day: 12, month: 3 });
    expect(matchIntent('I will be absent on 4 March', 'en').target).toEqual({ day: 4, month: 3 });
    expect(matchIntent('Jeg kommer ikke på torsdag', 'da').target).toEqual({ weekday: 4 });
  });

  it('When a leader says they cannot come to the next session or a numbered module, then the target says so', () => {
    expect(matchIntent("I can't make the next session", 'en')).toMatchObject({ intent: 'absence', target: { next: true } });
    expect(matchIntent('jeg kan ikke komme til næste modul', 'da')).toMatchObject({ intent: 'absence', target: { next: true } });
    expect(matchIntent("I won't make it to module 3", 'en')).toMatchObject({ intent: 'absence', target: { moduleNumber: 3 } });
    expect(matchIntent('jeg kan ikke komme', 'da')).toMatchObject({ intent: 'absence', target: {} });
  });

  it('When a reason follows "fordi" or "because", then it is kept as written and the request is still recognised', () => {
    expect(matchIntent('jeg kan ikke komme den 12., fordi jeg er på kursus', 'da')).toMatchObject({
      intent: 'absence',
      target: { day: 12 },
      reason: 'jeg er på kursus',
    });
    expect(matchIntent("I can't make the next session because my daughter is ill.", 'en')).toMatchObject({
      intent: 'absence',
      target: { next: true },
      reason: 'my daughter is ill',
    });
    expect(matchIntent('jeg kan ikke komme pga. tandlæge', 'da').reason).toBe('tandlæge');
  });

  it('When a question merely contains a reason marker, then it is not an absence', () => {
    expect(matchIntent('hvornår er næste modul, fordi jeg skal planlægge', 'da').intent).not.toBe('absence');
    expect(matchIntent('what should I prepare since I missed the intro', 'en').intent).not.toBe('absence');
  });

  it('When a leader is late, ill, asks "what if" or talks about the past, then no absence is recognised', () => {
    for (const text of ['jeg kommer for sent', 'jeg er syg i morgen', 'what if I can\'t come', 'I couldn\'t come last time', 'jeg kunne ikke komme sidst', 'I have 2 meetings today']) {
      expect(matchIntent(text, 'en').intent).toBe('unknown');
    }
  });

  it('When a bare number is no date, then it is not read as a day of the month', () => {
    expect(matchIntent('jeg kan ikke komme til 2 moduler', 'da').target).toEqual({});
  });

  it('When a leader withdraws an absence, then it is withdrawAbsence, with the day when given', () => {
    expect(matchIntent('annuller mit afbud', 'da')).toMatchObject({ intent: 'withdrawAbsence', target: {} });
    expect(matchIntent('cancel my absence', 'en').intent).toBe('withdrawAbsence');
    expect(matchIntent('I can come after all', 'en').intent).toBe('withdrawAbsence');
    expect(matchIntent('jeg kan alligevel godt komme den 12.', 'da')).toMatchObject({ intent: 'withdrawAbsence', target: { day: 12 } });
  });

  it('When a leader asks for the calendar, then it is calendar; removing or changing something is not', () => {
    expect(matchIntent('kalender', 'da').intent).toBe('calendar');
    expect(matchIntent('add my sessions to my calendar', 'en').intent).toBe('calendar');
    expect(matchIntent('kan du tilføje det til min kalender', 'da').intent).toBe('calendar');
    expect(matchIntent('remove it from my calendar', 'en').intent).toBe('unknown');
    expect(matchIntent('my calendar does not work', 'en').intent).toBe('unknown');
  });

  it('When a leader wants to choose electives, then it is chooseElectives; asking which there are stays electives', () => {
    expect(matchIntent('vælg valgmodul', 'da').intent).toBe('chooseElectives');
    expect(matchIntent('choose electives', 'en').intent).toBe('chooseElectives');
    expect(matchIntent('kan jeg skifte valgmodul', 'da').intent).toBe('chooseElectives');
    expect(matchIntent('which electives can I choose', 'en').intent).toBe('electives');
    expect(matchIntent('hvilke valgfag kan jeg vælge', 'da').intent).toBe('electives');
  });

  it('When a leader asks for their data or to delete their check-ins, then only the exact phrases are commands', () => {
    expect(matchCommand('Mine data')).toBe('myData');
    expect(matchCommand('my data')).toBe('myData');
    expect(matchCommand('Slet mine refleksioner')).toBe('deleteCheckIns');
    expect(matchCommand('delete my check-ins')).toBe('deleteCheckIns');
    expect(matchCommand('slet mine refleksioner i morgen')).toBeUndefined();
  });
});
