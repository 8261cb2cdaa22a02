/** The list of per-indicator overrides, with add and remove. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { IndicatorOverride } from '../../core/rules/types';
import { OverrideCard } from './OverrideCard';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '8px', gridTemplateColumns: 'minmax(0, 1fr)' },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  overrides: IndicatorOverride[];
  onChange: (o: IndicatorOverride[]) => void;
  errorFor: (field: string) => string | undefined;
  percentScale: number;
}

export function OverridesEditor({ overrides, onChange, errorFor, percentScale }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {overrides.length === 0 ? <Text className={styles.muted}>No per-indicator overrides.</Text> : null}
      {overrides.map((o, i) => (
        <OverrideCard
          key={i}
          index={i}
          value={o}
          percentScale={percentScale}
          error={errorFor(`overrides[${i}]`) ?? errorFor(`overrides.${i}`)}
          onChange={(next) => onChange(overrides.map((x, j) => (j === i ? next : x)))}
          onRemove={() => onChange(overrides.filter((_, j) => j !== i))}
        />
      ))}
      <Button onClick={() => onChange([...overrides, { match: {} }])}>Add override</Button>
    </div>
  );
}
