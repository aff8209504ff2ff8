import type { Language } from '../types';

/**
 * The written forms of a regular verb, for the event vocabulary (`lexicons/events.json`, `verbLemmas`):
 * "déployer" gives "déploient", "déployaient", "déploieraient", "déployés"; "combattre" gives
 * "combattaient"; "deploy" gives "deploys", "deployed", "deploying". Irregular forms ("enverra", "sent",
 * "fought") stay listed by hand beside the lemmas.
 *
 * The lexicon folds the forms as it folds tokens, so "renforc" + "ait" meets "renforçait" and "achete" meets "achète".
 * Generating a form that does not exist ("shiped" beside "shipped") costs nothing: it never meets a token.
 * A multi-word lemma inflects its first word ("pull out" → "pulled out", "prendre livraison" → ...).
 */
export function inflect(lemma: string, language: Language): string[] {
  const [head, ...rest] = lemma.trim().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const heads = language === 'fr' ? frenchForms(head) : englishForms(head);
  return [...new Set(heads)].map((h) => h + tail);
}

const FR_ER_MUTE = ['e', 'es', 'ent'];
const FR_ER_SOFT = ['ez', 'ions', 'iez', 'er', 'e', 'ee', 'es', 'ees', 'erent', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient'];
const FR_ER_HARD = ['ais', 'ait', 'aient', 'ant', 'a', 'ai', 'as', 'ons', 'ames', 'at'];

function frenchForms(verb: string): string[] {
  const v = verb.toLowerCase();
  if (v.endsWith('er')) {
    const stem = v.slice(0, -2);
    // -ger keeps its "e" before a and o ("engageait"); -yer turns y into i before a mute e ("déploient", "déploiera").
    const hard = stem.endsWith('g') ? `${stem}e` : stem;
    const mute = stem.endsWith('y') ? `${stem.slice(0, -1)}i` : stem;
    const out = [v, ...FR_ER_SOFT.map((e) => stem + e), ...FR_ER_HARD.map((e) => hard + e), ...FR_ER_MUTE.map((e) => mute + e)];
    if (stem.endsWith('y')) out.push(...['erai', 'era', 'eront', 'erait', 'eraient'].map((e) => mute + e));
    return out;
  }
  if (v.endsWith('ir')) {
    // Second group ("fournir", "investir"): "fournissent", "fournissaient", "fourni".
    const stem = v.slice(0, -2);
    return [v, ...['is', 'it', 'issons', 'issez', 'issent', 'issais', 'issait', 'issaient', 'issant', 'irent', 'irai', 'ira', 'irons', 'iront', 'irais', 'irait', 'iraient', 'i', 'ie', 'ies', 'isse'].map((e) => stem + e)];
  }
  if (v.endsWith('re')) {
    // "combattre", "vendre": "combat"/"vend", "combattent", "vendaient", "vendu".
    const stem = v.slice(0, -2);
    const short = stem.endsWith('tt') ? stem.slice(0, -1) : stem;
    return [v, short, `${short}s`, ...['ons', 'ez', 'ent', 'ais', 'ait', 'aient', 'ant', 'it', 'irent', 'rai', 'ra', 'rons', 'ront', 'rais', 'rait', 'raient', 'u', 'ue', 'us', 'ues', 'e'].map((e) => stem + e)];
  }
  return [v];
}

function englishForms(verb: string): string[] {
  const v = verb.toLowerCase();
  if (/[^aeiou]y$/.test(v)) {
    const stem = v.slice(0, -1);
    return [v, `${stem}ies`, `${stem}ied`, `${v}ing`];
  }
  if (v.endsWith('e')) return [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  const out = [v, /(?:s|x|z|ch|sh)$/.test(v) ? `${v}es` : `${v}s`, `${v}ed`, `${v}ing`];
  // "ship" → "shipped", "commit" → "committed"; "offer" → "offered": both spellings, the wrong one never matches.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(v)) {
    const last = v[v.length - 1];
    out.push(`${v}${last}ed`, `${v}${last}ing`);
  }
  return out;
}
