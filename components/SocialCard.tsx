import type { SocialCardContent } from "@/lib/site-pages";
import { headingSize } from "@/lib/social-card";
import { statusColours } from "@/lib/status-colours";

/**
 * A page's social image, drawn by next/og (Satori): only flexbox and inline styles, and every element
 * with more than one child says display: flex. Colours follow the site's light theme.
 */

export function SocialCard({ card, siteName, tagline, host }: { card: SocialCardContent; siteName: string; tagline: string; host: string }) {
  const accent = card.verdict ? statusColours[card.verdict.status].border : "#0f172a";
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", color: "#0f172a" }}>
      <div style={{ display: "flex", width: 24, height: "100%", background: accent }} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "56px 72px 52px 64px" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 34, color: "#0f172a" }}>{siteName}</div>
          <div style={{ display: "flex", fontSize: 26, color: "#475569", marginTop: 4 }}>{tagline}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {card.kicker ? <div style={{ display: "flex", fontSize: 32, color: "#475569", marginBottom: 12 }}>{card.kicker}</div> : null}
          <div style={{ display: "flex", fontSize: headingSize(card.heading), lineHeight: 1.15, letterSpacing: -1 }}>{card.heading}</div>
          {card.verdict ? (
            <div style={{ display: "flex", alignItems: "center", marginTop: 28 }}>
              <div
                style={{
                  display: "flex",
                  fontSize: 44,
                  padding: "10px 28px",
                  borderRadius: 12,
                  border: `4px solid ${statusColours[card.verdict.status].border}`,
                  background: statusColours[card.verdict.status].surface,
                  color: statusColours[card.verdict.status].ink,
                }}
              >
                {card.verdict.label}
              </div>
              <div style={{ display: "flex", fontSize: 30, color: "#475569", marginLeft: 24 }}>{card.verdict.asOf}</div>
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#475569" }}>{host}</div>
      </div>
    </div>
  );
}
