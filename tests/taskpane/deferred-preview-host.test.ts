/**
 * @jest-environment node
 */
// The browser preview over its real .xlsx host, reached through the deferred host the preview starts
// with: nothing is open until the host arrives, React's subscribers hear it arrive, and a workbook
// opened before the host has loaded waits for it and is then the preview's.
import { readFileSync } from 'fs';
import path from 'path';
import type { PreviewHost } from '../../src/core/preview-host';
import { deferredPreviewHost } from '../../src/preview/deferred-preview-host';
import { hostLoader } from '../../src/taskpane/boot/deferred-host';
import { createPreviewHost } from '../../src/xlsx/preview-host';

jest.setTimeout(120_000);

const file = path.join(__dirname, '..', '..', 'examples', 'mixed.xlsx');
const bytes = () => {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function later() {
  let arrive: () => void = () => undefined;
  const asked = { count: 0 };
  const loader = hostLoader<PreviewHost>(() => {
    asked.count++;
    return new Promise((resolve) => {
      arrive = () => resolve(createPreviewHost());
    });
  });
  return { loader, asked, arrive: () => arrive() };
}

test('before the host arrives: no workbook, no sheets, nothing to select; its arrival is a change', async () => {
  const slow = later();
  const host = deferredPreviewHost(slow.loader);
  const seen: number[] = [];
  const off = host.subscribe(() => seen.push(host.revision()));
  expect(host.workbookName()).toBeNull();
  expect(host.workbookSerial()).toBe(0);
  expect(host.sheetNames()).toEqual([]);
  expect(host.selection()).toBeNull();
  expect(host.selectRange('A1:B2')).toBe(false);
  expect(host.revision()).toBe(0);
  expect(slow.asked.count).toBe(0);

  const opened = host.openWorkbook('mixed.xlsx', bytes());
  expect(slow.asked.count).toBe(1);
  slow.arrive();
  const { sheets } = await opened;
  expect(sheets.length).toBeGreaterThan(0);
  // One change when the host arrived, then the host's own for the opened workbook.
  expect(seen.length).toBeGreaterThanOrEqual(2);
  expect(seen[0]).toBeGreaterThan(0);
  expect(host.workbookName()).toBe('mixed.xlsx');
  expect(host.workbookSerial()).toBe(1);
  expect(host.sheetNames()).toEqual(sheets);

  const outcome = await host.scoreActiveSheet();
  expect(outcome.result.indicators.length).toBeGreaterThan(0);
  expect(outcome.written).toBe(true);

  // Unsubscribed: later changes are not heard.
  off();
  const before = seen.length;
  expect(host.selectRange('A1:B2')).toBe(true);
  expect(seen.length).toBe(before);
});

test('a listener that subscribes after the host arrived hears the host directly', async () => {
  const slow = later();
  const host = deferredPreviewHost(slow.loader);
  const got = host.loadRules();
  void host.getSelectedRange();
  slow.arrive();
  expect((await got).version).toBe(1);
  let heard = 0;
  host.subscribe(() => heard++);
  await host.openWorkbook('mixed.xlsx', bytes());
  expect(heard).toBeGreaterThan(0);
});
