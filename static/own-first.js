// Runs before the prerendered page is painted (a plain script, allowed by the site's CSP as
// 'self'). Pages are prerendered with the demo; when the address names own data (?data=) or
// this browser keeps own data as the current ones (the hint of src/lib/data/prefs.ts), the
// page's content is hidden until the app has decided what to show, so the demo never flashes
// in their place. The layout (src/routes/+layout.svelte) removes the mark once it runs.
try {
  var own = new URLSearchParams(location.search).get('data');
  if ((own && /^[0-9a-fA-F]{12}$/.test(own)) || localStorage.getItem('wijkweefsel:current')) document.documentElement.setAttribute('data-own', 'waiting');
} catch (e) {
  // No storage: nothing can be kept here, so nothing is expected.
}
