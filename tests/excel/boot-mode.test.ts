/**
 * Defect 5: the pane's mode comes from the host information Office passes to the page
 * (`_host_Info`), never from how long Office.onReady takes.
 */
import {
  detectMode,
  ONREADY_TIMEOUT_MESSAGE,
  ONREADY_TIMEOUT_MS,
  type OfficeLike,
} from '../../src/taskpane/boot/detect-mode';
import { officeHostFromPage } from '../../src/taskpane/boot/host-info';

const inExcel = { search: '?_host_Info=Excel$Win32$16.01$en-GB$$$$0&et=', storedHostInfo: null };
const inBrowser = { search: '', storedHostInfo: null };

afterEach(() => jest.useRealTimers());

test('host info as Office passes it: query string, or kept by office.js for later navigations', () => {
  expect(officeHostFromPage(inExcel)).toBe('Excel');
  expect(officeHostFromPage({ search: '?_host_Info=excel|web|16.00|en-gb|0|0', storedHostInfo: null })).toBe('excel');
  expect(officeHostFromPage({ search: '', storedHostInfo: 'Excel$Mac$16.00$en-GB$$$$0' })).toBe('Excel');
  expect(officeHostFromPage(inBrowser)).toBeNull();
});

test('inside Excel, an Office.onReady slower than 2.5 s still opens the Excel pane', async () => {
  jest.useFakeTimers();
  const office: OfficeLike = {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel' }), 4000)),
    context: { officeTheme: { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' } },
  };
  let mode: string | undefined;
  const done = detectMode({ page: inExcel, loadOffice: async () => office }).then((m) => (mode = m.mode));
  await jest.advanceTimersByTimeAsync(3000);
  expect(mode).toBeUndefined();
  await jest.advanceTimersByTimeAsync(1500);
  await done;
  expect(mode).toBe('excel');
});

test('outside Office the preview starts at once, without waiting for office.js', async () => {
  const loadOffice = jest.fn(() => new Promise<OfficeLike>(() => undefined));
  await expect(detectMode({ page: inBrowser, loadOffice })).resolves.toEqual({ mode: 'preview' });
  expect(loadOffice).not.toHaveBeenCalled();
});

test('inside Excel with office.js unreachable: a clear error, not the preview', async () => {
  const loadOffice = () => Promise.reject(new Error('office.js could not be loaded from the CDN'));
  await expect(detectMode({ page: inExcel, loadOffice })).rejects.toThrow(/could not be loaded/);
});

test('no _host_Info in the address: the host info Office put in window.name still means Excel', async () => {
  const page = {
    search: '',
    storedHostInfo: null,
    windowName: JSON.stringify({ baseFrameName: 'x', hostInfo: 'Excel|Web|16.00|en-GB|0|0', xdmInfo: 'y' }),
  };
  expect(officeHostFromPage(page)).toBe('Excel');
  const office: OfficeLike = { onReady: async () => ({ host: 'Excel' }) };
  await expect(detectMode({ page, loadOffice: async () => office })).resolves.toMatchObject({ mode: 'excel' });
  // A window.name that is not Office's says nothing.
  expect(officeHostFromPage({ search: '', storedHostInfo: null, windowName: 'some-frame' })).toBeNull();
  expect(officeHostFromPage({ search: '', storedHostInfo: null, windowName: '{"hostInfo": 3}' })).toBeNull();
});

test('an Office.onReady that never resolves: a clear message after the time limit, not "Loading" for ever', async () => {
  jest.useFakeTimers();
  const office: OfficeLike = { onReady: () => new Promise(() => undefined) };
  const outcome = detectMode({ page: inExcel, loadOffice: async () => office }).then(
    () => 'started',
    (e: Error) => e.message,
  );
  await jest.advanceTimersByTimeAsync(ONREADY_TIMEOUT_MS - 1000);
  let settled: string | undefined;
  void outcome.then((m) => (settled = m));
  await jest.advanceTimersByTimeAsync(0);
  expect(settled).toBeUndefined();
  await jest.advanceTimersByTimeAsync(2000);
  expect(await outcome).toBe(ONREADY_TIMEOUT_MESSAGE);
  expect(ONREADY_TIMEOUT_MESSAGE).toMatch(/Close the Scorelight pane and open it again/);
});
