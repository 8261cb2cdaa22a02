/** A tolerance: a percentage of the target, or an absolute amount in the indicator's unit. */
import { Field, makeStyles, Select } from '@fluentui/react-components';
import type { Tolerance } from '../../core/rules/types';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px', alignItems: 'start' },
});

interface Props {
  label: string;
  value: Tolerance;
  onChange: (t: Tolerance) => void;
  error?: string;
  /** How percent-of-target values are stored: 100 when 0.05 means 5%, 1 when 5 means 5%. */
  percentScale: number;
}

export function ToleranceField({ label, value, onChange, error, percentScale }: Props) {
  const styles = useStyles();
  const percent = value.kind === 'percent-of-target';
  return (
    <div className={styles.row}>
      <Field label={`${label}: kind`}>
        <Select
          value={value.kind}
          onChange={(_, d) =>
            onChange({ kind: d.value === 'absolute' ? 'absolute' : 'percent-of-target', value: value.value })
          }
        >
          <option value="percent-of-target">% of target</option>
          <option value="absolute">Absolute amount</option>
        </Select>
      </Field>
      <NumberField
        label={`${label}: amount`}
        value={value.value}
        scale={percent ? percentScale : 1}
        suffix={percent ? '%' : undefined}
        error={error}
        onChange={(n) => onChange({ kind: value.kind, value: n })}
      />
    </div>
  );
}
