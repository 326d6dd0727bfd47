/** 日本語版：/object のことばと、地域ページの規制当局の欄のことば。 */
import type * as en from "../object";
import type { Strings } from "../strings";

export const regulators: Strings<typeof en.regulators> = {
  heading: "規制当局の見解",
  /** `of` は「アイルランドの」のように「の」までを含む形で届く想定。 */
  ownHeading: (of: string, name: string) => `${of}${name}`,
  leadHeading: (name: string) => `LinkedInを主に監督する規制当局：${name}`,
  ownAuthorityHeading: "お住まいの国の規制当局",
  website: (name: string) => `${name}のウェブサイト（懸念の伝え方や苦情の申し立て方の案内があります）`,
  beyondHeading: "設定をオフにする以外にできること",
  beyondLink: "設定をオフにする以外の異議の申し立て方：お住まいの地域の法律、過去のデータ、コピーして使える文面",
};

export const objectPage: Strings<typeof en.objectPage> = {
  sourcesLabel: "出典",
  covers: "含まれるもの：",
  doesNotCover: "含まれないもの：",
  placesInSection: (count: number) => `このグループの国・地域（${count}）`,
  savedPlacePending: "地域ページで地域を保存している場合は、このページの該当する部分へのリンクがここに表示されます。",
  savedPlace: "保存した地域（{place}）は「{section}」に含まれます。",
  noSavedPlace: "このブラウザには地域が保存されていません。下から選ぶか、その地域の地域ページで保存してください。",
  goToSection: "その部分へ移動",
  legalBasis: "LinkedInが示す法的根拠",
  rightToObject: "異議を申し立てる権利",
  olderData: "今オフにすると、過去のデータにも効果がありますか？",
  regulatorsHeading: "規制当局",
  noRegulator:
    "2026年12月6日の時点で、この地域の規制当局がLinkedInのAIトレーニングについて出した声明のうち、当サイトが出典として示せるものは見つかっていません。",
  templateLabel: (section: string) => `${section}向けの異議申し立て文`,
  copy: "文面をコピー",
  copied: "コピーしました。LinkedInのフォームに貼り付けてください。",
  copyFailed: "ブラウザがコピーを許可しませんでした。文面を選択して、ご自身でコピーしてください。",
  noScriptCopy: "文面を選択してコピーしてください。",
  sourcesHeading: "出典",
};
