import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { detectMode } from '../../src/taskpane/boot/detect-mode';
import { fluentTheme, themeKindFromOffice } from '../../src/taskpane/theme/office-theme';

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

test('Office themes map to Fluent light/dark: the flag first, else the background', () => {
  expect(themeKindFromOffice(undefined)).toBe('light');
  expect(themeKindFromOffice({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('dark');
  expect(themeKindFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark'); // Dark Gray
  expect(themeKindFromOffice({ bodyBackgroundColor: '#000000' })).toBe('dark'); // Black
  expect(themeKindFromOffice({ bodyBackgroundColor: '#E6E6E6' })).toBe('light'); // Colorful
  expect(themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light'); // White
  expect(fluentTheme('dark')).toBe(webDarkTheme);
  expect(fluentTheme('light')).toBe(webLightTheme);
});

test('no Office global -> preview', async () => {
  await expect(detectMode()).resolves.toEqual({ mode: 'preview' });
});

test('office.js outside Office reports no host -> preview', async () => {
  g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
  await expect(detectMode()).resolves.toEqual({ mode: 'preview' });
});

test('opened without Office host info -> preview at once, even if office.js never answers', async () => {
  g.Office = { onReady: () => new Promise(() => undefined) };
  await expect(detectMode()).resolves.toEqual({ mode: 'preview' });
});

test('inside Excel -> excel, with the Office theme read once at start', async () => {
  const officeTheme = { bodyBackgroundColor: '#262626', isDarkTheme: true };
  g.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), context: { officeTheme } };
  const page = { search: '?_host_Info=Excel$Win32$16.01$en-GB$$$$0', storedHostInfo: null };
  await expect(detectMode({ page })).resolves.toEqual({ mode: 'excel', officeTheme });
});
