import { screen, waitFor } from '@testing-library/react';
import { fakeHost } from './fake-host';
import { renderPane } from './render-pane';

test('"Use selected range" then columns -> saveMapping with offsets within the range', async () => {
  const host = fakeHost({ selected: { sheet: 'KPIs', address: 'B3:G12' } });
  const { user } = renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Map table' }));
  await user.click(await screen.findByRole('button', { name: 'Use selected range' }));
  expect(await screen.findByText('KPIs B3:G12')).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: /Indicator name/ }), 'Column C');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'Column D');
  await user.click(screen.getByRole('radio', { name: 'One column per period' }));
  await user.click(screen.getByRole('checkbox', { name: 'Column F' }));
  await user.click(screen.getByRole('checkbox', { name: 'Column E' }));
  await user.selectOptions(screen.getByRole('combobox', { name: /Status/ }), 'Column G');
  await user.click(screen.getByRole('button', { name: 'Save mapping' }));
  await waitFor(() => expect(host.calls.saveMapping).toHaveLength(1));
  expect(host.calls.saveMapping[0]).toEqual([
    'KPIs',
    { range: 'B3:G12', orientation: 'rows', name: 1, target: 2, periods: [3, 4], status: 5, headerCount: 1 },
  ]);
  // Back on the main view, with the next step spelled out.
  expect(
    await screen.findByText(/Mapping saved for KPIs B3:G12/, { selector: '.fui-MessageBarBody' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Score this sheet' })).toBeInTheDocument();
});

test('an incomplete mapping is not saved and says what is missing', async () => {
  const host = fakeHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Map table' }));
  await user.click(await screen.findByRole('button', { name: 'Use selected range' }));
  await user.click(await screen.findByRole('button', { name: 'Save mapping' }));
  expect(await screen.findByTestId('mapping-problems')).toHaveTextContent('Choose where the actual values are');
  expect(host.calls.saveMapping).toHaveLength(0);
});

test('no selection: the user is told to select the table', async () => {
  const { user } = renderPane(fakeHost({ selected: null }));
  await user.click(screen.getByRole('tab', { name: 'Map table' }));
  await user.click(await screen.findByRole('button', { name: 'Use selected range' }));
  expect(await screen.findByTestId('mapping-problems')).toHaveTextContent('Select the whole table');
});
