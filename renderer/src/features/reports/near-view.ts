import { useEffect, useState } from 'react';

/** How far outside the window a chart is already drawn, so scrolling finds it there. */
const NEAR_MARGIN = '300px 0px';

/**
 * Whether the element given to the returned ref is in or near the window; always, where the
 * browser cannot tell. A figure draws its chart only while near, so a long screen of charts costs
 * the few in view. The element is followed as it comes and goes (a tab shown again mounts a new one).
 */
export function useNearView(): [ref: (element: Element | null) => void, near: boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), { rootMargin: NEAR_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, near];
}
