/**
 * Excel on Windows 10 without WebView2 runs add-ins in EdgeHTML 18, which parses ES2017 and no
 * later: one newer construct in a chunk (?. or ??, object spread, a /\p{L}/u regular expression)
 * and the chunk does not load, leaving the pane blank. webpack.config.js emits our code and the
 * dependencies' as ES2017; this checks every source file the pane and ribbon load, compiled as
 * webpack compiles it, against an ES2017 parser (acorn, which webpack itself uses).
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'acorn';
import ts from 'typescript';

const root = path.join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every source file the pane and ribbon load, as webpack compiles it (ES2017, comments gone). */
function compiled(): { file: string; out: string }[] {
  const files = ['src/core', 'src/excel', 'src/taskpane', 'src/commands'].flatMap((d) => sources(path.join(root, d)));
  return files.map((file) => ({
    file: path.relative(root, file).split(path.sep).join('/'),
    out: ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: {
        target: ts.ScriptTarget.ES2017,
        module: ts.ModuleKind.ESNext,
        jsx: ts.JsxEmit.ReactJSX,
        removeComments: true,
      },
      fileName: file,
    }).outputText,
  }));
}

test('every file in the Excel pane and ribbon bundles parses as ES2017 once compiled', () => {
  const failures: string[] = [];
  const all = compiled();
  expect(all.length).toBeGreaterThan(50);
  for (const { file, out } of all) {
    try {
      // import() is webpack's to rewrite (it becomes __webpack_require__.e): not seen by the browser.
      parse(out.replace(/\bimport\(/g, 'load('), { ecmaVersion: 2017, sourceType: 'module' });
    } catch (e) {
      failures.push(`${file}: ${(e as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
});

/**
 * A pattern built at run time (new RegExp from a string) is not seen by the parser, and EdgeHTML
 * throws on it when the module loads: no lookbehind, Unicode property escape or named group in
 * any string either. The source is read as compiled, comments removed.
 */
test('no string in those files holds a lookbehind, a \\p{...} escape or a named group', () => {
  const ES2018_REGEX = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\\\?[pP]\{/;
  const found = compiled()
    .filter(({ out }) => ES2018_REGEX.test(out))
    .map(({ file, out }) => `${file}: ${out.match(ES2018_REGEX)?.[0]}`);
  expect(found).toEqual([]);
});

test('webpack emits ES2017 for the pane (its target and the TypeScript target it hands ts-loader)', () => {
  const config = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
  expect(config).toMatch(/target: \['web', 'es2017'\]/);
  expect(config.match(/target: 'ES2017'/g)).toHaveLength(2);
});

test('the built-ins EdgeHTML 18 lacks are supplied where missing, and behave as the standard says', () => {
  const saved = {
    hasOwn: Object.getOwnPropertyDescriptor(Object, 'hasOwn'),
    fromEntries: Object.getOwnPropertyDescriptor(Object, 'fromEntries'),
    flatMap: Object.getOwnPropertyDescriptor(Array.prototype, 'flatMap'),
  };
  try {
    // An engine without them, as EdgeHTML 18 is.
    delete (Object as unknown as Record<string, unknown>).hasOwn;
    delete (Object as unknown as Record<string, unknown>).fromEntries;
    delete (Array.prototype as unknown as Record<string, unknown>).flatMap;
    jest.isolateModules(() => {
      require('../../src/excel/legacy-engine');
    });
    expect(Object.hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(Object.hasOwn({ a: 1 }, 'toString')).toBe(false);
    expect(Object.fromEntries([['__proto__', 1]])).toEqual(JSON.parse('{"__proto__":1}'));
    expect([1, [2, 3]].flatMap((x) => x)).toEqual([1, 2, 3]);
  } finally {
    for (const [name, d] of [
      ['hasOwn', saved.hasOwn],
      ['fromEntries', saved.fromEntries],
    ] as const)
      if (d) Object.defineProperty(Object, name, d);
    if (saved.flatMap) Object.defineProperty(Array.prototype, 'flatMap', saved.flatMap);
  }
});
