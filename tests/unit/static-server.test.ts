import { expect, test } from "vitest";
import { normalizedPath } from "@/scripts/static-server.mjs";

test("paths are decoded and resolved as nginx resolves them", () => {
  expect(normalizedPath("/timeline")).toBe("/timeline");
  expect(normalizedPath("/region/%64e")).toBe("/region/de");
  expect(normalizedPath("/_next/../timeline")).toBe("/timeline");
  expect(normalizedPath("/region/%2e%2e/timeline")).toBe("/timeline");
  expect(normalizedPath("//timeline")).toBe("/timeline");
  expect(normalizedPath("/timeline/")).toBe("/timeline/");
  expect(normalizedPath("/")).toBe("/");
});

test("a path that does not decode, holds a NUL or climbs above the root names nothing", () => {
  for (const path of ["/region/%ZZ", "/%", "/a%00b", "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/x/../../etc"]) expect(normalizedPath(path), path).toBeNull();
});
