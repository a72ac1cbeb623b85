/**
 * The AI planner's environment variables, under the names Azure OpenAI and OpenAI use in their own
 * samples and SDKs, and with the SECRET_ prefix of the Teams Toolkit's .env.<name>.user files.
 */
const AZURE: Record<string, string> = {
  AZURE_OPENAI_ENDPOINT: 'endpoint',
  AZURE_OPENAI_API_KEY: 'apiKey',
  SECRET_AZURE_OPENAI_API_KEY: 'apiKey',
  AZURE_OPENAI_DEPLOYMENT: 'deployment',
  AZURE_OPENAI_DEPLOYMENT_NAME: 'deployment',
  AZURE_OPENAI_API_VERSION: 'apiVersion',
};
const OPENAI: Record<string, string> = {
  OPENAI_API_KEY: 'apiKey',
  SECRET_OPENAI_API_KEY: 'apiKey',
  OPENAI_MODEL: 'model',
  OPENAI_BASE_URL: 'baseUrl',
};

/** The `planner` values set in `env`, or undefined when none is (unset or empty variables are ignored). */
export function plannerFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const pick = (names: Record<string, string>) => {
    const out: Record<string, string> = {};
    for (const [name, key] of Object.entries(names)) {
      const value = env[name];
      if (value !== undefined && value !== '') out[key] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const azureOpenAI = pick(AZURE);
  const openAI = pick(OPENAI);
  const timeout = env.PLANNER_TIMEOUT_MS && /^\d+$/.test(env.PLANNER_TIMEOUT_MS) ? Number(env.PLANNER_TIMEOUT_MS) : undefined;
  const planner = { ...(azureOpenAI ? { azureOpenAI } : {}), ...(openAI ? { openAI } : {}), ...(timeout ? { timeoutMs: timeout } : {}) };
  return Object.keys(planner).length > 0 ? planner : undefined;
}
