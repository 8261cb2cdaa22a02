/**
 * The comparison rules (issue 15): whether a national average sets the status, how close counts as
 * "in line with" a comparator, and whether area ratings go into the sheet's own rating row.
 */
import { Field, Select, Switch } from '@fluentui/react-components';
import type { ComparisonScheme, Rules } from '../../core/rules/types';
import { comparisonRules } from '../../core/scoring/compare-text';
import { ToleranceField } from './ToleranceField';

const SCHEMES: { value: ComparisonScheme; text: string }[] = [
  { value: 'against-target', text: 'Against target' },
  { value: 'compare-with-national', text: 'Against national average' },
];

interface Props {
  rules: Rules;
  onChange: (rules: Rules) => void;
  errorFor: (field: string) => string | undefined;
  percentScale: number;
}

export function ComparisonFields({ rules, onChange, errorFor, percentScale }: Props) {
  const cmp = comparisonRules(rules);
  return (
    <>
      <Field
        label="Status set"
        hint="Comparisons are always shown. Against national average rates each indicator that has a national average by how it compares with it; the others keep their status against target."
        validationMessage={errorFor('comparison.scheme')}
      >
        <Select
          value={cmp.scheme}
          onChange={(_, d) => onChange({ ...rules, comparison: { ...cmp, scheme: d.value as ComparisonScheme } })}
        >
          {SCHEMES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.text}
            </option>
          ))}
        </Select>
      </Field>
      <ToleranceField
        label="In line with a comparator"
        value={cmp.inLine}
        percentScale={percentScale}
        error={errorFor('comparison.inLine')}
        onChange={(inLine) => onChange({ ...rules, comparison: { ...cmp, inLine } })}
      />
      <Switch
        checked={cmp.areaRatings === 'sheet-place'}
        label="Write area ratings in the sheet's own rating row"
        onChange={(_, d) =>
          onChange({ ...rules, comparison: { ...cmp, areaRatings: d.checked ? 'sheet-place' : 'describe' } })
        }
      />
    </>
  );
}
