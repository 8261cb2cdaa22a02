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
