/**
 * The board page speaks the sheet's language, not the tool's: status words as the sheet writes them
 * (Favourable / On Track, Above target / Off target), reasons as a reader would say them ("Not yet
 * reported", "Target not set"), and no cell addresses, rule-set ids or instructions for the officer.
 * Notes for the officer (an assumed polarity, which cell could not be read) stay in the pane and
 * the report.
 */
import type { ScoredIndicator, Status } from '../model';
import type { Rules } from '../rules/types';
import { labelOf } from '../scoring/labels';

/** Longest quote of a sheet's text inside a reason, so a reason stays one or two lines. */
const MAX_QUOTE = 40;

function withSymbol(symbol: string | undefined, word: string): string {
  return symbol ? `${symbol} ${word}` : word;
}

/** The word an indicator's status was written in on its sheet ("Above target", "Favourable"). */
export function sheetWord(rules: Rules, ind: ScoredIndicator): string {
  const own = ind.statusLabel?.trim();
  return own || labelOf(rules, ind.status, ind.source, ind.byDirection === true);
}

/** The status as the summary shows it: the sheet's word with the rules' symbol ("● Favourable"). */
export function statusWordOf(rules: Rules, ind: ScoredIndicator): string {
  return withSymbol(rules.status[ind.status].symbol, sheetWord(rules, ind));
}

/**
 * One word for a status across many indicators (the counts table, the narrative): the sheet's word
 * when every indicator that has the status uses the same one (or, for a status nobody has, when
 * every indicator's sheet would say it the same way); otherwise the rules' label.
 */
export function commonWord(rules: Rules, status: Status, indicators: readonly ScoredIndicator[]): string {
  const having = indicators.filter((i) => i.status === status);
  const words = new Set(
    having.length > 0
      ? having.map((i) => sheetWord(rules, i))
      : indicators.map((i) => labelOf(rules, status, i.source, i.byDirection === true)),
  );
  if (words.size === 1) return [...words][0];
  return labelOf(rules, status);
}

export function commonStatusText(rules: Rules, status: Status, indicators: readonly ScoredIndicator[]): string {
  return withSymbol(rules.status[status].symbol, commonWord(rules, status, indicators));
}

/**
 * A status word inside a sentence: the rules' own words in lower case ("4 are green"), the sheet's
 * words quoted as the sheet writes them ("6 are “Above target”"), so "target" reads as a rating.
 */
export function proseWord(rules: Rules, status: Status, indicators: readonly ScoredIndicator[]): string {
  const w = commonWord(rules, status, indicators);
  return w === labelOf(rules, status) ? w.toLowerCase() : `“${w}”`;
}

/**
 * The variance line for the board: "(bigger is better)" is what anyone expects and is left out;
 * "(smaller is better)" stays, since it explains why "below the target" is good. An assumed
 * polarity is a note for the officer, not the board.
 */
export function boardVariance(ind: ScoredIndicator): string {
  return boardLine(ind.varianceText);
}

/** Any variance-style line ("... the national average of 50% (bigger is better)") in board words. */
export function boardLine(text: string): string {
  return text
    .replace(/\s*\((?:bigger|larger|higher) is better(?:, assumed)?\)/gi, '')
    .replace(/,\s*assumed\)/gi, ')')
    .trim();
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…` : t;
}

/** The text the sheet shows for the indicator's current figure, where it holds text (not a number). */
function currentFigureText(ind: ScoredIndicator): string | null {
  const cur = ind.source.currentPeriod ?? ind.actualPeriod;
  const cell =
    (cur && ind.source.values.find((v) => v.period.label === cur.label)) ??
    ind.source.values[ind.source.values.length - 1];
  const v = cell?.source.text || (typeof cell?.source.value === 'string' ? cell.source.value : '');
  return v && v.trim() !== '' ? v : null;
}

function targetText(ind: ScoredIndicator): string | null {
  const t = ind.source.target;
  const v = t?.text || (typeof t?.value === 'string' ? t.value : '');
  return v && v.trim() !== '' ? v : null;
}

/** Why an indicator has no rating, as a board member would say it. */
export function boardReason(ind: ScoredIndicator): string {
  if (ind.status === 'NO_DATA') return 'Not yet reported';
  if (ind.status === 'NO_TARGET') {
    const said = targetText(ind);
    return said ? `Target not set as a figure (“${quote(said)}”)` : 'Target not set';
  }
  const said = currentFigureText(ind);
  return said ? `Reported as “${quote(said)}”, not a single figure` : 'Figure not reported as a number';
}
