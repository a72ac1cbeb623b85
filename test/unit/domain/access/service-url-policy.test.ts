import { createServiceUrlPolicy } from '../../../../src/domain/access/service-url-policy';

describe('Which service URLs the bot answers through', () => {
  it('When the bot authenticates and nothing is configured, then the Teams service hosts are allowed, in every cloud and region', () => {
    const policy = createServiceUrlPolicy([], true);
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net/teams/',
      'https://smba.trafficmanager.net/amer',
      'https://smba.infra.gcc.teams.microsoft.com/teams',
      'https://smba.infra.gov.teams.microsoft.us/teams',
      'https://smba.infra.dod.teams.microsoft.us/teams',
    ]) {
      expect(policy.allows(url)).toBe(true);
    }
  });

  it('When a URL only resembles a Teams host, then it is refused', () => {
    const policy = createServiceUrlPolicy([], true);
    for (const url of [
      'http://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net.attacker.example/emea/',
      'https://smba.trafficmanager.net@attacker.example/emea/',
      'https://attacker.example/smba.trafficmanager.net/',
      'https://smba.trafficmanager.net:8443/emea/',
      'http://127.0.0.1:3978/',
      'not a url',
    ]) {
      expect(policy.allows(url)).toBe(false);
    }
  });

  it('When the bot runs anonymously, then only loopback is allowed, on any port', () => {
    const policy = createServiceUrlPolicy([], false);
    expect(['http://127.0.0.1:56150/', 'http://localhost:3978/_connector', 'http://[::1]:4000/'].every((u) => policy.allows(u))).toBe(true);
    expect(['https://smba.trafficmanager.net/emea/', 'http://192.0.2.1/', 'http://localhost.example/', 'http://127.0.0.1@192.0.2.1/'].some((u) => policy.allows(u))).toBe(false);
  });

  it('When an allow-list is configured, then its entries are prefixes with scheme, host and port exact and the path as a prefix', () => {
    const policy = createServiceUrlPolicy(['https://smba.trafficmanager.net/emea/'], true);
    expect(policy.allows('https://smba.trafficmanager.net/emea/')).toBe(true);
    expect(policy.allows('https://smba.trafficmanager.net/emea')).toBe(true);
    expect(policy.allows('https://smba.trafficmanager.net/amer/')).toBe(false);
    expect(policy.allows('https://smba.trafficmanager.net/emeax/')).toBe(false);
  });

  it('When an anonymous bot is configured with a non-loopback service URL, then that is a configuration error', () => {
    expect(() => createServiceUrlPolicy(['https://smba.trafficmanager.net/'], false)).toThrow(/only loopback service URLs/);
    expect(() => createServiceUrlPolicy(['ftp://x/'], true)).toThrow(/not an http\(s\) URL/);
    expect(createServiceUrlPolicy(['http://127.0.0.1:9000/'], false).allows('http://127.0.0.1:9000/')).toBe(true);
  });
});
