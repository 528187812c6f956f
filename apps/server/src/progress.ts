/**
 * A progress bar on a stream (stderr): on a terminal one line redrawn in place,
 * "导出 [██████░░░░░░] 3/6 荆竹铺镇"; elsewhere (a log, a pipe, a test) one plain line per step. With many
 * steps (a province's 40,000 reports) it writes only when the whole percentage moves or a second has passed,
 * and at the last step.
 */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One step done, labelled (e.g. the township just rendered). */
  tick(label: string): void;
  /** Finish the bar's line. */
  done(): void;
}

export function progressBar(
  title: string,
  total: number,
  stream: ProgressStream,
  width = 24,
  now: () => number = () => performance.now(),
): Progress {
  let count = 0;
  let shownPercent = -1;
  let shownAt = -Infinity;
  return {
    tick(label) {
      count += 1;
      const percent = total === 0 ? 100 : Math.floor((count / total) * 100);
      const t = now();
      if (percent === shownPercent && t - shownAt < 1000 && count !== total) return;
      shownPercent = percent;
      shownAt = t;
      if (stream.isTTY) {
        const filled = total === 0 ? width : Math.round((count / total) * width);
        const line = `${title} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${count}/${total} ${label}`;
        stream.write(`\r\x1b[2K${line}`);
      } else {
        stream.write(`${title} ${count}/${total} ${label}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}
