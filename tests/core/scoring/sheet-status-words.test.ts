/**
 * Status cells in the sheet's own words, read from its status column: Green / Yellow / Red (yellow
 * is amber), On-target / Off-target / No Target Set, Met / Not met (no amber word: ours is used),
 * letter codes; and status columns headed "Target status", "status_color", "Success", "Rating".
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

/** Measure | Target | Actual | <status header>: green, amber, red and (where given) unrated rows. */
function scored(header: string, words: string[]) {
  const rows: (string | number | null)[][] = [
    ['Measure', 'Target', 'Actual', header],
    ['% of calls answered', 90, 95, words[0] ?? null],
    ['% of enquiries answered in time', 90, 88, words[1] ?? null],
    ['% of staff trained', 80, 60, words[2] ?? null],
    ['% of forms online', null, 50, words[3] ?? null],
  ];
  const res = scoreSheet(buildSnapshot(rows), defaultRules());
  const text = (row: number): string | undefined =>
    res.plan.writes.find((w) => w.role === 'status' && w.cell.row === row)?.text;
  return { res, text };
}

describe("the status column's own words", () => {
  it('Green / Yellow / Red: yellow is amber, and colour words are written bare', () => {
    const { res, text } = scored('Status', ['Red', 'Green', 'Yellow']);
    expect(res.indicators.map((i) => i.status).slice(0, 3)).toEqual(['GREEN', 'AMBER', 'RED']);
    expect([text(1), text(2), text(3)]).toEqual(['Green', 'Yellow', 'Red']);
  });

  it('Achieved / Partially achieved / Not achieved: partially achieved is amber', () => {
    const { res, text } = scored('Target achieved?', ['Not achieved', 'Partially achieved', 'Achieved']);
    expect(res.indicators.map((i) => i.statusLabel).slice(0, 3)).toEqual([
      'Achieved',
      'Partially achieved',
      'Not achieved',
    ]);
    expect(text(2)).toMatch(/Partially achieved$/);
  });

  it('letter codes come back as letters', () => {
    const { text } = scored('RAG', ['R', 'G', 'A']);
    expect([text(1), text(2), text(3)]).toEqual(['G', 'A', 'R']);
  });

  it('On-target / Off-target / No Target Set', () => {
    const { res, text } = scored('Target status', ['Off-target', 'On-target', 'Off-target', 'No Target Set']);
    expect(res.indicators[0].statusLabel).toBe('On-target');
    expect(res.indicators[2].statusLabel).toBe('Off-target');
    expect(res.indicators[3]).toMatchObject({ status: 'NO_TARGET', statusLabel: 'No Target Set' });
    // The author's "No Target Set" is left as it is, and a warning says so (SCORING.md).
    expect(text(4)).toBeUndefined();
    expect(res.warnings.map((w) => w.message).join('\n')).toMatch(/author's rating 'No Target Set'/);
  });

  it("Met / Not met: a two-word key has no amber, so amber is written in Scorelight's word", () => {
    const { res } = scored('Success', ['Met', 'Not met', 'Not met']);
    expect(res.indicators.map((i) => i.statusLabel).slice(0, 3)).toEqual(['Met', 'Amber', 'Not met']);
  });

  it('success / failure / not_avail, as a status_color column writes them', () => {
    const { res } = scored('status_color', ['failure', 'success', 'failure']);
    expect(res.indicators.map((i) => i.statusLabel).slice(0, 3)).toEqual(['success', 'Amber', 'failure']);
  });

  it.each(['Target status', 'status_color', 'Success', 'Rating', 'Status colour'])(
    '%p is a status column',
    (header) => {
      const { res } = scored(header, ['G', 'G', 'G']);
      expect(res.indicators[0].source.statusCell).toEqual({ row: 1, col: 3 });
    },
  );
});
