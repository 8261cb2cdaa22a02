/** Pick which column (or row) of the selected range holds one field; optional fields can be "None". */
import { Field, Select } from '@fluentui/react-components';

interface Props {
  label: string;
  value: number | null;
  options: { offset: number; label: string }[];
  onChange: (offset: number | null) => void;
  optional?: boolean;
  hint?: string;
}

export function OffsetSelect({ label, value, options, onChange, optional, hint }: Props) {
  return (
    <Field label={label} hint={hint} required={!optional}>
      <Select
        value={value === null ? '' : String(value)}
        onChange={(_, d) => onChange(d.value === '' ? null : Number(d.value))}
      >
        {optional || value === null ? <option value="">{optional ? 'None' : 'Choose…'}</option> : null}
        {options.map((o) => (
          <option key={o.offset} value={o.offset}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
