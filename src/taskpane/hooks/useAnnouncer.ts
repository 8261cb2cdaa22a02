/**
 * Text for the pane's aria-live region. Setting the same sentence twice would not be re-read, so
 * each announcement clears the region first and fills it on the next tick.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useAnnouncer(): { text: string; announce: (message: string) => void } {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback((message: string) => {
    if (timer.current) clearTimeout(timer.current);
    setText('');
    timer.current = setTimeout(() => setText(message), 50);
  }, []);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return { text, announce };
}
