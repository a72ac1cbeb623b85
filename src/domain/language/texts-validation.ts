/**
 * What a person is told when a card comes back incomplete or wrong: each sentence says what to do.
 * The card templates show the same words as their inputs' error messages, and the server answers
 * with them when a submission fails its schema, so both speak the reader's language.
 */
export const VALIDATION_TEXTS = {
  'validation.rating': { da: 'Vælg en vurdering fra 1 til 5, før du sender.', en: 'Choose a rating from 1 to 5 before you submit.' },
  'validation.reflectionTooLong': {
    da: 'Dit svar er længere end 1.000 tegn. Gør det kortere, og send igen.',
    en: 'Your answer is longer than 1,000 characters. Shorten it and submit again.',
  },
  'validation.reasonTooLong': {
    da: 'Årsagen er længere end 500 tegn. Gør den kortere, og prøv igen.',
    en: 'The reason is longer than 500 characters. Shorten it and try again.',
  },
  'validation.title': { da: 'Skriv en overskrift på højst 200 tegn.', en: 'Write a title of at most 200 characters.' },
  'validation.text': { da: 'Skriv en tekst på højst 4.000 tegn.', en: 'Write a text of at most 4,000 characters.' },
  'validation.audience': { da: 'Vælg mindst én modtagergruppe.', en: 'Choose at least one audience.' },
  'validation.link': { da: 'Linket skal begynde med https://. Ret det, eller lad feltet stå tomt.', en: 'The link must start with https://. Correct it or leave the field empty.' },
  'validation.linkTitle': { da: 'Teksten på link-knappen må højst være 80 tegn.', en: 'The link button text may be at most 80 characters.' },
  'validation.date': { da: 'Vælg datoen i kalenderen.', en: 'Pick the date in the calendar.' },
  'validation.time': { da: 'Vælg klokkeslættet i listen.', en: 'Pick the time from the list.' },
  'validation.session': { da: 'Vælg den session, der skal flyttes.', en: 'Choose the session to move.' },
  'validation.place': { da: 'Sted, lokale og adresse må højst være 200, 100 og 300 tegn.', en: 'Place, room and address may be at most 200, 100 and 300 characters.' },
  'validation.nothingToChange': {
    da: 'Udfyld mindst én af ny dato, nye tider eller nyt sted.',
    en: 'Fill in at least one of new date, new times or new place.',
  },
  'validation.endAfterStart': { da: 'Sluttiden skal ligge efter starttiden.', en: 'The end time must be after the start time.' },
  'validation.programmeChanged': {
    da: 'Programmet blev ændret af en anden imens. Åbn formularen igen, og prøv igen.',
    en: 'The programme was changed by someone else meanwhile. Open the form again and try again.',
  },
  'validation.unreadable': {
    da: 'Kortet sendte noget, jeg ikke kunne læse. Bed om et nyt kort, og prøv igen.',
    en: 'The card sent something I could not read. Ask for a new card and try again.',
  },
} as const;
