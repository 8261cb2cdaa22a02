/**
 * Maps the Office theme (Colorful, Dark Gray, Black, White, or the system setting) to a Fluent theme.
 * Office gives colours, and on newer hosts an isDarkTheme flag; we trust the flag, else the
 * background's lightness.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

export type ThemeKind = 'light' | 'dark';

export function themeKindFromOffice(theme: OfficeThemeColours | undefined): ThemeKind {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const lum = relativeLuminance(theme.bodyBackgroundColor);
  return lum !== null && lum < 0.4 ? 'dark' : 'light';
}

/** 0 (black) .. 1 (white) for "#RRGGBB"; null when not a colour we can read. */
export function relativeLuminance(hex: string | undefined): number | null {
  const m = hex ? /^#?([0-9a-f]{6})$/i.exec(hex.trim()) : null;
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function fluentTheme(kind: ThemeKind): Theme {
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}
