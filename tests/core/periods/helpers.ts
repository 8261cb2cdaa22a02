import type { HeaderCell } from '../../../src/core/periods';

/** A header cell: text cells show their value; numbers show `text` (as Excel would display them). */
export function cell(value: HeaderCell['value'], numberFormat = 'General', text?: string): HeaderCell {
  return { value, numberFormat, text: text ?? (typeof value === 'string' ? value : '') };
}

export function textRow(...texts: string[]): HeaderCell[] {
  return texts.map((t) => cell(t));
}
