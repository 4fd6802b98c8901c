import { getContext, setContext } from 'svelte';
import type { DownloadScope } from '../export/download';

/** Offer text as a file download, made in the browser: nothing is sent anywhere. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const SCOPE = Symbol('download-scope');

/** A page tells its charts what their figures are about (city, period, wijk names): call while the page is made. */
export function provideDownloadScope(get: () => DownloadScope | null): void {
  setContext(SCOPE, get);
}

/** What the page's figures are about, for a chart's download; null outside a dashboard page. Call while the chart is made. */
export function downloadScopeOf(): () => DownloadScope | null {
  return getContext<(() => DownloadScope | null) | undefined>(SCOPE) ?? (() => null);
}
