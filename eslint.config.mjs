// ESLint flat config: Microsoft's Office add-in rules (they bring typescript-eslint and Prettier).
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// The office-addins config registers typescript-eslint for .ts only; .tsx files get the same plugin object
// (a second copy of the plugin under the same name is refused by ESLint).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins['@typescript-eslint']).plugins[
  '@typescript-eslint'
];

export default [
  {
    ignores: ['dist/**', 'dist-cli/**', '.bench-build/**', 'coverage/**', 'node_modules/**', 'examples/**', 'docs/**'],
  },
  ...officeAddins.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript itself reports undefined names (Office, Excel, process...), better than this rule can.
      'no-undef': 'off',
      // The base rule misreads parameter names in function types; the typescript-eslint one below does not.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // These rules model Office.js proxies; ExcelJS and the pure core have no load/sync, so they misfire there.
    files: ['src/xlsx/**', 'src/cli/**', 'src/core/**', 'scripts/**', 'tests/xlsx/**', 'tests/cli/**', 'tests/core/**'],
    rules: {
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    languageOptions: {
      globals: {
        describe: 'readonly',
        it: 'readonly',
        test: 'readonly',
        expect: 'readonly',
        jest: 'readonly',
        beforeAll: 'readonly',
        afterAll: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
