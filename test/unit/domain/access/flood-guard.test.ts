import { FloodGuard } from '../../../../src/domain/access/flood-guard';

describe('The per-user message limit', () => {
  it('When a user stays under the limit, then every message is let through', () => {
    const guard = new FloodGuard(3);
    expect([0, 10, 20].map((t) => guard.hit('u', t))).toEqual(['ok', 'ok', 'ok']);
  });

  it('When a user floods, then the first message over the limit is warned once and the rest dropped', () => {
    const guard = new FloodGuard(3);
    const verdicts = Array.from({ length: 8 }, (_, i) => guard.hit('u', i));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'drop', 'drop', 'drop', 'drop']);
  });

  it('When the minute has passed, then the user may write again, and other users were never affected', () => {
    const guard = new FloodGuard(2);
    guard.hit('u', 0);
    guard.hit('u', 1);
    expect(guard.hit('u', 2)).toBe('warn');
    expect(guard.hit('other', 3)).toBe('ok');
    expect(guard.hit('u', 60_002)).toBe('ok');
  });
});
