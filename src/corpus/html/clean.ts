import type { PageDocument } from './dom.ts';

/**
 * Page furniture that Readability keeps when it sits inside the article's container: captions
 * and photo credits, share bars, newsletter boxes, paywall prompts, cookie and consent notices,
 * related links, print controls. Removed before Readability scores the page. Matched on element
 * names, roles and class/id words, never on the text, so an article that mentions "cookies"
 * loses nothing.
 */
const FURNITURE_WORDS = [
  'caption',
  'credit',
  'share',
  'sharing',
  'social',
  'newsletter',
  'signup',
  'sign-up',
  'subscribe',
  'paywall',
  'cookie',
  'consent',
  'gdpr',
  'related',
  'recommended',
  'read-more',
  'more-stories',
  'most-read',
  'promo',
  'advert',
  'noprint',
  'print-footer',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'comments',
  'tools',
  'toolbar',
];

const FURNITURE_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'figcaption',
  'figure',
  'amp-sidebar',
  'amp-social-share',
  'amp-analytics',
  'amp-list',
  'amp-ad',
  '[role="dialog"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[hidden]',
];

/** Class or id words, whole: "share-bar" and "wp-caption-text" match, "shareholders" does not. */
function furnitureSelector(): string {
  return FURNITURE_WORDS.flatMap((word) => [
    `[class~="${word}"]`,
    `[class*="${word}-"]`,
    `[class*="-${word}"]`,
    `[id="${word}"]`,
    `[id*="${word}-"]`,
    `[id*="-${word}"]`,
  ]).join(', ');
}

const SELECTOR = [...FURNITURE_ELEMENTS, furnitureSelector()].join(', ');

/** A site header holds the logo and menu; an article's own <header> holds its headline, which stays. */
export function removeFurniture(doc: PageDocument): void {
  for (const element of [...doc.querySelectorAll(SELECTOR)]) {
    if (
      element.tagName === 'HTML' ||
      element.tagName === 'BODY' ||
      element.tagName === 'ARTICLE' ||
      element.tagName === 'MAIN'
    )
      continue;
    element.remove();
  }
  for (const header of [...doc.querySelectorAll('header')]) {
    if (!header.querySelector('h1')) header.remove();
  }
}
