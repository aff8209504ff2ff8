import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ClaimParts } from '../db/queries/projections';

/**
 * Look-ahead: the field names requested under a path of the current field (following
 * fragments), so a root resolver can fetch in its one query exactly what the page shows.
 */
export function requestedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    level = fieldsOf(level, info.fragments)
      .filter((field) => field.name.value === step)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(level, info.fragments).map((field) => field.name.value));
}

function fieldsOf(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The related parts of a claim the requested fields need. */
export function claimPartsFor(fields: ReadonlySet<string>): ClaimParts {
  return {
    claimants: fields.has('claimant') || fields.has('claimants'),
    article: fields.has('article'),
    reporting: fields.has('reporting'),
    aboutEntities: fields.has('about') || fields.has('aboutEntities'),
    aboutEvents: fields.has('about') || fields.has('aboutEvents'),
  };
}
