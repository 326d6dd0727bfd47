/**
 * Adds the answers' colours of lib/status-colours.ts to the Tailwind theme (loaded by globals.css),
 * and the world map's of lib/map/map-colours.ts (`theme(colors.map.left-out.dark)` and so on).
 */
import plugin from "tailwindcss/plugin";
import { statusColours } from "../lib/status-colours";
import { mapPalette, type MapPalette } from "../lib/map/map-colours";

const mapColours = Object.fromEntries(
  (Object.keys(mapPalette.light) as (keyof MapPalette)[]).map((name) => [
    name.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`),
    { DEFAULT: mapPalette.light[name], dark: mapPalette.dark[name] },
  ]),
);

export default plugin(() => {}, {
  theme: {
    extend: {
      colors: {
        status: Object.fromEntries(
          Object.entries(statusColours).map(([status, colours]) => [
            status,
            { DEFAULT: colours.border, surface: colours.surface, ink: colours.ink, dark: colours.darkBorder, "dark-surface": colours.darkSurface },
          ]),
        ),
        map: mapColours,
      },
    },
  },
});
