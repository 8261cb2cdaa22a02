import { screen, waitFor, within } from '@testing-library/react';
import { fakeHost } from './fake-host';
import { renderPane } from './render-pane';

async function openRules(host = fakeHost(), saveFile?: (n: string, t: string) => void) {
  const r = renderPane(host, saveFile);
  await r.user.click(screen.getByRole('tab', { name: 'Rules' }));
  await screen.findByRole('form', { name: 'Scoring rules' });
  return { host, ...r };
}

test('invalid rules get an inline message and are not saved; fixed rules are saved', async () => {
  const { host, user } = await openRules();
  const amount = screen.getByRole('textbox', { name: 'Default tolerance: amount' });
  await user.clear(amount);
  await user.type(amount, '-2');
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  const errors = await screen.findByTestId('rules-errors');
  expect(errors).toHaveTextContent(/tolerance/i);
  expect(host.calls.saveRules).toHaveLength(0);
  // The field itself carries the message too.
  expect(amount).toHaveAttribute('aria-invalid', 'true');

  await user.clear(amount);
  await user.type(amount, '3');
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(host.calls.saveRules).toHaveLength(1));
  expect(host.calls.saveRules[0].tolerance).toEqual({ kind: 'percent-of-target', value: 3 });
  expect(await screen.findByText('Rules saved.', { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
});

test('a number field left unreadable blocks saving with "Enter a number."', async () => {
  const { host, user } = await openRules();
  const amount = screen.getByRole('textbox', { name: 'Much better from' });
  await user.clear(amount);
  await user.type(amount, 'lots');
  expect(screen.getByText('Enter a number.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(await screen.findByTestId('rules-errors')).toHaveTextContent('trend.muchBetterThreshold must be a number');
  expect(host.calls.saveRules).toHaveLength(0);
});

test('a preset, the scheme, trend, labels and symbols are editable and saved together', async () => {
  const { host, user } = await openRules();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Start from preset' }), 'brag');
  expect(screen.getByRole('combobox', { name: 'Status scheme' })).toHaveValue('brag');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'same-period-last-year');
  await user.click(screen.getByRole('button', { name: 'Status labels, colours and symbols' }));
  const red = screen.getByRole('textbox', { name: 'Red label' });
  await user.clear(red);
  await user.type(red, 'Off track');
  const sym = screen.getByRole('textbox', { name: 'Red symbol' });
  await user.clear(sym);
  await user.type(sym, '!');
  await user.click(screen.getByRole('button', { name: 'Add override' }));
  await user.type(screen.getByRole('textbox', { name: 'Indicator code' }), 'CS145');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Polarity' }), 'lower');
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(host.calls.saveRules).toHaveLength(1));
  const saved = host.calls.saveRules[0];
  expect(saved.scheme).toBe('brag');
  expect(saved.trend.compareWith).toBe('same-period-last-year');
  expect(saved.status.RED).toMatchObject({ label: 'Off track', symbol: '!' });
  expect(saved.overrides).toEqual([{ match: { code: 'CS145' }, polarity: 'lower' }]);
});

test('a host that rejects the rules shows its message inline', async () => {
  const { user } = await openRules(fakeHost({ saveRulesError: 'The workbook is read-only.' }));
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(await screen.findByTestId('rules-errors')).toHaveTextContent('The workbook is read-only.');
});

test('export hands over the rules as JSON; import loads a file into the editor or says what is wrong', async () => {
  const saved: [string, string][] = [];
  const { user } = await openRules(fakeHost(), (n, t) => saved.push([n, t]));
  await user.click(screen.getByRole('button', { name: 'Export rules (JSON)' }));
  expect(saved[0][0]).toBe('scorelight-rules.json');
  expect(JSON.parse(saved[0][1])).toMatchObject({ version: 1, scheme: 'rag' });

  const input = screen.getByTestId('rules-file-input') as HTMLInputElement;
  await user.upload(input, new File(['{"scheme":"nonsense"}'], 'bad.json', { type: 'application/json' }));
  expect(await screen.findByTestId('rules-errors')).toHaveTextContent('scheme');

  await user.upload(
    input,
    new File([JSON.stringify({ preset: 'brag', tolerance: { kind: 'absolute', value: 2 } })], 'good.json', {
      type: 'application/json',
    }),
  );
  expect(await screen.findByText(/Imported good.json/, { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Status scheme' })).toHaveValue('brag');
  expect(screen.getByRole('combobox', { name: 'Default tolerance: kind' })).toHaveValue('absolute');
  expect(
    within(screen.getByRole('form', { name: 'Scoring rules' })).queryByTestId('rules-errors'),
  ).not.toBeInTheDocument();
});

test('an override kept within a band asks for the band and saves it', async () => {
  const { host, user } = await openRules();
  await user.click(screen.getByRole('button', { name: 'Add override' }));
  await user.type(screen.getByRole('textbox', { name: 'or name' }), 'Staff turnover');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Polarity' }), 'band');
  const to = screen.getByRole('textbox', { name: 'Band to' });
  await user.clear(to);
  await user.type(to, '7');
  const from = screen.getByRole('textbox', { name: 'Band from' });
  await user.clear(from);
  await user.type(from, '5');
  await user.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(host.calls.saveRules).toHaveLength(1));
  expect(host.calls.saveRules[0].overrides[0]).toMatchObject({
    match: { name: 'Staff turnover' },
    polarity: 'band',
    band: { low: 5, high: 7 },
  });
});
