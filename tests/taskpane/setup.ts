// jsdom lacks a few browser APIs Fluent UI v9 touches (media queries, resize/intersection observers).
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// user-event types key by key; on a shared 2-core machine a form-filling test can pass 5 s.
jest.setTimeout(30_000);
// The Rules and Map views load on first use; on a slow machine that takes longer than findBy's 1 s.
configure({ asyncUtilTimeout: 10_000 });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  class NoopObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): [] {
      return [];
    }
  }
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= NoopObserver;
  g.IntersectionObserver ??= NoopObserver;
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
