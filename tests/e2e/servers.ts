/**
 * The two servers the end-to-end tests run against, both serving the static export (out/): `npm start`
 * (scripts/static-server.mjs) and nginx with deploy/site.conf, as a static host would.
 * E2E_PORT sets the first port; nginx listens on the next one.
 */
const port = Number(process.env.E2E_PORT ?? 3210);

export const npmStartPort = port;
export const nginxPort = port + 1;

export const servers = [
  { name: "npm start", origin: `http://127.0.0.1:${npmStartPort}` },
  { name: "nginx", origin: `http://127.0.0.1:${nginxPort}` },
] as const;

export const nginxOrigin = servers[1].origin;
