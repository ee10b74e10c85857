/** Prompt files in the plain form VBench's custom mode and the synthetic benchmark take. */
import { assertNoControlChars, decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

/**
 * One prompt a line, trimmed, empty lines skipped. `field` names the spec field the file came
 * from (`vbench.prompts_file`), so every error says which field and file to fix.
 */
export async function readPromptLines(file: string, field: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `${field}: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const label = `${field}: ${file}`;
  const text = decodeUtf8(bytes, label, FleetErrorCode.SPEC_INVALID);
  assertNoControlChars(text, label, FleetErrorCode.SPEC_INVALID);
  const prompts = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (prompts.length === 0) throw new FleetError(FleetErrorCode.SPEC_INVALID, `${field}: ${file} has no prompts; write one prompt a line`);
  return prompts;
}
