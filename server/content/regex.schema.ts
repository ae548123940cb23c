import { z } from "zod";
import { regexRisk } from "./regex-safety";

/**
 * A case-insensitive JavaScript regular expression, checked to compile and to match in reasonable
 * time whatever the text (see regexRisk): one that can backtrack for ever would hang the server.
 *
 * Apart from common.schema.ts because the check needs a regex analyser (refa, scslre, regexpp:
 * about 1.2 MB), which the web client, importing the common schemas through the briefing's,
 * must not bundle.
 */
export const RegexSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, "i");
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${String(err)}` });
      return;
    }
    const risk = regexRisk(source);
    if (risk) ctx.addIssue({ code: "custom", message: risk });
  });
