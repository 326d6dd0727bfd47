// `npm run serve:static`: serves the static export (out/) with Debian's nginx and deploy/site.conf,
// in the foreground, on 127.0.0.1:PORT (default 8080). The end-to-end tests and the benchmark
// start it too. Needs `npm run build` first and nginx installed (apt-get install nginx).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mainConfig } from "../deploy/nginx-config.mjs";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "out");
const port = process.env.PORT ?? "8080";
const nginx = process.env.NGINX_PATH ?? "nginx";

if (!existsSync(path.join(out, "index.html"))) {
  console.error("serve-static: out/ has no site yet: run `npm run build` first.");
  process.exit(1);
}
if (spawnSync(nginx, ["-v"]).error) {
  console.error("serve-static: nginx is not installed. On Debian or Ubuntu: apt-get install -y nginx");
  process.exit(1);
}

const stateDir = mkdtempSync(path.join(os.tmpdir(), "default-on-nginx-"));
const configFile = path.join(stateDir, "nginx.conf");
writeFileSync(
  configFile,
  mainConfig({
    listen: `127.0.0.1:${port}`,
    root: out,
    siteConf: path.join(root, "deploy", "site.conf"),
    stateDir,
    // nginx's workers run as nobody, who may not be able to read a checkout under /root.
    user: process.getuid?.() === 0 ? "root" : undefined,
    workers: process.env.NGINX_WORKERS ?? "auto",
  }),
);

const server = spawn(nginx, ["-p", stateDir, "-c", configFile], { stdio: "inherit" });
console.log(`serve-static: nginx serves out/ on http://127.0.0.1:${port}/`);
const cleanUp = () => rmSync(stateDir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) {
  // nginx shuts down quickly on SIGTERM; QUIT would wait for open connections.
  process.on(signal, () => server.kill("SIGTERM"));
}
server.on("exit", (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
