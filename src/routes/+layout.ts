// A static site: every page is prerendered at build time.
export const prerender = true;
export const trailingSlash = 'always';
