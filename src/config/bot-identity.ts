/**
 * The bot's Bot Framework identity from the environment, under every name operators use, and the
 * one decision that matters most for security: does the bot authenticate requests, or run
 * anonymously? It fails closed: anonymous only when it is plainly local development, or when
 * ALLOW_ANONYMOUS=true says so explicitly. NODE_ENV plays no part.
 */
import { CodedError } from '../domain/errors';

/**
 * The app id committed in env/.env.local for packaging a local build: no app registration is
 * behind it, so it counts as "no app id" (a unit test keeps it equal to the file).
 */
export const LOCAL_PLACEHOLDER_BOT_ID = '00000000-0000-4000-8000-0000000000b0';

export type BotAppType = 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';

/**
 * Each setting and the variables it is read from: Teams Toolkit's env files (`SECRET_BOT_PASSWORD`),
 * Teams Toolkit's App Service settings (`BOT_ID`, `BOT_PASSWORD`), and the botbuilder samples and
 * Azure bot templates (`MicrosoftApp*`).
 */
export const IDENTITY_VARIABLES = {
  appId: ['BOT_ID', 'MicrosoftAppId'],
  appPassword: ['SECRET_BOT_PASSWORD', 'BOT_PASSWORD', 'MicrosoftAppPassword'],
  appType: ['BOT_TYPE', 'MicrosoftAppType'],
  tenantId: ['BOT_TENANT_ID', 'MicrosoftAppTenantId'],
} as const;

type Setting = keyof typeof IDENTITY_VARIABLES;

export interface BotIdentity {
  appId?: string;
  appPassword?: string;
  appType?: BotAppType;
  tenantId?: string;
  /** The committed local placeholder was given as the app id (and is not used as one). */
  placeholderAppId?: boolean;
}

const APP_TYPES: Record<string, BotAppType> = { singletenant: 'SingleTenant', multitenant: 'MultiTenant', userassignedmsi: 'UserAssignedMSI' };

/** Values that mean the same are compared as the same: GUIDs and app types in any case. */
function canonical(setting: Setting, value: string): string {
  if (setting === 'appPassword') return value;
  if (setting === 'appType') return APP_TYPES[value.toLowerCase()] ?? value;
  return value.toLowerCase();
}

/**
 * Reads the identity. Two variables giving one setting different values is an error naming both
 * (never the values: one of them may be a secret). The local placeholder app id counts as unset,
 * so env/.env.local's BOT_ID does not clash with a real MicrosoftAppId from the platform.
 */
export function readBotIdentity(env: NodeJS.ProcessEnv): BotIdentity {
  const identity: BotIdentity = {};
  for (const setting of Object.keys(IDENTITY_VARIABLES) as Setting[]) {
    let chosen: { name: string; value: string } | undefined;
    for (const name of IDENTITY_VARIABLES[setting]) {
      const raw = env[name]?.trim();
      if (!raw) continue;
      if (setting === 'appId' && raw.toLowerCase() === LOCAL_PLACEHOLDER_BOT_ID) {
        identity.placeholderAppId = true;
        continue;
      }
      if (chosen && canonical(setting, chosen.value) !== canonical(setting, raw)) {
        throw new CodedError(
          'CONFIG_CONFLICT',
          `${chosen.name} and ${name} are both set, to different values. They are two names for the same setting: keep one of them (or give both the same value).`,
        );
      }
      chosen ??= { name, value: raw };
    }
    if (!chosen) continue;
    if (setting === 'appType') {
      const type = APP_TYPES[chosen.value.toLowerCase()];
      if (!type) throw new CodedError('CONFIG_INVALID', `${chosen.name} must be SingleTenant, MultiTenant or UserAssignedMSI, got '${chosen.value}'.`);
      identity.appType = type;
    } else {
      identity[setting] = chosen.value;
    }
  }
  return identity;
}

const names = (setting: Setting) => IDENTITY_VARIABLES[setting].join(', ');

export type Authentication = { mode: 'botFramework' } | { mode: 'anonymous'; reason: 'local' | 'allowAnonymous' };

/**
 * Decides how the bot authenticates, or throws a CONFIG_INVALID error saying which variable is
 * missing. With a credential (a client secret, or a user-assigned managed identity) the bot
 * authenticates every request. Without one it runs anonymously only when nothing says otherwise:
 * no app id but the local placeholder, no tenant and no app type; or when `allowAnonymous`
 * (ALLOW_ANONYMOUS=true) is set explicitly.
 */
export function decideAuthentication(identity: BotIdentity, allowAnonymous: boolean): Authentication {
  const type = identity.appType ?? 'SingleTenant';
  const managedIdentity = type === 'UserAssignedMSI';
  if (identity.appPassword || managedIdentity) {
    if (managedIdentity && identity.appPassword) {
      throw new CodedError('CONFIG_INVALID', `A client secret (${names('appPassword')}) is set, but BOT_TYPE=UserAssignedMSI uses a managed identity and no secret. Remove one of them.`);
    }
    if (!identity.appId) {
      const what = managedIdentity ? "the managed identity's client id" : 'the app id of the bot registration';
      throw new CodedError('CONFIG_INVALID', `A Bot Framework credential is set but no app id: set ${names('appId')} to ${what}.`);
    }
    if (type !== 'MultiTenant' && !identity.tenantId) {
      throw new CodedError('CONFIG_INVALID', `A ${type} bot needs its Entra tenant: set ${names('tenantId')} (or BOT_TYPE=MultiTenant for an older multi-tenant registration).`);
    }
    return { mode: 'botFramework' };
  }
  if (allowAnonymous) return { mode: 'anonymous', reason: 'allowAnonymous' };
  const given = [
    identity.appId && `an app id (${names('appId')})`,
    identity.tenantId && `a tenant (${names('tenantId')})`,
    identity.appType && `an app type (${names('appType')})`,
  ].filter(Boolean);
  if (given.length === 0) return { mode: 'anonymous', reason: 'local' };
  throw new CodedError(
    'CONFIG_INVALID',
    `${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set, but no credential, so the bot would accept unauthenticated requests. ` +
      `Set the client secret in ${names('appPassword')}, or BOT_TYPE=UserAssignedMSI for a managed identity. ` +
      'Only for local development without Teams: set ALLOW_ANONYMOUS=true.',
  );
}
