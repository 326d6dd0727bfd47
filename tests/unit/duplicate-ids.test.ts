import { expect, test } from "vitest";
import { duplicateIdProblems, duplicateIds } from "@/lib/duplicate-ids";

test("an id given again is named at the later item, with the item that has it first", () => {
  const steps = [{ id: "open" }, { id: "choose" }, { id: "open" }, { id: "open" }];
  expect(duplicateIds(steps, (step) => step.id)).toEqual([
    { index: 2, id: "open", firstIndex: 0 },
    { index: 3, id: "open", firstIndex: 0 },
  ]);
  expect(duplicateIdProblems(steps, "steps", "id", (step) => step.id)[0]).toEqual({ field: "steps[2].id", problem: '"open" is already the id of steps[0]' });
});

test("a list whose ids are all different has no duplicates", () => {
  expect(duplicateIds(["DE", "FR", "IT"], (code) => code)).toEqual([]);
});
