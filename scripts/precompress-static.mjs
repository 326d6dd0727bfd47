// Part of `npm run build`: writes a gzip copy (`name.gz`, best compression) beside every text file
// of the static export, so nginx (`gzip_static on` in deploy/site.conf) sends it as it is instead of
// compressing the same page again for every request. Hosts that compress by themselves ignore them.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";

const compressible = /\.(html|js|css|svg|txt|json|xml|webmanifest)$/;
/** Below this, the gzip header costs more than compression saves (nginx's gzip_min_length). */
const minimumBytes = 256;

/** Compresses every text file under `dir`; returns how many files were written. */
export function precompress(dir) {
  let written = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      written += precompress(file);
    } else if (compressible.test(entry.name) && statSync(file).size >= minimumBytes) {
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
      written += 1;
    }
  }
  return written;
}
