import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; the build folder is a plain static site.
    // WW_BUILD_DIR / WW_KIT_DIR let two builds (e.g. demo and published) exist side by side.
    adapter: adapter({ pages: process.env.WW_BUILD_DIR ?? 'build', assets: process.env.WW_BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
    outDir: process.env.WW_KIT_DIR ?? '.svelte-kit',
    // Relative asset paths so the build works from any sub-folder of a static host.
    paths: { relative: true },
    // Privacy: the page may talk to its own origin only. Prerendered pages get this as a
    // <meta http-equiv> tag with hashes of SvelteKit's inline start-up script ('hash' mode).
    // 'wasm-unsafe-eval' lets DuckDB compile its WebAssembly; its worker is a same-origin
    // script (blob: allowed for workers only). Svelte sets inline styles, hence
    // 'unsafe-inline' for styles (never for scripts). frame-ancestors cannot be set in a
    // <meta> tag; a host that can send headers should add it there.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval'],
        'worker-src': ['self', 'blob:'],
        'connect-src': ['self'],
        'img-src': ['self', 'data:'],
        'style-src': ['self', 'unsafe-inline'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};
export default config;
