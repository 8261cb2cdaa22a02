/**
 * "Score all sheets" in the pane (issue 24): a button beside "Score this sheet" only where the host
 * can score every sheet, never the primary before scoring; every sheet's indicators in one list,
 * each naming its sheet, with a line per sheet; then the board summary is the next action.
 */
import { act, screen, within } from '@testing-library/react';
import { fakeHost, indicator, onSheet, sheetResult } from './fake-host';
import { renderPane } from './render-pane';

const bar = () => within(screen.getByTestId('action-bar'));
const next = () => screen.getByTestId('action-bar').querySelector('[data-next="true"]')?.textContent;

function twoSheets() {
  const adults = [indicator('Visits on time', 'GREEN', 5), indicator('Re-referrals', 'RED', 4)].map((i) =>
    onSheet(i, 'Adults'),
  );
  const children = [indicator('Assessments', 'AMBER', 6, '0.5 below the target of 80')].map((i) =>
    onSheet(i, 'Children'),
  );
  return {
    outcomes: [
      { result: sheetResult(adults, [], 'Adults'), written: true, message: 'Scored 2 indicators on "Adults".' },
      { result: sheetResult(children, [], 'Children'), written: true, message: 'Scored 1 indicator on "Children".' },
    ],
    message: 'Scored 3 indicators on 2 sheets. No KPI table was found on "Notes".',
  };
}

// The pane loads the rules on mount: let that settle before looking.
const settled = () => act(() => Promise.resolve());

test('no "Score all sheets" button when the host cannot score every sheet', async () => {
  renderPane(fakeHost());
  await settled();
  expect(bar().queryByRole('button', { name: 'Score all sheets' })).not.toBeInTheDocument();
});

test('the button sits beside "Score this sheet", which stays the primary action', async () => {
  renderPane(fakeHost({ all: twoSheets() }));
  await settled();
  expect(
    bar()
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['Score this sheet', 'Score all sheets', 'Create board summary', 'Undo last scoring']);
  expect(next()).toBe('Score this sheet');
});

test('scoring all sheets lists each sheet and every indicator with its sheet named', async () => {
  const { user } = renderPane(fakeHost({ all: twoSheets() }));
  await user.click(bar().getByRole('button', { name: 'Score all sheets' }));
  await screen.findByRole('heading', { name: 'Results for 2 sheets' });
  expect(
    screen.getByText('Scored 3 indicators on 2 sheets. No KPI table was found on "Notes".', {
      selector: '.fui-MessageBarBody',
    }),
  ).toBeInTheDocument();
  const sheets = within(screen.getByRole('list', { name: 'Sheets scored' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(sheets).toEqual(['Adults: 1 Red, 1 Green.', 'Children: 1 Amber.']);
  // The exceptions are open, each naming the sheet its cell is on.
  const red = screen.getByRole('button', { name: /^Re-referrals/ });
  expect(red).toHaveTextContent('Adults, E5');
  expect(screen.getByRole('button', { name: /^Assessments/ })).toHaveTextContent('Children, E7');
  // The counts cover every sheet.
  expect(within(screen.getByRole('list', { name: 'Indicators by status' })).getAllByRole('listitem')).toHaveLength(3);
  expect(next()).toBe('Create board summary');
});

test('pressing an indicator selects its cell on its own sheet', async () => {
  const host = fakeHost({ all: twoSheets() });
  const { user } = renderPane(host);
  await user.click(bar().getByRole('button', { name: 'Score all sheets' }));
  await user.click(await screen.findByRole('button', { name: /^Assessments/ }));
  expect(host.calls.selectCell).toEqual([['Children', 'E7']]);
});

test('after the workbook summary, scoring is the next action again; scoring one sheet shows that sheet only', async () => {
  const { user } = renderPane(fakeHost({ all: twoSheets() }));
  await user.click(bar().getByRole('button', { name: 'Score all sheets' }));
  await screen.findByRole('heading', { name: 'Results for 2 sheets' });
  await user.click(bar().getByRole('button', { name: 'Create board summary' }));
  await screen.findByText('Board summary written to "Board summary".', { selector: '.fui-MessageBarBody' });
  // The workbook's summary is checked for accessibility as a sheet's is.
  expect(await screen.findByTestId('summary-accessibility')).toHaveTextContent(/^Accessibility: 0 issues$/);
  expect(next()).toBe('Score this sheet');
  await user.click(bar().getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('heading', { name: 'Results for KPIs' });
  expect(screen.queryByRole('list', { name: 'Sheets scored' })).not.toBeInTheDocument();
});
