// Where the HTTP mock's log lines go: stdout, without holding up answers.
// Node writes to a pipe synchronously, so a reader that falls behind (a test
// harness, `npm start | tee`) would stall every answer: the lines of one
// turn of the event loop go out together, through the thread pool, in order.
// Past a backlog of MAX_BACKLOG bytes, lines are counted and dropped rather
// than held in memory.
import { createWriteStream } from 'node:fs';

const MAX_BACKLOG = 4 * 1024 * 1024;

export interface LineWriter {
  write(line: string): void;
  /** Resolves once every line written so far is out. */
  flush(): Promise<void>;
}

export function stdoutLines(): LineWriter {
  const out = createWriteStream('', { fd: 1, autoClose: false });
  let pending: string[] = [];
  let dropped = 0;
  const send = () => {
    const text = pending.join('');
    pending = [];
    if (out.writableLength > MAX_BACKLOG) {
      dropped += text.split('\n').length - 1;
      return;
    }
    if (dropped > 0) out.write(`(${dropped} log lines dropped: stdout was not read fast enough)\n`);
    dropped = 0;
    out.write(text);
  };
  return {
    write(line) {
      if (pending.length === 0) setImmediate(send);
      pending.push(`${line}\n`);
    },
    flush: () =>
      new Promise((resolve) => {
        if (pending.length > 0) send();
        if (out.writableLength === 0) resolve();
        else out.once('drain', () => resolve());
      }),
  };
}
