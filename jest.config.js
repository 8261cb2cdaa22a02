// Three projects: pure/host/CLI tests in node, pane components in jsdom, browser end-to-end in real Chromium.
const tsJest = [
  'ts-jest',
  {
    // Type checking is `npm run typecheck`'s job; transpiling alone (isolatedModules) keeps the suite
    // quick on 2 cores.
    tsconfig: {
      module: 'commonjs',
      moduleResolution: 'node10',
      ignoreDeprecations: '6.0',
      jsx: 'react-jsx',
      allowJs: true,
      isolatedModules: true,
    },
    diagnostics: false,
  },
];
// A slow one-core machine (and CI sharing its cores) can take several times the 5 s default for a
// test that reads a real workbook: every test gets a minute unless it sets its own.
const testTimeout = 60_000;
const transform = { '^.+\\.(ts|tsx|js|mjs)$': tsJest };
// ESM-only dependencies that jest (CommonJS) must transpile.
const transformIgnorePatterns = ['/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid|numfmt)/)'];

module.exports = {
  testTimeout,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/taskpane/'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/taskpane/**/*.test.tsx', '<rootDir>/tests/taskpane/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/taskpane/setup.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.js',
      transform,
      transformIgnorePatterns,
    },
  ],
};
