// The compare command's lines in the command line's help: apart from compare.ts, so that the help
// and the other commands do not load the translation checks.
export const COMPARE_USAGE = `       redaktor compare TRANSLATION ORIGINAL [--json]`

export const COMPARE_HELP = `compare aligns an Albanian translation (an article's embedded statement, or the whole file)
with its original, sentence by sentence, and reports what it left out, added or changed.`
