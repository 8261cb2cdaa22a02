/** Outside Office there is no Office theme: the preview follows the system's light/dark setting. */
import { useEffect, useState } from 'react';
import type { ThemeKind } from '../taskpane/theme/office-theme';

const QUERY = '(prefers-color-scheme: dark)';

function current(): ThemeKind {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches ? 'dark' : 'light';
}

export function useSystemTheme(): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(current);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(QUERY);
    const onChange = () => setKind(mq.matches ? 'dark' : 'light');
    mq.addEventListener?.('change', onChange);
    return () => mq.removeEventListener?.('change', onChange);
  }, []);
  return kind;
}
