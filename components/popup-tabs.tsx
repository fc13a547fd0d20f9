import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface TabInfo<Id extends string> {
  id: Id;
  label: string;
}

export interface PopupTabsProps<Id extends string> {
  tabs: readonly TabInfo<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

/**
 * Tabs per the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between tabs
 * and select them. Panels use the ids `panel-<id>` and are rendered by the caller.
 */
export function PopupTabs<Id extends string>({ tabs, selected, onSelect }: PopupTabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    let next: number;
    if (event.key === 'ArrowRight') next = (current + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (current - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };

  return (
    <div role="tablist" aria-label={t('popupTabsLabel')} class="tabs" ref={list} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
