import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Neo4j Community release we pin: 5.26 is the LTS line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';

export class Neo4jLocalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jLocalError';
  }
}

export const EXTERNAL_HINT =
  'Alternatively, point conflict-graph at any Neo4j 5 server (a Docker image, Aura, a cluster) with ' +
  'NEO4J_URI (e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io), NEO4J_USER, NEO4J_PASSWORD ' +
  'and NEO4J_DATABASE; then no local Neo4j is started.';

/** The `java` to run: $JAVA_HOME/bin/java when set, else the one on the PATH. */
export function javaBinary(javaHome: string | undefined): string {
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/** Fails with a plain explanation unless Java 17 or newer is available. */
export async function checkJava(java: string): Promise<number> {
  let output: string;
  try {
    const { stderr, stdout } = await run(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new Neo4jLocalError(
      `Java was not found (tried "${java}"). The local Neo4j needs Java 17 or newer: install it ` +
        `(Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME. ${EXTERNAL_HINT}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!Number.isFinite(major) || major < 17) {
    throw new Neo4jLocalError(
      `Java 17 or newer is needed for Neo4j ${NEO4J_VERSION}, found: ${output.split('\n')[0]}. ${EXTERNAL_HINT}`,
    );
  }
  return major;
}

const pom = (version: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by conflict-graph to resolve the Neo4j Community server from Maven Central. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>conflict-graph.local</groupId>
  <artifactId>neo4j-server</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;

export interface Installation {
  version: string;
  libDir: string;
  /** True when this call downloaded it; false when the cache already had it. */
  downloaded: boolean;
  bytes: number;
}

/**
 * Makes sure the Neo4j class path is in `<cacheDir>/<version>/lib`, resolving it from
 * Maven Central with `mvn dependency:copy-dependencies` the first time. A marker file
 * written last makes an interrupted download start over instead of running half a server.
 */
export async function ensureInstalled(
  cacheDir: string,
  version: string = NEO4J_VERSION,
  log: (message: string) => void = () => undefined,
): Promise<Installation> {
  const home = path.join(cacheDir, version);
  const libDir = path.join(home, 'lib');
  const marker = path.join(home, '.complete');
  if (existsSync(marker)) return { version, libDir, downloaded: false, bytes: await folderBytes(libDir) };

  try {
    await run('mvn', ['-v']);
  } catch {
    throw new Neo4jLocalError(
      `Maven (mvn) was not found; it fetches Neo4j ${version} from Maven Central the first time. ` +
        `Install it (Debian: apt-get install maven). ${EXTERNAL_HINT}`,
    );
  }
  log(`Fetching Neo4j Community ${version} from Maven Central into ${libDir} (about 125 MB, once)...`);
  await rm(libDir, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  await writeFile(path.join(home, 'pom.xml'), pom(version));
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        path.join(home, 'pom.xml'),
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        '-DexcludeTypes=pom',
        `-DoutputDirectory=${libDir}`,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const detail = error instanceof Error ? (error as Error & { stdout?: string }).stdout ?? error.message : String(error);
    throw new Neo4jLocalError(`Maven could not fetch Neo4j ${version}:\n${String(detail).slice(-2000)}\n${EXTERNAL_HINT}`);
  }
  await writeFile(marker, new Date().toISOString());
  const bytes = await folderBytes(libDir);
  log(`Neo4j ${version} fetched (${(bytes / 1e6).toFixed(0)} MB).`);
  return { version, libDir, downloaded: true, bytes };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}
