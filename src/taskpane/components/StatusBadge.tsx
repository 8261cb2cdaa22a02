/** A status shown as symbol + word on its colour: readable in greyscale and to colour-blind users. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_FILL, DEFAULT_FONT } from '../../core/rules/colour';
import type { Appearance } from '../../core/rules/types';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    paddingInline: '6px',
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // A hairline keeps white or pale fills visible on a white pane.
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
  },
});

export function StatusBadge({ appearance }: { appearance: Appearance }) {
  const styles = useStyles();
  return (
    // No fill or font colour means the sheet's white cell and black text: shown so in a dark pane too.
    <span
      className={styles.badge}
      style={{ backgroundColor: appearance.fill || DEFAULT_FILL, color: appearance.fontColor || DEFAULT_FONT }}
    >
      {appearance.symbol ? <span aria-hidden="true">{appearance.symbol}</span> : null}
      <span>{appearance.label}</span>
    </span>
  );
}
