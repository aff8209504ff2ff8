import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A server started by bench/servers/serve.ts in its own process. */
export interface ChildServer {
  kind: string;
  url: string;
  pid: number;
  /** Resident set size in MiB, read from /proc/<pid>/status (VmRSS). */
  rssMiB(): number | null;
  stop(): Promise<void>;
}

const SERVE = path.join(__dirname, 'serve.ts');
const TSX = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

/** Children still running, so an interrupted bench can stop them (see `stopAllChildServers`). */
const running = new Set<ChildProcess>();

export function stopAllChildServers(): void {
  for (const child of running) child.kill('SIGTERM');
  running.clear();
}

export function readRssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

export function startChildServer(kind: 'ours' | 'lib' | 'raw', connectionFile: string, queriesFile?: string): Promise<ChildServer> {
  // tsx runs the server in a grandchild node process; `exec`-like behaviour is not guaranteed,
  // so the server reports nothing about its pid and we find it as the node child of tsx below.
  const child: ChildProcess = spawn(TSX, [SERVE, kind, connectionFile, ...(queriesFile ? [queriesFile] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 60 s:\n${stderr}`)), 60_000);
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /READY (\S+)/.exec(buffer);
      if (!match) return;
      clearTimeout(timer);
      const pid = serverPid(child.pid!);
      resolve({
        kind,
        url: match[1],
        pid,
        rssMiB: () => readRssMiB(pid),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before it was ready:\n${stderr}`));
    });
  });
}

/** The node process that runs the server: tsx's child when tsx forks one, else tsx itself. */
function serverPid(tsxPid: number): number {
  try {
    const children = readFileSync(`/proc/${tsxPid}/task/${tsxPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.length > 0 ? children[0] : tsxPid;
  } catch {
    return tsxPid;
  }
}
