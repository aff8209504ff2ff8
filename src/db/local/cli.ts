import { Command } from 'commander';
import { loadConfig } from '../../config';
import { Neo4jLocalError } from './install';
import { instancePassword, instanceStatus, startInstance, stopInstance } from './instance';

/**
 * `npm run neo4j -- start|stop|status [--instance NAME] [--port N]`: manages the local
 * Neo4j that `npm start` (instance "dev") and the tests (instance "test") use.
 */
async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const program = new Command('neo4j').description('Manage the local Neo4j Community server.');
  const common = (command: Command) =>
    command
      .option('--instance <name>', 'instance name (its own data folder)', 'dev')
      .option('--port <port>', 'Bolt port', String(config.neo4jLocal.port));
  const options = (opts: { instance: string; port: string }) => ({
    cacheDir: config.neo4jLocal.dir,
    name: opts.instance,
    port: Number(opts.port),
    heap: config.neo4jLocal.heap,
    javaHome: config.javaHome ?? undefined,
    log: (message: string) => process.stderr.write(`${message}\n`),
  });

  common(program.command('start').description('start (fetching Neo4j the first time) and wait until Bolt answers')).action(
    async (opts) => {
      const started = Date.now();
      const instance = await startInstance(options(opts));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `${instance.started ? `Started in ${seconds}s` : 'Already running'}: ${instance.uri} (pid ${instance.pid})\n` +
          `user ${instance.user}, password in ${instance.home}/password\n`,
      );
    },
  );
  common(program.command('stop').description('stop cleanly (SIGTERM)')).action(async (opts) => {
    const stopped = await stopInstance(options(opts));
    process.stdout.write(stopped ? 'Stopped.\n' : 'Not running.\n');
  });
  common(program.command('status').description('say whether it runs')).action(async (opts) => {
    const status = await instanceStatus(options(opts));
    const password = await instancePassword(options(opts));
    process.stdout.write(
      status.running
        ? `Running: ${status.uri} (pid ${status.pid}), home ${status.home}${password ? ', password file present' : ''}\n`
        : `Not running (home ${status.home}).\n`,
    );
  });
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Neo4jLocalError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
