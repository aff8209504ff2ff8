import type { Stage, ArticleDoc } from '../document';
import { foldText } from '../text/fold';

/**
 * Normalisation keeps the body's length: markup is blanked rather than removed,
 * so offsets found later are offsets into the body exactly as given (for HTML
 * input: into the HTML string; evidence text is then the raw slice).
 */

const HTML_HINT = /<(?:p|div|br|span|a|html|body|head|script|style|h[1-6]|article|section|li|ul|strong|em|b|i|figure|img)\b[^<>]{0,2000}>/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
  ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', eacute: 'é', egrave: 'è', agrave: 'à',
  ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', icirc: 'î', ucirc: 'û', hellip: '…', ndash: '-', mdash: '-',
};

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Blanks tags, scripts and styles; decodes entities in place, padded with spaces. */
export function blankHtml(text: string): string {
  let out = text.replace(/<(script|style|noscript)\b[^]*?<\/\1\s*>/gi, (m) => blank(m));
  out = out.replace(/<!--[^]*?-->/g, (m) => blank(m));
  // Block-level tags end a paragraph: keep a newline where they stood.
  out = out.replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|header|footer|tr|blockquote|figure|figcaption)\b[^<>]{0,2000}>/gi, (m) => '\n' + ' '.repeat(m.length - 1));
  out = out.replace(/<[^<>]{0,2000}>/g, (m) => blank(m));
  out = out.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, name: string) => {
    let ch: string | undefined;
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      ch = code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
    } else ch = ENTITIES[name.toLowerCase()];
    // Padding before the character keeps "Ukraine&#39;s" readable as "Ukraine    's".
    return ch === undefined ? m : ' '.repeat(m.length - 1) + ch;
  });
  return out;
}

/** Longer bodies are analysed up to this length (offsets stay valid: it is a prefix). */
export const MAX_ANALYSED_CHARS = 400_000;

export const normaliseStage: Stage = {
  name: 'normalise',
  needs: ['body'],
  adds: ['text', 'folded'],
  run(doc: ArticleDoc): ArticleDoc {
    const diagnostics: ArticleDoc['diagnostics'] = [...doc.diagnostics];
    let text = doc.body;
    if (text.length > MAX_ANALYSED_CHARS) {
      // Cut at a paragraph or sentence end so no fact is read from half a sentence.
      let cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
      if (cut < MAX_ANALYSED_CHARS / 2) cut = text.lastIndexOf('. ', MAX_ANALYSED_CHARS) + 1;
      if (cut <= 0) cut = MAX_ANALYSED_CHARS;
      text = text.slice(0, cut);
      diagnostics.push({ stage: 'normalise', severity: 'warning', message: `body of ${doc.body.length} characters: only the first ${cut} were analysed` });
    }
    let controls = 0;
    // Control characters (binary junk) become spaces; many of them mean the input is not text.
    text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, () => {
      controls++;
      return ' ';
    });
    if (text.length > 0 && controls / text.length > 0.05) {
      diagnostics.push({ stage: 'normalise', severity: 'error', message: `input looks binary (${controls} control characters in ${text.length}); not extracted` });
      text = blank(text);
    }
    if (HTML_HINT.test(text.slice(0, 200_000))) {
      text = blankHtml(text);
      diagnostics.push({ stage: 'normalise', severity: 'info', message: 'HTML markup blanked; offsets refer to the original HTML string' });
    }
    if (text.trim().length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ stage: 'normalise', severity: 'error', message: 'empty article body' });
    }
    return { ...doc, text, folded: foldText(text), diagnostics };
  },
};
