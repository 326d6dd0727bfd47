/** 日本語版：タイムラインのことばと、絞り込める地域の名前。 */
import type * as en from "../timeline";
import type { Strings } from "../strings";

export const timeline: Strings<typeof en.timeline> = {
  title: "タイムライン",
  description:
    "2024年9月の報道から現在の状況まで、2023年の背景も一部含めて、すべての出来事を日付順に、それぞれの出典とともに掲載しています。",
  regionTitle: (region: string) => `タイムライン：${region}`,
  regionDescription: (region: string) =>
    `${region}に関係する出来事だけに絞ったタイムラインです。日付順に、それぞれの出典とともに掲載しています。`,
  filterLabel: "表示する地域",
  allRegions: "すべての地域",
  regionsLabel: "関係する地域",
  everywhere: "すべての地域のメンバー",
  sourcesLabel: "出典",
  showingRegion: (region: string, shown: number, total: number) =>
    `全${total}件の出来事のうち、${region}に関係する${shown}件を表示しています。`,
  showingAll: (total: number) => `全${total}件の出来事をすべて表示しています。`,
  checkerPrompt: "今日、あなたは対象ですか？特定の日にはどうでしたか？",
  checkerLink: "お住まいの地域で確認する",
};

export const timelineRegions: Strings<typeof en.timelineRegions> = {
  "eu-eea": "EU・EEA",
  switzerland: "スイス",
  uk: "イギリス",
  canada: "カナダ",
  "hong-kong": "香港",
  elsewhere: "その他（アメリカをはじめほとんどの国）",
};
