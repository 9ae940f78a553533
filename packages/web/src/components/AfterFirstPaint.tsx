import { type ReactNode, startTransition, useEffect, useState } from 'react';

/**
 * Renders its children only once the page around it has been painted: for the parts of a long page below the
 * first screen, whose first render would otherwise hold that screen back. They follow in the next task, as a
 * transition (interruptible: a click meanwhile is handled first). Until then, nothing.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame is painted; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown ? children : null;
}
