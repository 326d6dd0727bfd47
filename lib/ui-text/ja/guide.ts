/** 日本語版：オプトアウトの手順。 */
import type * as en from "../guide";
import type { Strings } from "../strings";

export const guide: Strings<typeof en.guide> = {
  title: "オフにする方法",
  description: (setting: string) =>
    `お手元の端末で一つずつ：LinkedInの「${setting}」という設定をオフにする方法と、オフにしても変わらないこと。`,
  intro:
    "LinkedInがあなたのデータでコンテンツ生成AIをトレーニングできるようにする設定を、オフにしましょう。お使いの端末を選んでください。どのガイドも一つずつ手順を進めます。",
  chooseHeading: "お使いの端末はどれですか？",
  suggested: "・この端末におすすめ",
  platformTitle: (name: string) => `オフにする方法：${name}`,
  platformDescription: (name: string, setting: string) =>
    `${name}での手順を一つずつ：LinkedInの「${setting}」という設定をオフにします。`,
  otherDevices: "ほかの端末",
  fastestHeading: "いちばん早い方法",
  directLinkLabel: "LinkedInでこの設定を開く",
  expectationsHeading: "始める前に",
  stepsHeading: "手順",
  stepLabel: (n: number, total: number) => `ステップ${n}／${total}`,
  stepCount: (n: number) => `${n}ステップ`,
  checkLabel: "最後の確認",
  progress: (current: number, total: number, done: number) =>
    `ステップ${current}／${total}。${done === total ? "すべてのステップが完了しました。" : `${total}ステップ中${done}ステップが完了しています。`}`,
  markDone: "このステップを終えました",
  back: "戻る",
  next: "次のステップへ",
  startOver: "最初からやり直す",
  startedOver: "進み具合を消去しました。ステップ1に戻りました。",
  doneMark: "完了",
  lastVerified: (date: string) => `出典と最後に照合した日：${date}`,
  sourcesLabel: "出典",
  afterHeading: "オプトアウトしても変わらないこと",
  regionHeading: "お住まいの地域",
  regionSaved: (place: string) => `地域チェッカーに${place}を保存しています。`,
  regionSee: "お住まいの地域の詳細を見る",
  regionNone: "地域チェッカーでお住まいの地域を選ぶと、そこで何が当てはまるかを確認できます。",
  printHint: "このページを印刷すると、1ページのチェックリストになります。",
  pageSources: "このガイドの出典",
  reportedLabel: (wording: string) => `（表示例：「${wording}」）`,
  reportedLabelsNote:
    "LinkedInの画面の表示名は、LinkedInが英語で表示するとおりに英語で示しています。その後ろの「表示例」は、日本語で書かれた報道や解説記事にある表記の例です。LinkedInからは確認できておらず、実際の日本語表示はこれと異なる場合があります。",
};
