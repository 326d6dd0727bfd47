import { readFileSync, writeFileSync } from "node:fs";
const edit = (file, fn) => { const o = JSON.parse(readFileSync(file, "utf8")); fn(o); writeFileSync(file, JSON.stringify(o, null, 2) + "\n"); };
const tense = (now, past) => `{tense, select, now {${now}} other {${past}}}`;
edit(".tmp-measure/en/guide.json", (o) => {
  o.guide.stepCount = "{count, plural, one {# step} other {# steps}}";
  o.guide.progress = "Step {current} of {total}. {remaining, plural, =0 {All steps done.} other {{done} of {total} done.}}";
});
edit(".tmp-measure/ja/guide.json", (o) => {
  o.guide.stepCount = "{count}ステップ";
  o.guide.progress = "ステップ{current}／{total}。{remaining, plural, =0 {すべてのステップが完了しました。} other {{total}ステップ中{done}ステップが完了しています。}}";
});
edit(".tmp-measure/en/region.json", (o) => {
  o.region.matches = "{count, plural, =0 {No place matches.} one {# place matches.} other {# places match.}}";
  o.region.verdict = {
    "used-by-default": tense("Yes. {when}, LinkedIn uses data from members in {place} to train its content-generating AI by default: the setting is on unless they turn it off.", "Yes. {when}, LinkedIn was using data from members in {place} to train its content-generating AI by default: the setting was on unless they turned it off."),
    excluded: tense("No. {when}, LinkedIn is not using data from members in {place} to train its content-generating AI.", "No. {when}, LinkedIn was not using data from members in {place} to train its content-generating AI."),
    uncertain: tense("Not known. {when}, the sources do not settle whether LinkedIn uses data from members in {place} to train its content-generating AI.", "Not known. {when}, the sources do not settle whether LinkedIn was using data from members in {place} to train its content-generating AI."),
  };
});
edit(".tmp-measure/ja/region.json", (o) => {
  o.region.matches = "{count, plural, =0 {該当する国・地域はありません。} other {#件の国・地域が該当します。}}";
  o.region.verdict = {
    "used-by-default": tense("はい。{when}、LinkedInは{place}のメンバーのデータを、初期設定でコンテンツ生成AIのトレーニングに利用しています。メンバーがオフにしない限り、この設定はオンです。", "はい。{when}、LinkedInは{place}のメンバーのデータを、初期設定でコンテンツ生成AIのトレーニングに利用していました。メンバーがオフにしない限り、この設定はオンでした。"),
    excluded: tense("いいえ。{when}、LinkedInは{place}のメンバーのデータを、コンテンツ生成AIのトレーニングに利用していません。", "いいえ。{when}、LinkedInは{place}のメンバーのデータを、コンテンツ生成AIのトレーニングに利用していませんでした。"),
    uncertain: tense("不明です。{when}、LinkedInが{place}のメンバーのデータをコンテンツ生成AIのトレーニングに利用しているかどうかは、出典からは判断できません。", "不明です。{when}、LinkedInが{place}のメンバーのデータをコンテンツ生成AIのトレーニングに利用していたかどうかは、出典からは判断できません。"),
  };
});
edit(".tmp-measure/en/map.json", (o) => { o.map.places = "{count, plural, one {# place} other {# places}}"; });
edit(".tmp-measure/ja/map.json", (o) => { o.map.places = "{count, plural, other {#か所}}"; });
