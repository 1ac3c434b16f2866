/**
 * Runs `task` while no other task holding `name` runs, in this page or in any other page or worker of the
 * extension: a Web Lock where the browser has them (they are shared by everything on the extension's
 * origin), else a queue in this realm (tests in node, where all stores share one module).
 */
export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  queues.set(name, run.catch(() => {}));
  return run;
}

const queues = new Map<string, Promise<unknown>>();
