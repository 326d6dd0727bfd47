import { readerJourneys } from "./journeys";
import { launchWebKit } from "./webkit-engine";

// WebKitGTK: Debian's webkit2gtk-driver (WebKitWebDriver and its MiniBrowser), under Xvfb, as it comes: language tag "C".
readerJourneys(launchWebKit);
