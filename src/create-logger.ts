import pino, { type Logger } from 'pino';

/** Structured JSON logs. Log ids, not personal data: names and e-mails stay out of the logs. */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'programme-bot' } }, pino.destination(fd));
}
