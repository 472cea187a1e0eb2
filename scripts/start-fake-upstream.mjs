// Starts the fake Lähellä.fi/PTV upstream (scripts/fake-upstream.ts) as a child process and
// resolves with it and the environment variables that point the app at it.
import { spawn } from 'node:child_process';

/**
 * @param {{ port: string, lahella: number, ptv: number, env: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, env: Record<string, string> }>}
 */
export function startFakeUpstream({ port, lahella, ptv, env }) {
  const child = spawn(
    'npx',
    ['tsx', '--conditions=react-server', 'scripts/fake-upstream.ts', '--port', port, '--lahella', String(lahella), '--ptv', String(ptv)],
    { stdio: ['ignore', 'pipe', 'inherit'], env },
  );
  // It prints KEY=value lines for the app's environment, then serves.
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('The fake upstream did not start within 60 s.')), 60_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n').filter((line) => /^[A-Z_]+=/.test(line));
      if (lines.some((line) => line.startsWith('PTV_API_URL='))) {
        clearTimeout(timer);
        const vars = lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]);
        resolve({ child, env: Object.fromEntries(vars) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The fake upstream stopped (exit ${code}).`));
    });
  });
}
