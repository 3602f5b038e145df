// A product description as the plain text a customs description or product sheet can use: store
// exports hold HTML (Shopify's Body (HTML), WooCommerce's and Magento's description, BigCommerce's,
// Amazon's product_description), often with entities (&amp;, &eacute;, &#8482;). Converted by
// html-to-text (htmlparser2 underneath: real parsing, every HTML entity decoded), compiled once.
// Plain text without markup or entities is returned as it is (the fast path for 100,000 rows).
import { compile } from 'html-to-text';

const SELECTORS = {
  selectors: [
    // Links keep their text, not their address; images and scripts say nothing a customs officer reads.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'ul', options: { itemPrefix: '• ' } },
  ],
};
const convert = compile({ wordwrap: false, preserveNewlines: false, ...SELECTORS });
/** Text with entities but no markup (Etsy's descriptions are plain text): its line breaks are the text's own. */
const decodeOnly = compile({ wordwrap: false, preserveNewlines: true, ...SELECTORS });

/** Markup, or an entity: the text needs converting. */
const MARKUP = /<[a-z!/]/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

export function htmlToText(html: string): string {
  const markup = MARKUP.test(html);
  if (!markup && !ENTITY.test(html)) return html.trim();
  return (markup ? convert : decodeOnly)(html)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
