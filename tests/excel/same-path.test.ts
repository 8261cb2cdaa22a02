/** The ribbon command and the pane reach Excel through the one function, scoreActiveSheet. */
import * as scoring from '../../src/excel/score-active-sheet';
import { createExcelPaneHost } from '../../src/excel/pane-host';
import { needsMessage, runScoreCommand } from '../../src/excel/ribbon-command';
import { registerBook } from './helpers';

type Handler = (event: { completed(): void }) => Promise<void>;

function installOfficeGlobal(): { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  const office = {
    onReady: (cb: () => void) => {
      cb();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
  };
  Object.assign(globalThis, {
    Office: office,
    window: { location: { search: '', href: 'https://localhost:3000/commands.html' } },
    document: {},
  });
  return { handlers };
}

afterEach(() => {
  jest.restoreAllMocks();
  for (const k of ['Office', 'window', 'document']) Reflect.deleteProperty(globalThis, k);
});

test('ribbon command and pane both call scoreActiveSheet', async () => {
  const fx = registerBook(3);
  const real = scoring.scoreActiveSheet;
  const spy = jest
    .spyOn(scoring, 'scoreActiveSheet')
    .mockImplementation((options) => real({ ...options, env: fx.env }));

  const { handlers } = installOfficeGlobal();
  // The real function file: it registers the handler the ribbon's FunctionName names.
  require('../../src/commands/commands');
  const handler = handlers.get('scoreThisSheet');
  expect(handler).toBeDefined();
  const completed = jest.fn();
  await handler!({ completed });
  expect(spy).toHaveBeenCalledTimes(1);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(fx.book.sheet('KPIs')!.get(1, 4).value).not.toBe('');

  await createExcelPaneHost(fx.env).scoreActiveSheet();
  expect(spy).toHaveBeenCalledTimes(2);
});

test('the command always completes the event, and shows a message only when one is needed', async () => {
  const notify = jest.fn(() => Promise.resolve());
  const completed = jest.fn();
  const fx = registerBook(3);
  fx.book.sheet('KPIs')!.protected = true;
  const real = scoring.scoreActiveSheet;
  jest.spyOn(scoring, 'scoreActiveSheet').mockImplementation((options) => real({ ...options, env: fx.env }));
  await runScoreCommand({ completed }, { pageUrl: 'https://localhost:3000/commands.html', notify });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(notify).toHaveBeenCalledWith(expect.stringMatching(/protected/), 'https://localhost:3000/commands.html');

  // A crash inside scoring still completes the event.
  jest.spyOn(scoring, 'scoreActiveSheet').mockRejectedValue(new Error('boom'));
  await runScoreCommand({ completed }, { pageUrl: 'x', notify });
  expect(completed).toHaveBeenCalledTimes(2);
  expect(notify).toHaveBeenLastCalledWith('Scorelight could not score this sheet: boom', 'x');
});

test('a clean scoring needs no message', async () => {
  const fx = registerBook(3);
  const outcome = await scoring.scoreActiveSheet({ env: fx.env });
  expect(needsMessage(outcome)).toBe(false);
  expect(needsMessage({ ...outcome, partial: true })).toBe(true);
  expect(needsMessage({ ...outcome, written: false })).toBe(true);
});
