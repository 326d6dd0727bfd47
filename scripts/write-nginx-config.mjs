// `npm run deploy:config`: writes deploy/site.conf and deploy/nginx.conf from deploy/nginx-config.mjs,
// which takes its headers from lib/security-headers.mjs. Run it after changing either.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deployFiles } from "../deploy/nginx-config.mjs";

const deploy = path.resolve(import.meta.dirname, "..", "deploy");
for (const [name, text] of Object.entries(deployFiles())) {
  writeFileSync(path.join(deploy, name), text);
  console.log(`wrote deploy/${name}`);
}
