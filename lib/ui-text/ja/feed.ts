/** 日本語版：Atomフィードとソーシャルカード。 */
import type * as en from "../feed";
import type { Strings } from "../strings";

export const feed: Strings<typeof en.feed> = {
  title: (siteName: string) => `${siteName}：タイムラインと訂正`,
  subtitle:
    "タイムラインのすべての出来事（新しい順。それぞれタイムライン上の該当箇所にリンクしています）と、このサイトの内容に加えたすべての訂正。",
  timelineCategory: "タイムライン",
  correctionCategory: "訂正",
  correctionTitle: (title: string) => `訂正：${title}`,
  when: "日付",
  sources: "出典",
  corrected: "訂正日",
};

export const socialCard: Strings<typeof en.socialCard> = {
  regionKicker: "自分は対象？",
  asOf: (date: string) => `${date}現在`,
  alt: (title: string, siteName: string) => `${title}（${siteName}）`,
  regionAlt: (place: string, verdict: string, date: string, siteName: string) =>
    `${place}：${verdict}（${date}現在）。${siteName}`,
};
