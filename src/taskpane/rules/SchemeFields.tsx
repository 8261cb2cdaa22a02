/** Preset, status scheme, default tolerance, symbols and quarter folding. */
import { Field, Select, Switch } from '@fluentui/react-components';
import type { QuarterFold, Rules, StatusScheme } from '../../core/rules/types';
import { ComparisonFields } from './ComparisonFields';
import { ToleranceField } from './ToleranceField';

const SCHEMES: { value: StatusScheme; text: string }[] = [
  { value: 'rag', text: 'Red / Amber / Green' },
  { value: 'brag', text: 'Blue / Red / Amber / Green' },
  { value: 'tolerance-on-track', text: 'Tolerance either side of target' },
  { value: 'amber-if-improving', text: 'Amber if improving on last year' },
];

const FOLDS: { value: QuarterFold; text: string }[] = [
  { value: 'last', text: 'Last month of the quarter' },
  { value: 'sum', text: 'Sum of the months' },
  { value: 'mean', text: 'Average of the months' },
];

interface Props {
  rules: Rules;
  presetNames: readonly string[];
  presetTitle: (name: string) => string;
  onPreset: (name: string) => void;
  onChange: (rules: Rules) => void;
  errorFor: (field: string) => string | undefined;
  percentScale: number;
}

export function SchemeFields({ rules, presetNames, presetTitle, onPreset, onChange, errorFor, percentScale }: Props) {
  const presets = presetNames.includes(rules.preset) ? presetNames : [...presetNames, rules.preset];
  return (
    <>
      <Field label="Start from preset" hint="Replaces the rules below with the preset's.">
        <Select value={rules.preset} onChange={(_, d) => onPreset(d.value)}>
          {presets.map((p) => (
            <option key={p} value={p}>
              {presetTitle(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status scheme" validationMessage={errorFor('scheme')}>
        <Select value={rules.scheme} onChange={(_, d) => onChange({ ...rules, scheme: d.value as StatusScheme })}>
          {SCHEMES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.text}
            </option>
          ))}
        </Select>
      </Field>
      <ToleranceField
        label="Default tolerance"
        value={rules.tolerance}
        percentScale={percentScale}
        error={errorFor('tolerance')}
        onChange={(tolerance) => onChange({ ...rules, tolerance })}
      />
      {rules.scheme === 'brag' ? (
        <ToleranceField
          label="Exceeding margin (Blue)"
          value={rules.exceedMargin}
          percentScale={percentScale}
          error={errorFor('exceedMargin')}
          onChange={(exceedMargin) => onChange({ ...rules, exceedMargin })}
        />
      ) : null}
      <Switch
        checked={rules.showSymbols}
        label="Write the symbol beside the status word"
        onChange={(_, d) => onChange({ ...rules, showSymbols: d.checked })}
      />
      <Field label="Quarter from monthly values">
        <Select
          value={rules.quarterFold}
          onChange={(_, d) => onChange({ ...rules, quarterFold: d.value as QuarterFold })}
        >
          {FOLDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.text}
            </option>
          ))}
        </Select>
      </Field>
      <ComparisonFields rules={rules} onChange={onChange} errorFor={errorFor} percentScale={percentScale} />
    </>
  );
}
