import { useRef, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  label: string;
  items: readonly TabItem<K>[];
  active: K;
  onChange(key: K): void;
  idPrefix: string;
  className?: string;
}

/** WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between tabs and select them. */
export function Tabs<K extends string>({ label, items, active, onChange, idPrefix, className }: Props<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (index: number) => {
    const item = items[(index + items.length) % items.length];
    if (!item) return;
    onChange(item.key);
    refs.current.get(item.key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className ?? 'tabs'}>
      {items.map((item, index) => (
        <button
          key={item.key}
          ref={(el) => {
            if (el) refs.current.set(item.key, el);
            else refs.current.delete(item.key);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${item.key}`}
          aria-selected={item.key === active}
          aria-controls={`${idPrefix}-panel-${item.key}`}
          tabIndex={item.key === active ? 0 : -1}
          onClick={() => onChange(item.key)}
          onKeyDown={(event) => {
            const keys: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
            const target = keys[event.key];
            if (target === undefined) return;
            event.preventDefault();
            move(target);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel<K extends string>({ idPrefix, tab, children, className }: { idPrefix: string; tab: K; children: ReactNode; className?: string }) {
  return (
    <div role="tabpanel" id={`${idPrefix}-panel-${tab}`} aria-labelledby={`${idPrefix}-tab-${tab}`} className={className}>
      {children}
    </div>
  );
}
