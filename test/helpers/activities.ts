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

export interface GroupMessageOptions extends MessageOptions {
  /** A group chat (default) or a channel of a team. */
  scope?: 'groupChat' | 'channel';
}

/**
 * A message to the bot in a group chat or a channel, as Teams sends it: the bot is @mentioned in
 * the text and in a mention entity (the app strips the mention before routing).
 */
export function groupMessage({ text, serviceUrl, user, locale, conversationId, scope = 'groupChat' }: GroupMessageOptions): any {
  const id = conversationId ?? (scope === 'channel' ? '19:general-channel@thread.tacv2;messageid=1700000000001' : '19:leaders-chat@thread.v2');
  const activity = personalMessage({ text: `<at>Programme Bot</at> ${text}`, serviceUrl, user, locale, conversationId: id });
  activity.conversation = { ...activity.conversation, conversationType: scope, isGroup: true };
  activity.entities = [...activity.entities, { type: 'mention', text: '<at>Programme Bot</at>', mentioned: { id: activity.recipient.id, name: 'Programme Bot' } }];
  if (scope === 'channel') {
    activity.channelData = { ...activity.channelData, team: { id: '19:general-channel@thread.tacv2' }, channel: { id: '19:general-channel@thread.tacv2' } };
  }
  return activity;
}
