import { layoutGraph, LayoutInput, LayoutOptions } from './layoutGraph';

/** What the page sends the worker: one graph to lay out. */
export interface LayoutRequest {
  input: LayoutInput;
  options?: LayoutOptions;
}

// A dedicated worker: lays out each graph it is sent, away from the page's thread.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = event => {
  scope.postMessage(layoutGraph(event.data.input, event.data.options));
};
