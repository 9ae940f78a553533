import { type ComponentType, lazy } from 'react';

/**
 * React.lazy that stops suspending once its code has arrived. React.lazy suspends on its first render even
 * when the module is already loaded (its promise settles a tick later), and React holds back revealing a
 * suspended boundary's content for up to 300 ms after its fallback showed: a page whose code was preloaded
 * would still show a skeleton and wait. Here, once `preload()` (or a first render) has loaded the code, the
 * component renders it directly, without suspending. `preload()` starts (or joins) the load; a failed load
 * is retried on the next call; `loaded()` says whether the code is there (the component renders without
 * suspending). Choosing the element type on each render does not remount anything: an instance that
 * rendered the React.lazy element suspended there, and React commits no instance that suspended while
 * mounting; it renders it anew, with the component, once the code has arrived.
 */
export function lazyPreloaded<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>>; loaded: () => boolean } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  // biome-ignore lint/suspicious/noExplicitAny: React.lazy's own signature takes any props
  const Lazy = lazy(() => preload().then((component) => ({ default: component as ComponentType<any> })));
  function Preloaded(props: P) {
    const Component = loaded;
    return Component ? <Component {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloaded, { preload, loaded: () => loaded !== undefined });
}
