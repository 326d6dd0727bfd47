/** 日本語版：世界地図のことば。{date}、{count} などの空欄は lib/map/map-summary.ts が埋めます。 */
import type { MapText } from "@/lib/map/map-text";
import type { Strings } from "../strings";

export const mapText: Strings<MapText> = {
  heading: "地図で見る",
  intro: "表示している日の、各国・地域の答えです。地図をタップまたはクリックすると、いちばん近い国・地域の答えと、その日のページへのリンクが出ます。",
  summary: "{date}の時点で、対象外は{excluded}、初期設定で利用は{used}、不明は{uncertain}です。",
  places: { one: "1か所", other: "{count}か所" },
  legendHeading: "凡例",
  legend: {
    "used-by-default": "初期設定で利用",
    excluded: "対象外（斜線）",
    uncertain: "不明（点模様）",
    neutral: "地図データにコードがない地域",
  },
  neutralNote:
    "灰色の地域は、地図データに国コードがありません（コソボ、北キプロス、ソマリランド、シアチェン氷河、オーストラリア領インド洋地域）。そのため、推測で色を付けることはせず、色分けしていません。小さすぎて見えない国・地域や、独自の形を持たない国・地域（コソボを含む）は点で示しています。",
  sliderLabel: "地図に表示する日",
  keyDatesLabel: "変化があった日",
  listLink: "すべての国・地域を一覧で見る",
  keyboardNote: "キーボードで国・地域を開くには、上の検索ボックスか下の一覧を使ってください。",
  pickHint: "地図のどこかをタップまたはクリックすると、いちばん近い国・地域の答えがここに出ます。",
  pickAnswer: "{date}の時点で「{status}」です。",
  pickNearby: "近くの国・地域：",
  stripHeading: "変化があった日の地図",
  stripIntro: "何かが変わった日ごとに、同じ地図を並べています。各キャプションから、タイムライン上のその出来事へ移動できます。",
};
