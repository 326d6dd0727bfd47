/**
 * The two servers the end-to-end tests run against: the production build served as `npm start`
 * serves it, and the static export (out/) served by nginx with deploy/site.conf.
 * E2E_PORT sets the first port; nginx listens on the next one.
 */
const port = Number(process.env.E2E_PORT ?? 3210);

export const nextStartPort = port;
export const nginxPort = port + 1;

export const servers = [
  { name: "npm start", origin: `http://127.0.0.1:${nextStartPort}` },
  { name: "nginx", origin: `http://127.0.0.1:${nginxPort}` },
] as const;

export const nginxOrigin = servers[1].origin;
