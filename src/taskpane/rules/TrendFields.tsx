/** Direction of travel: scheme, its threshold, and what the latest value is compared with. */
import { Field, Select } from '@fluentui/react-components';
import type { TrendBase, TrendRules, TrendScheme } from '../../core/rules/types';
import { NumberField } from './NumberField';

interface Props {
  trend: TrendRules;
  onChange: (t: TrendRules) => void;
  errorFor: (field: string) => string | undefined;
}

export function TrendFields({ trend, onChange, errorFor }: Props) {
  return (
    <>
      <Field label="Trend scheme">
        <Select value={trend.scheme} onChange={(_, d) => onChange({ ...trend, scheme: d.value as TrendScheme })}>
          <option value="better3">Much better / Bit better / Not better</option>
          <option value="improving3">Improving / Stable / Worsening</option>
        </Select>
      </Field>
      {trend.scheme === 'better3' ? (
        <NumberField
          label="Much better from"
          hint="Relative improvement at or above this is Much better."
          suffix="%"
          scale={100}
          value={trend.muchBetterThreshold}
          error={errorFor('trend.muchBetterThreshold')}
          onChange={(n) => onChange({ ...trend, muchBetterThreshold: n })}
        />
      ) : (
        <NumberField
          label="Stable within"
          hint="A relative change within plus or minus this is Stable."
          suffix="%"
          scale={100}
          value={trend.stableBand}
          error={errorFor('trend.stableBand')}
          onChange={(n) => onChange({ ...trend, stableBand: n })}
        />
      )}
      <Field label="Compare with">
        <Select
          value={trend.compareWith}
          onChange={(_, d) => onChange({ ...trend, compareWith: d.value as TrendBase })}
        >
          <option value="previous">The previous period</option>
          <option value="same-period-last-year">The same period last year</option>
        </Select>
      </Field>
    </>
  );
}
