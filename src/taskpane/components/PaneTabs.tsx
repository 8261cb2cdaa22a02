/**
 * The pane's tab list, written out: role="tablist" with a roving tabindex (Tab enters at the
 * selected tab, arrows, Home and End move and select, as the ARIA tabs pattern with automatic
 * activation). Fluent's TabList puts hidden focusable sentinels (Tabster's dummy inputs) inside the
 * tablist, which axe reports as aria-hidden-focus; this one has none.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', gap: '4px', flexWrap: 'wrap', marginBottom: '12px' },
  tab: {
    minHeight: '32px',
    padding: '4px 10px',
    border: 'none',
    borderBottom: `3px solid transparent`,
    background: 'none',
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    // Windows high contrast: the selected tab keeps its underline in the system's highlight colour.
    '@media (forced-colors: active)': { color: 'ButtonText' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' },
  },
});

export interface PaneTab<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  tabs: PaneTab<V>[];
  selected: V;
  /** The id of the tab panel the tabs control. */
  panelId: string;
  onSelect: (value: V) => void;
}

export const tabId = (value: string): string => `tab-${value}`;

export function PaneTabs<V extends string>({ label, tabs, selected, panelId, onSelect }: Props<V>) {
  const styles = useStyles();
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    onSelect(tabs[to].value);
    refs.current.get(tabs[to].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          ref={(el) => {
            if (el) refs.current.set(t.value, el);
            else refs.current.delete(t.value);
          }}
          id={tabId(t.value)}
          type="button"
          role="tab"
          aria-selected={t.value === selected}
          aria-controls={panelId}
          tabIndex={t.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, t.value === selected && styles.selected)}
          onClick={() => onSelect(t.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
