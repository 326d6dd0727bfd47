/** content/guide/: the opt-out guides, one per device, and what they share. */
import { z } from "zod";
import { calendarDay, citedText, slug, sourceIds, text, webUrl } from "./primitives";

export const guidePlatformIds = ["desktop", "ios", "android", "mobile-web"] as const;
export const guidePlatformId = z.enum(guidePlatformIds, { error: `must be one of ${guidePlatformIds.join(", ")}` });

/** The drawings the guide can show; each is drawn for this site in components/guide/ScreenDrawing.tsx. */
export const illustrationIds = [
  "desktop-me",
  "desktop-menu",
  "desktop-sidebar",
  "desktop-section",
  "toggle",
  "check-off",
  "app-photo",
  "app-menu",
  "app-settings",
  "app-section",
  "app-toggle",
  "app-check-off",
  "phone-link",
  "phone-sign-in",
] as const;
export const illustrationId = z.enum(illustrationIds, { error: `must be one of ${illustrationIds.join(", ")}` });

export const guideStepSchema = z.strictObject({
  id: slug,
  title: text,
  /** LinkedIn's own labels are marked **like this**. */
  text,
  illustration: illustrationId,
  /** What the drawing shows, for readers who cannot see it. */
  alt: text,
  lastVerified: calendarDay,
  sources: sourceIds,
});

export const guidePlatformSchema = z.strictObject({
  platform: guidePlatformId,
  name: text,
  device: text,
  /** Position on the guide's platform list. */
  order: z.number().int().positive(),
  note: text.optional(),
  noteSources: z.array(slug).default([]),
  steps: z.array(guideStepSchema).min(1, { error: "must have at least one step" }),
  finalCheck: guideStepSchema.omit({ id: true }),
});

export const guideCommonSchema = z.strictObject({
  directLink: z.strictObject({ url: webUrl, text, sources: sourceIds }),
  expectations: z.array(citedText).min(1),
  afterwards: z.array(citedText).min(1),
});

export type GuidePlatformId = (typeof guidePlatformIds)[number];
export type GuideStep = z.infer<typeof guideStepSchema>;
export type GuidePlatform = z.infer<typeof guidePlatformSchema>;
export type GuideCommon = z.infer<typeof guideCommonSchema>;

/** A LinkedIn label's name in content: `<Label name="generativeAiSetting" />`. */
export const labelName = z
  .string({ error: "is required" })
  .regex(/^[a-z][a-zA-Z]*$/, { error: "must be a name in camelCase, such as generativeAiSetting" });

/**
 * content/guide/labels.yaml: LinkedIn's own labels, exactly as LinkedIn writes them in English, each
 * written once. The guide, the story and the page descriptions name them as <Label name="…" />.
 */
export const linkedInLabelsSchema = z.strictObject({
  /** The setting itself is named in page descriptions too, so every content folder has it. */
  labels: z.object({ generativeAiSetting: text }).catchall(text),
});

export type LinkedInLabels = z.infer<typeof linkedInLabelsSchema>["labels"];
