import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Recharts draws one chart in 20–100 ms. Drawn all at once, in the task that brought the report,
 * the figures held the window for 300 ms and more (`npm run bench -- report-charts`); so each
 * figure takes a new report up in a task of its own, and draws only while near the view.
 */

/** The value a figure draws: the newest, taken up in a timer of its own (figures' timers run in their order on the screen). */
export function useOwnTurn<T>(value: T): T | undefined {
  const [shown, setShown] = useState<T>();
  useEffect(() => {
    // flushSync: the figure draws inside its own task, not in one render with every other figure's turn.
    const timer = setTimeout(() => flushSync(() => setShown(value)));
    return () => clearTimeout(timer);
  }, [value]);
  return shown;
}

/** How far outside the window a chart is already drawn, so scrolling finds it there. */
const NEAR_MARGIN = '300px 0px';

/**
 * Whether the element given to the returned ref is in or near the window; always, where the
 * browser cannot tell. The element is followed as it comes and goes (a tab shown again mounts a
 * new one).
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
