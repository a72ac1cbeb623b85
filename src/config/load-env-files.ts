import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';

/**
 * The environment's name, as the Teams Toolkit names it (TEAMSFX_ENV): which env/.env.<name> files
 * are read. 'local' when unset. The bot and the admin commands both decide it here.
 */
export function environmentName(processEnv: NodeJS.ProcessEnv = process.env): string {
  return processEnv.TEAMSFX_ENV || 'local';
}

/**
 * Reads env/.env.<name> (committed, non-secret) and env/.env.<name>.user (git-ignored, secrets)
 * in the Teams Toolkit style. Real environment variables win over both files, so a hosting
 * platform's settings always take precedence. Returns a new object; process.env is not touched.
 */
export function loadEnvFiles(rootDir: string, envName: string, processEnv: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const files = [`.env.${envName}`, `.env.${envName}.user`].map((f) => path.join(rootDir, 'env', f));
  const fromFiles: Record<string, string> = {};
  for (const file of files) {
    if (fs.existsSync(file)) Object.assign(fromFiles, dotenv.parse(fs.readFileSync(file)));
  }
  return { ...fromFiles, ...processEnv };
}
