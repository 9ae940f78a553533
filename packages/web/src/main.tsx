import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, preloadRoute } from './App';
import { ApiError } from './api';
import { Toasts } from './components/Toasts';
import { bootSession, SESSION_KEY } from './hooks/useSession';
import { prefetchPageData } from './routes-data';
import { cssVariablesResolver, theme } from './theme';

/** A 401 anywhere means the session ended (expired, password changed elsewhere): re-check it, which signs out. */
function onApiError(error: unknown, key?: readonly unknown[]) {
  if (error instanceof ApiError && error.status === 401 && key?.[0] !== SESSION_KEY[0]) {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onApiError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onApiError(error) }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not change on retry; a network blip might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// The boot script (packages/web/boot-script.ts) started the session check, the first page's code and, once
// the session answered, the page's first data before this entry had arrived; routes-data.ts puts that data
// into the cache the page reads (the API client adopts the boot script's answers; without the boot script,
// it asks). preloadRoute only finds the page's code on its way (or, without the boot script, starts it).
const pageCode = preloadRoute(window.location.pathname);
queryClient
  .fetchQuery({ queryKey: SESSION_KEY, queryFn: bootSession, staleTime: 60_000 })
  .then((session) => prefetchPageData(queryClient, session, window.location.pathname, window.location.search))
  .catch(() => undefined); // RequireSession shows a failed session check

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The first render waits for the page's code (on its way since the boot script, so a few milliseconds at most
// after this entry): rendered before it, the page would suspend, and React holds a suspended boundary's
// content back for up to 300 ms once its fallback has shown.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
        <Toasts />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
// Not longer than 2 s, though: on a link that slow the shell and the page's skeleton are better than nothing.
void Promise.race([pageCode, new Promise((resolve) => setTimeout(resolve, 2_000))]).then(render);
