// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import { regenerateOnChange } from './scripts/support/regenerate-on-change.ts';
import { sitemapAlias } from './scripts/support/sitemap-alias.ts';
import { contentDir } from './src/content-dir.ts';

// The public URL of the site; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://sourcebook.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (satteri) runs no remark/rehype plugins; MDX inherits this one.
    // SmartyPants is off because it would rewrite the articles' quotation marks and dashes.
    // External links open without handing the site to the target (noopener) or leaking the page address (noreferrer).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from this site or hashed by
  // Astro (no inline handlers, no third-party origins); 'wasm-unsafe-eval' is for Pagefind's WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [mdx(), sitemap(), sitemapAlias(), regenerateOnChange(contentDir)],
  devToolbar: { enabled: false },
  // Scripts and styles stay external files, never inlined into the page: the CSP allows no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
  // The benchmark and the hostile-input tests build other corpora with their own public/ and cache folders.
  ...(process.env.SOURCEBOOK_PUBLIC_DIR && { publicDir: process.env.SOURCEBOOK_PUBLIC_DIR }),
  ...(process.env.SOURCEBOOK_CACHE_DIR && { cacheDir: process.env.SOURCEBOOK_CACHE_DIR }),
});
