// Progress of long work on stderr: a bar redrawn in place on a terminal, a plain line every tenth of the
// way otherwise (CI logs keep every line a bar would redraw). Nothing below a few hundred items.
const MIN_ITEMS = 300;
const WIDTH = 30;

export interface Progress {
  update: (done: number) => void;
  done: () => void;
}

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress | null {
  if (total < MIN_ITEMS) return null;
  const started = performance.now();
  const tty = stream.isTTY === true;
  let shownTenth = 0;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    update(done) {
      if (tty) {
        const filled = Math.round((done / total) * WIDTH);
        stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total} ${seconds()} s`);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > shownTenth && tenth < 10) {
        shownTenth = tenth;
        stream.write(`${label}: ${done}/${total} (${tenth * 10}%, ${seconds()} s)\n`);
      }
    },
    done() {
      stream.write(`${tty ? '\r' : ''}${label}: ${total}/${total} done in ${seconds()} s${tty ? ' '.repeat(WIDTH) : ''}\n`);
    },
  };
}
