// The one-click polarity flip in the results: shown only for an assumed polarity; one click saves a
// rule override (kept in the workbook with the rules) and scores again.
import { screen, waitFor, within } from '@testing-library/react';
import type { ScoredIndicator } from '../../src/core/model';
import { fakeHost, indicator, sheetResult } from './fake-host';
import { renderPane } from './render-pane';

function assumed(name: string, row: number): ScoredIndicator {
  return { ...indicator(name, 'GREEN', row, '20 above the target of 300'), polaritySource: 'assumed' };
}

test('an assumed polarity says so and flips in one click, saved as an override, then scores again', async () => {
  const host = fakeHost({
    outcome: {
      result: sheetResult([assumed('Children with a child protection plan', 4), indicator('Re-referrals', 'RED', 5)]),
      written: true,
      message: 'Scored 2 indicators on "KPIs".',
    },
  });
  let scores = 0;
  const score = host.scoreActiveSheet.bind(host);
  host.scoreActiveSheet = (p) => {
    scores++;
    return score(p);
  };
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  const green = await screen.findByRole('region', { name: /Green/ });
  // Green is not an exception: its group opens on request.
  await user.click(within(green).getByRole('button', { name: 'Show 1 Green' }));
  expect(green).toHaveTextContent('Bigger is better (assumed).');
  // Only the assumed one offers the flip.
  expect(screen.getAllByRole('button', { name: /^Make smaller better: .*remembered, then scored again/ })).toHaveLength(
    1,
  );
  await user.click(
    within(green).getByRole('button', {
      name: 'Make smaller better: Children with a child protection plan (remembered, then scored again)',
    }),
  );
  await waitFor(() => expect(scores).toBe(2));
  expect(host.calls.saveRules).toHaveLength(1);
  expect(host.calls.saveRules[0].overrides).toEqual([
    { match: { name: 'Children with a child protection plan' }, polarity: 'lower' },
  ]);
});
