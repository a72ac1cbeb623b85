/**
 * Builders for Teams-shaped activities, starting from the recorded fixtures in
 * test/fixtures/activities and changing only what a test cares about.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

// From the project root, so the builders also work when compiled into dist/ for the benchmarks.
const FIXTURES = path.join(projectRoot(), 'test', 'fixtures', 'activities');
let counter = 0;

/** A fixture activity by file name (without .json), as a fresh object. */
export function fixture(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface MessageOptions {
  text: string;
  serviceUrl: string;
  user?: TeamsUser;
  locale?: string;
  conversationId?: string;
}

/** A 1:1 message from a Teams user to the bot. */
export function personalMessage({ text, serviceUrl, user, locale, conversationId }: MessageOptions): any {
  const activity = fixture('personal-message');
  activity.id = `msg-${++counter}`;
  activity.text = text;
  activity.serviceUrl = serviceUrl;
  if (user) activity.from = { ...user };
  if (locale) activity.locale = locale;
  activity.conversation.id = conversationId ?? `a:personal-${activity.from.id}`;
  return activity;
}

/** A Teams event fixture (installation, team added) pointed at the fake connector. */
export function event(name: string, serviceUrl: string, changes: Record<string, unknown> = {}): any {
  return { ...fixture(name), id: `evt-${++counter}`, serviceUrl, ...changes };
}
