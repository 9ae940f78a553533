import { type ComponentType, Suspense, useState } from 'react';
import { lazyPreloaded } from '../lazy-preloaded';

/**
 * A modal whose code loads the first time it opens, not with the page that can open it: a page's first
 * paint needs its button, not the form behind it (inputs, validation, date pickers). Once opened it stays
 * mounted, so closing animates and reopening is instant. A modal without `opened` is open while rendered.
 */
export function lazyModal<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  const Lazy = lazyPreloaded(load);
  function LazyModal(props: P) {
    const opened = (props as { opened?: boolean }).opened ?? true;
    const [wanted, setWanted] = useState(opened);
    if (opened && !wanted) setWanted(true);
    if (!wanted) return null;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyModal, { preload: Lazy.preload });
}
