/**
 * Word, symbol and colours for one status or trend, with a live preview. Colours are typed as hex
 * or picked; their contrast is checked as they change, with the nearest passing text colour
 * offered in one click (WCAG 1.4.3: 4.5:1 for the word, which also gives the symbol its 3:1).
 */
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { checkLookContrast, contrastRatio, DEFAULT_FILL, DEFAULT_FONT } from '../../core/rules/colour';
import type { Appearance } from '../../core/rules/types';
import { StatusBadge } from '../components/StatusBadge';
import { useFitStyles } from '../fit-styles';
import { ColourField } from './ColourField';

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    minWidth: 0,
    margin: 0,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    maxWidth: '100%',
    gap: '6px',
    alignItems: 'center',
    paddingInline: '4px',
  },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '6px', marginTop: '6px' },
  contrast: { display: 'grid', gap: '4px', marginTop: '6px', justifyItems: 'start' },
  problem: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  preview: { display: 'inline-flex', alignItems: 'center', gap: '4px', fontSize: tokens.fontSizeBase200 },
  swatch: {
    width: '14px',
    height: '14px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});

interface Props {
  name: string;
  appearance: Appearance;
  onChange: (a: Appearance) => void;
  error?: string;
}

export function AppearanceRow({ name, appearance, onChange, error }: Props) {
  const fit = useFitStyles();
  const styles = useStyles();
  const id = useId();
  const problem = checkLookContrast(appearance);
  const contrastId = `${id}-contrast`;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        {name}{' '}
        {problem ? (
          // A preview in colours that fail contrast would itself be unreadable: show the fill as a
          // swatch and the word in the pane's own colours until the pair passes.
          <span className={styles.preview}>
            <span
              aria-hidden="true"
              className={styles.swatch}
              style={{ backgroundColor: appearance.fill || DEFAULT_FILL }}
            />
            {appearance.symbol ? `${appearance.symbol} ` : ''}
            {appearance.label}
          </span>
        ) : (
          <StatusBadge appearance={appearance} />
        )}
      </legend>
      <div className={styles.row}>
        <Field label={`${name} label`} validationMessage={error} size="small">
          <Input
            className={fit.fill}
            size="small"
            value={appearance.label}
            onChange={(_, d) => onChange({ ...appearance, label: d.value })}
          />
        </Field>
        <Field label={`${name} symbol`} size="small">
          <Input
            className={fit.fill}
            size="small"
            value={appearance.symbol}
            onChange={(_, d) => onChange({ ...appearance, symbol: d.value })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <ColourField
          label={`${name} fill colour`}
          value={appearance.fill}
          fallback={DEFAULT_FILL}
          describedBy={contrastId}
          onChange={(fill) => onChange({ ...appearance, fill })}
        />
        <ColourField
          label={`${name} text colour`}
          value={appearance.fontColor}
          fallback={DEFAULT_FONT}
          describedBy={contrastId}
          onChange={(fontColor) => onChange({ ...appearance, fontColor })}
        />
      </div>
      <div className={styles.contrast}>
        {problem ? (
          <>
            <Text id={contrastId} className={styles.problem} data-testid="contrast-problem">
              {problem.message}
            </Text>
            <Button size="small" onClick={() => onChange({ ...appearance, fontColor: problem.suggestedFont })}>
              {`Use ${problem.suggestedFont} for ${name} text`}
            </Button>
          </>
        ) : (
          <Text id={contrastId} className={styles.ok}>
            {`Contrast ${contrastRatio(appearance.fontColor, appearance.fill).toFixed(1)}:1 passes 4.5:1.`}
          </Text>
        )}
      </div>
    </fieldset>
  );
}
