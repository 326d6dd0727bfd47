/** 日本語版：地域チェッカー（地域の選択、各地域のページ、答えと通知）。 */
import type * as en from "../region";
import type { Strings } from "../strings";

export const region: Strings<typeof en.region> = {
  pickerTitle: "自分は対象？",
  pickerDescription:
    "お住まいの地域を選ぶと、2024年9月以降のどの日についても、LinkedInがあなたのデータを初期設定でコンテンツ生成AIのトレーニングに利用していたかどうかがわかります。",
  pageTitle: (place: string) => `${place}：自分は対象？`,
  pageDescription: (place: string) =>
    `2024年9月以降、LinkedInが${place}のメンバーのデータを初期設定でコンテンツ生成AIのトレーニングに利用していたかどうかと、できること。`,
  pickerIntro:
    "お住まいの地域を選んでください。LinkedInがその地域のメンバーのデータを初期設定でコンテンツ生成AIのトレーニングに利用しているかどうかを、今日の時点と、2024年9月18日以降の任意の日について、その理由とともに表示します。",
  privacyNote: "選んだ地域はお使いのブラウザの中にだけ残ります。このサイトは位置情報を調べず、どこにも何も送りません。",
  searchLabel: "国・地域",
  searchHint: "名前か2文字のコードを入力して、一覧から選んでください。",
  matches: (count: number) =>
    count === 0 ? "該当する国・地域はありません。" : count === 1 ? "1件の国・地域が該当します。" : `${count}件の国・地域が該当します。`,
  suggestion: "ブラウザの言語設定から：",
  remembered: "保存した地域：",
  allPlaces: "すべての国・地域",
  allPlacesIntro: "すべての国・地域の一覧です。リンクを開くと、その国・地域の答えが表示されます。",
  backToAll: "すべての国・地域",
  statusLabel: {
    "used-by-default": "初期設定で利用",
    excluded: "対象外",
    uncertain: "不明",
  },
  verdict: {
    "used-by-default": (place: string, when: string, now: boolean) =>
      now
        ? `はい。${when}、LinkedInは${place}のメンバーのデータを、初期設定でコンテンツ生成AIのトレーニングに利用しています。メンバーがオフにしない限り、この設定はオンです。`
        : `はい。${when}、LinkedInは${place}のメンバーのデータを、初期設定でコンテンツ生成AIのトレーニングに利用していました。メンバーがオフにしない限り、この設定はオンでした。`,
    excluded: (place: string, when: string, now: boolean) =>
      now
        ? `いいえ。${when}、LinkedInは${place}のメンバーのデータを、コンテンツ生成AIのトレーニングに利用していません。`
        : `いいえ。${when}、LinkedInは${place}のメンバーのデータを、コンテンツ生成AIのトレーニングに利用していませんでした。`,
    uncertain: (place: string, when: string, now: boolean) =>
      now
        ? `不明です。${when}、LinkedInが${place}のメンバーのデータをコンテンツ生成AIのトレーニングに利用しているかどうかは、出典からは判断できません。`
        : `不明です。${when}、LinkedInが${place}のメンバーのデータをコンテンツ生成AIのトレーニングに利用していたかどうかは、出典からは判断できません。`,
  },
  /** 答えの文中で「${when}、LinkedInは…」と続く形。 */
  asOf: (date: string) => `${date}現在`,
  onDate: (date: string) => `${date}の時点で`,
  verdictHeading: "答え",
  dateLabel: "ほかの日付で確認する",
  dateHint: (start: string, end: string) => `${start}から${end}までの日を選べます。`,
  showDate: "この日付で表示",
  backToToday: "今日に戻る",
  noScriptDate: "ほかの日付で確認するには、JavaScriptを有効にしてください。下の履歴に、これまでの変更がすべて載っています。",
  notice: {
    malformed: (input: string) =>
      `「${input}」は日付として読み取れません（YYYY-MM-DDの形で入力してください）。そのため、今日の答えを表示しています。`,
    "before-range": (input: string, start: string) =>
      `${input}は、この運用が公になった${start}より前の日付です。そのため、今日の答えを表示しています。`,
    "after-today": (input: string) => `${input}は未来の日付です。そのため、今日の答えを表示しています。`,
  },
  historyHeading: "いつ、何が変わったか",
  current: "現在",
  chosen: "選んだ日付",
  periodTo: "～",
  untilToday: "今日",
  whyHeading: "理由",
  aboutPlace: "この国・地域について：",
  doHeading: "できること",
  doGuide: "設定をオフにする：直接リンクと、お使いの端末での手順。",
  timelineHeading: "タイムライン上の出来事",
  sourcesHeading: "出典",
  remember: "この端末でこの地域を記憶する",
  forget: "保存した地域を消去する",
  rememberedHere: "このブラウザにだけ保存されています。",
  notFoundRegion: (code: string) => `「${code}」というコードの国・地域はありません。下から選んでください。`,
  didYouMeanEnd: "のことですか？",
  didYouMean: "もしかして",
};
