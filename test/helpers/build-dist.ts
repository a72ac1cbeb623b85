/**
 * Jest global set-up: compile `dist/` exactly as `npm start` does before any test runs, so the
 * process tests start the build output a user runs, not the TypeScript sources. tsc is
 * incremental, so an up-to-date tree costs about a second.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function buildDist(): void {
  const root = path.join(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
