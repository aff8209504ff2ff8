/** Plain-text rendering of the figures for the terminal. */
import type { Figures } from './figures';
import { sumScores } from './figures';
import { KINDS, type ArticleScore, type Kind } from './score';

const LABELS: Record<Kind, string> = {
  entities: 'entities',
  claims: 'claims',
  deployments: 'deployments',
  armsTransfers: 'arms transfers',
  agreements: 'agreements*',
};

function number(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
}

export function formatFigures(figures: Figures): string {
  const widths = [15, 5, 5, 5, 5, 5, 9, 6, 5];
  const lines = [row(['kind', 'gold', 'pred', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], widths)];
  for (const kind of KINDS) {
    const f = figures.kinds[kind];
    lines.push(
      row(
        [LABELS[kind], `${f.tp + f.fn}`, `${f.tp + f.fp}`, `${f.tp}`, `${f.fp}`, `${f.fn}`, number(f.precision), number(f.recall), number(f.f1)],
        widths,
      ),
    );
  }
  const { claims } = figures;
  lines.push(
    `matched claims: date accuracy ${number(claims.dateAccuracy)} (${claims.dateCorrect}/${claims.matched}), ` +
      `stance accuracy ${number(claims.stanceAccuracy)} (${claims.stanceCorrect}/${claims.matched})`,
  );
  return lines.join('\n');
}

export function formatArticle(score: ArticleScore): string {
  const lines = [`== ${score.article}`, formatFigures(sumScores([score]))];
  const list = (title: string, notes: ArticleScore['missed']): void => {
    if (notes.length === 0) return;
    lines.push(`${title}:`);
    for (const note of notes) lines.push(`  [${LABELS[note.kind]}] ${note.text}`);
  };
  list('missed (gold not found)', score.missed);
  list('spurious (prediction matching no gold)', score.spurious);
  list('matched claims with errors', score.errors);
  for (const warning of score.warnings) lines.push(`gold warning: ${warning}`);
  return lines.join('\n');
}

export function formatReport(scores: readonly ArticleScore[], options: { verbose?: boolean; title?: string } = {}): string {
  const parts: string[] = [];
  if (options.verbose) for (const score of scores) parts.push(formatArticle(score));
  parts.push(
    [
      `${options.title ?? 'Extraction scores'}: ${scores.length} article(s), micro-averaged`,
      formatFigures(sumScores(scores)),
      '* agreements are scored by parties and evidence overlap: our extension, not in FORMAT.md',
    ].join('\n'),
  );
  return parts.join('\n\n');
}

/** One line of F1 per kind for each group (e.g. per language): a compact comparison. */
export function formatF1ByGroup(groups: Record<string, Figures>, label: string): string {
  const widths = [15, ...KINDS.map(() => 14)];
  const lines = [row([`F1 by ${label}`, ...KINDS.map((kind) => LABELS[kind])], widths)];
  for (const [group, figures] of Object.entries(groups)) {
    lines.push(row([`${group} (${figures.articles})`, ...KINDS.map((kind) => number(figures.kinds[kind].f1))], widths));
  }
  return lines.join('\n');
}
