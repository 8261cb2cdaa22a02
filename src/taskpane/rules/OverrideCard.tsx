/** One per-indicator override: which indicator (code or name) and what to use instead of the defaults. */
import { Button, Field, Input, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import type { PolarityKind } from '../../core/model';
import type { IndicatorOverride } from '../../core/rules/types';
import { NumberField } from './NumberField';
import { ToleranceField } from './ToleranceField';
import { useFitStyles } from '../fit-styles';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'grid',
    gap: '6px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    // Fieldsets default to min-content width, which would widen the pane.
    minWidth: 0,
    margin: 0,
  },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '6px' },
});

interface Props {
  index: number;
  value: IndicatorOverride;
  onChange: (o: IndicatorOverride) => void;
  onRemove: () => void;
  error?: string;
  percentScale: number;
}

export function OverrideCard({ index, value, onChange, onRemove, error, percentScale }: Props) {
  const fit = useFitStyles();
  const styles = useStyles();
  const n = index + 1;
  const text = (s: string) => (s.trim() === '' ? undefined : s);
  return (
    <fieldset className={styles.card}>
      <legend>Override {n}</legend>
      <div className={styles.row}>
        <Field label="Indicator code" validationMessage={error}>
          <Input
            className={fit.fill}
            value={value.match.code ?? ''}
            onChange={(_, d) => onChange({ ...value, match: { ...value.match, code: text(d.value) } })}
          />
        </Field>
        <Field label="or name">
          <Input
            className={fit.fill}
            value={value.match.name ?? ''}
            onChange={(_, d) => onChange({ ...value, match: { ...value.match, name: text(d.value) } })}
          />
        </Field>
      </div>
      <Field label="Polarity">
        <Select
          value={value.polarity ?? ''}
          onChange={(_, d) => {
            const polarity = d.value === '' ? undefined : (d.value as PolarityKind);
            // A band polarity needs its band; other polarities must not carry a stale one.
            const band = polarity === 'band' ? (value.band ?? { low: 0, high: 0 }) : undefined;
            onChange({ ...value, polarity, band });
          }}
        >
          <option value="">As the sheet says</option>
          <option value="higher">Bigger is better</option>
          <option value="lower">Smaller is better</option>
          <option value="band">Keep within a band</option>
        </Select>
      </Field>
      {value.band ? (
        <div className={styles.row}>
          <NumberField
            label="Band from"
            value={value.band.low}
            onChange={(low) => onChange({ ...value, band: { low, high: value.band?.high ?? 0 } })}
          />
          <NumberField
            label="Band to"
            value={value.band.high}
            onChange={(high) => onChange({ ...value, band: { low: value.band?.low ?? 0, high } })}
          />
        </div>
      ) : null}
      <Switch
        checked={value.tolerance !== undefined}
        label="Own tolerance"
        onChange={(_, d) =>
          onChange({
            ...value,
            tolerance: d.checked ? { kind: 'percent-of-target', value: 5 / percentScale } : undefined,
          })
        }
      />
      {value.tolerance ? (
        <ToleranceField
          label="Tolerance"
          value={value.tolerance}
          percentScale={percentScale}
          onChange={(tolerance) => onChange({ ...value, tolerance })}
        />
      ) : null}
      <Switch
        checked={value.target !== undefined}
        label="Own target"
        onChange={(_, d) => onChange({ ...value, target: d.checked ? 0 : undefined })}
      />
      {value.target !== undefined ? (
        <NumberField label="Target" value={value.target} onChange={(target) => onChange({ ...value, target })} />
      ) : null}
      <Switch
        checked={value.percent === true}
        label="Values are percentages"
        onChange={(_, d) => onChange({ ...value, percent: d.checked ? true : undefined })}
      />
      <Button onClick={onRemove} aria-label={`Remove override ${n}`}>
        Remove
      </Button>
    </fieldset>
  );
}
