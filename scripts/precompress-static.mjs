// Part of `npm run build`: writes a gzip copy (`name.gz`) and a brotli copy (`name.br`) beside every
// text file of the static export, gzip at best compression, brotli at quality 10, so the server sends them as they are
// instead of compressing the same page again for every request: `npm start` (sirv) serves both,
// nginx the .gz (`gzip_static on` in deploy/site.conf; Debian's nginx has no brotli module).
// Hosts that compress by themselves ignore them.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const compressible = /\.(html|js|css|svg|txt|json|xml|webmanifest)$/;
/** Below this, the compression header costs more than compression saves (nginx's gzip_min_length). */
const minimumBytes = 256;
/** Quality 10 of 11: about 2 % larger than 11 at less than half its time (some 10 s a build on two cores). */
const brotliQuality = 10;

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function textFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return textFiles(file);
      return compressible.test(entry.name) && (await stat(file)).size >= minimumBytes ? [file] : [];
    }),
  );
  return nested.flat();
}

/**
 * Compresses every text file under `dir` (zlib's thread pool does several at once); returns how many.
 * @param {string} dir
 */
export async function precompress(dir) {
  const files = await textFiles(dir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const bytes = await readFile(file);
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
        brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return files.length;
}
