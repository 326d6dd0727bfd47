/** 日本語版：すべてのページの枠（スキップリンク、ナビゲーション、フッター、配色、出典、注記、404ページ）。 */
import type * as en from "../site";
import type { Strings } from "../strings";

export const skipToContent: Strings<typeof en.skipToContent> = "本文へ移動";

export const nav: Strings<typeof en.nav> = {
  label: "メイン",
  links: [
    { href: "/", label: "経緯", hint: "LinkedInが何をしたか、そしてオフにする方法" },
    { href: "/region", label: "自分は対象？", hint: "お住まいの地域での答え" },
    { href: "/guide", label: "オフにする方法", hint: "お使いの端末での手順を、一つずつ" },
    { href: "/timeline", label: "タイムライン", hint: "すべての出来事を、日付と出典つきで" },
    { href: "/sources", label: "出典", hint: "このサイトが依拠するすべての出典" },
    { href: "/about", label: "このサイトについて", hint: "調べ方、訂正、オープンデータ" },
  ],
};

export const footer: Strings<typeof en.footer> = {
  lastReviewed: "内容の最終確認日",
  reportMistake: "誤りを報告する",
  privacy: "このサイトはCookieを使わず、アクセス解析も行わず、ほかのサイトから何も読み込みません。",
  about: "このサイトについて、訂正とオープンデータ",
};

export const theme: Strings<typeof en.theme> = {
  label: "配色",
  options: {
    system: "端末の設定",
    light: "ライト",
    dark: "ダーク",
  },
};

export const language: Strings<typeof en.language> = {
  openGraphLocale: "ja_JP",
  label: "言語",
  suggestion: "このページは日本語でも読めます。",
  suggestionLink: "日本語で読む",
  dismiss: "閉じる",
};

export const punctuation: Strings<typeof en.punctuation> = {
  colon: "：",
  listSeparator: "、",
  fullStop: "。",
};

export const cite: Strings<typeof en.cite> = {
  label: (number: number, source: string) => `出典${number}：${source}`,
};

export const untranslated: Strings<typeof en.untranslated> = {
  notice: "この部分はまだ翻訳されていません",
};

export const callout: Strings<typeof en.callout> = {
  note: "補足",
  warning: "注意",
};

export const notFound: Strings<typeof en.notFound> = {
  title: "ページが見つかりません",
  body: "このアドレスにはページがありません。ページが移動したか、リンクのアドレスが間違っている可能性があります。",
  suggestions: "お探しのページは次のどれかかもしれません：",
  pickPlace: "お住まいの地域をお探しですか？",
};
