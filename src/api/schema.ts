import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeTypeDefs } from '@graphql-tools/merge';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../config';

export const schemaDir = path.join(projectRoot, 'schema');

/** The SDL contract: every `schema/*.graphql` file, merged (`extend type Query` allowed). */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  return mergeTypeDefs(files.map((name) => readFileSync(path.join(dir, name), 'utf8')));
}
