/** 日本語版：このサイトについてのページ（誤りの報告、訂正の記録、オープンデータの説明）。 */
import type * as en from "../about";
import type { Strings } from "../strings";

export const about: Strings<typeof en.about> = {
  reportHeading: "誤りを報告するには",
  reportIntro:
    "このサイトの内容に誤りがある場合や、出典が裏づける以上のことを述べている場合は、お知らせください。どのページのどの文かを示し、できれば、それと異なることを示す出典も教えてください。",
  reportLink: "誤りを報告する",
  reportAfter: "訂正は公開の場で行い、日付とともに下に掲載します。",
  correctionsHeading: "訂正",
  correctionsIntro: "公開後に訂正した内容です（新しい順）。フィードにも掲載しています。",
  noCorrections: "訂正はまだありません。",
  correctedOn: "訂正日：",
  correctedWhere: "訂正箇所",
  dataHeading: "オープンデータ",
  dataIntro:
    "これらのページの元になっている事実を、再利用できるファイルとして提供しています。サイトのビルド時にページと同じコンテンツファイルから作られるので、内容は常にページと同じです。",
  download: "ダウンロード：",
  fieldsLabel: (file: string) => `${file}のフィールド`,
  fieldHeader: "フィールド",
  meaningHeader: "内容",
  nullNote: "値のないフィールドはnullになります。省略されることはありません。",
};

export const openData: Strings<typeof en.openData> = {
  common: [
    ["site", "サイトの名前。"],
    ["siteUrl", "サイトのアドレス。urlフィールドはすべてこれで始まります。"],
    ["documentation", "このページ。各フィールドの説明があります。"],
    ["language", "ファイル内の文章の言語（このファイルでは \"ja\"、/data/ の英語版では \"en\"）。事実の内容はどの言語でも同じです。"],
    ["lastReviewed", "内容を最後に確認した日（YYYY-MM-DD）。"],
  ],
  source: [
    ["sources[]", "ファイル内の記録が引用するすべての出典（各1回）。"],
    ["sources[].id", "記録が引用するときに使う出典のid。/sources#<id> が出典ページでのその項目です。"],
    ["sources[].publisher", "発行元。"],
    ["sources[].title", "タイトル。"],
    ["sources[].date", "公開日。YYYY-MM-DD、またはそれしかわからない場合はYYYY-MMかYYYY。"],
    ["sources[].url", "元の媒体のアドレス。"],
    ["sources[].archiveUrl", "アーカイブされた写しのアドレス、またはnull。"],
    ["sources[].recordedVersionDate", "法的文書の場合、当サイトが読んだ版をOpen Terms Archiveが記録した日（YYYY-MM-DD）。該当しない場合はnull。"],
    ["sources[].recordedVersionUrl", "法的文書の場合、その記録された版のアドレス。該当しない場合はnull。"],
    ["sources[].note", "発行元自身のページ以外で読んだ場合の読み方、またはnull。"],
    ["sources[].confidence", "C1（原典で確認）またはC2（二次的な写しで確認）。"],
  ],
  files: {
    timeline: {
      name: "timeline.json",
      title: "タイムライン",
      description: "タイムラインのすべての出来事。古い順で、それぞれの出典つき。",
      fields: [
        ["entries[]", "出来事。タイムラインと同じ順です。"],
        ["entries[].slug", "出来事の変わらないid。/timeline#<slug> がタイムライン上のその位置です。"],
        ["entries[].url", "タイムライン上の出来事のアドレス。"],
        ["entries[].title", "出来事の見出し。"],
        ["entries[].date", "YYYY-MM-DD。出典に月しかない場合はYYYY-MM。"],
        ["entries[].dateLabel", "正確でない日付のページ上での表記（例：\"Mid-September 2024\"）、またはnull。"],
        ["entries[].sortDate", "出来事を置く日（YYYY-MM-DD）。日がわからない場合は当サイトの推定。"],
        ["entries[].regions", "関係する地域：eu-eea、switzerland、uk、canada、hong-kong、elsewhere。"],
        ["entries[].text", "何が起きたか。当サイトのことばで、段落のリストとして。"],
        ["entries[].sources", "根拠となる出典のid。"],
      ],
    },
    regions: {
      name: "regions.json",
      title: "地域チェッカーのルール",
      description:
        "それぞれの国・地域について、LinkedInがそこでメンバーのデータを初期設定でコンテンツ生成AIのトレーニングに利用していたかどうかを、この運用が明るみに出て以降の期間ごとに、理由とともに示します。",
      fields: [
        ["rangeStart", "ルールが答える最初の日（YYYY-MM-DD）。"],
        ["statuses[]", "ありうる答え。"],
        ["statuses[].id", "used-by-default、excluded、uncertainのいずれか。"],
        ["statuses[].label", "サイト上での答えの表記。"],
        ["jurisdictions[]", "同じ答えを共有する国・地域のグループ。"],
        ["jurisdictions[].id", "グループのid。places がこれで所属を示します。"],
        ["jurisdictions[].name", "グループの名前。\"members in\"（～のメンバー）に続く形です。"],
        ["jurisdictions[].why", "答えがそうなっている理由。"],
        ["jurisdictions[].advice", "そこのメンバーがほかにできること、またはnull。"],
        ["jurisdictions[].adviceSources", "adviceの出典のid。"],
        ["jurisdictions[].periods[]", "時期ごとの答え。rangeStartから今日まで、すき間も重なりもありません。"],
        ["jurisdictions[].periods[].from", "期間の最初の日（YYYY-MM-DD）。"],
        ["jurisdictions[].periods[].to", "期間の最後の日（その日を含む）。現在の期間ではnull。"],
        ["jurisdictions[].periods[].status", "その期間の答え。statusesのidのいずれか。"],
        ["jurisdictions[].periods[].reason", "理由。1～2文で。"],
        ["jurisdictions[].periods[].caveat", "出典では決着していないこと、またはnull。"],
        ["jurisdictions[].periods[].sources", "その期間の出典のid。"],
        ["jurisdictions[].periods[].timeline", "その期間をもたらしたタイムラインの出来事のslug。"],
        ["places[]", "ISO 3166-1のすべての国・地域コードとXK。それぞれ1つのグループに割り当てられています。"],
        ["places[].code", "2文字の大文字のコード。"],
        ["places[].name", "その国・地域の英語名。"],
        ["places[].jurisdiction", "所属するグループのid。"],
        ["places[].note", "そのグループに属する理由（自明でない場合）、またはnull。"],
        ["places[].url", "地域チェッカーでのその国・地域のページ。"],
      ],
    },
  },
  feed: {
    name: "feed.xml",
    title: "フィード",
    description:
      "タイムラインの出来事と訂正を新しい順に載せた、フィードリーダー向けのAtomフィード。各出来事はタイムライン上のその位置にリンクしています。",
  },
  sitemap: {
    name: "sitemap.xml",
    title: "サイトマップ",
    description: "すべてのページのアドレス。",
  },
};
