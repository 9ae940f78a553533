import { lazy, Suspense, useEffect, useState } from 'react';

const Host = lazy(() => import('./ToastsHost').then((m) => ({ default: m.ToastsHost })));

/**
 * Where `notifications.show` (@mantine/notifications) messages appear (ToastsHost.tsx). The host's code (its
 * transitions, six position stacks and styles) loads once the first page has painted, not before it: a
 * message shown earlier waits in the package's store and appears as the host mounts.
 */
export function Toasts() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    // When the browser is next idle after the first paint (or soon after, where it has no idle callback).
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(() => setWanted(true), { timeout: 1_000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(() => setWanted(true), 200);
    return () => clearTimeout(id);
  }, []);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Host />
    </Suspense>
  );
}
