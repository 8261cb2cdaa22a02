/** The Fluent provider and page frame shared by Excel and the browser preview; fits a 320 px pane. */
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { fluentTheme, type ThemeKind } from '../theme/office-theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: '12px',
    minWidth: 0,
    maxWidth: '100%',
    overflowX: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // At 200% zoom the pane is 160 CSS px: selects shrink to it (their text may end in an
    // ellipsis, the options stay whole) and radio rows and switch labels wrap, so nothing is cut off (WCAG 1.4.4).
    '& .fui-Select': { minWidth: 0, maxWidth: '100%' },
    '& .fui-Select__select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
    '& .fui-RadioGroup': { flexWrap: 'wrap' },
    '& .fui-Switch, & .fui-Checkbox': { maxWidth: '100%' },
    '& .fui-Switch__label, & .fui-Checkbox__label': { minWidth: 0, overflowWrap: 'anywhere' },
  },
});

export function PaneRoot({ theme, children }: { theme: ThemeKind; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} data-theme={theme}>
      {children}
    </FluentProvider>
  );
}
