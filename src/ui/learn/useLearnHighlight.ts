// Marks what the step highlights: every element matching one of its test hooks
// (content/walkthroughs/highlight.ts) gets `data-learn-highlight`, which learn.css outlines. The
// views render the hooks themselves; this only adds an attribute React does not manage, and
// re-applies it after each published frame (a view may re-create an element) and while a view's
// code is still loading. Removed when the step changes or the player closes.
import { useEffect } from 'react';
import { hookSelector } from '../../content/walkthroughs/highlight';
import { useSimStore } from '../../store/simStore';

const ATTR = 'data-learn-highlight';

export function useLearnHighlight(hooks: readonly string[]): void {
  const key = hooks.join('\n');
  const tick = useSimStore((s) => s.tick);
  const view = useSimStore((s) => s.view);
  useEffect(() => {
    const selector = key
      .split('\n')
      .map(hookSelector)
      .filter((s): s is string => s !== null)
      .join(', ');
    const apply = () => {
      const marked = new Set(selector ? document.querySelectorAll(selector) : []);
      for (const el of document.querySelectorAll(`[${ATTR}]`))
        if (!marked.has(el)) el.removeAttribute(ATTR);
      for (const el of marked) el.setAttribute(ATTR, 'true');
    };
    apply();
    // A view loading on demand, or an element drawn a moment later (an animation's exit).
    const timer = setInterval(apply, 500);
    return () => {
      clearInterval(timer);
      for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
    };
  }, [key, tick, view]);
}
