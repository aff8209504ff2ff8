/**
 * Well-formedness of a gold file against its article body, beyond the schema: every
 * evidence and alias is an exact fragment of the body, every reference names a gold
 * entity (an unnamed claimant is null, with its words in `claimant_text`), no entity
 * is listed twice. Used by the unit test over tests/gold and by
 * the eval command (as warnings).
 */
import { foldName } from './fold';
import type { GoldArticle } from './gold';

export function checkGold(gold: GoldArticle, body: string): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const entity of gold.entities) {
    const key = foldName(entity.name);
    if (names.has(key)) problems.push(`entity "${entity.name}" is listed twice`);
    names.add(key);
    if (entity.aliases_in_text.length === 0) problems.push(`entity "${entity.name}" has no aliases_in_text`);
    for (const alias of entity.aliases_in_text) {
      if (!body.includes(alias)) problems.push(`entity "${entity.name}": alias "${alias}" is not in the body`);
    }
  }

  const checkReference = (where: string, reference: string | null): void => {
    if (reference !== null && !names.has(foldName(reference))) {
      problems.push(`${where}: "${reference}" is not the name of a gold entity`);
    }
  };
  const checkEvidence = (where: string, item: { evidence: string; evidence_alt?: string[] }): void => {
    for (const fragment of [item.evidence, ...(item.evidence_alt ?? [])]) {
      if (!body.includes(fragment)) problems.push(`${where}: evidence "${fragment}" is not in the body`);
    }
  };

  gold.claims.forEach((claim, index) => {
    const where = `claims[${index}]`;
    // A collective claimant ("France, Germany and the UK") is a description; its members are the entities.
    if ((claim.claimant_entities ?? []).length === 0) checkReference(`${where}.claimant`, claim.claimant);
    for (const member of claim.claimant_entities ?? []) checkReference(`${where}.claimant_entities`, member);
    checkEvidence(where, claim);
  });
  gold.deployments.forEach((deployment, index) => {
    const where = `deployments[${index}]`;
    checkReference(`${where}.from`, deployment.from);
    checkReference(`${where}.to`, deployment.to);
    checkEvidence(where, deployment);
  });
  gold.arms_transfers.forEach((transfer, index) => {
    const where = `arms_transfers[${index}]`;
    checkReference(`${where}.supplier`, transfer.supplier);
    checkReference(`${where}.recipient`, transfer.recipient);
    checkEvidence(where, transfer);
  });
  gold.agreements.forEach((agreement, index) => {
    const where = `agreements[${index}]`;
    for (const party of agreement.parties) checkReference(`${where}.parties`, party);
    checkEvidence(where, agreement);
  });
  return problems;
}
