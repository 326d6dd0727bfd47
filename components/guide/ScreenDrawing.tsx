import type { ReactNode } from "react";
import type { z } from "zod";
import type { illustrationId } from "@/lib/schemas";

type IllustrationId = z.infer<typeof illustrationId>;

/*
 * Simplified drawings of LinkedIn's screens, drawn for this site: no screenshots, no logos. Only the
 * labels our sources confirm are written out, taken from the step's own text in content/guide/ (where it
 * marks them **like this**), so a renamed setting is one edit there; everything else is a grey placeholder. The control to
 * press is ringed in amber. The whole drawing is one image for assistive technology, named by its alt text.
 */

function Placeholder({ width = "w-full", tall = false }: { width?: string; tall?: boolean }) {
  return <span className={`block ${tall ? "h-3" : "h-2"} ${width} rounded bg-slate-300 dark:bg-slate-600`} />;
}

function Target({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <span className={`relative rounded-md bg-amber-100 px-2 py-1 font-semibold text-slate-900 ring-4 ring-amber-500 dark:bg-amber-200 ${className}`}>
      {children}
    </span>
  );
}

function Avatar({ size = "h-7 w-7" }: { size?: string }) {
  return <span className={`inline-block ${size} shrink-0 rounded-full bg-slate-400 dark:bg-slate-500`} />;
}

function Switch({ on }: { on: boolean }) {
  return (
    <span className={`inline-flex h-6 w-11 shrink-0 items-center rounded-full p-0.5 ${on ? "justify-end bg-slate-700" : "justify-start bg-slate-400"}`}>
      <span className="h-5 w-5 rounded-full bg-white" />
    </span>
  );
}

function DesktopFrame({ children }: { children: ReactNode }) {
  return (
    <div className="overflow-hidden rounded-lg border-2 border-slate-400 bg-white text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100">
      <div className="flex items-center gap-1.5 border-b border-slate-300 bg-slate-100 px-3 py-1.5 dark:border-slate-600 dark:bg-slate-700">
        <span className="h-2.5 w-2.5 rounded-full bg-slate-400" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-400" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-400" />
      </div>
      <div className="p-3">{children}</div>
    </div>
  );
}

function PhoneFrame({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-56 overflow-hidden rounded-3xl border-4 border-slate-500 bg-white p-3 text-sm text-slate-900 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100">
      {children}
    </div>
  );
}

function SettingRow({ label, value, highlighted }: { label: string | undefined; value?: string; highlighted: boolean }) {
  const content = (
    <span className="flex items-center justify-between gap-3">
      <span>
        <Label text={label} />
      </span>
      {value ? <span className="shrink-0">{value}</span> : null}
    </span>
  );
  return highlighted ? <Target className="block">{content}</Target> : <span className="block px-2 py-1">{content}</span>;
}

function DesktopSection({ heading, row, value }: { heading?: string; row?: string; value?: string }) {
  return (
    <DesktopFrame>
      <div className="space-y-2">
        <p className="m-0 font-semibold">
          <Label text={heading} width="w-1/2" />
        </p>
        <Placeholder width="w-4/5" />
        <Placeholder width="w-3/5" />
        <SettingRow label={row} value={value} highlighted />
      </div>
    </DesktopFrame>
  );
}

function ToggleScreen({ phone, label, value }: { phone: boolean; label?: string; value?: string }) {
  const body = (
    <div className="space-y-2">
      <Placeholder width="w-full" />
      <Placeholder width="w-2/3" />
      <Target className="flex items-center justify-between gap-3">
        <span className="flex-1">
          <Label text={label} width="w-full" />
        </span>
        <span className="flex items-center gap-2">
          {value ? <span>{value}</span> : null}
          <Switch on={false} />
        </span>
      </Target>
    </div>
  );
  return phone ? <PhoneFrame>{body}</PhoneFrame> : <DesktopFrame>{body}</DesktopFrame>;
}

function PhoneList({ target, value }: { target?: string; value?: string }) {
  return (
    <PhoneFrame>
      <div className="space-y-3">
        <Placeholder width="w-1/2" tall />
        <Placeholder />
        <Placeholder width="w-4/5" />
        <SettingRow label={target} value={value} highlighted />
        <Placeholder width="w-3/4" />
      </div>
    </PhoneFrame>
  );
}

/** What a drawing writes out: the step's own labels (marked **like this** in content/guide/), and the direct address. */
interface DrawingText {
  /** The step's labels, in the order its text marks them. */
  labels: readonly string[];
  /** The direct address of the setting, from content/guide/common.yaml. */
  directLink: string;
}

/** A label the step marks, or a grey placeholder where it marks none. */
function Label({ text, width = "w-24" }: { text: string | undefined; width?: string }) {
  return text ? <>{text}</> : <Placeholder width={width} />;
}

const drawings: Record<IllustrationId, (text: DrawingText) => ReactNode> = {
  "desktop-me": ({ labels }) => (
    <DesktopFrame>
      <div className="flex items-center gap-3">
        <span className="h-7 w-7 rounded bg-slate-400 dark:bg-slate-500" />
        <span className="h-6 w-28 rounded-full bg-slate-200 dark:bg-slate-700" />
        <span className="ml-auto flex items-center gap-3">
          <span className="h-5 w-5 rounded bg-slate-300 dark:bg-slate-600" />
          <span className="h-5 w-5 rounded bg-slate-300 dark:bg-slate-600" />
          <Target className="flex flex-col items-center">
            <Avatar size="h-5 w-5" />
            <span className="text-xs">
              <Label text={labels[0]} width="w-6" /> ▾
            </span>
          </Target>
        </span>
      </div>
    </DesktopFrame>
  ),
  "desktop-menu": ({ labels }) => (
    <DesktopFrame>
      <div className="ml-auto w-56 space-y-2 rounded-md border border-slate-300 p-3 shadow dark:border-slate-600">
        <span className="flex items-center gap-2">
          <Avatar />
          <Placeholder width="w-24" />
        </span>
        <Placeholder width="w-3/4" />
        <Target className="block">
          <Label text={labels[0]} />
        </Target>
        <Placeholder width="w-1/2" />
      </div>
    </DesktopFrame>
  ),
  "desktop-sidebar": ({ labels }) => (
    <DesktopFrame>
      <div className="flex gap-4">
        <div className="w-40 shrink-0 space-y-2.5">
          <Placeholder width="w-4/5" />
          <Placeholder width="w-3/5" />
          <Placeholder width="w-2/3" />
          <Target className="block">
            <Label text={labels[0]} />
          </Target>
          <Placeholder width="w-1/2" />
        </div>
        <div className="flex-1 space-y-2 border-l border-slate-300 pl-4 dark:border-slate-600">
          <Placeholder width="w-1/2" tall />
          <Placeholder />
          <Placeholder width="w-5/6" />
          <Placeholder width="w-2/3" />
        </div>
      </div>
    </DesktopFrame>
  ),
  // The heading, the row and its value, as the step names them.
  "desktop-section": ({ labels }) => <DesktopSection heading={labels[0]} row={labels[1]} value={labels[2]} />,
  "check-off": ({ labels }) => <DesktopSection heading={labels[0]} row={labels[1]} value={labels[2]} />,
  toggle: ({ labels }) => <ToggleScreen phone={false} label={labels[0]} value={labels[1]} />,
  "app-photo": () => (
    <PhoneFrame>
      <div className="flex items-center gap-2">
        <Target className="rounded-full px-1 py-1">
          <Avatar />
        </Target>
        <span className="h-6 flex-1 rounded-full bg-slate-200 dark:bg-slate-700" />
      </div>
      <div className="mt-4 space-y-2">
        <Placeholder />
        <Placeholder width="w-5/6" />
        <span className="block h-16 rounded bg-slate-200 dark:bg-slate-700" />
      </div>
    </PhoneFrame>
  ),
  "app-menu": ({ labels }) => (
    <PhoneFrame>
      <div className="space-y-3">
        <Avatar size="h-10 w-10" />
        <Placeholder width="w-2/3" tall />
        <Placeholder width="w-1/2" />
        <Placeholder width="w-3/5" />
        <span className="block h-6" />
        <Target className="block">
          <Label text={labels[0]} />
        </Target>
      </div>
    </PhoneFrame>
  ),
  "app-settings": ({ labels }) => <PhoneList target={labels[0]} />,
  "app-section": ({ labels }) => <PhoneList target={labels[0]} value={labels[1]} />,
  "app-toggle": ({ labels }) => <ToggleScreen phone label={labels[0]} value={labels[1]} />,
  "app-check-off": ({ labels }) => <PhoneList target={labels[0]} value={labels[1]} />,
  "phone-link": ({ directLink }) => (
    <PhoneFrame>
      <Target className="block truncate text-xs">{directLink.replace(/^https?:\/\/(www\.)?/, "")}</Target>
      <div className="mt-4 space-y-2">
        <Placeholder />
        <Placeholder width="w-3/4" />
      </div>
    </PhoneFrame>
  ),
  "phone-sign-in": ({ labels }) => (
    <PhoneFrame>
      <div className="space-y-3">
        <Placeholder width="w-1/2" tall />
        <span className="block h-8 rounded border border-slate-400" />
        <span className="block h-8 rounded border border-slate-400" />
        <Target className="flex justify-center">
          <Label text={labels[0]} width="w-16" />
        </Target>
      </div>
    </PhoneFrame>
  ),
};

export function ScreenDrawing({ illustration, alt, labels, directLink }: { illustration: IllustrationId; alt: string } & DrawingText) {
  return (
    <figure className="my-4 print:hidden">
      <div role="img" aria-label={alt} className="max-w-md">
        {drawings[illustration]({ labels, directLink })}
      </div>
    </figure>
  );
}
