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

  it('returns null with a note when nothing says', () => {
    const r = resolvePolarity(indicator({ name: '% unallocated cases' }));
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
