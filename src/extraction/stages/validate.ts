import type { Stage, ArticleDoc } from '../document';
import type { Diagnostic, Evidence } from '../types';

/**
 * Validation: every evidence is an exact slice of the body inside its bounds,
 * confidences are within 0..1, and every reference points at an entity of the
 * result. Facts that fail are dropped and reported, never thrown.
 */
export const validateStage: Stage = {
  name: 'validate',
  needs: ['claims', 'deployments', 'armsTransfers', 'entities'],
  adds: ['diagnostics'],
  run(doc: ArticleDoc): ArticleDoc {
    const diagnostics: Diagnostic[] = [...doc.diagnostics];
    const ok = (ev: Evidence, what: string): boolean => {
      const valid = ev.start >= 0 && ev.end <= doc.body.length && ev.start <= ev.end && doc.body.slice(ev.start, ev.end) === ev.text && ev.confidence >= 0 && ev.confidence <= 1;
      if (!valid) diagnostics.push({ stage: 'validate', severity: 'warning', message: `${what}: evidence does not match the body; dropped`, span: { start: ev.start, end: ev.end } });
      return valid;
    };
    const known = (id: string | null) => id === null || doc.entities.has(id) || doc.lexicon.entities.has(id);
    const claims = doc.claims.filter((c) => ok(c.evidence, c.id) && ok(c.content, c.id) && known(c.claimant));
    const deployments = doc.deployments.filter((d) => ok(d.evidence, d.id) && known(d.from) && known(d.to));
    const armsTransfers = doc.armsTransfers.filter((t) => ok(t.evidence, t.id) && known(t.supplier) && known(t.recipient));
    // Parties that are countries never mentioned by name still need an entity in the result.
    const entities = new Map(doc.entities);
    for (const id of [...deployments.flatMap((d) => [d.from, d.to]), ...armsTransfers.flatMap((t) => [t.supplier, t.recipient])]) {
      if (id && !entities.has(id)) {
        const lex = doc.lexicon.entities.get(id);
        if (lex) entities.set(id, { id, name: lex.name, type: lex.type, country: lex.country ?? null, confidence: 0.5 });
      }
    }
    return { ...doc, claims, deployments, armsTransfers, entities, diagnostics };
  },
};
