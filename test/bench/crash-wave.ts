/**
 * A 200-leader reminder wave by the real bot process under injected faults (20% 5xx, 2% answers
 * 1.5 s slow): once straight through, once killed with SIGKILL after 60 cards and started again.
 *
 * The floor: every leader has a chat, so the wave is one send per leader, and every request
 * counts against Teams' 50 per second per app. N sends cannot finish before floor((N - 1) / 50)
 * seconds after the first; the attempts a run actually made (5xx answers are requests too) give
 * the floor for that run.
 */
import { runCrashWave, type CrashWaveResult } from '../helpers/crash-wave';

export interface CrashWaveBench {
  straight: CrashWaveResult & { floorSeconds: number; attemptsFloorSeconds: number };
  crashed: CrashWaveResult;
}

const CHAOS = { serverErrorRate: 0.2, slowRate: 0.02, slowMs: 1_500 };

export async function benchCrashWave(leaders = 200, seed = 12): Promise<CrashWaveBench> {
  const straight = await runCrashWave({ leaders, chaos: { ...CHAOS, seed } });
  const crashed = await runCrashWave({ leaders, chaos: { ...CHAOS, seed }, killAfterCards: Math.round(leaders * 0.3) });
  return {
    straight: { ...straight, floorSeconds: Math.floor((leaders - 1) / 50), attemptsFloorSeconds: Math.floor((straight.attempts - 1) / 50) },
    crashed,
  };
}

if (require.main === module) {
  benchCrashWave(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 12)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
