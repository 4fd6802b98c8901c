/**
 * The view-models' only contact with SvelteKit: the page's address, whether the page has
 * started in the browser, and a way to go to another view. Tests hand the view-models a
 * navigation of their own (see testing.svelte.ts), so view logic runs without a browser.
 */
import { tick, onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { provideDownloadScope } from '../charts/download';
import { PageView } from './page.svelte';

/** Where a view-model reads its view and writes the next one. */
export interface Navigation {
  /** The page's address now (reactive). */
  readonly url: URL;
  /**
   * True once the page runs in the browser. Pages are prerendered: until then the address
   * has no query, and the first render (and hydration) shows the default view.
   */
  readonly live: boolean;
  /**
   * Show another view: 'push' (a reader's choice) adds a history entry, so back and
   * forward step through the views; 'replace' corrects the address without one.
   */
  go(url: URL, history?: 'replace' | 'push'): void;
}

/** The navigation of the component being set up (call it in a route's script). */
export function kitNavigation(): Navigation {
  let live = $state(false);
  onMount(() => {
    live = true;
  });
  return {
    get url() {
      return page.url;
    },
    get live() {
      return live;
    },
    go(url, history = 'push') {
      if (url.href === page.url.href) return;
      void goto(url, { replaceState: history === 'replace', keepFocus: true, noScroll: true });
    }
  };
}

/**
 * Bring the element the address's #hash names into view, focused and marked
 * (`data-landed`), once per page and hash. A linked chart is drawn only after its figures
 * arrive, long after the browser (or SvelteKit) looked for it, so the page does it itself.
 */
function lander(): () => void {
  let landed = '';
  return () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || id === landed) return;
    const el = document.getElementById(id);
    if (!el) return;
    landed = id;
    for (const old of document.querySelectorAll('[data-landed]')) old.removeAttribute('data-landed');
    el.setAttribute('data-landed', '');
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  };
}

/**
 * The page root's `data-drawn`: the query of the view once every chart of it is in the
 * DOM (undefined while it is not), so tests and benchmarks know when a view is drawn.
 * Then the chart the #hash names is landed on (see lander).
 */
export function drawnMarker(nav: Navigation, ready: () => boolean): { readonly value: string | undefined } {
  let drawn = $state<string | undefined>(undefined);
  const land = lander();
  $effect(() => {
    void nav.url.search;
    if (!nav.live || !ready()) {
      drawn = undefined;
      return;
    }
    let live = true;
    void tick().then(() => {
      if (!live) return;
      drawn = location.search;
      land();
    });
    return () => {
      live = false;
    };
  });
  return {
    get value() {
      return drawn;
    }
  };
}

/**
 * A dashboard page's set-up in one call: its navigation, its view-model over the data in
 * use, and its `data-drawn` marker (set once the view-model is ready).
 */
export function pageModel<T extends { ready: boolean }>(make: (nav: Navigation) => T): { nav: Navigation; vm: T; drawn: { readonly value: string | undefined } } {
  const nav = kitNavigation();
  const vm = make(nav);
  // the page's charts name its city and period in their downloads
  if (vm instanceof PageView) provideDownloadScope(() => vm.downloadScope);
  return { nav, vm, drawn: drawnMarker(nav, () => vm.ready) };
}
