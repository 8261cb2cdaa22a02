/**
 * One colour of a look: a hex text box (checked as the user types) beside the native colour picker.
 * A colour is passed on only once it reads as #RRGGBB; until then the box says what it wants.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { isColour } from '../../core/rules/colour';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '4px', alignItems: 'center', minWidth: 0 },
  hex: { width: '100%', minWidth: 0 },
  swatch: { width: '32px', height: '28px', padding: 0, flexShrink: 0, border: '1px solid currentColor' },
});

interface Props {
  label: string;
  value: string;
  /** What an empty value shows in the picker (no fill = white, default text = black). */
  fallback: string;
  onChange: (hex: string) => void;
  /** The contrast message's id, so both controls are described by it. */
  describedBy?: string;
}

/** "#abc" and "abc123" as people type them, to "#AABBCC" / "#ABC123"; null while unfinished. */
export function readHex(text: string): string | null {
  const t = text.trim().replace(/^#?/, '#');
  const full = /^#[0-9a-f]{3}$/i.test(t) ? `#${[...t.slice(1)].map((c) => c + c).join('')}` : t;
  return isColour(full) ? full.toUpperCase() : null;
}

export function ColourField({ label, value, fallback, onChange, describedBy }: Props) {
  const styles = useStyles();
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A preset or the picker changed the colour: show it (but leave "#abc" as typed when it means the same).
  useEffect(() => setDraft((d) => (readHex(d) === value || (d.trim() === '' && value === '') ? d : value)), [value]);
  const unfinished = draft.trim() !== '' && readHex(draft) === null;
  return (
    <Field
      label={label}
      size="small"
      validationMessage={unfinished ? 'Enter a colour as #RRGGBB.' : undefined}
      validationState={unfinished ? 'error' : 'none'}
    >
      <div className={styles.row}>
        <Input
          id={`${id}-hex`}
          className={styles.hex}
          size="small"
          value={draft}
          placeholder={fallback}
          aria-describedby={describedBy}
          onChange={(_, d) => {
            setDraft(d.value);
            const hex = d.value.trim() === '' ? '' : readHex(d.value);
            if (hex !== null) onChange(hex);
          }}
        />
        <input
          type="color"
          className={styles.swatch}
          aria-label={`${label} picker`}
          aria-describedby={describedBy}
          value={value || fallback}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
      </div>
    </Field>
  );
}
