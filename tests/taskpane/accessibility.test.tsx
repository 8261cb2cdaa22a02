// The pane's accessibility features in jsdom: the board summary's check shown and announced, and
// the rules editor's contrast check as the user types, with its nearest passing colour.
import { screen, waitFor, within } from '@testing-library/react';
import { contrastRatio } from '../../src/core/rules/colour';
import { fakeHost } from './fake-host';
import { renderPane } from './render-pane';

const live = () => screen.getByTestId('live-region');

test('after "Create board summary" the pane shows and announces "Accessibility: 0 issues"', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('list', { name: 'Indicators by status' });
  await user.click(screen.getByRole('button', { name: 'Create board summary' }));
  const check = await screen.findByTestId('summary-accessibility');
  expect(check).toHaveTextContent(/^Accessibility: 0 issues$/);
  await waitFor(() =>
    expect(live()).toHaveTextContent('Board summary written to "Board summary". Accessibility: 0 issues.'),
  );
  // Undo clears it with the results it was about.
  await user.click(screen.getByRole('button', { name: 'Undo last scoring' }));
  await waitFor(() => expect(screen.queryByTestId('summary-accessibility')).not.toBeInTheDocument());
});

test('a summary sheet named like a default sheet is reported as an issue, by name', async () => {
  const host = fakeHost();
  host.createSummary = () => Promise.resolve({ sheetName: 'Sheet2', message: 'Board summary written to "Sheet2".' });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await screen.findByRole('list', { name: 'Indicators by status' });
  await user.click(screen.getByRole('button', { name: 'Create board summary' }));
  const check = await screen.findByTestId('summary-accessibility');
  expect(check).toHaveTextContent('Accessibility: 1 issue');
  expect(within(check).getByRole('list', { name: 'Accessibility issues in the board summary' })).toHaveTextContent(
    'The sheet name "Sheet2" does not say what the sheet holds.',
  );
});

async function amberRow() {
  const host = fakeHost();
  const r = renderPane(host);
  await r.user.click(screen.getByRole('tab', { name: 'Rules' }));
  await screen.findByRole('form', { name: 'Scoring rules' });
  await r.user.click(screen.getByRole('button', { name: 'Status labels, colours and symbols' }));
  const group = screen.getByRole('group', { name: /Amber/ });
  return { host, group, ...r };
}

test('the rules editor checks a typed text colour and offers the nearest passing one', async () => {
  const { group, user, host } = await amberRow();
  const text = within(group).getByRole('textbox', { name: 'Amber text colour' });
  expect(within(group).getByText(/passes 4\.5:1/)).toBeInTheDocument();

  await user.clear(text);
  await user.type(text, '#FFC0');
  // Half typed: asked for a whole colour, nothing judged or changed yet.
  expect(within(group).getByText('Enter a colour as #RRGGBB.')).toBeInTheDocument();
  await user.type(text, '00');
  const problem = within(group).getByTestId('contrast-problem');
  expect(problem).toHaveTextContent(/Text contrast 1\.\d\d:1 is below 4\.5:1/);
  // Both colour controls are described by the message, so a screen reader hears it on focus.
  expect(text).toHaveAttribute('aria-describedby', problem.id);
  const suggested = /(#[0-9A-F]{6})\.$/.exec(problem.textContent ?? '')![1];
  expect(contrastRatio(suggested, '#FFEB9C')).toBeGreaterThanOrEqual(4.5);

  await user.click(within(group).getByRole('button', { name: `Use ${suggested} for Amber text` }));
  expect(text).toHaveValue(suggested);
  expect(within(group).queryByTestId('contrast-problem')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(host.calls.saveRules).toHaveLength(1));
  expect(host.calls.saveRules[0].status.AMBER.fontColor).toBe(suggested);
});

test('a fill typed in short hex that makes the text unreadable is caught too; saving is refused', async () => {
  const { group, user, host } = await amberRow();
  const fill = within(group).getByRole('textbox', { name: 'Amber fill colour' });
  await user.clear(fill);
  await user.type(fill, '963');
  expect(fill).toHaveValue('963');
  expect(within(group).getByTestId('contrast-problem')).toHaveTextContent('below 4.5:1');
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(await screen.findByTestId('rules-errors')).toHaveTextContent(/contrast/);
  expect(host.calls.saveRules).toHaveLength(0);
});
