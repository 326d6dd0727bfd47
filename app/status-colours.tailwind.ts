/** Adds the answers' colours of lib/status-colours.ts to the Tailwind theme (loaded by globals.css). */
import plugin from "tailwindcss/plugin";
import { statusColours } from "../lib/status-colours";

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
      },
    },
  },
});
