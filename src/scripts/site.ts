/**
 * The site's one script, a small module loaded by every page:
 * - the theme toggle: the theme follows the system by CSS alone; a stored choice is applied here
 *   (a module runs after parsing, so a reader whose choice differs from the system setting may
 *   see the system theme for a moment on load; that is the price of no inline script);
 * - search: the header's search link opens a modal instead, on click or on the `/` key, loading
 *   Pagefind's Component UI only then;
 * - the search page, which loads Pagefind's UI at once (the reader came to search);
 * - highlighting the search terms on a page reached from a search result.
 */
import { ALL_SOURCES_PARAM, highlightSearchTerms, loadPagefindUi, searchScope } from './pagefind.ts';

type Theme = 'light' | 'dark';
const THEME_KEY = 'sourcebook-theme';
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be disabled; the system setting then applies
  }
}

const currentTheme = (): Theme =>
  (root.dataset['theme'] as Theme | undefined) ?? (systemDark.matches ? 'dark' : 'light');

function showTheme(): void {
  const dark = currentTheme() === 'dark';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]'))
    button.setAttribute('aria-pressed', String(dark));
}

function setUpThemeToggle(): void {
  const stored = storedTheme();
  if (stored) root.dataset['theme'] = stored;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // not persisted; the choice still holds for this page
      }
      showTheme();
    });
  }
  systemDark.addEventListener('change', showTheme);
  showTheme();
}

interface ModalElement extends HTMLElement {
  open(): void;
  dialogEl: HTMLDialogElement | null;
}

const FILTERS = [
  ['type', 'Type'],
  ['actor', 'Actor'],
  ['stance', 'Stance'],
  ['outlet', 'Outlet'],
] as const;

function el(name: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The search modal: input, filters, summary and results, and keyboard hints. */
function buildModal(): ModalElement {
  const filters = el(
    'div',
    { class: 'search-filters' },
    ...FILTERS.map(([filter, label]) => el('pagefind-filter-dropdown', { filter, label, 'hide-clear': '' })),
  );
  return el(
    'pagefind-modal',
    { 'reset-on-close': 'false' },
    el('pagefind-modal-header', {}, el('pagefind-input', { placeholder: 'Search quotes, actors, figures…' })),
    el(
      'pagefind-modal-body',
      {},
      filters,
      el('p', { class: 'search-scope', hidden: '' }),
      el('pagefind-summary'),
      el('pagefind-results'),
    ),
    el('pagefind-modal-footer', {}, el('pagefind-keyboard-hints')),
  ) as ModalElement;
}

/**
 * Pagefind's filter dropdowns are buttons with role="combobox", and a combobox takes no name from
 * its text (axe: button-name). Name each by its visible label, whenever Pagefind (re)renders one.
 */
function nameFilterDropdowns(root: HTMLElement): void {
  const fix = () => {
    for (const trigger of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])')) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || !trigger.id) continue;
      label.id ||= `${trigger.id}-label`;
      trigger.setAttribute('aria-labelledby', label.id);
    }
  };
  fix();
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
}

let modal: ModalElement | undefined;
let opener: HTMLElement | null = null;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function openSearch(trigger: HTMLElement | null): Promise<void> {
  opener = trigger;
  await loadPagefindUi();
  if (!modal) {
    modal = buildModal();
    nameFilterDropdowns(modal);
    void showSearchScope(modal, false);
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
    // The element builds its <dialog> once Pagefind's instance has registered it.
    for (let i = 0; i < 100 && !modal.dialogEl; i++) await nextFrame();
    modal.dialogEl?.addEventListener('close', () => opener?.focus());
  }
  modal.open();
}

function setUpSearch(): void {
  const triggers = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')];
  for (const trigger of triggers) {
    // With this script the link opens a dialog; without it, it leads to the search page.
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      openSearch(trigger).catch(() => window.location.assign(trigger.href));
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog')) return;
    event.preventDefault();
    openSearch(triggers[0] ?? null).catch(() => window.location.assign('/search/'));
  });
}

/**
 * Says which sources the search page searches when the older ones are in archive bundles, with a
 * link to search them all (it carries the typed query along).
 */
async function showSearchScope(root: Element | null, all: boolean): Promise<void> {
  const note = root?.querySelector<HTMLElement>('.search-scope');
  const { bundles, newest, total } = await searchScope();
  if (!root || !note || bundles.length === 0) return;
  const n = (x: number) => x.toLocaleString('en-US');
  if (all) {
    note.append(`Searching all ${n(total)} sources.`);
  } else {
    const link = el('a', { href: '/search/' }, document.createTextNode(`Search all ${n(total)} sources`));
    const update = () => {
      const params = new URLSearchParams({ [ALL_SOURCES_PARAM]: '1' });
      const q = root.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
      if (q) params.set('q', q);
      link.setAttribute('href', `/search/?${params.toString()}`);
    };
    update();
    root.addEventListener('input', update);
    note.append(`Searching the explainer pages, and the ${n(newest)} newest of ${n(total)} sources. `, link, '.');
  }
  note.hidden = false;
}

/** The search page: Pagefind's UI is in its markup; load it, and hand it a `?q=…` query. */
async function setUpSearchPage(): Promise<void> {
  if (!document.querySelector('.search-page')) return;
  const all = new URLSearchParams(window.location.search).has(ALL_SOURCES_PARAM);
  void showSearchScope(document.querySelector('.search-page'), all);
  try {
    await loadPagefindUi(all);
    await customElements.whenDefined('pagefind-input');
  } catch {
    document.querySelector('.search-unavailable')?.removeAttribute('hidden');
    return;
  }
  const q = new URLSearchParams(window.location.search).get('q');
  if (!q) return;
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLInputElement>('.search-page pagefind-input input');
    if (!input) return;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

setUpThemeToggle();
setUpSearch();
void setUpSearchPage();
void highlightSearchTerms();
