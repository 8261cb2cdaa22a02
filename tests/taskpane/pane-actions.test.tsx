/**
 * The pane a performance officer reaches for (issue 25): the next action is the primary one in a bar
 * that stays in view, exceptions come first with the rest collapsed, a filter shows one status, and
 * the Map view names columns by their headers and shows every column of the range.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeHost, indicator, sheetResult } from './fake-host';
import { renderPane } from './render-pane';

const next = () => screen.getByTestId('action-bar').querySelector('[data-next="true"]')?.textContent;

test('the next action is primary: score, then the board summary, then score again', async () => {
  const { user } = renderPane(fakeHost());
  expect(next()).toBe('Score this sheet');
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('list', { name: 'Indicators by status' });
  expect(next()).toBe('Create board summary');
  await user.click(screen.getByRole('button', { name: 'Create board summary' }));
  await screen.findByText('Board summary written to "Board summary".', { selector: '.fui-MessageBarBody' });
  expect(next()).toBe('Score this sheet');
  // All three stay in the one bar, in the same order whatever is primary.
  expect(
    within(screen.getByTestId('action-bar'))
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['Score this sheet', 'Create board summary', 'Undo last scoring']);
});

test('nothing found: mapping the table is the next step, not a summary', async () => {
  const host = fakeHost({ outcome: { result: sheetResult([]), written: false, message: 'No KPI table was found.' } });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('button', { name: 'Map the table' });
  expect(next()).toBeUndefined();
});

test('exceptions first and open; the rest collapsed with their counts; a filter shows one status', async () => {
  const host = fakeHost({
    outcome: {
      result: sheetResult([
        indicator('Visits on time', 'GREEN', 5),
        indicator('Assessments', 'AMBER', 6),
        indicator('No figure yet', 'NO_DATA', 7),
        indicator('Re-referrals', 'RED', 4),
        indicator('Repeat visits', 'GREEN', 8),
      ]),
      written: true,
      message: 'Scored 5 indicators on "KPIs".',
    },
  });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('list', { name: 'Indicators by status' });
  const groups = () =>
    Array.from(document.querySelectorAll('[data-status-group]')).map((g) => g.getAttribute('data-status-group'));
  expect(groups()).toEqual(['RED', 'AMBER', 'GREEN', 'NO_DATA']);
  // Red and Amber list their indicators; Green shows its count and opens on request.
  expect(screen.getByRole('button', { name: /^Re-referrals/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Assessments/ })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Visits on time/ })).not.toBeInTheDocument();
  const showGreen = screen.getByRole('button', { name: 'Show 2 Green' });
  expect(showGreen).toHaveAttribute('aria-expanded', 'false');
  await user.click(showGreen);
  expect(screen.getByRole('button', { name: /^Visits on time/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Hide 2 Green' })).toHaveAttribute('aria-expanded', 'true');

  // The filter: one status alone, open, and pressed; pressing it again shows every status.
  const counts = screen.getByRole('list', { name: 'Indicators by status' });
  const noData = within(counts).getByRole('button', { name: /1\s*○?\s*No data/ });
  await user.click(noData);
  expect(noData).toHaveAttribute('aria-pressed', 'true');
  expect(groups()).toEqual(['NO_DATA']);
  expect(screen.getByRole('button', { name: /^No figure yet/ })).toBeInTheDocument();
  await user.click(noData);
  expect(noData).toHaveAttribute('aria-pressed', 'false');
  expect(groups()).toEqual(['RED', 'AMBER', 'GREEN', 'NO_DATA']);
});

test('each indicator opens its evidence in one step', async () => {
  const { user } = renderPane(fakeHost());
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  const evidence = await screen.findByRole('button', { name: 'Evidence: Re-referrals' });
  expect(evidence).toHaveAttribute('aria-expanded', 'false');
  await user.click(evidence);
  expect(screen.getByRole('button', { name: 'Hide evidence: Re-referrals' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByTestId('evidence')).toHaveTextContent(
    "Which way is good: from the sheet's polarity or direction field.",
  );
});

test('preview: the range is typed in Map table; columns carry their header names; the grid shows every column', async () => {
  const header = ['Ref', 'Measure', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'RAG', 'Notes', 'Owner'];
  const host = fakeHost({
    typedRange: true,
    selected: null,
    rangeText: [header, ['R1', 'Re-referrals', '20%', '21%', '22%', '', '', '', '', 'Team A']],
  });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Map table' }));
  const box = await screen.findByRole('textbox', { name: /Range to map/ });
  expect(box).toHaveValue('');
  await user.type(box, 'nonsense');
  await user.click(screen.getByRole('button', { name: 'Use this range' }));
  expect(await screen.findByTestId('mapping-problems')).toHaveTextContent('is not a cell or range address');

  await user.clear(box);
  await user.type(box, 'b3:k12');
  await user.click(screen.getByRole('button', { name: 'Use this range' }));
  await screen.findByRole('form', { name: 'Map the table' });
  const name = screen.getByRole('combobox', { name: /Indicator name/ });
  const options = within(name)
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(options).toEqual([
    'Column B: Ref',
    'Column C: Measure',
    'Column D: Target',
    'Column E: Q1',
    'Column F: Q2',
    'Column G: Q3',
    'Column H: Q4',
    'Column I: RAG',
    'Column J: Notes',
    'Column K: Owner',
  ]);
  const grid = screen.getByTestId('range-grid');
  expect(
    within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
  expect(grid).toHaveTextContent('Re-referrals');
  await user.selectOptions(name, 'Column C: Measure');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Actual' }), 'Column F: Q2');
  await user.click(screen.getByRole('button', { name: 'Save mapping' }));
  await waitFor(() => expect(host.calls.saveMapping).toHaveLength(1));
  expect(host.calls.saveMapping[0]).toEqual([
    'KPIs',
    { range: 'B3:K12', orientation: 'rows', name: 1, actual: 4, headerCount: 1 },
  ]);
});

test('Excel: no range box; the selected range is used, and letters alone when headers cannot be read', async () => {
  const { user } = renderPane(fakeHost({ selected: { sheet: 'KPIs', address: 'B3:D5' } }));
  await user.click(screen.getByRole('tab', { name: 'Map table' }));
  await user.click(await screen.findByRole('button', { name: 'Use selected range' }));
  await screen.findByRole('form', { name: 'Map the table' });
  expect(screen.queryByRole('textbox', { name: /Range to map/ })).not.toBeInTheDocument();
  const options = within(screen.getByRole('combobox', { name: /Indicator name/ }))
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(options).toEqual(['Column B', 'Column C', 'Column D']);
});
