import { Transform, type Readable } from "node:stream";

/** Chunks of about 64 KiB instead of one per row: each chunk costs as much again on its way out. */
function coalescer(size: number): Transform {
  let pending: Buffer[] = [];
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      length += chunk.length;
      if (length >= size) {
        this.push(Buffer.concat(pending));
        pending = [];
        length = 0;
      }
      done();
    },
    flush(done) {
      if (length > 0) this.push(Buffer.concat(pending));
      done();
    },
  });
}

/** The same bytes as `source`, in chunks of about 64 KiB; an error of the source ends it too. */
export function coalesced(source: Readable, size = 64 * 1024): Readable {
  const output = coalescer(size);
  source.on("error", (error) => output.destroy(error));
  return source.pipe(output);
}
