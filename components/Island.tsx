"use client";

import { Component, type ComponentType, type ReactNode } from "react";
import { StaticRendering } from "./hooks/use-browser-state";

/** Renders `fallback` instead of its children once they have thrown; React logs the error once. */
class Boundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Makes a client component an island: if it throws in the browser (an odd value read from it, a
 * runtime's missing feature), it shows its prerendered, no-JavaScript form again, rendered as on the
 * server (every browser read gives its server value), and the rest of the page keeps working; if even
 * that throws, the island is left out. (What the reader did to its controls before it ran is carried
 * out by the controls themselves: components/hooks/first-action.ts.)
 */
export function island<Props extends object>(Island: ComponentType<Props>): ComponentType<Props> {
  function WithBoundary(props: Props) {
    const prerendered = (
      <StaticRendering value={true}>
        <Island {...props} />
      </StaticRendering>
    );
    return (
      <Boundary fallback={<Boundary fallback={null}>{prerendered}</Boundary>}>
        <Island {...props} />
      </Boundary>
    );
  }
  WithBoundary.displayName = `Island(${Island.displayName ?? Island.name})`;
  return WithBoundary;
}
