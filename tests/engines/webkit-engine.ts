import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { Builder, Capabilities, Key as Keys, type WebDriver } from "selenium-webdriver";
import { miniBrowserPath, webkitDriverPath } from "../../scripts/browser.mjs";
import { callExpression, missingScript, readerQueriesSource, type Engine, type Key, type Modifier } from "./engine";


const keys: Record<Key | Modifier, string> = {
  Enter: Keys.ENTER,
  Tab: Keys.TAB,
  Space: Keys.SPACE,
  Escape: Keys.ESCAPE,
  Backspace: Keys.BACK_SPACE,
  ArrowLeft: Keys.ARROW_LEFT,
  ArrowRight: Keys.ARROW_RIGHT,
  ArrowUp: Keys.ARROW_UP,
  ArrowDown: Keys.ARROW_DOWN,
  Home: Keys.HOME,
  End: Keys.END,
  a: "a",
  v: "v",
  Control: Keys.CONTROL,
  Shift: Keys.SHIFT,
};

/** A port nothing listens on now: WEBKIT_DRIVER_PORT if set, else one the system picks. */
async function driverPort(): Promise<number> {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK needs a display. Uses the one in DISPLAY (e.g. under `xvfb-run -a`), else starts Xvfb on
 * a free display number of its own choosing (`-displayfd`) for this suite and stops it afterwards.
 */
async function display(): Promise<{ display: string; xvfb: ChildProcess | null }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, xvfb: null };
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  let stderr = "";
  xvfb.stderr!.on("data", (chunk) => (stderr += chunk));
  const number = await new Promise<string>((resolve, reject) => {
    let written = "";
    xvfb.stdio[3]!.on("data", (chunk) => {
      written += chunk;
      if (written.includes("\n")) resolve(written.trim());
    });
    xvfb.once("error", (error) => reject(new Error(`Xvfb did not start (${error.message}): install Debian's xvfb`)));
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim()}`)));
  });
  return { display: `:${number}`, xvfb };
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s`);
}

function stop(child: ChildProcess | null) {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

/**
 * WebKitGTK (Debian's webkit2gtk-driver): WebKitWebDriver drives its MiniBrowser over classic
 * WebDriver, through selenium-webdriver. The browser runs as it comes here, with the language tag
 * its POSIX locale gives it ("C"). Classic WebDriver reports no console messages or page errors:
 * those are read from the page (in-page/reader-queries.ts) from the moment it has loaded.
 */
export async function launchWebKit(): Promise<Engine> {
  const screen = await display();
  const port = await driverPort();
  const driverProcess = spawn(webkitDriverPath, [`--port=${port}`], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DISPLAY: screen.display } });
  let driver: WebDriver;
  try {
    await waitForDriver(port, driverProcess);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities(
        new Capabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: miniBrowserPath, args: ["--automation"] },
        }),
      )
      .build();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch (error) {
    stop(driverProcess);
    stop(screen.xvfb);
    throw error;
  }
  const version = (await driver.getCapabilities()).getBrowserVersion();
  const language = await driver.executeScript("return navigator.language");

  async function call<T>(name: string, ...args: unknown[]): Promise<T> {
    const expression = `return ${callExpression(name, args)};`;
    let result = await driver.executeScript(expression);
    if (result === missingScript) {
      await driver.executeScript(readerQueriesSource());
      result = await driver.executeScript(expression);
    }
    return result as T;
  }

  return {
    description: `WebKitGTK ${version} (language tag ${JSON.stringify(language)})`,
    async goto(url) {
      await driver.get(url);
    },
    async reload() {
      await driver.navigate().refresh();
    },
    call,
    async hover(query) {
      const point = await call<{ x: number; y: number } | null>("centre", query);
      if (!point) return false;
      await driver.actions().move({ x: 1, y: 1 }).move(point).perform();
      return true;
    },
    async click(query, fromLeft) {
      // A pointer press and release where the reader sees the element, as in the other engines
      // (WebDriver's element click adds checks of its own that refuse some inline links).
      const point = await call<{ x: number; y: number } | null>("centre", query, fromLeft);
      if (!point) return false;
      await driver.actions().move(point).press().release().perform();
      return true;
    },
    async type(text) {
      await driver.actions().sendKeys(text).perform();
    },
    async press(key, modifiers = []) {
      let actions = driver.actions();
      for (const modifier of modifiers) actions = actions.keyDown(keys[modifier]);
      actions = actions.keyDown(keys[key]).keyUp(keys[key]);
      for (const modifier of [...modifiers].reverse()) actions = actions.keyUp(keys[modifier]);
      await actions.perform();
    },
    engineErrors: () => [],
    async close() {
      try {
        await driver.quit();
      } finally {
        stop(driverProcess);
        stop(screen.xvfb);
      }
    },
  };
}
