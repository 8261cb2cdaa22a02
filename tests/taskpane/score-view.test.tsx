import { act, screen, waitFor, within } from '@testing-library/react';
import { fakeHost, sheetResult } from './fake-host';
import { renderPane } from './render-pane';

const live = () => screen.getByTestId('live-region');

test('scoring shows progress, then counts by status with word and symbol, and announces them', async () => {
  const host = fakeHost({ hold: true });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  // The progress bar comes with the view's details (their own chunk, loaded on first use).
  expect(await screen.findByText('Reading the sheet…')).toBeInTheDocument();
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await act(async () => host.finishScore?.());

  const counts = await screen.findByRole('list', { name: 'Indicators by status' });
  const items = within(counts).getAllByRole('listitem');
  // Worst first; each count carries its word (never colour alone).
  expect(items.map((i) => i.textContent)).toEqual(['1■Red', '1▲Amber', '1●Green']);
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.getByText('Scored 3 indicators on "KPIs".', { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
  await waitFor(() => expect(live()).toHaveTextContent('Scored 3 indicators on "KPIs". 1 Red, 1 Amber, 1 Green.'));
});

test('indicators are grouped by status with their variance text; choosing one selects its cell', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  const red = await screen.findByRole('region', { name: /Red/ });
  const item = within(red).getByRole('button', { name: /^Re-referrals/ });
  expect(item).toHaveTextContent('3.2 percentage points above the target of 20%');
  await user.click(item);
  expect(host.calls.selectCell).toEqual([['KPIs', 'E5']]);
  await waitFor(() => expect(live()).toHaveTextContent('Selected E5.'));
});

test('warnings name their cell, which can be selected', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  const warnings = await screen.findByRole('list', { name: 'Warnings' });
  expect(warnings).toHaveTextContent('C9 holds "N/A"');
  await user.click(within(warnings).getByRole('button', { name: 'Select cell C9' }));
  expect(host.calls.selectCell).toEqual([['KPIs', 'C9']]);
});

test('board summary and undo report the host message; undo clears the results', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('list', { name: 'Indicators by status' });
  await user.click(screen.getByRole('button', { name: 'Create board summary' }));
  expect(
    await screen.findByText('Board summary written to "Board summary".', { selector: '.fui-MessageBarBody' }),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Undo last scoring' }));
  expect(
    await screen.findByText('Restored 9 cells on "KPIs".', { selector: '.fui-MessageBarBody' }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Indicators by status' })).not.toBeInTheDocument();
});

test('a host failure is shown and announced, and the button works again', async () => {
  const host = fakeHost();
  host.scoreActiveSheet = () => Promise.reject(new Error('Sheet "KPIs" is protected: nothing was written.'));
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  expect(
    await screen.findByText('Sheet "KPIs" is protected: nothing was written.', { selector: '.fui-MessageBarBody' }),
  ).toBeInTheDocument();
  await waitFor(() => expect(live()).toHaveTextContent('protected'));
  expect(screen.getByRole('button', { name: 'Score this sheet' })).not.toHaveAttribute('aria-disabled', 'true');
});

test('when nothing is found the pane offers the mapping fallback', async () => {
  const host = fakeHost({
    outcome: { result: sheetResult([]), written: false, message: 'No KPI table was found on "KPIs".' },
  });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await user.click(await screen.findByRole('button', { name: 'Map the table' }));
  expect(await screen.findByRole('button', { name: 'Use selected range' })).toBeInTheDocument();
});

// Tab order through Fluent's tab list (Tabster focus traps) is checked in real Chromium (tests/e2e).
test('keyboard only: Enter scores, focus stays on the button, Enter on an indicator selects its cell', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.tab();
  expect(screen.getByRole('tab', { name: 'Score' })).toHaveFocus();
  act(() => screen.getByRole('button', { name: 'Score this sheet' }).focus());
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('list', { name: 'Indicators by status' })).toBeInTheDocument();
  // Focus stays on the button while it worked (disabledFocusable), so the user is not lost.
  expect(screen.getByRole('button', { name: 'Score this sheet' })).toHaveFocus();
  act(() => screen.getByRole('button', { name: /^Re-referrals/ }).focus());
  await user.keyboard('{Enter}');
  expect(host.calls.selectCell).toEqual([['KPIs', 'E5']]);
});
