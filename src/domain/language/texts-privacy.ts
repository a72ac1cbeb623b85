/** Texts that tell a leader, on the check-in card, who sees what they answer. */
export const PRIVACY_TEXTS = {
  'privacy.checkIn': {
    da: 'Hvem ser hvad? Din leder og programmets ejere ser kun samlede tal for grupper på mindst {minimum} ledere – aldrig din vurdering eller dit svar med dit navn, medmindre du selv vælger det herunder.',
    en: 'Who sees what? Your manager and the programme owners only see totals for groups of at least {minimum} leaders – never your rating or your answer with your name, unless you choose so below.',
  },
  'privacy.checkIn.nonResponders': {
    da: 'Programmets ejere kan se, om du har svaret – men ikke hvad.',
    en: 'The programme owners can see whether you have answered – but not what.',
  },
  'privacy.shareNamed': { da: 'Mit svar må citeres med mit navn i ugens overblik', en: 'My answer may be quoted with my name in the weekly digest' },
  'privacy.shareWithManager': {
    da: '{manager} (din leder) må se min vurdering med mit navn',
    en: '{manager} (your manager) may see my rating with my name',
  },
  'privacy.sharedWithManager': { da: '{manager} ser din vurdering med dit navn.', en: '{manager} sees your rating with your name.' },
  'privacy.notSharedWithManager': {
    da: '{manager} ser ikke din vurdering med dit navn.',
    en: '{manager} does not see your rating with your name.',
  },
  'privacy.sharedNamed': { da: 'Må citeres med dit navn.', en: 'May be quoted with your name.' },
} as const;
