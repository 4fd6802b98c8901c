import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; the build folder is a plain static site.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    // Relative asset paths so the build works from any sub-folder of a static host.
    paths: { relative: true }
  }
};
export default config;
