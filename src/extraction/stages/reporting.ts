import type { Stage, ArticleDoc } from '../document';
import { foldText } from '../text/fold';
import { tokenize } from '../text/tokenize';

/**
 * Reporting chain: the outlet given with the article, and the wire agencies it
 * relays, read from the body (datelines, "rapporte l'agence ... Reuters", "(AFP)")
 * and from the outlet string ("News Day FR (relays Reuters)").
 */
export const reportingStage: Stage = {
  name: 'reporting',
  needs: ['mentions', 'entities'],
  adds: ['reporting'],
  run(doc: ArticleDoc): ArticleDoc {
    const agencies: string[] = [];
    const add = (name: string) => {
      if (!agencies.includes(name)) agencies.push(name);
    };
    const outlet = doc.input.outlet ?? null;
    const outletFolded = outlet ? foldText(outlet) : '';
    for (const m of doc.mentions) {
      const e = doc.entities.get(m.entityId);
      if (e?.newsAgency) add(e.name);
    }
    if (outlet) {
      const tokens = tokenize(outletFolded, outlet);
      for (let i = 0; i < tokens.length; i++) {
        const hit = doc.lexicon.gazetteer.match(tokens, i);
        const e = hit ? doc.lexicon.entities.get(hit.payload.entityId) : undefined;
        if (hit && e?.newsAgency) {
          add(e.name);
          i += hit.tokens.length - 1;
        }
      }
    }
    // The outlet is not its own relay.
    const filtered = agencies.filter((a) => !outletFolded || foldText(a) !== outletFolded.trim());
    return { ...doc, reporting: { outlet, agencies: filtered } };
  },
};
