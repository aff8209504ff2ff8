import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkJava, javaBinary, Neo4jLocalError } from '../../../src/db/local/install';
import { newPassword } from '../../../src/db/local/instance';

/** A fake `java` that prints what a real one prints on `-version`. */
function fakeJava(versionLine: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-java-'));
  const file = path.join(dir, 'java');
  writeFileSync(file, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('checkJava', () => {
  it('explains a missing Java and the external-Neo4j alternative', async () => {
    const attempt = checkJava('/nonexistent/bin/java');
    await expect(attempt).rejects.toThrow(Neo4jLocalError);
    await expect(checkJava('/nonexistent/bin/java')).rejects.toThrow(/Java was not found.*NEO4J_URI/s);
  });

  it('refuses Java older than 17', async () => {
    await expect(checkJava(fakeJava('java version "1.8.0_392"'))).rejects.toThrow(/Java 17 or newer is needed/);
    await expect(checkJava(fakeJava('openjdk version "11.0.2" 2019-01-15'))).rejects.toThrow(/Java 17 or newer/);
  });

  it('accepts Java 17 and newer', async () => {
    await expect(checkJava(fakeJava('openjdk version "17.0.15" 2025-04-15'))).resolves.toBe(17);
    await expect(checkJava(fakeJava('openjdk version "25" 2025-09-16'))).resolves.toBe(25);
  });

  it('uses JAVA_HOME when given', () => {
    expect(javaBinary('/opt/jdk')).toBe('/opt/jdk/bin/java');
    expect(javaBinary(undefined)).toBe('java');
  });
});

describe('local instance passwords', () => {
  it('never start with "-", which neo4j-admin would read as an option', () => {
    const passwords = Array.from({ length: 2000 }, () => newPassword());
    expect(passwords.filter((p) => p.startsWith('-'))).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
    expect(passwords.every((p) => /^[A-Za-z][A-Za-z0-9_-]{20,}$/.test(p))).toBe(true);
  });
});
