import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { Neo4jLocalError, checkJava, ensureInstalled, javaBinary, NEO4J_VERSION, type Installation } from './install';

const run = promisify(execFile);

/**
 * A local Neo4j Community server run from the Maven class path: one home folder per
 * instance (`<cacheDir>/instances/<name>`) with its config, data, logs, pid file and
 * generated password, so a developer's database and the test suite's never meet.
 */
export interface InstanceOptions {
  cacheDir: string;
  name: string;
  port: number;
  heap: string;
  javaHome?: string;
  version?: string;
  log?: (message: string) => void;
}

export interface RunningInstance {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** True when this call started the process; false when it was already running. */
  started: boolean;
  home: string;
}

const USER = 'neo4j';

/** The JVM flags Neo4j's own launcher adds on Java 17+. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
];

export function instanceHome(options: Pick<InstanceOptions, 'cacheDir' | 'name'>): string {
  return path.join(options.cacheDir, 'instances', options.name);
}

function neo4jConf(home: string, port: number): string {
  const dir = (name: string) => path.join(home, name);
  return [
    '# Written by conflict-graph; rewritten at every start.',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.default_listen_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.lib=${dir('plugins')}`,
    'server.memory.pagecache.size=512m',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 days',
    '',
  ].join('\n');
}

/** Reads the pid of a running instance, or null when it is not running. */
export async function runningPid(home: string): Promise<number | null> {
  const pidFile = path.join(home, 'run', 'conflict-graph.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number((await readFile(pidFile, 'utf8')).trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * A new random password for a local instance. It starts with a letter: neo4j-admin reads an argument
 * starting with "-" as an option, and base64url begins with "-" once in 64 draws.
 */
export function newPassword(): string {
  return `n${randomBytes(18).toString('base64url')}`;
}

async function passwordFor(home: string): Promise<{ password: string; fresh: boolean }> {
  const file = path.join(home, 'password');
  if (existsSync(file)) return { password: (await readFile(file, 'utf8')).trim(), fresh: false };
  const password = newPassword();
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { password, fresh: true };
}

export async function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * Starts the instance unless it already runs, and waits until Bolt answers.
 * A second start reuses the download, the data and the password.
 */
export async function startInstance(options: InstanceOptions): Promise<RunningInstance & { installation: Installation }> {
  const log = options.log ?? (() => undefined);
  const home = instanceHome(options);
  const uri = `bolt://127.0.0.1:${options.port}`;
  const java = javaBinary(options.javaHome);
  await checkJava(java);
  const installation = await ensureInstalled(options.cacheDir, options.version ?? NEO4J_VERSION, log);
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) await mkdir(path.join(home, sub), { recursive: true });
  const { password, fresh } = await passwordFor(home);

  const existing = await runningPid(home);
  if (existing !== null) {
    if (await waitForBolt(uri, password, 60_000, existing)) {
      return { uri, user: USER, password, pid: existing, started: false, home, installation };
    }
    throw new Neo4jLocalError(`Neo4j instance "${options.name}" (pid ${existing}) runs but does not answer on ${uri}; see ${path.join(home, 'logs')}.`);
  }
  if (!(await portIsFree(options.port))) {
    throw new Neo4jLocalError(
      `Port ${options.port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there. ` +
        `Stop that program, or choose another port with NEO4J_LOCAL_PORT, or use that server through NEO4J_URI.`,
    );
  }

  await writeFile(path.join(home, 'conf', 'neo4j.conf'), neo4jConf(home, options.port));
  const classPath = `${installation.libDir}/*`;
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  if (fresh || !existsSync(path.join(home, 'data', 'dbms'))) {
    await run(java, ['-cp', classPath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], { env });
  }

  log(`Starting Neo4j ${installation.version} (instance "${options.name}") on ${uri}...`);
  const consoleLog = openSync(path.join(home, 'logs', 'console.log'), 'a');
  const child = spawn(
    java,
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      classPath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
      '--console-mode',
    ],
    { env, detached: true, stdio: ['ignore', consoleLog, consoleLog] },
  );
  closeSync(consoleLog);
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jLocalError('Java did not start.');
  child.unref();
  await writeFile(path.join(home, 'run', 'conflict-graph.pid'), `${pid}\n`);

  if (!(await waitForBolt(uri, password, 180_000, pid))) {
    const tail = (await readFile(path.join(home, 'logs', 'console.log'), 'utf8').catch(() => '')).split('\n').slice(-25).join('\n');
    await stopInstance(options).catch(() => undefined);
    throw new Neo4jLocalError(`Neo4j did not answer on ${uri} within 3 minutes. Last lines of its log:\n${tail}`);
  }
  return { uri, user: USER, password, pid, started: true, home, installation };
}

async function waitForBolt(uri: string, password: string, timeoutMs: number, pid: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return false; // the process died: no point waiting
    }
    if (await boltAnswers(uri, password)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** Stops the instance with SIGTERM (Neo4j then shuts down cleanly) and waits for it to exit. */
export async function stopInstance(options: Pick<InstanceOptions, 'cacheDir' | 'name'>, timeoutMs = 60_000): Promise<boolean> {
  const home = instanceHome(options);
  const pid = await runningPid(home);
  if (pid === null) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      await rm(path.join(home, 'run', 'conflict-graph.pid'), { force: true });
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(pid, 'SIGKILL');
  await rm(path.join(home, 'run', 'conflict-graph.pid'), { force: true });
  return true;
}

export async function instanceStatus(options: InstanceOptions): Promise<{ running: boolean; pid: number | null; uri: string; home: string }> {
  const home = instanceHome(options);
  const pid = await runningPid(home);
  return { running: pid !== null, pid, uri: `bolt://127.0.0.1:${options.port}`, home };
}

/** Reads the generated password of an instance (for tools that connect to it). */
export async function instancePassword(options: Pick<InstanceOptions, 'cacheDir' | 'name'>): Promise<string | null> {
  const file = path.join(instanceHome(options), 'password');
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : null;
}
