import { type ComponentType, lazy, Suspense, useState } from 'react';

/**
 * A modal whose code loads the first time it opens, not with the page that can open it: a page's first
 * paint needs its button, not the form behind it (inputs, validation, date pickers). Once opened it stays
 * mounted, so closing animates and reopening is instant. A modal without `opened` is open while rendered.
 */
export function lazyModal<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  // biome-ignore lint/suspicious/noExplicitAny: React.lazy's own signature takes any props
  const Lazy = lazy(() => load().then((component) => ({ default: component as ComponentType<any> })));
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
  return Object.assign(LazyModal, { preload: load });
}
