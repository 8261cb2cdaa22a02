import { resolvePolarity } from '../../../src/core/scoring/polarity';
import { indicator } from './builder';

describe('resolvePolarity', () => {
  it.each([
    ['Smaller is Better', 'lower'],
    ['Bigger is Better', 'higher'],
    ['Bigger is better', 'higher'],
    ['Low value is good', 'lower'],
    ['High is good', 'higher'],
    ['Lower is better', 'lower'],
  ])('reads the field %p', (text, polarity) => {
    expect(resolvePolarity(indicator({ polarityText: text }))).toEqual({ polarity, source: 'field' });
  });

  it.each([
    ['Reduce the number of children missing from care', 'lower', 'Reduce'],
    ['Increase the number of adopters approved', 'higher', 'Increase'],
    ['Number of looked after children maintained at the current level', 'band', 'maintained at'],
    ['Contain the number of children in care', 'lower', 'Contain'],
    ['Keep the number of agency staff under 20', 'lower', 'keep under'],
  ])('infers from the name %p', (name, polarity, word) => {
    const r = resolvePolarity(indicator({ name }));
    expect(r.polarity).toBe(polarity);
    expect(r.source).toBe('inferred');
    expect(r.note).toContain(word);
  });

  it.each([
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
  ])('infers from an outcome word in %p', (name, polarity, word) => {
    const r = resolvePolarity(indicator({ name }));
    expect(r.polarity).toBe(polarity);
    expect(r.source).toBe('inferred');
    expect(r.note).toContain(word);
  });

  it('returns null with a note when nothing says', () => {
    // Whether more child protection plans is good or bad is a policy question, not a wording one.
    const r = resolvePolarity(indicator({ name: 'Number of children with a Child Protection Plan' }));
    expect(r.polarity).toBeNull();
    expect(r.source).toBe('unknown');
    expect(r.note).toMatch(/which way is good/);
  });

  it('prefers a rule override, then the field, then the name', () => {
    const src = indicator({ name: 'Reduce re-referrals', polarityText: 'Bigger is Better' });
    expect(resolvePolarity(src).polarity).toBe('higher');
    expect(resolvePolarity(src, { match: { name: 'Reduce re-referrals' }, polarity: 'lower' })).toMatchObject({
      polarity: 'lower',
      source: 'rule',
    });
  });

  it('falls back to the name when the field wording is unknown', () => {
    const r = resolvePolarity(indicator({ name: 'Reduce delays', polarityText: 'see notes' }));
    expect(r).toMatchObject({ polarity: 'lower', source: 'inferred' });
  });
});
