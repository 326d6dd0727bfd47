/** 日本語版：出典ページ。 */
import type * as en from "../sources";
import type { Strings } from "../strings";

export const sources: Strings<typeof en.sources> = {
  title: "出典",
  description: "このサイトが依拠するすべての出典を1回ずつ、どこで引用しているかとともに掲載しています。",
  intro:
    "各出典は1回ずつ掲載しています。「原典で確認」とある記述は、原典またはその忠実な写しで読んだもの、「二次的な写しで確認」とある記述は、転載された写しやほかの媒体の報道で読んだものです。",
  published: "公開日",
  archived: "アーカイブされた写し",
  address: "アドレス",
  reliability: "信頼度",
  note: "注記",
  citedIn: "引用箇所",
  citingPlace: {
    story: "経緯",
    about: "このサイトについて",
    timelineEntry: (title: string) => `タイムライン：${title}`,
    regionChecker: "地域チェッカー",
    jurisdiction: (name: string) => `地域チェッカー：${name}`,
    guide: "オフにする方法",
    guidePlatform: (name: string) => `オフにする方法：${name}`,
  },
  confidence: {
    C1: "原典で確認",
    C2: "二次的な写しで確認",
  },
};
