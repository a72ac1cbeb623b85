import { audienceReach, type ReachEntry } from '../../../../src/domain/schedule/reach';

const entry = (participantId: string, state: ReachEntry['state'], reason?: string): ReachEntry => ({
  participantId,
  name: participantId.toUpperCase(),
  email: `${participantId}@kommune.example`,
  state,
  ...(reason ? { reason } : {}),
});

const everyone = [
  entry('a', 'chat'),
  entry('b', 'roster'),
  entry('c', 'unreachable'),
  entry('d', 'closed', 'ConversationBlockedByUser'),
  entry('e', 'closed', 'uninstalled'),
  entry('f', 'closed', 'BotDisabledByAdmin'),
  entry('g', 'closed', 'ConversationNotFound'),
  entry('h', 'closed'),
  entry('i', 'unreachable'),
];

describe('Reach of an audience before sending', () => {
  it('When leaders have a chat or are in a team roster, then they count as reachable now', () => {
    expect(audienceReach(everyone, ['a', 'b'])).toEqual({ total: 2, reachable: 2, unreachable: [], byReason: [] });
  });

  it('When leaders cannot be reached, then each is listed with the reason HR can act on, most common first', () => {
    const reach = audienceReach(everyone, everyone.map((e) => e.participantId));
    expect(reach).toMatchObject({ total: 9, reachable: 2 });
    expect(reach.unreachable.map((e) => [e.participantId, e.why])).toEqual([
      ['c', 'never-opened'],
      ['i', 'never-opened'],
      ['d', 'blocked'],
      ['e', 'removed-app'],
      ['f', 'disabled-by-admin'],
      ['g', 'chat-gone'],
      ['h', 'chat-gone'],
    ]);
    expect(reach.byReason).toEqual([
      { reason: 'never-opened', count: 2 },
      { reason: 'blocked', count: 1 },
      { reason: 'removed-app', count: 1 },
      { reason: 'disabled-by-admin', count: 1 },
      { reason: 'chat-gone', count: 2 },
    ]);
  });

  it('When the audience names someone who is not an active participant, then they are not counted', () => {
    expect(audienceReach(everyone, ['a', 'nobody'])).toMatchObject({ total: 1, reachable: 1 });
  });
});
