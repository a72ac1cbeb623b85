import { partnerChatLink } from '../../../../src/domain/pairing/partner-chat-link';

describe('the button that opens a chat with the partners', () => {
  test('When a leader has one partner, then the link opens a one-to-one chat with them and names no topic', () => {
    const link = new URL(partnerChatLink(['anders.kjaer@kommune.example'], { topic: 'Sparring', message: 'Hej Anders!' }));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('anders.kjaer@kommune.example');
    expect(link.searchParams.has('topicName')).toBe(false);
    expect(link.searchParams.get('message')).toBe('Hej Anders!');
  });

  test('When a leader is in a trio, then both partners are listed, comma-separated, and the chat gets the topic', () => {
    const raw = partnerChatLink(['mette.holm@kommune.example', 'sofie+leder@kommune.example'], { topic: 'Sparringspartnere – runde 3' });
    expect(raw).toContain('users=mette.holm%40kommune.example,sofie%2Bleder%40kommune.example&');
    const link = new URL(raw);
    expect(link.searchParams.get('users')?.split(',')).toEqual(['mette.holm@kommune.example', 'sofie+leder@kommune.example']);
    expect(link.searchParams.get('topicName')).toBe('Sparringspartnere – runde 3');
    expect(link.searchParams.has('message')).toBe(false);
  });
});
