import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [".next/**", ".next-*/**", "out/**", "bench-results/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      // Plain <a> on purpose: every page is a prerendered document, so links work with no JavaScript.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
];

export default config;
