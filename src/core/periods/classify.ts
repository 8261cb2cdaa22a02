/**
 * What a header is. Periods and baselines come from the parser; comparators and areas from their
 * wording. A single cell can only guess that a short capitalised label is an area; classifyHeaderRow
 * confirms it by position (area columns follow the period columns, as in seed 001).
 */
import type { Comparator } from '../model';
import { parsePeriodHeader } from './parse';
import { headerText, normalizeHeader } from './text';
import type { HeaderCell, HeaderClass } from './types';

const NATIONAL = /\b(national|england|english|uk|great britain|gb)\b|\bnat\.? av/;
const NEIGHBOURS = /\b(stat(istical)?\.?\s*neighbou?rs?|sn|sns)\b|\bsn av(erage|g)?\b|\bneighbou?rs?\b|\bcomparator/;
const REGION =
  /^(north west|north east|south west|south east|east midlands|west midlands|yorkshire( and the humber)?|london|wales|scotland|regional|region)\b/;
const COMPARATOR_HINT = /\b(average|avg|benchmark|median|quartile|peer|family group|core cities|shire)\b/;

/** Words in capitals that are headings, statuses or units, never places. */
const NOT_PLACES = new Set([
  'RAG',
  'BRAG',
  'KPI',
  'KPIS',
  'PI',
  'TARGET',
  'TARGETS',
  'MEASURE',
  'MEASURES',
  'INDICATOR',
  'ACTUAL',
  'ACTUALS',
  'TOTAL',
  'TOTALS',
  'YTD',
  'N/A',
  'NA',
  'RED',
  'AMBER',
  'GREEN',
  'BLUE',
  'GREY',
  'STATUS',
  'TREND',
  'DOT',
  'NOTE',
  'NOTES',
  'COMMENT',
  'COMMENTS',
  'CODE',
  'REF',
  'ID',
  'UNIT',
  'UNITS',
  'POLARITY',
  'OWNER',
  'LEAD',
  'FREQUENCY',
  'NUMBER',
  'NO',
  'RATE',
  'PERCENTAGE',
  'VALUE',
  'YES',
  'TRUE',
  'FALSE',
  'BASELINE',
  'OUTTURN',
  'LATEST',
  'CURRENT',
  'PREVIOUS',
  'CHANGE',
  'VARIANCE',
  'DIRECTION',
  'TOLERANCE',
  'PERFORMANCE',
  'RATING',
  'SYMBOL',
  'TITLE',
  'DESCRIPTION',
  'NAME',
]);

const AREA_WORDS =
  /^(north|south|east|west|central|north east|north west central|south east|south west|north central|south central|inner|outer|city centre)$/i;
const AREA_NUMBERED =
  /^(area|locality|ward|district|patch|cluster|hub|zone|neighbourhood|team|pod)\s*[:-]?\s*([0-9]{1,3}|[a-z])$/i;

/** National / statistical neighbours / regional comparator columns, by wording. */
export function comparatorKind(text: string): Comparator['kind'] | null {
  const l = normalizeHeader(text).toLowerCase();
  if (!l || l.length > 60) return null;
  if (NEIGHBOURS.test(l)) return 'neighbours';
  if (NATIONAL.test(l)) return 'national';
  if (REGION.test(l)) return 'other';
  if (COMPARATOR_HINT.test(l)) return 'other';
  return null;
}

/** A short label that reads as a place or service area: "EAST", "NWC", "MASH", "North", "Area 1", "ST HELENS". */
export function looksLikeArea(text: string): boolean {
  const t = normalizeHeader(text);
  if (!t || t.length > 24) return false;
  if (AREA_WORDS.test(t) || AREA_NUMBERED.test(t)) return true;
  // Capitals only, one to three words, no digits: place names and team acronyms as sheets write them.
  if (!/^[A-Z][A-Z'&.-]*( [A-Z][A-Z'&.-]*){0,2}$/.test(t) || t.length < 2) return false;
  return !t.split(' ').some((w) => NOT_PLACES.has(w.replace(/[.]$/, '')));
}

/** One header on its own. A capitalised label is guessed to be an area; see classifyHeaderRow. */
export function classifyHeader(cell: HeaderCell): HeaderClass {
  const period = parsePeriodHeader(cell);
  if (period) return period.kind === 'baseline' ? 'baseline' : 'period';
  const text = headerText(cell);
  if (!text || typeof cell.value === 'boolean') return 'other';
  if (comparatorKind(text) !== null) return 'comparator';
  if (typeof cell.value === 'string' && looksLikeArea(text)) return 'area';
  return 'other';
}

/**
 * A header row with context: a label counts as an area only after the first period column
 * ("Mar-16 | Apr-16 | EAST | NWC | SOUTH"); before it ("Measure", "KPI") it is 'other'.
 */
export function classifyHeaderRow(cells: readonly HeaderCell[]): HeaderClass[] {
  const classes = cells.map(classifyHeader);
  const firstPeriod = classes.findIndex((c) => c === 'period' || c === 'baseline');
  return classes.map((c, i) => (c === 'area' && (firstPeriod < 0 || i < firstPeriod) ? 'other' : c));
}
