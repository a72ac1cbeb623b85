/**
 * The cards a leader gets about sparring partners: the intro (who, from which area and level, a
 * question to start from, a button opening a Teams chat with them) and the follow-up ("did you
 * meet?"). Both go to the leader's personal chat only: they name colleagues. Pure: the programme,
 * the people and the moment are passed in.
 */
import { formatDate } from '../domain/calendar/format-date';
import { escapeMarkdown } from '../domain/language/escape-text';
import { joinList, levelName, t } from '../domain/language/texts';
import { MEETING_ANSWERS, type MeetingAnswer } from '../domain/pairing/meeting-rates';
import { partnerChatLink } from '../domain/pairing/partner-chat-link';
import { suggestedQuestion } from '../domain/pairing/suggested-question';
import type { Language, Participant, Programme } from '../domain/programme/model';
import type { CardOf } from './card-types';

export interface PairingIntroInput {
  programme: Programme;
  /** The leader the card is for. */
  leader: Participant;
  /** The others in the leader's group (one, or two in a trio). */
  partners: readonly Participant[];
  language: Language;
  /** When the card goes out: the suggested question comes from the last module before it. */
  now: Date;
  followUpAfterDays: number;
}

export function pairingIntroCard(input: PairingIntroInput): CardOf<'pairing-intro'> {
  const { programme, leader, partners, language, now } = input;
  const names = partners.map((p) => escapeMarkdown(p.name));
  const suggestion = suggestedQuestion(programme, leader, now, language);
  const moduleTitle = suggestion?.module.title[language];
  const question = suggestion?.question ?? (moduleTitle ? t(language, 'pairing.intro.moduleQuestion', { module: moduleTitle }) : t(language, 'pairing.intro.openQuestion'));
  const one = partners.length === 1;
  return {
    template: 'pairing-intro',
    data: {
      heading: t(language, one ? 'pairing.intro.heading.one' : 'pairing.intro.heading.more'),
      text: t(language, 'pairing.intro.text', { names: joinList(language, names) }),
      partners: partners.map((p) => ({
        name: escapeMarkdown(p.name),
        details: t(language, 'pairing.intro.partner', { area: escapeMarkdown(p.area), level: p.level, levelName: levelName(language, p.level) }),
      })),
      questionLabel: t(language, 'pairing.intro.questionLabel'),
      question,
      questionSource: moduleTitle && suggestion?.question ? t(language, 'pairing.intro.questionFrom', { module: moduleTitle }) : '',
      followUpText: t(language, 'pairing.intro.followUp', { days: input.followUpAfterDays }),
      footer: t(language, 'pairing.intro.footer'),
      chatLabel: one ? t(language, 'pairing.intro.chatOne', { name: names[0] }) : t(language, 'pairing.intro.chatMore'),
      chatUrl: partnerChatLink(
        partners.map((p) => p.email),
        { topic: t(language, 'pairing.intro.chatTopic'), message: t(language, 'pairing.intro.chatMessage') },
      ),
    },
  };
}

export interface PairingFollowUpInput {
  programme: Programme;
  leader: Participant;
  partners: readonly Participant[];
  roundId: string;
  /** When the round's intro went out. */
  pairedAt: Date;
  language: Language;
  now: Date;
  /** The leader's answer so far, shown pre-filled with a thank-you once given. */
  answered?: { answer: MeetingAnswer; note: string };
}

export function pairingFollowUpCard(input: PairingFollowUpInput): CardOf<'pairing-follow-up'> {
  const { programme, leader, partners, language, answered } = input;
  const names = joinList(language, partners.map((p) => escapeMarkdown(p.name)));
  const notice = answered
    ? [t(language, 'pairing.followUp.thanks'), t(language, `pairing.followUp.thanks.${answered.answer}`), t(language, 'pairing.followUp.again')].join(' ')
    : '';
  return {
    template: 'pairing-follow-up',
    data: {
      heading: t(language, 'pairing.followUp.heading'),
      text: t(language, 'pairing.followUp.text', { date: formatDate(input.pairedAt, programme.timeZone, language, input.now), names }),
      notice,
      answerLabel: t(language, 'pairing.followUp.answerLabel'),
      choices: MEETING_ANSWERS.map((value) => ({ title: t(language, `pairing.answer.${value}`), value })),
      answer: answered?.answer ?? '',
      noteLabel: t(language, 'pairing.followUp.noteLabel'),
      note: answered?.note ?? '',
      submitLabel: t(language, 'pairing.followUp.submit'),
      roundId: input.roundId,
      forParticipant: leader.id,
    },
  };
}
