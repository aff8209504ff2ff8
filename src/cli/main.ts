import { Command } from 'commander';
import { registerEval } from './commands/eval';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';

/**
 * `conflict-graph` command line. Each subcommand lives in `./commands/<name>.ts`
 * and exports `register<Name>(program)`; register it here.
 */
export function buildProgram(): Command {
  const program = new Command('conflict-graph')
    .description('Turn French and English conflict reporting into a Neo4j knowledge graph of claims.')
    .showHelpAfterError();
  registerEval(program);
  registerExtract(program);
  registerIngest(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(`conflict-graph: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
