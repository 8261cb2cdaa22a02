/**
 * The pane shows each indicator's comparisons under it, in words: a register scored by the real
 * engine with National and Statistical neighbours columns, and a seed 001 block with areas.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { IndicatorGroups } from '../../src/taskpane/components/IndicatorGroups';
import { PaneRoot } from '../../src/taskpane/components/PaneRoot';
import { buildSnapshot, mmmYY } from '../helpers/snapshot-builder';
import { fakeHost } from './fake-host';
import { renderPane } from './render-pane';

function scored() {
  const rules = defaultRules();
  const snapshot = buildSnapshot([
    ['Measure', 'Polarity', 'Target', 'Actual', 'National average', 'Statistical neighbours', 'RAG'],
    ['Children in care per 10K', 'Smaller is better', 65, 71, 60, 62],
    ['Dental checks %', 'Bigger is better', 85, 86, 80],
    [],
    ['Number of children with a Child Protection Plan'],
    [],
    [null, mmmYY(2015, 3), mmmYY(2015, 5), 'EAST', 'NWC', 'SOUTH'],
    ['Rate per 10K', 47, 48, 37, 37, 69],
    ['Target', null, 45],
    ['Polarity: Smaller is Better'],
  ]);
  return { rules, indicators: scoreSheet(snapshot, rules).indicators };
}

test('each indicator lists its comparisons with the verdict in words', () => {
  const { rules, indicators } = scored();
  render(
    <PaneRoot theme="light">
      <IndicatorGroups indicators={indicators} rules={rules} onSelect={() => undefined} />
    </PaneRoot>,
  );
  // Only Red and Amber are open at first; the others open on request.
  for (const show of screen.queryAllByRole('button', { name: /^Show \d+ / })) fireEvent.click(show);
  const cic = screen.getByRole('list', { name: 'How Children in care per 10K compares' });
  expect(
    within(cic)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Worse than the national average: 11 per 10K above the national average of 60 (smaller is better)',
    'Worse than the statistical neighbours average: 9 per 10K above the statistical neighbours average of 62 (smaller is better)',
  ]);
  const dental = screen.getByRole('list', { name: 'How Dental checks % compares' });
  expect(dental).toHaveTextContent(
    'Better than the national average: 6 percentage points above the national average of 80%',
  );
  const cpp = screen.getByRole('list', { name: 'How Number of children with a Child Protection Plan compares' });
  expect(cpp).toHaveTextContent('Areas: SOUTH 69 per 10K, RED; EAST and NWC GREEN');
  // The comparison list sits beside the indicator's button, not inside it.
  expect(within(screen.getByRole('button', { name: /^Children in care/ })).queryByRole('list')).toBeNull();
});

test('the rules view sets whether the national average sets the status, the in-line tolerance and area ratings', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Rules' }));
  await screen.findByRole('form', { name: 'Scoring rules' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Status set' }), 'compare-with-national');
  await user.selectOptions(screen.getByRole('combobox', { name: 'In line with a comparator: kind' }), 'absolute');
  const amount = screen.getByRole('textbox', { name: 'In line with a comparator: amount' });
  await user.clear(amount);
  await user.type(amount, '2');
  await user.click(screen.getByRole('switch', { name: "Write area ratings in the sheet's own rating row" }));
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(host.calls.saveRules).toHaveLength(1));
  expect(host.calls.saveRules[0].comparison).toEqual({
    scheme: 'compare-with-national',
    inLine: { kind: 'absolute', value: 2 },
    areaRatings: 'describe',
  });
});
