/**
 * Issue 11: "assumed" is visible. An indicator rated on an assumed polarity says so in its note, in
 * the command line report and in the JSON (polaritySource); the board summary leaves it to the officer (issue 24).
 */
import { sheetReport } from '../../../src/cli/text-report';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSummary } from '../../../src/core/summary/build';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const rules = defaultRules();
const result = scoreSheet(
  buildSnapshot([
    ['Measure', 'Target', 'Actual', 'RAG'],
    ['Number of children with a child protection plan', 300, 320, ''],
    ['Number of complaints', 30, 25, ''],
  ]),
  rules,
);

describe('assumed polarity is visible', () => {
  it('in the note and polaritySource of the indicator it applies to, and only that one', () => {
    const [cpp, complaints] = result.indicators;
    expect(cpp.polaritySource).toBe('assumed');
    expect(cpp.status).toBe('GREEN');
    expect(cpp.notes.join(' ')).toMatch(/Polarity assumed: bigger is better/);
    expect(complaints.polaritySource).toBe('wording');
    expect(complaints.notes.join(' ')).toMatch(/smaller is better, from 'complaints' in the name/);
  });

  it('in the command line report', () => {
    const lines = sheetReport(result, true);
    const at = lines.findIndex((l) => l.startsWith('  Note: '));
    expect(at).toBeGreaterThan(0);
    // The note is wrapped at the report's width; read it back as one sentence.
    const note = lines
      .slice(at)
      .filter((l, i) => i === 0 || l.startsWith('    '))
      .map((l) => l.trim())
      .join(' ');
    expect(note).toMatch(
      /^Note: Bigger is better was assumed for 1 indicator, .*: Number of children with a child protection plan\. If smaller is better, flip it/,
    );
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('not on the board summary: it is a note for the officer (issue 24), and the line loses "(bigger is better)"', () => {
    const plan = buildSummary(result, rules, new Date('2024-01-01T00:00:00Z'));
    const text = plan.cells.map((c) => String(c.value)).join('\n');
    expect(text).not.toMatch(/assumed/i);
    expect(text).not.toMatch(/\bpane\b|\bflip/i);
    expect(plan.narrative.join('\n')).toContain('20 above the target of 300');
  });
});
