// Watches the knowledge folder and reloads the store after changes settle (HR pushes several files at
// once; one reload follows the last of them, and the store merges reloads asked for while one runs).
import { watch } from 'chokidar';
import type { Logger } from '../logging/create-logger.ts';
import type { KnowledgeStore } from './knowledge-store.ts';

export interface KnowledgeWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Quiet time after the last change before reloading (ms). */
  debounceMs?: number;
  /** Use polling (network drives, some containers). */
  usePolling?: boolean;
}

export async function watchKnowledge(
  store: KnowledgeStore,
  logger: Logger,
  options: WatchOptions = {},
): Promise<KnowledgeWatcher> {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(store.dir, {
    ignoreInitial: true,
    usePolling: options.usePolling ?? false,
    interval: 200,
    ignored: (path) => /(^|[/\\])\.(?!\.?$)/.test(path.slice(store.dir.length)),
  });
  watcher.on('all', (event, path) => {
    logger.debug({ event, path }, 'knowledge folder changed');
    clearTimeout(timer);
    timer = setTimeout(() => {
      void store.reload();
    }, debounceMs);
  });
  watcher.on('error', (error) => logger.error({ err: error }, 'knowledge watcher error'));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  store.keepWarm();
  logger.info({ dir: store.dir }, 'watching the knowledge folder for changes');
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
