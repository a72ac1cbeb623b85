import type { Logger } from 'pino';
import type { Contact } from '../cards/answers/answer-context';
import type { Language } from '../domain/programme/model';
import type { CalendarLinks } from '../links/calendar-links';
import type { Config } from '../config/config-schema';
import type { PlannerConnection } from '../config/planner-settings';
import type { WorkingCalendars } from '../config/working-calendars';
import type { ConnectorSender } from '../delivery/connector-sender';
import type { Store } from '../store/store';
import type { RateLimiter } from '../delivery/rate-limiter';
import type { RefusalAudit } from './refusal-audit';

/** What every feature's register function receives from the composition root. */
export interface BotDeps {
  store: Store;
  logger: Logger;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  defaultLanguage: Language;
  contact: Contact;
  links: CalendarLinks;
  /** Programme owners (Entra object ids or e-mails) and the digest's privacy switches. */
  owners: readonly string[];
  digest: Config['digest'];
  /** HR admins (Entra object ids or e-mails): imports, session changes, broadcasts. */
  admins: readonly string[];
  /** Messages per user per minute before the flood guard steps in. */
  messagesPerMinutePerUser: number;
  /** Where refused actions are audited (repeats counted, not written one by one). */
  refusals: RefusalAudit;
  /** Starts sending now instead of at the next scheduler tick (after an admin pressed Send). */
  kick: () => void;
  /** Who is told about leaders' absences (config `absences`). */
  absences: Config['absences'];
  /** The working calendar of a time zone (the programme's): days off, closed periods, the working window. */
  calendars: WorkingCalendars;
  /** Elective choice settings (config `electives`): the deadline after which choices are locked. */
  electives?: Config['electives'];
  /**
   * The one sender and rate limiter for requests to the Bot Connector outside a turn's own replies
   * (personal answers asked for in a group chat or a channel go to the asker's personal chat through it).
   */
  connector: { sender: ConnectorSender; limiter: RateLimiter };
  /** Sparring partners (config `pairing`) and the working calendar that keeps rounds off days off. */
  pairing: Pick<Config, 'pairing' | 'calendar'>;
  /** The optional AI planner's endpoint (config `planner`); undefined: off. */
  planner?: PlannerConnection;
}
