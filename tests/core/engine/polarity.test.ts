import { polarityFromBaseline } from '../../../src/core/scoring/evidence/polarity-from-baseline';
import { polarityFromField } from '../../../src/core/scoring/evidence/polarity-from-field';
import { polarityFromRatings } from '../../../src/core/scoring/evidence/polarity-from-ratings';
import { polarityFromTarget } from '../../../src/core/scoring/evidence/polarity-from-target';
import { polarityFromWording } from '../../../src/core/scoring/evidence/polarity-from-wording';
import { resolvePolarity } from '../../../src/core/scoring/evidence/resolve-polarity';
import type { IndicatorSource, Reading } from '../../../src/core/model';
import { cell, indicator } from './builder';

const r = (value: number): Reading => ({ value, percent: false, decimals: 0, grouping: false });

/** The whole chain for a source with no target, as scoring runs it. */
function chain(src: IndicatorSource) {
  return resolvePolarity([polarityFromField(src), null, null, polarityFromWording(src), null]);
}

describe('polarity from the field', () => {
  it.each([
    ['Smaller is Better', 'lower'],
    ['Bigger is Better', 'higher'],
    ['Bigger is better', 'higher'],
    ['Low value is good', 'lower'],
    ['High is good', 'higher'],
    ['Lower is better', 'lower'],
  ])('reads the field %p', (text, polarity) => {
    expect(chain(indicator({ polarityText: text }))).toMatchObject({ polarity, source: 'field' });
  });
});

describe('polarity from the wording', () => {
  it.each([
    ['Reduce the number of children missing from care', 'lower', 'Reduce'],
    ['Increase the number of adopters approved', 'higher', 'Increase'],
    ['Number of looked after children maintained at the current level', 'band', 'maintained at'],
    ['Contain the number of children in care', 'lower', 'Contain'],
    ['Keep the number of agency staff under 20', 'lower', 'keep under'],
    // Seed 001 and seed 004 names: the outcome word says which way is good.
    ['% Re-referrals (Monthly)', 'lower', 're-referrals'],
    ['Number of unallocated cases (open >7 days)', 'lower', 'unallocated'],
    ['Family assessments completed in timescale (45 working days incl. S47)', 'higher', 'in timescale'],
    ['% Of visits taking place within timescale Child Protection (28 days)', 'higher', 'in timescale'],
    ['% Children seen at Assessment (S17 and S47)', 'higher', 'seen'],
    ['Number of complaints (Year to date)', 'lower', 'complaints'],
    ['Number of compliments (Year to date)', 'higher', 'compliments'],
    ['% Of Sickness Rates (Absence Rate of rolling 12 months)', 'lower', 'sickness'],
    ['No. of Leavers', 'lower', 'leavers'],
    ['NI147 Care leavers in suitable accommodation', 'higher', 'suitable accommodation'],
    ['Placement Stability', 'higher', 'stability'],
    // SCORING.md's domain words both ways.
    ['Number of bin collections missed per 100,000', 'lower', 'missed'],
    ['Average time taken to process new benefit claims', 'lower', 'time taken'],
    ['Working days lost due to sickness per FTE', 'lower', 'days lost'],
    ['% of calls answered', 'higher', 'answered'],
    ['Council tax accuracy', 'higher', 'accuracy'],
    ['Website uptime', 'higher', 'uptime'],
    // A measure that is a reduction is bigger-is-better.
    ['% reduction in antisocial behaviour', 'higher', '% reduction'],
    ['Percentage reduction in fly-tipping incidents', 'higher', '% reduction'],
  ])('%p: %s from %p', (name, polarity, word) => {
    const res = chain(indicator({ name }));
    expect(res.polarity).toBe(polarity);
    expect(res.source).toBe('wording');
    expect(res.note).toContain(word);
  });
});

describe('the rest of the chain', () => {
  it('assumes bigger is better when nothing says, and says so', () => {
    // Whether more child protection plans is good or bad is a policy question, not a wording one.
    const res = chain(indicator({ name: 'Number of children with a Child Protection Plan' }));
    expect(res).toMatchObject({ polarity: 'higher', source: 'assumed' });
    expect(res.note).toMatch(/assumed: bigger is better/);
    expect(res.note).toMatch(/Flip it in the pane/);
  });

  it('reads the target wording and band', () => {
    expect(polarityFromTarget(null, 'lower', 'under 20')).toMatchObject({ kind: 'target', polarity: 'lower' });
    expect(polarityFromTarget({ kind: 'band', low: r(5), high: r(7) }, undefined, undefined)).toMatchObject({
      polarity: 'band',
    });
    expect(polarityFromTarget({ kind: 'value', value: r(5) }, undefined, undefined)).toBeNull();
  });

  it('reads the baseline-to-target direction', () => {
    expect(polarityFromBaseline(r(80), { kind: 'value', value: r(90) })).toMatchObject({
      polarity: 'higher',
      kind: 'baseline',
    });
    expect(polarityFromBaseline(r(12), { kind: 'value', value: r(10) })).toMatchObject({ polarity: 'lower' });
    expect(polarityFromBaseline(r(10), { kind: 'value', value: r(10) })).toBeNull();
  });

  it('reads the direction that explains the author’s rating', () => {
    const t = { kind: 'value' as const, value: r(10) };
    expect(polarityFromRatings(cell('GREEN'), r(12), t)).toMatchObject({ polarity: 'higher', kind: 'ratings' });
    expect(polarityFromRatings(cell('Red'), r(12), t)).toMatchObject({ polarity: 'lower' });
    expect(polarityFromRatings(cell('Below target'), r(8), t)).toMatchObject({ polarity: 'higher' });
    expect(polarityFromRatings(cell('Amber'), r(8), t)).toBeNull();
    expect(polarityFromRatings(cell('see note'), r(8), t)).toBeNull();
  });

  it('prefers a rule override, then the field, then the wording, and names a conflict', () => {
    const src = indicator({ name: 'Reduce re-referrals', polarityText: 'Bigger is Better' });
    const res = chain(src);
    expect(res).toMatchObject({ polarity: 'higher', source: 'field' });
    expect(res.conflict).toMatch(/polarity field 'Bigger is Better'.*but smaller is better, from 'Reduce'/);
    expect(
      resolvePolarity([polarityFromField(src)], { match: { name: 'Reduce re-referrals' }, polarity: 'lower' }),
    ).toMatchObject({ polarity: 'lower', source: 'rule' });
  });

  it('falls back to the wording when the field wording is unknown', () => {
    expect(chain(indicator({ name: 'Reduce delays', polarityText: 'see notes' }))).toMatchObject({
      polarity: 'lower',
      source: 'wording',
    });
  });
});
