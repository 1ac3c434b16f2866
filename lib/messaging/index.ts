import { envelope, parseMessage, parseResponse, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export * from './protocol';
export * from './schemas';

export type Handlers = { [T in MessageType]?: (payload: RequestOf<T>, sender: unknown) => Promise<ResponseOf<T>> | ResponseOf<T> };

/**
 * A runtime.onMessage listener for the given handlers. Uses sendResponse + `return true` (not a returned
 * promise), which is what both Chrome and WXT's fake browser support. Messages we don't handle return
 * false so other listeners in the same context can answer them.
 */
export function createListener(handlers: Handlers, onError?: (error: string) => void) {
  return (raw: unknown, sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      if (!parsed.foreign) onError?.(parsed.error);
      return false;
    }
    const handler = handlers[parsed.message.type] as ((p: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(parsed.message.payload, sender))
      .then(sendResponse, (error: unknown) => {
        onError?.(error instanceof Error ? error.message : String(error));
        sendResponse(undefined);
      });
    return true;
  };
}

/** A typed request function over any transport (tabs.sendMessage to one tab, runtime.sendMessage, ...). */
export function createRequester(send: (message: unknown) => Promise<unknown>) {
  return async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> =>
    parseResponse(type, await send(envelope(type, payload)));
}
