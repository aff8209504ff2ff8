import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { claimPartsFor, requestedFields } from '../../../src/api/selection';

function infoFor(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments };
}

describe('look-ahead', () => {
  it('collects the fields under edges.node, through inline and named fragments', () => {
    const info = infoFor(`query { claims { totalCount edges { node { id ...Who ... on Claim { reporting { origin { id } } } } } } }
      fragment Who on Claim { claimant { name } article { title } }`);
    const fields = requestedFields(info, ['edges', 'node']);
    expect([...fields].sort()).toEqual(['article', 'claimant', 'id', 'reporting']);
    expect(claimPartsFor(fields)).toEqual({ claimants: true, article: true, reporting: true, aboutEntities: false, aboutEvents: false });
  });

  it('asks for nothing related when only the count is wanted', () => {
    const fields = requestedFields(infoFor('query { claims { totalCount } }'), ['edges', 'node']);
    expect(fields.size).toBe(0);
    expect(Object.values(claimPartsFor(fields)).some(Boolean)).toBe(false);
    expect(claimPartsFor(new Set(['about']))).toMatchObject({ aboutEntities: true, aboutEvents: true });
  });
});
