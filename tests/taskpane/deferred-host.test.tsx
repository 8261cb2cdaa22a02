// The pane renders before its host (and the engine) has loaded: the Score button is there at once,
// a click starts the load and scores once the host is there, and the rules wait without pulling it.
import { act, screen, waitFor, within } from '@testing-library/react';
import type { PaneHost } from '../../src/core/host';
import { afterPageLoad, deferredPaneHost, hostLoader, whenWanted } from '../../src/taskpane/boot/deferred-host';
import { fakeHost } from './fake-host';
import { renderPane } from './render-pane';

/** A host that arrives when the test says so, counting how often it was asked for. */
function slowHost(host: PaneHost) {
  const asked = { count: 0 };
  let arrive: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const loader = hostLoader<PaneHost>(() => {
    asked.count++;
    return new Promise<PaneHost>((resolve, reject) => {
      arrive = () => resolve(host);
      fail = reject;
    });
  });
  return { loader, asked, arrive: () => arrive(), fail: (e: Error) => fail(e) };
}

test('the Score button is there before the host; a click loads it and scores once it arrives', async () => {
  const real = fakeHost();
  const slow = slowHost(real);
  const { user } = renderPane(deferredPaneHost('preview', slow.loader));
  const score = screen.getByRole('button', { name: 'Score this sheet' });
  // Mounting (which asks for the rules) does not pull the engine ahead of the first render.
  expect(slow.asked.count).toBe(0);

  await user.click(score);
  expect(slow.asked.count).toBe(1);
  expect(await screen.findByText('Reading the sheet…')).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Indicators by status' })).not.toBeInTheDocument();

  await act(async () => slow.arrive());
  const counts = await screen.findByRole('list', { name: 'Indicators by status' });
  expect(
    within(counts)
      .getAllByRole('listitem')
      .map((i) => i.textContent),
  ).toEqual(['1■Red', '1▲Amber', '1●Green']);
  // The host's rules arrived with it: the Rules view shows them, not a spinner for ever.
  await user.click(screen.getByRole('tab', { name: 'Rules' }));
  expect(await screen.findByRole('button', { name: 'Save rules' })).toBeInTheDocument();
  expect(slow.asked.count).toBe(1);
});

test('an engine that cannot be fetched is said plainly, and the next click tries again', async () => {
  const real = fakeHost();
  const slow = slowHost(real);
  const { user } = renderPane(deferredPaneHost('excel', slow.loader));
  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  await act(async () => slow.fail(new Error('Loading chunk 511 failed.')));
  // Shown, and repeated by the live region a moment later: one or two copies, depending on timing.
  const said = await screen.findAllByText(
    /Scorelight could not load its scoring code \(Loading chunk 511 failed\.\)\. Check the connection/,
  );
  expect(said.length).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: 'Score this sheet' }));
  expect(slow.asked.count).toBe(2);
  await act(async () => slow.arrive());
  expect(await screen.findByRole('list', { name: 'Indicators by status' })).toBeInTheDocument();
});

test('rules wait for the host without loading it; any action loads it once', async () => {
  const slow = slowHost(fakeHost());
  const host = deferredPaneHost('preview', slow.loader);
  let rules: unknown = null;
  void host.loadRules().then((r) => (rules = r));
  await Promise.resolve();
  expect(slow.asked.count).toBe(0);
  const selected = host.getSelectedRange();
  const scored = host.scoreActiveSheet();
  expect(slow.asked.count).toBe(1);
  slow.arrive();
  await expect(scored).resolves.toMatchObject({ message: 'Scored 3 indicators on "KPIs".' });
  await expect(selected).resolves.toEqual({ sheet: 'KPIs', address: 'B3:G12' });
  await waitFor(() => expect(rules).toMatchObject({ version: 1 }));
});

test('after the page has loaded, the start runs in a task of its own; before, on the load event or the time cap', async () => {
  jest.useFakeTimers();
  try {
    const loaded = document.readyState === 'complete';
    expect(loaded).toBe(true);
    const start = jest.fn();
    afterPageLoad(start, document);
    expect(start).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(start).toHaveBeenCalledTimes(1);

    // A page still loading: the load event starts it...
    const view = new EventTarget();
    const loading = { readyState: 'loading', defaultView: view } as unknown as Document;
    const onLoad = jest.fn();
    afterPageLoad(onLoad, loading, 1500);
    jest.advanceTimersByTime(100);
    expect(onLoad).not.toHaveBeenCalled();
    view.dispatchEvent(new Event('load'));
    jest.advanceTimersByTime(1);
    expect(onLoad).toHaveBeenCalledTimes(1);

    // ...or, when the load event is slow to come (office.js from the CDN), the time cap does.
    const capped = jest.fn();
    afterPageLoad(capped, { readyState: 'interactive', defaultView: new EventTarget() } as unknown as Document, 1500);
    jest.advanceTimersByTime(1499);
    expect(capped).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(capped).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});

test('the rest loads at the first sign of use (once), or a quiet while after the page has loaded', async () => {
  jest.useFakeTimers();
  try {
    const reached = jest.fn();
    whenWanted(reached, document, 2000);
    jest.advanceTimersByTime(500);
    expect(reached).not.toHaveBeenCalled();
    // The pointer passing over is no sign; a press is: loaded now, and only once whatever follows.
    document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(reached).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(reached).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    jest.advanceTimersByTime(5000);
    expect(reached).toHaveBeenCalledTimes(1);

    const untouched = jest.fn();
    whenWanted(untouched, document, 2000);
    jest.advanceTimersByTime(1999);
    expect(untouched).not.toHaveBeenCalled();
    jest.advanceTimersByTime(2);
    expect(untouched).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(untouched).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});
