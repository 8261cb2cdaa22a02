/**
 * One step from an indicator to its evidence: a small button (aria-expanded) that shows which cells
 * were read, which rule rated it and where the polarity came from.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ScoredIndicator } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import { evidenceLines } from '../evidence-lines';

const useStyles = makeStyles({
  toggle: { minWidth: 'auto', marginInlineStart: '8px' },
  list: {
    margin: '0 0 4px',
    paddingInlineStart: '26px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export function EvidenceDisclosure({ indicator, rules }: { indicator: ScoredIndicator; rules: Rules | null }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        size="small"
        appearance="transparent"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        // The visible word starts the accessible name (WCAG 2.5.3); the rest says whose evidence it is.
        aria-label={`${open ? 'Hide evidence' : 'Evidence'}: ${indicator.source.name}`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide evidence' : 'Evidence'}
      </Button>
      {open ? (
        <ul id={id} className={styles.list} data-testid="evidence">
          {evidenceLines(indicator, rules).map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
