/**
 * The search page: loads Pagefind's Component UI (the reader came here to search) and hands it
 * the query a no-JavaScript search link or another site sent as `?q=…`.
 */
import { loadPagefindUi } from './pagefind.ts';

loadPagefindUi()
  .then(() => customElements.whenDefined('pagefind-input'))
  .then(() => {
    const q = new URLSearchParams(window.location.search).get('q');
    if (!q) return;
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>('pagefind-input input');
      if (!input) return;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  })
  .catch(() => {
    document.querySelector('.search-unavailable')?.removeAttribute('hidden');
  });
