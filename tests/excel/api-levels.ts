/**
 * The Excel host suite runs twice: on an Excel at the manifest's declared minimum and on one with
 * the newest requirement set in @types/office-js. Wrap a test file's body in forEachApiLevel.
 */
import { setDefaultApiLevel } from './fake-excel';
import { declaredMinimum, newestApiSet } from './fake/api-sets';

export const API_LEVELS: readonly string[] = [declaredMinimum(), newestApiSet()];

export function forEachApiLevel(body: (level: string) => void): void {
  describe.each(API_LEVELS)('on ExcelApi %s', (level) => {
    beforeAll(() => setDefaultApiLevel(level));
    afterAll(() => setDefaultApiLevel(null));
    body(level);
  });
}
