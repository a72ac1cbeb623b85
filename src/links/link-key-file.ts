import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config-schema';
import { deepFreeze } from '../deep-freeze';
import { CodedError } from '../domain/errors';

/** Where the generated link key is kept: beside the store file it belongs to. */
export function linkKeyFileOf(dataFile: string): string {
  return `${dataFile}.link-key`;
}

/**
 * The configuration with the key that signs calendar and "my data" links. SECRET_LINK_KEY wins;
 * without it a key is generated once and kept beside the store file (readable by the owner only),
 * so links in cards keep working across restarts, and the bot and the admin command line sign with
 * the same key. It sits with the data it protects: whoever can read the key can read the store
 * anyway. A key file that is there but cannot be read or is too short stops start-up; it is never
 * replaced, since replacing it would silently break every link already handed out.
 */
export function withLinkKey(config: Config): Config {
  if (config.linkKey) return config;
  const file = linkKeyFileOf(config.dataFile);
  return deepFreeze({ ...config, linkKey: readLinkKey(file) ?? createLinkKey(file) });
}

function readLinkKey(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CodedError('LINK_KEY_UNREADABLE', `The link key ${file} could not be read (${(err as Error).message}). Fix its permissions, or set SECRET_LINK_KEY.`);
  }
  const key = text.trim();
  if (key.length < 32) {
    throw new CodedError(
      'LINK_KEY_UNREADABLE',
      `The link key ${file} is shorter than 32 characters, so it was not written by the bot. It has not been changed: restore it, or set SECRET_LINK_KEY.`,
    );
  }
  return key;
}

function createLinkKey(file: string): string {
  const key = randomBytes(32).toString('hex');
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': a key another process created a moment ago is read, never overwritten.
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readLinkKey(file)!;
    throw new CodedError(
      'LINK_KEY_UNWRITABLE',
      `No SECRET_LINK_KEY is set and the key for calendar and "my data" links could not be kept in ${file} (${(err as Error).message}). Make the data folder writable, or set SECRET_LINK_KEY.`,
    );
  }
  return key;
}
