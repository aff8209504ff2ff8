/**
 * Reference resolution (FORMAT.md): a predicted reference (an entity id or a name)
 * resolves to a gold entity when the referenced entity's name, one of its aliases or
 * one of its mention texts equals, once folded, the gold name or one of its
 * `aliases_in_text`.
 */
import { foldName, foldNames } from './fold';
import type { GoldEntity } from './gold';
import type { PredictedEntity, Prediction } from './prediction';

/** The folded names a gold reference answers to. */
export interface GoldTarget {
  /** Index in the gold entities, or null when the reference names no gold entity. */
  entity: number | null;
  keys: Set<string>;
}

export function goldEntityKeys(entity: GoldEntity): Set<string> {
  return foldNames([entity.name, ...entity.aliases_in_text]);
}

export function predictedEntityKeys(entity: PredictedEntity): Set<string> {
  return foldNames([
    entity.name,
    ...(entity.aliases ?? []),
    ...(entity.mentions ?? []).map((mention) => mention.text),
  ]);
}

/**
 * Looks a gold reference (claimant, from, supplier, party...) up among the gold entities:
 * by name first, then by alias. A name that is no gold entity still resolves by itself.
 */
export function goldTarget(entities: GoldEntity[], reference: string): GoldTarget {
  const key = foldName(reference);
  const byName = entities.findIndex((entity) => foldName(entity.name) === key);
  const index = byName !== -1 ? byName : entities.findIndex((entity) => goldEntityKeys(entity).has(key));
  if (index === -1) return { entity: null, keys: foldNames([reference]) };
  return { entity: index, keys: goldEntityKeys(entities[index]) };
}

/** Folded names of a predicted reference, found through the prediction's own entities. */
export type PredictedKeys = (reference: string) => Set<string>;

export function predictedReferenceKeys(prediction: Prediction): PredictedKeys {
  const byId = new Map<string, PredictedEntity>();
  const byName = new Map<string, PredictedEntity>();
  for (const entity of prediction.entities) {
    if (entity.id && !byId.has(entity.id)) byId.set(entity.id, entity);
    const name = foldName(entity.name);
    if (name !== '' && !byName.has(name)) byName.set(name, entity);
  }
  return (reference) => {
    const entity = byId.get(reference) ?? byName.get(foldName(reference));
    // The reference string itself counts too: a bare name needs no entity to resolve.
    const keys = entity ? predictedEntityKeys(entity) : new Set<string>();
    const own = foldName(reference);
    if (own !== '') keys.add(own);
    return keys;
  };
}

export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** A null gold reference is matched only by a null prediction: there is nothing to resolve to. */
export function referenceResolves(
  keysOf: PredictedKeys,
  predicted: string | null,
  gold: GoldTarget | null,
): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  return intersects(keysOf(predicted), gold.keys);
}
