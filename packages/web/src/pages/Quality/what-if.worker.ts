import { runWhatIf, type WhatIfMessage, type WhatIfRequest } from './what-if';

/** Runs the "what if" simulation off the main thread, reporting progress after each policy × seed. */
const post = (message: WhatIfMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<WhatIfRequest>) => {
  try {
    let last = 0;
    const result = runWhatIf(event.data, (done, total) => {
      const now = performance.now();
      if (done === total || now - last > 50) {
        last = now;
        post({ type: 'progress', done, total });
      }
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
