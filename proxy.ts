import { NextResponse, type NextRequest } from "next/server";

/**
 * A path whose percent-encoding cannot be decoded (such as /region/%ZZ) would make the router
 * fail with a server error; answer it with the site's own 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }
}

export const config = {
  // Only the dynamic routes decode their segments; every other path is served as a file or a 404.
  matcher: ["/region/:path*", "/timeline/:path*", "/guide/:path*"],
};
