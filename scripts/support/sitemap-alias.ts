/**
 * Build integration: serves the sitemap also at /sitemap.xml, the address crawlers and people try
 * first. @astrojs/sitemap always names its index sitemap-index.xml (its `filenameBase` option only
 * changes the prefix), so after it has written the index this copies it; listed after sitemap().
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration. */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'sourcebook:sitemap-alias',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = fileURLToPath(new URL('sitemap-index.xml', dir));
        if (!existsSync(index)) {
          logger.warn('no sitemap-index.xml to copy to sitemap.xml: is sitemap() listed before sitemapAlias()?');
          return;
        }
        copyFileSync(index, fileURLToPath(new URL('sitemap.xml', dir)));
      },
    },
  };
}
