/** Texts that tell HR, before anything is sent, who can be reached now and who cannot, and the session-change preview. */
export const REACH_TEXTS = {
  'reach.summary': { da: 'Kan nås nu: {reachable} af {total}. Kan ikke nås nu: {unreachable}.', en: 'Can be reached now: {reachable} of {total}. Cannot be reached now: {unreachable}.' },
  'reach.reason.never-opened': { da: 'har aldrig åbnet botten og er ikke i et team med appen', en: 'never opened the bot and are in no team with the app' },
  'reach.reason.blocked': { da: 'har blokeret botten', en: 'blocked the bot' },
  'reach.reason.removed-app': { da: 'har fjernet appen', en: 'removed the app' },
  'reach.reason.disabled-by-admin': { da: 'har fået appen slået fra af en administrator', en: 'had the app turned off by an administrator' },
  'reach.reason.chat-gone': { da: 'har ikke længere en chat med botten', en: 'no longer have a chat with the bot' },
  'reach.reasonLine': { da: '{count} {reason}', en: '{count} {reason}' },
  'reach.waits': {
    da: 'Deres kort venter og sendes, hvis botten kan nå dem, før kortet udløber.',
    en: 'Their cards wait and go out if the bot can reach them before the card expires.',
  },
  'reach.csv': { da: 'Hent listen (CSV)', en: 'Download the list (CSV)' },
  'reach.csvNote': { da: 'Linket til listen virker i {minutes} minutter.', en: 'The link to the list works for {minutes} minutes.' },
  'reach.csvPrivateOnly': {
    da: 'Listen med navne får du kun i vores private chat: skriv til mig dér.',
    en: 'You get the list with names only in our private chat: write to me there.',
  },
  'change.preview.heading': { da: 'Flyt session – tjek før du gemmer', en: 'Move session – check before you save' },
  'change.preview.before': { da: 'Nu', en: 'Now' },
  'change.preview.after': { da: 'Bliver til', en: 'Becomes' },
  'change.preview.told': {
    da: '{count} deltagere får besked med gammel og ny tid og sted: {audience}.',
    en: '{count} participants are told the old and new time and place: {audience}.',
  },
  'change.preview.levelsInGroups': { da: '{levels} i {groups}', en: '{levels} in {groups}' },
  'change.preview.replan': {
    da: 'Påmindelser og refleksioner, der endnu ikke er sendt, planlægges igen til det nye tidspunkt.',
    en: 'Reminders and reflection prompts not yet sent are planned again for the new time.',
  },
  'change.preview.nothing': { da: 'Du har ikke ændret noget. Udfyld ny dato, tid eller sted.', en: 'You have not changed anything. Fill in a new date, time or place.' },
  'change.preview.warnings': { da: 'Vær opmærksom på', en: 'Please note' },
  'change.preview.cancel': { da: 'Annuller', en: 'Cancel' },
  'change.cancelled': { da: 'Intet er ændret, og ingen har fået besked.', en: 'Nothing was changed, and nobody was told.' },
  'change.stale': {
    da: 'Sessionen er ændret, siden du så eksemplet, så intet er gemt. Skriv "flyt session" og prøv igen.',
    en: 'The session has changed since you saw the preview, so nothing was saved. Write "change session" and try again.',
  },
  'change.form.next': { da: 'Vis ændringen', en: 'Preview the change' },
} as const;
