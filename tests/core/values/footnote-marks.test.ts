/**
 * Council reports mark figures with a footnote number in superscript ("89.5¹", "98.4 ³") and with a
 * provisional or revised letter typed straight after the figure ("7.9p", "8.4r", "1,305 p"). The mark
 * qualifies the figure; it is not part of it. Before: "mixes words and figures", NOT_SCORED.
 */
import { readValue } from '../../../src/core/values/read';
import { withoutAnnotations } from '../../../src/core/values/annotations';
import { scoreRows } from '../../helpers/score-by-name';

function read(text: string) {
  return readValue({ cell: { row: 0, col: 0 }, value: text, numberFormat: 'General', text });
}

describe('footnote marks on figures', () => {
  it.each([
    ['89.5¹', 89.5],
    ['98.4 ³', 98.4],
    ['1,305²⁵', 1305],
    ['64%¹', 64],
    ['7.9p', 7.9],
    ['8.4r', 8.4],
    ['1,305 p', 1305],
    ['12.0 r', 12],
  ])('reads %s as the figure %d', (text, value) => {
    const r = read(text);
    expect(r.kind).toBe('number');
    expect(r.kind === 'number' && r.reading.value).toBe(value);
  });

  it.each(['p', 'r', 'Apr', 'Q3r', '12 pr', '12.5 x'])('%s is still not a figure', (text) => {
    expect(read(text).kind).not.toBe('number');
  });

  it('a superscript mark on a header or a name is a footnote too', () => {
    expect(withoutAnnotations('Target 2023/24¹')).toBe('Target 2023/24');
  });

  it('a table of marked figures is rated', () => {
    const { by } = scoreRows([
      ['Indicator', 'Target', '2022/23', '2023/24', 'RAG'],
      ['% of FOI requests answered within 20 working days', 90, '88.0', '89.5¹', null],
      ['Average days to process change of circumstances', 8, '8.4r', '7.9p', null],
    ]);
    expect(by('% of FOI requests answered within 20 working days').status).toBe('AMBER');
    const days = by('Average days to process change of circumstances');
    expect(days.status).toBe('GREEN');
    expect(days.previous).toMatchObject({ value: 8.4 });
  });
});
