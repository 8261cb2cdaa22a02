/** Tick the columns (or rows) that hold one value per period, oldest to latest. */
import { Checkbox, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  group: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
  },
});

interface Props {
  options: { offset: number; label: string }[];
  value: number[];
  onChange: (offsets: number[]) => void;
  legend: string;
}

export function PeriodPicker({ options, value, onChange, legend }: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <Checkbox
          key={o.offset}
          label={o.label}
          checked={value.includes(o.offset)}
          onChange={(_, d) => onChange(d.checked ? [...value, o.offset] : value.filter((x) => x !== o.offset))}
        />
      ))}
    </fieldset>
  );
}
