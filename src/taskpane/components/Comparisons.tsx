/**
 * How one indicator compares (issue 15): each comparator's verdict in words ("Worse than the
 * national average") with its line, the quartile band and the areas that stand out. Shown under
 * the indicator in the pane; nothing when it has no comparator or area.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScoredIndicator } from '../../core/model';
import type { ComparisonVerdict } from '../../core/scoring/compare-types';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: '0 0 4px 0',
    paddingInlineStart: '12px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { overflowWrap: 'anywhere' },
  verdict: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

const VERDICT_WORDS: Record<ComparisonVerdict, string> = {
  better: 'Better',
  'in-line': 'In line',
  worse: 'Worse',
  'not-judged': 'Compared',
};

/** The lines the pane shows, in order: comparators, quartile, areas. Exported for the tests. */
export function comparisonLines(ind: ScoredIndicator): { key: string; verdict: string; text: string }[] {
  const lines = (ind.comparisons ?? []).map((c, i) => ({
    key: `c${i}`,
    verdict: `${VERDICT_WORDS[c.verdict]}${c.verdict === 'in-line' || c.verdict === 'not-judged' ? '' : ` than ${c.name}`}`,
    text: c.text,
  }));
  if (ind.quartile) lines.push({ key: 'q', verdict: `Quartile ${ind.quartile.band}`, text: ind.quartile.text });
  if (ind.areas?.text) lines.push({ key: 'a', verdict: 'Areas', text: ind.areas.text });
  return lines;
}

export function Comparisons({ indicator }: { indicator: ScoredIndicator }) {
  const styles = useStyles();
  const lines = comparisonLines(indicator);
  if (lines.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={`How ${indicator.source.name} compares`}>
      {lines.map((l) => (
        <li key={l.key} className={styles.item}>
          <span className={styles.verdict}>{l.verdict}:</span> {l.text}
        </li>
      ))}
    </ul>
  );
}
