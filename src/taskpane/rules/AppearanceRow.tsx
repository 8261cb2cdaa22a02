/**
 * Word, symbol and colours for one status or trend, with a live preview. Colours use the native
 * colour picker, which every browser exposes to assistive technology as a labelled input.
 */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Appearance } from '../../core/rules/types';
import { StatusBadge } from '../components/StatusBadge';
import { useFitStyles } from '../fit-styles';

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    minWidth: 0,
    margin: 0,
  },
  legend: { display: 'flex', gap: '6px', alignItems: 'center', paddingInline: '4px' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: '6px' },
  colours: { display: 'flex', gap: '12px', marginTop: '6px', fontSize: tokens.fontSizeBase200, alignItems: 'center' },
  colour: { display: 'inline-flex', gap: '4px', alignItems: 'center' },
  swatch: {
    width: '32px',
    height: '24px',
    padding: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: 'none',
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
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        {name} <StatusBadge appearance={appearance} />
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
      <div className={styles.colours}>
        <span className={styles.colour}>
          <input
            id={`${id}-fill`}
            type="color"
            className={styles.swatch}
            value={appearance.fill || '#FFFFFF'}
            onChange={(e) => onChange({ ...appearance, fill: e.target.value.toUpperCase() })}
          />
          <label htmlFor={`${id}-fill`}>{`${name} fill colour`}</label>
        </span>
        <span className={styles.colour}>
          <input
            id={`${id}-font`}
            type="color"
            className={styles.swatch}
            value={appearance.fontColor || '#000000'}
            onChange={(e) => onChange({ ...appearance, fontColor: e.target.value.toUpperCase() })}
          />
          <label htmlFor={`${id}-font`}>{`${name} text colour`}</label>
        </span>
      </div>
    </fieldset>
  );
}
