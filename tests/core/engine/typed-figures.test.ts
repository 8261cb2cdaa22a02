/**
 * Issue 11, SCORING.md "Targets and figures as people type them": currency, k/m suffixes and units
 * are one number; bounds are a target that also says which way is good; what is not one number is
 * not scored, with the reason.
 */
import { readValue } from '../../../src/core/values/read';
import { readTarget } from '../../../src/core/values/target';
import { scoreIndicator } from '../../../src/core/scoring/score-indicator';
import { defaultRules } from '../../../src/core/rules/presets';
import { cell, simple } from './builder';

describe('figures as typed', () => {
  it.each([
    ['$18,099,732', 18099732, false],
    ['£125k', 125000, false],
    ['£1,305.50', 1305.5, false],
    ['8 days', 8, false],
    ['8 working days', 8, false],
    ['95 %', 95, true],
    ['1.2m', 1200000, false],
    ['€3.5 million', 3500000, false],
  ])('%p is %p', (text, value, percent) => {
    const r = readValue(cell(text));
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect(r.reading).toMatchObject({ value, percent });
  });

  it.each([
    ['80/85%', /two figures/],
    ['Two courses per quarter', /is text, not a number/],
    ['Varies', /is text, not a number/],
    ['£125k and rising', /mixes words and figures/],
  ])('%p is not one number: %p', (text, why) => {
    const r = readValue(cell(text));
    expect(r.kind).toBe('not-number');
    if (r.kind === 'not-number') expect(r.reason).toMatch(why);
  });
});

describe('bounds tell which way is good', () => {
  it.each([
    ['<= 3%', 3, 'lower'],
    ['< 20', 20, 'lower'],
    ['under 20', 20, 'lower'],
    ['keep this number under 20', 20, 'lower'],
    ['no more than £125k', 125000, 'lower'],
    ['20 or less', 20, 'lower'],
    ['at least 95%', 95, 'higher'],
    ['>= 90%', 90, 'higher'],
    ['95%+', 95, 'higher'],
    ['95% or more', 95, 'higher'],
    ['maintain at 12', 12, 'band'],
  ])('%p: %p, %s is better', (text, value, hint) => {
    const t = readTarget(cell(text));
    expect(t.kind).toBe('target');
    if (t.kind === 'target') {
      expect(t.polarityHint).toBe(hint);
      expect(t.target.kind === 'value' && t.target.value.value).toBe(value);
    }
  });

  it('a band: between 5% and 7%, 5-7%', () => {
    for (const text of ['between 5% and 7%', '5-7%', 'from 5% to 7%']) {
      const t = readTarget(cell(text));
      expect(t).toMatchObject({ kind: 'target', target: { kind: 'band', low: { value: 5 }, high: { value: 7 } } });
    }
  });

  it('scores against a typed bound, polarity from the target', () => {
    const { scored } = scoreIndicator(simple('£110k', 'no more than £125k', { name: 'Agency spend' }), defaultRules());
    expect(scored).toMatchObject({ status: 'GREEN', polarity: 'lower', polaritySource: 'target' });
    const words = scoreIndicator(simple(12, 'Two courses per quarter', { name: 'Training' }), defaultRules()).scored;
    expect(words.status).toBe('NO_TARGET');
    expect(words.notes[0]).toMatch(
      /cannot be read as a number: 'Two courses per quarter' is text, not a numeric target/,
    );
  });
});
