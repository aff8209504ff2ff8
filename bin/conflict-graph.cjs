#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's CommonJS loader, so `npx conflict-graph`
// works on a fresh clone without a build step.
require('tsx/cjs');
const { buildProgram } = require('../src/cli/main.ts');
buildProgram()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`conflict-graph: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  });
