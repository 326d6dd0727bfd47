/** 日本語版：出典ページ。 */
import type * as en from "../sources";
import type { Strings } from "../strings";

export const sources: Strings<typeof en.sources> = {
  title: "出典",
  description: "このサイトが依拠するすべての出典を1回ずつ、どこで引用しているかとともに掲載しています。",
  intro:
    "各出典は1回ずつ掲載しています。「原典で確認」とある記述は、原典またはその忠実な写しで読んだもの、「二次的な写しで確認」とある記述は、転載された写しやほかの媒体の報道で読んだものです。",
  recordedIntro:
    "LinkedInの法的文書の一部は、LinkedIn上のアドレスと、当サイトが読んだ日付つきの写し（Open Terms Archiveが記録したもの）の両方で引用しています。Open Terms Archiveは、大きなオンラインサービスの規約やプライバシーポリシーを確認し、見つけた版をその日付とともにGitHubの公開リポジトリに保存している公開のプロジェクトです。LinkedInがページを変えたあとでも、その写しで当サイトが読んだとおりの文言を確かめられます。",
  published: "公開日",
  versionRead: "読んだ版",
  recordedOn: (date: string) => `Open Terms Archiveが${date}に記録した版`,
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
