/**
 * A labelled number input that keeps what the user typed (so "1." or "" can be edited through)
 * and reports NaN while the text is not a number; the Rules view refuses to save NaN.
 * `scale` shows fractions as percentages (0.05 shown as 5).
 */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useFitStyles } from '../fit-styles';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  hint?: string;
  error?: string;
  scale?: number;
  suffix?: string;
}

function show(value: number, scale: number): string {
  return Number.isFinite(value) ? String(Math.round(value * scale * 1e9) / 1e9) : '';
}

export function NumberField({ label, value, onChange, hint, error, scale = 1, suffix }: Props) {
  const fit = useFitStyles();
  const [text, setText] = useState(show(value, scale));
  // Follow outside changes (preset picked, file imported) without fighting the user's typing.
  useEffect(() => {
    const typed = Number(text);
    if (text.trim() === '' || !Number.isFinite(typed) || typed / scale !== value) setText(show(value, scale));
  }, [value, scale]);
  const typed = text.trim() === '' ? NaN : Number(text);
  const localError = Number.isFinite(typed) ? undefined : 'Enter a number.';
  const message = localError ?? error;
  return (
    <Field label={label} hint={hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <Input
        className={fit.fill}
        inputMode="decimal"
        value={text}
        contentAfter={suffix}
        onChange={(_, d) => {
          setText(d.value);
          const n = d.value.trim() === '' ? NaN : Number(d.value);
          onChange(Number.isFinite(n) ? n / scale : NaN);
        }}
      />
    </Field>
  );
}
