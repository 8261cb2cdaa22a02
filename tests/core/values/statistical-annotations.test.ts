/**
 * Tables published under the Government Statistical Service's guidance annotate figures and
 * headers: "[note 3]", "[p]" provisional, "[r]" revised, footnote marks, and symbols standing in
 * for a figure ("[x]" not available, "[c]" confidential). The annotation qualifies the figure or
 * the header; it is not part of it (values/annotations.ts).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { readValue } from '../../../src/core/values/read';
import { withoutAnnotations } from '../../../src/core/values/annotations';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function read(text: string) {
  return readValue({ cell: { row: 0, col: 0 }, value: text, numberFormat: 'General', text });
}

describe('annotations on figures', () => {
  it.each([
    ['85.2 [p]', 85.2],
    ['1,305 [r]', 1305],
    ['12.5 [note 3]', 12.5],
    ['64% [e] [note 2]', 64],
    ['45*', 45],
    ['7.1†', 7.1],
  ])('reads %s as the figure %d', (text, value) => {
    const r = read(text);
    expect(r.kind).toBe('number');
    expect(r.kind === 'number' && r.reading.value).toBe(value);
  });

  it.each([
    ['[x]', 'not available'],
    ['[c]', 'confidentiality'],
    ['[z]', 'not applicable'],
  ])('says what %s stands for instead of a figure', (text, meaning) => {
    const r = read(text);
    expect(r.kind).toBe('not-number');
    expect(r.kind === 'not-number' && r.reason).toContain(meaning);
  });

  it('leaves text that is not an annotation as it is', () => {
    expect(withoutAnnotations('Rate per 1,000 [adults aged 16 and over]')).toBe(
      'Rate per 1,000 [adults aged 16 and over]',
    );
    expect(withoutAnnotations('[x]')).toBe('[x]');
    expect(withoutAnnotations('Target [note 1]')).toBe('Target');
  });
});

describe('a statistical table with annotated headers and figures', () => {
  function score(rows: CellInput[][]): Record<string, ScoredIndicator> {
    const result = scoreSheet(buildSnapshot(rows, { name: 'Table_1' }), defaultRules());
    return Object.fromEntries(result.indicators.map((i) => [i.source.name, i]));
  }

  it('reads the years, the target and the provisional figure', () => {
    const byName = score([
      ['Indicator [note 1]', '2021-22', '2022-23 [r]', '2023-24 [p]', 'Target 2023-24 [note 2]'],
      ['Percentage of household waste recycled', 41.2, '42.0 [r]', '44.5 [p]', 45],
      ['Number of rough sleepers [note 3]', 20, 18, '[x]', 15],
      ['Average days to re-let council homes', 38, 35, '31 [p]', 30],
    ]);
    const recycled = byName['Percentage of household waste recycled'];
    expect(recycled.actual).toMatchObject({ value: 44.5 });
    expect(recycled.actualPeriod?.label).toMatch(/2023-24/);
    expect(recycled.previous).toMatchObject({ value: 42 });
    expect(recycled.target).toMatchObject({ kind: 'value', value: { value: 45 } });
    expect(recycled.status).toBe('AMBER');
    const days = byName['Average days to re-let council homes'];
    expect(days.status).toBe('AMBER');
    expect(days.trend).not.toBeNull();
    const sleepers = byName['Number of rough sleepers'];
    expect(sleepers.status).toBe('NOT_SCORED');
    expect(sleepers.notes.join(' ')).toMatch(/statistical symbol for not available/);
  });
});
