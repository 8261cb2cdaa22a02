/**
 * The few newer built-ins Scorelight's own code calls, supplied where the browser lacks them.
 * Excel on Windows 10 without WebView2 runs add-ins in EdgeHTML 18 (ES2017): the bundle's syntax is
 * compiled down (webpack.config.js), but built-ins are not. Each is defined only when missing, as
 * the standard describes it, and imported first by the pane's and the ribbon's start-up code.
 */
function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

define(Object, 'hasOwn', (o: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(o, key));
define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  // defineProperty, not assignment: a key "__proto__" must stay an ordinary entry.
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  return out;
});
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  for (const v of this) {
    if (Array.isArray(v) && depth > 0) out.push(...(flat.call(v, depth - 1) as unknown[]));
    else out.push(v);
  }
  return out;
});
define(
  Array.prototype,
  'flatMap',
  function flatMap(
    this: unknown[],
    fn: (v: unknown, i: number, a: unknown[]) => unknown,
    thisArg?: unknown,
  ): unknown[] {
    const out: unknown[] = [];
    this.forEach((v, i, a) => {
      const r = fn.call(thisArg, v, i, a);
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
    });
    return out;
  },
);
define(String.prototype, 'trimStart', function trimStart(this: string): string {
  return this.replace(/^\s+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd(this: string): string {
  return this.replace(/\s+$/, '');
});

/** For tests: the built-ins this module supplies. */
export const SUPPLIED: readonly string[] = [
  'Object.hasOwn',
  'Object.fromEntries',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
];
