/**
 * Readers of table language seen in public workbooks (round 3), each proven on an invented table:
 * a "Status" or "Progress" column of figures beside a target is the actual, OKR key results that
 * carry their target in words, period groups each with their own Actual / Status, the author's
 * above / below target words on smaller-is-better rows, and cost acronyms in indicator names.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Board' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

describe('a "Status" or "Progress" column of figures beside a target', () => {
  it('reads the figures under "Status" as the actual, and says which reading it chose', () => {
    const { byName, warnings } = score([
      ['Metric', 'Target', 'Status'],
      ['Revenue', '$1.5M', '$1.2M'],
      ['Calls answered', '95%', '91%'],
      ['Schools visited', 20, '12 of 20'],
      ['New members', 400, 420],
    ]);
    expect(byName['Revenue'].actual).toMatchObject({ value: 1_200_000 });
    // 1.2M against 1.5M: 20% short, RED.
    expect(byName['Revenue'].status).toBe('RED');
    // 91% against 95%: 4 points short, within 5% of 95 (4.75): AMBER.
    expect(byName['Calls answered'].status).toBe('AMBER');
    expect(byName['New members'].status).toBe('GREEN');
    // "12 of 20" is a figure reached, but not one number: not scored, and the note says why.
    expect(byName['Schools visited'].status).toBe('NOT_SCORED');
    expect(byName['Schools visited'].notes.join(' ')).toMatch(/12 of 20/);
    expect(warnings.join(' ')).toMatch(/"Status" holds figures beside the target: the actual, not a rating/);
  });

  it.each(['Progress', 'Current progress', 'Current', 'Current status'])(
    'reads a "%s" column of figures as the actual',
    (head) => {
      const { byName } = score([
        ['Key measure', 'Goal', head],
        ['Volunteers recruited', 150, 160],
        ['Average days to relet', 30, 41],
        ['Rent collected', '98%', '97.5%'],
      ]);
      expect(byName['Volunteers recruited'].status).toBe('GREEN');
      expect(byName['Average days to relet'].polarity).toBe('lower');
      expect(byName['Average days to relet'].status).toBe('RED');
      expect(byName['Rent collected'].status).toBe('AMBER');
    },
  );

  it('keeps a "Status" column of ratings as the status, and figures under "Status" beside an actual are not the actual', () => {
    const ratings = score([
      ['Metric', 'Target', 'Actual', 'Status'],
      ['Calls answered', 95, 97, 'Green'],
      ['Invoices paid on time', 90, 70, 'Red'],
      ['Library visits', 200, 195, 'Amber'],
    ]);
    expect(ratings.byName['Calls answered'].actual).toMatchObject({ value: 97 });
    expect(ratings.byName['Invoices paid on time'].status).toBe('RED');
    expect(ratings.byName['Invoices paid on time'].source.statusWords).toBeDefined();

    const both = score([
      ['Metric', 'Target', 'Actual', 'Status'],
      ['Calls answered', 95, 97, 3],
      ['Invoices paid on time', 90, 70, 1],
      ['Library visits', 200, 195, 2],
    ]);
    expect(both.byName['Calls answered'].actual).toMatchObject({ value: 97 });
    expect(both.byName['Invoices paid on time'].actual).toMatchObject({ value: 70 });
    expect(both.byName['Invoices paid on time'].status).toBe('RED');
  });
});

describe('cost and revenue acronyms in indicator names', () => {
  it('reads acquisition costs, churn, burn and debtor days as smaller is better', () => {
    const { byName } = score([
      ['KPI', 'Target', 'Actual'],
      ['Blended CAC', '£250', '£230'],
      ['CPA (paid search)', 40, 46],
      ['CPL', 12, 11],
      ['CPC', 1.2, 1.5],
      ['Monthly logo churn', '2%', '2.5%'],
      ['Revenue churn', '1%', '0.8%'],
      ['Net burn rate', '£80k', '£95k'],
      ['DSO', 45, 52],
      ['Days sales outstanding', 45, 40],
    ]);
    for (const name of Object.keys(byName)) expect([name, byName[name].polarity]).toEqual([name, 'lower']);
    expect(byName['Blended CAC'].status).toBe('GREEN');
    expect(byName['CPA (paid search)'].status).toBe('RED');
    expect(byName['CPL'].status).toBe('GREEN');
    expect(byName['Revenue churn'].status).toBe('GREEN');
    expect(byName['Net burn rate'].status).toBe('RED');
    expect(byName['Days sales outstanding'].status).toBe('GREEN');
    // The direction comes from the wording and the note says which words.
    expect(byName['DSO'].notes.join(' ')).toMatch(/'dso' in the name/);
  });

  it('reads customer value, retention, promoter scores, recurring revenue and ad returns as bigger is better', () => {
    const { byName } = score([
      ['KPI', 'Target', 'Actual'],
      ['LTV', '£1,200', '£1,100'],
      ['LTV:CAC ratio', 3, 3.4],
      ['NRR', '110%', '104%'],
      ['NPS', 45, 52],
      ['ARR', '$2.4M', '$2.5M'],
      ['New MRR', '$50k', '$41k'],
      ['ROAS', 4, 3.9],
      ['Return on ad spend', 4, 4.2],
    ]);
    for (const name of Object.keys(byName)) {
      expect([name, byName[name].polarity]).toEqual([name, 'higher']);
      expect([name, byName[name].polaritySource]).toEqual([name, 'wording']);
    }
    expect(byName['LTV'].status).toBe('RED');
    expect(byName['NPS'].status).toBe('GREEN');
    expect(byName['New MRR'].status).toBe('RED');
    expect(byName['ROAS'].status).toBe('AMBER');
  });

  it('keeps the Care Programme Approach of mental health services out of cost per acquisition', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Adults on CPA in paid employment (%)', '8%', '6%'],
      ['CPA patients followed up within 7 days', '95%', '97%'],
    ]);
    expect(byName['Adults on CPA in paid employment (%)'].polarity).toBe('higher');
    expect(byName['CPA patients followed up within 7 days'].polarity).toBe('higher');
  });
});

describe("the author's Above target / Below target on smaller-is-better rows", () => {
  it('computes the status by direction, and does not read a word that names where the figure stands as a direction', () => {
    // The author wrote where each figure stands against its target: 10 days is above a target of 8.
    const { byName, warnings } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Average days lost to sickness', 8, 10, 'Above target'],
      ['Calls answered %', 95, 97, 'Above target'],
      ['Rent arrears (£k)', 500, 450, 'Below target'],
      ['Missed bin collections', 30, 35, 'Above target'],
      ['Library loans', 2000, 1500, 'Below target'],
    ]);
    expect(byName['Average days lost to sickness'].status).toBe('RED');
    expect(byName['Rent arrears (£k)'].status).toBe('GREEN');
    expect(byName['Missed bin collections'].status).toBe('RED');
    expect(byName['Calls answered %'].status).toBe('GREEN');
    // No "the evidence disagrees" on rows where the word only says which side of the target the figure is.
    for (const name of ['Average days lost to sickness', 'Rent arrears (£k)', 'Missed bin collections'])
      expect([name, byName[name].polarityConflict]).toEqual([name, undefined]);
    expect(warnings.join(' ')).not.toMatch(/disagrees/);
    // Where nothing stronger speaks, the word is the author's rating (SCORING.md evidence 5), as before.
    expect(byName['Library loans'].polaritySource).toBe('ratings');
    expect(byName['Rent arrears (£k)'].varianceText).toMatch(/50 below the target of 500 \(smaller is better\)/);
  });

  it('reads "Above target" as the rating where it goes against the figure (seed 001 key: above target is green)', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Re-referrals within 12 months', 25, 20, 'Above target'],
      ['Unallocated cases', 20, 26, 'Below target'],
      ['Assessments in timescale', 82, 88, 'Above target'],
    ]);
    // Only smaller is better explains "Above target" for 20 against 25: the rating is evidence, and agrees.
    expect(byName['Re-referrals within 12 months'].polarity).toBe('lower');
    expect(byName['Re-referrals within 12 months'].polarityConflict).toBeUndefined();
    expect(byName['Re-referrals within 12 months'].status).toBe('GREEN');
    expect(byName['Re-referrals within 12 months'].statusLabel).toContain('Above target');
    expect(byName['Unallocated cases'].polarity).toBe('lower');
    expect(byName['Unallocated cases'].status).toBe('RED');
    expect(byName['Unallocated cases'].statusLabel).toContain('Below target');
  });
});

describe('a Status (and Variance) column in each period group', () => {
  const cellOf = (ind: ScoredIndicator | undefined): string =>
    ind?.source.statusCell ? `${ind.source.statusCell.row}:${ind.source.statusCell.col}` : '';

  it('reads and writes the current period\'s status under "Q1 | Q2 | Q3" banners, not the first period\'s', () => {
    const { byName, warnings } = score([
      ['', '', 'Q1', '', '', 'Q2', '', '', 'Q3', '', ''],
      [
        'Indicator',
        'Target',
        'Actual',
        'Variance',
        'Status',
        'Actual',
        'Variance',
        'Status',
        'Actual',
        'Variance',
        'Status',
      ],
      ['Calls answered %', 95, 90, -5, 'Red', 96, 1, 'Green', '', '', ''],
      ['Average days to relet', 30, 35, 5, 'Red', 28, -2, 'Green', '', '', ''],
      ['Library visits', 2000, 1800, -200, 'Red', 1950, -50, 'Amber', '', '', ''],
    ]);
    const calls = byName['Calls answered %'];
    // Q2 is the latest period with a figure: its Actual (column F) and its Status (column H).
    expect(calls.actual).toMatchObject({ value: 96 });
    expect(cellOf(calls)).toBe('2:7');
    expect(calls.source.rating?.value).toBe('Green');
    // Q1's "Red" rated 90, not 96: it is no evidence against bigger is better any more.
    expect(calls.polarityConflict).toBeUndefined();
    expect(byName['Average days to relet'].polarityConflict).toBeUndefined();
    expect(warnings.join(' ')).not.toMatch(/disagrees/);
    expect(byName['Library visits'].status).toBe('AMBER');
    expect(byName['Library visits'].statusLabel).toContain('Amber');
    // The author's Variance figures are theirs in every period: ours goes in a column beside the table.
    expect(calls.source.varianceCell?.col).toBeGreaterThan(10);
  });

  it("writes into the current period's blank Status in the author's words, where the next period is empty", () => {
    const { byName } = score([
      ['', 'Q1', '', '', 'Q2', '', '', 'Q3', '', '', 'Q4', '', ''],
      [
        'Indicator',
        'Target',
        'Actual',
        'Status',
        'Target',
        'Actual',
        'Status',
        'Target',
        'Actual',
        'Status',
        'Target',
        'Actual',
        'Status',
      ],
      ['Calls answered %', 95, 90, 'Off track', 95, 96, 'On track', 95, 93, '', 95, '', ''],
      ['Average days to relet', 30, 35, 'Off track', 30, 28, 'On track', 30, 33, '', 30, '', ''],
      ['Library visits', 2000, 1800, 'Off track', 2000, 1950, 'At risk', 2100, 2150, '', 2200, '', ''],
    ]);
    const visits = byName['Library visits'];
    // Q3 is current: its target (2,100), its actual (2,150) and its Status cell (column J).
    expect(visits.target).toMatchObject({ kind: 'value', value: { value: 2100 } });
    expect(visits.actual).toMatchObject({ value: 2150 });
    expect(cellOf(visits)).toBe('4:9');
    expect(visits.source.rating).toBeUndefined();
    expect(visits.status).toBe('GREEN');
    expect(visits.statusLabel).toContain('On track');
    expect(byName['Average days to relet'].status).toBe('RED');
    expect(byName['Average days to relet'].statusLabel).toContain('Off track');
  });

  it('reads one-row headers "Q1 Actual | Q1 RAG | Q2 Actual | Q2 RAG" the same way', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Q1 Actual', 'Q1 RAG', 'Q2 Actual', 'Q2 RAG', 'Q3 Actual', 'Q3 RAG'],
      ['Rent collected %', 98, 96, 'A', 98.5, 'G', '', ''],
      ['Missed bin collections', 30, 41, 'R', 25, 'G', '', ''],
    ]);
    const rent = byName['Rent collected %'];
    expect(rent.actual).toMatchObject({ value: 98.5 });
    expect(cellOf(rent)).toBe('1:5');
    expect(rent.source.rating?.value).toBe('G');
    expect(byName['Missed bin collections'].status).toBe('GREEN');
    expect(byName['Missed bin collections'].statusLabel).toBe('G');
  });

  it('keeps a single Status column where the groups have none of their own', () => {
    const { byName } = score([
      ['', '', 'Q1', 'Q2', 'Q3', ''],
      ['Indicator', 'Target', 'Actual', 'Actual', 'Actual', 'Status'],
      ['Calls answered %', 95, 90, 96, '', 'Green'],
    ]);
    expect(cellOf(byName['Calls answered %'])).toBe('2:5');
    expect(byName['Calls answered %'].actual).toMatchObject({ value: 96 });
  });
});

describe('OKR sheets: the target stated in the key result', () => {
  it('reads one clear figure and its direction from each key result, and says so in the note', () => {
    const { byName } = score([
      ['Objective', 'Key Result', 'Owner', 'Current', 'Confidence'],
      ['Delight our customers', 'Increase NPS from 30 to 45', 'Ana', 41, 'Medium'],
      ['', 'Reduce churn to below 5%', 'Ben', '6.2%', 'Low'],
      ['Grow revenue', 'Grow MRR to $50k', 'Cy', '$46k', 'High'],
      ['Reliable platform', 'Achieve 95% uptime', 'Di', '97%', 'High'],
      ['', 'Launch the new onboarding flow', 'Ed', 'Done', 'High'],
      ['', 'Hire 3 to 5 engineers in Q3', 'Fe', 4, 'Medium'],
      ['', 'Publish 12 case studies', 'Gu', 9, 'Medium'],
    ]);
    const nps = byName['Increase NPS from 30 to 45'];
    expect(nps.target).toMatchObject({ kind: 'value', value: { value: 45 } });
    // From 30 to 45: the target above its baseline says bigger is better (SCORING.md evidence 3).
    expect(nps.polarity).toBe('higher');
    expect(nps.polaritySource).toBe('baseline');
    // 41 against 45: 4 short, beyond 5% of 45 (2.25): RED; better than the baseline 30.
    expect(nps.status).toBe('RED');
    expect(nps.trend).toBe('MUCH_BETTER');
    expect(nps.notes.join(' ')).toMatch(
      /Target read from the key result text 'Increase NPS from 30 to 45': 45, from a baseline of 30/,
    );

    const churn = byName['Reduce churn to below 5%'];
    expect(churn.target).toMatchObject({ kind: 'value', value: { value: 5, percent: true } });
    expect(churn.polarity).toBe('lower');
    expect(churn.status).toBe('RED');
    expect(byName['Grow MRR to $50k'].target).toMatchObject({ kind: 'value', value: { value: 50_000 } });
    expect(byName['Grow MRR to $50k'].status).toBe('RED');
    expect(byName['Achieve 95% uptime'].status).toBe('GREEN');

    // No figure, several figures, or a figure with no direction: no target, and the note says why.
    const launch = byName['Launch the new onboarding flow'];
    expect(launch.target).toBeNull();
    expect(launch.notes.join(' ')).toMatch(/names no figure to reach/);
    const hire = byName['Hire 3 to 5 engineers in Q3'];
    expect(hire.status).toBe('NO_TARGET');
    expect(hire.notes.join(' ')).toMatch(/names several figures \(3, 5\)/);
    expect(hire.notes.join(' ')).not.toMatch(/the sheet gives no target/);
    const cases = byName['Publish 12 case studies'];
    expect(cases.status).toBe('NO_TARGET');
    expect(cases.notes.join(' ')).toMatch(/names 12 but not which way is good/);
  });

  it('reads "KR1:" rows under objective rows, with the figures in a Progress column and grades in a Score column', () => {
    const { byName, warnings } = score([
      ['OKR', 'Progress', 'Score'],
      ['Objective 1: Delight our customers', '', ''],
      ['KR1: Increase NPS from 30 to 45', 41, 0.7],
      ['KR2: Reduce monthly churn to below 5%', '6.2%', 0.3],
      ['Objective 2: Grow revenue', '', ''],
      ['KR1: Grow MRR to $50k', '$46k', 0.8],
      ['KR2: Achieve 95% uptime', '97%', 1],
    ]);
    expect(byName['Increase NPS from 30 to 45'].actual).toMatchObject({ value: 41 });
    expect(byName['Increase NPS from 30 to 45'].status).toBe('RED');
    // "KR1" numbers a key result under its objective: two different KR1s are not one measure.
    expect(byName['Grow MRR to $50k'].polarity).toBe('higher');
    expect(byName['Achieve 95% uptime'].polarity).toBe('higher');
    expect(byName['Achieve 95% uptime'].status).toBe('GREEN');
    expect(byName['Reduce monthly churn to below 5%'].polarity).toBe('lower');
    expect(warnings.join(' ')).toMatch(/"Score" grades the key results/);
    expect(warnings.join(' ')).not.toMatch(/disagrees/);
  });

  it('invents nothing where the only figures are grades and shares done', () => {
    const { byName, warnings } = score([
      ['Objective', 'Key Result', 'Progress', 'Score'],
      ['Delight our customers', 'Increase NPS from 30 to 45', '70%', 0.7],
      ['', 'Reduce churn to below 5%', '40%', 0.4],
      ['Grow revenue', 'Grow MRR to $50k', '90%', 0.9],
    ]);
    for (const ind of Object.values(byName)) expect(['GREEN', 'AMBER', 'RED']).not.toContain(ind.status);
    expect(warnings.join(' ')).toMatch(/no target, actual, period or status column|No indicator table found/);
  });

  it('does not take a bare "Kr" (kroner) column for key results', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Kr'],
      ['Increase sales from 30 to 45', 40, 41],
      ['Budget spent', 500, 450],
    ]);
    expect(byName['Increase sales from 30 to 45'].target).toMatchObject({ kind: 'value', value: { value: 40 } });
    expect(byName['Increase sales from 30 to 45'].notes.join(' ')).not.toMatch(/key result text/);
  });

  it("keeps the sheet's own Target column where there is one", () => {
    const { byName } = score([
      ['Key Result', 'Target', 'Current'],
      ['Increase NPS from 30 to 45', 40, 41],
      ['Reduce churn to below 5%', '4%', '3.8%'],
    ]);
    expect(byName['Increase NPS from 30 to 45'].target).toMatchObject({ kind: 'value', value: { value: 40 } });
    expect(byName['Increase NPS from 30 to 45'].status).toBe('GREEN');
    expect(byName['Increase NPS from 30 to 45'].notes.join(' ')).not.toMatch(/key result text/);
  });
});

describe('a "Status" column of rating numbers beside a target', () => {
  it('does not read 1 / 2 / 3 rating codes as the actual', () => {
    const { byName } = score([
      ['Metric', 'Target', 'Status'],
      ['Revenue', '$1.5M', 3],
      ['Calls answered', '95%', 1],
      ['New members', 400, 2],
      ['Volunteers recruited', 150, 3],
    ]);
    for (const ind of Object.values(byName)) expect(['GREEN', 'AMBER', 'RED']).not.toContain(ind.status);
  });
});
