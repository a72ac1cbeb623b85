import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/load-config';
import { plannerConnection } from '../../../src/config/planner-settings';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-planner-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('The AI planner’s configuration', () => {
  it('When nothing is configured, then the planner is off', async () => {
    const config = await loadConfig({ env: {}, searchFrom: dir });
    expect(plannerConnection(config.planner)).toBeUndefined();
  });

  it('When the Azure OpenAI variables are set, then the planner uses that deployment', async () => {
    const config = await loadConfig({
      env: {
        AZURE_OPENAI_ENDPOINT: 'https://kommune-ai.openai.azure.com',
        SECRET_AZURE_OPENAI_API_KEY: 'azure-key',
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
        PLANNER_TIMEOUT_MS: '5000',
      },
      searchFrom: dir,
    });
    expect(plannerConnection(config.planner)).toMatchObject({
      kind: 'azureOpenAI',
      endpoint: 'https://kommune-ai.openai.azure.com',
      apiKey: 'azure-key',
      deployment: 'gpt-4o-mini',
      apiVersion: '2024-10-21',
      timeoutMs: 5000,
    });
  });

  it('When OPENAI_API_KEY is set, then the planner uses OpenAI (or the compatible endpoint named)', async () => {
    const config = await loadConfig({ env: { OPENAI_API_KEY: 'sk-key', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }, searchFrom: dir });
    expect(plannerConnection(config.planner)).toMatchObject({ kind: 'openAI', apiKey: 'sk-key', model: 'gpt-4o-mini', baseUrl: 'http://127.0.0.1:9/v1' });
  });

  it('When Azure OpenAI is half configured, then start-up fails naming what is missing', async () => {
    await expect(loadConfig({ env: { AZURE_OPENAI_ENDPOINT: 'https://kommune-ai.openai.azure.com' }, searchFrom: dir })).rejects.toThrow(
      /AZURE_OPENAI_API_KEY.*AZURE_OPENAI_DEPLOYMENT/,
    );
  });

  it('When the Azure endpoint is not https, or both services are configured, then start-up fails', async () => {
    await expect(
      loadConfig({ env: { AZURE_OPENAI_ENDPOINT: 'http://kommune-ai.example', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_DEPLOYMENT: 'd' }, searchFrom: dir }),
    ).rejects.toThrow(/must be an https:\/\/ URL/);
    await expect(
      loadConfig({ env: { OPENAI_API_KEY: 'sk', AZURE_OPENAI_ENDPOINT: 'https://a.openai.azure.com', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_DEPLOYMENT: 'd' }, searchFrom: dir }),
    ).rejects.toThrow(/not both/);
  });
});
