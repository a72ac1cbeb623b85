import fs from 'node:fs';
import type { Config } from '../config/config-schema';
import { createDemoProgramme } from '../domain/demo-programme';
import { CodedError } from '../domain/errors';
import { programmeSchema, type Programme } from '../domain/model';
import { openFileStore, type LowdbStore } from './lowdb-store';
import { newStoreData } from './store-schema';

/** Reads and validates a programme file (JSON), naming the file and the bad field on error. */
export function readProgrammeFile(file: string): Programme {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CodedError('PROGRAMME_UNREADABLE', `The programme file ${file} could not be read: ${(err as Error).message}`);
  }
  const parsed = programmeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CodedError('PROGRAMME_INVALID', `The programme file ${file} is not valid: ${problems}`);
  }
  return parsed.data;
}

/**
 * Opens the configured store file. On first start it is created from the programme file, if one
 * is configured, or else from the demo programme dated around `now`.
 */
export function openConfiguredStore(config: Config, now: () => Date, options: { lock?: boolean } = {}): Promise<LowdbStore> {
  return openFileStore(config.dataFile, {
    lock: options.lock,
    seed: () => newStoreData(config.programmeFile ? readProgrammeFile(config.programmeFile) : createDemoProgramme(now())),
  });
}
