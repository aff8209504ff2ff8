import { franc } from 'franc-min';
import type { Stage, ArticleDoc } from '../document';
import type { Language, TimeValue } from '../types';

/**
 * Language: the caller's choice wins; otherwise French and English function words
 * decide (cheap and reliable on news prose), and franc-min only arbitrates when
 * neither dominates, e.g. to tell that a German article is not handled.
 */
const FR = /(?:^|[\s'])(?:le|la|les|des|du|est|et|une|dans|pour|que|qui|sur|au|aux|avec|selon|ont|pas)(?=\s)/g;
const EN = /(?:^|\s)(?:the|of|and|to|in|is|that|for|on|with|was|were|said|by|from|has|have|it)(?=\s)/g;

export function detectLanguage(folded: string): { language: Language | null; code: string } {
  const sample = folded.slice(0, 6000);
  const fr = (sample.match(FR) ?? []).length;
  const en = (sample.match(EN) ?? []).length;
  const words = (sample.match(/\p{L}+/gu) ?? []).length || 1;
  if ((fr + en) / words > 0.08) {
    if (fr > en * 1.5) return { language: 'fr', code: 'fra' };
    if (en > fr * 1.5) return { language: 'en', code: 'eng' };
  }
  const code = franc(sample.slice(0, 1500), { minLength: 10 });
  if (code === 'fra') return { language: 'fr', code };
  if (code === 'eng') return { language: 'en', code };
  if (code === 'und' && fr + en > 0) return { language: fr >= en ? 'fr' : 'en', code: fr >= en ? 'fra' : 'eng' };
  return { language: null, code };
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` -> a TimeValue, or null. */
export function parsePublished(value: string | null | undefined): TimeValue | null {
  if (!value) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return null;
  if (d && (+d < 1 || +d > 31)) return null;
  if (d) return { value: `${y}-${mo}-${d}`, precision: 'day' };
  if (mo) return { value: `${y}-${mo}`, precision: 'month' };
  return { value: y, precision: 'year' };
}

/** Noon UTC of the publication day (end of month/year when less precise). */
export function referenceDate(published: TimeValue | null): Date | null {
  if (!published) return null;
  const [y, m, d] = published.value.split('-').map(Number);
  if (published.precision === 'day') return new Date(Date.UTC(y, m - 1, d, 12));
  if (published.precision === 'month') return new Date(Date.UTC(y, m, 0, 12));
  return new Date(Date.UTC(y, 11, 31, 12));
}

export const languageStage: Stage = {
  name: 'language',
  needs: ['folded', 'input'],
  adds: ['language', 'published', 'reference'],
  run(doc: ArticleDoc): ArticleDoc {
    const diagnostics = [...doc.diagnostics];
    let language: Language;
    const given = doc.input.language;
    if (given === 'fr' || given === 'en') language = given;
    else {
      if (given) diagnostics.push({ stage: 'language', severity: 'warning', message: `language "${given}" is not handled (fr, en); detecting` });
      const detected = detectLanguage(doc.folded);
      if (detected.language) language = detected.language;
      else {
        language = 'en';
        if (doc.folded.trim().length > 0) {
          diagnostics.push({ stage: 'language', severity: 'error', message: `unsupported language "${detected.code}" (handled: fr, en); names were still looked up` });
        }
      }
    }
    const published = parsePublished(doc.input.published);
    if (doc.input.published && !published) {
      diagnostics.push({ stage: 'language', severity: 'warning', message: `unparseable publication date "${doc.input.published}"; relative dates left unresolved` });
    }
    return { ...doc, language, published, reference: referenceDate(published), diagnostics };
  },
};
