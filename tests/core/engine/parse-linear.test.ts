/**
 * Issue 12 item 2: parsing stays linear on hostile text. The reported inputs (ten 32,766-digit
 * cells took 79 s; 100 names of "keep keep ..." took 34 s) must finish and give sane answers; random
 * strings up to Excel's 32,767 characters through every text parser give sane answers. The time per
 * cell is a bench figure (npm run bench -- parse), not asserted here.
 */
import fc from 'fast-check';
import { keywordRole } from '../../../src/core/detect/headers';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { polarityFromField } from '../../../src/core/scoring/evidence/polarity-from-field';
import { polarityFromWording } from '../../../src/core/scoring/evidence/polarity-from-wording';
import { readValue } from '../../../src/core/values/read';
import { readTarget } from '../../../src/core/values/target';
import { EXCEL_MAX_CELL, hostileTexts } from '../../../scripts/bench/hostile-text';
import { hostileSheet } from '../../../scripts/bench/parse';
import { cell, indicator } from './builder';

describe('the reported hostile inputs', () => {
  it('scores a sheet of 32,766-digit targets and "keep keep ..." names, with reasons', () => {
    const result = scoreSheet(hostileSheet(), defaultRules());
    expect(result.indicators).toHaveLength(100);
    const [first, last] = [result.indicators[0], result.indicators[99]];
    // A 32,766-digit actual is not one number anyone typed: not scored, and the note says why.
    expect(first.status).toBe('NOT_SCORED');
    expect(first.notes[0]).toMatch(/too long to be one number/);
    // "keep" without "under"/"above" says nothing: bigger is better, assumed; 18 against 20 is Red.
    expect(last.polaritySource).toBe('assumed');
    expect(last.status).toBe('RED');
  });

  it.each(Object.entries(hostileTexts()))('%s: every parser answers', (_name, text) => {
    expect(text.length).toBeLessThanOrEqual(EXCEL_MAX_CELL);
    expect(readTarget(cell(text)).kind).toBe('not-number');
    expect(readValue(cell(text)).kind).toBe('not-number');
    expect(['higher', 'lower', 'band', undefined]).toContain(polarityFromWording(indicator({ name: text }))?.polarity);
    expect(polarityFromField(indicator({ polarityText: text }))).toBeNull();
    expect(keywordRole(text.toLowerCase())).toBeNull();
  });
});

/** Random text up to Excel's limit, built from pieces that stressed the old patterns. */
const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^\d{1,5000}$/),
  fc.constantFrom(
    'keep ',
    'under ',
    'at least ',
    'maintain ',
    '%',
    ',',
    '.',
    ' ',
    '-',
    'bigger ',
    'is ',
    '£',
    'k',
    '<= ',
  ),
  fc.nat({ max: 1000 }).map((n) => 'keep '.repeat(n)),
  fc.nat({ max: 1000 }).map((n) => ','.repeat(n)),
);
const hostileText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('').slice(0, EXCEL_MAX_CELL));

describe('random strings up to 32,767 characters', () => {
  it('give a target, blank or a reason, and finite numbers', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, percentUnit) => {
        const t = readTarget(cell(text), { percentUnit });
        if (t.kind === 'not-number') expect(t.reason.length).toBeLessThan(400);
        if (t.kind === 'target') {
          const values = t.target.kind === 'value' ? [t.target.value] : [t.target.low, t.target.high];
          for (const v of values) expect(Number.isFinite(v.value)).toBe(true);
        }
        const v = readValue(cell(text));
        if (v.kind === 'number') expect(Number.isFinite(v.reading.value)).toBe(true);
        if (v.kind === 'not-number') expect(v.reason.length).toBeLessThan(400);
      }),
      { numRuns: 300 },
    );
  });

  it('give a polarity or none from a name or a field, and a role or none from a header', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const w = polarityFromWording(indicator({ name: text }));
        if (w) expect(['higher', 'lower', 'band']).toContain(w.polarity);
        const f = polarityFromField(indicator({ polarityText: text }));
        if (f) expect(['higher', 'lower', 'band']).toContain(f.polarity);
        const role = keywordRole(text.toLowerCase());
        if (text.length > 80) expect(role).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
