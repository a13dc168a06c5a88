// The part of zod this app uses, as named re-exports. lib/zod.ts exposes it as the `z` namespace.
// `import { z } from "zod"` would be zod's whole namespace object, which carries `z.locales` (every
// language zod ships) and `z.core`; no bundler can drop a property of an object that is passed
// around, so each page's JavaScript carried ~90 KB gz of them (issue 12). Named re-exports let the
// bundler keep only what is listed here. Need another zod function? Add it to this list.
export {
  array,
  boolean,
  coerce,
  config,
  enum,
  literal,
  nan,
  NEVER,
  null,
  number,
  object,
  preprocess,
  record,
  strictObject,
  string,
  tuple,
  union,
  unknown,
  ZodError,
  ZodType,
  input,
  output,
} from "zod";
export type { infer, RefinementCtx } from "zod";
