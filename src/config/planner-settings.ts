import type { Config } from './config-schema';
import { CodedError } from '../domain/errors';

/** Where the AI planner sends its requests, when one is configured. */
export type PlannerConnection =
  | { kind: 'azureOpenAI'; endpoint: string; apiKey: string; deployment: string; apiVersion: string; timeoutMs: number; maxSteps: number }
  | { kind: 'openAI'; apiKey: string; model: string; baseUrl?: string; timeoutMs: number; maxSteps: number };

/**
 * The planner's connection, or undefined when none is configured: the planner is off unless an
 * endpoint and a key are given. Half a configuration fails closed, naming what is missing, rather
 * than silently running without the planner the operator meant to turn on.
 */
export function plannerConnection(planner: Config['planner'], source = 'the configuration'): PlannerConnection | undefined {
  const { azureOpenAI: azure, openAI, timeoutMs, maxSteps } = planner;
  const azureNamed = Boolean(azure.endpoint || azure.apiKey || azure.deployment);
  const openAINamed = Boolean(openAI.apiKey || openAI.baseUrl);
  if (azureNamed && openAINamed) {
    throw new CodedError('CONFIG_INVALID', `${source}: planner: configure Azure OpenAI (AZURE_OPENAI_*) or OpenAI (OPENAI_*), not both.`);
  }
  if (azureNamed) {
    const missing = [
      !azure.endpoint && 'planner.azureOpenAI.endpoint (AZURE_OPENAI_ENDPOINT)',
      !azure.apiKey && 'planner.azureOpenAI.apiKey (AZURE_OPENAI_API_KEY or SECRET_AZURE_OPENAI_API_KEY)',
      !azure.deployment && 'planner.azureOpenAI.deployment (AZURE_OPENAI_DEPLOYMENT)',
    ].filter(Boolean);
    if (missing.length) throw new CodedError('CONFIG_INVALID', `${source}: the Azure OpenAI planner needs ${missing.join(', ')}.`);
    if (!azure.endpoint!.toLowerCase().startsWith('https://')) {
      throw new CodedError('CONFIG_INVALID', `${source}: planner.azureOpenAI.endpoint must be an https:// URL, got '${azure.endpoint}'.`);
    }
    return { kind: 'azureOpenAI', endpoint: azure.endpoint!, apiKey: azure.apiKey!, deployment: azure.deployment!, apiVersion: azure.apiVersion, timeoutMs, maxSteps };
  }
  if (openAINamed) {
    if (!openAI.apiKey) {
      throw new CodedError('CONFIG_INVALID', `${source}: the OpenAI planner needs planner.openAI.apiKey (OPENAI_API_KEY or SECRET_OPENAI_API_KEY).`);
    }
    return { kind: 'openAI', apiKey: openAI.apiKey, model: openAI.model, baseUrl: openAI.baseUrl, timeoutMs, maxSteps };
  }
  return undefined;
}
