/**
 * One table model (src/core/detect/readings/): every layout's reader is registered as a reading,
 * in the precedence the chooser gives it, and hands its tables to the chooser; detectSheet runs
 * the readings from the registry (layout-readings.ts), never a layout's reader by name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { READING_ORDER } from '../../src/core/detect/readings/precedence';
import { LAYOUT_READINGS } from '../../src/core/detect/layout-readings';

const DETECT = path.join(__dirname, '..', '..', 'src', 'core', 'detect');

/** Each layout's entry: an exported `detect...(ctx: DetectContext ...)` in a file of src/core/detect. */
function layoutEntries(): { file: string; fn: string }[] {
  const out: { file: string; fn: string }[] = [];
  for (const name of fs.readdirSync(DETECT)) {
    if (!name.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(DETECT, name), 'utf8');
    for (const m of text.matchAll(/export function (detect\w+)\(ctx: DetectContext\b/g))
      out.push({ file: name, fn: m[1] });
  }
  return out;
}

describe('readings', () => {
  test('every layout reader is registered as a reading', () => {
    const entries = layoutEntries();
    expect(entries.length).toBeGreaterThanOrEqual(LAYOUT_READINGS.length);
    const registered = new Set(LAYOUT_READINGS.map((r) => r.read.name));
    expect(entries.filter((e) => !registered.has(e.fn))).toEqual([]);
  });

  test('the registry runs the readings in the precedence the chooser scores them by', () => {
    expect(LAYOUT_READINGS.map((r) => r.name)).toEqual([...READING_ORDER]);
  });

  test("each layout's reader hands its tables to the chooser", () => {
    for (const e of layoutEntries()) {
      const text = fs.readFileSync(path.join(DETECT, e.file), 'utf8');
      expect([e.file, /from '\.\/readings\/choose'/.test(text)]).toEqual([e.file, true]);
    }
  });

  test('detectSheet reads through the registry, not by calling a layout reader itself', () => {
    const index = fs.readFileSync(path.join(DETECT, 'index.ts'), 'utf8');
    expect(index).toMatch(/LAYOUT_READINGS/);
    expect(layoutEntries().filter((e) => index.includes(`${e.fn}(`))).toEqual([]);
  });
});
