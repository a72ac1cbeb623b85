/**
 * Reminder fan-out by two bot replicas on one PostgreSQL database, against the fake connector
 * enforcing Teams' 50 requests a second for the app: the rate the two achieve together, against
 * the limit. See test/helpers/replica-wave.ts.
 */
import { runReplicaWave, type ReplicaWaveResult } from '../helpers/replica-wave';

export interface ReplicaFanOutResult extends ReplicaWaveResult {
  messagesPerSecond: number;
  shareOfLimit: number;
}

export async function benchReplicaFanOut(leaders: number): Promise<ReplicaFanOutResult> {
  const wave = await runReplicaWave({ leaders });
  const messagesPerSecond = leaders / wave.seconds;
  return { ...wave, messagesPerSecond, shareOfLimit: messagesPerSecond / 50 };
}
