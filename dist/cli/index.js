#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(163);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/engine/rule.ts
/** Identity function that gives a rule file full type checking of its meta and listeners. */
function defineRule(rule) {
    return rule;
}

// EXTERNAL MODULE: ./src/model/resource.ts + 1 modules
var model_resource = __nccwpck_require__(9060);
// EXTERNAL MODULE: ./src/model/value.ts
var model_value = __nccwpck_require__(2904);
;// CONCATENATED MODULE: ./rules/util/roles.ts

/**
 * Managed HSM local RBAC built-in roles (data plane), by role definition GUID
 * (shared/research/rule-semantics.md §2.6). These work only in the HSM's own role assignments, never in
 * `Microsoft.Authorization/roleAssignments`. Crypto User and Crypto Service Release User differ only in
 * the last digit: always compare full GUIDs.
 */
const LOCAL_ROLES = {
    'a290e904-7015-4bba-90c8-60543313cdb4': 'Managed HSM Administrator',
    '515eb02d-2335-4d2d-92f2-b1cbdf9c3778': 'Managed HSM Crypto Officer',
    '21dbd100-6940-42c2-9190-5d6cb909625b': 'Managed HSM Crypto User',
    '4bd23610-cdcf-4971-bdee-bdc562cc28e4': 'Managed HSM Policy Administrator',
    '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3': 'Managed HSM Crypto Auditor',
    '33413926-3206-4cdd-b39a-83574fe37a17': 'Managed HSM Crypto Service Encryption User',
    '21dbd100-6940-42c2-9190-5d6cb909625c': 'Managed HSM Crypto Service Release User',
    '7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8': 'Managed HSM Backup',
};
/** Azure RBAC (control plane) built-in role GUIDs that matter for a Managed HSM. */
const CONTROL_ROLES = {
    managedHsmContributor: '18500a29-7fe2-46b2-a342-b16a415e101d',
    owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
};
/** Control-plane roles that administer the HSM resource itself (§1.2, PIM and admin rows). */
const CONTROL_ADMIN_ROLES = {
    [CONTROL_ROLES.managedHsmContributor]: 'Managed HSM Contributor',
    [CONTROL_ROLES.owner]: 'Owner',
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The role GUID (lower case) of a role definition id in any of its written forms:
 * `/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/<guid>`,
 * `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/<guid>` (with or without the
 * leading slash), `/providers/Microsoft.Authorization/roleDefinitions/<guid>`, or a bare GUID
 * (§4 pitfall 10). Undefined when the text is not one of these.
 */
function roleGuidOf(roleDefinitionId) {
    const text = roleDefinitionId.trim().replace(/\/+$/, '');
    const segments = text.split('/').filter((s) => s.length > 0);
    const last = segments[segments.length - 1];
    if (last === undefined || !GUID.test(last))
        return undefined;
    if (segments.length === 1)
        return last.toLowerCase();
    const before = segments[segments.length - 2];
    return before.toLowerCase() === 'roledefinitions' ? last.toLowerCase() : undefined;
}
/**
 * Reads `properties.roleDefinitionId`. With the graph, an id known only after apply that refers to a role
 * definition of the scan (Terraform's `data.azurerm_key_vault_managed_hardware_security_module_role_definition.x.resource_manager_id`,
 * looked up by the role's GUID as its name) designates that role.
 */
function readRoleDefinition(assignment, graph) {
    const value = assignment.get('properties.roleDefinitionId');
    if (value.kind === 'unknown') {
        // `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '<guid>')` stays unknown (the
        // subscription is not known before deployment) but names the role in its references.
        const guids = new Set((value.references ?? []).map(roleGuidOf).filter((g) => g !== undefined));
        if (guids.size === 0 && graph)
            for (const guid of definedRoleGuids(graph, value.references))
                guids.add(guid);
        if (guids.size === 1)
            return { kind: 'role', guid: [...guids][0], value };
        return { kind: 'unknown', value };
    }
    if (value.kind === 'absent')
        return { kind: 'absent', value };
    if (typeof value.value !== 'string')
        return { kind: 'other', value };
    const guid = roleGuidOf(value.value);
    return guid ? { kind: 'role', guid, value } : { kind: 'other', value };
}
/** The GUIDs (names) of the role definitions of the scan that references designate. */
function definedRoleGuids(graph, references = []) {
    const guids = [];
    for (const reference of references) {
        const definition = graph.get(reference);
        if (!definition?.isType(model_resource/* TYPES */.QE.localRoleDefinition) && !definition?.isType(model_resource/* TYPES */.QE.roleDefinition))
            continue;
        const name = definition.name;
        const guid = name.kind === 'known' && typeof name.value === 'string' ? roleGuidOf(name.value) : undefined;
        if (guid)
            guids.push(guid);
    }
    return guids;
}
function localRoleName(guid) {
    return LOCAL_ROLES[guid.toLowerCase()];
}
function controlAdminRoleName(guid) {
    return CONTROL_ADMIN_ROLES[guid.toLowerCase()];
}
/** The Managed HSMs a role assignment is scoped to (through its `scope` or the provider form). */
function hsmsOfAssignment(graph, assignment) {
    const hsms = graph.linkedFrom(assignment, 'role-assignment').filter((r) => r.isType(model_resource/* TYPES */.QE.managedHsm));
    // An `existing` reference to an HSM the scan also deploys (a module's) is the same HSM: name it once.
    return hsms.filter((hsm) => !hsm.existing || !hsms.some((other) => !other.existing && other.displayName === hsm.displayName));
}
/** Whether the assignment's scope is a reference that could not be followed. */
function unresolvedScopeOf(graph, assignment) {
    return graph.unresolvedLinks('role-assignment').find((l) => l.from === assignment)?.value;
}
/** `data.azurerm_client_config.<x>.object_id`, possibly inside a module (`module.a.data...`). */
const CLIENT_CONFIG_OBJECT_ID = /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*data\.azur(?:erm|ead)_client_config\.[^.]+\.object_id$/;
/** The resource key of such a data source (`terraform:<dir>:data.azurerm_client_config.current`). */
const CLIENT_CONFIG_KEY = /^(?:terraform|tfplan):.*?:(?:module\..*\.)?data\.azur(?:erm|ead)_client_config\.[^.]+$/;
/**
 * Whether a principal id is the deploying principal: `deployer().objectId` (ARM and Bicep, an unknown
 * whose expression or references call `deployer()`), or Terraform's
 * `data.azurerm_client_config.<x>.object_id` (a reference an unknown carries, or a known value keeps
 * from a plan).
 */
function isDeployer(value) {
    if (value.kind === 'unknown' && /deployer\(\)/i.test(value.expression))
        return true;
    const references = value.kind === 'unknown' || value.kind === 'known' ? (value.references ?? []) : [];
    return references.some((r) => /deployer\(\)/i.test(r) || CLIENT_CONFIG_OBJECT_ID.test(r.trim()) || CLIENT_CONFIG_KEY.test(r));
}
/** Managed HSM local roles the rules name (§2.6). */
const LOCAL_ROLE_IDS = {
    administrator: 'a290e904-7015-4bba-90c8-60543313cdb4',
    cryptoAuditor: '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
    cryptoUser: '21dbd100-6940-42c2-9190-5d6cb909625b',
    cryptoServiceEncryptionUser: '33413926-3206-4cdd-b39a-83574fe37a17',
    cryptoServiceReleaseUser: '21dbd100-6940-42c2-9190-5d6cb909625c',
};
/** Local roles that use keys (cryptographic operations, release): what applications are granted. */
const KEY_USAGE_ROLES = new Set([
    LOCAL_ROLE_IDS.cryptoUser,
    LOCAL_ROLE_IDS.cryptoServiceEncryptionUser,
    LOCAL_ROLE_IDS.cryptoServiceReleaseUser,
]);
/**
 * A local role assignment scope in one form for comparison: leading slash, no trailing slash, the
 * `keys` segment in lower case (`keys/`, `/Keys/` → `/keys`; `` and `//` → `/`). Key names keep their
 * case.
 */
function normalizeLocalScope(scope) {
    const segments = scope
        .trim()
        .split('/')
        .filter((s) => s.length > 0);
    if (segments.length === 0)
        return '/';
    if (segments[0].toLowerCase() === 'keys')
        segments[0] = 'keys';
    return `/${segments.join('/')}`;
}

;// CONCATENATED MODULE: ./rules/util/principals.ts


/** Canonical types of the directory objects a configuration declares or looks up. */
const KIND_OF_TYPE = {
    [model_resource/* TYPES */.QE.entraGroup.toLowerCase()]: 'group',
    [model_resource/* TYPES */.QE.entraUser.toLowerCase()]: 'user',
    [model_resource/* TYPES */.QE.entraServicePrincipal.toLowerCase()]: 'service-principal',
    [model_resource/* TYPES */.QE.entraApplication.toLowerCase()]: 'application',
    [model_resource/* TYPES */.QE.userAssignedIdentity.toLowerCase()]: 'managed-identity',
};
/** Terraform resource and data source types whose object ids designate a principal of a known kind. */
const KIND_OF_TERRAFORM_TYPE = {
    azuread_group: 'group',
    azuread_user: 'user',
    azuread_users: 'user',
    azuread_service_principal: 'service-principal',
    azuread_service_principals: 'service-principal',
    azuread_application: 'application',
    azuread_application_registration: 'application',
    azurerm_user_assigned_identity: 'managed-identity',
};
/** `principalType` values (Azure RBAC, and what a live scan learns from Microsoft Graph). */
const KIND_OF_PRINCIPAL_TYPE = {
    group: 'group',
    foreigngroup: 'group',
    user: 'user',
    serviceprincipal: 'service-principal',
    managedidentity: 'managed-identity',
};
const MODULE_PREFIX = /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/;
const ADDRESS = /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?(?:\.(.+))?$/;
function parseTerraformReference(reference) {
    const text = reference.trim().replace(MODULE_PREFIX, '');
    const match = ADDRESS.exec(text);
    if (!match)
        return undefined;
    const [, data, type, name, attribute] = match;
    // `var.x`, `local.y`, `each.value`, `count.index` and `path.module` are not resources.
    if (!data && ['var', 'local', 'each', 'count', 'path', 'self', 'terraform', 'module'].includes(type))
        return undefined;
    if (!type.includes('_'))
        return undefined;
    return { type, address: `${data ? 'data.' : ''}${type}.${name}`, attribute: attribute ?? '', data: !!data };
}
/** A system-assigned managed identity: `<resource>.identity[0].principal_id` or `identity.0.principal_id`. */
function isSystemAssignedIdentity(ref) {
    return /^identity(?:\[\d+\]|\.\d+)?\.principal_id$/i.test(ref.attribute) && !ref.data;
}
/**
 * The references a value carries (unknown values, and known ones whose origin a plan keeps). An unknown
 * that is itself a Terraform reference (`azurerm_linux_web_app.web.identity[0].principal_id`) counts as
 * one, also when the evaluator could not follow it.
 */
function referencesOf(value) {
    if (value.kind === 'known')
        return value.references ?? [];
    if (value.kind !== 'unknown')
        return [];
    const references = value.references ?? [];
    const expression = value.expression.trim();
    return parseTerraformReference(expression) && !references.includes(expression)
        ? [...references, expression]
        : references;
}
/** The Terraform resource types a value's references name (`azurerm_resource_group` for `azurerm_resource_group.rg.id`). */
function terraformTypesOf(value) {
    return [
        ...new Set(referencesOf(value)
            .map(parseTerraformReference)
            .filter((r) => r !== undefined)
            .map((r) => r.type)),
    ];
}
/** The first reference as written in the configuration (not a resource key), for messages. */
function writtenReference(references) {
    return references?.find((r) => !/^(?:terraform|tfplan|live):/.test(r));
}
/**
 * The resources of the scan a value refers to: by resource key, or by Terraform address (a textual
 * reference such as `data.azuread_service_principal.kgs.object_id` names the resource whose symbol is
 * `data.azuread_service_principal.kgs`).
 */
function referencedResources(graph, value) {
    const found = [];
    const add = (r) => {
        if (!found.includes(r))
            found.push(r);
    };
    for (const reference of referencesOf(value)) {
        const byKey = graph.get(reference);
        if (byKey) {
            add(byKey);
            continue;
        }
        const ref = parseTerraformReference(reference);
        if (!ref)
            continue;
        for (const r of graph.resources) {
            if (r.surface !== 'terraform' && r.surface !== 'tfplan')
                continue;
            if (addressOf(r) === ref.address)
                add(r);
        }
    }
    return found;
}
/** The address of a Terraform resource without module path and instance key. */
function addressOf(resource) {
    const text = resource.symbol ?? resource.key.replace(/^(?:terraform|tfplan):[^:]*:/, '');
    return parseTerraformReference(text)?.address;
}
function kindOfReference(graph, reference) {
    const resource = graph.get(reference);
    if (resource) {
        const kind = KIND_OF_TYPE[resource.type.toLowerCase()];
        if (kind)
            return kind;
    }
    const ref = parseTerraformReference(reference);
    if (!ref)
        return undefined;
    if (ref.type === 'azurerm_client_config' || ref.type === 'azuread_client_config')
        return ref.attribute.toLowerCase() === 'object_id' ? 'deployer' : undefined;
    const kind = KIND_OF_TERRAFORM_TYPE[ref.type];
    if (kind)
        return kind;
    if (ref.type.startsWith('azurerm_') && isSystemAssignedIdentity(ref))
        return 'managed-identity';
    return undefined;
}
/**
 * What a principal id designates, from (in this order) the deploying principal, the declarations it
 * refers to (a resource of the scan, or a Terraform reference such as `azuread_group.admins.object_id`,
 * `azurerm_user_assigned_identity.app.principal_id` or `<resource>.identity[0].principal_id`), and the
 * assignment's `principalType` when it is known. References that disagree (a conditional between a
 * group and a user) give `unknown`.
 */
function classifyPrincipal(graph, value, principalType) {
    if (isDeployer(value))
        return 'deployer';
    const kinds = new Set();
    for (const reference of referencesOf(value)) {
        const kind = kindOfReference(graph, reference);
        if (kind)
            kinds.add(kind);
    }
    if (kinds.size === 1)
        return [...kinds][0];
    if (kinds.size > 1)
        return 'unknown';
    if (principalType?.kind === 'known' && typeof principalType.value === 'string')
        return KIND_OF_PRINCIPAL_TYPE[principalType.value.toLowerCase()] ?? 'unknown';
    return 'unknown';
}
/** Words for a principal kind in messages. */
const PRINCIPAL_WORDS = {
    group: 'a group',
    user: 'a user',
    'managed-identity': 'a managed identity',
    'service-principal': 'the service principal of an app registration',
    application: 'an app registration',
    deployer: 'the deploying principal',
    unknown: 'a principal of unknown type',
};

;// CONCATENATED MODULE: ./rules/util/names.ts
/**
 * Whether a resource is written with a Terraform provider's own attribute names (azurerm, azuread)
 * rather than Resource Manager's: its findings then name what its author wrote. An `azapi_resource`
 * body is written with Resource Manager's names, as ARM templates and Bicep are.
 */
function writtenInProviderTerms(resource) {
    return ((resource.surface === 'terraform' || resource.surface === 'tfplan') &&
        !/(^|\.)azapi_resource\./.test(resource.symbol ?? ''));
}
/** A property's name as the resource's author writes it: Resource Manager's, or the provider attribute. */
function nameOf(resource, names) {
    return writtenInProviderTerms(resource) ? names.provider : names.arm;
}
/** Property names several rules mention, in Resource Manager's and the azurerm provider's terms. */
const KEY_TYPE = { arm: 'kty', provider: 'key_type' };
const KEY_SIZE = { arm: 'keySize', provider: 'key_size' };
const FIREWALL_DEFAULT_ACTION = {
    arm: 'networkAcls.defaultAction',
    provider: 'network_acls.default_action',
};

;// CONCATENATED MODULE: ./rules/admin-groups.ts






const DIRECTORY_LOOKUP = 'Whether these object ids are security groups needs a Microsoft Entra directory lookup (for example az ad group show --group <id>), which an offline scan cannot do.';
/** How a principal is written, for messages: the reference it comes from when the source kept one. */
function principalText(value) {
    if (value.kind !== 'known')
        return (0,model_value/* displayValue */.KN)(value);
    const written = writtenReference(value.references);
    return written && !value.secure ? `${(0,model_value/* displayValue */.KN)(value)} from ${written}` : (0,model_value/* displayValue */.KN)(value);
}
/** An unknown standing for values that are written but can only be judged with the directory. */
function needsLookup(value, reason) {
    return { kind: 'unknown', expression: (0,model_value/* displayValue */.KN)(value), range: value.range, reason };
}
/* harmony default export */ const admin_groups = (defineRule({
    meta: {
        id: 'admin-groups',
        type: 'problem',
        docs: {
            description: 'Managed HSM administrators are Microsoft Entra security groups, not individual users or the deploying principal.',
            recommendation: 'identity-and-access-management/admin-security-groups',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            userAdmin: "Managed HSM '{{name}}' makes a single user an initial administrator ({{value}} in {{property}}). The HSM's administration is lost with that account and cannot be reviewed as a team's; list the object id of a Microsoft Entra security group instead.",
            deployerAdmin: "Managed HSM '{{name}}' makes the deploying principal an initial administrator ({{value}} in {{property}}). That is whoever runs the deployment, often a person or a pipeline identity, and the HSM is locked out when it goes away. List the object id of a Microsoft Entra security group instead.",
            userAssignment: "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to a single user ({{value}}). Administrative access tied to one account is lost with it and hard to review; assign the role to a security group.",
            deployerAssignment: "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to the deploying principal ({{value}}). Assign administrative roles to a security group, not to whoever runs the deployment.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        /** Reports an administrator the configuration names as the deployer or a user; true when it did. */
        const judgeAdmin = (hsm, id) => {
            const kind = classifyPrincipal(graph, id);
            if (kind !== 'deployer' && kind !== 'user')
                return kind !== 'unknown';
            context.report({
                resource: hsm,
                at: id,
                messageId: kind === 'deployer' ? 'deployerAdmin' : 'userAdmin',
                data: {
                    name: hsm.displayName,
                    value: principalText(id),
                    property: nameOf(hsm, { arm: 'initialAdminObjectIds', provider: 'admin_object_ids' }),
                },
            });
            return true;
        };
        const checkAdmins = (hsm) => {
            const path = 'properties.initialAdminObjectIds';
            const admins = hsm.get(path);
            if (admins.kind === 'unknown') {
                if (judgeAdmin(hsm, admins))
                    return;
                return context.unresolved(hsm, path, admins, DIRECTORY_LOOKUP);
            }
            // Required by Resource Manager; nothing to judge when it is missing or not a list.
            if (admins.kind !== 'known' || !Array.isArray(admins.value))
                return;
            // Groups (and other principals a reference names) pass; the rest needs the directory.
            const unverified = hsm
                .items(path)
                .map((e) => e.value)
                .filter((id) => (id.kind === 'unknown' || (id.kind === 'known' && typeof id.value === 'string')) &&
                !judgeAdmin(hsm, id));
            // One could-not-verify finding per HSM, not one per id.
            if (unverified.length > 0) {
                const value = {
                    kind: 'unknown',
                    expression: unverified.map(model_value/* displayValue */.KN).join(', '),
                    range: admins.range,
                    reason: 'an object id may name a user, a group or a service principal',
                };
                context.unresolved(hsm, path, value, DIRECTORY_LOOKUP);
            }
        };
        const checkAssignment = (assignment) => {
            const hsms = hsmsOfAssignment(graph, assignment);
            if (hsms.length === 0)
                return;
            const hsm = hsms.map((h) => h.displayName).join("', '");
            const role = readRoleDefinition(assignment);
            // Only control-plane administration of the HSM matters here.
            const roleName = role.kind === 'role' ? controlAdminRoleName(role.guid) : undefined;
            if (role.kind !== 'unknown' && roleName === undefined)
                return;
            const principal = assignment.get('properties.principalId');
            if (isDeployer(principal)) {
                if (role.kind === 'unknown')
                    return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
                return context.report({
                    resource: assignment,
                    at: principal,
                    messageId: 'deployerAssignment',
                    data: { name: assignment.displayName, role: roleName, hsm, value: (0,model_value/* displayValue */.KN)(principal) },
                });
            }
            const type = assignment.get('properties.principalType');
            if (type.kind === 'known' && !(0,model_value/* equalsIgnoreCase */.Q_)(type.value, 'User'))
                return;
            // Without a principalType, what the principal id refers to (azuread_group, azuread_user) may say.
            const kind = type.kind === 'known' ? 'user' : classifyPrincipal(graph, principal);
            if (kind !== 'user' && kind !== 'unknown')
                return;
            if (role.kind === 'unknown')
                return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
            if (kind === 'user') {
                return context.report({
                    resource: assignment,
                    at: type.kind === 'known' ? type : principal,
                    messageId: 'userAssignment',
                    data: {
                        name: assignment.displayName,
                        role: roleName,
                        hsm,
                        value: type.kind === 'known' ? `principalType ${(0,model_value/* displayValue */.KN)(type)}` : principalText(principal),
                    },
                });
            }
            if (type.kind === 'unknown')
                return context.unresolved(assignment, 'properties.principalType', type);
            // principalType omitted: the principal may be a user or a group; only the directory knows.
            context.unresolved(assignment, 'properties.principalId', needsLookup(principal, 'principalType is not set'), `Set principalType, or check in Microsoft Entra that the principal of this ${roleName} assignment is a security group.`);
        };
        /** Managed HSM local Administrator assignments (Terraform, live), at any scope. */
        const checkLocalAssignment = (assignment) => {
            const role = readRoleDefinition(assignment, graph);
            if (role.kind === 'absent' || role.kind === 'other')
                return;
            if (role.kind === 'role' && role.guid !== LOCAL_ROLE_IDS.administrator)
                return;
            const principal = assignment.get('properties.principalId');
            if (principal.kind === 'absent' || principal.kind === 'default')
                return;
            const kind = classifyPrincipal(graph, principal, assignment.get('properties.principalType'));
            if (kind !== 'user' && kind !== 'deployer' && kind !== 'unknown')
                return;
            if (role.kind === 'unknown')
                return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
            const roleName = localRoleName(role.guid);
            if (kind === 'unknown') {
                const value = principal.kind === 'unknown' ? principal : needsLookup(principal, 'an object id');
                return context.unresolved(assignment, 'properties.principalId', value, `Check in Microsoft Entra that the principal of this ${roleName} assignment is a security group, or refer to the azuread_group in the configuration.`);
            }
            context.report({
                resource: assignment,
                at: principal,
                messageId: kind === 'deployer' ? 'deployerAssignment' : 'userAssignment',
                data: {
                    name: assignment.displayName,
                    role: roleName,
                    hsm: graph.parentOf(assignment)?.displayName ?? '(not resolved)',
                    value: principalText(principal),
                },
            });
        };
        return {
            [model_resource/* TYPES */.QE.managedHsm]: checkAdmins,
            [model_resource/* TYPES */.QE.roleAssignment]: checkAssignment,
            [model_resource/* TYPES */.QE.localRoleAssignment]: checkLocalAssignment,
        };
    },
}));

;// CONCATENATED MODULE: ./rules/util/values.ts

/** True for `true` and the string "true" (ARM accepts both for booleans). */
function isTrue(value) {
    return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}
function isFalse(value) {
    return value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
}
/** Message data for a value: what it is, and why when the platform chose it. */
function describeValue(v) {
    return { value: displayValue(v), why: v.kind === 'default' ? v.why : '' };
}

;// CONCATENATED MODULE: ./rules/arm-key-management.ts



/** Where the live source puts the HSM's data-plane setting `AllowKeyManagementOperationsThroughARM`. */
const SETTING = 'properties.settings.allowKeyManagementOperationsThroughARM';
/* harmony default export */ const arm_key_management = (defineRule({
    meta: {
        id: 'arm-key-management',
        type: 'suggestion',
        docs: {
            description: 'Keys declared as Resource Manager resources need the HSM to trust Resource Manager with key management; that trust is a deliberate decision.',
            recommendation: 'identity-and-access-management/separate-control-and-data-plane',
        },
        surfaces: ['arm', 'bicep', 'live'],
        messages: {
            trustsArm: "Key '{{name}}' is deployed through Azure Resource Manager, which works only when {{hsm}} has AllowKeyManagementOperationsThroughARM enabled (it is off by default). That setting lets control-plane permissions create and manage keys, weakening the separation between control plane and data plane. Enable it deliberately, or create keys through the data plane (local RBAC) instead.",
            armTrusted: "Managed HSM '{{name}}' trusts Azure Resource Manager with key management: its data-plane setting AllowKeyManagementOperationsThroughARM is true (it is off by default). Control-plane permissions can then create and manage keys, weakening the separation between control plane and data plane. Turn the setting off (for example Update-AzKeyVaultSetting -HsmName {{name}} -Name AllowKeyManagementOperationsThroughARM -Value false) unless keys are managed through Resource Manager on purpose.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                // Live keys say nothing about how they were created; the live check is the HSM setting itself.
                if (key.surface !== 'arm' && key.surface !== 'bicep')
                    return;
                const hsmName = context.graph.parentOf(key)?.displayName ?? parentName(key.name);
                const hsm = hsmName ? `HSM '${hsmName}'` : 'its HSM';
                context.report({ resource: key, messageId: 'trustsArm', data: { name: key.displayName, hsm } });
            },
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                // Only a live scan reads the data plane; a template cannot say how the setting is.
                if (hsm.surface !== 'live')
                    return;
                const setting = hsm.get(SETTING);
                // Absent: the data plane was not read (not asked for), so nothing is claimed either way.
                if (setting.kind === 'unknown')
                    return context.unresolved(hsm, SETTING, setting);
                if (setting.kind === 'known' && isTrue(setting.value))
                    context.report({
                        resource: hsm,
                        at: setting,
                        messageId: 'armTrusted',
                        data: { name: hsm.displayName },
                    });
            },
        };
    },
}));
/** The HSM part of a child name written `hsm/key`, when the HSM itself is not in the scan. */
function parentName(name) {
    if (name.kind !== 'known' || name.secure || typeof name.value !== 'string')
        return undefined;
    const segments = name.value.split('/');
    return segments.length > 1 ? segments.slice(0, -1).join('/') : undefined;
}

// EXTERNAL MODULE: ./src/model/api-version.ts
var api_version = __nccwpck_require__(7184);
;// CONCATENATED MODULE: ./rules/backup-identity.ts




/** `identity` exists on Microsoft.KeyVault/managedHSMs from api 2023-07-01 (rule-semantics §2.3). */
const IDENTITY_SINCE = '2023-07-01';
/** Whether a written api version (`2022-07-01`, `2021-06-01-preview`) predates `minimum`. */
/** `UserAssigned`, `SystemAssigned,UserAssigned`, `SystemAssigned, UserAssigned` (any case). */
function includesUserAssigned(type) {
    return (typeof type === 'string' && type.split(',').some((part) => (0,model_value/* equalsIgnoreCase */.Q_)(part.trim(), 'UserAssigned')));
}
/* harmony default export */ const backup_identity = (defineRule({
    meta: {
        id: 'backup-identity',
        type: 'problem',
        docs: {
            description: 'Managed HSMs have a user-assigned managed identity attached, which full backups use to write to Azure Storage.',
            recommendation: 'backup-and-recovery/backup-identity',
        },
        surfaces: ['arm', 'bicep', 'live'],
        messages: {
            missing: "Managed HSM '{{name}}' has no managed identity, so full backups cannot use a user-assigned identity to reach their storage account. Add identity with type UserAssigned and the identity's resource id under userAssignedIdentities.",
            notUserAssigned: "Managed HSM '{{name}}' has identity type {{value}}, which attaches no user-assigned identity for backups. Use UserAssigned (or SystemAssigned, UserAssigned) and list the identity under userAssignedIdentities.",
            noIdentities: "Managed HSM '{{name}}' has identity type {{value}} but lists no identity under identity.userAssignedIdentities. Add the resource id of the user-assigned identity that backups use.",
            apiVersionTooOld: "Managed HSM '{{name}}' is declared with api version {{apiVersion}}, which has no identity property, so no identity for backups can be attached. Use api version {{since}} or later and add a user-assigned identity.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                if ((0,api_version/* apiVersionBefore */.q)(hsm.apiVersion, IDENTITY_SINCE)) {
                    return context.report({
                        resource: hsm,
                        messageId: 'apiVersionTooOld',
                        data: { name, apiVersion: hsm.apiVersion ?? '', since: IDENTITY_SINCE },
                    });
                }
                const identity = hsm.get('identity');
                if (identity.kind === 'unknown')
                    return context.unresolved(hsm, 'identity', identity);
                if (identity.kind === 'absent')
                    return context.report({ resource: hsm, at: identity, messageId: 'missing', data: { name } });
                const type = hsm.get('identity.type');
                if (type.kind === 'unknown')
                    return context.unresolved(hsm, 'identity.type', type);
                if (type.kind === 'absent' || !includesUserAssigned(type.value)) {
                    const at = type.kind === 'absent' ? identity : type;
                    return context.report({
                        resource: hsm,
                        at,
                        messageId: 'notUserAssigned',
                        data: { name, value: (0,model_value/* displayValue */.KN)(type) },
                    });
                }
                const identities = hsm.get('identity.userAssignedIdentities');
                if (identities.kind === 'unknown')
                    return context.unresolved(hsm, 'identity.userAssignedIdentities', identities);
                const listed = identities.kind === 'known' &&
                    typeof identities.value === 'object' &&
                    identities.value !== null &&
                    !Array.isArray(identities.value) &&
                    Object.keys(identities.value).length > 0;
                if (!listed) {
                    const at = identities.kind === 'absent' ? identity : identities;
                    context.report({
                        resource: hsm,
                        at,
                        messageId: 'noIdentities',
                        data: { name, value: (0,model_value/* displayValue */.KN)(type) },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/util/keys.ts

/**
 * Key types and curves of Managed HSM keys, and how the rules compare them
 * (shared/research/rule-semantics.md §2.2, pitfalls 16 and 23).
 */
/** The key types a Managed HSM accepts in their canonical (`-HSM`) spelling, as Azure Policy 1fd3b2cc lists them. */
const KEY_TYPES = ['RSA-HSM', 'EC-HSM', 'oct-HSM'];
/** The elliptic curves of `curveName`, as the ARM spec and Azure Policy e58fd0c1 list them. */
const CURVES = ['P-256', 'P-256K', 'P-384', 'P-521'];
const TYPE_ALIASES = {
    rsa: 'RSA-HSM',
    'rsa-hsm': 'RSA-HSM',
    ec: 'EC-HSM',
    'ec-hsm': 'EC-HSM',
    'oct-hsm': 'oct-HSM',
};
const CURVE_ALIASES = {
    'p-256': 'P-256',
    'p-256k': 'P-256K',
    // The name some services report for P-256K (the azurerm provider treats the two as equal).
    secp256k1: 'P-256K',
    'p-384': 'P-384',
    'p-521': 'P-521',
};
/**
 * The canonical key type: `RSA` and `RSA-HSM` are both `RSA-HSM`, `EC` and `EC-HSM` both `EC-HSM` (a
 * Managed HSM keeps every key in the HSM), compared case-insensitively. Unrecognised text comes back as
 * written, so a message can show it.
 */
function normalizeKeyType(kty) {
    return TYPE_ALIASES[kty.trim().toLowerCase()] ?? kty;
}
/** The family of a key type value, or undefined when it is not a recognised type. */
function keyFamily(kty) {
    if (typeof kty !== 'string')
        return undefined;
    switch (normalizeKeyType(kty)) {
        case 'RSA-HSM':
            return 'RSA';
        case 'EC-HSM':
            return 'EC';
        case 'oct-HSM':
            return 'oct';
        default:
            return undefined;
    }
}
/** The canonical curve name (`p-384` → `P-384`, `SECP256K1` → `P-256K`); unrecognised text as written. */
function normalizeCurve(name) {
    return CURVE_ALIASES[name.trim().toLowerCase()] ?? name;
}
/**
 * Whether a key belongs to a family. A key without `kty` belongs to none (key-type reports the missing
 * type, which the service requires).
 */
function checkFamily(key, family) {
    const kty = key.get('properties.kty');
    if (kty.kind === 'unknown')
        return { kind: 'unknown', kty };
    if (kty.kind === 'absent')
        return { kind: 'no' };
    return keyFamily(kty.value) === family ? { kind: 'yes' } : { kind: 'no' };
}
/** An integer key size from a number or a numeric string; undefined for anything else. */
function asKeySize(value) {
    const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}
function keyOperations(key) {
    const value = key.get('properties.keyOps');
    if (value.kind === 'unknown')
        return { value, known: [], unknown: [value] };
    const known = [];
    const unknown = [];
    for (const element of key.items('properties.keyOps')) {
        const op = element.value;
        if (op.kind === 'unknown')
            unknown.push(op);
        else if (op.kind === 'known' && typeof op.value === 'string')
            known.push(op.value);
    }
    return { value, known, unknown };
}
function isImport(op) {
    return op.toLowerCase() === 'import';
}
/**
 * How a key's expiry is written where the key is declared: azurerm's `expiration_date` takes an RFC 3339
 * time, ARM, Bicep and AzAPI bodies take `attributes.exp` in seconds since the Unix epoch.
 */
function expiryWording(key) {
    return writtenInProviderTerms(key)
        ? {
            attribute: 'expiration_date',
            hint: 'an RFC 3339 time',
            writeAs: 'an RFC 3339 time (for example 2027-01-01T00:00:00Z)',
        }
        : {
            attribute: 'attributes.exp',
            hint: 'seconds since the Unix epoch',
            writeAs: 'whole seconds since the Unix epoch (for example 1798761600 for 2027-01-01)',
        };
}

;// CONCATENATED MODULE: ./rules/byok-import-keys.ts





/* harmony default export */ const byok_import_keys = (defineRule({
    meta: {
        id: 'byok-import-keys',
        type: 'problem',
        docs: {
            description: "Key exchange keys for BYOK (keys that allow 'import') are RSA-HSM keys that allow no other operation.",
            recommendation: 'service-specific-security/bring-your-own-key',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            notRsaHsm: "Key '{{name}}' allows 'import' but its key type is {{value}}. A BYOK key exchange key must be RSA-HSM; create it with {{property}} RSA-HSM.",
            notExclusive: "Key '{{name}}' allows 'import' together with {{others}}. 'import' is mutually exclusive with all other key operations: a key exchange key serves only to bring wrapped keys into the HSM. Set {{property}} to {{importOnly}} alone.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const ops = keyOperations(key);
                if (!ops.known.some(isImport)) {
                    // An expression in keyOps may well be 'import'.
                    if (ops.unknown.length > 0)
                        context.unresolved(key, 'properties.keyOps', ops.unknown[0]);
                    return;
                }
                const name = key.displayName;
                const kty = key.get('properties.kty');
                if (kty.kind === 'unknown')
                    context.unresolved(key, 'properties.kty', kty);
                // A key without kty is key-type's finding (the service rejects it anyway).
                else if (kty.kind !== 'absent' && kty.value !== null) {
                    const type = typeof kty.value === 'string' ? normalizeKeyType(kty.value) : undefined;
                    if (type !== 'RSA-HSM')
                        context.report({
                            resource: key,
                            at: kty,
                            messageId: 'notRsaHsm',
                            data: {
                                name,
                                value: (0,model_value/* displayValue */.KN)(kty),
                                property: nameOf(key, KEY_TYPE),
                            },
                        });
                }
                const others = ops.known.filter((op) => !isImport(op));
                if (others.length > 0) {
                    context.report({
                        resource: key,
                        at: ops.value,
                        messageId: 'notExclusive',
                        data: {
                            name,
                            others: others.map((op) => `'${op}'`).join(', '),
                            ...(writtenInProviderTerms(key)
                                ? { property: 'key_opts', importOnly: '["import"]' }
                                : { property: 'keyOps', importOnly: "['import']" }),
                        },
                    });
                }
                else if (ops.unknown.length > 0) {
                    context.unresolved(key, 'properties.keyOps', ops.unknown[0], "A key that allows 'import' must allow nothing else.");
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/util/diagnostics.ts


/** The diagnostic settings scoped to a Managed HSM (both the `scope` and the provider form). */
function diagnosticSettingsOf(graph, hsm) {
    return graph.linkedTo(hsm, 'diagnostic-setting');
}
/** Diagnostic settings whose target is an expression that could not be followed. */
function unresolvedDiagnosticScopes(graph) {
    const out = [];
    for (const link of graph.unresolvedLinks('diagnostic-setting')) {
        if (link.value.kind === 'unknown')
            out.push({ resource: link.from, path: 'scope', value: link.value });
    }
    return out;
}
/** False only when the setting provably sends no logs (no log entry, or every entry disabled). */
function sendsLogs(setting) {
    const logs = setting.get('properties.logs');
    if (logs.kind === 'unknown')
        return true;
    return setting.items('properties.logs').some((entry) => {
        const enabled = entry.get('enabled');
        // A platform default counts as written (the azurerm legacy `log` block defaults `enabled` to true).
        return enabled.kind === 'unknown' || (enabled.kind !== 'absent' && !isFalse(enabled.value));
    });
}
/** The Log Analytics workspaces that receive a Managed HSM's logs through its diagnostic settings. */
function logWorkspacesOf(graph, hsm) {
    const result = { workspaces: [], external: [], unresolved: [] };
    const unresolvedLinks = graph.unresolvedLinks('log-destination');
    for (const setting of diagnosticSettingsOf(graph, hsm)) {
        if (!sendsLogs(setting))
            continue;
        const workspaces = graph
            .linkedFrom(setting, 'log-destination')
            .filter((r) => r.isType(model_resource/* TYPES */.QE.logAnalyticsWorkspace));
        for (const workspace of workspaces)
            result.workspaces.push({ workspace, setting });
        if (workspaces.length > 0)
            continue;
        const pending = unresolvedLinks.find((l) => l.from === setting)?.value;
        if (pending?.kind === 'unknown') {
            result.unresolved.push({ resource: setting, path: 'properties.workspaceId', value: pending });
            continue;
        }
        const id = setting.get('properties.workspaceId');
        if (id.kind === 'known' && typeof id.value === 'string' && id.value.trim() !== '')
            result.external.push({ setting, value: id });
    }
    return result;
}

;// CONCATENATED MODULE: ./rules/diagnostic-logs.ts






/** Where a diagnostic setting can send logs (rule-semantics.md §1.4; `marketplacePartnerId` is the partner solution). */
const DESTINATIONS = [
    'properties.workspaceId',
    'properties.storageAccountId',
    'properties.eventHubAuthorizationRuleId',
    'properties.marketplacePartnerId',
];
/** AuditEvent is the only Managed HSM log category; the audit and allLogs groups include it (§2.2). */
const AUDIT_GROUPS = ['audit', 'allLogs'];
function auditLogs(setting) {
    const logs = setting.get('properties.logs');
    if (logs.kind === 'unknown')
        return { state: 'maybe', pending: { resource: setting, path: 'properties.logs', value: logs } };
    let pending;
    let disabled;
    for (const entry of setting.items('properties.logs')) {
        const whole = entry.value;
        if (whole.kind === 'unknown') {
            pending ??= { resource: setting, path: entry.path, value: whole };
            continue;
        }
        const category = entry.get('category');
        const group = entry.get('categoryGroup');
        const enabled = entry.get('enabled');
        const isAudit = (category.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(category.value, 'AuditEvent')) ||
            (group.kind === 'known' && AUDIT_GROUPS.some((g) => (0,model_value/* equalsIgnoreCase */.Q_)(group.value, g)));
        // `enabled` is required by Resource Manager; a missing one collects nothing. A platform default counts
        // (the azurerm provider's legacy `log` block defaults `enabled` to true).
        const on = enabled.kind === 'unknown'
            ? 'maybe'
            : enabled.kind !== 'absent' && isTrue(enabled.value)
                ? 'yes'
                : 'no';
        if (on === 'no') {
            if (isAudit)
                disabled ??= enabled;
            continue;
        }
        if (isAudit && on === 'yes')
            return { state: 'yes' };
        if (isAudit) {
            pending ??= { resource: setting, path: `${entry.path}.enabled`, value: enabled };
        }
        else if (category.kind === 'unknown') {
            pending ??= { resource: setting, path: `${entry.path}.category`, value: category };
        }
        else if (group.kind === 'unknown') {
            pending ??= { resource: setting, path: `${entry.path}.categoryGroup`, value: group };
        }
    }
    if (pending)
        return { state: 'maybe', pending };
    const problem = disabled
        ? {
            messageId: 'noAuditLogs',
            at: disabled,
            detail: `enables no audit logs: its audit entry has enabled ${disabled.kind === 'absent' ? 'not set' : 'set to false'}`,
        }
        : {
            messageId: 'noAuditLogs',
            at: logs,
            detail: logs.kind === 'absent'
                ? 'has no logs section'
                : 'has no log entry for category AuditEvent or category group audit or allLogs',
        };
    return { state: 'no', problem };
}
function destination(setting) {
    let pending;
    for (const path of DESTINATIONS) {
        const value = setting.get(path);
        if (value.kind === 'known' && typeof value.value === 'string' && value.value.trim() !== '')
            return { state: 'yes' };
        // An id built by resourceId() and the like is unknown before deployment, but is certainly set.
        if (value.kind === 'unknown' && value.references?.length)
            return { state: 'yes' };
        if (value.kind === 'unknown')
            pending ??= { resource: setting, path, value };
    }
    if (pending)
        return { state: 'maybe', pending };
    const at = setting.get('properties');
    return { state: 'no', problem: { messageId: 'noDestination', at, detail: '' } };
}
function judge(setting) {
    const audit = auditLogs(setting);
    const dest = destination(setting);
    if (audit.state === 'yes' && dest.state === 'yes')
        return { kind: 'ok' };
    const problems = [audit.problem, dest.problem].filter((p) => p !== undefined);
    if (problems.length > 0)
        return { kind: 'problems', problems };
    return {
        kind: 'unresolved',
        pending: [audit.pending, dest.pending].filter((p) => p !== undefined),
    };
}
/* harmony default export */ const diagnostic_logs = (defineRule({
    meta: {
        id: 'diagnostic-logs',
        type: 'problem',
        docs: {
            description: 'A diagnostic setting on each Managed HSM enables the AuditEvent log and sends it to a destination.',
            recommendation: 'logging-and-monitoring/audit-logging',
            policy: ['a2a5b911-5617-447e-a49e-59dbe0e0434b'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            noSetting: "Managed HSM '{{name}}' has no diagnostic setting, so no record is kept of who used or managed its keys. {{fix}}",
            noAuditLogs: "Diagnostic setting '{{name}}' of Managed HSM '{{hsm}}' {{detail}}, so the HSM's audit log is not collected. {{fix}}",
            noDestination: "Diagnostic setting '{{name}}' of Managed HSM '{{hsm}}' has no destination: none of {{destinations}} is set, so the logs go nowhere. Send them to a Log Analytics workspace, storage account or event hub.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const settings = diagnosticSettingsOf(graph, hsm);
                const scopes = unresolvedDiagnosticScopes(graph);
                if (settings.length === 0 && scopes.length === 0) {
                    const fix = writtenInProviderTerms(hsm)
                        ? "Add an azurerm_monitor_diagnostic_setting whose target_resource_id is the HSM's id, with an enabled_log of category AuditEvent (or category_group audit or allLogs), sending it to a Log Analytics workspace, storage account or event hub."
                        : 'Add a Microsoft.Insights/diagnosticSettings scoped to the HSM that enables category AuditEvent (or category group audit or allLogs) and sends it to a Log Analytics workspace, storage account or event hub.';
                    return context.report({ resource: hsm, messageId: 'noSetting', data: { name, fix } });
                }
                const verdicts = settings.map((setting) => ({ setting, verdict: judge(setting) }));
                if (verdicts.some((v) => v.verdict.kind === 'ok'))
                    return;
                const pending = [
                    ...verdicts.flatMap((v) => (v.verdict.kind === 'unresolved' ? v.verdict.pending : [])),
                    ...scopes,
                ];
                if (pending.length > 0) {
                    for (const p of pending) {
                        context.unresolved(p.resource, p.path, p.value, `It decides whether Managed HSM '${name}' has its audit log collected.`);
                    }
                    return;
                }
                for (const { setting, verdict } of verdicts) {
                    if (verdict.kind !== 'problems')
                        continue;
                    for (const problem of verdict.problems) {
                        context.report({
                            resource: setting,
                            at: problem.at,
                            messageId: problem.messageId,
                            data: {
                                name: setting.displayName,
                                hsm: name,
                                detail: problem.detail,
                                ...settingWording(setting),
                            },
                        });
                    }
                }
            },
        };
    },
}));
/** How a diagnostic setting's fixes are written: with the azurerm provider's names, or Resource Manager's. */
function settingWording(setting) {
    return writtenInProviderTerms(setting)
        ? {
            fix: 'Add an enabled_log block with category AuditEvent (or category_group audit or allLogs).',
            destinations: 'log_analytics_workspace_id, storage_account_id, eventhub_authorization_rule_id or partner_solution_id',
        }
        : {
            fix: 'Add a logs entry with category AuditEvent (or category group audit or allLogs) and enabled true.',
            destinations: 'workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId',
        };
}

;// CONCATENATED MODULE: ./rules/key-aes-size.ts





/* harmony default export */ const key_aes_size = (defineRule({
    meta: {
        id: 'key-aes-size',
        type: 'problem',
        docs: {
            description: 'AES (oct-HSM) keys in a Managed HSM set a key size of at least the minimum (256 bits).',
            recommendation: 'compliance-and-governance/cryptographic-standards',
            policy: ['fa85a975-a142-46dc-a9ab-8cc69ecb358c'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
        messages: {
            tooSmall: "AES key '{{name}}' (oct-HSM) has {{property}} {{value}}, below the required {{minimum}} bits. A key's size is fixed when it is created: create a key with {{property}} {{minimum}} or larger.",
            notSet: "AES key '{{name}}' (oct-HSM) does not set {{property}}, and no default size is documented for oct-HSM keys. Set {{property}} to {{minimum}} or larger.",
        },
        schema: [
            {
                type: 'object',
                properties: { minimumSize: { enum: [128, 192, 256, 512] } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minimumSize: 256 }],
    },
    create(context) {
        const { minimumSize: minimum } = context.options[0];
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const family = checkFamily(key, 'oct');
                if (family.kind === 'no')
                    return;
                const name = key.displayName;
                const size = key.get('properties.keySize');
                if (size.kind === 'unknown')
                    return context.unresolved(key, 'properties.keySize', size);
                if (size.kind === 'absent' || size.value === null) {
                    if (family.kind === 'unknown')
                        return context.unresolved(key, 'properties.kty', family.kty, 'If it is an oct-HSM key, it sets no keySize, and none is documented as the default.');
                    return context.report({
                        resource: key,
                        at: size,
                        messageId: 'notSet',
                        data: { name, minimum, property: nameOf(key, KEY_SIZE) },
                    });
                }
                const bits = asKeySize(size.value);
                if (bits !== undefined && bits >= minimum)
                    return;
                const value = size.kind === 'default' ? `${(0,model_value/* displayValue */.KN)(size)} (${size.why})` : (0,model_value/* displayValue */.KN)(size);
                if (family.kind === 'unknown')
                    return context.unresolved(key, 'properties.kty', family.kty, `If it is an oct-HSM key, its keySize ${value} is below the required ${minimum} bits.`);
                context.report({
                    resource: key,
                    at: size,
                    messageId: 'tooSmall',
                    data: { name, value, minimum, property: nameOf(key, KEY_SIZE) },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/key-ec-curve.ts





/* harmony default export */ const key_ec_curve = (defineRule({
    meta: {
        id: 'key-ec-curve',
        type: 'problem',
        docs: {
            description: 'Elliptic-curve keys in a Managed HSM use one of the allowed curves.',
            recommendation: 'compliance-and-governance/cryptographic-standards',
            policy: ['e58fd0c1-feac-4d12-92db-0a7e9421f53e'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            notAllowed: "EC key '{{name}}' uses curve {{value}}{{normalized}}, which is not an allowed curve ({{allowed}}). A key's curve is fixed when it is created: create a key with an allowed {{property}}.",
            notAllowedByDefault: "EC key '{{name}}' gets curve {{value}} ({{why}}), which is not an allowed curve ({{allowed}}). Set {{property}} to an allowed curve.",
        },
        schema: [
            {
                type: 'object',
                properties: {
                    allowed: { type: 'array', items: { enum: [...CURVES] }, uniqueItems: true, minItems: 1 },
                },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ allowed: [...CURVES] }],
    },
    create(context) {
        const allowed = context.options[0].allowed;
        const allowedText = allowed.join(', ');
        const isAllowed = (curve) => typeof curve === 'string' && allowed.includes(normalizeCurve(curve));
        const ifEc = (what) => `If it is an EC key, ${what}, which is not an allowed curve (${allowedText}).`;
        const alias = (written) => {
            const canonical = typeof written === 'string' ? normalizeCurve(written) : undefined;
            return canonical !== undefined &&
                canonical !== written &&
                CURVES.includes(canonical)
                ? ` (that is, ${canonical})`
                : '';
        };
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const family = checkFamily(key, 'EC');
                if (family.kind === 'no')
                    return;
                const name = key.displayName;
                const curve = key.get('properties.curveName');
                if (curve.kind === 'unknown')
                    return context.unresolved(key, 'properties.curveName', curve);
                if (curve.kind === 'known' && curve.value !== null) {
                    if (isAllowed(curve.value))
                        return;
                    if (family.kind === 'unknown')
                        return context.unresolved(key, 'properties.kty', family.kty, ifEc(`its curve is ${(0,model_value/* displayValue */.KN)(curve)}`));
                    return context.report({
                        resource: key,
                        at: curve,
                        messageId: 'notAllowed',
                        data: {
                            name,
                            value: (0,model_value/* displayValue */.KN)(curve),
                            normalized: alias(curve.value),
                            allowed: allowedText,
                            property: nameOf(key, CURVE),
                        },
                    });
                }
                // Omitted: the source's platform default, else the service's (rule-semantics.md §2.2).
                const omitted = curve.kind === 'default'
                    ? { value: curve.value, why: curve.why }
                    : { value: 'P-256', why: 'curveName omitted; EC keys default to curve P-256' };
                if (isAllowed(omitted.value))
                    return;
                if (family.kind === 'unknown')
                    return context.unresolved(key, 'properties.kty', family.kty, ifEc(`it gets curve ${(0,model_value/* displayPlain */.h9)(omitted.value)} (${omitted.why})`));
                context.report({
                    resource: key,
                    at: curve,
                    messageId: 'notAllowedByDefault',
                    data: {
                        name,
                        value: (0,model_value/* displayPlain */.h9)(omitted.value),
                        why: omitted.why,
                        allowed: allowedText,
                        property: nameOf(key, CURVE),
                    },
                });
            },
        };
    },
}));
const CURVE = { arm: 'curveName', provider: 'curve' };

;// CONCATENATED MODULE: ./rules/key-expiration.ts




/* harmony default export */ const key_expiration = (defineRule({
    meta: {
        id: 'key-expiration',
        type: 'problem',
        docs: {
            description: 'Managed HSM keys have an expiration date (attributes.exp).',
            recommendation: 'compliance-and-governance/key-lifecycle',
            policy: ['1d478a74-21ba-4b9f-9d8f-8e6fced0eec5'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            missing: "Key '{{name}}' has no expiration date ({{attribute}} is {{value}}), so it stays usable indefinitely. Set {{attribute}} ({{hint}}) and rotate the key before that date.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const exp = key.get('properties.attributes.exp');
                if (exp.kind === 'unknown')
                    return context.unresolved(key, 'properties.attributes.exp', exp);
                // An explicit null is as good as omitting the property.
                if (exp.kind === 'absent' || exp.value === null) {
                    context.report({
                        resource: key,
                        at: exp,
                        messageId: 'missing',
                        data: { name: key.displayName, value: (0,model_value/* displayValue */.KN)(exp), ...expiryWording(key) },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/util/time.ts
/**
 * Times and durations as Managed HSM keys carry them (shared/research/rule-semantics.md §2.2 and
 * pitfall 17): ARM `attributes.exp`/`nbf` are integer seconds since the Unix epoch, Terraform writes
 * RFC 3339 timestamps, rotation policies use ISO 8601 durations (`P90D`, `P1Y2M`, `PT12H`).
 */
const MS_PER_DAY = 86_400_000;
const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(`^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`, 'i');
/** Parses `P90D`, `P1Y2M`, `PT12H`, `P2W`, `P1DT1.5H`; undefined for anything else (`P`, `PT`, `90D`). */
function parseIsoDuration(text) {
    const trimmed = text.trim();
    const match = DURATION.exec(trimmed);
    if (!match)
        return undefined;
    // At least one component, and a `T` must be followed by one.
    if (match.slice(1).every((m) => m === undefined))
        return undefined;
    if (/T$/i.test(trimmed))
        return undefined;
    const n = (i) => (match[i] === undefined ? 0 : Number(match[i].replace(',', '.')));
    return {
        years: n(1),
        months: n(2),
        weeks: n(3),
        days: n(4),
        hours: n(5),
        minutes: n(6),
        seconds: n(7),
    };
}
const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
/** The length of a duration in days, counting a year as 365.2425 days and a month as a twelfth of that. */
function durationDays(d) {
    return (d.years * DAYS_PER_YEAR +
        d.months * DAYS_PER_MONTH +
        d.weeks * 7 +
        d.days +
        d.hours / 24 +
        d.minutes / 1440 +
        d.seconds / 86400);
}
/**
 * Adds a duration to a date in UTC, by the calendar for whole years and months (`P1M` from 31 January
 * ends on the last day of February), by fixed lengths for the rest.
 */
function addDuration(date, d) {
    const wholeMonths = Math.trunc(d.years) * 12 + Math.trunc(d.months);
    const start = new Date(date.getTime());
    const day = start.getUTCDate();
    start.setUTCDate(1);
    start.setUTCMonth(start.getUTCMonth() + wholeMonths);
    const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
    start.setUTCDate(Math.min(day, lastDay));
    const fractionDays = (d.years % 1) * DAYS_PER_YEAR + (d.months % 1) * DAYS_PER_MONTH;
    const rest = durationDays({ ...d, years: 0, months: 0 }) + fractionDays;
    return new Date(start.getTime() + rest * MS_PER_DAY);
}
// The range of a JavaScript Date, in seconds.
const MAX_EPOCH_SECONDS = 8.64e12;
/** A date from seconds since the Unix epoch, given as a number or a string of digits. */
function dateFromEpochSeconds(value) {
    let seconds;
    if (typeof value === 'number')
        seconds = value;
    else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        seconds = Number(value);
    if (seconds === undefined || !Number.isFinite(seconds) || Math.abs(seconds) > MAX_EPOCH_SECONDS)
        return undefined;
    return new Date(seconds * 1000);
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** A date from an RFC 3339 timestamp (`2027-01-01T00:00:00Z`, `2027-01-01T01:00:00+01:00`). */
function parseRfc3339(text) {
    const match = RFC3339.exec(text.trim());
    if (!match)
        return undefined;
    const [, y, mo, d, h, mi, s] = match.map(Number);
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60)
        return undefined;
    const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d > lastDay)
        return undefined;
    const date = new Date(text.trim().replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** A point in time from epoch seconds (ARM), an RFC 3339 timestamp (Terraform) or a Date (SDK). */
function toDate(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? undefined : value;
    if (typeof value === 'string' && !/^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return parseRfc3339(value);
    return dateFromEpochSeconds(value);
}
/** Days from one date to another (negative when `to` is earlier), with fractions. */
function daysBetween(from, to) {
    return (to.getTime() - from.getTime()) / MS_PER_DAY;
}
/** A UTC timestamp for messages, without milliseconds: `2027-01-01T00:00:00Z`. */
function formatUtc(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./rules/key-expiry-window.ts





/* harmony default export */ const key_expiry_window = (defineRule({
    meta: {
        id: 'key-expiry-window',
        type: 'problem',
        docs: {
            description: 'Managed HSM keys expire no sooner than a minimum number of days from now, leaving time to rotate them.',
            recommendation: 'compliance-and-governance/key-lifecycle',
            policy: ['ad27588c-0198-4c84-81ef-08efd0274653'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            tooSoon: "Key '{{name}}' expires at {{date}}, {{days}} days after {{now}}; keys should stay valid for at least {{minDays}} days. Set a later {{attribute}} or rotate the key to a version that expires later.",
            expired: "Key '{{name}}' expired at {{date}} ({{attribute}} is {{value}}), before {{now}}. An expired key can no longer encrypt, sign or wrap; set a future {{attribute}} or rotate the key.",
            invalid: "Key '{{name}}' has {{attribute}} {{value}}, which is not a point in time. Write it as {{writeAs}}.",
        },
        schema: [
            {
                type: 'object',
                properties: { minDays: { type: 'integer', minimum: 1, maximum: 3650 } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minDays: 90 }],
    },
    create(context) {
        const { minDays } = context.options[0];
        const now = context.now;
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const exp = key.get('properties.attributes.exp');
                if (exp.kind === 'unknown')
                    return context.unresolved(key, 'properties.attributes.exp', exp);
                // No expiry at all is key-expiration's finding.
                if (exp.kind === 'absent' || exp.value === null)
                    return;
                const name = key.displayName;
                const wording = expiryWording(key);
                const expires = toDate(exp.value);
                // azurerm's expiration_date is mapped to epoch seconds; show it as the time the user wrote.
                const value = expires && wording.attribute === 'expiration_date' ? formatUtc(expires) : (0,model_value/* displayValue */.KN)(exp);
                if (!expires)
                    return context.report({
                        resource: key,
                        at: exp,
                        messageId: 'invalid',
                        data: { name, value, ...wording },
                    });
                const base = { name, value, date: formatUtc(expires), now: formatUtc(now), ...wording };
                if (expires.getTime() <= now.getTime()) {
                    return context.report({ resource: key, at: exp, messageId: 'expired', data: base });
                }
                if (expires.getTime() < now.getTime() + minDays * MS_PER_DAY) {
                    context.report({
                        resource: key,
                        at: exp,
                        messageId: 'tooSoon',
                        data: { ...base, days: Math.floor(daysBetween(now, expires)), minDays },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/key-governance-service.ts





/** "Azure Managed HSM Key Governance Service": the app id is the same in every tenant (§1.5, pitfall 20). */
const KEY_GOVERNANCE_APP_ID = 'a1b76039-a76c-499f-a2dd-846b4cc32627';
function undecided(value, reason) {
    return { kind: 'unknown', expression: (0,model_value/* displayValue */.KN)(value), range: value.range, reason };
}
/** Whether a principal id designates the Key Governance Service's service principal. */
function principalVerdict(graph, principal, principalType) {
    const path = 'properties.principalId';
    for (const sp of referencedResources(graph, principal)) {
        if (!sp.isType(model_resource/* TYPES */.QE.entraServicePrincipal))
            continue;
        const appId = sp.get('properties.appId');
        if (appId.kind === 'unknown')
            return {
                kind: 'maybe',
                path,
                value: undecided(principal, `the app id of ${sp.displayName} is unknown`),
            };
        // A reference names one service principal: the app id it is looked up by decides.
        return appId.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(appId.value, KEY_GOVERNANCE_APP_ID)
            ? { kind: 'yes' }
            : { kind: 'no' };
    }
    const kind = classifyPrincipal(graph, principal, principalType);
    if (kind !== 'unknown' && kind !== 'service-principal')
        return { kind: 'no' };
    return {
        kind: 'maybe',
        path,
        value: undecided(principal, 'the object id of the Key Governance Service differs in every tenant'),
    };
}
function assignmentVerdict(graph, assignment) {
    const role = readRoleDefinition(assignment, graph);
    if (role.kind === 'role' && role.guid !== LOCAL_ROLE_IDS.cryptoAuditor)
        return { kind: 'no' };
    if (role.kind === 'absent' || role.kind === 'other')
        return { kind: 'no' };
    const scope = assignment.get('properties.scope');
    if (scope.kind === 'known' && (typeof scope.value !== 'string' || normalizeLocalScope(scope.value) !== '/'))
        return { kind: 'no' };
    if (scope.kind === 'absent' || scope.kind === 'default')
        return { kind: 'no' };
    const principal = principalVerdict(graph, assignment.get('properties.principalId'), assignment.get('properties.principalType'));
    if (principal.kind === 'no')
        return principal;
    if (scope.kind === 'unknown')
        return { kind: 'maybe', path: 'properties.scope', value: scope };
    if (role.kind === 'unknown')
        return { kind: 'maybe', path: 'properties.roleDefinitionId', value: role.value };
    return principal;
}
/* harmony default export */ const key_governance_service = (defineRule({
    meta: {
        id: 'key-governance-service',
        type: 'suggestion',
        docs: {
            description: 'The Azure Managed HSM Key Governance Service holds Managed HSM Crypto Auditor at scope /, so that Azure Policy can evaluate every key.',
            recommendation: 'compliance-and-governance/key-governance-service',
        },
        surfaces: ['terraform', 'tfplan', 'live'],
        messages: {
            missing: "Managed HSM '{{name}}' does not grant Managed HSM Crypto Auditor at scope / to the Azure Managed HSM Key Governance Service (app id " +
                KEY_GOVERNANCE_APP_ID +
                '). This grant is the prerequisite for the Microsoft.ManagedHSM.Data key policies (expiration, key size, curve, key type): without it Azure Policy sees only keys created or changed afterwards. Look up its service principal (data "azuread_service_principal" with client_id ' +
                KEY_GOVERNANCE_APP_ID +
                ') and assign the role at scope "/".',
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        const assignmentsOf = (hsm) => graph.ofType(model_resource/* TYPES */.QE.localRoleAssignment).filter((a) => graph.parentOf(a)?.key === hsm.key);
        /** Assignments whose HSM could not be followed: any of them may be this HSM's grant. */
        const unattributed = () => graph.ofType(model_resource/* TYPES */.QE.localRoleAssignment).filter((a) => graph.parentOf(a) === undefined);
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const own = assignmentsOf(hsm);
                // A live HSM always has its administrators' assignments: none means they could not be read (reported once).
                if (hsm.surface === 'live' && own.length === 0)
                    return;
                let maybe;
                for (const assignment of [...own, ...unattributed()]) {
                    const verdict = assignmentVerdict(graph, assignment);
                    if (verdict.kind === 'yes' && own.includes(assignment))
                        return;
                    if (verdict.kind === 'no')
                        continue;
                    maybe ??= {
                        resource: assignment,
                        verdict: verdict.kind === 'yes' ? unattributedVerdict(assignment) : verdict,
                    };
                }
                if (maybe)
                    return context.unresolved(maybe.resource, maybe.verdict.path, maybe.verdict.value, `It may be the Crypto Auditor grant to the Key Governance Service (app ${KEY_GOVERNANCE_APP_ID}) that Managed HSM '${hsm.displayName}' needs.`);
                context.report({ resource: hsm, messageId: 'missing', data: { name: hsm.displayName } });
            },
        };
    },
}));
/** A grant whose HSM could not be followed: the HSM reference is what is unknown. */
function unattributedVerdict(assignment) {
    return {
        kind: 'maybe',
        path: 'the Managed HSM of the assignment',
        value: {
            kind: 'unknown',
            expression: assignment.displayName,
            range: assignment.range,
            reason: 'the HSM it belongs to could not be followed',
        },
    };
}

;// CONCATENATED MODULE: ./rules/key-rotation.ts




/* harmony default export */ const key_rotation = (defineRule({
    meta: {
        id: 'key-rotation',
        type: 'problem',
        docs: {
            description: 'Managed HSM keys have a rotation policy with at least one lifetime action that rotates them.',
            recommendation: 'compliance-and-governance/key-lifecycle',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            missing: "Key '{{name}}' has no rotation policy, so new key versions are only ever created by hand. {{fix}}",
            noRotateAction: "Key '{{name}}' has a rotation policy whose lifetime actions never rotate it (actions: {{actions}}). A notify action only raises an event; add a lifetime action of type rotate.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const name = key.displayName;
                const policy = key.get('properties.rotationPolicy');
                if (policy.kind === 'unknown')
                    return context.unresolved(key, 'properties.rotationPolicy', policy);
                if (policy.kind === 'absent' || policy.value === null) {
                    const fix = writtenInProviderTerms(key)
                        ? 'Add an azurerm_key_vault_managed_hardware_security_module_key_rotation_policy for it with time_after_creation (for example P90D).'
                        : 'Add a rotationPolicy with a lifetime action of type rotate (for example triggered timeAfterCreate P90D).';
                    return context.report({ resource: key, at: policy, messageId: 'missing', data: { name, fix } });
                }
                const actionsValue = key.get('properties.rotationPolicy.lifetimeActions');
                if (actionsValue.kind === 'unknown')
                    return context.unresolved(key, 'properties.rotationPolicy.lifetimeActions', actionsValue);
                const types = [];
                let unknown;
                for (const [i, element] of key.items('properties.rotationPolicy.lifetimeActions').entries()) {
                    const type = element.get('action.type');
                    if (type.kind === 'unknown')
                        unknown ??= { path: `properties.rotationPolicy.lifetimeActions[${i}].action.type`, value: type };
                    else if (type.kind === 'absent')
                        types.push('(no type)');
                    else if ((0,model_value/* equalsIgnoreCase */.Q_)(type.value, 'rotate'))
                        return;
                    else
                        types.push((0,model_value/* displayPlain */.h9)(type.value));
                }
                // An action whose type is an expression could be the rotate action.
                if (unknown)
                    return context.unresolved(key, unknown.path, unknown.value);
                context.report({
                    resource: key,
                    at: actionsValue.kind === 'absent' ? policy : actionsValue,
                    messageId: 'noRotateAction',
                    data: { name, actions: types.length ? types.join(', ') : 'none' },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/key-rsa-size.ts





/* harmony default export */ const key_rsa_size = (defineRule({
    meta: {
        id: 'key-rsa-size',
        type: 'problem',
        docs: {
            description: 'RSA keys in a Managed HSM are at least a minimum size (2048 bits unless configured).',
            recommendation: 'compliance-and-governance/cryptographic-standards',
            policy: ['86810a98-8e91-4a44-8386-ec66d0de5d57'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            tooSmall: "RSA key '{{name}}' has {{property}} {{value}}, below the required {{minimum}} bits. A key's size is fixed when it is created: create a key with {{property}} {{minimum}} or larger.",
            tooSmallByDefault: "RSA key '{{name}}' gets {{value}} bits ({{why}}), below the required {{minimum}} bits. Set {{property}} to {{minimum}} or larger.",
        },
        schema: [
            {
                type: 'object',
                properties: { minimumSize: { enum: [2048, 3072, 4096] } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minimumSize: 2048 }],
    },
    create(context) {
        const { minimumSize: minimum } = context.options[0];
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const family = checkFamily(key, 'RSA');
                if (family.kind === 'no')
                    return;
                const name = key.displayName;
                const size = key.get('properties.keySize');
                if (size.kind === 'unknown')
                    return context.unresolved(key, 'properties.keySize', size);
                if (size.kind === 'known' && size.value !== null) {
                    const bits = asKeySize(size.value);
                    if (bits !== undefined && bits >= minimum)
                        return;
                    if (family.kind === 'unknown')
                        return context.unresolved(key, 'properties.kty', family.kty, ifRsa(`its keySize ${(0,model_value/* displayValue */.KN)(size)}`));
                    return context.report({
                        resource: key,
                        at: size,
                        messageId: 'tooSmall',
                        data: { name, value: (0,model_value/* displayValue */.KN)(size), minimum, property: nameOf(key, KEY_SIZE) },
                    });
                }
                // Omitted: the source's platform default, else what the service does.
                const omitted = size.kind === 'default' ? { bits: asKeySize(size.value), why: size.why } : serviceDefault(key);
                if ('unknown' in omitted)
                    return context.unresolved(key, 'properties.keyOps', omitted.unknown, 'Without keySize, an RSA key gets 2048 bits, or 4096 when it is a key exchange key (keyOps import).');
                if (omitted.bits !== undefined && omitted.bits >= minimum)
                    return;
                if (family.kind === 'unknown')
                    return context.unresolved(key, 'properties.kty', family.kty, ifRsa(`its size of ${omitted.bits} bits (${omitted.why})`));
                context.report({
                    resource: key,
                    at: size,
                    messageId: 'tooSmallByDefault',
                    data: {
                        name,
                        value: omitted.bits ?? (0,model_value/* displayValue */.KN)(size),
                        why: omitted.why,
                        minimum,
                        property: nameOf(key, KEY_SIZE),
                    },
                });
            },
        };
        function ifRsa(what) {
            return `If it is an RSA key, ${what} is below the required ${minimum} bits.`;
        }
        /** The size the service gives an RSA key created without keySize (rule-semantics.md §2.2). */
        function serviceDefault(key) {
            const ops = keyOperations(key);
            if (ops.known.some(isImport))
                return { bits: 4096, why: 'keySize omitted; key exchange keys (keyOps import) default to 4096 bits' };
            // A key exchange key would get 4096 bits; only an unknown keyOps can make the difference.
            if (ops.unknown.length > 0 && minimum > 2048)
                return { unknown: ops.unknown[0] };
            return { bits: 2048, why: 'keySize omitted; RSA keys default to 2048 bits' };
        }
    },
}));

;// CONCATENATED MODULE: ./rules/key-type.ts





/* harmony default export */ const key_type = (defineRule({
    meta: {
        id: 'key-type',
        type: 'problem',
        docs: {
            description: 'Managed HSM keys are of an allowed key type (RSA-HSM, EC-HSM, oct-HSM).',
            recommendation: 'compliance-and-governance/cryptographic-standards',
            policy: ['1fd3b2cc-9904-40fa-b8da-050c02612da9'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            notAllowed: "Key '{{name}}' has key type {{value}}{{normalized}}, which is not an allowed type ({{allowed}}). Create the key with an allowed {{property}}.",
            missing: "Key '{{name}}' does not set {{property}}. The service requires a key type; set {{property}} to one of the allowed types ({{allowed}}).",
        },
        schema: [
            {
                type: 'object',
                properties: {
                    allowed: { type: 'array', items: { enum: [...KEY_TYPES] }, uniqueItems: true, minItems: 1 },
                },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ allowed: [...KEY_TYPES] }],
    },
    create(context) {
        const allowed = context.options[0].allowed;
        const allowedText = allowed.join(', ');
        return {
            [model_resource/* TYPES */.QE.managedHsmKey](key) {
                const name = key.displayName;
                const kty = key.get('properties.kty');
                if (kty.kind === 'unknown')
                    return context.unresolved(key, 'properties.kty', kty);
                if (kty.kind === 'absent' || kty.value === null || kty.value === '') {
                    return context.report({
                        resource: key,
                        at: kty,
                        messageId: 'missing',
                        data: { name, allowed: allowedText, property: nameOf(key, KEY_TYPE) },
                    });
                }
                const normalized = typeof kty.value === 'string' ? normalizeKeyType(kty.value) : undefined;
                if (normalized !== undefined && allowed.includes(normalized))
                    return;
                const value = (0,model_value/* displayValue */.KN)(kty);
                context.report({
                    resource: key,
                    at: kty,
                    messageId: 'notAllowed',
                    data: {
                        name,
                        value,
                        normalized: normalized !== undefined && normalized !== value ? ` (that is, ${normalized})` : '',
                        allowed: allowedText,
                        property: nameOf(key, KEY_TYPE),
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/log-retention.ts





/** A retention in days, when the value is one (ARM accepts numbers and numeric strings). */
function days(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value))
        return Number(value);
    return undefined;
}
/* harmony default export */ const log_retention = (defineRule({
    meta: {
        id: 'log-retention',
        type: 'problem',
        docs: {
            description: 'Log Analytics workspaces that receive Managed HSM logs keep them at least the required number of days.',
            recommendation: 'logging-and-monitoring/log-retention',
            policy: ['a2a5b911-5617-447e-a49e-59dbe0e0434b'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
        messages: {
            tooShort: "Log Analytics workspace '{{name}}' keeps the logs of Managed HSM '{{hsm}}' for {{value}} days ({{property}}), less than the required {{minDays}}. Raise {{property}} to at least {{minDays}}, or archive the logs elsewhere for that long.",
            tooShortByDefault: "Log Analytics workspace '{{name}}' keeps the logs of Managed HSM '{{hsm}}' for {{value}} days ({{why}}), less than the required {{minDays}}. Set {{property}} to at least {{minDays}}.",
        },
        schema: [
            {
                type: 'object',
                properties: { minDays: { type: 'integer', minimum: 30, maximum: 4383 } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minDays: 365 }],
    },
    create(context) {
        const { graph } = context;
        const [{ minDays }] = context.options;
        // A workspace may receive the logs of several HSMs; judge it once, naming them all.
        const receivers = new Map();
        let collected = false;
        const collect = () => {
            if (collected)
                return;
            collected = true;
            for (const hsm of graph.ofType(model_resource/* TYPES */.QE.managedHsm)) {
                for (const { workspace } of logWorkspacesOf(graph, hsm).workspaces) {
                    const entry = receivers.get(workspace.key) ?? { workspace, hsms: [] };
                    if (!entry.hsms.includes(hsm.displayName))
                        entry.hsms.push(hsm.displayName);
                    receivers.set(workspace.key, entry);
                }
            }
        };
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                // A workspace named by an expression cannot be looked up: say so rather than pass.
                for (const pending of logWorkspacesOf(graph, hsm).unresolved) {
                    context.unresolved(pending.resource, pending.path, pending.value, `The retention of the workspace receiving the logs of Managed HSM '${hsm.displayName}' cannot be checked.`);
                }
            },
            [model_resource/* TYPES */.QE.logAnalyticsWorkspace](workspace) {
                collect();
                const entry = receivers.get(workspace.key);
                if (!entry)
                    return; // receives no Managed HSM logs
                const hsm = entry.hsms.join("', '");
                const name = workspace.displayName;
                const property = nameOf(workspace, { arm: 'retentionInDays', provider: 'retention_in_days' });
                const retention = workspace.get('properties.retentionInDays');
                switch (retention.kind) {
                    case 'unknown':
                        return context.unresolved(workspace, 'properties.retentionInDays', retention);
                    case 'absent':
                        // Sources without a defaults table: Log Analytics keeps data 30 days when unset.
                        return context.report({
                            resource: workspace,
                            at: retention,
                            messageId: 'tooShortByDefault',
                            data: { name, hsm, property, value: 30, why: `${property} is not set`, minDays },
                        });
                    case 'default': {
                        const value = days(retention.value);
                        if (value === undefined || value < minDays) {
                            context.report({
                                resource: workspace,
                                at: retention,
                                messageId: 'tooShortByDefault',
                                data: { name, hsm, property, value: (0,model_value/* displayValue */.KN)(retention), why: retention.why, minDays },
                            });
                        }
                        return;
                    }
                    case 'known': {
                        const value = days(retention.value);
                        if (value === undefined || value < minDays) {
                            context.report({
                                resource: workspace,
                                at: retention,
                                messageId: 'tooShort',
                                data: { name, hsm, property, value: (0,model_value/* displayValue */.KN)(retention), minDays },
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/managed-identity-principals.ts





const PRINCIPAL = 'properties.principalId';
/* harmony default export */ const managed_identity_principals = (defineRule({
    meta: {
        id: 'managed-identity-principals',
        type: 'suggestion',
        docs: {
            description: 'Applications use keys through managed identities: key-usage roles are granted to managed identities, not to app registrations or users.',
            recommendation: 'identity-and-access-management/managed-identities',
        },
        surfaces: ['terraform', 'tfplan', 'live'],
        messages: {
            appRegistration: "Local role assignment '{{name}}' grants {{role}}{{hsm}} to {{value}}, an app registration's service principal. Its client secret or certificate must be stored and rotated somewhere, and can leak; run the application with a managed identity (system- or user-assigned) and grant the role to that identity.",
            user: "Local role assignment '{{name}}' grants {{role}}{{hsm}} to {{value}}, a user account. Key-usage roles are for applications: grant them to the application's managed identity, and give people administrative roles through groups instead.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.localRoleAssignment](assignment) {
                const role = readRoleDefinition(assignment, graph);
                if (role.kind !== 'role' && role.kind !== 'unknown')
                    return;
                if (role.kind === 'role' && !KEY_USAGE_ROLES.has(role.guid))
                    return;
                const principal = assignment.get(PRINCIPAL);
                if (principal.kind === 'absent' || principal.kind === 'default')
                    return;
                const kind = classifyPrincipal(graph, principal, assignment.get('properties.principalType'));
                // Managed identities are the recommendation; groups and the deploying principal are other rules' concern.
                if (kind === 'managed-identity' || kind === 'group' || kind === 'deployer')
                    return;
                if (kind === 'unknown') {
                    if (role.kind === 'unknown')
                        return;
                    const value = principal.kind === 'unknown'
                        ? principal
                        : {
                            kind: 'unknown',
                            expression: (0,model_value/* displayValue */.KN)(principal),
                            range: principal.range,
                            reason: 'an object id does not say what it designates',
                        };
                    return context.unresolved(assignment, PRINCIPAL, value, `Check in Microsoft Entra that this ${localRoleName(role.guid)} assignment goes to a managed identity (az ad sp show --id <id> --query servicePrincipalType), or refer to the identity in the configuration.`);
                }
                if (role.kind === 'unknown')
                    return context.unresolved(assignment, 'properties.roleDefinitionId', role.value, 'If the role is a key-usage role, it should go to a managed identity.');
                const hsm = graph.parentOf(assignment);
                context.report({
                    resource: assignment,
                    at: principal,
                    messageId: kind === 'user' ? 'user' : 'appRegistration',
                    data: {
                        name: assignment.displayName,
                        role: localRoleName(role.guid) ?? role.guid,
                        hsm: hsm ? ` on Managed HSM '${hsm.displayName}'` : '',
                        value: managed_identity_principals_principalText(principal),
                    },
                });
            },
        };
    },
}));
/** The principal as written: the reference for Terraform, the object id otherwise. */
function managed_identity_principals_principalText(principal) {
    const written = principal.kind === 'known' ? writtenReference(principal.references) : undefined;
    return written && principal.kind === 'known' && !principal.secure
        ? `${(0,model_value/* displayValue */.KN)(principal)} (${written})`
        : (0,model_value/* displayValue */.KN)(principal);
}

;// CONCATENATED MODULE: ./rules/monitoring-alerts.ts





/** Whether an alert watches a metric: 'yes', 'no', or an unknown that might name it. */
function watches(alert, metric) {
    const enabled = alert.get('properties.enabled');
    if (enabled.kind === 'unknown')
        return { resource: alert, path: 'properties.enabled', value: enabled };
    if (enabled.kind === 'known' && isFalse(enabled.value))
        return false;
    const allOf = alert.get('properties.criteria.allOf');
    if (allOf.kind === 'unknown')
        return { resource: alert, path: 'properties.criteria.allOf', value: allOf };
    let pending;
    for (const criterion of alert.items('properties.criteria.allOf')) {
        const name = criterion.get('metricName');
        if (name.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(name.value, metric))
            return true;
        if (name.kind === 'unknown')
            pending ??= { resource: alert, path: `${criterion.path}.metricName`, value: name };
    }
    return pending ?? false;
}
/* harmony default export */ const monitoring_alerts = (defineRule({
    meta: {
        id: 'monitoring-alerts',
        type: 'suggestion',
        docs: {
            description: 'A metric alert watches the availability (and optionally the latency) of each Managed HSM.',
            recommendation: 'logging-and-monitoring/alerts',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
        messages: {
            noAlert: "No metric alert targets Managed HSM '{{name}}', so nobody is told when it becomes unavailable. {{fix}}",
            missingMetric: "No enabled metric alert on Managed HSM '{{name}}' has a criterion on metric {{metric}}. Add one (for Availability, e.g. Average LessThan 100) to the HSM's metric alerts.",
        },
        schema: [
            {
                type: 'object',
                properties: { requireLatency: { type: 'boolean' } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ requireLatency: false }],
    },
    create(context) {
        const { graph } = context;
        const [{ requireLatency }] = context.options;
        const metrics = requireLatency ? ['Availability', 'ServiceApiLatency'] : ['Availability'];
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const alerts = graph.linkedTo(hsm, 'metric-alert');
                const scopes = [];
                for (const link of graph.unresolvedLinks('metric-alert')) {
                    if (link.value.kind === 'unknown')
                        scopes.push({ resource: link.from, path: 'properties.scopes', value: link.value });
                }
                if (alerts.length === 0 && scopes.length === 0) {
                    return context.report({
                        resource: hsm,
                        messageId: 'noAlert',
                        data: {
                            name,
                            fix: writtenInProviderTerms(hsm)
                                ? `Add an azurerm_monitor_metric_alert whose scopes include the HSM's id, with a criteria block on metric_name ${metrics.join(' and ')}.`
                                : `Add a Microsoft.Insights/metricAlerts whose scopes include the HSM, with a criterion on metric ${metrics.join(' and ')}.`,
                        },
                    });
                }
                // One unresolved finding per unknown value, naming every metric it leaves open.
                const open = new Map();
                for (const metric of metrics) {
                    const results = alerts.map((alert) => watches(alert, metric));
                    if (results.includes(true))
                        continue;
                    const pending = [...results.filter((r) => typeof r === 'object'), ...scopes];
                    if (pending.length === 0) {
                        context.report({ resource: hsm, messageId: 'missingMetric', data: { name, metric } });
                        continue;
                    }
                    for (const p of pending) {
                        const key = `${p.resource.key}|${p.path}`;
                        const entry = open.get(key) ?? { pending: p, metrics: [] };
                        entry.metrics.push(metric);
                        open.set(key, entry);
                    }
                }
                for (const { pending: p, metrics: which } of open.values()) {
                    context.unresolved(p.resource, p.path, p.value, `It decides whether metric ${which.join(' and ')} of Managed HSM '${name}' is alerted on.`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/multi-region.ts





/** `regions` exists on Microsoft.KeyVault/managedHSMs from api 2023-07-01 (rule-semantics §2.3). */
const REGIONS_SINCE = '2023-07-01';
/** Whether a written api version (`2022-07-01`, `2021-06-01-preview`) predates `minimum`. */
/** Azure region names compare without case and spaces (`West Europe` is `westeurope`). */
function sameRegion(a, b) {
    const norm = (s) => (typeof s === 'string' ? s.replace(/\s+/g, '').toLowerCase() : undefined);
    return norm(a) !== undefined && norm(a) === norm(b);
}
/**
 * A region entry is the primary when `isPrimary` is true or when it names the HSM's own location; any
 * other entry extends the HSM to a secondary region.
 */
function readRegion(entry, location) {
    const path = 'properties.regions[0]';
    const whole = entry.value;
    if (whole.kind === 'unknown')
        return { path, value: whole };
    const isPrimary = entry.get('isPrimary');
    if (isPrimary.kind === 'unknown')
        return { path: `${path}.isPrimary`, value: isPrimary };
    if (isPrimary.kind !== 'absent' && isTrue(isPrimary.value))
        return 'primary';
    const name = entry.get('name');
    if (name.kind === 'unknown')
        return { path: `${path}.name`, value: name };
    if (location.kind === 'unknown') {
        // An entry that says it is not the primary is a secondary wherever the HSM is.
        if (isPrimary.kind !== 'absent' && isFalse(isPrimary.value))
            return 'secondary';
        return { path: 'location', value: location };
    }
    return name.kind === 'known' && location.kind === 'known' && sameRegion(name.value, location.value)
        ? 'primary'
        : 'secondary';
}
/* harmony default export */ const multi_region = (defineRule({
    meta: {
        id: 'multi-region',
        type: 'suggestion',
        docs: {
            description: 'Managed HSMs are replicated to a secondary (extended) region, so keys stay available when the primary region is not.',
            recommendation: 'service-specific-security/multi-region-replication',
        },
        surfaces: ['arm', 'bicep', 'live'],
        messages: {
            notSet: "Managed HSM '{{name}}' lists no regions, so it runs in its primary region only. Add a secondary region to properties.regions (the HSM must be activated before it can be extended).",
            primaryOnly: "Managed HSM '{{name}}' lists only its primary region ({{value}}). Add a secondary region to properties.regions so keys stay available if the primary region fails.",
            apiVersionTooOld: "Managed HSM '{{name}}' is declared with api version {{apiVersion}}, which has no regions property, so no secondary region can be declared. Use api version {{since}} or later and add a secondary region.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                if ((0,api_version/* apiVersionBefore */.q)(hsm.apiVersion, REGIONS_SINCE)) {
                    return context.report({
                        resource: hsm,
                        messageId: 'apiVersionTooOld',
                        data: { name, apiVersion: hsm.apiVersion ?? '', since: REGIONS_SINCE },
                    });
                }
                const regions = hsm.get('properties.regions');
                if (regions.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.regions', regions);
                const entries = hsm.items('properties.regions');
                if (entries.length === 0)
                    return context.report({ resource: hsm, at: regions, messageId: 'notSet', data: { name } });
                // Two entries are a primary and a secondary, whatever they say about themselves.
                if (entries.length >= 2)
                    return;
                const reading = readRegion(entries[0], hsm.get('location'));
                if (reading === 'secondary')
                    return;
                if (reading !== 'primary')
                    return context.unresolved(hsm, reading.path, reading.value);
                context.report({
                    resource: hsm,
                    at: regions,
                    messageId: 'primaryOnly',
                    data: { name, value: (0,model_value/* displayValue */.KN)(entries[0].get('name')) },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/network-bypass.ts




/** A value for a message, with the platform's reason when it is a default. */
function shown(value) {
    return value.kind === 'default' ? `${(0,model_value/* displayValue */.KN)(value)} (${value.why})` : (0,model_value/* displayValue */.KN)(value);
}
/* harmony default export */ const network_bypass = (defineRule({
    meta: {
        id: 'network-bypass',
        type: 'suggestion',
        docs: {
            description: 'A Managed HSM that keeps public network access uses the firewall mode of the guidance: deny by default, with trusted Azure services bypassing it.',
            recommendation: 'network-security/firewall-trusted-services',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            bypassNone: "Managed HSM '{{name}}' keeps public network access, and its firewall bypass is {{value}}, so trusted Azure services cannot reach it either. If they need to, set {{bypass}} to AzureServices, keeping {{defaultAction}} Deny.",
            allowMakesBypassMeaningless: "Managed HSM '{{name}}' keeps public network access, and its firewall lets every network in ({{defaultAction}} is {{value}}), so the bypass setting has no effect. Set {{defaultAction}} to Deny and {{bypass}} to AzureServices.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                // Public access is judged as public-network-access judges it: only Disabled turns it off.
                const access = hsm.get('properties.publicNetworkAccess');
                if (access.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.publicNetworkAccess', access);
                if (access.kind !== 'absent' && (0,model_value/* equalsIgnoreCase */.Q_)(access.value, 'Disabled'))
                    return;
                const action = hsm.get('properties.networkAcls.defaultAction');
                if (action.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.networkAcls.defaultAction', action);
                if (action.kind === 'absent' || !(0,model_value/* equalsIgnoreCase */.Q_)(action.value, 'Deny')) {
                    const value = action.kind === 'absent' ? 'not set, so traffic is allowed' : shown(action);
                    return context.report({
                        resource: hsm,
                        at: action,
                        messageId: 'allowMakesBypassMeaningless',
                        data: { name, value, ...namesOf(hsm) },
                    });
                }
                const bypass = hsm.get('properties.networkAcls.bypass');
                if (bypass.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.networkAcls.bypass', bypass);
                // Omitted, the service uses AzureServices (MHSMNetworkRuleSet.bypass in the REST specification).
                if (bypass.kind === 'absent' || (0,model_value/* equalsIgnoreCase */.Q_)(bypass.value, 'AzureServices'))
                    return;
                context.report({
                    resource: hsm,
                    at: bypass,
                    messageId: 'bypassNone',
                    data: { name, value: shown(bypass), ...namesOf(hsm) },
                });
            },
        };
    },
}));
/** The firewall's settings as the HSM's author writes them. */
function namesOf(hsm) {
    return {
        defaultAction: nameOf(hsm, FIREWALL_DEFAULT_ACTION),
        bypass: nameOf(hsm, { arm: 'networkAcls.bypass', provider: 'network_acls.bypass' }),
    };
}

;// CONCATENATED MODULE: ./rules/network-default-deny.ts




/* harmony default export */ const network_default_deny = (defineRule({
    meta: {
        id: 'network-default-deny',
        type: 'problem',
        docs: {
            description: "The Managed HSM firewall denies traffic by default (networkAcls.defaultAction is 'Deny').",
            recommendation: 'network-security/firewall-default-deny',
            policy: ['19ea9d63-adee-4431-a95e-1913c6c1c75f'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            allow: "Managed HSM '{{name}}' firewall allows all networks ({{property}} is {{value}}). Set it to Deny and allow only what needs access.",
            allowByDefault: "Managed HSM '{{name}}' firewall allows all networks ({{why}}). Set {{property}} to Deny.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                // Recovering a deleted HSM restores its earlier settings; Azure Policy exempts it too.
                const createMode = hsm.get('properties.createMode');
                if (createMode.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(createMode.value, 'recover'))
                    return;
                const name = hsm.displayName;
                const action = hsm.get('properties.networkAcls.defaultAction');
                switch (action.kind) {
                    case 'unknown':
                        return context.unresolved(hsm, 'properties.networkAcls.defaultAction', action);
                    case 'absent':
                        return context.report({
                            resource: hsm,
                            at: action,
                            messageId: 'allowByDefault',
                            data: { name, property: propertyOf(hsm), why: `${propertyOf(hsm)} is not set` },
                        });
                    case 'default':
                        if (!(0,model_value/* equalsIgnoreCase */.Q_)(action.value, 'Deny')) {
                            context.report({
                                resource: hsm,
                                at: action,
                                messageId: 'allowByDefault',
                                data: { name, property: propertyOf(hsm), why: action.why },
                            });
                        }
                        return;
                    case 'known':
                        if (!(0,model_value/* equalsIgnoreCase */.Q_)(action.value, 'Deny')) {
                            context.report({
                                resource: hsm,
                                at: action,
                                messageId: 'allow',
                                data: { name, property: propertyOf(hsm), value: (0,model_value/* displayValue */.KN)(action) },
                            });
                        }
                }
            },
        };
    },
}));
/** The firewall's default action as its author writes it. */
function propertyOf(hsm) {
    return nameOf(hsm, FIREWALL_DEFAULT_ACTION);
}

;// CONCATENATED MODULE: ./rules/util/network.ts
// Octets with leading zeros are read as decimal; how Azure reads them is not verified.
const OCTET = /^\d{1,3}$/;
const PREFIX = /^(?:\d|[12]\d|3[0-2])$/;
/**
 * Parses dotted-quad IPv4 with an optional `/prefix`. Anything else (IPv6, host names, ranges with a
 * dash, octets over 255, prefixes over 32, surrounding spaces) is `undefined`.
 */
function parseIpv4Range(text) {
    const slash = text.indexOf('/');
    const addressText = slash < 0 ? text : text.slice(0, slash);
    const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
    const octets = addressText.split('.');
    if (octets.length !== 4)
        return undefined;
    let address = 0;
    for (const octet of octets) {
        if (!OCTET.test(octet))
            return undefined;
        const n = Number(octet);
        if (n > 255)
            return undefined;
        address = address * 256 + n;
    }
    if (prefixText === undefined)
        return { address, prefix: 32, explicitPrefix: false };
    if (!PREFIX.test(prefixText))
        return undefined;
    return { address, prefix: Number(prefixText), explicitPrefix: true };
}
/** The netmask of a prefix length as an unsigned 32-bit number (`/16` → 255.255.0.0). */
function prefixMask(prefix) {
    return prefix <= 0 ? 0 : (0xffffffff << (32 - Math.min(prefix, 32))) >>> 0;
}
/** The network address of a range (`10.1.2.3/16` → 10.1.0.0). */
function networkAddress(range) {
    return (range.address & prefixMask(range.prefix)) >>> 0;
}
/** How many addresses a prefix length covers (`/16` → 65536, `/0` → 4294967296). */
function addressCount(prefix) {
    return 2 ** (32 - prefix);
}
/** Dotted-quad text of an unsigned 32-bit address. */
function formatIpv4(address) {
    return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join('.');
}
/** The canonical CIDR text of a range (`10.1.2.3/16` → `10.1.0.0/16`). */
function formatCidr(range) {
    return `${formatIpv4(networkAddress(range))}/${range.prefix}`;
}
/** Whether the range covers every IPv4 address (any `/0`, such as `0.0.0.0/0`). */
function coversAllIpv4(range) {
    return range.prefix === 0;
}

;// CONCATENATED MODULE: ./rules/network-ip-rules.ts




/* harmony default export */ const network_ip_rules = (defineRule({
    meta: {
        id: 'network-ip-rules',
        type: 'problem',
        docs: {
            description: 'Managed HSM firewall IP rules allow only narrow address ranges, never every IPv4 address (0.0.0.0/0).',
            recommendation: 'network-security/firewall-ip-rules',
        },
        surfaces: ['arm', 'bicep', 'live'],
        messages: {
            allAddresses: "Managed HSM '{{name}}' firewall has an IP rule {{value}} that admits every IPv4 address, which makes the firewall pointless. Remove it and list only the address ranges that need access.",
            tooWide: "Managed HSM '{{name}}' firewall has an IP rule {{value}} covering {{count}} addresses (/{{prefix}}, wider than the allowed /{{minPrefixLength}}). Narrow it to the addresses that need access.",
            malformed: 'Managed HSM \'{{name}}\' firewall has an IP rule {{value}} that is not an IPv4 address or CIDR range. Write each rule as { "value": "203.0.113.0/24" } with an IPv4 address or range.',
        },
        schema: [
            {
                type: 'object',
                properties: { minPrefixLength: { type: 'integer', minimum: 0, maximum: 32 } },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minPrefixLength: 16 }],
    },
    create(context) {
        const [{ minPrefixLength }] = context.options;
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const rules = hsm.get('properties.networkAcls.ipRules');
                if (rules.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.networkAcls.ipRules', rules);
                for (const [index, rule] of hsm.items('properties.networkAcls.ipRules').entries()) {
                    const path = `properties.networkAcls.ipRules[${index}].value`;
                    const value = rule.get('value');
                    if (value.kind === 'unknown') {
                        context.unresolved(hsm, path, value);
                        continue;
                    }
                    const range = value.kind === 'known' && typeof value.value === 'string'
                        ? parseIpv4Range(value.value)
                        : undefined;
                    // A rule without a `value` key is shown whole, so the reader sees what was written instead.
                    const at = value.kind === 'absent' ? rule.value : value;
                    const shown = (0,model_value/* displayValue */.KN)(at);
                    if (!range) {
                        context.report({ resource: hsm, at, messageId: 'malformed', data: { name, value: shown } });
                    }
                    else if (coversAllIpv4(range)) {
                        context.report({ resource: hsm, at, messageId: 'allAddresses', data: { name, value: shown } });
                    }
                    else if (range.prefix < minPrefixLength) {
                        context.report({
                            resource: hsm,
                            at,
                            messageId: 'tooWide',
                            data: {
                                name,
                                value: shown,
                                count: addressCount(range.prefix).toLocaleString('en-US'),
                                prefix: range.prefix,
                                minPrefixLength,
                            },
                        });
                    }
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/model/resource-id.ts
var resource_id = __nccwpck_require__(1391);
;// CONCATENATED MODULE: ./src/model/link.ts


/**
 * A Log Analytics solution may be Sentinel when its plan product (or its conventional name) says so;
 * one written with expressions stays linked so that the rule can report it as unresolved.
 */
function mayBeSentinelSolution(solution) {
    const product = solution.get('plan.product');
    if (product.kind === 'known' && typeof product.value === 'string')
        return /SecurityInsights/i.test(product.value);
    if (product.kind === 'unknown')
        return true;
    const name = solution.name;
    if (name.kind === 'unknown')
        return true;
    return name.kind === 'known' && typeof name.value === 'string' && /^SecurityInsights\(/i.test(name.value);
}
const SITES = [
    {
        fromType: model_resource/* TYPES */.QE.privateEndpoint,
        kind: 'private-endpoint',
        paths: [
            'properties.privateLinkServiceConnections[*].properties.privateLinkServiceId',
            'properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId',
        ],
    },
    { fromType: model_resource/* TYPES */.QE.diagnosticSetting, kind: 'diagnostic-setting', paths: ['scope'] },
    { fromType: model_resource/* TYPES */.QE.diagnosticSetting, kind: 'log-destination', paths: ['properties.workspaceId'] },
    { fromType: model_resource/* TYPES */.QE.roleAssignment, kind: 'role-assignment', paths: ['scope'] },
    { fromType: model_resource/* TYPES */.QE.metricAlert, kind: 'metric-alert', paths: ['properties.scopes[*]'] },
    { fromType: model_resource/* TYPES */.QE.sentinelOnboarding, kind: 'sentinel', paths: ['scope'] },
    {
        fromType: model_resource/* TYPES */.QE.sentinelSolution,
        kind: 'sentinel',
        paths: ['properties.workspaceResourceId'],
        when: mayBeSentinelSolution,
    },
];
/**
 * Links resources that refer to each other: children to parents (by nesting or by `parent/child`
 * names), and references by resource id (literal ids, evaluated `resourceId()` calls, or the
 * references an unevaluated expression carries), across every file of the scan.
 */
function linkResources(graph) {
    const byRef = new Map();
    for (const resource of graph.resources) {
        for (const key of refKeysOf(resource)) {
            const list = byRef.get(key);
            if (list)
                list.push(resource);
            else
                byRef.set(key, [resource]);
        }
    }
    const find = (ref) => byRef.get((0,resource_id/* refKey */.X)(ref)) ?? [];
    const unresolved = [];
    for (const resource of graph.resources) {
        linkParent(graph, resource, find);
        for (const site of SITES) {
            if (!resource.isType(site.fromType) || (site.when && !site.when(resource)))
                continue;
            for (const value of valuesAt(resource, site.paths)) {
                const targets = targetsOf(value, find, graph);
                if (targets === undefined) {
                    if (value.kind === 'unknown')
                        unresolved.push({ kind: site.kind, from: resource, value });
                    continue;
                }
                for (const target of targets)
                    if (target !== resource)
                        graph.link(site.kind, resource, target);
            }
        }
    }
    graph.setUnresolvedLinks(unresolved);
    return unresolved;
}
/**
 * The keys a resource is found by: its type and full name, or, when the name is an expression, the
 * expression. ARM writes expressions in brackets (`[parameters('n')]`); Bicep writes them bare (`hsmName`),
 * and references to such a name carry it bracketed (`Microsoft.KeyVault/managedHSMs/[hsmName]`), so that
 * a name holding slashes still reads as one segment.
 */
function refKeysOf(resource) {
    const keys = [];
    const name = resource.name;
    if (name.kind === 'known' && typeof name.value === 'string')
        keys.push((0,resource_id/* refKey */.X)({ type: resource.type, name: name.value }));
    if (name.kind === 'unknown') {
        keys.push((0,resource_id/* refKey */.X)({ type: resource.type, name: name.expression }));
        if (!name.expression.startsWith('['))
            keys.push((0,resource_id/* refKey */.X)({ type: resource.type, name: `[${name.expression}]` }));
    }
    return keys;
}
function linkParent(graph, child, find) {
    if (child.parentKey) {
        const parent = graph.get(child.parentKey);
        if (parent)
            graph.link('child', child, parent);
        return;
    }
    const segments = child.type.split('/');
    const name = child.name;
    if (segments.length < 3 || name.kind !== 'known' || typeof name.value !== 'string')
        return;
    const names = name.value.split('/');
    if (names.length < 2)
        return;
    const parentRef = { type: segments.slice(0, -1).join('/'), name: names.slice(0, -1).join('/') };
    for (const parent of find(parentRef))
        graph.link('child', child, parent);
}
/** The values at paths where `[*]` expands every element of an array. */
function valuesAt(resource, paths) {
    const out = [];
    const expand = (path) => {
        const star = path.indexOf('[*]');
        if (star < 0) {
            const v = resource.get(path);
            if (v.kind !== 'absent')
                out.push(v);
            return;
        }
        const head = path.slice(0, star);
        const tail = path.slice(star + 3).replace(/^\./, '');
        const container = resource.get(head);
        if (container.kind === 'unknown') {
            out.push(container);
            return;
        }
        if (container.kind !== 'known' || !Array.isArray(container.value))
            return;
        container.value.forEach((_, i) => expand(tail ? `${head}[${i}].${tail}` : `${head}[${i}]`));
    };
    for (const path of paths)
        expand(path);
    return out;
}
/**
 * Resources a value refers to; undefined when the value cannot be followed. A reference is a resource
 * id, or the key of a resource of the scan (Terraform references name the exact instance they use).
 */
function targetsOf(value, find, graph) {
    if (value.kind === 'known' && typeof value.value === 'string') {
        const ref = (0,resource_id/* parseResourceId */.R)(value.value);
        return ref ? find(ref) : [];
    }
    if (value.kind === 'unknown' && value.references?.length) {
        const found = value.references.flatMap((r) => {
            const byKey = graph.get(r);
            if (byKey)
                return [byKey];
            const ref = (0,resource_id/* parseResourceId */.R)(r);
            return ref ? find(ref) : [];
        });
        return found.length ? found : undefined;
    }
    return value.kind === 'unknown' ? undefined : [];
}

;// CONCATENATED MODULE: ./rules/pim-admin-roles.ts






/* harmony default export */ const pim_admin_roles = (defineRule({
    meta: {
        id: 'pim-admin-roles',
        type: 'suggestion',
        docs: {
            description: 'Control-plane administrative roles on a Managed HSM (Managed HSM Contributor, Owner) are PIM-eligible, not permanent assignments.',
            recommendation: 'identity-and-access-management/pim-admin-roles',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
        messages: {
            permanentAdmin: "Role assignment '{{name}}' permanently grants {{role}} on Managed HSM '{{hsm}}'. Standing administrative access is always available to an attacker who takes over the principal; make the role eligible through Privileged Identity Management ({{pim}}) so it is activated just in time.{{eligible}}",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            // Eligibility schedule requests are the recommended form and are not judged.
            [model_resource/* TYPES */.QE.roleAssignment](assignment) {
                const hsms = hsmsOfAssignment(graph, assignment);
                const role = readRoleDefinition(assignment);
                if (hsms.length === 0) {
                    // An administrative role on a scope that cannot be followed may be on an HSM.
                    const scope = unresolvedScopeOf(graph, assignment);
                    if (scope?.kind === 'unknown' &&
                        role.kind === 'role' &&
                        controlAdminRoleName(role.guid) &&
                        mayBeHsm(scope)) {
                        context.unresolved(assignment, 'scope', scope, `If the scope is a Managed HSM, this ${controlAdminRoleName(role.guid)} assignment should be PIM-eligible instead.`);
                    }
                    return;
                }
                const hsm = hsms.map((h) => h.displayName).join("', '");
                if (role.kind === 'unknown')
                    return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
                const roleName = role.kind === 'role' ? controlAdminRoleName(role.guid) : undefined;
                if (role.kind !== 'role' || !roleName)
                    return;
                const terraform = assignment.surface === 'terraform' || assignment.surface === 'tfplan';
                const eligible = eligibleRequests(graph, hsms, role.guid);
                context.report({
                    resource: assignment,
                    at: role.value,
                    messageId: 'permanentAdmin',
                    data: {
                        name: assignment.displayName,
                        role: roleName,
                        hsm,
                        pim: terraform
                            ? 'azurerm_pim_eligible_role_assignment instead of azurerm_role_assignment'
                            : 'Microsoft.Authorization/roleEligibilityScheduleRequests',
                        eligible: eligible.length > 0
                            ? ` An eligible assignment of the same role exists ('${eligible.map((e) => e.displayName).join("', '")}'); this permanent one makes it pointless, remove it.`
                            : '',
                    },
                });
            },
        };
    },
}));
/** PIM eligibility requests for the role on one of the HSMs (the recommended form, never judged). */
function eligibleRequests(graph, hsms, guid) {
    return graph.ofType(model_resource/* TYPES */.QE.roleEligibilityScheduleRequest).filter((request) => {
        const role = readRoleDefinition(request);
        if (role.kind !== 'role' || role.guid !== guid)
            return false;
        const scope = request.get('scope');
        if (referencedResources(graph, scope).some((r) => hsms.includes(r)))
            return true;
        if (scope.kind !== 'known' || typeof scope.value !== 'string')
            return false;
        const ref = (0,resource_id/* parseResourceId */.R)(scope.value);
        return ref !== undefined && hsms.some((hsm) => refKeysOf(hsm).includes((0,resource_id/* refKey */.X)(ref)));
    });
}
/** Whether an unknown scope may be an HSM: not when it only names other Terraform resource types. */
function mayBeHsm(scope) {
    const types = terraformTypesOf(scope);
    return types.length === 0 || types.includes('azurerm_key_vault_managed_hardware_security_module');
}

;// CONCATENATED MODULE: ./rules/private-endpoint.ts






/** The Private Link sub-resource of a Managed HSM (rule-semantics §2.2, pitfall 7: accept both spellings). */
const GROUP_IDS = ['managedhsm', 'managedhsms'];
const CONNECTION_LISTS = [
    'properties.privateLinkServiceConnections',
    'properties.manualPrivateLinkServiceConnections',
];
const STATUS = 'properties.privateLinkServiceConnectionState.status';
function connectionsOf(endpoint) {
    return CONNECTION_LISTS.flatMap((list) => endpoint.items(list).map((element, index) => ({
        element,
        path: `${list}[${index}]`,
        target: element.get('properties.privateLinkServiceId'),
    })));
}
/** Whether a connection's target id designates the HSM with one of the given keys (`refKeysOf`). */
function targets(target, keys) {
    const matches = (id) => {
        const ref = (0,resource_id/* parseResourceId */.R)(id);
        return ref !== undefined && keys.includes((0,resource_id/* refKey */.X)(ref));
    };
    if (target.kind === 'known')
        return typeof target.value === 'string' && matches(target.value);
    if (target.kind === 'unknown')
        return (target.references ?? []).some(matches);
    return false;
}
/** Whether the connection asks for the Managed HSM sub-resource. */
function readGroupIds(connection) {
    const path = `${connection.path}.properties.groupIds`;
    const groupIds = connection.element.get('properties.groupIds');
    if (groupIds.kind === 'unknown')
        return { unknown: groupIds, path };
    if (groupIds.kind !== 'known' || !Array.isArray(groupIds.value))
        return { ok: false, at: groupIds };
    if (groupIds.value.some((id) => GROUP_IDS.some((g) => (0,model_value/* equalsIgnoreCase */.Q_)(id, g))))
        return { ok: true };
    const items = connection.element.items('properties.groupIds');
    for (const [index, item] of items.entries()) {
        const value = item.value;
        if (value.kind === 'unknown')
            return { unknown: value, path: `${path}[${index}]` };
    }
    return { ok: false, at: groupIds };
}
/** A private endpoint whose every connection asks for another sub-resource cannot be an HSM endpoint. */
function mayTargetHsm(endpoint, target) {
    const all = connectionsOf(endpoint);
    const own = all.filter((c) => sameStart(c.target.range, target.range));
    const candidates = own.length ? own : all;
    if (candidates.length === 0)
        return true;
    return candidates.some((c) => {
        const reading = readGroupIds(c);
        return 'unknown' in reading || reading.ok;
    });
}
function sameStart(a, b) {
    return a.file === b.file && a.start.line === b.start.line && a.start.column === b.start.column;
}
/* harmony default export */ const private_endpoint = (defineRule({
    meta: {
        id: 'private-endpoint',
        type: 'problem',
        docs: {
            description: 'Managed HSMs are reached through a private endpoint (Azure Private Link) with the managedhsm group id.',
            recommendation: 'network-security/private-endpoint',
            policy: ['59fee2f4-d439-4f1b-9b9a-982e1474bfd8'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            missing: "Managed HSM '{{name}}' has no private endpoint: no private endpoint in the scan connects to it with group id 'managedhsm', and no approved private endpoint connection is declared. {{fix}}",
            wrongGroupId: "Private endpoint '{{endpoint}}' connects to Managed HSM '{{name}}' with {{property}} {{value}}, which does not name the Managed HSM sub-resource. Set {{property}} to [\"managedhsm\"].",
            notApproved: "Managed HSM '{{name}}' has a private endpoint connection '{{connection}}' with status {{value}}, and no approved one, so no private traffic reaches it. Approve the connection (status Approved).",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const keys = refKeysOf(hsm);
                let approved = false;
                const unknowns = [];
                const wrong = [];
                const pending = [];
                // Private endpoints whose connection targets this HSM (literal ids, resourceId(), symbols).
                const endpoints = graph.linkedTo(hsm, 'private-endpoint');
                for (const endpoint of endpoints) {
                    const all = connectionsOf(endpoint);
                    const own = all.filter((c) => targets(c.target, keys));
                    // The linker found this HSM in the endpoint; if no single connection is recognisable, judge all.
                    const connections = own.length ? own : all;
                    if (connections.length === 0) {
                        for (const list of CONNECTION_LISTS) {
                            const value = endpoint.get(list);
                            if (value.kind === 'unknown')
                                unknowns.push({ path: `${list} of private endpoint '${endpoint.displayName}'`, value });
                        }
                        continue;
                    }
                    let endpointOk = false;
                    let endpointWrong;
                    for (const connection of connections) {
                        const reading = readGroupIds(connection);
                        if ('unknown' in reading)
                            unknowns.push({
                                path: `${reading.path} of private endpoint '${endpoint.displayName}'`,
                                value: reading.unknown,
                            });
                        else if (reading.ok)
                            endpointOk = true;
                        else
                            endpointWrong ??= reading.at;
                    }
                    if (endpointOk)
                        approved = true;
                    else if (endpointWrong)
                        wrong.push({ endpoint, at: endpointWrong });
                }
                // Private endpoint connections declared as children of the HSM (the approval side).
                for (const child of graph.linkedTo(hsm, 'child')) {
                    if (!child.isType(model_resource/* TYPES */.QE.managedHsmPrivateEndpointConnection))
                        continue;
                    const status = child.get(STATUS);
                    if (status.kind === 'unknown')
                        unknowns.push({ path: `${STATUS} of connection '${child.displayName}'`, value: status });
                    else if (status.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(status.value, 'Approved'))
                        approved = true;
                    else
                        pending.push({ resource: child, connection: child.displayName, at: status });
                }
                // A deployed HSM reports its connections itself (read-only, so only trusted from a live scan).
                if (hsm.surface === 'live') {
                    for (const [index, item] of hsm.items('properties.privateEndpointConnections').entries()) {
                        const status = item.get(STATUS);
                        const path = `properties.privateEndpointConnections[${index}].${STATUS}`;
                        if (status.kind === 'unknown')
                            unknowns.push({ path, value: status });
                        else if (status.kind === 'known' && (0,model_value/* equalsIgnoreCase */.Q_)(status.value, 'Approved'))
                            approved = true;
                        else
                            pending.push({ resource: hsm, connection: `#${index + 1}`, at: status });
                    }
                }
                // An endpoint that names this HSM with the wrong sub-resource is wrong whatever else exists.
                for (const { endpoint, at } of wrong) {
                    context.report({
                        resource: endpoint,
                        at,
                        messageId: 'wrongGroupId',
                        data: {
                            name,
                            endpoint: endpoint.displayName,
                            value: (0,model_value/* displayValue */.KN)(at),
                            property: writtenInProviderTerms(endpoint) ? 'subresource_names' : 'groupIds',
                        },
                    });
                }
                if (approved || wrong.length > 0)
                    return;
                if (unknowns.length > 0) {
                    const [first] = unknowns;
                    return context.unresolved(hsm, first.path, first.value);
                }
                // Endpoints whose target cannot be followed may be this HSM's.
                if (endpoints.length === 0) {
                    const open = graph
                        .unresolvedLinks('private-endpoint')
                        .flatMap(({ from, value }) => value.kind === 'unknown' && mayTargetHsm(from, value) ? [{ from, value }] : []);
                    if (open.length > 0) {
                        const { from, value } = open[0];
                        const others = open.length > 1 ? ` ${open.length - 1} more private endpoints are equally unresolved.` : '';
                        return context.unresolved(hsm, `the privateLinkServiceId of private endpoint '${from.displayName}'`, value, `No private endpoint in the scan is known to target this HSM.${others}`);
                    }
                }
                // Reported where the approval is written: the connection resource, or the live HSM.
                for (const { resource, connection, at } of pending) {
                    context.report({
                        resource,
                        at,
                        messageId: 'notApproved',
                        data: { name, connection, value: (0,model_value/* displayValue */.KN)(at) },
                    });
                }
                const fix = writtenInProviderTerms(hsm)
                    ? 'Create an azurerm_private_endpoint for it whose private_service_connection has private_connection_resource_id set to the HSM\'s id and subresource_names ["managedhsm"].'
                    : 'Create a Microsoft.Network/privateEndpoints for it with groupIds ["managedhsm"].';
                if (pending.length === 0)
                    context.report({ resource: hsm, messageId: 'missing', data: { name, fix } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/public-network-access.ts




/* harmony default export */ const public_network_access = (defineRule({
    meta: {
        id: 'public-network-access',
        type: 'problem',
        docs: {
            description: 'Managed HSMs disable public network access, so the data plane is reachable only privately.',
            recommendation: 'network-security/public-network-access',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            enabled: "Managed HSM '{{name}}' allows public network access ({{property}} is {{value}}). Set it to {{disabled}} and reach the HSM through a private endpoint.",
            enabledByDefault: "Managed HSM '{{name}}' allows public network access: {{property}} is {{value}} ({{why}}). Set it to {{disabled}} and reach the HSM through a private endpoint.",
            notSet: "Managed HSM '{{name}}' does not set publicNetworkAccess, and api version {{apiVersion}} defines no default. Set it to Disabled.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const access = hsm.get('properties.publicNetworkAccess');
                switch (access.kind) {
                    case 'unknown':
                        return context.unresolved(hsm, 'properties.publicNetworkAccess', access);
                    case 'absent':
                        return context.report({
                            resource: hsm,
                            at: access,
                            messageId: 'notSet',
                            data: { name, apiVersion: hsm.apiVersion ?? '(unknown)' },
                        });
                    case 'default':
                        if (!(0,model_value/* equalsIgnoreCase */.Q_)(access.value, 'Disabled')) {
                            context.report({
                                resource: hsm,
                                at: access,
                                messageId: 'enabledByDefault',
                                data: { name, ...wording(hsm, access), why: access.why },
                            });
                        }
                        return;
                    case 'known':
                        if (!(0,model_value/* equalsIgnoreCase */.Q_)(access.value, 'Disabled')) {
                            context.report({
                                resource: hsm,
                                at: access,
                                messageId: 'enabled',
                                data: { name, ...wording(hsm, access) },
                            });
                        }
                }
            },
        };
    },
}));
/**
 * The setting as its author writes it: Resource Manager's `publicNetworkAccess` enum, or the azurerm
 * provider's `public_network_access_enabled` boolean (which the Terraform source reads as the enum).
 */
function wording(hsm, access) {
    const property = nameOf(hsm, { arm: 'publicNetworkAccess', provider: 'public_network_access_enabled' });
    if (!writtenInProviderTerms(hsm))
        return { property, value: (0,model_value/* displayValue */.KN)(access), disabled: 'Disabled' };
    // A sensitive value stays masked.
    const value = (access.kind === 'known' && !access.secure) || access.kind === 'default' ? access.value : undefined;
    const enabled = typeof value === 'string' ? !(0,model_value/* equalsIgnoreCase */.Q_)(value, 'Disabled') : undefined;
    return {
        property,
        value: enabled === undefined ? (0,model_value/* displayValue */.KN)(access) : String(enabled),
        disabled: 'false',
    };
}

;// CONCATENATED MODULE: ./rules/purge-protection.ts





/* harmony default export */ const purge_protection = (defineRule({
    meta: {
        id: 'purge-protection',
        type: 'problem',
        docs: {
            description: 'Managed HSMs have purge protection enabled, so deleted keys cannot be destroyed early.',
            recommendation: 'data-protection/purge-protection',
            policy: ['c39ba22d-4428-4149-b981-70acb31fc383'],
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            disabled: "Managed HSM '{{name}}' has purge protection disabled ({{property}} is {{value}}). A deleted HSM and its keys can then be purged before the retention period ends. Purge protection can only be turned on when the HSM is created.",
            softDeleteDisabled: "Managed HSM '{{name}}' sets enableSoftDelete to {{value}}. Soft delete is what makes a deleted HSM recoverable; leave it enabled.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const softDelete = hsm.get('properties.enableSoftDelete');
                if (softDelete.kind === 'known' && isFalse(softDelete.value)) {
                    context.report({
                        resource: hsm,
                        at: softDelete,
                        messageId: 'softDeleteDisabled',
                        data: { name, value: (0,model_value/* displayValue */.KN)(softDelete) },
                    });
                }
                const purge = hsm.get('properties.enablePurgeProtection');
                if (purge.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.enablePurgeProtection', purge);
                // Absent, or a platform default other than true, leaves the HSM as unprotected as an explicit false.
                if (purge.kind === 'absent' || !isTrue(purge.value)) {
                    context.report({
                        resource: hsm,
                        at: purge,
                        messageId: 'disabled',
                        // A provider default says why the value applies (Terraform sends false when it is omitted).
                        data: {
                            name,
                            property: nameOf(hsm, { arm: 'enablePurgeProtection', provider: 'purge_protection_enabled' }),
                            value: purge.kind === 'default' ? `${(0,model_value/* displayValue */.KN)(purge)}: ${purge.why}` : (0,model_value/* displayValue */.KN)(purge),
                        },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rbac-custom-roles.ts



const rbac_custom_roles_PREFIX = 'Microsoft.KeyVault/managedHsm/';
/** Data actions that move keys or control out of the HSM's protection, or hand out access (§1.2). */
const SENSITIVE = ['keys/export/action', 'securitydomain/download/action', 'roleAssignments/write/action'];
/** Data actions that use keys: cryptographic operations and key release. */
const USAGE = [
    'keys/encrypt/action',
    'keys/decrypt/action',
    'keys/wrap/action',
    'keys/unwrap/action',
    'keys/sign/action',
    'keys/verify/action',
    'keys/release/action',
];
/** A data action pattern (`Microsoft.KeyVault/managedHsm/keys/*`, `*`) as a case-insensitive matcher. */
function matcher(pattern) {
    const escaped = pattern
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${escaped}$`, 'i');
}
function grantOf(permission, candidates) {
    const grant = { permission, granted: new Map() };
    const allowed = [];
    const excluded = [];
    const read = (relative, sink) => {
        const list = permission.get(relative);
        if (list.kind === 'unknown') {
            grant.unknown ??= { path: `${permission.path}.${relative}`, value: list };
            return;
        }
        for (const element of permission.items(relative)) {
            const value = element.value;
            if (value.kind === 'unknown')
                grant.unknown ??= { path: element.path, value };
            else if (value.kind === 'known' && typeof value.value === 'string')
                sink(value.value, value);
        }
    };
    read('dataActions', (text, value) => allowed.push({ test: matcher(text), value }));
    read('notDataActions', (text) => excluded.push(matcher(text)));
    for (const action of candidates) {
        if (excluded.some((x) => x.test(action)))
            continue;
        const by = allowed.find((a) => a.test.test(action));
        if (by)
            grant.granted.set(action, by.value);
    }
    return grant;
}
const rbac_custom_roles_short = (action) => action.slice(rbac_custom_roles_PREFIX.length);
/* harmony default export */ const rbac_custom_roles = (defineRule({
    meta: {
        id: 'rbac-custom-roles',
        type: 'problem',
        docs: {
            description: 'Custom Managed HSM local roles do not combine key export, security domain download or role assignment with the use of keys.',
            recommendation: 'identity-and-access-management/least-privilege-roles',
        },
        surfaces: ['terraform', 'tfplan', 'live'],
        messages: {
            sensitiveWithUsage: "Custom role '{{name}}' grants {{sensitive}} together with key usage ({{usage}}). A principal holding it can use keys and also take them or the HSM's control out of reach of the other roles: split it into a key-usage role (or the built-in Managed HSM Crypto User) and a separate, closely held administrative role.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const sensitive = SENSITIVE.map((a) => rbac_custom_roles_PREFIX + a);
        const usage = USAGE.map((a) => rbac_custom_roles_PREFIX + a);
        return {
            [model_resource/* TYPES */.QE.localRoleDefinition](definition) {
                // Built-in roles are what the article recommends; only custom roles are judged.
                if ((0,model_value/* equalsIgnoreCase */.Q_)(known(definition.get('properties.roleType')), 'AKVBuiltInRole'))
                    return;
                const permissions = definition.get('properties.permissions');
                if (permissions.kind === 'unknown')
                    return context.unresolved(definition, 'properties.permissions', permissions);
                const grants = definition
                    .items('properties.permissions')
                    .map((p) => grantOf(p, [...sensitive, ...usage]));
                const granted = new Map();
                for (const g of grants)
                    for (const [action, value] of g.granted)
                        if (!granted.has(action))
                            granted.set(action, value);
                const risky = sensitive.filter((a) => granted.has(a));
                const uses = usage.filter((a) => granted.has(a));
                if (risky.length > 0 && uses.length > 0) {
                    const name = known(definition.get('properties.roleName'));
                    return context.report({
                        resource: definition,
                        at: granted.get(risky[0]),
                        messageId: 'sensitiveWithUsage',
                        data: {
                            name: typeof name === 'string' ? name : definition.displayName,
                            sensitive: risky.map(rbac_custom_roles_short).join(', '),
                            usage: uses.map(rbac_custom_roles_short).join(', '),
                        },
                    });
                }
                // Something unknown could still add the missing half, or take an exclusion away.
                const open = grants.find((g) => g.unknown)?.unknown;
                if (open)
                    context.unresolved(definition, open.path, open.value);
            },
        };
    },
}));
function known(value) {
    return value.kind === 'known' ? value.value : undefined;
}

;// CONCATENATED MODULE: ./rules/rbac-least-privilege.ts




const SCOPE = 'properties.scope';
/* harmony default export */ const rbac_least_privilege = (defineRule({
    meta: {
        id: 'rbac-least-privilege',
        type: 'suggestion',
        docs: {
            description: 'Key-usage roles (Crypto User, Crypto Service Encryption User, Crypto Service Release User) are assigned on the one key they are for, not on the whole HSM (scope / or /keys).',
            recommendation: 'identity-and-access-management/least-privilege-scope',
        },
        surfaces: ['terraform', 'tfplan', 'live'],
        messages: {
            broadScope: "Local role assignment '{{name}}' grants {{role}} at scope {{scope}}{{hsm}}, which covers every key in the HSM, including keys created later. Assign key-usage roles on the key the principal needs (scope /keys/<key name>), one assignment per key.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.localRoleAssignment](assignment) {
                const scope = assignment.get(SCOPE);
                // The scope is required where local role assignments are written; without one there is nothing to judge.
                if (scope.kind === 'absent' || scope.kind === 'default')
                    return;
                const role = readRoleDefinition(assignment, graph);
                if (role.kind === 'role' && !KEY_USAGE_ROLES.has(role.guid))
                    return;
                if (role.kind === 'absent' || role.kind === 'other')
                    return;
                if (scope.kind === 'unknown') {
                    if (role.kind === 'role')
                        context.unresolved(assignment, SCOPE, scope);
                    return;
                }
                if (typeof scope.value !== 'string')
                    return;
                const normalized = normalizeLocalScope(scope.value);
                if (normalized !== '/' && normalized !== '/keys')
                    return;
                if (role.kind === 'unknown')
                    return context.unresolved(assignment, 'properties.roleDefinitionId', role.value, `The assignment is at scope ${normalized}; if the role is a key-usage role, assign it on a key instead.`);
                const hsm = graph.parentOf(assignment);
                context.report({
                    resource: assignment,
                    at: scope,
                    messageId: 'broadScope',
                    data: {
                        name: assignment.displayName,
                        role: localRoleName(role.guid) ?? role.guid,
                        scope: (0,model_value/* displayValue */.KN)(scope) === normalized ? normalized : `${(0,model_value/* displayValue */.KN)(scope)} (${normalized})`,
                        hsm: hsm ? ` of Managed HSM '${hsm.displayName}'` : '',
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rbac-plane-separation.ts




/* harmony default export */ const rbac_plane_separation = (defineRule({
    meta: {
        id: 'rbac-plane-separation',
        type: 'problem',
        docs: {
            description: 'Azure RBAC role assignments (control plane) never use a Managed HSM local RBAC role, which exists only in the HSM data plane.',
            recommendation: 'identity-and-access-management/separate-planes',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            localRoleInAzureRbac: "Role assignment '{{name}}'{{target}} uses {{property}} {{value}}, the Managed HSM local RBAC role '{{role}}'. Local roles exist only inside the HSM: Azure Resource Manager does not know them, so this grants nothing (or fails to deploy). Grant data-plane access with an HSM local role assignment (az keyvault role assignment create --hsm-name ...), and use Azure RBAC roles such as Managed HSM Contributor only for managing the resource.",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.roleAssignment](assignment) {
                const hsms = hsmsOfAssignment(graph, assignment);
                const role = readRoleDefinition(assignment);
                if (role.kind === 'unknown') {
                    // Only an assignment on an HSM is worth a could-not-verify finding.
                    if (hsms.length > 0)
                        context.unresolved(assignment, 'properties.roleDefinitionId', role.value, `The assignment is scoped to Managed HSM '${hsms.map((h) => h.displayName).join("', '")}'.`);
                    return;
                }
                if (role.kind !== 'role')
                    return;
                const local = localRoleName(role.guid);
                if (!local)
                    return;
                // As written: Resource Manager's roleDefinitionId, or the azurerm provider's id or role name.
                const property = assignment.nameOf('properties.roleDefinitionId');
                context.report({
                    resource: assignment,
                    at: role.value,
                    messageId: 'localRoleInAzureRbac',
                    data: {
                        name: assignment.displayName,
                        target: hsms.length > 0 ? ` on Managed HSM '${hsms.map((h) => h.displayName).join("', '")}'` : '',
                        property: property.replace(/^properties\./, ''),
                        value: property === 'role_definition_name' ? local : (0,model_value/* displayValue */.KN)(role.value),
                        role: local,
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/security-domain-quorum.ts



const CERTIFICATES = 'properties.securityDomain.certificateIds';
const QUORUM = 'properties.securityDomain.quorum';
const ACTIVATION = 'properties.securityDomainProperties.activationStatus';
/** A whole number, also when written as a numeric string. */
function count(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
        return Number(value);
    return undefined;
}
/* harmony default export */ const security_domain_quorum = (defineRule({
    meta: {
        id: 'security-domain-quorum',
        type: 'problem',
        docs: {
            description: 'The security domain is activated with enough wrapping keys and a quorum that needs several key holders but survives the loss of one.',
            recommendation: 'data-protection/security-domain-quorum',
        },
        surfaces: ['terraform', 'tfplan', 'live'],
        messages: {
            tooFewKeys: "Managed HSM '{{name}}' wraps its security domain with {{count}} certificate(s) (security_domain_key_vault_certificate_ids), fewer than the required {{minKeys}}. Give at least {{minKeys}} key holders a key pair each, so that custody is shared and one lost key does not make the security domain unrecoverable. Changing the certificates requires a new HSM.",
            quorumTooLow: "Managed HSM '{{name}}' sets security_domain_quorum to {{value}}, below the required {{minQuorum}}. With a quorum this low a single key holder can decrypt the security domain and restore the HSM's keys elsewhere; require at least {{minQuorum}} holders. Changing the quorum requires a new HSM.",
            quorumNotBelowKeys: "Managed HSM '{{name}}' sets security_domain_quorum to {{value}} with {{count}} wrapping certificate(s): every key holder is needed, so losing one key makes the security domain unrecoverable. Keep the quorum below the number of keys (for example 2 of 3, or 3 of 5). Changing the quorum requires a new HSM.",
            incomplete: "Managed HSM '{{name}}' sets {{present}} but not {{missing}}; the provider activates the security domain only when both are set. Set both (at least {{minKeys}} certificates and a quorum of at least {{minQuorum}}, below the number of certificates).",
            notActive: "Managed HSM '{{name}}' has security domain activation status {{value}}. Until the security domain is downloaded with at least {{minKeys}} key holders' public keys and a quorum of at least {{minQuorum}}, the HSM cannot be used and cannot be recovered; activate it (az keyvault security-domain download --sd-quorum ...).",
        },
        schema: [
            {
                type: 'object',
                properties: {
                    minKeys: { type: 'integer', minimum: 3, maximum: 10 },
                    minQuorum: { type: 'integer', minimum: 2, maximum: 10 },
                },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minKeys: 3, minQuorum: 2 }],
    },
    create(context) {
        const [{ minKeys, minQuorum }] = context.options;
        /** Live: only the activation status is readable; key count and quorum are not exposed. */
        const checkActivation = (hsm) => {
            const status = hsm.get(ACTIVATION);
            if (status.kind === 'unknown')
                return context.unresolved(hsm, ACTIVATION, status);
            if (status.kind !== 'known' || (0,model_value/* equalsIgnoreCase */.Q_)(status.value, 'Active'))
                return;
            context.report({
                resource: hsm,
                at: status,
                messageId: 'notActive',
                data: { name: hsm.displayName, value: (0,model_value/* displayValue */.KN)(status), minKeys, minQuorum },
            });
        };
        const checkConfiguration = (hsm) => {
            const name = hsm.displayName;
            const certificates = hsm.get(CERTIFICATES);
            const quorum = hsm.get(QUORUM);
            if (certificates.kind === 'absent' && quorum.kind === 'absent') {
                // Activation is then done out of band (az keyvault security-domain download), where it cannot be seen.
                const value = {
                    kind: 'unknown',
                    expression: 'activated outside this configuration',
                    range: hsm.range,
                    reason: 'neither security_domain_key_vault_certificate_ids nor security_domain_quorum is set',
                };
                return context.unresolved(hsm, 'the security domain', value, `Make sure it was downloaded (az keyvault security-domain download) with at least ${minKeys} key holders' public keys and a quorum of at least ${minQuorum}, or set both attributes so that the configuration states it.`);
            }
            const missing = (present, absentName, at) => context.report({
                resource: hsm,
                at,
                messageId: 'incomplete',
                data: { name, present, missing: absentName, minKeys, minQuorum },
            });
            if (quorum.kind === 'absent')
                return missing('security_domain_key_vault_certificate_ids', 'security_domain_quorum', certificates);
            if (certificates.kind === 'absent')
                return missing('security_domain_quorum', 'security_domain_key_vault_certificate_ids', quorum);
            let keys;
            if (certificates.kind === 'unknown')
                context.unresolved(hsm, CERTIFICATES, certificates);
            else if (Array.isArray(certificates.value)) {
                // The list's length is known even when its certificate ids are known only after apply.
                keys = certificates.value.length;
                if (keys < minKeys)
                    context.report({
                        resource: hsm,
                        at: certificates,
                        messageId: 'tooFewKeys',
                        data: { name, count: keys, minKeys },
                    });
            }
            if (quorum.kind === 'unknown')
                return context.unresolved(hsm, QUORUM, quorum);
            const m = count(quorum.value);
            if (m === undefined)
                return;
            if (m < minQuorum) {
                context.report({
                    resource: hsm,
                    at: quorum,
                    messageId: 'quorumTooLow',
                    data: { name, value: (0,model_value/* displayValue */.KN)(quorum), minQuorum },
                });
            }
            if (keys !== undefined && keys > 0 && m >= keys) {
                context.report({
                    resource: hsm,
                    at: quorum,
                    messageId: 'quorumNotBelowKeys',
                    data: { name, value: (0,model_value/* displayValue */.KN)(quorum), count: keys },
                });
            }
        };
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                switch (hsm.surface) {
                    case 'terraform':
                    case 'tfplan':
                        return checkConfiguration(hsm);
                    case 'live':
                        return checkActivation(hsm);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/sentinel.ts





/**
 * Whether a resource linked to a workspace as 'sentinel' really onboards Microsoft Sentinel. An
 * onboarding state always does; a Log Analytics solution only when it is the SecurityInsights solution
 * (plan product `OMSGallery/SecurityInsights`, named `SecurityInsights(<workspace>)`).
 */
function onboards(resource) {
    if (!resource.isType(model_resource/* TYPES */.QE.sentinelSolution))
        return true;
    const product = resource.get('plan.product');
    if (product.kind === 'known')
        return (0,model_value/* equalsIgnoreCase */.Q_)(product.value, 'OMSGallery/SecurityInsights');
    const name = resource.name;
    if (name.kind === 'known' && typeof name.value === 'string')
        return /^SecurityInsights\(/i.test(name.value);
    if (product.kind === 'unknown')
        return { resource, path: 'plan.product', value: product };
    if (name.kind === 'unknown')
        return { resource, path: 'name', value: name };
    return false;
}
/* harmony default export */ const sentinel = (defineRule({
    meta: {
        id: 'sentinel',
        type: 'suggestion',
        docs: {
            description: 'The Log Analytics workspace that receives Managed HSM logs is onboarded to Microsoft Sentinel.',
            recommendation: 'logging-and-monitoring/sentinel',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
        messages: {
            notOnboarded: "Log Analytics workspace '{{name}}' receives the logs of Managed HSM '{{hsm}}' but is not onboarded to Microsoft Sentinel, so no analytics rule watches for suspicious key or security domain operations. {{fix}}",
        },
        schema: [],
        defaultOptions: [],
    },
    create(context) {
        const { graph } = context;
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const destinations = logWorkspacesOf(graph, hsm);
                const pending = [...destinations.unresolved];
                const candidates = [];
                for (const { workspace } of destinations.workspaces) {
                    if (candidates.includes(workspace))
                        continue;
                    candidates.push(workspace);
                    const verdicts = graph.linkedTo(workspace, 'sentinel').map(onboards);
                    if (verdicts.includes(true))
                        return;
                    pending.push(...verdicts.filter((v) => typeof v === 'object'));
                }
                // A workspace this scan does not declare may well be onboarded elsewhere: nothing to judge.
                if (destinations.external.length > 0 || candidates.some((w) => w.existing))
                    return;
                if (candidates.length === 0 && pending.length === 0)
                    return; // diagnostic-logs reports that
                for (const link of graph.unresolvedLinks('sentinel')) {
                    if (link.value.kind === 'unknown')
                        pending.push({
                            resource: link.from,
                            path: link.from.isType(model_resource/* TYPES */.QE.sentinelSolution) ? 'properties.workspaceResourceId' : 'scope',
                            value: link.value,
                        });
                }
                if (pending.length > 0) {
                    for (const p of pending) {
                        context.unresolved(p.resource, p.path, p.value, `It decides whether the logs of Managed HSM '${hsm.displayName}' reach Microsoft Sentinel.`);
                    }
                    return;
                }
                for (const workspace of candidates) {
                    context.report({
                        resource: workspace,
                        messageId: 'notOnboarded',
                        data: {
                            name: workspace.displayName,
                            hsm: hsm.displayName,
                            fix: writtenInProviderTerms(workspace)
                                ? 'Add an azurerm_sentinel_log_analytics_workspace_onboarding for the workspace.'
                                : 'Add a Microsoft.SecurityInsights/onboardingStates (or the SecurityInsights solution) on the workspace.',
                        },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/soft-delete-retention.ts




/** What the service keeps when nothing says otherwise (rule-semantics §2.1: default 90, accepted 7–90). */
const SERVICE_DEFAULT_DAYS = 90;
/** Days as a number: ARM accepts integers, and numeric strings are read as the number they spell. */
function soft_delete_retention_days(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
        return Number(value);
    return undefined;
}
/* harmony default export */ const soft_delete_retention = (defineRule({
    meta: {
        id: 'soft-delete-retention',
        type: 'problem',
        docs: {
            description: 'Managed HSMs keep deleted HSMs and keys recoverable for a retention period within the organisation range (7 to 90 days by default).',
            recommendation: 'data-protection/soft-delete-retention',
        },
        surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
        messages: {
            tooShort: "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, fewer than the required {{minDays}} days. Set {{property}} to at least {{minDays}}.",
            tooLong: "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, more than the allowed {{maxDays}} days. Set {{property}} to at most {{maxDays}}.",
            notANumber: "Managed HSM '{{name}}' sets {{property}} to {{value}}, which is not a whole number of days. Set it to a number from {{minDays}} to {{maxDays}}.",
            noValidRange: "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, but no retention can pass: the rule options set minDays ({{minDays}}) above maxDays ({{maxDays}}). Correct the soft-delete-retention options.",
        },
        schema: [
            {
                type: 'object',
                properties: {
                    minDays: { type: 'integer', minimum: 7, maximum: 90 },
                    maxDays: { type: 'integer', minimum: 7, maximum: 90 },
                },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{ minDays: 7, maxDays: 90 }],
    },
    create(context) {
        const [{ minDays, maxDays }] = context.options;
        return {
            [model_resource/* TYPES */.QE.managedHsm](hsm) {
                const name = hsm.displayName;
                const retention = hsm.get('properties.softDeleteRetentionInDays');
                if (retention.kind === 'unknown')
                    return context.unresolved(hsm, 'properties.softDeleteRetentionInDays', retention);
                const written = retention.kind === 'absent' ? SERVICE_DEFAULT_DAYS : soft_delete_retention_days(retention.value);
                const limits = { minDays, maxDays };
                if (written === undefined) {
                    return context.report({
                        resource: hsm,
                        at: retention,
                        messageId: 'notANumber',
                        data: { name, property: soft_delete_retention_propertyOf(hsm), value: (0,model_value/* displayValue */.KN)(retention), ...limits },
                    });
                }
                // Say where the number came from when nobody wrote it.
                const value = retention.kind === 'default'
                    ? `${written} days (${retention.why})`
                    : retention.kind === 'absent'
                        ? `${written} days (omitted; the service default)`
                        : `${(0,model_value/* displayValue */.KN)(retention)} days`;
                const messageId = minDays > maxDays
                    ? 'noValidRange'
                    : written < minDays
                        ? 'tooShort'
                        : written > maxDays
                            ? 'tooLong'
                            : undefined;
                if (messageId)
                    context.report({
                        resource: hsm,
                        at: retention,
                        messageId,
                        data: { name, property: soft_delete_retention_propertyOf(hsm), value, ...limits },
                    });
            },
        };
    },
}));
/** The retention as its author writes it. */
function soft_delete_retention_propertyOf(hsm) {
    return nameOf(hsm, { arm: 'softDeleteRetentionInDays', provider: 'soft_delete_retention_days' });
}

;// CONCATENATED MODULE: ./rules/presets.ts
/**
 * The two presets of the rule catalog (shared/RULES.md). `recommended` is the default; `strict` raises what
 * a regulated environment should treat as blocking, and tightens a few options.
 */
const PRESETS = {
    recommended: {
        'private-endpoint': 'warn',
        'public-network-access': 'error',
        'network-default-deny': 'error',
        'network-ip-rules': 'warn',
        'network-bypass': 'off',
        'admin-groups': 'warn',
        'rbac-least-privilege': 'warn',
        'rbac-custom-roles': 'warn',
        'rbac-plane-separation': 'error',
        'arm-key-management': 'warn',
        'managed-identity-principals': 'warn',
        'pim-admin-roles': 'warn',
        'purge-protection': 'error',
        'soft-delete-retention': 'warn',
        'security-domain-quorum': 'error',
        'diagnostic-logs': 'warn',
        'log-retention': 'warn',
        'monitoring-alerts': 'off',
        sentinel: 'off',
        'key-governance-service': 'warn',
        'key-expiration': 'warn',
        'key-expiry-window': 'warn',
        'key-rotation': 'warn',
        'key-rsa-size': 'error',
        'key-ec-curve': 'error',
        'key-aes-size': 'error',
        'key-type': 'off',
        'backup-identity': 'warn',
        'byok-import-keys': 'warn',
        'multi-region': 'off',
    },
    strict: {
        'private-endpoint': 'error',
        'public-network-access': 'error',
        'network-default-deny': 'error',
        'network-ip-rules': 'error',
        'network-bypass': 'warn',
        'admin-groups': 'error',
        'rbac-least-privilege': 'error',
        'rbac-custom-roles': 'error',
        'rbac-plane-separation': 'error',
        'arm-key-management': 'error',
        'managed-identity-principals': 'error',
        'pim-admin-roles': 'error',
        'purge-protection': 'error',
        'soft-delete-retention': ['error', { minDays: 90 }],
        'security-domain-quorum': 'error',
        'diagnostic-logs': 'error',
        'log-retention': 'error',
        'monitoring-alerts': 'warn',
        sentinel: 'warn',
        'key-governance-service': 'error',
        'key-expiration': 'error',
        'key-expiry-window': 'error',
        'key-rotation': 'error',
        'key-rsa-size': ['error', { minimumSize: 3072 }],
        'key-ec-curve': 'error',
        'key-aes-size': 'error',
        'key-type': 'warn',
        'backup-identity': 'error',
        'byok-import-keys': 'error',
        'multi-region': 'warn',
    },
};

;// CONCATENATED MODULE: ./rules/index.ts































/** Every rule hsmlint ships, in the order of the rule catalog (by article section). */
const RULES = [
    private_endpoint,
    public_network_access,
    network_default_deny,
    network_ip_rules,
    network_bypass,
    admin_groups,
    rbac_least_privilege,
    rbac_custom_roles,
    rbac_plane_separation,
    arm_key_management,
    managed_identity_principals,
    pim_admin_roles,
    purge_protection,
    soft_delete_retention,
    security_domain_quorum,
    diagnostic_logs,
    log_retention,
    monitoring_alerts,
    sentinel,
    key_governance_service,
    key_expiration,
    key_expiry_window,
    key_rotation,
    key_rsa_size,
    key_ec_curve,
    key_aes_size,
    key_type,
    backup_identity,
    byok_import_keys,
    multi_region,
];
const registry = {
    rules: new Map(RULES.map((rule) => [rule.meta.id, rule])),
    presets: PRESETS,
};

;// CONCATENATED MODULE: ./src/model/finding.ts
const SEVERITY_RANK = { info: 0, warn: 1, error: 2 };
/** Engine-level findings that are not configurable rules. */
const ENGINE_FINDINGS = {
    parseError: 'parse-error',
    unresolved: 'unresolved',
    suppressionUnused: 'suppression-unused',
    suppressionExpired: 'suppression-expired',
    suppressionNoReason: 'suppression-no-reason',
    internalError: 'internal-error',
    drift: 'drift',
};

// EXTERNAL MODULE: ./src/model/range.ts
var model_range = __nccwpck_require__(12);
// EXTERNAL MODULE: ./src/model/libraries.ts
var libraries = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./src/engine/config-schema.ts
const severity = { type: 'string', enum: ['off', 'info', 'warn', 'error'] };
/** The configuration file's structure, without the per-rule option schemas. */
const BASE_CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://hsmlint.dev/schema/hsmlint.config.schema.json',
    title: 'hsmlint configuration',
    description: 'Configuration of hsmlint, the Azure Managed HSM deployment linter (hsmlint.config.yaml).',
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        extends: {
            description: 'The preset to start from.',
            type: 'string',
            enum: ['recommended', 'strict'],
        },
        unresolved: {
            description: 'Level of findings for checks that could not be decided because a value is unknown.',
            ...severity,
        },
        explainGaps: {
            description: 'Report, as info, checks that a surface cannot express.',
            type: 'boolean',
        },
        rules: {
            description: 'Per-rule severity, or [severity, options].',
            type: 'object',
        },
        ignore: {
            description: 'Glob patterns (relative to the configuration file) of files not to scan.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
        },
        parameters: {
            description: 'Template parameter values for files matching each glob (relative to the configuration file).',
            type: 'object',
            additionalProperties: { type: 'object' },
        },
        modules: {
            description: 'Modules hsmlint does not download, each mapped to a local copy (relative to the configuration file) that is checked in its place: Bicep registry and template spec references (br:…, br/public:…, ts:…) map to a file, Terraform module sources (registry addresses, git URLs, exactly as written in `source`) map to a folder.',
            type: 'object',
            additionalProperties: { type: 'string', minLength: 1 },
        },
    },
};
/** The published schema: the base plus one entry per rule with its options, for editors. */
function buildConfigSchema(registry) {
    const ruleProperties = {};
    for (const [id, rule] of [...registry.rules].sort(([a], [b]) => a.localeCompare(b))) {
        ruleProperties[id] = {
            description: rule.meta.docs.description,
            oneOf: [
                severity,
                {
                    type: 'array',
                    items: [severity, ...rule.meta.schema],
                    additionalItems: false,
                    minItems: 1,
                },
            ],
        };
    }
    const base = BASE_CONFIG_SCHEMA;
    return {
        ...BASE_CONFIG_SCHEMA,
        properties: {
            ...base.properties,
            rules: { ...base.properties.rules, additionalProperties: false, properties: ruleProperties },
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/options.ts

// Options are optional positionally, so tuples are shorter than their schema on purpose.
let ajv;
const validators = new WeakMap();
/** The options array schema of a rule: positional items, nothing extra. */
function optionsSchema(rule) {
    return { type: 'array', ...positional(rule.meta.schema) };
}
function positional(items) {
    if (items.length === 0)
        return { maxItems: 0 };
    // draft-07 tuple form (ajv's default dialect)
    return { items, additionalItems: false, maxItems: items.length };
}
function validatorFor(rule) {
    let validate = validators.get(rule);
    if (!validate) {
        ajv ??= new ((0,libraries/* ajvLibrary */.jk)().Ajv)({
            allErrors: false,
            strict: true,
            strictTuples: false,
            useDefaults: false,
        });
        validate = ajv.compile({ type: 'array', ...positional(rule.meta.schema) });
        validators.set(rule, validate);
    }
    return validate;
}
/** Checks that every rule's option schema compiles; returns the problems found. */
function checkRuleSchema(rule) {
    try {
        validatorFor(rule);
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** Validates options (the part after the severity) against the rule's schema. */
function validateOptions(rule, options) {
    const validate = validatorFor(rule);
    if (validate(options))
        return undefined;
    const error = validate.errors[0];
    return { path: pointerToPath(error.instancePath), message: describeAjvError(error) };
}
/** Converts a JSON pointer (`/0/minDays`) into the config key path notation (`[0].minDays`). */
function pointerToPath(pointer) {
    if (!pointer)
        return '';
    return pointer
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
        .join('');
}
/** ESLint-like wording for one ajv error. */
function describeAjvError(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `has an unknown property '${String(p.additionalProperty)}'`;
        case 'enum':
            return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'type':
            return `must be ${String(p.type)}`;
        case 'maxItems':
            return `has too many options (at most ${String(p.limit)})`;
        case 'additionalItems':
            return `has too many options (at most ${String(p.limit)})`;
        case 'required':
            return `must have the property '${String(p.missingProperty)}'`;
        default:
            return error.message ?? 'is invalid';
    }
}
/** ESLint's option merge: objects merge deeply with the defaults, anything else replaces them. */
function mergeOptions(defaults, given) {
    const length = Math.max(defaults.length, given.length);
    const out = [];
    for (let i = 0; i < length; i++)
        out.push(i < given.length ? deepMerge(defaults[i], given[i]) : defaults[i]);
    return out;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function deepMerge(base, override) {
    if (!isPlainObject(base) || !isPlainObject(override))
        return override === undefined ? base : override;
    const out = { ...base };
    for (const [k, v] of Object.entries(override))
        out[k] = deepMerge(base[k], v);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/config.ts





const CONFIG_FILE_NAMES = ['hsmlint.config.yaml', 'hsmlint.config.yml', 'hsmlint.config.json'];
/** A configuration problem; the CLI exits 2 with this message. */
class ConfigError extends Error {
    keyPath;
    constructor(message, keyPath) {
        super(message);
        this.keyPath = keyPath;
        this.name = 'ConfigError';
    }
}
/** Finds the configuration file from `startDir` upward. */
function findConfigFile(startDir) {
    let dir = (0,external_node_path_.resolve)(startDir);
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.existsSync)(candidate))
                return candidate;
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
const MAX_YAML_ALIASES = 50;
/** Reads and parses a configuration file; YAML anchors are bounded so aliases cannot explode. */
function readConfigFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new ConfigError(`Cannot read configuration file ${file}: ${error.message}`);
    }
    return parseConfigText(text, file);
}
/** Parses configuration text (YAML, or JSON for `.json` names), e.g. a version read from git. */
function parseConfigText(text, file) {
    let data;
    try {
        data = file.endsWith('.json')
            ? JSON.parse(text)
            : (0,libraries/* yamlLibrary */.Tj)().parse(text, { maxAliasCount: MAX_YAML_ALIASES, prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        throw new ConfigError(`Cannot parse configuration file ${file}: ${error.message}`);
    }
    if (data === null || data === undefined)
        return {};
    return data;
}
let baseValidator;
/** Compiled on first use: a scan without configuration never pays for it. */
function validateBase(data) {
    baseValidator ??= new ((0,libraries/* ajvLibrary */.jk)().Ajv)({ allErrors: false, strict: false }).compile(BASE_CONFIG_SCHEMA);
    baseValidator(data);
    return baseValidator;
}
/** Validates a parsed configuration and combines it with the preset, overrides and rule defaults. */
function resolveConfig(data, registry, options) {
    const where = options.file ? ` in ${options.file}` : '';
    const isEmpty = typeof data === 'object' && data !== null && Object.keys(data).length === 0;
    const validator = isEmpty ? undefined : validateBase(data);
    if (validator?.errors) {
        const error = validator.errors[0];
        const keyPath = pointerToKeyPath(error.instancePath);
        const subject = error.keyword === 'additionalProperties' && !keyPath ? 'The configuration' : keyPath;
        throw new ConfigError(`Configuration error${where}: ${subject || 'the configuration'} ${describeAjvError(error)}.`, keyPath);
    }
    const config = data;
    const preset = registry.presets[config.extends ?? 'recommended'];
    const settings = new Map();
    for (const [id, setting] of Object.entries(preset))
        settings.set(id, setting);
    const apply = (source, prefix, origin) => {
        for (const [id, raw] of Object.entries(source)) {
            const keyPath = `${prefix}${id}`;
            const rule = registry.rules.get(id);
            if (!rule) {
                const hint = suggest(id, [...registry.rules.keys()]);
                throw new ConfigError(`Configuration error${origin}: ${keyPath}: unknown rule '${id}'.${hint ? ` Did you mean '${hint}'?` : ''}`, keyPath);
            }
            settings.set(id, checkSetting(rule.meta.id, raw, keyPath, origin, registry));
        }
    };
    if (config.rules)
        apply(config.rules, 'rules.', where);
    for (const text of options.overrides?.rules ?? [])
        apply(parseRuleFlag(text), '--rule ', '');
    const rules = new Map();
    for (const [id, setting] of settings) {
        const [severity, ...given] = Array.isArray(setting) ? setting : [setting];
        if (severity === 'off')
            continue;
        const rule = registry.rules.get(id);
        rules.set(id, { severity, options: mergeOptions(rule.meta.defaultOptions, given) });
    }
    return {
        file: options.file,
        baseDir: options.baseDir,
        rules,
        unresolved: options.overrides?.unresolved ?? config.unresolved ?? 'info',
        explainGaps: options.overrides?.explainGaps ?? config.explainGaps ?? false,
        ignore: config.ignore ?? [],
        parameters: Object.entries(config.parameters ?? {}).map(([glob, values]) => ({ glob, values })),
        modules: Object.fromEntries(Object.entries(config.modules ?? {}).map(([reference, file]) => [
            reference,
            (0,external_node_path_.resolve)(options.baseDir, file),
        ])),
    };
}
const SEVERITIES = new Set(['off', 'info', 'warn', 'error']);
function checkSetting(id, raw, keyPath, origin, registry) {
    const [severity, ...options] = Array.isArray(raw) ? raw : [raw];
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
        const at = Array.isArray(raw) ? `${keyPath}[0]` : keyPath;
        throw new ConfigError(`Configuration error${origin}: ${at}: severity must be one of "off", "info", "warn", "error" (got ${JSON.stringify(severity)}).`, at);
    }
    const rule = registry.rules.get(id);
    const problem = validateOptions(rule, options);
    if (problem) {
        // Options sit after the severity, so shift the index by one to match what the user wrote.
        const path = problem.path.replace(/^\[(\d+)\]/, (_, n) => `[${Number(n) + 1}]`);
        const at = `${keyPath}${path || '[1]'}`;
        throw new ConfigError(`Configuration error${origin}: ${at} ${problem.message} (rule '${id}').`, at);
    }
    return [severity, ...options];
}
/** `--rule 'id: warn'` or `--rule 'id: [warn, {minDays: 30}]'`. */
function parseRuleFlag(text) {
    let parsed;
    try {
        parsed = (0,libraries/* yamlLibrary */.Tj)().parse(text, { maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (error) {
        throw new ConfigError(`Invalid --rule '${text}': ${error.message}`, '--rule');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ConfigError(`Invalid --rule '${text}': expected 'rule-id: severity'.`, '--rule');
    }
    return parsed;
}
function pointerToKeyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s, i) => /^\d+$/.test(s) ? `[${s}]` : /^[\w-]+$/.test(s) ? `${i ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`)
        .join('');
}
/** The closest known id by edit distance, for "did you mean". */
function suggest(id, known) {
    let best;
    let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
    for (const candidate of known) {
        const d = editDistance(id, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/** Loads the configuration for a scan: an explicit file, or the nearest one above `startDir`. */
function loadConfig(registry, options) {
    const file = options.configFile ? (0,external_node_path_.resolve)(options.configFile) : findConfigFile(options.startDir);
    if (options.configFile && !(0,external_node_fs_.existsSync)(file))
        throw new ConfigError(`Configuration file not found: ${options.configFile}`);
    const data = file ? readConfigFile(file) : {};
    return resolveConfig(data, registry, {
        file,
        baseDir: file ? (0,external_node_path_.dirname)(file) : (0,external_node_path_.resolve)(options.startDir),
        overrides: options.overrides,
    });
}

;// CONCATENATED MODULE: ./src/engine/baseline.ts




const NOT_BASELINED = new Set([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.internalError]);
function readBaseline(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return { version: 1, files: {} };
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new ConfigError(`Cannot read baseline ${file}: ${error.message}`, 'baseline');
    }
    const files = data?.files;
    if (typeof files !== 'object' || files === null || Array.isArray(files)) {
        throw new ConfigError(`Baseline ${file} has no "files" object.`, 'baseline.files');
    }
    for (const [path, rules] of Object.entries(files)) {
        for (const [rule, entry] of Object.entries((rules ?? {}))) {
            const count = entry?.count;
            if (!Number.isInteger(count) || count < 0) {
                throw new ConfigError(`Baseline ${file}: files["${path}"]["${rule}"].count must be a whole number.`, `baseline.files.${path}.${rule}.count`);
            }
        }
    }
    return { version: 1, files: files };
}
function countsOf(findings) {
    const counts = new Map();
    for (const f of findings) {
        if (f.suppressed || NOT_BASELINED.has(f.ruleId))
            continue;
        const byRule = counts.get(f.range.file) ?? new Map();
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        counts.set(f.range.file, byRule);
    }
    return counts;
}
/** Marks findings covered by the baseline as suppressed (kind `baseline`); returns how many it covered. */
function applyBaseline(findings, baseline, source) {
    const counts = countsOf(findings);
    let covered = 0;
    for (const f of findings) {
        if (f.suppressed || NOT_BASELINED.has(f.ruleId))
            continue;
        const allowed = baseline.files[f.range.file]?.[f.ruleId]?.count ?? 0;
        const actual = counts.get(f.range.file)?.get(f.ruleId) ?? 0;
        if (allowed > 0 && actual <= allowed) {
            f.suppressed = {
                kind: 'baseline',
                reason: `in the baseline ${source}`,
                range: (0,model_range/* pointRange */.it)(f.range.file),
            };
            covered++;
        }
    }
    return covered;
}
/** A baseline that accepts every current unsuppressed finding. */
function baselineOf(findings) {
    const files = {};
    for (const [file, rules] of [...countsOf(findings)].sort(([a], [b]) => a.localeCompare(b))) {
        files[file] = {};
        for (const [rule, count] of [...rules].sort(([a], [b]) => a.localeCompare(b)))
            files[file][rule] = { count };
    }
    return { version: 1, files };
}
/** Lowers counts to what is still there and drops entries that were fixed; never raises a count. */
function pruneBaseline(baseline, findings) {
    const current = baselineOf(findings.map((f) => (f.suppressed?.kind === 'baseline' ? { ...f, suppressed: undefined } : f)));
    const files = {};
    for (const [file, rules] of Object.entries(baseline.files)) {
        for (const [rule, { count }] of Object.entries(rules)) {
            const now = current.files[file]?.[rule]?.count ?? 0;
            const kept = Math.min(count, now);
            if (kept > 0)
                (files[file] ??= {})[rule] = { count: kept };
        }
    }
    return { version: 1, files };
}
function writeBaseline(file, baseline) {
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/engine/exit-policy.ts

const DEFAULT_EXIT_POLICY = { failOn: 'error', maxWarnings: -1 };
/** Decides pass or fail from the findings, independently of what is displayed. */
function decideExit(findings, policy) {
    const active = findings.filter((f) => !f.suppressed);
    const reasons = [];
    if (policy.failOn !== 'never') {
        const threshold = SEVERITY_RANK[policy.failOn];
        const failing = active.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
        if (failing > 0)
            reasons.push(`${failing} finding${failing === 1 ? '' : 's'} at or above '${policy.failOn}'`);
    }
    if (policy.maxWarnings >= 0) {
        const warnings = active.filter((f) => f.severity === 'warn').length;
        if (warnings > policy.maxWarnings) {
            reasons.push(`${warnings} warnings exceed --max-warnings ${policy.maxWarnings}`);
        }
    }
    return { failed: reasons.length > 0, reasons };
}

;// CONCATENATED MODULE: ./src/live-options.ts
class LiveSettingsError extends Error {
    name = 'LiveSettingsError';
}
const AUTH = ['oidc', 'azure-cli', 'default', 'token'];
const CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'];
/** Splits `a,b c` lists as written in flags and inputs. */
function listOf(text) {
    const parts = Array.isArray(text) ? text : [text ?? ''];
    return parts.flatMap((p) => p.split(/[\s,]+/)).filter(Boolean);
}
/** Reads settings by name (`auth`, `subscriptions`, `arm-endpoint`, …); `label` names the option in errors. */
function parseLiveSettings(read, label) {
    const auth = (read('auth') || 'default');
    if (!AUTH.includes(auth))
        throw new LiveSettingsError(`${label('auth')} must be one of ${AUTH.join(', ')} (got '${auth}').`);
    const cloud = (read('cloud') || 'AzureCloud');
    if (!CLOUDS.includes(cloud))
        throw new LiveSettingsError(`${label('cloud')} must be one of ${CLOUDS.join(', ')} (got '${cloud}').`);
    const concurrencyText = read('concurrency');
    let concurrency;
    if (concurrencyText) {
        if (!/^\d+$/.test(concurrencyText) || Number(concurrencyText) < 1 || Number(concurrencyText) > 64) {
            throw new LiveSettingsError(`${label('concurrency')} must be a whole number from 1 to 64 (got '${concurrencyText}').`);
        }
        concurrency = Number(concurrencyText);
    }
    const flag = (name) => {
        const v = (read(name) ?? '').toLowerCase();
        if (v === '' || v === 'false')
            return false;
        if (v === 'true')
            return true;
        throw new LiveSettingsError(`${label(name)} must be true or false (got '${v}').`);
    };
    const endpoints = {};
    if (read('arm-endpoint'))
        endpoints.arm = read('arm-endpoint');
    if (read('hsm-dns-suffix'))
        endpoints.hsmDnsSuffix = read('hsm-dns-suffix');
    if (read('graph-endpoint'))
        endpoints.graph = read('graph-endpoint');
    if (read('authority-host'))
        endpoints.authorityHost = read('authority-host');
    return {
        auth,
        subscriptions: listOf(read('subscriptions')),
        resourceGroups: listOf(read('resource-groups')),
        hsmNames: listOf(read('hsm-names')),
        cloud,
        endpoints,
        dataPlane: flag('data-plane'),
        concurrency,
        clientId: read('client-id') || undefined,
        tenantId: read('tenant-id') || undefined,
    };
}
/** The names of the live options, for flags and inputs. */
const LIVE_OPTION_NAMES = [
    'auth',
    'subscriptions',
    'resource-groups',
    'hsm-names',
    'cloud',
    'arm-endpoint',
    'hsm-dns-suffix',
    'graph-endpoint',
    'authority-host',
    'data-plane',
    'concurrency',
    'client-id',
    'tenant-id',
];
/** Reads the deployed HSMs (loading the Azure SDK only now) as a source for the scan. */
async function readLive(settings, context) {
    const { readLiveState } = await Promise.all(/* import() */[__nccwpck_require__.e(873), __nccwpck_require__.e(408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8408));
    const result = await readLiveState({
        auth: settings.auth,
        subscriptions: settings.subscriptions.length ? settings.subscriptions : undefined,
        resourceGroups: settings.resourceGroups.length ? settings.resourceGroups : undefined,
        hsmNames: settings.hsmNames.length ? settings.hsmNames : undefined,
        cloud: settings.cloud,
        endpoints: settings.endpoints,
        dataPlane: settings.dataPlane,
        concurrency: settings.concurrency,
        clientId: settings.clientId,
        tenantId: settings.tenantId,
        getIdToken: context.getIdToken,
        log: context.log,
    });
    return {
        surface: 'live',
        resources: result.resources,
        problems: result.problems,
        unresolved: result.unresolved,
        stats: result.stats,
    };
}

// EXTERNAL MODULE: ./src/model/product.ts
var product = __nccwpck_require__(4678);
;// CONCATENATED MODULE: ./src/model/location.ts
/**
 * Findings on live resources are located by Azure resource id instead of a file. These helpers tell the
 * two apart and give a person a link to open.
 */
function isResourceIdLocation(file) {
    return /^\/subscriptions\/[^/]+(\/|$)/i.test(file);
}
/** The Azure portal page of a resource. */
function portalUrl(resourceId) {
    return `https://portal.azure.com/#@/resource${resourceId}`;
}

;// CONCATENATED MODULE: ./src/model/article.ts
/**
 * The sections of "Secure your Azure Managed HSM deployment", in the article's order. A rule's
 * `docs.recommendation` starts with one of these ids.
 */
const ARTICLE_SECTIONS = [
    { id: 'network-security', title: 'Network security' },
    { id: 'identity-and-access-management', title: 'Identity and access management' },
    { id: 'data-protection', title: 'Data protection' },
    { id: 'logging-and-monitoring', title: 'Logging and monitoring' },
    { id: 'compliance-and-governance', title: 'Compliance and governance' },
    { id: 'backup-and-recovery', title: 'Backup and recovery' },
    { id: 'service-specific-security', title: 'Service-specific security' },
];
const ARTICLE_URL = 'https://learn.microsoft.com/azure/key-vault/managed-hsm/secure-your-managed-hsm';
function sectionOf(recommendation) {
    if (!recommendation)
        return undefined;
    const id = recommendation.split('/')[0];
    return ARTICLE_SECTIONS.find((s) => s.id === id);
}
/** Recommendations no scan can verify; every report lists them as a checklist. */
const PROCEDURAL_CHECKLIST = [
    {
        section: 'data-protection',
        text: 'Security domain keys are stored offline, in separate secure locations.',
    },
    {
        section: 'data-protection',
        text: 'Custody of the security domain keys follows written procedures and is reviewed periodically.',
    },
    { section: 'backup-and-recovery', text: 'A disaster-recovery plan exists for the HSM and its keys.' },
    { section: 'backup-and-recovery', text: 'Restores are rehearsed regularly on a non-production HSM.' },
    { section: 'backup-and-recovery', text: 'Full and key-level backups run on a regular schedule.' },
    {
        section: 'service-specific-security',
        text: 'FIPS 140-3 Level 3 validation and single-tenant isolation are properties of the service; nothing to configure.',
    },
];

;// CONCATENATED MODULE: ./src/model/compare-text.ts
/**
 * Code-unit comparison: unlike `localeCompare`, the same on every machine, and it needs no collator
 * (the first `localeCompare` of a process sets one up, which costs a short run milliseconds).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/common.ts




/** Findings in a stable order: file, line, column, rule id, message. Does not mutate its input. */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function compareFindings(a, b) {
    return (compareText(a.range.file, b.range.file) ||
        a.range.start.line - b.range.start.line ||
        a.range.start.column - b.range.start.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}

function countFindings(findings) {
    const counts = { error: 0, warn: 0, info: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            counts.suppressed++;
        else
            counts[finding.severity]++;
    }
    return counts;
}
function isParseError(finding) {
    return finding.ruleId === ENGINE_FINDINGS.parseError;
}
/** Groups findings by file, keeping the order of first appearance. */
function groupByFile(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.range.file);
        if (group)
            group.push(finding);
        else
            groups.set(finding.range.file, [finding]);
    }
    return groups;
}
class RuleIndex {
    byId = new Map();
    constructor(rules) {
        for (const rule of rules)
            if (!this.byId.has(rule.id))
                this.byId.set(rule.id, rule);
    }
    get(id) {
        return this.byId.get(id);
    }
    helpUri(id) {
        return this.byId.get(id)?.helpUri ?? (0,product/* ruleDocsUrl */.hS)(id);
    }
    /**
     * The article section a finding belongs to: its own recommendation, else its rule's, else (for
     * `unresolved` and `internal-error`) the rule it is about.
     */
    sectionOf(finding) {
        return (sectionOf(finding.recommendation) ??
            sectionOf(this.byId.get(finding.ruleId)?.recommendation) ??
            (finding.relatedRule ? sectionOf(this.byId.get(finding.relatedRule)?.recommendation) : undefined));
    }
}
function ruleIndexOf(result) {
    return new RuleIndex(result.rules);
}
/** Severity ranks for ordering, most severe first. */
const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 };
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** Messages are one line in every report: newlines and runs of whitespace around them become one space. */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Counts skipped files by reason, most frequent first (ties by reason text). */
function skippedByReason(skipped) {
    const counts = new Map();
    for (const s of skipped)
        counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    return [...counts]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || compareText(a.reason, b.reason));
}

;// CONCATENATED MODULE: ./src/report/json.ts




/** ESLint's numeric severities, extended with 0 for info (ESLint has no info level). */
const JSON_SEVERITY = { error: 2, warn: 1, info: 0 };
/** The `filePath` used for findings that have no file (a rule that failed before it saw a resource). */
const JSON_NO_FILE = '<no file>';
/**
 * ESLint's result array: one entry per scanned file (clean files included) and per file that only
 * appears in findings (a file that failed to parse), sorted by path. Counts cover unsuppressed
 * messages only; `errorCount` includes the fatal ones, as in ESLint. Skipped files are not scanned
 * files and get no entry.
 */
function toJsonResults(result) {
    const byFile = groupByFile(sortFindings(result.findings));
    const files = new Set([...result.files.map((f) => f.file), ...byFile.keys()]);
    return [...files].sort(compareText).map((file) => fileResult(result.cwd, file, byFile.get(file) ?? []));
}
/** Compact, one line, like ESLint's `json` formatter; ends with a newline. */
function formatJson(result) {
    return `${JSON.stringify(toJsonResults(result))}\n`;
}
function fileResult(cwd, file, findings) {
    const shown = findings.filter((f) => !f.suppressed);
    const count = (severity) => shown.filter((f) => f.severity === severity).length;
    return {
        filePath: !file ? JSON_NO_FILE : isResourceIdLocation(file) ? file : (0,external_node_path_.resolve)(cwd, file),
        messages: shown.map(message),
        suppressedMessages: findings
            .filter((f) => f.suppressed)
            .map((f) => ({
            ...message(f),
            suppressions: [{ kind: f.suppressed.kind, justification: f.suppressed.reason }],
        })),
        errorCount: count('error'),
        fatalErrorCount: shown.filter(isParseError).length,
        warningCount: count('warn'),
        infoCount: count('info'),
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
    };
}
function message(finding) {
    const out = {
        ruleId: finding.ruleId,
        severity: JSON_SEVERITY[finding.severity],
        message: finding.message,
        line: finding.range.start.line,
        column: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column,
    };
    if (isParseError(finding))
        out.fatal = true;
    if (finding.messageId !== undefined)
        out.messageId = finding.messageId;
    if (finding.resource)
        out.resource = { key: finding.resource.key, type: finding.resource.type, name: finding.resource.name };
    if (finding.surface !== undefined)
        out.surface = finding.surface;
    if (finding.recommendation !== undefined)
        out.recommendation = finding.recommendation;
    if (finding.relatedRule !== undefined)
        out.relatedRule = finding.relatedRule;
    if (finding.conditional !== undefined)
        out.conditional = finding.conditional;
    if (finding.parameter !== undefined)
        out.parameter = finding.parameter;
    return out;
}
/** The version of the `json-with-metadata` document's `metadata.hsmlint` part. */
const RESULT_DOCUMENT_VERSION = 1;
function toJsonWithMetadata(result) {
    const rulesMeta = {};
    for (const rule of result.rules) {
        if (Object.hasOwn(rulesMeta, rule.id))
            continue;
        rulesMeta[rule.id] = {
            docs: { description: rule.description, ...(rule.helpUri ? { url: rule.helpUri } : {}) },
        };
    }
    // How the run shared its work (`triage`) is not part of the result: the same scan writes the same document.
    const { cwd, shard, triage: _triage, ...rest } = result;
    return {
        results: toJsonResults(result),
        metadata: {
            cwd,
            rulesMeta,
            hsmlint: {
                version: RESULT_DOCUMENT_VERSION,
                tool: product/* PRODUCT_VERSION */.vg,
                ...(shard ? { shard: { index: shard.index, count: shard.count } } : {}),
                result: rest,
            },
        },
    };
}
/** One line, like `json`; ends with a newline. */
function formatJsonWithMetadata(result) {
    return `${JSON.stringify(toJsonWithMetadata(result))}\n`;
}
class ResultDocumentError extends Error {
    name = 'ResultDocumentError';
}
/**
 * Reads a `json-with-metadata` document back into a scan result, relative to `cwd` (the merging
 * side's working folder: file paths in the result are relative). Throws `ResultDocumentError`.
 */
function readJsonWithMetadata(data, cwd, source = 'the document') {
    const metadata = data?.metadata;
    const doc = metadata?.hsmlint;
    if (!doc || typeof doc !== 'object') {
        throw new ResultDocumentError(`${source} is not an hsmlint result: write shard results with --format json-with-metadata.`);
    }
    if (doc.version !== RESULT_DOCUMENT_VERSION) {
        throw new ResultDocumentError(`${source} is an hsmlint result of version ${String(doc.version)}; this hsmlint reads version ${RESULT_DOCUMENT_VERSION}.`);
    }
    const r = doc.result;
    const arrays = ['files', 'skipped', 'missing', 'findings', 'rules', 'suppressions'];
    if (!r || arrays.some((key) => !Array.isArray(r[key])) || typeof r.resourceCount !== 'number') {
        throw new ResultDocumentError(`${source} is an incomplete hsmlint result.`);
    }
    const out = {
        cwd,
        files: r.files,
        skipped: r.skipped,
        missing: r.missing,
        findings: r.findings,
        rules: r.rules,
        resourceCount: r.resourceCount,
        suppressions: r.suppressions,
        related: r.related ?? {},
    };
    if (doc.shard)
        out.shard = { index: doc.shard.index, count: doc.shard.count };
    return out;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



/** GitHub comments hold 65,536 characters; stay a little below. */
const MARKDOWN_DEFAULT_MAX_LENGTH = 65000;
const SEVERITY_LABEL = { error: 'Error', warn: 'Warning', info: 'Info' };
/**
 * Escapes text for a Markdown table cell or paragraph: Markdown punctuation is backslash-escaped,
 * `<`, `>` and `&` become entities (no HTML gets through), `@` cannot mention anyone, and newlines
 * become spaces so a row stays one row.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;');
}
/** Encodes a relative path for use in a URL, keeping the slashes. */
function encodePath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** `<url>` destinations allow parentheses and spaces; only `<`, `>` and newlines must go. */
function linkDestination(url) {
    return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}
/**
 * The report that is also the pull-request comment and the job summary: counts, a table by
 * article section, the findings (most severe first), the suppressed findings in a collapsed
 * block, and the checklist of recommendations no scan can verify.
 *
 * The output depends only on its input. When it would exceed `maxLength`, finding rows are left
 * out from the end (suppressed ones first) and the document says exactly how many are missing.
 */
function formatMarkdown(result, options = {}) {
    const maxLength = options.maxLength ?? MARKDOWN_DEFAULT_MAX_LENGTH;
    const rules = ruleIndexOf(result);
    const ordered = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareFindings(a, b));
    const shown = ordered.filter((f) => !f.suppressed);
    const suppressed = ordered.filter((f) => f.suppressed);
    const fullListAt = options.fullListAt ?? 'the SARIF file or the job summary';
    const head = [
        heading(options),
        '',
        summary(result),
        '',
        ...notesBlock(options.notes),
        ...sectionTable(shown, rules),
    ].join('\n');
    const checklist = checklistBlock();
    const row = (f) => `| ${SEVERITY_LABEL[f.severity]} | ${markdown_location(f, options.linkBase)} | ${ruleLink(f.ruleId, rules)} | ${escapeMarkdown(f.message)} |`;
    const suppressedRow = (f) => `| ${markdown_location(f, options.linkBase)} | ${ruleLink(f.ruleId, rules)} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.suppressed.reason)} |`;
    const findingHeader = ['| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];
    // Lists in the order they are kept when the document must be cut: the last ones give way first.
    const lists = [];
    if (options.isNew) {
        const fresh = shown.filter(options.isNew);
        const existing = shown.filter((f) => !options.isNew(f));
        lists.push({
            title: '### New findings',
            empty: 'No new findings on the lines this change touches.',
            header: findingHeader,
            rows: fresh.map(row),
            kind: 'new ',
        });
        if (existing.length > 0) {
            lists.push({
                collapsed: plural(existing.length, 'existing finding'),
                header: findingHeader,
                rows: existing.map(row),
                kind: 'existing ',
            });
        }
    }
    else {
        lists.push({
            title: '### Findings',
            empty: 'No unsuppressed findings.',
            header: findingHeader,
            rows: shown.map(row),
            kind: '',
        });
    }
    if (suppressed.length > 0) {
        lists.push({
            collapsed: plural(suppressed.length, 'suppressed finding'),
            header: ['| Location | Rule | Message | Reason |', '| --- | --- | --- | --- |'],
            rows: suppressed.map(suppressedRow),
            kind: 'suppressed ',
        });
    }
    const render = (keep) => assemble(head, checklist, lists, keep, fullListAt);
    const full = lists.map((l) => l.rows.length);
    if (render(full).length <= maxLength)
        return render(full);
    // Cut the last list first. Below the full count, each kept row adds more than its shrinking omission
    // note saves, so the length grows with the rows kept and the largest count that fits can be bisected.
    // If even the fixed parts exceed maxLength they are kept whole: dropping them would hide what the
    // notes say was left out.
    const keep = [...full];
    for (let i = lists.length - 1; i >= 0; i--) {
        keep[i] = 0;
        if (render(keep).length <= maxLength) {
            keep[i] = largestFitting(full[i], (k) => {
                const trial = [...keep];
                trial[i] = k;
                return render(trial).length <= maxLength;
            });
            return render(keep);
        }
    }
    return render(keep);
}
/** The largest k in [0, max] with fits(k), assuming fits is monotone; 0 when none fits. */
function largestFitting(max, fits) {
    let lo = 0;
    let hi = max;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function assemble(head, checklist, lists, keep, fullListAt) {
    const parts = [head];
    lists.forEach((list, i) => {
        const lines = [];
        if (list.collapsed)
            lines.push('<details>', `<summary>${list.collapsed}</summary>`, '');
        else
            lines.push(list.title ?? '', '');
        if (list.rows.length === 0)
            lines.push(list.empty ?? '');
        else if (keep[i] > 0)
            lines.push(...list.header, ...list.rows.slice(0, keep[i]));
        const omitted = list.rows.length - keep[i];
        if (omitted > 0) {
            if (keep[i] > 0)
                lines.push('');
            const note = omissionNote(omitted, list.kind, fullListAt);
            lines.push(list.collapsed ? note : `**${note}**`);
        }
        if (list.collapsed)
            lines.push('', '</details>');
        parts.push(lines.join('\n'));
    });
    parts.push(checklist);
    return `${parts.join('\n\n')}\n`;
}
function notesBlock(notes) {
    const out = [];
    for (const note of notes ?? []) {
        if (note.items.length === 0)
            continue;
        out.push(`### ${escapeMarkdown(note.title)}`, '', ...note.items.map((item) => `- ${escapeMarkdown(item)}`), '');
    }
    return out;
}
function omissionNote(count, kind, fullListAt) {
    const verb = count === 1 ? `more ${kind}finding is` : `more ${kind}findings are`;
    return `${count} ${verb} not shown; see ${fullListAt}.`;
}
function heading(options) {
    return `## ${escapeMarkdown(options.title ?? 'hsmlint')}`;
}
function summary(result) {
    const counts = countFindings(result.findings);
    const total = counts.error + counts.warn + counts.info;
    const shard = result.shard ? `, shard ${result.shard.index}/${result.shard.count}` : '';
    const scanned = `${plural(result.files.length, 'file')} (${plural(result.resourceCount, 'resource')}${shard})`;
    const lines = [];
    if (total === 0)
        lines.push(`No problems found in ${scanned}.`);
    else {
        lines.push(`**${plural(total, 'problem')}** in ${scanned}: ${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ${counts.info} info.`);
    }
    const extra = [];
    if (counts.suppressed > 0)
        extra.push(`${counts.suppressed} suppressed`);
    if (result.skipped.length > 0)
        extra.push(`${plural(result.skipped.length, 'file')} skipped`);
    if (result.missing.length > 0)
        extra.push(`${plural(result.missing.length, 'path')} not found`);
    if (extra.length > 0)
        lines[0] += ` ${capitalize(extra.join(', '))}.`;
    return lines.join('\n');
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Every article section in order, then a row for findings outside any section when there are some. */
function sectionTable(shown, rules) {
    const empty = (title) => ({ title, error: 0, warn: 0, info: 0, rules: new Set() });
    const rows = new Map(ARTICLE_SECTIONS.map((s) => [s.id, empty(s.title)]));
    const other = empty('Not tied to a section');
    for (const finding of shown) {
        const section = rules.sectionOf(finding);
        const row = (section && rows.get(section.id)) || other;
        row[finding.severity]++;
        row.rules.add(finding.ruleId);
    }
    const all = [...rows.values()];
    if (other.error + other.warn + other.info > 0)
        all.push(other);
    return [
        '### By article section',
        '',
        '| Section | Errors | Warnings | Infos | Rules |',
        '| --- | ---: | ---: | ---: | --- |',
        ...all.map((r) => {
            const ids = [...r.rules]
                .sort(compareText)
                .map((id) => (/^[\w.-]+$/.test(id) ? `\`${id}\`` : escapeMarkdown(id)));
            return `| ${escapeMarkdown(r.title)} | ${r.error} | ${r.warn} | ${r.info} | ${ids.join(', ') || '\u2014'} |`;
        }),
    ];
}
function markdown_location(finding, linkBase) {
    const file = finding.range.file;
    if (!file)
        return '\u2014';
    if (isResourceIdLocation(file))
        return `[${escapeMarkdown(file)}](${linkDestination(portalUrl(file))})`;
    const line = finding.range.start.line;
    const label = escapeMarkdown(`${file}:${line}`);
    if (linkBase === undefined)
        return label;
    return `[${label}](${linkDestination(`${linkBase}${encodePath(file)}#L${line}`)})`;
}
function ruleLink(ruleId, rules) {
    return `[${escapeMarkdown(ruleId)}](${linkDestination(rules.helpUri(ruleId))})`;
}
function checklistBlock() {
    const title = new Map(ARTICLE_SECTIONS.map((s) => [s.id, s.title]));
    return [
        '### Recommendations no scan can verify',
        '',
        `These recommendations of [Secure your Azure Managed HSM deployment](${ARTICLE_URL}) are about procedures, not configuration; confirm them by hand.`,
        '',
        ...PROCEDURAL_CHECKLIST.map((item) => `- [ ] **${escapeMarkdown(title.get(item.section) ?? item.section)}:** ${escapeMarkdown(item.text)}`),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/model/hash.ts
var hash = __nccwpck_require__(6817);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/report/sarif.ts








const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_FINGERPRINT_KEY = 'hsmlintFingerprint/v1';
const SARIF_DEFAULT_AUTOMATION_ID = `${product/* PRODUCT_NAME */.KR}/`;
const SRCROOT = '%SRCROOT%';
const LEVEL = {
    error: 'error',
    warn: 'warning',
    info: 'note',
};
const SECURITY_SEVERITY = { error: '8.0', warn: '5.0', info: '2.0' };
/** What engine findings default to when no configuration says otherwise. */
const ENGINE_DEFAULT_SEVERITY = {
    [ENGINE_FINDINGS.parseError]: 'error',
    [ENGINE_FINDINGS.internalError]: 'error',
    [ENGINE_FINDINGS.unresolved]: 'info',
    [ENGINE_FINDINGS.suppressionUnused]: 'warn',
    [ENGINE_FINDINGS.suppressionExpired]: 'warn',
    [ENGINE_FINDINGS.suppressionNoReason]: 'warn',
};
/** Builds the SARIF 2.1.0 log: one run, every known rule, every finding (suppressed ones marked). */
function toSarifLog(result, options = {}) {
    const rules = ruleIndexOf(result);
    const findings = sortFindings(result.findings);
    // Every rule in the result, then any rule id that only appears in findings, so ruleIndex always resolves.
    const summaries = [];
    const seen = new Set();
    for (const rule of result.rules) {
        if (seen.has(rule.id))
            continue;
        seen.add(rule.id);
        summaries.push(rule);
    }
    for (const id of [...new Set(findings.map((f) => f.ruleId))].sort(compareText)) {
        if (seen.has(id))
            continue;
        seen.add(id);
        summaries.push({ id, description: `hsmlint rule '${id}'.` });
    }
    const ruleIndex = new Map(summaries.map((rule, index) => [rule.id, index]));
    const observed = observedSeverities(findings);
    const descriptors = summaries.map((rule) => descriptor(rule, rules, observed.get(rule.id)));
    const fingerprints = fingerprintsOf(findings);
    const results = findings.map((finding, i) => sarifResult(finding, result.cwd, ruleIndex, fingerprints[i]));
    const run = {
        tool: {
            driver: {
                name: product/* PRODUCT_NAME */.KR,
                version: product/* PRODUCT_VERSION */.vg,
                semanticVersion: product/* PRODUCT_VERSION */.vg,
                informationUri: product/* PRODUCT_URL */.IQ,
                rules: descriptors,
            },
        },
        automationDetails: { id: options.automationId ?? SARIF_DEFAULT_AUTOMATION_ID },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.cwd) } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(result) }],
        columnKind: 'utf16CodeUnits',
        results,
    };
    // A shard of a sweep says so, for `hsmlint merge`; the merged log is the unsharded one.
    if (result.shard)
        run.properties = { shard: { index: result.shard.index, count: result.shard.count } };
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
/** Pretty-printed with two spaces; ends with a newline. */
function formatSarif(result, options = {}) {
    return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}
/** `purge-protection` → `PurgeProtection`. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
/**
 * A fingerprint that survives edits elsewhere in the file: rule, file, the resource (its key, not
 * its line), the message id and the related rule. Only findings without a resource fall back to
 * the line. Findings that would still collide get an occurrence number, in file order.
 */
function fingerprintsOf(findings) {
    const occurrences = new Map();
    return findings.map((finding) => {
        const anchor = finding.resource ? `resource:${finding.resource.key}` : `line:${finding.range.start.line}`;
        const base = sha256([
            finding.ruleId,
            finding.range.file,
            anchor,
            finding.messageId ?? finding.message,
            finding.relatedRule ?? '',
        ].join('\u0000'));
        const seen = occurrences.get(base) ?? 0;
        occurrences.set(base, seen + 1);
        return seen === 0 ? base : sha256(`${base}\u0000${seen}`);
    });
}
function sha256(text) {
    return (0,hash/* createHash */.n)('sha256').update(text, 'utf8').digest('hex');
}
function observedSeverities(findings) {
    const out = new Map();
    for (const finding of findings)
        if (!out.has(finding.ruleId))
            out.set(finding.ruleId, finding.severity);
    return out;
}
function descriptor(rule, rules, observed) {
    // A rule with no severity is either an engine finding (use its default) or a rule turned off.
    const engineDefault = ENGINE_DEFAULT_SEVERITY[rule.id];
    const severity = rule.severity ?? observed ?? engineDefault;
    const section = sectionOf(rule.recommendation);
    const helpUri = rules.helpUri(rule.id);
    const description = oneLine(rule.description);
    const where = section
        ? `It checks a recommendation from the "${section.title}" section of Secure your Azure Managed HSM deployment (${rule.recommendation}).`
        : 'It is reported by the hsmlint engine itself, not by a recommendation of the article.';
    const policy = rule.policy?.length ? ` Related Azure Policy definitions: ${rule.policy.join(', ')}.` : '';
    const text = `${description} ${where}${policy} Documentation: ${helpUri}`;
    const markdown = [
        description,
        '',
        section
            ? `Article section: **${section.title}** of [Secure your Azure Managed HSM deployment](${ARTICLE_URL}) (\`${rule.recommendation}\`).`
            : `Reported by the hsmlint engine itself, not by a recommendation of [the article](${ARTICLE_URL}).`,
        ...(rule.policy?.length
            ? ['', `Related Azure Policy definitions: ${rule.policy.map((p) => `\`${p}\``).join(', ')}.`]
            : []),
        '',
        `[Rule documentation](${helpUri})`,
    ].join('\n');
    const out = {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: description },
        fullDescription: { text: `${description}${section ? ` (${section.title})` : ''}` },
        help: { text, markdown },
        helpUri,
        defaultConfiguration: severity ? { level: LEVEL[severity] } : { level: 'warning', enabled: false },
        properties: {
            tags: section ? ['security', section.id] : ['security', 'hsmlint-engine'],
            'security-severity': SECURITY_SEVERITY[severity ?? 'warn'],
            ...(rule.recommendation ? { recommendation: rule.recommendation } : {}),
            ...(rule.policy?.length ? { policy: rule.policy } : {}),
        },
    };
    return out;
}
function sarifResult(finding, cwd, ruleIndex, fingerprint) {
    const out = {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
    };
    if (isResourceIdLocation(finding.range.file)) {
        // A deployed resource has no file: a logical location names it, with a link to it in the portal.
        out.locations = [
            {
                logicalLocations: [{ fullyQualifiedName: finding.range.file, kind: 'resource' }],
                properties: { portalUrl: portalUrl(finding.range.file) },
            },
        ];
    }
    else if (finding.range.file) {
        out.locations = [
            {
                physicalLocation: {
                    artifactLocation: artifactLocation(finding.range.file, cwd),
                    region: region(finding.range),
                },
            },
        ];
    }
    out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: fingerprint };
    if (finding.suppressed) {
        const kind = finding.suppressed.kind === 'baseline' ? 'external' : 'inSource';
        out.suppressions = [{ kind, justification: finding.suppressed.reason }];
    }
    const properties = {};
    if (finding.resource)
        properties.resource = { ...finding.resource };
    if (finding.surface)
        properties.surface = finding.surface;
    if (finding.recommendation)
        properties.recommendation = finding.recommendation;
    if (finding.relatedRule)
        properties.relatedRule = finding.relatedRule;
    if (finding.conditional)
        properties.conditional = finding.conditional;
    if (finding.parameter)
        properties.parameter = finding.parameter;
    if (finding.messageId)
        properties.messageId = finding.messageId;
    if (finding.suppressed)
        properties.suppressedBy = finding.suppressed.kind;
    if (Object.keys(properties).length > 0)
        out.properties = properties;
    return out;
}
/** SARIF regions are 1-based and never 0; the end never precedes the start. */
function region(range) {
    const atLeastOne = (n) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
    const startLine = atLeastOne(range.start.line);
    const startColumn = atLeastOne(range.start.column);
    let endLine = atLeastOne(range.end.line);
    let endColumn = atLeastOne(range.end.column);
    if (endLine < startLine)
        [endLine, endColumn] = [startLine, startColumn];
    if (endLine === startLine && endColumn < startColumn)
        endColumn = startColumn;
    return { startLine, startColumn, endLine, endColumn };
}
/**
 * Relative paths (how the scan displays files) become encoded, relative URIs under `%SRCROOT%`.
 * An absolute path inside the working directory is made relative; one outside it becomes a file URI.
 */
function artifactLocation(file, cwd) {
    let path = file;
    if ((0,external_node_path_.isAbsolute)(path)) {
        const rel = (0,external_node_path_.relative)(cwd, path);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return { uri: (0,external_node_url_.pathToFileURL)(path).href };
        path = rel;
    }
    const posix = path.split(external_node_path_.sep).join('/');
    return { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
function directoryUri(dir) {
    const href = (0,external_node_url_.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function notifications(result) {
    const out = result.skipped.map((s) => ({
        level: 'note',
        message: { text: `Skipped ${s.path}: ${s.reason}.` },
        descriptor: { id: 'skipped-file' },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path, result.cwd) } }],
    }));
    for (const path of result.missing) {
        out.push({
            level: 'warning',
            message: { text: `Path not found: ${path}.` },
            descriptor: { id: 'missing-path' },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts

/** How many skipped paths the footer lists by name; the rest are only counted. */
const STYLISH_MAX_SKIPPED_PATHS = 10;
const NO_FILE = '(no file)';
const stylish_SEVERITY_LABEL = { error: 'error', warn: 'warning', info: 'info' };
const PLAIN = {
    severity: (_severity, text) => text,
    file: (text) => text,
    dim: (text) => text,
    summary: (_severity, text) => text,
};
const ESC = '\u001b[';
const SEVERITY_COLOR = { error: 31, warn: 33, info: 34 };
const ANSI = {
    severity: (severity, text) => `${ESC}${SEVERITY_COLOR[severity]}m${text}${ESC}39m`,
    file: (text) => `${ESC}1m${ESC}4m${text}${ESC}24m${ESC}22m`,
    dim: (text) => `${ESC}2m${text}${ESC}22m`,
    summary: (severity, text) => `${ESC}1m${ESC}${SEVERITY_COLOR[severity]}m${text}${ESC}39m${ESC}22m`,
};
/**
 * The default, ESLint-like report: unsuppressed findings grouped by file, one aligned line each,
 * then a summary line.
 *
 * Like ESLint, a run without unsuppressed findings prints no problem list and no summary line (so
 * a clean run is quiet and suppressed findings alone say nothing). Skipped files and missing paths
 * are different: they are what was *not* checked, so their footer is printed whenever there are
 * any, even on a clean run. With nothing to say at all the output is the empty string; otherwise
 * it ends with a newline.
 */
function formatStylish(result, options) {
    const paint = options.color ? ANSI : PLAIN;
    const findings = sortFindings(result.findings);
    const shown = findings.filter((f) => !f.suppressed);
    const blocks = [];
    if (shown.length > 0) {
        for (const [file, group] of groupByFile(shown))
            blocks.push(fileBlock(file, group, paint));
        blocks.push(summaryLine(findings, paint));
    }
    const footer = footerLines(result, paint);
    if (footer.length > 0)
        blocks.push(footer.join('\n'));
    return blocks.length > 0 ? `\n${blocks.join('\n\n')}\n` : '';
}
function fileBlock(file, findings, paint) {
    const rows = findings.map((f) => ({
        line: String(f.range.start.line),
        column: String(f.range.start.column),
        severity: f.severity,
        label: stylish_SEVERITY_LABEL[f.severity],
        message: oneLine(f.message),
        ruleId: f.ruleId,
    }));
    const width = (pick) => Math.max(...rows.map((r) => pick(r).length));
    const lineWidth = width((r) => r.line);
    const columnWidth = width((r) => r.column);
    const labelWidth = width((r) => r.label);
    const messageWidth = width((r) => r.message);
    // Pad before painting: escape codes have no width on screen but do have a length.
    const lines = rows.map((r) => {
        const position = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
        const label = paint.severity(r.severity, r.label.padEnd(labelWidth));
        return `  ${paint.dim(position)}  ${label}  ${r.message.padEnd(messageWidth)}  ${paint.dim(r.ruleId)}`;
    });
    return [paint.file(file || NO_FILE), ...lines].join('\n');
}
function summaryLine(findings, paint) {
    const counts = countFindings(findings);
    const total = counts.error + counts.warn + counts.info;
    const worst = counts.error > 0 ? 'error' : counts.warn > 0 ? 'warn' : 'info';
    const detail = [plural(counts.error, 'error'), plural(counts.warn, 'warning'), `${counts.info} info`].join(', ');
    const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '';
    return paint.summary(worst, `\u2716 ${plural(total, 'problem')} (${detail})${suppressed}`);
}
function footerLines(result, paint) {
    const lines = [];
    if (result.skipped.length > 0) {
        const reasons = skippedByReason(result.skipped)
            .map((r) => `${r.count} ${r.reason}`)
            .join(', ');
        lines.push(`Skipped ${plural(result.skipped.length, 'file')}: ${reasons}.`);
        for (const s of result.skipped.slice(0, STYLISH_MAX_SKIPPED_PATHS))
            lines.push(`  ${s.path} (${s.reason})`);
        const rest = result.skipped.length - STYLISH_MAX_SKIPPED_PATHS;
        if (rest > 0)
            lines.push(`  \u2026 and ${rest} more`);
    }
    if (result.missing.length > 0) {
        lines.push(`Not found: ${result.missing.join(', ')}`);
    }
    if (result.shard) {
        const { index, count } = result.shard;
        lines.push(`Shard ${index}/${count}: only this shard's files were scanned (hsmlint merge combines the shards).`);
    }
    return lines.map((line) => paint.dim(line));
}

;// CONCATENATED MODULE: ./src/report/index.ts




/** Every format, the default (`stylish`) first. */
const FORMAT_NAMES = [
    'stylish',
    'json',
    'sarif',
    'markdown',
    'json-with-metadata',
];
function isFormatName(name) {
    return FORMAT_NAMES.includes(name);
}
/**
 * Renders a scan result. Every format's text ends with a newline, except that `stylish` returns
 * the empty string when it has nothing to say.
 */
function formatResult(name, result, options) {
    switch (name) {
        case 'stylish':
            return formatStylish(result, { color: options.color });
        case 'json':
            return formatJson(result);
        case 'sarif':
            return formatSarif(result, { automationId: options.automationId });
        case 'json-with-metadata':
            return formatJsonWithMetadata(result);
        case 'markdown':
            return formatMarkdown(result, {
                title: options.title,
                linkBase: options.linkBase,
                maxLength: options.maxLength,
            });
        default:
            throw new Error(`Unknown format '${String(name)}'; expected one of ${FORMAT_NAMES.join(', ')}.`);
    }
}





// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_picomatch);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/engine/discover.ts




const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
/**
 * Expands paths into files: folders are walked honouring .gitignore files, skipping node_modules and
 * never following symbolic links (they could leave the workspace or loop).
 */
function discoverFiles(paths, cwd, options) {
    const result = { files: [], skipped: [], missing: [], listings: new Map() };
    const ignored = options.ignore.length ? picomatch_default()(options.ignore, { dot: true }) : undefined;
    const isIgnoredByConfig = (abs) => {
        if (!ignored)
            return false;
        const rel = (0,external_node_path_.relative)(options.baseDir, abs).split(external_node_path_.sep).join('/');
        return !rel.startsWith('..') && ignored(rel);
    };
    const seen = new Set();
    let found = 0;
    const add = (path, explicit) => {
        if (seen.has(path))
            return;
        seen.add(path);
        result.files.push({ path, explicit });
        if (!explicit && ++found === options.whenFound?.files)
            options.whenFound.then();
    };
    for (const given of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, given);
        let stats;
        try {
            stats = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            result.missing.push(given);
            continue;
        }
        if (stats.isSymbolicLink()) {
            result.skipped.push({ path: abs, reason: 'symbolic link (not followed)' });
            continue;
        }
        if (stats.isFile()) {
            const explicit = options.namedFilesAreExplicit ?? true;
            if (!explicit && !options.extensions.some((ext) => abs.toLowerCase().endsWith(ext)))
                continue;
            if (isIgnoredByConfig(abs))
                result.skipped.push({ path: abs, reason: 'matches an ignore pattern' });
            else
                add(abs, explicit);
            continue;
        }
        if (stats.isDirectory())
            walk(abs, options, isIgnoredByConfig, result, add);
    }
    return result;
}
function walk(root, options, isIgnoredByConfig, result, add) {
    const stack = [{ dir: root, scopes: inheritedScopes(root) }];
    const { extensions, listFoldersWith = [] } = options;
    while (stack.length > 0) {
        const { dir, scopes: parentScopes } = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            result.skipped.push({ path: dir, reason: `cannot read folder: ${error.message}` });
            continue;
        }
        // Looked up in the listing: trying to open a .gitignore in every folder costs a failed call in most.
        const scopes = entries.some((e) => e.name === '.gitignore' && !e.isDirectory())
            ? withGitignore(dir, parentScopes)
            : parentScopes;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const lowerNames = entries.map((e) => e.name.toLowerCase());
        if (lowerNames.some((name) => listFoldersWith.some((end) => name.endsWith(end)))) {
            result.listings.set(dir, entries.filter((e) => e.isFile()).map((e) => e.name));
        }
        const subdirs = [];
        // `dir` is absolute and normalised, and a name has no separator: a plain join is enough.
        const prefix = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
        for (const [index, entry] of entries.entries()) {
            const abs = prefix + entry.name;
            const isLink = entry.isSymbolicLink();
            const isDir = entry.isDirectory() || (isLink && pointsToDirectory(abs));
            const isSource = extensions.some((ext) => lowerNames[index].endsWith(ext));
            if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name))
                continue;
            if (isGitIgnored(abs, isDir, scopes) || isIgnoredByConfig(abs))
                continue;
            if (isLink) {
                if (isDir || isSource)
                    result.skipped.push({ path: abs, reason: 'symbolic link (not followed)' });
                continue;
            }
            if (isDir)
                subdirs.push(abs);
            else if (entry.isFile() && isSource)
                add(abs, false);
        }
        for (const sub of subdirs.reverse())
            stack.push({ dir: sub, scopes });
    }
}
function withGitignore(dir, scopes) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, '.gitignore'), 'utf8');
    }
    catch {
        return scopes;
    }
    return [...scopes, { dir, rules: ignore_default()().add(text) }];
}
/** .gitignore files above the walked folder, up to the repository root, apply too. */
function inheritedScopes(root) {
    const chain = [];
    let dir = (0,external_node_path_.resolve)(root, '..');
    for (;;) {
        chain.unshift(dir);
        if (exists((0,external_node_path_.join)(dir, '.git')))
            break;
        const parent = (0,external_node_path_.resolve)(dir, '..');
        if (parent === dir)
            return []; // not inside a repository: nothing above applies
        dir = parent;
    }
    return chain.reduce((scopes, d) => withGitignore(d, scopes), []);
}
function pointsToDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false; // a dangling link
    }
}
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
function isGitIgnored(abs, isDir, scopes) {
    for (const scope of scopes) {
        const rel = (0,external_node_path_.relative)(scope.dir, abs).split(external_node_path_.sep).join('/');
        if (!rel || rel.startsWith('..'))
            continue;
        if (scope.rules.ignores(isDir ? `${rel}/` : rel))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/runner.ts


/**
 * Creates every active rule's listeners for a graph that is filled afterwards. Knowing the types rules
 * listen to before parsing lets the sources skip evaluating resources nothing will look at.
 */
function prepareRules(registry, graph, options) {
    const findings = [];
    const byType = new Map();
    const active = [];
    for (const [id, setting] of options.rules) {
        const rule = registry.rules.get(id);
        if (!rule)
            continue;
        active.push(rule);
        const context = createContext(rule, setting, graph, options, findings);
        let listeners;
        try {
            listeners = rule.create(context);
        }
        catch (error) {
            findings.push(internalError(id, error, { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }));
            continue;
        }
        for (const [type, listener] of Object.entries(listeners)) {
            const key = type.toLowerCase();
            const list = byType.get(key) ?? [];
            list.push({ rule, listener });
            byType.set(key, list);
        }
    }
    // A rule whose catalog entry has no column for a surface says so once per HSM of that surface.
    const gapNote = (rule, resource) => {
        if (options.unresolved === 'off')
            return;
        findings.push(describe(resource, {
            ruleId: ENGINE_FINDINGS.unresolved,
            relatedRule: rule.meta.id,
            message: `'${rule.meta.id}' is not checked on ${resource.type} '${resource.displayName}': ${SURFACE_NAMES[resource.surface]} cannot express what it checks (${rule.meta.docs.description}).`,
            severity: options.unresolved,
            range: { file: resource.range.file, start: resource.range.start, end: resource.range.start },
            recommendation: rule.meta.docs.recommendation,
        }));
    };
    return {
        types: new Set(byType.keys()),
        run() {
            for (const resource of graph.resources) {
                if (resource.existing)
                    continue; // referenced, not deployed here: never judged itself
                if (options.explainGaps && resource.isType(model_resource/* TYPES */.QE.managedHsm)) {
                    for (const rule of active)
                        if (!rule.meta.surfaces.includes(resource.surface))
                            gapNote(rule, resource);
                }
                for (const { rule, listener } of byType.get(resource.type.toLowerCase()) ?? []) {
                    if (!rule.meta.surfaces.includes(resource.surface))
                        continue;
                    try {
                        listener(resource);
                    }
                    catch (error) {
                        findings.push(internalError(rule.meta.id, error, resource.range, resource));
                    }
                }
            }
            return findings;
        },
    };
}
const SURFACE_NAMES = {
    arm: 'an ARM template',
    bicep: 'Bicep',
    terraform: 'Terraform',
    tfplan: 'a Terraform plan',
    live: 'a live scan',
};
/** Runs every active rule over the graph's resources and returns their findings. */
function runRules(graph, registry, options) {
    return prepareRules(registry, graph, options).run();
}
function createContext(rule, active, graph, options, sink) {
    const meta = rule.meta;
    return {
        id: meta.id,
        options: active.options,
        graph,
        now: options.now,
        explainGaps: options.explainGaps,
        report(descriptor) {
            const template = meta.messages[descriptor.messageId];
            if (template === undefined)
                throw new Error(`Rule '${meta.id}' reported unknown messageId '${descriptor.messageId}'.`);
            const range = rangeOf(descriptor.at, descriptor.resource);
            const value = isValue(descriptor.at) ? descriptor.at : undefined;
            const finding = describe(descriptor.resource, {
                ruleId: meta.id,
                messageId: descriptor.messageId,
                message: interpolate(template, descriptor.data ?? {}),
                severity: active.severity,
                range,
                recommendation: meta.docs.recommendation,
            });
            const parameter = value && 'parameter' in value ? value.parameter : undefined;
            if (parameter) {
                finding.parameter = parameter;
                finding.message +=
                    descriptor.resource.surface === 'terraform'
                        ? ` The value is the default of variable '${parameter}'; a tfvars file or -var can override it.`
                        : ` The value is the default of parameter '${parameter}'; a deployment can override it.`;
            }
            sink.push(finding);
        },
        unresolved(resource, path, value, detail) {
            if (options.unresolved === 'off')
                return;
            const because = value.reason ? ` (${value.reason})` : '';
            const finding = describe(resource, {
                ruleId: ENGINE_FINDINGS.unresolved,
                relatedRule: meta.id,
                message: `Could not verify '${meta.id}' on ${resource.type} '${resource.displayName}': ${resource.nameOf(path)} is ${value.expression}, which cannot be evaluated here${because}.${detail ? ` ${detail}` : ''}`,
                severity: options.unresolved,
                range: value.range,
                recommendation: meta.docs.recommendation,
            });
            sink.push(finding);
        },
    };
}
function describe(resource, finding) {
    finding.surface = resource.surface;
    finding.resource = { key: resource.key, type: resource.type, name: resource.displayName };
    if (resource.conditional) {
        finding.conditional = resource.conditional;
        finding.message += ` (The resource is deployed only when ${resource.conditional}.)`;
    }
    if (resource.loop)
        finding.message += ` (Applies to every instance of ${resource.loop}.)`;
    if (resource.via)
        finding.message += ` (Deployed through ${resource.via}.)`;
    return finding;
}
function isValue(at) {
    return typeof at === 'object' && at !== null && 'kind' in at;
}
function rangeOf(at, resource) {
    if (!at)
        return { file: resource.range.file, start: resource.range.start, end: resource.range.start };
    return isValue(at) ? at.range : at;
}
/** Replaces `{{name}}` placeholders, as ESLint messages do. */
function interpolate(template, data) {
    return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (match, key) => key in data ? String(data[key]) : match);
}
function internalError(ruleId, error, range, resource) {
    const severity = 'error';
    const finding = {
        ruleId: ENGINE_FINDINGS.internalError,
        relatedRule: ruleId,
        message: `Rule '${ruleId}' failed${resource ? ` on ${resource.type} '${resource.displayName}'` : ''}: ${error?.message ?? String(error)}`,
        severity,
        range,
    };
    return finding;
}

;// CONCATENATED MODULE: ./src/engine/suppressions.ts

const NOT_SUPPRESSIBLE = new Set([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.internalError]);
const SEVERITY = 'warn';
/**
 * Marks findings covered by inline directives or resource metadata as suppressed, and reports
 * directives that lack a reason, have expired or suppress nothing. A suppression without a reason
 * suppresses nothing: the reason is what a reviewer reads.
 */
function applySuppressions(input) {
    const extra = [];
    const candidates = [];
    const report = (ruleId, message, range) => extra.push({ ruleId, message, severity: SEVERITY, range });
    for (const [file, directives] of input.directivesByFile) {
        const open = [];
        const blocks = [];
        for (const directive of directives) {
            for (const rule of directive.rules) {
                if (!input.knownRules.has(rule)) {
                    report(ENGINE_FINDINGS.suppressionUnused, `Directive names unknown rule '${rule}'.`, directive.range);
                }
            }
            if (directive.kind === 'enable') {
                for (let i = open.length - 1; i >= 0; i--) {
                    const block = open[i].directive;
                    const closes = directive.rules.length === 0 || block.rules.some((r) => directive.rules.includes(r));
                    if (closes) {
                        blocks.find((b) => b.directive === block).end = directive.range;
                        open.splice(i, 1);
                    }
                }
                continue;
            }
            if (!directive.reason) {
                report(ENGINE_FINDINGS.suppressionNoReason, `hsmlint-${directive.kind} needs a reason after ' -- '; it suppresses nothing until it has one.`, directive.range);
                continue;
            }
            if (directive.kind === 'disable') {
                open.push({ directive });
                blocks.push({ directive });
                continue;
            }
            const targetLine = directive.kind === 'disable-next-line' ? directive.range.end.line + 1 : directive.range.start.line;
            candidates.push(candidate(directive, 'directive', (f) => f.range.file === file && f.range.start.line === targetLine));
        }
        for (const block of blocks) {
            const start = block.directive.range.end;
            const end = block.end?.start;
            candidates.push(candidate(block.directive, 'directive', (f) => {
                if (f.range.file !== file)
                    return false;
                const p = f.range.start;
                const after = p.line > start.line || (p.line === start.line && p.column >= start.column);
                const before = !end || p.line < end.line || (p.line === end.line && p.column < end.column);
                return after && before;
            }));
        }
    }
    for (const resource of input.resources) {
        for (const s of resource.suppressions) {
            if (!input.knownRules.has(s.rule)) {
                report(ENGINE_FINDINGS.suppressionUnused, `Suppression names unknown rule '${s.rule}'.`, s.range);
                continue;
            }
            if (!s.reason) {
                report(ENGINE_FINDINGS.suppressionNoReason, `The suppression of '${s.rule}' needs a "reason"; it suppresses nothing until it has one.`, s.range);
                continue;
            }
            if (s.expires !== undefined) {
                const expiry = parseExpiry(s.expires);
                if (!expiry) {
                    report(ENGINE_FINDINGS.suppressionExpired, `The suppression of '${s.rule}' has an invalid "expires" date '${s.expires}' (use YYYY-MM-DD); it is not applied.`, s.range);
                    continue;
                }
                if (expiry.getTime() <= input.now.getTime()) {
                    report(ENGINE_FINDINGS.suppressionExpired, `The suppression of '${s.rule}' expired on ${s.expires}; it is no longer applied.`, s.range);
                    continue;
                }
            }
            candidates.push({
                rules: [s.rule],
                reason: s.reason,
                range: s.range,
                kind: 'metadata',
                matches: (f) => f.resource?.key === resource.key,
                used: new Set(),
            });
        }
    }
    for (const finding of input.findings) {
        if (NOT_SUPPRESSIBLE.has(finding.ruleId))
            continue;
        const ids = [finding.ruleId, finding.relatedRule].filter((x) => Boolean(x));
        for (const c of candidates) {
            const rule = c.rules.length === 0 ? finding.ruleId : ids.find((id) => c.rules.includes(id));
            if (!rule || !c.matches(finding))
                continue;
            finding.suppressed = { kind: c.kind, reason: c.reason, range: c.range };
            c.used.add(rule);
            break;
        }
    }
    for (const c of candidates) {
        if (c.rules.length === 0) {
            if (c.used.size === 0)
                report(ENGINE_FINDINGS.suppressionUnused, 'Unused hsmlint-disable directive (no findings were suppressed).', c.range);
            continue;
        }
        for (const rule of c.rules) {
            if (c.used.has(rule) || !input.activeRules.has(rule) || !input.knownRules.has(rule))
                continue;
            report(ENGINE_FINDINGS.suppressionUnused, `Unused suppression of '${rule}' (no finding of that rule here); remove it.`, c.range);
        }
    }
    return extra;
}
function candidate(directive, kind, matches) {
    return {
        rules: directive.rules,
        reason: directive.reason,
        range: directive.range,
        kind,
        matches,
        used: new Set(),
    };
}
function parseExpiry(text) {
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text))
        return undefined;
    const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}

;// CONCATENATED MODULE: ./src/engine/drift.ts



/** The HSM properties rules judge, compared between what templates declare and what is deployed. */
const DRIFT_PATHS = [
    'properties.enablePurgeProtection',
    'properties.enableSoftDelete',
    'properties.softDeleteRetentionInDays',
    'properties.publicNetworkAccess',
    'properties.networkAcls.defaultAction',
    'properties.networkAcls.bypass',
    'properties.networkAcls.ipRules',
    'identity.type',
];
const drift_SEVERITY = 'warn';
/**
 * Matches declared HSMs with deployed ones (by resource id when the template knows it, else by name)
 * and reports each judged property whose declared and deployed values differ, naming both values and
 * both places. Only decided values are compared: an unknown declaration is not drift.
 */
function findDrift(resources) {
    const hsms = resources.filter((r) => r.isType(model_resource/* TYPES */.QE.managedHsm) && !r.existing);
    const live = hsms.filter((r) => r.surface === 'live');
    const declared = hsms.filter((r) => r.surface !== 'live');
    if (live.length === 0 || declared.length === 0)
        return [];
    const findings = [];
    for (const template of declared) {
        const deployed = live.find((l) => sameResource(template, l));
        if (!deployed)
            continue;
        for (const path of DRIFT_PATHS) {
            const want = template.get(path);
            const have = deployed.get(path);
            if (!isDecided(want) || !isDecided(have) || equivalent(want.value, have.value))
                continue;
            const finding = {
                ruleId: ENGINE_FINDINGS.drift,
                message: `Managed HSM '${template.displayName}': ${path} is declared ${drift_describe(want)} here but deployed as ${drift_describe(have)} (${deployed.range.file}).`,
                severity: drift_SEVERITY,
                range: want.range,
                surface: template.surface,
                resource: { key: template.key, type: template.type, name: template.displayName },
            };
            findings.push(finding);
        }
    }
    return findings;
}
function isDecided(v) {
    return v.kind === 'known' || v.kind === 'default';
}
function drift_describe(v) {
    const text = (0,model_value/* displayValue */.KN)(v);
    return v.kind === 'default' ? `${text} (by default)` : text;
}
/** By id when both are ids, else by name; names and ids compare case-insensitively, as in Azure. */
function sameResource(template, live) {
    const id = template.get('id');
    if (id.kind === 'known' && typeof id.value === 'string' && id.value.startsWith('/subscriptions/')) {
        return id.value.toLowerCase() === live.range.file.toLowerCase();
    }
    const a = template.name;
    const b = live.name;
    return (a.kind === 'known' &&
        b.kind === 'known' &&
        String(a.value).toLowerCase() === String(b.value).toLowerCase());
}
/** Equal as Azure would treat them: strings without case, arrays of rules as sets, objects deeply. */
function equivalent(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a.toLowerCase() === b.toLowerCase();
    if (Array.isArray(a) && Array.isArray(b)) {
        const key = (x) => JSON.stringify(normalize(x));
        return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
    }
    return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}
function normalize(x) {
    if (typeof x === 'string')
        return x.toLowerCase();
    if (Array.isArray(x))
        return x.map(normalize);
    if (x && typeof x === 'object') {
        return Object.fromEntries(Object.entries(x)
            .map(([k, v]) => [k.toLowerCase(), normalize(v)])
            .sort(([p], [q]) => (p < q ? -1 : 1)));
    }
    return x;
}

;// CONCATENATED MODULE: ./src/model/display-path.ts

/**
 * A path as findings show it: relative to `from`, with `/` separators ('.' for `from` itself). Paths
 * inside `from` take a prefix cut instead of `path.relative`, which a sweep would call for every file.
 */
function displayPath(from, abs) {
    const prefix = from.endsWith(external_node_path_.sep) ? from : from + external_node_path_.sep;
    if (abs.startsWith(prefix) && abs.length > prefix.length && !abs.includes(`${external_node_path_.sep}..`)) {
        const rest = abs.slice(prefix.length);
        return external_node_path_.sep === '/' ? rest : rest.split(external_node_path_.sep).join('/');
    }
    return (0,external_node_path_.relative)(from, abs).split(external_node_path_.sep).join('/') || '.';
}
/** Configured `modules` (references mapped to paths relative to `cwd`), with the paths as display paths. */
function displayModules(cwd, modules) {
    return Object.fromEntries(Object.entries(modules ?? {}).map(([reference, file]) => [
        reference,
        displayPath(cwd, (0,external_node_path_.resolve)(cwd, file)),
    ]));
}

// EXTERNAL MODULE: ./src/sources/read.ts
var sources_read = __nccwpck_require__(5768);
// EXTERNAL MODULE: ./src/sources/references.ts
var references = __nccwpck_require__(4942);
// EXTERNAL MODULE: ./src/sources/relevance.ts
var relevance = __nccwpck_require__(221);
;// CONCATENATED MODULE: ./src/sources/workspace.ts




/**
 * Reads files a source refers to (parameter files, linked templates). Only files inside the working
 * folder or a scanned path are read, and never through a symbolic link: scanned content must not
 * make hsmlint read elsewhere.
 */
function workspaceReader(cwd, paths, limits) {
    const inside = insideWorkspace(cwd, paths);
    // Files read for several scanned files (a module, a parameters file) are read once while they are
    // recent; the cache keeps at most READ_CACHE_CHARACTERS of text so that a sweep does not hold the
    // repository in memory, and never a file larger than any template a deployment takes (such a file is
    // read again in the rare case it is needed twice).
    const cache = new Map();
    let cachedCharacters = 0;
    const remember = (abs, outcome) => {
        if ('text' in outcome && outcome.text.length > READ_CACHE_ENTRY_CHARACTERS)
            return;
        cache.set(abs, outcome);
        if (!('text' in outcome))
            return;
        cachedCharacters += outcome.text.length;
        for (const [key, old] of cache) {
            if (cachedCharacters <= READ_CACHE_CHARACTERS)
                break;
            if (!('text' in old) || key === abs)
                continue;
            cache.delete(key);
            cachedCharacters -= old.text.length;
        }
    };
    return (file) => {
        const abs = (0,external_node_path_.resolve)(cwd, file);
        const cached = cache.get(abs);
        if (cached) {
            // Most recently used last, so that eviction drops the oldest first.
            cache.delete(abs);
            cache.set(abs, cached);
            return cached;
        }
        let outcome;
        if (!inside(abs))
            outcome = { error: 'outside the scanned folders' };
        else {
            try {
                if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink())
                    outcome = { error: 'a symbolic link, not followed' };
                else {
                    const read = (0,sources_read/* readSourceText */.Vv)(abs, limits);
                    outcome = read.ok ? { text: read.text } : { error: read.message };
                }
            }
            catch {
                outcome = { error: 'no such file' };
            }
        }
        remember(abs, outcome);
        return outcome;
    };
}
const READ_CACHE_CHARACTERS = 32 * 1024 * 1024;
/** Twice ARM's 4 MB cap on a template. */
const READ_CACHE_ENTRY_CHARACTERS = 8 * 1024 * 1024;
const LARGE_FILE_BYTES = 1024 * 1024;
/**
 * Reads a scanned file. With `prefilter` (a file found in a folder walk), a large file is searched on
 * disk first: most are never read whole.
 */
function readScannedFile(path, limits, prefilter) {
    return (0,sources_read/* readSourceText */.Vv)(path, limits, (file, size) => prefilter && size > LARGE_FILE_BYTES && !(0,relevance/* mightMatterOnDisk */.XL)(file) ? relevance/* IRRELEVANT_FILE */.Sz : undefined);
}
/**
 * What a failed read of a scanned file means: the reason it is skipped, or undefined when the failure is
 * an error to report. A file a prefilter passed over is skipped; so is an empty file found in a walk,
 * which a named one is not.
 */
function skipReasonOfFailedRead(read, explicit) {
    if ('skipped' in read || (!explicit && 'empty' in read))
        return read.message;
    return undefined;
}
/**
 * Reads small walk-found files into one buffer that each read reuses, so that a sweep's many files cost
 * no allocation (nor the collection of it) when their bytes alone decide them.
 */
class ScannedBytesReader {
    limits;
    // One byte more than a small file can have, so that a file that grew past it is noticed.
    buffer = Buffer.allocUnsafe(LARGE_FILE_BYTES + 1);
    constructor(limits) {
        this.limits = limits;
    }
    /**
     * The bytes of the file at `path`, valid until the next read; undefined when the file is not small (it
     * takes `readScannedFile`, which searches large files on disk) or cannot be read (which that reports).
     */
    read(path) {
        const most = Math.min(LARGE_FILE_BYTES, this.limits.maxFileBytes);
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'r');
        }
        catch {
            return undefined;
        }
        try {
            let filled = 0;
            for (;;) {
                const read = (0,external_node_fs_.readSync)(fd, this.buffer, filled, this.buffer.length - filled, null);
                if (read === 0)
                    break;
                filled += read;
                if (filled > most)
                    return undefined;
            }
            return this.buffer.subarray(0, filled);
        }
        catch {
            return undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/** Whether an absolute path lies inside the working folder or a scanned path. */
function insideWorkspace(cwd, paths) {
    const roots = [cwd, ...paths.map((p) => (0,external_node_path_.resolve)(cwd, p))];
    return (abs) => roots.some((root) => {
        const rel = (0,external_node_path_.relative)(root, abs);
        return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) && !/^[a-z]:/i.test(rel));
    });
}
/** Lists folders inside the working folder or a scanned path, never through a symbolic link. */
function workspaceLister(cwd, paths, listed = new Map()) {
    const inside = insideWorkspace(cwd, paths);
    // Folders a walk listed are inside the workspace and not symbolic links: their listing stands.
    const cache = new Map(listed);
    return (dir) => {
        const abs = (0,external_node_path_.resolve)(cwd, dir);
        const cached = cache.get(abs);
        if (cached)
            return cached;
        let outcome;
        if (!inside(abs))
            outcome = { error: 'outside the scanned folders' };
        else {
            try {
                if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink())
                    outcome = { error: 'a symbolic link, not followed' };
                else
                    outcome = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })
                        .filter((e) => e.isFile())
                        .map((e) => e.name)
                        .sort();
            }
            catch {
                outcome = { error: 'no such folder' };
            }
        }
        cache.set(abs, outcome);
        return outcome;
    };
}

;// CONCATENATED MODULE: ./src/engine/shard.ts





/** Parses `i/n` (1-based `i`); undefined for anything else. */
function parseShard(text) {
    const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || index < 1 || index > count)
        return undefined;
    return { index, count };
}
/** What `parseShard` accepts, for messages. */
const SHARD_SYNTAX = "'i/n' with 1 <= i <= n, for example 2/4";
/** 32-bit FNV-1a over the UTF-16 code units of `text`. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}
/**
 * The files (display paths, as given) that belong to `shard`. `readText` returns a file's text by
 * display path, or undefined when it cannot be read; referenced files outside `files` are read too, so
 * that files sharing a module outside the scan stay together.
 */
function partition(files, readText, shard, options = {}) {
    const units = unitsOf(files, readText, options);
    const out = new Set();
    for (const unit of units)
        if (shardOfUnit(unit, shard.count) === shard.index)
            for (const f of unit)
                out.add(f);
    return out;
}
/** The shard (1-based) a unit goes to. */
function shardOfUnit(unit, count) {
    let smallest = unit[0];
    for (const file of unit)
        if (file < smallest)
            smallest = file;
    return (fnv1a(smallest) % count) + 1;
}
/** The units of `files`: each a list of scanned files (in the order given) that stay together. */
function unitsOf(files, readText, options = {}) {
    const sets = new UnionFind();
    const scanned = new Set(files);
    const fileNode = (f) => `f:${f}`;
    const dirNode = (d) => `d:${d}`;
    const wild = [];
    const queue = [];
    const queued = new Set();
    const enqueue = (file) => {
        if (queued.has(file))
            return;
        queued.add(file);
        queue.push(file);
    };
    for (const file of files) {
        sets.union(fileNode(file), dirNode(external_node_path_.posix.dirname(file)));
        enqueue(file);
    }
    while (queue.length > 0) {
        const file = queue.shift();
        const text = readText(file);
        if (text === undefined)
            continue;
        const refs = (0,references/* referencesOf */.CL)(file, text, options);
        if (refs.wild)
            wild.push(file);
        for (const target of refs.files) {
            sets.union(fileNode(file), fileNode(target));
            // A file read on behalf of others is evaluated with the files beside it (its parameters).
            sets.union(fileNode(target), dirNode(external_node_path_.posix.dirname(target)));
            enqueue(target);
        }
        for (const dir of refs.dirs)
            sets.union(fileNode(file), dirNode(dir));
    }
    if (wild.length > 0) {
        const arm = files.filter((f) => /\.jsonc?$/i.test(f));
        for (const file of [...wild, ...arm])
            sets.union(fileNode(wild[0]), fileNode(file));
    }
    const byRoot = new Map();
    for (const file of scanned) {
        const root = sets.find(fileNode(file));
        const unit = byRoot.get(root);
        if (unit)
            unit.push(file);
        else
            byRoot.set(root, [file]);
    }
    return [...byRoot.values()];
}
class UnionFind {
    parent = new Map();
    find(node) {
        let root = node;
        for (;;) {
            const up = this.parent.get(root);
            if (up === undefined || up === root)
                break;
            root = up;
        }
        // Path compression.
        let current = node;
        while (current !== root) {
            const up = this.parent.get(current);
            this.parent.set(current, root);
            current = up;
        }
        if (!this.parent.has(root))
            this.parent.set(root, root);
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra === rb)
            return;
        // The smaller name becomes the root: the result does not depend on the order of unions.
        if (ra < rb)
            this.parent.set(rb, ra);
        else
            this.parent.set(ra, rb);
    }
}
/**
 * The discovered files (absolute paths) of one shard, in their order. Display paths are relative to
 * `cwd`, as in the scan; `modules` is the configuration's mapping, relative to `cwd`.
 */
function filesOfShard(discovered, shard, options) {
    const { cwd } = options;
    const display = (abs) => displayPath(cwd, abs);
    const modules = displayModules(cwd, options.modules);
    // The scan's reader, so that a unit holds exactly the files the scan would read for it.
    const read = workspaceReader(cwd, options.paths, options.limits ?? sources_read/* DEFAULT_READ_LIMITS */.q8);
    const readText = (file) => {
        const outcome = read(file);
        return 'text' in outcome ? outcome.text : undefined;
    };
    const paths = discovered.map((f) => display(f.path));
    const selected = partition([...paths].sort(), readText, shard, { modules });
    return discovered.filter((_, i) => selected.has(paths[i]));
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/model/bundle-files.ts
var bundle_files = __nccwpck_require__(5135);
;// CONCATENATED MODULE: ./src/sources/arm/detect.ts
// A test on a JSON file's text that needs no parse, apart from the parser for folder walks.
/** Cheap byte-level test: can this JSON text be an ARM template or parameters file? */
function mayBeArm(text) {
    return /deploymentTemplate|deploymentParameters|"resources"\s*:/i.test(text);
}

// EXTERNAL MODULE: ./src/sources/bicep/detect.ts
var detect = __nccwpck_require__(7911);
// EXTERNAL MODULE: ./src/sources/terraform/files.ts
var files = __nccwpck_require__(9866);
// EXTERNAL MODULE: ./src/sources/tfplan/detect.ts
var tfplan_detect = __nccwpck_require__(4639);
// EXTERNAL MODULE: ./src/sources/word-search.ts
var word_search = __nccwpck_require__(2681);
;// CONCATENATED MODULE: ./src/sources/walk-skip.ts







/**
 * Why a file found in a folder walk is not read further, decided from its text and the files it links
 * before any parser runs; undefined when its source must read it. Most files of a repository stop here.
 * It depends on nothing but the files, so any thread may decide it (see `engine/triage.ts`).
 * Terraform files have no answer here: a Terraform folder is one module (see `terraform/source.ts`).
 */
function walkSkipReason(file, text, context) {
    return walkSkipTestFor(file)?.(file, text, context);
}
function walkSkipTestFor(file) {
    const kind = walkFileKind(file);
    return kind === 'json' ? armSkipReason : kind === 'bicep' ? bicepWalkSkipReason : undefined;
}
/**
 * What a walk-found file is by its ending: JSON (ARM templates, parameters, plans), Bicep (templates and
 * parameters files) or Terraform, for the tests and facts of a folder walk.
 */
function walkFileKind(file) {
    // The longest ending is '.bicepparam': only the end of a path is compared.
    const lower = file.slice(-'.bicepparam'.length).toLowerCase();
    if (lower.endsWith('.tf.json') || lower.endsWith('.tf'))
        return 'terraform';
    if (lower.endsWith('.json') || lower.endsWith('.jsonc'))
        return 'json';
    if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam'))
        return 'bicep';
    return undefined;
}
function armSkipReason(file, text, context) {
    if (files/* TFVARS_FILE */.i4.test(file))
        return files/* TFVARS_REASON */.gK;
    // `terraform show -json` output shares the file ending; it is a Terraform surface of its own.
    if ((0,tfplan_detect/* isTerraformPlan */.y)(text))
        return (0,relevance/* namesAnythingRelevant */.Aj)(text) ? undefined : relevance/* IRRELEVANT_FILE */.Sz;
    if (!mayBeArm(text))
        return 'not an ARM template';
    // Parameters files are read with their template (and are small): only templates are prefiltered.
    if (/deploymentParameters/i.test(text))
        return undefined;
    return (0,relevance/* mayMatter */.dx)(file, text, context.readFile, context.modules, context.known)
        ? undefined
        : relevance/* IRRELEVANT_FILE */.Sz;
}
/** Bicep files that deploy nothing, then those that deploy nothing that matters. */
function bicepWalkSkipReason(file, text, context) {
    const skip = (0,detect/* bicepSkipReason */.jO)(file, text);
    if (skip)
        return skip;
    return (0,relevance/* mayMatter */.dx)(file, text, context.readFile, context.modules, context.known)
        ? undefined
        : relevance/* IRRELEVANT_FILE */.Sz;
}
/** What `walkSkipReasonOfBytes` answers when the bytes alone cannot tell: the file's text must. */
const UNDECIDED = Symbol('undecided');
/**
 * The words the walk-skip test of a JSON file asks about: with them, most JSON files of a repository are
 * decided from their bytes, in one pass, without being decoded.
 */
const JSON_WORDS = [
    ...relevance/* MAY_MATTER_WORDS */.Eh,
    'deploymenttemplate',
    'deploymentparameters',
    '"resources"',
    'relativepath',
    '"format_version"',
    '"terraform_version"',
];
/** As long as the longest word the walk's byte tests look for: enough for chunks to share. */
const WALK_WORD_OVERLAP = Math.max(...JSON_WORDS.map((word) => word.length));
/** Made on first use: a run that walks no folder does not need its tables. */
let jsonWords;
const bitOf = (word) => 1 << JSON_WORDS.indexOf(word);
const MAY_MATTER_BITS = relevance/* MAY_MATTER_WORDS */.Eh.reduce((bits, word) => bits | bitOf(word), 0);
const DEPLOYMENT_TEMPLATE = bitOf('deploymenttemplate');
const DEPLOYMENT_PARAMETERS = bitOf('deploymentparameters');
const RESOURCES_KEY = bitOf('"resources"');
const RELATIVE_PATH = bitOf('relativepath');
const PLAN_KEYS = bitOf('"format_version"') | bitOf('"terraform_version"');
/**
 * `walkSkipReason` of a walk-found file from its bytes (as read from disk), or UNDECIDED when only its
 * text can tell: it never answers otherwise than the text would. It decides JSON files, which a search
 * for a few words settles: whether they can be a template, a parameters file or a plan, and whether
 * they name anything that matters or link another template.
 */
function walkSkipReasonOfBytes(file, bytes) {
    const words = walkWords();
    words.add(bytes);
    return walkSkipReasonOfWords(file, words);
}
/**
 * The words a JSON file's walk-skip test asks about, gathered from its bytes a chunk at a time (a large
 * file is never held whole): each chunk repeats at least the last `WALK_WORD_OVERLAP` bytes of the one
 * before, so that no word is lost between two.
 */
function walkWords() {
    return new sources_read/* ChunkWords */.ny(() => (jsonWords ??= new word_search/* WordSearch */.b(JSON_WORDS)));
}
/** `walkSkipReasonOfBytes` from the words of a file's bytes. */
function walkSkipReasonOfWords(file, words) {
    if (walkFileKind(file) !== 'json')
        return UNDECIDED;
    // Empty, binary and UTF-16 files, and text that opens with a character outside ASCII (which might all
    // be white space), are left to the decoder, which says what they are.
    if (!words.opensAsText)
        return UNDECIDED;
    if (files/* TFVARS_FILE */.i4.test(file))
        return files/* TFVARS_REASON */.gK;
    const found = words.found;
    // A plan, an object with `"resources":` or a linked template: the text tells (see armSkipReason).
    if ((found & PLAN_KEYS) === PLAN_KEYS)
        return UNDECIDED;
    if ((found & (DEPLOYMENT_TEMPLATE | DEPLOYMENT_PARAMETERS)) === 0) {
        return found & RESOURCES_KEY ? UNDECIDED : 'not an ARM template';
    }
    if (found & (DEPLOYMENT_PARAMETERS | MAY_MATTER_BITS))
        return undefined;
    if (found & RELATIVE_PATH)
        return UNDECIDED;
    return relevance/* IRRELEVANT_FILE */.Sz;
}

// EXTERNAL MODULE: ./src/sources/file-facts.ts
var file_facts = __nccwpck_require__(2348);
;// CONCATENATED MODULE: ./src/engine/triage.ts







/** Fewer files than this are decided faster than a worker thread starts. */
const FILES_PER_WORKER = 400;
/** Files claimed at a time: large enough that the threads rarely touch the shared counter. */
const BATCH = 16;
/** The worker's bundle, next to the chunk that holds this code (see scripts/package.mjs). */
const WORKER_FILE = 'triage-worker.js';
const YOUNG_GENERATION_MB = 8;
/**
 * The most text a thread keeps for the scan: past it, files are read again by the scan, so that a
 * repository where most files matter is not held in memory whole.
 */
const KEPT_CHARACTERS = 16 * 1024 * 1024;
/**
 * Decides the walk-found files of a scan, with `workers` worker threads (0: the main thread alone).
 * Workers started during the walk (`TriageWorker.start`) are used first; those not needed are stopped.
 */
async function triageWalk(files, context, workers, 
/** Work for the main thread before its share (see below). */
meanwhile, started = []) {
    const eligible = files.filter((f) => !f.explicit && worthTriage(f.path)).map((f) => f.path);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const wanted = eligible.length >= FILES_PER_WORKER
        ? Math.min(workers, Math.floor(eligible.length / FILES_PER_WORKER))
        : 0;
    const pool = started.slice(0, wanted);
    for (const unneeded of started.slice(wanted))
        unneeded.stop();
    pool.push(...startTriageWorkers(wanted - pool.length));
    const running = pool.map((worker) => worker.decide(eligible, counter, context));
    // Work the main thread owes the scan anyway (loading sources) is done while the workers start, which
    // then claim the files the main thread would have decided in that time. With nothing to decide, the
    // scan starts at once instead, reading files while the sources load.
    if (eligible.length > 0)
        await meanwhile?.catch(() => undefined);
    const outcome = {
        verdicts: new Map(),
        facts: new Map(),
        texts: new Map(),
        readable: new Set(),
        files: eligible.length,
        byWorker: 0,
    };
    const record = (share) => {
        for (const [index, reason] of share.verdicts)
            outcome.verdicts.set(eligible[index], reason);
        for (const [index, known] of share.facts)
            outcome.facts.set(displayPath(context.cwd, eligible[index]), known);
        for (const [index, text] of share.texts)
            outcome.texts.set(eligible[index], text);
        for (const index of share.readable)
            outcome.readable.add(eligible[index]);
    };
    // The main thread's share is recorded while the workers finish their last files.
    record(triageShare(eligible, counter, context));
    for (const share of await Promise.all(running)) {
        record(share);
        outcome.byWorker += share.verdicts.length;
    }
    return outcome;
}
/** Files with a walk-skip test, and Terraform files, whose facts the Terraform source needs. */
function worthTriage(path) {
    return walkFileKind(path) !== undefined;
}
/** Decides files in batches claimed from `counter` until none is left. */
function triageShare(files, counter, context) {
    const readers = {
        bytes: new ScannedBytesReader(context.limits),
        linked: workspaceReader(context.cwd, context.paths, context.limits),
        known: new Map(),
    };
    const share = { verdicts: [], facts: [], texts: [], readable: [] };
    let keptCharacters = 0;
    const budget = context.keptCharacters ?? KEPT_CHARACTERS;
    for (;;) {
        const start = Atomics.add(counter, 0, BATCH);
        if (start >= files.length)
            return share;
        for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
            const { reason, facts, text, readable } = triageFile(files[index], context, readers);
            if (reason !== undefined)
                share.verdicts.push([index, reason]);
            if (facts)
                share.facts.push([index, facts]);
            if (readable)
                share.readable.push(index);
            if (text !== undefined && reason === undefined && keptCharacters + text.length <= budget) {
                share.texts.push([index, text]);
                keptCharacters += text.length;
            }
        }
    }
}
/**
 * A walk-found file's triage: the scan's own outcome when it skips the file (undefined when the scan must
 * read it), the facts the sources need of it, and its text when it is small and decoded.
 */
function triageFile(path, context, readers) {
    const file = displayPath(context.cwd, path);
    const kind = walkFileKind(file);
    if (kind === 'terraform')
        return terraformTriage(path, file, context, readers);
    const walkContext = { readFile: readers.linked, modules: context.modules, known: readers.known };
    const ofText = (text) => ({
        reason: walkSkipReason(file, text, walkContext),
        facts: kind === 'bicep'
            ? { kind: 'bicep', deploys: (0,file_facts/* bicepDeploys */.mw)(file, text, context.modules) }
            : undefined,
    });
    // Most files are decided on their bytes; the rest on their text, decoded from the same bytes.
    const bytes = readers.bytes.read(path);
    if (bytes) {
        const verdict = walkSkipReasonOfBytes(file, bytes);
        if (verdict !== UNDECIDED && verdict !== undefined)
            return { reason: verdict };
        const decoded = (0,sources_read/* decodeSource */.E4)(bytes);
        if (!decoded.ok)
            return { reason: skipReasonOfFailedRead(decoded, false) };
        return verdict === undefined ? { text: decoded.text } : { ...ofText(decoded.text), text: decoded.text };
    }
    // A large JSON file is searched a chunk at a time, and read whole only when its words do not decide it.
    const words = walkWords();
    const visit = (chunk) => words.add(chunk);
    if (kind === 'json' &&
        (0,sources_read/* visitChunksOfFile */.JS)(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit)) {
        const verdict = walkSkipReasonOfWords(file, words);
        if (verdict !== UNDECIDED)
            return { reason: verdict };
    }
    const read = readScannedFile(path, context.limits, true);
    if (read.ok)
        return ofText(read.text);
    // A large file passed over on disk refers to no other file (see `mightMatterOnDisk`): a Bicep one
    // deploys nothing, which the scan need not read it again to learn.
    const facts = 'skipped' in read && kind === 'bicep' ? { kind: 'bicep', deploys: [] } : undefined;
    // Files that cannot be read are left to the scan, which reports why.
    return { reason: skipReasonOfFailedRead(read, false), facts };
}
/**
 * A Terraform file's facts, from its bytes when they tell them (none when it cannot be read), and whether
 * it can be read as text. Its text is not kept: the Terraform source reads the files of the folders that
 * matter itself, and most folders do not.
 */
function terraformTriage(path, file, context, readers) {
    const bytes = readers.bytes.read(path);
    if (bytes) {
        const words = new file_facts/* TerraformWords */.SI();
        words.add(bytes);
        // Facts from the words come only from bytes that open as UTF-8 text, which decode.
        const known = words.facts(context.modules);
        if (known)
            return { facts: known, readable: true };
        const decoded = (0,sources_read/* decodeSource */.E4)(bytes);
        if (!decoded.ok)
            return {};
        return { facts: (0,file_facts/* terraformFacts */.Yy)(file, decoded.text, context.modules), readable: true };
    }
    return largeTerraformTriage(path, file, context, readers);
}
/** `terraformTriage` of a large file, its bytes searched a chunk at a time. */
function largeTerraformTriage(path, file, context, readers) {
    const words = new file_facts/* TerraformWords */.SI();
    const visit = (chunk) => words.add(chunk);
    if (!(0,sources_read/* visitChunksOfFile */.JS)(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit))
        return {};
    const known = words.facts(context.modules);
    if (known)
        return { facts: known, readable: true };
    const read = readScannedFile(path, context.limits, false);
    return read.ok ? { facts: (0,file_facts/* terraformFacts */.Yy)(file, read.text, context.modules), readable: true } : {};
}
const NOTHING_DECIDED = { verdicts: [], facts: [], texts: [], readable: [] };
/**
 * A worker thread that decides a share of a walk's files. It can start before the walk ends, so that it
 * boots while the main thread lists folders, and then waits for its files (`decide`). Until then it does not
 * keep the process alive, and one that is never given files is stopped (`stop`).
 */
class TriageWorker {
    #worker;
    #share;
    constructor(worker) {
        this.#worker = worker;
        // A failed worker only costs time: the files it claimed take the ordinary path.
        this.#share = new Promise((resolve) => {
            worker.once('message', (share) => {
                resolve(share);
                void worker.terminate();
            });
            worker.once('error', () => resolve(NOTHING_DECIDED));
            worker.once('exit', () => resolve(NOTHING_DECIDED));
        });
    }
    /** A worker thread, or undefined when its bundle is not there (run from source) or it cannot start. */
    static start() {
        const file = (0,bundle_files/* shippedFile */.k)(WORKER_FILE);
        if (!file)
            return undefined;
        let worker;
        try {
            worker = new external_node_worker_threads_namespaceObject.Worker(file, {
                // Its garbage is file text read once: a small young generation keeps the process's peak down.
                resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
            });
        }
        catch {
            return undefined; // no thread to be had: the main thread decides every file
        }
        worker.unref();
        return new TriageWorker(worker);
    }
    /** Gives the worker its files, whose indexes it claims from `counter`; resolves with what it decided. */
    decide(files, counter, context) {
        this.#worker.ref();
        this.#worker.postMessage({ files, counter, context });
        return this.#share;
    }
    stop() {
        void this.#worker.terminate();
    }
}
/** Up to `count` triage workers (none when their bundle is not there). */
function startTriageWorkers(count) {
    const started = [];
    for (let i = 0; i < count; i++) {
        const worker = TriageWorker.start();
        if (!worker)
            break;
        started.push(worker);
    }
    return started;
}

;// CONCATENATED MODULE: ./src/model/graph.ts
/**
 * The resources of one scan and the links between them. Sources and the linker add links; rules only
 * ask questions ("which private endpoints point at this HSM?").
 */
class Graph {
    byKey = new Map();
    byTypeIndex = new Map();
    outgoing = new Map();
    incoming = new Map();
    unresolved = [];
    constructor(resources = []) {
        for (const r of resources)
            this.add(r);
    }
    add(resource) {
        this.byKey.set(resource.key, resource);
        const type = resource.type.toLowerCase();
        const list = this.byTypeIndex.get(type);
        if (list)
            list.push(resource);
        else
            this.byTypeIndex.set(type, [resource]);
    }
    get resources() {
        return [...this.byKey.values()];
    }
    get(key) {
        return this.byKey.get(key);
    }
    ofType(type) {
        return this.byTypeIndex.get(type.toLowerCase()) ?? [];
    }
    link(kind, from, to) {
        const existing = this.outgoing.get(from.key);
        if (existing?.some((l) => l.kind === kind && l.to.key === to.key))
            return;
        const link = { kind, from, to };
        push(this.outgoing, from.key, link);
        push(this.incoming, to.key, link);
    }
    /** Resources linking to `target` with the given kind (e.g. private endpoints of an HSM). */
    linkedTo(target, kind) {
        return (this.incoming.get(target.key) ?? []).filter((l) => l.kind === kind).map((l) => l.from);
    }
    /** Resources `source` links to with the given kind (e.g. the HSM a key belongs to). */
    linkedFrom(source, kind) {
        return (this.outgoing.get(source.key) ?? []).filter((l) => l.kind === kind).map((l) => l.to);
    }
    setUnresolvedLinks(links) {
        this.unresolved = links;
    }
    /** References of a kind that could not be followed (e.g. a private endpoint whose target is unknown). */
    unresolvedLinks(kind) {
        return this.unresolved.filter((l) => l.kind === kind);
    }
    /** The parent of a child resource (a key's HSM), through its parent key or a `child` link. */
    parentOf(child) {
        if (child.parentKey)
            return this.byKey.get(child.parentKey);
        return this.linkedFrom(child, 'child')[0];
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

// EXTERNAL MODULE: ./src/sources/arm/parameters.ts
var parameters = __nccwpck_require__(275);
// EXTERNAL MODULE: ./src/sources/arm/template.ts
var template = __nccwpck_require__(8765);
;// CONCATENATED MODULE: ./src/sources/index.ts





const loaded = {};
async function loadSurface(surface) {
    if (surface === 'bicep') {
        if (loaded.bicep)
            return;
        loaded.bicep = await __nccwpck_require__.e(/* import() */ 868).then(__nccwpck_require__.bind(__nccwpck_require__, 2868));
        return;
    }
    if (surface === 'hcl-grammar') {
        await (await __nccwpck_require__.e(/* import() */ 225).then(__nccwpck_require__.bind(__nccwpck_require__, 6225))).loadHclGrammar();
        return;
    }
    if (loaded.terraform)
        return;
    // The parser's module sets the parser the source reads (see terraform/parser-state.ts).
    const [source] = await Promise.all([__nccwpck_require__.e(/* import() */ 537).then(__nccwpck_require__.bind(__nccwpck_require__, 1537)), __nccwpck_require__.e(/* import() */ 225).then(__nccwpck_require__.bind(__nccwpck_require__, 6225))]);
    loaded.terraform = source;
}
/** Loads every source, and the HCL grammar (for callers of the synchronous `scan`). */
async function loadSources() {
    await Promise.all([loadSurface('bicep'), loadSurface('terraform'), loadSurface('hcl-grammar')]);
}
const arm = {
    surface: 'arm',
    extensions: ['.json', '.jsonc'],
    parse(file, text, options) {
        if (files/* TFVARS_FILE */.i4.test(file))
            return { kind: 'skipped', reason: files/* TFVARS_REASON */.gK };
        if (!options.explicit) {
            const skip = walkSkipReason(file, text, options);
            if (skip)
                return { kind: 'skipped', reason: skip };
        }
        if ((0,tfplan_detect/* isTerraformPlan */.y)(text)) {
            if (!loaded.terraform)
                return { kind: 'needs', surface: 'terraform' };
            return loaded.terraform.parseTerraformPlanSource(file, text, terraformOptions(options));
        }
        const params = (0,parameters/* parameterInputsFor */.aW)(file, options.readFile, {
            configured: options.parameters,
            configSource: options.parametersSource,
            explicitFiles: options.parameterFiles,
        });
        const parsed = (0,template/* parseArmFile */.oR)(file, text, {
            explicit: options.explicit,
            parameters: params.inputs,
            readFile: options.readFile,
            now: options.now,
            isRelevantType: options.isRelevantType,
        });
        if (parsed.kind === 'template') {
            parsed.problems.push(...params.problems);
            parsed.related = [...params.files, ...(parsed.related ?? [])];
        }
        if (parsed.kind === 'other' && parsed.problems.length === 0) {
            if (!options.explicit)
                return { kind: 'skipped', reason: 'not an ARM template' };
            parsed.problems.push({
                message: 'Not an ARM deployment template or parameters file (no $schema, contentVersion or resources).',
                range: { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            });
        }
        return { kind: 'parsed', parsed };
    },
};
/**
 * Bicep templates and parameter files. A file is read further only if it can matter: a template that
 * declares a `resource` or a `module`, a parameters file with a `using` declaration (see `walkSkipReason`).
 */
const bicep = {
    surface: 'bicep',
    extensions: ['.bicep', '.bicepparam'],
    parse(file, text, options) {
        if (!options.explicit) {
            const skip = walkSkipReason(file, text, options);
            if (skip)
                return { kind: 'skipped', reason: skip };
        }
        if (!loaded.bicep)
            return { kind: 'needs', surface: 'bicep' };
        return loaded.bicep.parseBicepSource(file, text, options);
    },
    // A file found in a walk may be skipped before it is parsed.
    certainlyLoads: (explicit) => (explicit ? 'bicep' : undefined),
};
/**
 * Terraform: each folder of `.tf` and `.tf.json` files is one module, evaluated once; see
 * `terraform/source.ts`.
 */
const terraform = {
    surface: 'terraform',
    extensions: ['.tf', '.tf.json'],
    parse(file, text, options) {
        if (!loaded.terraform)
            return { kind: 'needs', surface: 'terraform' };
        return loaded.terraform.parseTerraformSource(file, text, terraformOptions(options));
    },
    certainlyLoads: () => 'terraform',
    readsItsFiles: true,
};
function terraformOptions(options) {
    return {
        explicit: options.explicit,
        workspace: {
            readFile: options.readFile,
            listDir: options.listDir ?? (() => ({ error: 'folders cannot be listed here' })),
        },
        now: options.now,
        scanFiles: options.scanFiles,
        parameterFiles: options.parameterFiles,
        parameters: options.parameters,
        parametersSource: options.parametersSource,
        modules: options.modules,
        facts: options.facts,
        cache: options.cache ?? new Map(),
    };
}
const SOURCES = [arm, bicep, terraform];
const SOURCE_EXTENSIONS = SOURCES.flatMap((s) => s.extensions);
/** Longer than any file ending a source reads: only the end of a path is compared. */
const ENDING_CHARACTERS = Math.max(...SOURCE_EXTENSIONS.map((ext) => ext.length), '.tfvars'.length);
function sourceFor(file) {
    const lower = file.slice(-ENDING_CHARACTERS).toLowerCase();
    // A variables file named on the command line is read with its root module.
    if (lower.endsWith('.tfvars'))
        return {
            ...terraform,
            parse: () => ({ kind: 'skipped', reason: files/* TFVARS_REASON */.gK }),
            certainlyLoads: () => undefined,
        };
    // The longest ending wins: a `.tf.json` file is Terraform's, not an ARM template.
    let found;
    for (const source of SOURCES)
        for (const ext of source.extensions)
            if (lower.endsWith(ext) && ext.length > (found?.length ?? 0))
                found = { source, length: ext.length };
    return found?.source;
}

;// CONCATENATED MODULE: ./src/scan.ts




















/** Engine-level findings, described for reporters the same way rules are. */
const ENGINE_RULES = [
    { id: ENGINE_FINDINGS.parseError, description: 'A file could not be read or parsed.' },
    {
        id: ENGINE_FINDINGS.unresolved,
        description: 'A rule could not decide because a value cannot be evaluated.',
    },
    { id: ENGINE_FINDINGS.suppressionUnused, description: 'A suppression suppresses nothing.' },
    { id: ENGINE_FINDINGS.suppressionExpired, description: 'A suppression has expired.' },
    { id: ENGINE_FINDINGS.suppressionNoReason, description: 'A suppression gives no reason.' },
    { id: ENGINE_FINDINGS.internalError, description: 'A rule failed while checking a resource.' },
    {
        id: ENGINE_FINDINGS.drift,
        description: 'A property a rule checks is declared with one value and deployed with another.',
    },
];
/**
 * The pipeline for the entries: as `scan`, loading on the way the sources the files turn out to need
 * (Bicep, Terraform and its grammar), and nothing a run does not use.
 */
async function scanAsync(options) {
    const workers = options.workers ?? defaultWorkers();
    // Worker threads for the triage start once the walk has found enough files to share, and boot while
    // the main thread walks on.
    let started = [];
    const startWorkers = () => (started = startTriageWorkers(workers));
    let discovery;
    try {
        discovery = discover(options, { files: FILES_PER_WORKER, then: startWorkers });
    }
    catch (error) {
        for (const worker of started)
            worker.stop();
        throw error;
    }
    const { cwd, config } = options;
    // Sources certain to be needed start loading now.
    const loading = new Map(surfacesCertainlyNeeded(discovery.files).map((s) => [s, loadSurface(s)]));
    for (const promise of loading.values())
        promise.catch(() => undefined); // awaited (and reported) below
    const triage = await triageWalk(discovery.files, {
        cwd,
        paths: options.paths,
        limits: options.limits ?? sources_read/* DEFAULT_READ_LIMITS */.q8,
        modules: displayModules(cwd, config.modules),
    }, workers, Promise.all(loading.values()), started);
    const steps = scanSteps(options, discovery, triage);
    for (let step = steps.next();; step = steps.next()) {
        if (step.done)
            return { ...step.value, triage: { files: triage.files, byWorker: triage.byWorker } };
        await (loading.get(step.value) ?? loadSurface(step.value));
    }
}
/** Sources the scan will load whatever the files say (see `SourceHandler.certainlyLoads`). */
function surfacesCertainlyNeeded(files) {
    const needed = new Set();
    for (const { path, explicit } of files) {
        const surface = sourceFor(path)?.certainlyLoads?.(explicit);
        if (surface)
            needed.add(surface);
    }
    return [...needed];
}
/** One worker thread on a machine with more than one core; `HSMLINT_WORKERS` sets the number (0: none). */
function defaultWorkers() {
    const configured = Number.parseInt(process.env.HSMLINT_WORKERS ?? '', 10);
    if (Number.isInteger(configured) && configured >= 0)
        return configured;
    return (0,external_node_os_.availableParallelism)() > 1 ? 1 : 0;
}
/** The pipeline both entries share: discover, parse, link, check, suppress. Needs `loadSources()` first. */
function scan(options) {
    const step = scanSteps(options, discover(options)).next();
    if (!step.done)
        throw new Error(`The ${step.value} source is not loaded: await loadSources() before scan(), or use scanAsync().`);
    return step.value;
}
function discover(options, whenFound) {
    const discovery = discoverFiles(options.paths, options.cwd, {
        whenFound,
        extensions: SOURCE_EXTENSIONS,
        ignore: options.config.ignore,
        baseDir: options.config.baseDir,
        namedFilesAreExplicit: !options.namedFilesAreImplicit,
        // The Terraform source lists the folders of .tf files (modules); no other source lists folders.
        listFoldersWith: ['.tf', '.tf.json'],
    });
    // Sharding: only this shard's files (each with every file it reads) are parsed and reported.
    if (options.shard) {
        const { cwd, paths, config, limits } = options;
        discovery.files = filesOfShard(discovery.files, options.shard, {
            cwd,
            paths,
            modules: config.modules,
            limits,
        });
    }
    return discovery;
}
/** The pipeline; it yields a source that must be loaded before it can go on (see `loadSurface`). */
function* scanSteps(options, discovery, triage) {
    const { cwd, config, registry } = options;
    const now = options.now ?? new Date();
    const display = (abs) => displayPath(cwd, abs);
    const findings = [];
    const files = [];
    const skipped = discovery.skipped.map((s) => ({ ...s, path: display(s.path) }));
    const resources = [];
    const directivesByFile = new Map();
    const related = {};
    const parseError = (file, message, range = (0,model_range/* pointRange */.it)(file), surface) => {
        const finding = { ruleId: ENGINE_FINDINGS.parseError, message, severity: 'error', range };
        if (surface)
            finding.surface = surface;
        findings.push(finding);
    };
    const graph = new Graph();
    const prepared = prepareRules(registry, graph, {
        rules: config.rules,
        unresolved: config.unresolved,
        explainGaps: config.explainGaps,
        now,
    });
    // Resources no rule listens to and no link passes through are not worth evaluating.
    const relevantTypes = new Set([...prepared.types, ...Object.values(model_resource/* TYPES */.QE).map((t) => t.toLowerCase())]);
    const isRelevantType = (type) => relevantTypes.has(type.toLowerCase());
    const readFile = workspaceReader(cwd, options.paths, options.limits ?? sources_read/* DEFAULT_READ_LIMITS */.q8);
    const listDir = workspaceLister(cwd, options.paths, discovery.listings);
    const cache = new Map();
    const parameterFiles = (options.parameterFiles ?? []).map((p) => display((0,external_node_path_.resolve)(cwd, p)));
    const configuredParameters = parameterMatcher(config);
    const scanFiles = discovery.files.map((f) => display(f.path));
    const modules = displayModules(cwd, config.modules);
    const facts = triage && ((file) => triage.facts.get(file));
    // A file read on behalf of several scanned files (a module, a parameters file) reports its syntax
    // errors, unresolved references and directives once.
    const reported = new Set();
    const once = (kind, range, message) => {
        const key = `${kind}|${range.file}|${range.start.line}|${range.start.column}|${message}`;
        if (reported.has(key))
            return false;
        reported.add(key);
        return true;
    };
    for (const [index, discovered] of discovery.files.entries()) {
        const file = scanFiles[index];
        const source = sourceFor(discovered.path);
        if (!source) {
            parseError(file, 'Unsupported file type: hsmlint reads ARM JSON templates (.json, .jsonc), Bicep files (.bicep, .bicepparam), Terraform (.tf) and Terraform plan JSON (.json).');
            continue;
        }
        const verdict = triage?.verdicts.get(discovered.path);
        if (verdict !== undefined) {
            skipped.push({ path: file, reason: verdict });
            continue;
        }
        const prefilter = !discovered.explicit && source.surface !== 'terraform';
        // The triage read most files the scan reads; their texts are used once.
        const kept = triage?.texts.get(discovered.path);
        triage?.texts.delete(discovered.path);
        const read = kept !== undefined
            ? { ok: true, text: kept }
            : source.readsItsFiles && triage?.readable.has(discovered.path)
                ? { ok: true, text: '' }
                : readScannedFile(discovered.path, options.limits ?? sources_read/* DEFAULT_READ_LIMITS */.q8, prefilter);
        if (!read.ok) {
            const reason = skipReasonOfFailedRead(read, discovered.explicit);
            if (reason === undefined)
                parseError(file, read.message, undefined, source.surface);
            else
                skipped.push({ path: file, reason });
            continue;
        }
        let outcome;
        try {
            const parseOptions = {
                explicit: discovered.explicit,
                readFile,
                parameterFiles,
                now,
                isRelevantType,
                scanFiles,
                modules,
                listDir,
                cache,
                facts,
                ...configuredParameters(discovered.path),
            };
            outcome = source.parse(file, read.text, parseOptions);
            // A file may need its source, and then the HCL grammar: each is loaded once.
            const loadedForFile = new Set();
            while (outcome.kind === 'needs' && !loadedForFile.has(outcome.surface)) {
                loadedForFile.add(outcome.surface);
                yield outcome.surface;
                outcome = source.parse(file, read.text, parseOptions);
            }
        }
        catch (error) {
            parseError(file, `Internal error while parsing: ${error.message}`, undefined, source.surface);
            continue;
        }
        if (outcome.kind === 'skipped') {
            skipped.push({ path: file, reason: outcome.reason });
            continue;
        }
        if (outcome.kind === 'needs')
            throw new Error(`The ${outcome.surface} source did not load.`);
        const parsed = outcome.parsed;
        for (const problem of parsed.problems)
            if (once('problem', problem.range, problem.message))
                parseError(problem.range.file, problem.message, problem.range, parsed.surface);
        if (config.unresolved !== 'off') {
            for (const note of parsed.unresolved ?? []) {
                if (!once('unresolved', note.range, note.message))
                    continue;
                findings.push({
                    ruleId: ENGINE_FINDINGS.unresolved,
                    message: note.message,
                    severity: config.unresolved,
                    range: note.range,
                    surface: parsed.surface,
                });
            }
        }
        resources.push(...parsed.resources);
        // Directives apply to the file they are written in (a linked template, a module), once.
        for (const directive of parsed.directives) {
            if (!once('directive', directive.range, directive.kind))
                continue;
            const list = directivesByFile.get(directive.range.file);
            if (list)
                list.push(directive);
            else
                directivesByFile.set(directive.range.file, [directive]);
        }
        files.push({ file, surface: parsed.surface, resources: parsed.resources.length });
        if (parsed.related?.length)
            related[file] = [...new Set(parsed.related)];
    }
    for (const source of options.external ?? []) {
        for (const problem of source.problems)
            parseError(problem.range.file, problem.message, problem.range, source.surface);
        if (config.unresolved !== 'off') {
            for (const note of source.unresolved) {
                findings.push({
                    ruleId: ENGINE_FINDINGS.unresolved,
                    message: note.message,
                    severity: config.unresolved,
                    range: note.range,
                    surface: source.surface,
                });
            }
        }
        resources.push(...source.resources);
    }
    for (const resource of resources)
        graph.add(resource);
    linkResources(graph);
    if (options.external?.length)
        findings.push(...findDrift(resources));
    findings.push(...prepared.run());
    const knownRules = new Set([...registry.rules.keys(), ENGINE_FINDINGS.unresolved, ENGINE_FINDINGS.drift]);
    const activeRules = new Set(config.rules.keys());
    if (config.unresolved !== 'off')
        activeRules.add(ENGINE_FINDINGS.unresolved);
    if (options.external?.length)
        activeRules.add(ENGINE_FINDINGS.drift);
    findings.push(...applySuppressions({ findings, directivesByFile, resources, activeRules, knownRules, now }));
    findings.sort((a, b) => (0,model_range/* compareRanges */.C1)(a.range, b.range) || compareText(a.ruleId, b.ruleId));
    const rules = [...registry.rules.values()]
        .map((rule) => ({
        id: rule.meta.id,
        description: rule.meta.docs.description,
        recommendation: rule.meta.docs.recommendation,
        policy: rule.meta.docs.policy,
        helpUri: (0,product/* ruleDocsUrl */.hS)(rule.meta.id),
        severity: config.rules.get(rule.meta.id)?.severity,
    }))
        .sort((a, b) => compareText(a.id, b.id));
    const suppressions = [];
    for (const directives of directivesByFile.values()) {
        for (const d of directives) {
            if (d.kind === 'enable')
                continue;
            suppressions.push({ kind: 'directive', rules: d.rules, reason: d.reason, range: d.range });
        }
    }
    for (const resource of resources) {
        for (const s of resource.suppressions) {
            suppressions.push({ kind: 'metadata', rules: [s.rule], reason: s.reason, range: s.range });
        }
    }
    return {
        cwd,
        suppressions,
        related,
        files,
        skipped,
        missing: discovery.missing,
        findings,
        rules: [...rules, ...ENGINE_RULES],
        resourceCount: resources.length,
        ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
    };
}
/** The configured parameter values for a file: every matching glob, later globs winning. */
function parameterMatcher(config) {
    const matchers = config.parameters.map((set) => ({ set, match: picomatch_default()(set.glob, { dot: true }) }));
    // Without configured parameters, the sweep's files need no path relative to the configuration.
    if (matchers.length === 0)
        return () => ({});
    return (abs) => {
        const rel = (0,external_node_path_.relative)(config.baseDir, abs).split(external_node_path_.sep).join('/');
        let parameters;
        let parametersSource;
        for (const { set, match } of matchers) {
            if (!match(rel))
                continue;
            parameters = { ...parameters, ...set.values };
            parametersSource = `configuration parameters for '${set.glob}'`;
        }
        return parameters ? { parameters, parametersSource } : {};
    };
}

;// CONCATENATED MODULE: ./src/report/merge.ts



/**
 * `hsmlint merge`: puts the shards of one sweep back together. From `json-with-metadata` documents it
 * rebuilds the scan result the unsharded sweep would have produced (any format can then be written);
 * SARIF logs are merged into one run per tool and automation id.
 *
 * Each shard reports the same discovery (skipped folders and links, missing paths), which appears
 * once; files are put back in the order a folder walk finds them; findings are sorted as the scan sorts
 * them. A parse error or unresolved note of a file read by several deployments is reported once in
 * one scan; shards that read the same file (a `--parameters` file) report it once between them.
 */
class merge_MergeError extends Error {
    name = 'MergeError';
}
/** Checks that the inputs are the shards of one sweep: same count, each index once, none missing. */
function checkShards(inputs) {
    if (inputs.length === 0)
        throw new merge_MergeError('Nothing to merge: give the result files of the shards.');
    const described = inputs.map((input) => ({
        source: input.source,
        shard: input.shard ?? { index: 1, count: 1 },
    }));
    const first = described[0];
    for (const other of described.slice(1)) {
        if (other.shard.count !== first.shard.count) {
            throw new merge_MergeError(`The inputs are not shards of one sweep: ${first.source} is shard ${label(first.shard)} and ${other.source} is shard ${label(other.shard)}.`);
        }
    }
    const byIndex = new Map();
    for (const input of described) {
        const seen = byIndex.get(input.shard.index);
        if (seen !== undefined) {
            throw new merge_MergeError(`${seen} and ${input.source} are both shard ${label(input.shard)}.`);
        }
        byIndex.set(input.shard.index, input.source);
    }
    const count = first.shard.count;
    const missing = [];
    for (let i = 1; i <= count; i++)
        if (!byIndex.has(i))
            missing.push(i);
    if (missing.length > 0) {
        const present = [...byIndex.keys()].sort((a, b) => a - b).join(', ');
        throw new merge_MergeError(`${missing.length === 1 ? 'Shard' : 'Shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (got ${present} of ${count}).`);
    }
}
function label(shard) {
    return `${shard.index}/${shard.count}`;
}
/**
 * The order in which a folder walk finds display paths: in each folder, files before subfolders, each
 * by name (code units).
 */
function compareWalkOrder(a, b) {
    if (a === b)
        return 0;
    const as = a.split('/');
    const bs = b.split('/');
    const n = Math.min(as.length, bs.length);
    for (let i = 0; i < n; i++) {
        if (as[i] === bs[i])
            continue;
        const aFile = i === as.length - 1;
        const bFile = i === bs.length - 1;
        if (aFile !== bFile)
            return aFile ? -1 : 1;
        return compareText(as[i], bs[i]);
    }
    return as.length - bs.length;
}
/** Merges lists that are each in order, keeping each list's order; ties go to the earlier list. */
function mergeOrdered(lists, compare) {
    const heads = lists.map(() => 0);
    const out = [];
    for (;;) {
        let best = -1;
        for (let i = 0; i < lists.length; i++) {
            if (heads[i] >= lists[i].length)
                continue;
            if (best < 0 || compare(lists[i][heads[i]], lists[best][heads[best]]) < 0)
                best = i;
        }
        if (best < 0)
            return out;
        out.push(lists[best][heads[best]++]);
    }
}
/**
 * Entries every shard reports (discovery's) come first, in the first shard's order; the others are
 * merged in walk order of `pathOf`.
 */
function mergeDiscovered(lists, keyOf, pathOf) {
    if (lists.length === 1)
        return [...lists[0]];
    const inAll = (key) => lists.every((list) => list.some((item) => keyOf(item) === key));
    const common = lists[0].filter((item) => inAll(keyOf(item)));
    const commonKeys = new Set(common.map(keyOf));
    const rest = lists.map((list) => list.filter((item) => !commonKeys.has(keyOf(item))));
    return [...common, ...mergeOrdered(rest, (a, b) => compareWalkOrder(pathOf(a), pathOf(b)))];
}
/** The scan's order of findings (see `scan.ts`). */
function compareScanOrder(a, b) {
    return (0,model_range/* compareRanges */.C1)(a.range, b.range) || compareText(a.ruleId, b.ruleId);
}
/** Findings a scan reports once however many files read their file. */
const REPORTED_ONCE = new Set([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.unresolved]);
/**
 * Rebuilds the result of the unsharded sweep from the results of its shards (relative to `cwd`).
 * Throws `MergeError` when they are not the shards of one sweep.
 */
function mergeResults(inputs, cwd) {
    checkShards(inputs.map((input) => ({ source: input.source, shard: input.result.shard })));
    const ordered = [...inputs].sort((a, b) => (a.result.shard?.index ?? 1) - (b.result.shard?.index ?? 1));
    const results = ordered.map((input) => input.result);
    const rules = JSON.stringify(results[0].rules);
    for (const input of ordered.slice(1)) {
        if (JSON.stringify(input.result.rules) !== rules) {
            throw new merge_MergeError(`The shards were not run with the same rules and settings (${ordered[0].source} and ${input.source} differ).`);
        }
    }
    const findings = [];
    // Only duplicates between shards go: within one shard the scan already reported each once.
    const reportedBy = new Map();
    results.forEach((result, shard) => {
        for (const finding of result.findings) {
            if (REPORTED_ONCE.has(finding.ruleId) && results.length > 1) {
                const key = JSON.stringify(finding);
                const by = reportedBy.get(key);
                if (by !== undefined && by !== shard)
                    continue;
                reportedBy.set(key, shard);
            }
            findings.push(finding);
        }
    });
    findings.sort(compareScanOrder);
    const files = mergeOrdered(results.map((r) => r.files), (a, b) => compareWalkOrder(a.file, b.file));
    const related = {};
    for (const { file } of files) {
        const owner = results.find((r) => Object.hasOwn(r.related, file));
        if (owner)
            related[file] = owner.related[file];
    }
    return {
        cwd,
        files,
        skipped: mergeDiscovered(results.map((r) => r.skipped), (s) => `${s.path}\u0000${s.reason}`, (s) => s.path),
        missing: [...results[0].missing],
        findings,
        rules: results[0].rules,
        resourceCount: results.reduce((sum, r) => sum + r.resourceCount, 0),
        suppressions: [
            ...results.flatMap((r) => r.suppressions.filter((s) => s.kind === 'directive')),
            ...results.flatMap((r) => r.suppressions.filter((s) => s.kind !== 'directive')),
        ],
        related,
    };
}
// --- SARIF -------------------------------------------------------------------------------------------
/** The shard a SARIF run says it is (hsmlint writes `run.properties.shard`). */
function shardOfRun(run) {
    const shard = run.properties?.shard;
    return shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? shard : undefined;
}
/** Checks that a parsed document is a SARIF 2.1.0 log. */
function isSarifLog(data) {
    const log = data;
    return typeof log === 'object' && log !== null && log.version === '2.1.0' && Array.isArray(log.runs);
}
/**
 * Merges the SARIF logs of the shards of one sweep: the runs of one tool and automation id become one
 * run, with each rule once and every result, in the order an unsharded scan writes them.
 */
function mergeSarifLogs(inputs) {
    checkShards(inputs.map((input) => ({
        source: input.source,
        shard: input.log.runs.map(shardOfRun).find((s) => s !== undefined),
    })));
    const ordered = [...inputs].sort((a, b) => (a.log.runs.map(shardOfRun).find(Boolean)?.index ?? 1) -
        (b.log.runs.map(shardOfRun).find(Boolean)?.index ?? 1));
    const groups = new Map();
    for (const { log } of ordered) {
        for (const run of log.runs) {
            const key = `${run.tool.driver.name}\u0000${run.automationDetails?.id ?? ''}`;
            const group = groups.get(key);
            if (group)
                group.push(run);
            else
                groups.set(key, [run]);
        }
    }
    const first = ordered[0].log;
    return { ...first, runs: [...groups.values()].map(mergeRuns) };
}
function mergeRuns(runs) {
    const merged = structuredClone(runs[0]);
    if (merged.properties) {
        const { shard: _shard, ...rest } = merged.properties;
        void _shard;
        if (Object.keys(rest).length > 0)
            merged.properties = rest;
        else
            delete merged.properties;
    }
    if (runs.length === 1)
        return merged;
    // Results, with the rule each names, in the scan's order (each run's own order is kept on ties).
    const tagged = [];
    runs.forEach((run, i) => {
        for (const result of run.results ?? []) {
            const ruleId = result.ruleId ?? run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id ?? '';
            tagged.push({ run: i, result, ruleId });
        }
    });
    tagged.sort((a, b) => compareSarifResults(a.result, a.ruleId, b.result, b.ruleId));
    // Each rule once; its descriptor from the run with the first result of the rule (a rule without a
    // configured level takes its level from the results), else from the first run that has it.
    const owner = new Map();
    for (const t of tagged)
        if (!owner.has(t.ruleId))
            owner.set(t.ruleId, t.run);
    const ids = [];
    const byId = new Map();
    runs.forEach((run, i) => {
        for (const rule of run.tool.driver.rules ?? []) {
            if (!byId.has(rule.id))
                ids.push(rule.id);
            if (!byId.has(rule.id) || owner.get(rule.id) === i)
                byId.set(rule.id, rule);
        }
    });
    const index = new Map(ids.map((id, i) => [id, i]));
    merged.tool.driver.rules = ids.map((id) => structuredClone(byId.get(id)));
    merged.results = tagged.map(({ result, ruleId }) => {
        const out = structuredClone(result);
        if (index.has(ruleId))
            out.ruleIndex = index.get(ruleId);
        return out;
    });
    if (merged.invocations?.length) {
        const notifications = runs.map((run) => run.invocations?.[0]?.toolExecutionNotifications ?? []);
        const key = (n) => JSON.stringify(n);
        const isSkipped = (n) => n.descriptor?.id === 'skipped-file';
        const common = notifications[0].filter((n) => notifications.every((list) => list.some((m) => key(m) === key(n))));
        const commonKeys = new Set(common.map(key));
        const rest = notifications.map((list) => list.filter((n) => !commonKeys.has(key(n))));
        merged.invocations[0].executionSuccessful = runs.every((run) => (run.invocations ?? []).every((inv) => inv.executionSuccessful));
        merged.invocations[0].toolExecutionNotifications = structuredClone([
            ...common.filter(isSkipped),
            ...mergeOrdered(rest, (a, b) => compareWalkOrder(notificationPath(a), notificationPath(b))),
            ...common.filter((n) => !isSkipped(n)),
        ]);
    }
    return merged;
}
function compareSarifResults(a, aRule, b, bRule) {
    const ka = resultKey(a);
    const kb = resultKey(b);
    return (compareText(ka.file, kb.file) ||
        ka.line - kb.line ||
        ka.column - kb.column ||
        compareText(aRule, bRule) ||
        compareText(a.message?.text ?? '', b.message?.text ?? ''));
}
/** The display path (or resource id) and position a result is at. */
function resultKey(result) {
    const location = result.locations?.[0];
    const physical = location?.physicalLocation;
    let file = '';
    if (physical?.artifactLocation?.uri)
        file = displayPathOf(physical.artifactLocation);
    else if (location?.logicalLocations?.[0]?.fullyQualifiedName)
        file = location.logicalLocations[0].fullyQualifiedName;
    return { file, line: physical?.region?.startLine ?? 0, column: physical?.region?.startColumn ?? 0 };
}
function notificationPath(notification) {
    const artifact = notification.locations?.[0]?.physicalLocation?.artifactLocation;
    return artifact?.uri ? displayPathOf(artifact) : '';
}
/** A relative URI under `%SRCROOT%` back to the display path it encodes. */
function displayPathOf(artifact) {
    const uri = artifact.uri ?? '';
    if (!artifact.uriBaseId)
        return uri;
    try {
        return uri.split('/').map(decodeURIComponent).join('/');
    }
    catch {
        return uri;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts




class UsageError extends Error {
    name = 'UsageError';
}
const HELP = `Usage: hsmlint [paths...] [options]
       hsmlint merge <results...> [--format <name>] [--output <file>] [--fail-on <level>] ...

Checks Azure Managed HSM deployments against "Secure your Azure Managed HSM deployment".
Paths are files or folders (default: the current folder); folders are walked honouring .gitignore.

Options:
  -f, --format <name>       stylish (default), json, sarif, markdown or json-with-metadata (the whole
                            result, which hsmlint merge reads)
  -o, --output <file>       write the report to a file instead of standard output
  -c, --config <file>       configuration file (default: hsmlint.config.yaml|yml|json, searched upward)
      --rule <setting>      override a rule, e.g. 'purge-protection: warn' or
                            'soft-delete-retention: [error, {minDays: 30}]' (repeatable)
      --parameters <file>   an ARM parameters file applied to every template scanned (repeatable;
                            later files win over earlier ones and over parameters files beside templates)
      --baseline <file>     accept the findings counted in this baseline file; only the others fail
      --write-baseline      write every current finding into the --baseline file (default
                            hsmlint-baseline.json)
      --prune-baseline      remove fixed findings from the --baseline file
      --fail-on <level>     error (default), warn, info or never: the lowest severity that fails the run
      --max-warnings <n>    fail when there are more than n warnings
      --unresolved <level>  off, info (default), warn or error for checks that could not be decided
      --explain-gaps        report checks that a surface cannot express
      --shard <i/n>         scan only shard i of n (1-based): each deployment with every file it reads
                            lands in exactly one shard; write shards with --format json-with-metadata
                            (or sarif) and combine them with hsmlint merge
      --live                also read the deployed Managed HSMs through Azure (see "Live scans" in the
                            README) and report drift between them and the templates scanned with them
      --auth <mode>         default (DefaultAzureCredential), azure-cli, oidc or token
      --subscriptions <ids> subscription ids, comma-separated (default: every one the identity can list)
      --resource-groups <names>, --hsm-names <names>
                            only these resource groups / HSMs
      --cloud <name>        AzureCloud (default), AzureChinaCloud or AzureUSGovernment
      --arm-endpoint <url>, --hsm-dns-suffix <suffix>, --graph-endpoint <url>, --authority-host <url>
                            custom endpoints (sovereign clouds, test servers)
      --data-plane          also read keys, local role assignments and settings from each HSM
      --concurrency <n>     requests in flight at once (default 8)
      --client-id <id>, --tenant-id <id>
                            for --auth oidc
      --quiet               show errors only (the exit code still follows --fail-on and --max-warnings)
      --color, --no-color   force colour on or off (default: on when writing to a terminal)
  -v, --version             print the version
  -h, --help                print this help

hsmlint merge <results...> combines the results of the shards of one sweep (json-with-metadata files, or
SARIF files for SARIF output; folders are searched for *.json and *.sarif) into the report the unsharded
sweep gives. It takes --format, --output, --fail-on, --max-warnings, --quiet, --color, --baseline,
--write-baseline and --prune-baseline; the shards must be all shards of one sweep.

Exit codes: 0 no failing findings, 1 findings fail the run, 2 usage, configuration or internal error.`;
const FAIL_ON = new Set(['error', 'warn', 'info', 'never']);
const LEVELS = new Set(['off', 'info', 'warn', 'error']);
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                rule: { type: 'string', multiple: true },
                parameters: { type: 'string', multiple: true },
                baseline: { type: 'string' },
                'write-baseline': { type: 'boolean' },
                'prune-baseline': { type: 'boolean' },
                'max-warnings': { type: 'string' },
                'fail-on': { type: 'string' },
                unresolved: { type: 'string' },
                'explain-gaps': { type: 'boolean' },
                quiet: { type: 'boolean' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                live: { type: 'boolean' },
                auth: { type: 'string' },
                subscriptions: { type: 'string', multiple: true },
                'resource-groups': { type: 'string', multiple: true },
                'hsm-names': { type: 'string', multiple: true },
                cloud: { type: 'string' },
                'arm-endpoint': { type: 'string' },
                'hsm-dns-suffix': { type: 'string' },
                'graph-endpoint': { type: 'string' },
                'authority-host': { type: 'string' },
                'data-plane': { type: 'boolean' },
                concurrency: { type: 'string' },
                'client-id': { type: 'string' },
                'tenant-id': { type: 'string' },
                shard: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const v = parsed.values;
    const format = (v.format ?? 'stylish');
    if (!FORMAT_NAMES.includes(format)) {
        throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got '${v.format}').`);
    }
    const failOn = (v['fail-on'] ?? 'error');
    if (!FAIL_ON.has(failOn))
        throw new UsageError(`--fail-on must be error, warn, info or never (got '${failOn}').`);
    let maxWarnings = -1;
    if (v['max-warnings'] !== undefined) {
        if (!/^\d+$/.test(v['max-warnings'])) {
            throw new UsageError(`--max-warnings must be a whole number (got '${v['max-warnings']}').`);
        }
        maxWarnings = Number(v['max-warnings']);
    }
    if (v.unresolved !== undefined && !LEVELS.has(v.unresolved)) {
        throw new UsageError(`--unresolved must be off, info, warn or error (got '${v.unresolved}').`);
    }
    const command = parsed.positionals[0] === 'merge' ? 'merge' : 'scan';
    const positionals = command === 'merge' ? parsed.positionals.slice(1) : parsed.positionals;
    let shard;
    if (v.shard !== undefined) {
        shard = parseShard(v.shard);
        if (!shard)
            throw new UsageError(`--shard must be ${SHARD_SYNTAX} (got '${v.shard}').`);
        if (v.live)
            throw new UsageError('--shard cannot be combined with --live: live scans are not sharded.');
        if (v['write-baseline'] || v['prune-baseline']) {
            throw new UsageError('--shard cannot be combined with --write-baseline or --prune-baseline: a shard sees only part of the findings (run them on hsmlint merge).');
        }
    }
    if (command === 'merge') {
        const scanOnly = [
            'config',
            'rule',
            'parameters',
            'unresolved',
            'explain-gaps',
            'live',
            'shard',
            ...LIVE_OPTION_NAMES,
        ].filter((name) => v[name] !== undefined);
        if (scanOnly.length > 0)
            throw new UsageError(`--${scanOnly[0]} does not apply to hsmlint merge, which reads results and scans nothing.`);
        if (positionals.length === 0 && !v.help)
            throw new UsageError('hsmlint merge needs the result files of the shards (hsmlint merge <results...>).');
    }
    let live;
    if (v.live) {
        try {
            live = parseLiveSettings((name) => {
                const value = v[name];
                if (Array.isArray(value))
                    return value.join(',');
                if (typeof value === 'boolean')
                    return String(value);
                return value;
            }, (name) => `--${name}`);
        }
        catch (error) {
            throw new UsageError(error.message);
        }
    }
    return {
        command,
        shard,
        live,
        pathsGiven: positionals.length > 0,
        paths: positionals.length || command === 'merge' ? positionals : v.live ? [] : ['.'],
        format,
        output: v.output,
        config: v.config,
        rules: v.rule ?? [],
        parameters: v.parameters ?? [],
        baseline: v.baseline ?? (v['write-baseline'] || v['prune-baseline'] ? 'hsmlint-baseline.json' : undefined),
        writeBaseline: v['write-baseline'] ?? false,
        pruneBaseline: v['prune-baseline'] ?? false,
        maxWarnings,
        failOn,
        unresolved: v.unresolved,
        explainGaps: v['explain-gaps'] ?? false,
        quiet: v.quiet ?? false,
        color: v['no-color'] ? false : v.color,
        help: v.help ?? false,
        version: v.version ?? false,
    };
}

;// CONCATENATED MODULE: ./src/merge.ts





/**
 * The result files named: files as given, folders searched (recursively, sorted) for `.json` and
 * `.sarif` files. Paths are relative to `cwd`.
 */
function expandResultPaths(paths, cwd) {
    const out = [];
    for (const given of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, given);
        let stats;
        try {
            stats = (0,external_node_fs_.statSync)(abs);
        }
        catch {
            throw new merge_MergeError(`No such result file or folder: ${given}.`);
        }
        if (!stats.isDirectory()) {
            out.push(abs);
            continue;
        }
        const found = (0,external_node_fs_.readdirSync)(abs, { recursive: true, encoding: 'utf8' })
            .filter((name) => /\.(json|sarif)$/i.test(name))
            .map((name) => (0,external_node_path_.join)(abs, name))
            .filter((file) => (0,external_node_fs_.lstatSync)(file).isFile())
            .sort();
        if (found.length === 0)
            throw new merge_MergeError(`The folder ${given} holds no .json or .sarif result files.`);
        out.push(...found);
    }
    return [...new Set(out)];
}
/**
 * Reads and merges the shards' results (absolute paths). All must be `json-with-metadata` documents or
 * all SARIF logs. Throws `MergeError` (or `ResultDocumentError`) with a message for people.
 */
function mergeResultFiles(files, cwd) {
    const name = (file) => (0,external_node_path_.relative)(cwd, file).split(external_node_path_.sep).join('/') || file;
    const documents = files.map((file) => {
        let data;
        try {
            data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            throw new merge_MergeError(`Cannot read ${name(file)}: ${error.message}`);
        }
        return { source: name(file), data };
    });
    const sarif = documents.filter((d) => isSarifLog(d.data));
    if (sarif.length > 0) {
        if (sarif.length !== documents.length) {
            throw new merge_MergeError('Give either SARIF logs or json-with-metadata results to merge, not both.');
        }
        return {
            kind: 'sarif',
            log: mergeSarifLogs(sarif.map((d) => ({ source: d.source, log: d.data }))),
        };
    }
    const results = documents.map((d) => {
        if (Array.isArray(d.data)) {
            throw new ResultDocumentError(`${d.source} is the json format, which lacks what a merge needs: write shard results with --format json-with-metadata.`);
        }
        return { source: d.source, result: readJsonWithMetadata(d.data, cwd, d.source) };
    });
    return { kind: 'result', result: mergeResults(results, cwd) };
}
const SARIF_SEVERITY = { error: 'error', warning: 'warn', note: 'info' };
/** The findings of a SARIF log as far as the exit policy needs them (level and whether suppressed). */
function exitFindingsOfSarif(log) {
    const out = [];
    for (const run of log.runs) {
        for (const result of run.results ?? []) {
            const severity = SARIF_SEVERITY[result.level ?? 'warning'];
            if (!severity)
                continue;
            const range = { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
            const finding = { ruleId: result.ruleId ?? '', message: '', severity, range };
            if (result.suppressions?.length)
                finding.suppressed = { kind: 'directive', reason: '', range };
            out.push(finding);
        }
    }
    return out;
}
/**
 * Result files matching globs relative to `cwd` (the Action's `shard-results`), sorted; a pattern
 * without glob characters names a file or folder as is. Never follows symbolic links.
 */
function globResultFiles(patterns, cwd) {
    const out = new Set();
    for (const pattern of patterns) {
        const posixPattern = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
        const { base, glob } = picomatch.scan(posixPattern);
        if (!picomatch.scan(posixPattern).isGlob) {
            for (const file of expandResultPaths([pattern], cwd))
                out.add(file);
            continue;
        }
        const root = resolve(cwd, base || '.');
        const match = picomatch(glob, { dot: true });
        let entries;
        try {
            entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
        }
        catch {
            continue;
        }
        for (const entry of entries.sort()) {
            const rel = entry.split(sep).join('/');
            if (!match(rel))
                continue;
            const file = join(root, entry);
            try {
                if (lstatSync(file).isFile())
                    out.add(file);
            }
            catch {
                // vanished or unreadable: not a result
            }
        }
    }
    if (out.size === 0)
        throw new MergeError(`No shard result files match ${patterns.join(', ')}.`);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/cli/main.ts















/** Runs the command line and returns the exit code; never throws. */
async function runCli(argv, io) {
    try {
        const args = parseCliArgs(argv);
        if (args.help) {
            io.stdout(`${HELP}\n`);
            return 0;
        }
        if (args.version) {
            io.stdout(`${product/* PRODUCT_VERSION */.vg}\n`);
            return 0;
        }
        if (args.command === 'merge')
            return runMerge(args, io);
        const startDir = dirnameIfFile((0,external_node_path_.resolve)(io.cwd, args.paths[0] ?? '.'));
        // ajv checks configuration (YAML loads on first use); a run without any is spared compiling it.
        if (args.config || args.rules.length > 0 || findConfigFile(startDir))
            await (0,libraries/* loadLibraries */.k5)();
        const config = loadConfig(registry, {
            configFile: args.config ? (0,external_node_path_.resolve)(io.cwd, args.config) : undefined,
            startDir,
            overrides: { rules: args.rules, unresolved: args.unresolved, explainGaps: args.explainGaps },
        });
        const external = args.live
            ? [await readLive(args.live, { log: (message) => io.stderr(`hsmlint: ${message}\n`) })]
            : undefined;
        const result = await scanAsync({
            external,
            paths: args.paths,
            cwd: io.cwd,
            config,
            registry: registry,
            now: io.now,
            parameterFiles: args.parameters,
            shard: args.shard,
        });
        if (result.missing.length > 0) {
            io.stderr(`hsmlint: no such file or folder: ${result.missing.join(', ')}\n`);
            return 2;
        }
        if (io.env.HSMLINT_DEBUG && result.triage)
            io.stderr(`hsmlint: triage decided ${result.triage.files} walk-found files before reading, ${result.triage.byWorker} of them skipped by a worker thread\n`);
        return report(args, io, result);
    }
    catch (error) {
        return failure(error, io);
    }
}
/** `hsmlint merge`: the report of the unsharded sweep, from its shards' results. */
function runMerge(args, io) {
    const merged = mergeResultFiles(expandResultPaths(args.paths, io.cwd), io.cwd);
    if (merged.kind === 'result')
        return report(args, io, merged.result);
    if (args.format !== 'sarif') {
        throw new UsageError(`SARIF shards merge into SARIF only (--format sarif); for --format ${args.format}, write the shards with --format json-with-metadata.`);
    }
    if (args.baseline)
        throw new UsageError('--baseline needs json-with-metadata shards, not SARIF.');
    write(args, io, `${JSON.stringify(merged.log, null, 2)}\n`);
    const decision = decideExit(exitFindingsOfSarif(merged.log), {
        failOn: args.failOn,
        maxWarnings: args.maxWarnings,
    });
    return decision.failed ? 1 : 0;
}
/** Baseline, report and exit code of a scan result (scanned or merged). */
function report(args, io, result) {
    if (args.baseline) {
        const file = (0,external_node_path_.resolve)(io.cwd, args.baseline);
        if (args.writeBaseline)
            writeBaseline(file, baselineOf(result.findings));
        const baseline = readBaseline(file);
        applyBaseline(result.findings, baseline, args.baseline);
        if (args.pruneBaseline)
            writeBaseline(file, pruneBaseline(baseline, result.findings));
    }
    const shown = args.quiet
        ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') }
        : result;
    const color = args.color ?? (io.isTTY && !io.env.NO_COLOR && !args.output);
    write(args, io, formatResult(args.format, shown, { color }));
    return decideExit(result.findings, { failOn: args.failOn, maxWarnings: args.maxWarnings }).failed ? 1 : 0;
}
function write(args, io, report) {
    if (args.output) {
        const target = (0,external_node_path_.resolve)(io.cwd, args.output);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, report.endsWith('\n') ? report : `${report}\n`);
    }
    else if (report) {
        io.stdout(report.endsWith('\n') ? report : `${report}\n`);
    }
}
function failure(error, io) {
    if (error instanceof merge_MergeError || error instanceof ResultDocumentError) {
        io.stderr(`hsmlint: ${error.message}\n`);
        return 2;
    }
    if (error instanceof UsageError) {
        io.stderr(`hsmlint: ${error.message}\nRun 'hsmlint --help' for usage.\n`);
        return 2;
    }
    if (error instanceof ConfigError) {
        io.stderr(`hsmlint: ${error.message}\n`);
        return 2;
    }
    const detail = io.env.HSMLINT_DEBUG ? `\n${error?.stack ?? ''}` : '';
    io.stderr(`hsmlint: internal error: ${error?.message ?? String(error)}${detail}\n`);
    return 2;
}
function dirnameIfFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile() ? (0,external_node_path_.dirname)(path) : path;
    }
    catch {
        return path;
    }
}


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ apiVersionAtLeast),
/* harmony export */   q: () => (/* binding */ apiVersionBefore)
/* harmony export */ });
/** The date part of an ARM api version (`2023-07-01` of `2023-07-01-preview`), or undefined. */
function dateOf(apiVersion) {
    return apiVersion === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/.exec(apiVersion)?.[0];
}
/** Whether an api version is at least `minimum`; an unknown version is read with the newest semantics. */
function apiVersionAtLeast(apiVersion, minimum) {
    const date = dateOf(apiVersion);
    return date === undefined ? true : date >= minimum;
}
/** Whether an api version is known to be older than `minimum`. */
function apiVersionBefore(apiVersion, minimum) {
    return !apiVersionAtLeast(apiVersion, minimum);
}


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ besideBundle),
/* harmony export */   k: () => (/* binding */ shippedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where a file shipped next to the bundle's chunks would be: the triage worker, `yaml.cjs`, the HCL
 * parser's WebAssembly (see scripts/package.mjs, which puts them beside every chunk). The URL is built at
 * run time so that the bundler leaves the file alone.
 */
function besideBundle(name) {
    return new URL(['.', name].join('/'), import.meta.url);
}
/** The path of a file shipped next to the bundle's chunks, or undefined when there is none (run from source). */
function shippedFile(name) {
    const url = besideBundle(name);
    return url.protocol === 'file:' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url)) ? (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url) : undefined;
}


/***/ }),

/***/ 7507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseDirective)
/* harmony export */ });
const DIRECTIVE = /^\s*(hsmlint-disable-next-line|hsmlint-disable-line|hsmlint-disable|hsmlint-enable)(?=\s|$)(.*)$/s;
/** Parses the text of one comment (without its delimiters); undefined when it is not a directive. */
function parseDirective(commentText, range) {
    const match = DIRECTIVE.exec(commentText.replace(/\*+\s*$/, ''));
    if (!match)
        return undefined;
    const kind = match[1].slice('hsmlint-'.length);
    const rest = match[2];
    const separator = rest.search(/\s--(\s|$)/);
    const rulesText = separator >= 0 ? rest.slice(0, separator) : rest;
    const reason = separator >= 0
        ? rest
            .slice(separator)
            .replace(/^\s*--/, '')
            .trim()
        : undefined;
    const rules = rulesText
        .split(/[,\s]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    const directive = { kind, rules, range };
    if (reason)
        directive.reason = reason;
    return directive;
}


/***/ }),

/***/ 6817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ createHash)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

/**
 * `crypto.createHash`, with node:crypto loaded on first use: loading it costs several milliseconds of
 * every start, and most runs hash nothing (templates without `guid()`, reports other than SARIF).
 */
function createHash(algorithm) {
    crypto ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return crypto.createHash(algorithm);
}
let crypto;


/***/ }),

/***/ 6466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ yamlLibrary),
/* harmony export */   jk: () => (/* binding */ ajvLibrary),
/* harmony export */   k5: () => (/* binding */ loadLibraries)
/* harmony export */ });
/* unused harmony export YAML_BUNDLE */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5135);


/**
 * YAML and ajv, which most runs never call (a run without configuration reads no YAML and validates
 * nothing), so they are not in the bundle's main chunk.
 * - ajv is a chunk of its own, imported by `loadLibraries()`: the entries call it when a configuration
 *   file or `--rule` is given.
 * - YAML is required on first use, from `yaml.cjs` next to the chunk that holds this code (see
 *   scripts/package.mjs). Configuration files, Bicep's `loadYamlContent()` and Terraform's `yamldecode()`
 *   need it in the middle of a synchronous evaluation, and most runs never do.
 */
const loaded = {};
/** The YAML library as one CommonJS file, written next to each bundle's main chunk. */
const YAML_BUNDLE = 'yaml.cjs';
/** Loads ajv, which `ajvLibrary()` then returns. */
async function loadLibraries() {
    loaded.ajv ??= commonJsExports(await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23)));
}
/** A CommonJS module's exports: bundled, `import()` may wrap them in a namespace as `default`. */
function commonJsExports(namespace) {
    const wrapped = namespace.default;
    return 'Ajv' in namespace || typeof wrapped !== 'function' ? namespace : wrapped;
}
function yamlLibrary() {
    return (loaded.yaml ??= requireYaml());
}
function ajvLibrary() {
    return (loaded.ajv ??= requireUnloaded('ajv'));
}
/** The bundled YAML file when there is one (the bundle), else the package (from source). */
function requireYaml() {
    const bundled = (0,_bundle_files_js__WEBPACK_IMPORTED_MODULE_1__/* .shippedFile */ .k)(YAML_BUNDLE);
    if (bundled)
        return (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)(bundled);
    return requireUnloaded('yaml');
}
/**
 * A library asked for before `loadLibraries()`: from source (tests, tsx) it is required from
 * node_modules. The bundle loads first wherever a library is used; the module name is built at run time
 * so that the bundler does not pull the library back into the main chunk.
 */
function requireUnloaded(name) {
    const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
    return load([name].join(''));
}


/***/ }),

/***/ 2909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ nodeValue),
/* harmony export */   e1: () => (/* binding */ objectNode),
/* harmony export */   iH: () => (/* binding */ jsonToNode),
/* harmony export */   qK: () => (/* binding */ entryRange)
/* harmony export */ });
/* unused harmony export toPlain */
function objectNode(range, entries = [], prov = {}) {
    const map = new Map();
    for (const entry of entries)
        map.set(entry.name.toLowerCase(), entry);
    return { kind: 'object', range, entries: map, ...prov };
}
/** Converts a node to plain data; unknown parts become undefined and are flagged. */
function toPlain(node) {
    let partial = false;
    const walk = (n) => {
        switch (n.kind) {
            case 'scalar':
                return n.value;
            case 'unknown':
                partial = true;
                return undefined;
            case 'array':
                return n.items.map(walk);
            case 'object': {
                const out = {};
                for (const entry of n.entries.values())
                    out[entry.name] = walk(entry.node);
                return out;
            }
        }
    };
    const value = walk(node);
    return { value, partial };
}
/**
 * The provenance of a value: a secure part makes the whole value secure (it is printed whole), and a
 * value built from a parameter default names the first such parameter found in it.
 */
function provenanceOf(node) {
    const prov = {};
    const visit = (n) => {
        if (n.secure)
            prov.secure = true;
        if (n.parameter !== undefined && prov.parameter === undefined)
            prov.parameter = n.parameter;
        if (n.kind === 'array')
            n.items.forEach(visit);
        else if (n.kind === 'object')
            for (const entry of n.entries.values())
                visit(entry.node);
    };
    visit(node);
    return prov;
}
/** The value of a node, with the range a finding should point at (key through value for properties). */
function nodeValue(node, range = node.range) {
    if (node.kind === 'unknown') {
        const v = { kind: 'unknown', expression: node.expression, range, ...provenanceOf(node) };
        if (node.reason)
            v.reason = node.reason;
        if (node.references)
            v.references = node.references;
        return v;
    }
    if (node.kind === 'scalar') {
        const v = { kind: 'known', value: node.value, range, ...provenanceOf(node) };
        if (node.references)
            v.references = node.references;
        return v;
    }
    const { value, partial } = toPlain(node);
    const v = { kind: 'known', value, range, ...provenanceOf(node) };
    if (partial)
        v.partial = true;
    return v;
}
function entryRange(entry) {
    return { file: entry.keyRange.file, start: entry.keyRange.start, end: entry.node.range.end };
}
/** Builds a property tree for plain data; every node gets the given range (of the expression or the source). */
function jsonToNode(value, range, prov = {}) {
    const base = { range, ...prov };
    if (Array.isArray(value))
        return { kind: 'array', items: value.map((v) => jsonToNode(v, range, prov)), ...base };
    if (value !== null && typeof value === 'object') {
        const entries = new Map();
        for (const [name, v] of Object.entries(value)) {
            entries.set(name.toLowerCase(), { name, keyRange: range, node: jsonToNode(v, range, prov) });
        }
        return { kind: 'object', entries, ...base };
    }
    // Plain data holds only JSON scalars; anything else (undefined, a function) reads as null.
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    return { kind: 'scalar', value: scalar, ...base };
}


/***/ }),

/***/ 4678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ PRODUCT_URL),
/* harmony export */   KR: () => (/* binding */ PRODUCT_NAME),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   vg: () => (/* binding */ PRODUCT_VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const PRODUCT_VERSION = '0.1.0';
const PRODUCT_NAME = 'hsmlint';
const PRODUCT_URL = 'https://github.com/hsmlint/hsmlint';
function ruleDocsUrl(ruleId) {
    return `${PRODUCT_URL}/blob/main/docs/rules/${ruleId}.md`;
}


/***/ }),

/***/ 12:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ compareRanges),
/* harmony export */   it: () => (/* binding */ pointRange),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   xV: () => (/* binding */ lineStartsOf)
/* harmony export */ });
/* unused harmony export rangeContains */
/**
 * The offset at which each line starts, for LF, CRLF and CR line ends. A text without carriage returns
 * (most) is searched with `indexOf` instead of a look at every character, and its lines are counted
 * first: an array grown line by line would allocate (and copy) several times its size.
 */
function lineStartsOf(text) {
    if (!text.includes('\r'))
        return lineFeedStarts(text);
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
function lineFeedStarts(text) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines++;
    const starts = new Array(lines);
    starts[0] = 0;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts[line++] = i + 1;
    return starts;
}
/** Maps string offsets to 1-based line/column positions with one pass over the text. */
class LineIndex {
    text;
    // Built on first use: a parser that tracks lines itself never needs it.
    starts;
    constructor(text) {
        this.text = text;
    }
    get lineStarts() {
        this.starts ??= lineStartsOf(this.text);
        return this.starts;
    }
    position(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    range(file, offset, length) {
        return { file, start: this.position(offset), end: this.position(offset + length) };
    }
    lineText(line) {
        const start = this.lineStarts[line - 1] ?? this.text.length;
        const next = this.lineStarts[line] ?? this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
function pointRange(file, line = 1, column = 1) {
    return { file, start: { line, column }, end: { line, column } };
}
function compareRanges(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.start.line - b.start.line || a.start.column - b.start.column;
}
function rangeContains(outer, inner) {
    if (outer.file !== inner.file)
        return false;
    const before = (p, q) => p.line < q.line || (p.line === q.line && p.column <= q.column);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}


/***/ }),

/***/ 1391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseResourceId),
/* harmony export */   X: () => (/* binding */ refKey)
/* harmony export */ });
/**
 * Parses a full (`/subscriptions/…/providers/NS/type/name[/child/name]`) or relative
 * (`NS/type/name`, as Bicep writes extension scopes) resource id. Names may contain expressions in
 * brackets, so splitting ignores slashes inside `[...]`.
 */
function parseResourceId(id) {
    const text = id.trim();
    const providersAt = text.toLowerCase().lastIndexOf('/providers/');
    const tail = providersAt >= 0 ? text.slice(providersAt + '/providers/'.length) : text.replace(/^\//, '');
    const segments = splitOutsideBrackets(tail);
    if (segments.length < 3 || !segments[0].includes('.'))
        return undefined;
    const [namespace, ...rest] = segments;
    if (rest.length % 2 !== 0)
        return undefined;
    const types = [];
    const names = [];
    for (let i = 0; i < rest.length; i += 2) {
        types.push(rest[i]);
        names.push(rest[i + 1]);
    }
    return { type: `${namespace}/${types.join('/')}`, name: names.join('/') };
}
function splitOutsideBrackets(text) {
    const out = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '[' || ch === '(')
            depth++;
        else if (ch === ']' || ch === ')')
            depth = Math.max(0, depth - 1);
        if (ch === '/' && depth === 0) {
            out.push(current);
            current = '';
        }
        else
            current += ch;
    }
    out.push(current);
    return out.filter((s) => s.length > 0);
}
/**
 * The key under which resources are matched by reference: lower-case type and name. Names that are
 * still expressions are compared without the white space outside their string literals, so
 * `[parameters( 'n' )]` and `[parameters('n')]` name the same resource.
 */
function refKey(ref) {
    const name = ref.name.startsWith('[') ? compactExpression(ref.name) : ref.name;
    return `${ref.type.toLowerCase()}|${name.toLowerCase()}`;
}
function compactExpression(text) {
    let out = '';
    let quoted = false;
    for (const ch of text) {
        if (ch === "'")
            quoted = !quoted;
        if (!quoted && /\s/.test(ch))
            continue;
        out += ch;
    }
    return out;
}


/***/ }),

/***/ 9060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FW: () => (/* binding */ Resource),
  QE: () => (/* binding */ TYPES)
});

// UNUSED EXPORTS: Element, SURFACES

// EXTERNAL MODULE: ./src/model/node.ts
var model_node = __nccwpck_require__(2909);
;// CONCATENATED MODULE: ./src/model/path.ts
const cache = new Map();
function parsePath(path) {
    const cached = cache.get(path);
    if (cached)
        return cached;
    const segments = [];
    const pattern = /([^.[\]]+)|\[(\d+)\]/g;
    for (const match of path.matchAll(pattern)) {
        if (match[2] !== undefined)
            segments.push(Number(match[2]));
        else
            segments.push(match[1].toLowerCase());
    }
    if (cache.size > 5000)
        cache.clear();
    cache.set(path, segments);
    return segments;
}
/** The canonical lower-case form of a path, used as the key of default tables. */
function normalizePath(path) {
    return parsePath(path)
        .map((s) => (typeof s === 'number' ? `[${s}]` : s))
        .join('.')
        .replace(/\.\[/g, '[');
}

;// CONCATENATED MODULE: ./src/model/resource.ts


const SURFACES = (/* unused pure expression or super */ null && (['arm', 'bicep', 'terraform', 'tfplan', 'live']));
/** A deployed (or deployable) resource in the canonical, ARM-shaped model. */
class Resource {
    key;
    type;
    apiVersion;
    name;
    surface;
    range;
    conditional;
    existing;
    symbol;
    parentKey;
    suppressions;
    loop;
    via;
    writtenNames;
    body;
    defaults;
    constructor(init) {
        this.key = init.key;
        this.type = init.type;
        this.apiVersion = init.apiVersion;
        this.name = init.name;
        this.surface = init.surface;
        this.range = init.range;
        this.conditional = init.conditional;
        this.existing = init.existing ?? false;
        this.symbol = init.symbol;
        this.parentKey = init.parentKey;
        this.suppressions = init.suppressions ?? [];
        this.loop = init.loop;
        this.via = init.via;
        this.writtenNames = init.writtenNames;
        this.body = init.body;
        this.defaults = init.defaults;
    }
    get file() {
        return this.range.file;
    }
    /** A property's name as its source writes it (see `ResourceInit.writtenNames`), or its canonical path. */
    nameOf(path) {
        return this.writtenNames?.get(path) ?? path;
    }
    /** The resource name for messages: the evaluated name, or the expression that builds it. */
    get displayName() {
        const n = this.name;
        if (n.kind === 'known' && typeof n.value === 'string')
            return n.secure ? '***' : n.value;
        if (n.kind === 'unknown')
            return n.expression;
        return this.symbol ?? this.type;
    }
    /** The type compared case-insensitively (`managedHSMs` and `managedHsms` are the same type). */
    isType(type) {
        return this.type.toLowerCase() === type.toLowerCase();
    }
    /**
     * Reads a property by a case-insensitive path. Omitted properties become the source's platform
     * default when one exists, else `absent`; anything below an unevaluable value is `unknown`.
     */
    get(path) {
        const segments = parsePath(path);
        let node = this.body;
        let range = this.body.range;
        // Where an omitted property is reported: the key of its nearest written ancestor.
        let anchor = { file: range.file, start: range.start, end: range.start };
        for (const segment of segments) {
            if (node.kind === 'unknown')
                return (0,model_node/* nodeValue */.E8)(node, range);
            if (typeof segment === 'number') {
                if (node.kind !== 'array' || segment >= node.items.length)
                    return this.missing(path, anchor, node);
                node = node.items[segment];
                range = node.range;
                anchor = { file: range.file, start: range.start, end: range.start };
                continue;
            }
            if (node.kind !== 'object')
                return this.missing(path, anchor, node);
            const entry = node.entries.get(segment);
            if (!entry && node.open) {
                const unknown = { kind: 'unknown', expression: path, range: anchor, reason: node.open.reason };
                if (node.open.references)
                    unknown.references = node.open.references;
                return unknown;
            }
            if (!entry)
                return this.missing(path, anchor, node);
            node = entry.node;
            range = (0,model_node/* entryRange */.qK)(entry);
            anchor = entry.keyRange;
        }
        return (0,model_node/* nodeValue */.E8)(node, range);
    }
    /** The elements of an array property, each readable with a relative path; empty unless known. */
    items(path) {
        const value = this.get(path);
        if (value.kind !== 'known' || !Array.isArray(value.value))
            return [];
        const base = normalizePath(path);
        return value.value.map((_, index) => new Element(this, `${base}[${index}]`));
    }
    missing(path, range, container) {
        const rule = this.defaults?.(normalizePath(path), this);
        const value = rule
            ? { kind: 'default', value: rule.value, range, why: rule.why }
            : { kind: 'absent', range };
        // An object that comes from a parameter default could have said otherwise.
        if (container.parameter !== undefined)
            value.parameter = container.parameter;
        return value;
    }
}
/** One element of an array property, read relative to itself. */
class Element {
    resource;
    path;
    constructor(resource, path) {
        this.resource = resource;
        this.path = path;
    }
    get value() {
        return this.resource.get(this.path);
    }
    get(relative) {
        return this.resource.get(relative ? `${this.path}.${relative}` : this.path);
    }
    items(relative) {
        return this.resource.items(`${this.path}.${relative}`);
    }
}
/** Canonical resource types the rules speak about. */
const TYPES = {
    managedHsm: 'Microsoft.KeyVault/managedHSMs',
    managedHsmKey: 'Microsoft.KeyVault/managedHSMs/keys',
    managedHsmPrivateEndpointConnection: 'Microsoft.KeyVault/managedHSMs/privateEndpointConnections',
    privateEndpoint: 'Microsoft.Network/privateEndpoints',
    diagnosticSetting: 'Microsoft.Insights/diagnosticSettings',
    roleAssignment: 'Microsoft.Authorization/roleAssignments',
    roleDefinition: 'Microsoft.Authorization/roleDefinitions',
    logAnalyticsWorkspace: 'Microsoft.OperationalInsights/workspaces',
    metricAlert: 'Microsoft.Insights/metricAlerts',
    sentinelOnboarding: 'Microsoft.SecurityInsights/onboardingStates',
    sentinelSolution: 'Microsoft.OperationsManagement/solutions',
    deployment: 'Microsoft.Resources/deployments',
    /** Managed HSM local RBAC (data plane): no ARM resource type; Terraform and live scans produce these. */
    localRoleAssignment: 'Microsoft.KeyVault/managedHSMs/roleAssignments',
    localRoleDefinition: 'Microsoft.KeyVault/managedHSMs/roleDefinitions',
    /** A PIM eligibility request (the recommended form of administrative role grants). */
    roleEligibilityScheduleRequest: 'Microsoft.Authorization/roleEligibilityScheduleRequests',
    /** Directory principals a Terraform configuration declares or looks up (azuread, azurerm identities). */
    entraGroup: 'Microsoft.Graph/groups',
    entraUser: 'Microsoft.Graph/users',
    entraServicePrincipal: 'Microsoft.Graph/servicePrincipals',
    entraApplication: 'Microsoft.Graph/applications',
    userAssignedIdentity: 'Microsoft.ManagedIdentity/userAssignedIdentities',
};


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   Q_: () => (/* binding */ equalsIgnoreCase),
/* harmony export */   h9: () => (/* binding */ displayPlain)
/* harmony export */ });
/* unused harmony exports isDecided, SECRET_MASK */
/** A value whose content is certain: written, evaluated or defaulted by the platform. */
function isDecided(v) {
    return v.kind === 'known' || v.kind === 'default';
}
const SECRET_MASK = '***';
/** Renders a value for a message, never revealing secure content. */
function displayValue(v) {
    switch (v.kind) {
        case 'known':
            if (v.secure)
                return SECRET_MASK;
            return displayPlain(v.value);
        case 'default':
            return displayPlain(v.value);
        case 'unknown':
            return v.expression;
        case 'absent':
            return '(not set)';
    }
}
function displayPlain(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '(not set)';
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
/** Case-insensitive string equality, the comparison ARM uses for names, types and enum values. */
function equalsIgnoreCase(a, b) {
    return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 4749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ armDefaultsFor)
/* harmony export */ });
/* harmony import */ var _model_api_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7184);

/**
 * Platform defaults of Managed HSM resources in ARM (and so in Bicep), from the REST specifications
 * (shared/research/rule-semantics.md §2.1, §2.2). Paths are lower-case.
 */
const MANAGED_HSM = {
    'properties.enablepurgeprotection': () => ({
        value: true,
        why: 'omitted; Resource Manager defaults enablePurgeProtection to true',
    }),
    'properties.enablesoftdelete': () => ({
        value: true,
        why: 'omitted; soft delete is always on for Managed HSM',
    }),
    'properties.softdeleteretentionindays': () => ({
        value: 90,
        why: 'omitted; Resource Manager defaults softDeleteRetentionInDays to 90',
    }),
    'properties.publicnetworkaccess': (r) => (0,_model_api_version_js__WEBPACK_IMPORTED_MODULE_0__/* .apiVersionAtLeast */ .N)(r.apiVersion, '2023-07-01')
        ? { value: 'Enabled', why: 'omitted; Resource Manager defaults publicNetworkAccess to Enabled' }
        : undefined,
    'properties.networkacls.defaultaction': (r) => ({
        value: 'Allow',
        why: r.get('properties.networkAcls').kind === 'absent'
            ? 'networkAcls omitted; the HSM then accepts traffic from all networks'
            : 'defaultAction omitted; the HSM then accepts traffic from all networks',
    }),
    'properties.networkacls.bypass': () => ({
        value: 'AzureServices',
        why: 'omitted; Resource Manager defaults bypass to AzureServices',
    }),
};
const MANAGED_HSM_KEY = {
    'properties.keysize': (r) => {
        const kty = r.get('properties.kty');
        if (kty.kind !== 'known' || typeof kty.value !== 'string' || !/^rsa(-hsm)?$/i.test(kty.value))
            return undefined;
        // Key exchange keys for bring-your-own-key (keyOps import) default to 4096 bits instead.
        const keyOps = r.get('properties.keyOps');
        if (keyOps.kind === 'unknown')
            return undefined;
        const imports = keyOps.kind === 'known' &&
            Array.isArray(keyOps.value) &&
            keyOps.value.some((op) => typeof op === 'string' && op.toLowerCase() === 'import');
        return imports
            ? { value: 4096, why: 'omitted; key exchange keys (keyOps import) default to 4096 bits' }
            : { value: 2048, why: 'omitted; RSA keys default to 2048 bits' };
    },
    'properties.curvename': (r) => {
        const kty = r.get('properties.kty');
        if (kty.kind === 'known' && typeof kty.value === 'string' && /^ec(-hsm)?$/i.test(kty.value)) {
            return { value: 'P-256', why: 'omitted; EC keys default to curve P-256' };
        }
        return undefined;
    },
};
const LOG_ANALYTICS_WORKSPACE = {
    'properties.retentionindays': () => ({
        value: 30,
        why: 'omitted; Log Analytics keeps data 30 days by default',
    }),
};
const TABLES = {
    'microsoft.operationalinsights/workspaces': LOG_ANALYTICS_WORKSPACE,
    'microsoft.keyvault/managedhsms': MANAGED_HSM,
    'microsoft.keyvault/managedhsms/keys': MANAGED_HSM_KEY,
};
function armDefaultsFor(type) {
    const table = TABLES[type.toLowerCase()];
    if (!table)
        return undefined;
    return (path, resource) => table[path]?.(resource);
}


/***/ }),

/***/ 3710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   Gw: () => (/* binding */ addDuration),
/* harmony export */   M8: () => (/* binding */ JSON_DATE_FORMAT),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   oy: () => (/* binding */ MONTH_NAMES),
/* harmony export */   yn: () => (/* binding */ DAY_NAMES)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7041);

/*
 * Date handling for utcNow(), dateTimeAdd() and the epoch functions: ISO 8601 timestamps and durations in,
 * .NET date format strings (invariant culture, UTC) out. JavaScript dates carry milliseconds, so fraction
 * digits past the third print as zeros.
 */
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
/** Invariant-culture patterns behind .NET's one-letter standard date formats. */
const STANDARD_FORMATS = {
    d: 'MM/dd/yyyy',
    D: 'dddd, dd MMMM yyyy',
    f: 'dddd, dd MMMM yyyy HH:mm',
    F: 'dddd, dd MMMM yyyy HH:mm:ss',
    g: 'MM/dd/yyyy HH:mm',
    G: 'MM/dd/yyyy HH:mm:ss',
    m: 'MMMM dd',
    M: 'MMMM dd',
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    t: 'HH:mm',
    T: 'HH:mm:ss',
    u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    U: 'dddd, dd MMMM yyyy HH:mm:ss',
    y: 'yyyy MMMM',
    Y: 'yyyy MMMM',
};
/** How a UTC date serializes into template JSON: round-trip form without trailing zero fractions. */
const JSON_DATE_FORMAT = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK";
/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the range of a .NET DateTime. */
const MIN_TIME = -62_135_596_800_000;
const MAX_TIME = 253_402_300_799_999;
function pad(value, width) {
    return String(value).padStart(width, '0');
}
/** `d`/`M` print a number, `dd`/`MM` a padded one, three letters an abbreviated name, four the full name. */
function numberOrName(count, value, name) {
    if (count === 1)
        return String(value);
    if (count === 2)
        return pad(value, 2);
    return count === 3 ? name.slice(0, 3) : name;
}
/** Formats a UTC date with a .NET standard or custom date format string. */
function formatDate(date, format) {
    if (format.length === 1) {
        const pattern = STANDARD_FORMATS[format];
        if (pattern === undefined)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`date format '${format}' is not supported`);
        return formatCustom(date, pattern);
    }
    return formatCustom(date, format);
}
function formatCustom(date, format) {
    let output = '';
    let index = 0;
    const fraction = pad(date.getUTCMilliseconds(), 3) + '0000';
    while (index < format.length) {
        const char = format[index];
        if (char === "'" || char === '"') {
            const close = format.indexOf(char, index + 1);
            if (close < 0)
                throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`unterminated quote in date format '${format}'`);
            output += format.slice(index + 1, close);
            index = close + 1;
            continue;
        }
        if (char === '\\') {
            if (index + 1 >= format.length)
                throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`date format '${format}' ends with '\\'`);
            output += format[index + 1];
            index += 2;
            continue;
        }
        if (char === '%') {
            index++;
            continue;
        }
        let count = 1;
        while (format[index + count] === char)
            count++;
        index += count;
        const hours = date.getUTCHours();
        switch (char) {
            case 'd':
                output += numberOrName(count, date.getUTCDate(), DAY_NAMES[date.getUTCDay()]);
                break;
            case 'f':
                if (count > 7)
                    throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`date format '${format}' has too many 'f' specifiers`);
                output += fraction.slice(0, count);
                break;
            case 'F': {
                if (count > 7)
                    throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`date format '${format}' has too many 'F' specifiers`);
                const digits = fraction.slice(0, count).replace(/0+$/, '');
                // An empty fraction also drops the period written just before it.
                if (digits === '' && output.endsWith('.'))
                    output = output.slice(0, -1);
                output += digits;
                break;
            }
            case 'g':
                output += 'A.D.';
                break;
            case 'h':
                output += count === 1 ? String(hours % 12 || 12) : pad(hours % 12 || 12, 2);
                break;
            case 'H':
                output += count === 1 ? String(hours) : pad(hours, 2);
                break;
            case 'K':
                output += 'Z';
                break;
            case 'm':
                output += count === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes(), 2);
                break;
            case 'M':
                output += numberOrName(count, date.getUTCMonth() + 1, MONTH_NAMES[date.getUTCMonth()]);
                break;
            case 's':
                output += count === 1 ? String(date.getUTCSeconds()) : pad(date.getUTCSeconds(), 2);
                break;
            case 't':
                output += count === 1 ? (hours < 12 ? 'A' : 'P') : hours < 12 ? 'AM' : 'PM';
                break;
            case 'y': {
                const year = date.getUTCFullYear();
                output += count === 1 ? String(year % 100) : count === 2 ? pad(year % 100, 2) : pad(year, count);
                break;
            }
            case 'z':
                output += count === 1 ? '+0' : count === 2 ? '+00' : '+00:00';
                break;
            default:
                output += char.repeat(count);
        }
    }
    return output;
}
const EXTENDED_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const BASIC_TIMESTAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Parses an ISO 8601 timestamp; a timestamp without a zone is taken as UTC. */
function parseTimestamp(text) {
    const match = EXTENDED_TIMESTAMP.exec(text.trim()) ?? BASIC_TIMESTAMP.exec(text.trim());
    if (!match)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`'${text}' is not an ISO 8601 timestamp`);
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
    const fields = [year, month, day, hour, minute, second].map(Number);
    const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
    // Date.UTC maps years 0-99 to 1900-1999, so the year is set separately.
    const check = new Date(Date.UTC(2000, fields[1] - 1, fields[2], fields[3], fields[4], fields[5], milliseconds));
    check.setUTCFullYear(fields[0]);
    const time = check.getTime();
    if (Number.isNaN(time) ||
        check.getUTCFullYear() !== fields[0] ||
        check.getUTCMonth() !== fields[1] - 1 ||
        check.getUTCDate() !== fields[2] ||
        fields[3] > 23 ||
        fields[4] > 59 ||
        fields[5] > 59)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`'${text}' is not a valid date and time`);
    let offsetMinutes = 0;
    if (zone.toUpperCase() !== 'Z') {
        const digits = zone.slice(1).replace(':', '');
        offsetMinutes =
            (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * (zone[0] === '-' ? -1 : 1);
    }
    return addDuration(new Date(time), -offsetMinutes * 60_000);
}
const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
/** Parses an ISO 8601 duration into milliseconds; as ARM documents, a year is 365 days and a month 30. */
function parseDuration(text) {
    const match = DURATION.exec(text.trim());
    if (!match || !/\d/.test(text) || /T$/i.test(text.trim()))
        throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj(`'${text}' is not an ISO 8601 duration`);
    const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
    const number = (part) => part === undefined ? 0 : Number(part.replace(',', '.'));
    const totalDays = number(years) * 365 + number(months) * 30 + number(weeks) * 7 + number(days);
    const total = ((totalDays * 24 + number(hours)) * 60 + number(minutes)) * 60_000 + number(seconds) * 1000;
    return sign ? -total : total;
}
function addDuration(date, milliseconds) {
    const time = date.getTime() + milliseconds;
    if (!Number.isFinite(time) || time < MIN_TIME || time > MAX_TIME)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj('the resulting date is outside the years 1 to 9999');
    return new Date(time);
}


/***/ }),

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O4: () => (/* reexport */ evaluateExpression),
  nh: () => (/* reexport */ evaluateTemplateString),
  BH: () => (/* reexport */ isExpression)
});

// UNUSED EXPORTS: ARM_GUID_NAMESPACE, DEFAULT_EVAL_LIMITS, MAX_PARSE_DEPTH, armGuid, armUniqueString, builtinFunctionNames, identityFromResourceId, murmurHash64, parseExpression, referenceFromResourceId, tokenize

// EXTERNAL MODULE: ./src/sources/arm/expressions/values.ts
var values = __nccwpck_require__(7041);
;// CONCATENATED MODULE: ./src/sources/arm/expressions/function-support.ts

const MANY = Number.POSITIVE_INFINITY;
function function_support_values(minArgs, maxArgs, apply) {
    return { kind: 'values', minArgs, maxArgs, apply };
}
function results(minArgs, maxArgs, apply) {
    return { kind: 'results', minArgs, maxArgs, apply };
}
function lazy(minArgs, maxArgs, apply) {
    return { kind: 'lazy', minArgs, maxArgs, apply };
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
function position(index) {
    return ORDINALS[index] ?? `argument ${index + 1}`;
}
function expectString(args, index) {
    const value = args[index];
    if (typeof value !== 'string')
        throw new values/* ExpressionError */.tj(`the ${position(index)} argument must be a string, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function expectInteger(args, index) {
    const value = args[index];
    if (!(0,values/* isInteger */.Fq)(value))
        throw new values/* ExpressionError */.tj(`the ${position(index)} argument must be an int, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function expectBoolean(args, index) {
    const value = args[index];
    if (typeof value !== 'boolean')
        throw new values/* ExpressionError */.tj(`the ${position(index)} argument must be a bool, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function expectArray(args, index) {
    const value = args[index];
    if (!Array.isArray(value))
        throw new values/* ExpressionError */.tj(`the ${position(index)} argument must be an array, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function expectObject(args, index) {
    const value = args[index];
    if (!(0,values/* isJsonObject */.OW)(value))
        throw new values/* ExpressionError */.tj(`the ${position(index)} argument must be an object, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function expectStrings(args) {
    return args.map((_, index) => expectString(args, index));
}
function expectStringElements(items) {
    return items.map((item) => {
        if (typeof item !== 'string')
            throw new values/* ExpressionError */.tj(`every element must be a string, not ${(0,values/* typeName */.go)(item)}`);
        return item;
    });
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/collection-functions.ts


/** ARM's range() refuses more than this many integers. */
const MAX_RANGE_COUNT = 10_000;
const INT32_MAX = 2_147_483_647;
function concat(args, call) {
    if (args.every((arg) => Array.isArray(arg))) {
        const arrays = args;
        call.checkLength(arrays.reduce((sum, array) => sum + array.length, 0), 'elements');
        return arrays.flat(1);
    }
    const parts = args.map((arg) => {
        if (arg !== null && typeof arg === 'object')
            throw new values/* ExpressionError */.tj(`cannot concatenate ${(0,values/* typeName */.go)(arg)} with strings (arrays join only with arrays)`);
        return (0,values/* scalarText */.ws)(arg);
    });
    call.checkLength(parts.reduce((sum, part) => sum + part.length, 0), 'characters');
    return parts.join('');
}
/** `flatten([[1, 2], [3]])` is `[1, 2, 3]`: one level, and every element must be an array. */
function flatten(args, call) {
    const arrays = expectArray(args, 0);
    for (const item of arrays) {
        if (!Array.isArray(item))
            throw new values/* ExpressionError */.tj(`every element must be an array, not ${(0,values/* typeName */.go)(item)}`);
    }
    const nested = arrays;
    call.checkLength(nested.reduce((sum, array) => sum + array.length, 0), 'elements');
    return nested.flat(1);
}
function contains(args, call) {
    const [container, item] = args;
    if ((0,values/* isJsonObject */.OW)(container)) {
        if (typeof item !== 'string')
            throw new values/* ExpressionError */.tj(`an object key must be a string, not ${(0,values/* typeName */.go)(item)}`);
        return (0,values/* findPropertyKey */.eL)(container, item) !== undefined;
    }
    if (Array.isArray(container)) {
        call.charge(container.length);
        return container.some((element) => (0,values/* deepEqual */.bD)(element, item, call));
    }
    if (typeof container === 'string') {
        if (item !== null && typeof item === 'object')
            throw new values/* ExpressionError */.tj(`cannot look for ${(0,values/* typeName */.go)(item)} in a string`);
        // Documented as case-sensitive for strings (only object keys ignore case).
        return container.includes((0,values/* scalarText */.ws)(item));
    }
    throw new values/* ExpressionError */.tj(`the container must be an array, an object or a string, not ${(0,values/* typeName */.go)(container)}`);
}
function createObject(args, call) {
    if (args.length % 2 !== 0)
        throw new values/* ExpressionError */.tj('expects an even number of arguments (key, value pairs)');
    call.checkLength(args.length / 2, 'keys');
    const result = {};
    for (let index = 0; index < args.length; index += 2) {
        const key = expectString(args, index);
        if (Object.hasOwn(result, key))
            throw new values/* ExpressionError */.tj(`the key '${key}' appears more than once`);
        (0,values/* setProperty */.oq)(result, key, args[index + 1]);
    }
    return result;
}
function empty(value) {
    if (value === null)
        return true;
    if (Array.isArray(value) || typeof value === 'string')
        return value.length === 0;
    if ((0,values/* isJsonObject */.OW)(value))
        return Object.keys(value).length === 0;
    throw new values/* ExpressionError */.tj(`cannot test ${(0,values/* typeName */.go)(value)} for emptiness`);
}
function collection_functions_length(value) {
    if (value === null)
        return 0;
    if (Array.isArray(value) || typeof value === 'string')
        return value.length;
    if ((0,values/* isJsonObject */.OW)(value))
        return Object.keys(value).length;
    throw new values/* ExpressionError */.tj(`${(0,values/* typeName */.go)(value)} has no length`);
}
function end(which) {
    return function_support_values(1, 1, ([value]) => {
        if (value === null)
            return null;
        if (Array.isArray(value))
            return (which === 'first' ? value[0] : value[value.length - 1]) ?? null;
        if (typeof value === 'string')
            return which === 'first' ? value.slice(0, 1) : value.slice(-1);
        throw new values/* ExpressionError */.tj(`the argument must be an array or a string, not ${(0,values/* typeName */.go)(value)}`);
    });
}
function collection_functions_position(which) {
    return function_support_values(2, 2, (args, call) => {
        const [container, item] = args;
        if (container === null)
            return -1;
        if (Array.isArray(container)) {
            call.charge(container.length);
            const matches = (element) => (0,values/* deepEqual */.bD)(element, item, call);
            return which === 'first' ? container.findIndex(matches) : container.findLastIndex(matches);
        }
        const text = expectString(args, 0).toLowerCase();
        // ARM finds text case-insensitively here.
        const wanted = expectString(args, 1).toLowerCase();
        return which === 'first' ? text.indexOf(wanted) : text.lastIndexOf(wanted);
    });
}
function slice(which) {
    return function_support_values(2, 2, (args) => {
        const [value] = args;
        const count = Math.max(0, expectInteger(args, 1));
        if (value === null)
            return null;
        if (!Array.isArray(value) && typeof value !== 'string')
            throw new values/* ExpressionError */.tj(`the first argument must be an array or a string, not ${(0,values/* typeName */.go)(value)}`);
        return which === 'take' ? value.slice(0, count) : value.slice(count);
    });
}
function sameKind(args) {
    if (args.every((arg) => Array.isArray(arg)))
        return 'array';
    if (args.every((arg) => (0,values/* isJsonObject */.OW)(arg)))
        return 'object';
    throw new values/* ExpressionError */.tj('every argument must be an array, or every argument an object');
}
/** Objects merge deeply (nested objects merge, anything else is replaced), matching keys case-insensitively. */
function mergeObjects(target, patch, call, depth) {
    if (depth > values/* MAX_VALUE_DEPTH */.Ht)
        throw new values/* ExpressionError */.tj(`the value nests deeper than ${values/* MAX_VALUE_DEPTH */.Ht} levels`);
    const result = {};
    for (const key of Object.keys(target))
        (0,values/* setProperty */.oq)(result, key, target[key]);
    for (const key of Object.keys(patch)) {
        call.charge(1);
        const existingKey = (0,values/* findPropertyKey */.eL)(result, key);
        const existing = existingKey === undefined ? undefined : result[existingKey];
        const incoming = patch[key];
        const merged = (0,values/* isJsonObject */.OW)(existing) && (0,values/* isJsonObject */.OW)(incoming)
            ? mergeObjects(existing, incoming, call, depth + 1)
            : incoming;
        (0,values/* setProperty */.oq)(result, existingKey ?? key, merged);
    }
    call.checkLength(Object.keys(result).length, 'keys');
    return result;
}
function union(args, call) {
    if (sameKind(args) === 'object') {
        return args.reduce((merged, next) => mergeObjects(merged, next, call, 0), {});
    }
    const seen = new Set();
    const result = [];
    for (const array of args) {
        for (const item of array) {
            const key = (0,values/* canonicalKey */.yk)(item, call, call.limits.maxOutputLength);
            if (seen.has(key))
                continue;
            seen.add(key);
            result.push(item);
        }
    }
    call.checkLength(result.length, 'elements');
    return result;
}
function intersection(args, call) {
    if (sameKind(args) === 'object') {
        const [first, ...rest] = args;
        const result = {};
        for (const key of Object.keys(first)) {
            const inAll = rest.every((other) => Object.hasOwn(other, key) && (0,values/* deepEqual */.bD)(other[key], first[key], call));
            if (inAll)
                (0,values/* setProperty */.oq)(result, key, first[key]);
        }
        return result;
    }
    const [first, ...rest] = args;
    const keysOf = (array) => new Set(array.map((item) => (0,values/* canonicalKey */.yk)(item, call, call.limits.maxOutputLength)));
    const others = rest.map(keysOf);
    const seen = new Set();
    const result = [];
    for (const item of first) {
        const key = (0,values/* canonicalKey */.yk)(item, call, call.limits.maxOutputLength);
        if (seen.has(key) || !others.every((set) => set.has(key)))
            continue;
        seen.add(key);
        result.push(item);
    }
    return result;
}
function items(args, call) {
    const object = expectObject(args, 0);
    const keys = Object.keys(object);
    call.checkLength(keys.length, 'elements');
    // ARM lists the entries sorted by key, ignoring case.
    const sorted = [...keys].sort((left, right) => {
        const a = left.toUpperCase();
        const b = right.toUpperCase();
        return a < b ? -1 : a > b ? 1 : 0;
    });
    return sorted.map((key) => {
        const entry = {};
        (0,values/* setProperty */.oq)(entry, 'key', key);
        (0,values/* setProperty */.oq)(entry, 'value', object[key]);
        return entry;
    });
}
function range(args, call) {
    const start = expectInteger(args, 0);
    const count = expectInteger(args, 1);
    if (count < 0 || count > MAX_RANGE_COUNT)
        throw new values/* ExpressionError */.tj(`the count ${count} must be between 0 and ${MAX_RANGE_COUNT}`);
    if (start + count - 1 > INT32_MAX)
        throw new values/* ExpressionError */.tj('the range goes past the largest 32-bit integer');
    call.checkLength(count, 'elements');
    return Array.from({ length: count }, (_, index) => start + index);
}
/** Looks up a key or an index, giving null where ordinary access would fail. */
function tryGet(args) {
    let current = args[0];
    for (const key of args.slice(1)) {
        if (typeof key !== 'string' && !(0,values/* isInteger */.Fq)(key))
            throw new values/* ExpressionError */.tj(`a key must be a string or an int, not ${(0,values/* typeName */.go)(key)}`);
        if ((0,values/* isJsonObject */.OW)(current) && typeof key === 'string') {
            const found = (0,values/* findPropertyKey */.eL)(current, key);
            current = found === undefined ? null : ((0,values/* ownValue */.eC)(current, found) ?? null);
        }
        else if (Array.isArray(current) && (0,values/* isInteger */.Fq)(key)) {
            current = key >= 0 && key < current.length ? current[key] : null;
        }
        else {
            return null;
        }
    }
    return current;
}
function shallowMerge(args, call) {
    const objects = expectArray(args, 0);
    const result = {};
    for (const object of objects) {
        if (!(0,values/* isJsonObject */.OW)(object))
            throw new values/* ExpressionError */.tj(`every element must be an object, not ${(0,values/* typeName */.go)(object)}`);
        for (const key of Object.keys(object)) {
            call.charge(1);
            (0,values/* setProperty */.oq)(result, (0,values/* findPropertyKey */.eL)(result, key) ?? key, object[key]);
        }
    }
    call.checkLength(Object.keys(result).length, 'keys');
    return result;
}
const collectionFunctions = {
    array: function_support_values(1, 1, ([value]) => (Array.isArray(value) ? value : [value])),
    createArray: function_support_values(0, MANY, (args, call) => {
        call.checkLength(args.length, 'elements');
        return args;
    }),
    createObject: function_support_values(0, MANY, createObject),
    concat: function_support_values(1, MANY, concat),
    flatten: function_support_values(1, 1, flatten),
    contains: function_support_values(2, 2, contains),
    empty: function_support_values(1, 1, ([value]) => empty(value)),
    length: function_support_values(1, 1, ([value]) => collection_functions_length(value)),
    first: end('first'),
    last: end('last'),
    indexOf: collection_functions_position('first'),
    lastIndexOf: collection_functions_position('last'),
    take: slice('take'),
    skip: slice('skip'),
    union: function_support_values(2, MANY, union),
    intersection: function_support_values(2, MANY, intersection),
    items: function_support_values(1, 1, items),
    objectKeys: function_support_values(1, 1, (args, call) => {
        const keys = Object.keys(expectObject(args, 0));
        call.checkLength(keys.length, 'elements');
        return keys;
    }),
    range: function_support_values(2, 2, range),
    tryGet: function_support_values(2, MANY, tryGet),
    shallowMerge: function_support_values(1, 1, shallowMerge),
};

// EXTERNAL MODULE: ./src/sources/arm/expressions/datetime.ts
var datetime = __nccwpck_require__(3710);
;// CONCATENATED MODULE: ./src/sources/arm/expressions/date-functions.ts



/** utcNow()'s format when none is given (documented as ISO 8601 basic form). */
const UTC_NOW_DEFAULT_FORMAT = 'yyyyMMddTHHmmssZ';
const dateFunctions = {
    utcNow: function_support_values(0, 1, (args, call) => {
        if (Number.isNaN(call.scope.now.getTime()))
            throw new values/* ExpressionError */.tj('the clock is not set');
        return (0,datetime/* formatDate */.Yq)(call.scope.now, args.length > 0 ? expectString(args, 0) : UTC_NOW_DEFAULT_FORMAT);
    }),
    // Without a format the result is the date as template JSON carries it (e.g. 2024-01-01T00:00:00Z).
    dateTimeAdd: function_support_values(2, 3, (args) => {
        const result = (0,datetime/* addDuration */.Gw)((0,datetime/* parseTimestamp */.EH)(expectString(args, 0)), (0,datetime/* parseDuration */.E9)(expectString(args, 1)));
        return (0,datetime/* formatDate */.Yq)(result, args.length > 2 ? expectString(args, 2) : datetime/* JSON_DATE_FORMAT */.M8);
    }),
    dateTimeFromEpoch: function_support_values(1, 1, (args) => (0,datetime/* formatDate */.Yq)((0,datetime/* addDuration */.Gw)(new Date(0), expectInteger(args, 0) * 1000), datetime/* JSON_DATE_FORMAT */.M8)),
    dateTimeToEpoch: function_support_values(1, 1, (args) => Math.floor((0,datetime/* parseTimestamp */.EH)(expectString(args, 0)).getTime() / 1000)),
};

;// CONCATENATED MODULE: ./src/sources/arm/expressions/result.ts
const DEFAULT_EVAL_LIMITS = {
    maxDepth: 64,
    maxSteps: 100_000,
    maxOutputLength: 1_000_000,
};
function known(value) {
    return { kind: 'known', value };
}
function unknown(reason, references) {
    return references && references.length > 0
        ? { kind: 'unknown', reason, references: [...new Set(references)] }
        : { kind: 'unknown', reason };
}
/** Tracks the provenance of every input a result was derived from. */
class ProvenanceTracker {
    secure = false;
    parameter;
    absorb(result) {
        if (result.secure)
            this.secure = true;
        if (result.parameter !== undefined && this.parameter === undefined)
            this.parameter = result.parameter;
    }
    apply(result) {
        const secure = this.secure || result.secure === true;
        if (result.kind === 'unknown') {
            const { secure: _ignored, parameter: ownParameter, ...rest } = result;
            const out = secure ? { ...rest, secure: true } : rest;
            const parameter = ownParameter ?? this.parameter;
            if (parameter !== undefined)
                out.parameter = parameter;
            return out;
        }
        const parameter = result.parameter ?? this.parameter;
        const output = { kind: 'known', value: result.value };
        if (secure)
            output.secure = true;
        if (parameter !== undefined)
            output.parameter = parameter;
        return output;
    }
}
/** The unknown that several unknown inputs produce: the first one's reason, every reference. */
function combineUnknowns(results) {
    return unknown(results[0].reason, results.flatMap((result) => result.references ?? []));
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/resource-id.ts
/** How many name segments a fully qualified type needs: one per type segment after the provider namespace. */
function nameSegmentCount(type) {
    return type.split('/').length - 1;
}
function splitNames(names) {
    return names.flatMap((name) => name.split('/'));
}
/**
 * The identity the resource graph links by: the type followed by the full name, as a template declares them
 * (`Microsoft.KeyVault/managedHSMs/keys/hsm/key1` for type `.../keys` and name `hsm/key1`).
 */
function referenceOf(identity) {
    return `${identity.type}/${identity.names.join('/')}`;
}
/** `providers/Ns/t1/n1/t2/n2` for type `Ns/t1/t2` and names `[n1, n2]`; undefined when the counts disagree. */
function providerPath(identity) {
    const [namespace, ...types] = identity.type.split('/');
    const names = splitNames(identity.names);
    if (!namespace || types.length === 0 || types.length !== names.length)
        return undefined;
    return ['providers', namespace, ...types.flatMap((type, index) => [type, names[index]])].join('/');
}
/**
 * The type and name a resource id points at, from its last `/providers/` segment (so an extension resource
 * yields the extension, not its parent). Undefined for text that is not a provider resource id.
 */
function identityFromResourceId(id) {
    if (!id.startsWith('/'))
        return undefined;
    const segments = id.split('/').slice(1);
    let providers = -1;
    for (let index = segments.length - 1; index >= 0; index--) {
        if (segments[index].toLowerCase() === 'providers') {
            providers = index;
            break;
        }
    }
    if (providers < 0)
        return undefined;
    const [namespace, ...rest] = segments.slice(providers + 1);
    if (!namespace || rest.length < 2 || rest.length % 2 !== 0 || rest.some((segment) => segment === ''))
        return undefined;
    const types = [];
    const names = [];
    for (let index = 0; index < rest.length; index += 2) {
        types.push(rest[index]);
        names.push(rest[index + 1]);
    }
    return { type: [namespace, ...types].join('/'), names };
}
/** The graph reference for a resource id, when the text is one. */
function referenceFromResourceId(id) {
    const identity = identityFromResourceId(id);
    return identity ? referenceOf(identity) : undefined;
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/deployment-functions.ts




function lookupByName(kind) {
    return lazy(1, 1, (call) => {
        const name = call.evaluate(call.args[0]);
        if (name.kind === 'unknown')
            return name;
        if (typeof name.value !== 'string')
            throw new values/* ExpressionError */.tj(`the ${kind} name must be a string, not ${(0,values/* typeName */.go)(name.value)}`);
        const found = kind === 'parameter' ? call.scope.parameter(name.value) : call.scope.variable(name.value);
        return found ?? unknown(`${kind} '${name.value}' is not declared`);
    });
}
function copyIndex(args, call) {
    let loopName;
    let offset = 0;
    if (args.length === 2) {
        loopName = expectString(args, 0);
        offset = expectInteger(args, 1);
    }
    else if (args.length === 1) {
        if (typeof args[0] === 'string')
            loopName = args[0];
        else
            offset = expectInteger(args, 0);
    }
    const index = call.scope.copyIndex(loopName);
    if (index === undefined)
        throw new values/* ExpressionError */.tj(loopName === undefined ? 'used outside a copy loop' : `copy loop '${loopName}' is not active`);
    return index + offset;
}
function contextObject(name, pick) {
    return lazy(0, 0, (call) => {
        const value = pick(call);
        return value === undefined ? unknown(`${name}() is not known before deployment`) : known(value);
    });
}
/** The graph references an argument carries: its own, when unknown, or the resource id it holds. */
function referencesOf(result) {
    if (result.kind === 'unknown')
        return result.references ?? [];
    if (typeof result.value !== 'string')
        return [];
    const reference = referenceFromResourceId(result.value);
    return reference === undefined ? [] : [reference];
}
/** reference(), list*() and the like: known only to the deployment, yet they still name the resource they read. */
function deploymentTime(minArgs) {
    return results(minArgs, MANY, (args, call) => {
        const reason = `${call.name}() is resolved at deployment time`;
        return unknown(reason, args.length > 0 ? referencesOf(args[0]) : []);
    });
}
function scopeText(object, key) {
    if (!(0,values/* isJsonObject */.OW)(object))
        return undefined;
    const found = (0,values/* findPropertyKey */.eL)(object, key);
    const value = found === undefined ? undefined : object[found];
    return typeof value === 'string' ? value : undefined;
}
/** `[parameters('x')]` for an argument written `parameters('x')`. */
function expressionText(call, index) {
    const source = call.args[index] && call.sourceOf(call.args[index]);
    return source === undefined ? undefined : `[${source.trim()}]`;
}
/** Where the resource type may sit: after how many optional leading scope arguments. */
const TYPE_POSITIONS = {
    resourceGroup: [0, 1, 2],
    subscription: [0, 1],
    tenant: [0],
    extension: [1],
    managementGroup: [0, 1],
};
function buildResourceId(scope, args, call) {
    const texts = args.map((arg) => {
        if (arg.kind === 'unknown')
            return undefined;
        if (typeof arg.value !== 'string')
            throw new values/* ExpressionError */.tj(`every argument must be a string, not ${(0,values/* typeName */.go)(arg.value)}`);
        return arg.value;
    });
    const unknownArgs = args.filter((arg) => arg.kind === 'unknown');
    const positions = TYPE_POSITIONS[scope];
    // As ARM does, the type is found by matching its segment count against the names that follow it.
    const fits = (position) => {
        const type = texts[position];
        const names = texts.slice(position + 1);
        if (type === undefined || !type.includes('/') || names.length === 0)
            return false;
        const segments = names.reduce((sum, name) => sum + (name === undefined ? 1 : name.split('/').length), 0);
        return segments === nameSegmentCount(type);
    };
    const typeIndex = positions.find(fits);
    if (typeIndex === undefined) {
        if (unknownArgs.length > 0)
            return combineUnknowns(unknownArgs);
        const typeLike = positions.find((position) => texts[position]?.includes('/'));
        if (typeLike === undefined)
            throw new values/* ExpressionError */.tj('no argument is a resource type such as Microsoft.KeyVault/managedHSMs');
        const type = texts[typeLike];
        throw new values/* ExpressionError */.tj(`type '${type}' needs ${nameSegmentCount(type)} name segment(s) after it`);
    }
    const type = texts[typeIndex];
    const names = texts.slice(typeIndex + 1);
    const leading = texts.slice(0, typeIndex);
    // A name that cannot be evaluated is named by its expression text, so that a resource whose name is
    // written with the same expression can still be linked to it.
    const nameTexts = names.map((name, i) => name ?? expressionText(call, typeIndex + 1 + i));
    const references = nameTexts.every((name) => name !== undefined)
        ? [referenceOf({ type, names: nameTexts })]
        : [];
    const notYetKnown = (reason) => unknown(reason, [...references, ...unknownArgs.flatMap((arg) => arg.references ?? [])]);
    if (unknownArgs.length > 0)
        return notYetKnown(unknownArgs[0].reason);
    const path = providerPath({ type, names: names });
    const subscriptionId = () => leading.length === (scope === 'resourceGroup' ? 2 : 1)
        ? leading[0]
        : scopeText(call.scope.subscription, 'subscriptionId');
    switch (scope) {
        case 'resourceGroup': {
            const subscription = subscriptionId();
            const group = leading.length >= 1 ? leading[leading.length - 1] : scopeText(call.scope.resourceGroup, 'name');
            if (subscription === undefined)
                return notYetKnown('the subscription is not known before deployment');
            if (group === undefined)
                return notYetKnown('the resource group is not known before deployment');
            return known(`/subscriptions/${subscription}/resourceGroups/${group}/${path}`);
        }
        case 'subscription': {
            const subscription = subscriptionId();
            if (subscription === undefined)
                return notYetKnown('the subscription is not known before deployment');
            return known(`/subscriptions/${subscription}/${path}`);
        }
        case 'tenant':
            return known(`/${path}`);
        case 'extension':
            return known(`${leading[0].replace(/\/+$/, '')}/${path}`);
        case 'managementGroup': {
            const group = leading[0];
            if (group === undefined)
                return notYetKnown('the management group is not known before deployment');
            const prefix = group.startsWith('/')
                ? group.replace(/\/+$/, '')
                : `/providers/Microsoft.Management/managementGroups/${group}`;
            return known(`${prefix}/${path}`);
        }
    }
}
function resourceIdFunction(scope) {
    return results(scope === 'extension' ? 3 : 2, MANY, (args, call) => buildResourceId(scope, args, call));
}
const deploymentFunctions = {
    parameters: lookupByName('parameter'),
    variables: lookupByName('variable'),
    copyIndex: function_support_values(0, 2, copyIndex),
    resourceGroup: contextObject('resourceGroup', (call) => call.scope.resourceGroup),
    subscription: contextObject('subscription', (call) => call.scope.subscription),
    tenant: contextObject('tenant', (call) => call.scope.tenant),
    deployment: contextObject('deployment', (call) => call.scope.deployment),
    environment: contextObject('environment', (call) => call.scope.environment),
    managementGroup: contextObject('managementGroup', () => undefined),
    deployer: lazy(0, 0, () => unknown('deployer() is resolved at deployment time', ['deployer()'])),
    reference: deploymentTime(1),
    pickZones: deploymentTime(3),
    providers: deploymentTime(1),
    newGuid: lazy(0, 0, () => unknown('newGuid() returns a new value on every deployment')),
    resourceId: resourceIdFunction('resourceGroup'),
    subscriptionResourceId: resourceIdFunction('subscription'),
    tenantResourceId: resourceIdFunction('tenant'),
    extensionResourceId: resourceIdFunction('extension'),
    managementGroupResourceId: resourceIdFunction('managementGroup'),
};
/** Every list*() function (listKeys, listSecrets, ...) reads the resource at deployment time. */
const listFunction = deploymentTime(1);

;// CONCATENATED MODULE: ./src/sources/arm/expressions/lambda-functions.ts



/** Reads `lambda('a', 'b', body)` without evaluating it; the body runs once per element. */
function readLambda(expr, minParameters, maxParameters) {
    if (expr.kind !== 'call' || expr.namespace !== undefined || expr.name.toLowerCase() !== 'lambda')
        throw new values/* ExpressionError */.tj('expects a lambda(...) argument');
    const body = expr.args[expr.args.length - 1];
    const parameters = expr.args.slice(0, -1).map((parameter) => {
        if (parameter.kind !== 'string')
            throw new values/* ExpressionError */.tj('lambda parameter names must be string literals');
        return parameter.value;
    });
    if (body === undefined || parameters.length < minParameters || parameters.length > maxParameters) {
        const expected = minParameters === maxParameters ? `${minParameters}` : `${minParameters} or ${maxParameters}`;
        throw new values/* ExpressionError */.tj(`the lambda must take ${expected} parameter(s)`);
    }
    return { parameters, body };
}
function invoke(call, lambda, args) {
    call.charge(1);
    const bindings = new Map();
    lambda.parameters.forEach((parameter, index) => bindings.set(parameter, args[index]));
    return call.evaluateLambdaBody(lambda.body, bindings);
}
/** Thrown to stop a lambda loop at the first unknown element result. */
class UnknownElement {
    result;
    constructor(result) {
        this.result = result;
    }
}
function lambda_functions_valueOf(result) {
    if (result.kind === 'unknown')
        throw new UnknownElement(result);
    return result.value;
}
function booleanOf(result) {
    const value = lambda_functions_valueOf(result);
    if (typeof value !== 'boolean')
        throw new values/* ExpressionError */.tj(`the lambda must return a bool, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
function keyOf(result) {
    const value = lambda_functions_valueOf(result);
    if (typeof value !== 'string')
        throw new values/* ExpressionError */.tj(`the key lambda must return a string, not ${(0,values/* typeName */.go)(value)}`);
    return value;
}
/** Evaluates the collection argument, then runs `body`; an unknown input or element result makes it all unknown. */
function withCollection(call, check, expected, body) {
    const input = call.evaluate(call.args[0]);
    if (input.kind === 'unknown')
        return input;
    if (!check(input.value))
        throw new values/* ExpressionError */.tj(`the first argument must be ${expected}, not ${(0,values/* typeName */.go)(input.value)}`);
    try {
        return known(body(input.value));
    }
    catch (error) {
        if (error instanceof UnknownElement)
            return error.result;
        throw error;
    }
}
const isArray = (value) => Array.isArray(value);
function filter(call) {
    const lambda = readLambda(call.args[1], 1, 2);
    return withCollection(call, isArray, 'an array', (items) => items.filter((item, index) => booleanOf(invoke(call, lambda, [item, index]))));
}
function map(call) {
    const lambda = readLambda(call.args[1], 1, 2);
    return withCollection(call, isArray, 'an array', (items) => {
        call.checkLength(items.length, 'elements');
        return items.map((item, index) => lambda_functions_valueOf(invoke(call, lambda, [item, index])));
    });
}
function reduce(call) {
    const lambda = readLambda(call.args[2], 2, 3);
    return withCollection(call, isArray, 'an array', (items) => {
        const initial = call.evaluate(call.args[1]);
        let accumulator = lambda_functions_valueOf(initial);
        items.forEach((item, index) => {
            accumulator = lambda_functions_valueOf(invoke(call, lambda, [accumulator, item, index]));
        });
        return accumulator;
    });
}
/** A stable merge sort; the lambda answers whether its first argument belongs before its second. */
function sort(call) {
    const lambda = readLambda(call.args[1], 2, 2);
    return withCollection(call, isArray, 'an array', (items) => {
        let sorted = [...items];
        for (let width = 1; width < sorted.length; width *= 2) {
            const next = [];
            for (let start = 0; start < sorted.length; start += 2 * width) {
                const left = sorted.slice(start, start + width);
                const right = sorted.slice(start + width, start + 2 * width);
                let l = 0;
                let r = 0;
                while (l < left.length && r < right.length) {
                    if (booleanOf(invoke(call, lambda, [right[r], left[l]])))
                        next.push(right[r++]);
                    else
                        next.push(left[l++]);
                }
                next.push(...left.slice(l), ...right.slice(r));
            }
            sorted = next;
        }
        return sorted;
    });
}
function toObject(call) {
    const keyLambda = readLambda(call.args[1], 1, 1);
    const valueLambda = call.args.length > 2 ? readLambda(call.args[2], 1, 1) : undefined;
    return withCollection(call, isArray, 'an array', (items) => {
        call.checkLength(items.length, 'keys');
        const result = {};
        for (const item of items) {
            const key = keyOf(invoke(call, keyLambda, [item]));
            (0,values/* setProperty */.oq)(result, key, valueLambda ? lambda_functions_valueOf(invoke(call, valueLambda, [item])) : item);
        }
        return result;
    });
}
function mapValues(call) {
    const lambda = readLambda(call.args[1], 1, 1);
    return withCollection(call, values/* isJsonObject */.OW, 'an object', (object) => {
        const result = {};
        for (const key of Object.keys(object))
            (0,values/* setProperty */.oq)(result, key, lambda_functions_valueOf(invoke(call, lambda, [object[key]])));
        return result;
    });
}
function groupBy(call) {
    const lambda = readLambda(call.args[1], 1, 1);
    return withCollection(call, isArray, 'an array', (items) => {
        const groups = new Map();
        for (const item of items) {
            const key = keyOf(invoke(call, lambda, [item]));
            const group = groups.get(key);
            if (group)
                group.push(item);
            else
                groups.set(key, [item]);
        }
        const result = {};
        for (const [key, group] of groups)
            (0,values/* setProperty */.oq)(result, key, group);
        return result;
    });
}
const lambdaFunctions = {
    filter: lazy(2, 2, filter),
    map: lazy(2, 2, map),
    reduce: lazy(3, 3, reduce),
    sort: lazy(2, 2, sort),
    toObject: lazy(2, 3, toObject),
    mapValues: lazy(2, 2, mapValues),
    groupBy: lazy(2, 2, groupBy),
    lambda: lazy(1, Number.POSITIVE_INFINITY, () => unknown('lambda() is only allowed as an argument of filter(), map(), reduce(), sort() and similar functions')),
    lambdaVariables: lazy(1, 1, (call) => {
        const name = call.evaluate(call.args[0]);
        if (name.kind === 'unknown')
            return name;
        if (typeof name.value !== 'string')
            throw new values/* ExpressionError */.tj(`the name must be a string, not ${(0,values/* typeName */.go)(name.value)}`);
        const value = call.lambdaVariable(name.value);
        return value === undefined
            ? unknown(`lambda variable '${name.value}' is not defined here`)
            : known(value);
    }),
};

;// CONCATENATED MODULE: ./src/sources/arm/expressions/logic-functions.ts



// Made on first use: creating a collator costs milliseconds, which every run would pay at start-up.
let invariantCollator;
/** .NET's invariant culture compares text linguistically (`a` sorts before `A`, both before `b`), not by code unit. */
const invariantCompare = (left, right) => (invariantCollator ??= new Intl.Collator('en', { sensitivity: 'variant' })).compare(left, right);
function compare(args) {
    const [left, right] = args;
    if (typeof left === 'number' && typeof right === 'number')
        return left < right ? -1 : left > right ? 1 : 0;
    if (typeof left === 'string' && typeof right === 'string')
        return invariantCompare(left, right);
    throw new values/* ExpressionError */.tj(`cannot compare ${(0,values/* typeName */.go)(left)} with ${(0,values/* typeName */.go)(right)}`);
}
/** `and` stops at the first false, `or` at the first true; an unknown only matters if nothing decides. */
function logical(decisive) {
    return lazy(2, MANY, (call) => {
        const unknowns = [];
        for (const arg of call.args) {
            const result = call.evaluate(arg);
            if (result.kind === 'unknown') {
                unknowns.push(result);
                continue;
            }
            if (typeof result.value !== 'boolean')
                throw new values/* ExpressionError */.tj(`every argument must be a bool, not ${(0,values/* typeName */.go)(result.value)}`);
            if (result.value === decisive)
                return known(decisive);
        }
        return unknowns.length > 0 ? combineUnknowns(unknowns) : known(!decisive);
    });
}
function conditional(call) {
    const [conditionExpr, whenTrue, whenFalse] = call.args;
    const condition = call.evaluate(conditionExpr);
    if (condition.kind === 'known') {
        if (typeof condition.value !== 'boolean')
            throw new values/* ExpressionError */.tj(`the condition must be a bool, not ${(0,values/* typeName */.go)(condition.value)}`);
        return call.evaluate(condition.value ? whenTrue : whenFalse);
    }
    // With the condition unknown, both branches are looked at: equal values still decide the result, and
    // resource references on either side are kept.
    const branches = [call.evaluate(whenTrue), call.evaluate(whenFalse)];
    const [first, second] = branches;
    if (first.kind === 'known' && second.kind === 'known' && (0,values/* deepEqual */.bD)(first.value, second.value, call))
        return known(first.value);
    const unknownBranches = branches.filter((branch) => branch.kind === 'unknown');
    return combineUnknowns([condition, ...unknownBranches]);
}
function coalesce(call) {
    for (const arg of call.args) {
        const result = call.evaluate(arg);
        // An unknown argument might be null or not, so nothing after it can be chosen yet.
        if (result.kind === 'unknown')
            return result;
        if (result.value !== null)
            return known(result.value);
    }
    return known(null);
}
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
function arithmetic(operation, checkDivisor = false) {
    return function_support_values(2, 2, (args) => {
        const left = BigInt(expectInteger(args, 0));
        const right = BigInt(expectInteger(args, 1));
        if (checkDivisor && right === 0n)
            throw new values/* ExpressionError */.tj('cannot divide by zero');
        const result = operation(left, right);
        if (result < INT64_MIN || result > INT64_MAX)
            throw new values/* ExpressionError */.tj('the result overflows a 64-bit integer');
        if (result < BigInt(Number.MIN_SAFE_INTEGER) || result > BigInt(Number.MAX_SAFE_INTEGER))
            throw new values/* ExpressionError */.tj('the result is too large to represent exactly');
        return Number(result);
    });
}
function extreme(pick) {
    return function_support_values(1, MANY, (args, call) => {
        const items = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
        call.charge(items.length);
        if (items.length === 0)
            throw new values/* ExpressionError */.tj('there are no values to compare');
        if (items.some((item) => typeof item !== 'number'))
            throw new values/* ExpressionError */.tj('every value must be an int');
        return pick(items);
    });
}
function toBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value !== 0;
    if (typeof value === 'string') {
        const text = value.trim().toLowerCase();
        if (text === 'true')
            return true;
        if (text === 'false')
            return false;
        throw new values/* ExpressionError */.tj(`'${value}' is not a bool`);
    }
    throw new values/* ExpressionError */.tj(`cannot convert ${(0,values/* typeName */.go)(value)} to a bool`);
}
function toInteger(value) {
    if ((0,values/* isInteger */.Fq)(value))
        return value;
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) {
        const number = Number(value.trim());
        if (Number.isSafeInteger(number))
            return number;
        throw new values/* ExpressionError */.tj(`'${value}' is too large to represent exactly`);
    }
    throw new values/* ExpressionError */.tj(typeof value === 'string'
        ? `'${value}' is not an integer`
        : `cannot convert ${(0,values/* typeName */.go)(value)} to an int`);
}
const logicFunctions = {
    true: function_support_values(0, 0, () => true),
    false: function_support_values(0, 0, () => false),
    null: function_support_values(0, 0, () => null),
    not: function_support_values(1, 1, (args) => !expectBoolean(args, 0)),
    and: logical(false),
    or: logical(true),
    if: lazy(3, 3, conditional),
    coalesce: lazy(1, MANY, coalesce),
    bool: function_support_values(1, 1, (args) => toBoolean(args[0])),
    int: function_support_values(1, 1, (args) => toInteger(args[0])),
    equals: function_support_values(2, 2, (args, call) => (0,values/* deepEqual */.bD)(args[0], args[1], call)),
    less: function_support_values(2, 2, (args) => compare(args) < 0),
    lessOrEquals: function_support_values(2, 2, (args) => compare(args) <= 0),
    greater: function_support_values(2, 2, (args) => compare(args) > 0),
    greaterOrEquals: function_support_values(2, 2, (args) => compare(args) >= 0),
    add: arithmetic((left, right) => left + right),
    sub: arithmetic((left, right) => left - right),
    mul: arithmetic((left, right) => left * right),
    // BigInt division and remainder truncate toward zero, as .NET's long operators do.
    div: arithmetic((left, right) => left / right, true),
    mod: arithmetic((left, right) => left % right, true),
    min: extreme((numbers) => numbers.reduce((best, item) => Math.min(best, item))),
    max: extreme((numbers) => numbers.reduce((best, item) => Math.max(best, item))),
};

;// CONCATENATED MODULE: ./src/sources/arm/expressions/composite-format.ts

function compositeFormat(format, args, maxLength) {
    let output = '';
    const append = (text) => {
        if (output.length + text.length > maxLength)
            throw new values/* ExpressionError */.tj(`the result would exceed ${maxLength} characters`);
        output += text;
    };
    let index = 0;
    while (index < format.length) {
        const char = format[index];
        if (char === '}') {
            if (format[index + 1] !== '}')
                throw new values/* ExpressionError */.tj(`unescaped '}' at position ${index} of the format string`);
            append('}');
            index += 2;
            continue;
        }
        if (char !== '{') {
            const next = format.slice(index).search(/[{}]/);
            const end = next < 0 ? format.length : index + next;
            append(format.slice(index, end));
            index = end;
            continue;
        }
        if (format[index + 1] === '{') {
            append('{');
            index += 2;
            continue;
        }
        const close = format.indexOf('}', index);
        if (close < 0)
            throw new values/* ExpressionError */.tj(`unterminated format item at position ${index} of the format string`);
        const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^{}]*))?$/.exec(format.slice(index + 1, close));
        if (!item)
            throw new values/* ExpressionError */.tj(`invalid format item '${format.slice(index, close + 1)}'`);
        const argumentIndex = Number(item[1]);
        if (argumentIndex >= args.length)
            throw new values/* ExpressionError */.tj(`format item {${argumentIndex}} has no matching argument`);
        const argument = args[argumentIndex];
        let text = 'text' in argument ? argument.text : formatNumber(argument.number, item[3] ?? '');
        const alignment = item[2] === undefined ? 0 : Number(item[2]);
        if (Math.abs(alignment) > maxLength)
            throw new values/* ExpressionError */.tj(`the result would exceed ${maxLength} characters`);
        if (alignment > 0)
            text = text.padStart(alignment);
        else if (alignment < 0)
            text = text.padEnd(-alignment);
        append(text);
        index = close + 1;
    }
    return output;
}
function groupThousands(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function withSign(negative, text) {
    return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
/** A non-negative number with fixed decimals, grouped or not. */
function fixed(magnitude, decimals, grouped) {
    const [integer, fraction] = magnitude.toFixed(decimals).split('.');
    const head = grouped ? groupThousands(integer) : integer;
    return fraction === undefined ? head : `${head}.${fraction}`;
}
function formatNumber(value, format) {
    const standard = /^([A-Za-z])(\d{0,2})$/.exec(format);
    if (format === '')
        return (0,values/* scalarText */.ws)(value);
    if (!standard)
        return customNumberFormat(value, format);
    const letter = standard[1];
    const precision = standard[2] === '' ? undefined : Number(standard[2]);
    const negative = value < 0;
    const magnitude = Math.abs(value);
    switch (letter.toUpperCase()) {
        case 'G':
            return precision === undefined || precision === 0
                ? (0,values/* scalarText */.ws)(value)
                : String(Number(value.toPrecision(precision)));
        case 'N':
            return withSign(negative, fixed(magnitude, precision ?? 2, true));
        case 'F':
            return withSign(negative, fixed(magnitude, precision ?? 2, false));
        case 'P':
            return `${withSign(negative, fixed(magnitude * 100, precision ?? 2, true))} %`;
        case 'D':
            if (!Number.isInteger(value))
                throw new values/* ExpressionError */.tj(`format 'D' needs an integer, not ${value}`);
            return withSign(negative, String(magnitude).padStart(precision ?? 0, '0'));
        case 'X': {
            if (!Number.isInteger(value))
                throw new values/* ExpressionError */.tj(`format 'X' needs an integer, not ${value}`);
            // Negative integers print as their 64-bit two's complement, as .NET does for a long.
            const hex = BigInt.asUintN(64, BigInt(value))
                .toString(16)
                .padStart(precision ?? 0, '0');
            return letter === 'X' ? hex.toUpperCase() : hex;
        }
        case 'E': {
            const [mantissa, exponent] = magnitude.toExponential(precision ?? 6).split('e');
            const exponentValue = Number(exponent);
            const exponentText = `${exponentValue < 0 ? '-' : '+'}${String(Math.abs(exponentValue)).padStart(3, '0')}`;
            return withSign(negative, `${mantissa}${letter}${exponentText}`);
        }
        default:
            throw new values/* ExpressionError */.tj(`format specifier '${format}' is not supported`);
    }
}
/** Custom numeric formats made only of `0`, `#`, `,` and `.`, such as `00`, `#,##0` or `0.##`. */
function customNumberFormat(value, format) {
    if (!/^[0#,]*(\.[0#]*)?$/.test(format) || !/[0#]/.test(format))
        throw new values/* ExpressionError */.tj(`format specifier '${format}' is not supported`);
    const [integerPattern, fractionPattern = ''] = format.split('.');
    const grouped = /[0#],+[0#]/.test(integerPattern);
    const firstZero = integerPattern.indexOf('0');
    const minIntegerDigits = firstZero < 0 ? 0 : integerPattern.slice(firstZero).replace(/,/g, '').length;
    const minDecimals = (fractionPattern.match(/^0*/) ?? [''])[0].length;
    const maxDecimals = fractionPattern.length;
    const negative = value < 0;
    let [integer, fraction = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
    while (fraction.length > minDecimals && fraction.endsWith('0'))
        fraction = fraction.slice(0, -1);
    if (integer === '0' && minIntegerDigits === 0)
        integer = '';
    integer = integer.padStart(minIntegerDigits, '0');
    if (grouped)
        integer = groupThousands(integer);
    return withSign(negative, fraction === '' ? integer : `${integer}.${fraction}`);
}

// EXTERNAL MODULE: ./src/model/hash.ts
var hash = __nccwpck_require__(6817);
;// CONCATENATED MODULE: ./src/sources/arm/expressions/hash.ts

/*
 * ARM's uniqueString() hashes the UTF-8 bytes of its arguments joined with '-' using the 64-bit MurmurHash
 * variant of Microsoft's ResourceStack library (two interleaved 32-bit lanes, seed 0), then writes the 64 bits
 * as 13 base32 characters, most significant 5 bits first. Checked against outputs of real deployments:
 * uniqueString('aaa') = 'zavj67f3en4hc', uniqueString('xxx', 'yyy', 'zzz') = 'lghi7k5js7itq'.
 */
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x561ccd1b;
const C4 = 0x0bcaa747;
const C5 = 0x85ebca6b;
const C6 = 0xc2b2ae35;
function rotateLeft(value, count) {
    return ((value << count) | (value >>> (32 - count))) >>> 0;
}
function multiply(left, right) {
    return Math.imul(left, right) >>> 0;
}
function readLittleEndian(bytes, offset, count) {
    let value = 0;
    for (let index = 0; index < count; index++)
        value |= bytes[offset + index] << (8 * index);
    return value >>> 0;
}
function mixLane1(block) {
    return multiply(rotateLeft(multiply(block, C1), 15), C2);
}
function mixLane2(block) {
    return multiply(rotateLeft(multiply(block, C2), 17), C1);
}
function finalize(hash) {
    let h = (hash ^ (hash >>> 16)) >>> 0;
    h = multiply(h, C5);
    h = (h ^ (h >>> 13)) >>> 0;
    h = multiply(h, C6);
    return (h ^ (h >>> 16)) >>> 0;
}
/** The ResourceStack 64-bit MurmurHash (seed 0) of some bytes. */
function murmurHash64(bytes) {
    const length = bytes.length;
    let h1 = 0;
    let h2 = 0;
    let index = 0;
    for (; index + 8 <= length; index += 8) {
        h1 = (h1 ^ mixLane1(readLittleEndian(bytes, index, 4))) >>> 0;
        h1 = (multiply((rotateLeft(h1, 19) + h2) >>> 0, 5) + C3) >>> 0;
        h2 = (h2 ^ mixLane2(readLittleEndian(bytes, index + 4, 4))) >>> 0;
        h2 = (multiply((rotateLeft(h2, 13) + h1) >>> 0, 5) + C4) >>> 0;
    }
    const tail = length - index;
    if (tail > 0) {
        h1 = (h1 ^ mixLane1(readLittleEndian(bytes, index, Math.min(tail, 4)))) >>> 0;
        if (tail > 4)
            h2 = (h2 ^ mixLane2(readLittleEndian(bytes, index + 4, tail - 4))) >>> 0;
    }
    h1 = (h1 ^ length) >>> 0;
    h2 = (h2 ^ length) >>> 0;
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    h1 = finalize(h1);
    h2 = finalize(h2);
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    return (BigInt(h2) << 32n) | BigInt(h1);
}
const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const MASK_64 = (1n << 64n) - 1n;
/** ARM uniqueString(): 13 lowercase base32 characters. */
function armUniqueString(parts) {
    let hash = murmurHash64(Buffer.from(parts.join('-'), 'utf8'));
    let text = '';
    for (let index = 0; index < 13; index++) {
        text += BASE32_ALPHABET[Number(hash >> 59n)];
        hash = (hash << 5n) & MASK_64;
    }
    return text;
}
/** The name-based UUID namespace ARM's guid() hashes under. */
const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';
/** ARM guid(): a version 5 (SHA-1, RFC 4122 §4.3) UUID of the arguments joined with '-', in ARM's namespace. */
function armGuid(parts) {
    const namespace = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex');
    const digest = (0,hash/* createHash */.n)('sha1')
        .update(namespace)
        .update(Buffer.from(parts.join('-'), 'utf8'))
        .digest();
    const bytes = digest.subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/lenient-json.ts

/*
 * ARM's json() and base64ToJson() read JSON the way Json.NET does, which is more forgiving than JSON.parse:
 * strings may use single quotes, property names may be bare words, and comments are skipped. Template
 * authors rely on this (`json('{''a'': 1}')`), so it is accepted here too.
 */
const SCALAR_WORD = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*/y;
const BARE_NAME = /[A-Za-z_$][\w$]*/y;
function parseLenientJson(text) {
    return new LenientJsonReader(text).document();
}
class LenientJsonReader {
    text;
    index = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        const value = this.value(0);
        this.skipWhitespace();
        if (this.index < this.text.length)
            this.fail('unexpected text after the JSON value');
        return value;
    }
    fail(message) {
        throw new values/* ExpressionError */.tj(`invalid JSON at position ${this.index}: ${message}`);
    }
    sticky(pattern) {
        pattern.lastIndex = this.index;
        return pattern.exec(this.text)?.[0];
    }
    skipWhitespace() {
        for (;;) {
            while (this.index < this.text.length && /\s/.test(this.text[this.index]))
                this.index++;
            if (this.text.startsWith('//', this.index)) {
                const end = this.text.indexOf('\n', this.index);
                this.index = end < 0 ? this.text.length : end + 1;
            }
            else if (this.text.startsWith('/*', this.index)) {
                const end = this.text.indexOf('*/', this.index + 2);
                if (end < 0)
                    this.fail('unterminated comment');
                this.index = end + 2;
            }
            else {
                return;
            }
        }
    }
    value(depth) {
        if (depth > values/* MAX_VALUE_DEPTH */.Ht)
            this.fail(`nesting deeper than ${values/* MAX_VALUE_DEPTH */.Ht} levels`);
        this.skipWhitespace();
        const char = this.text[this.index];
        if (char === '{')
            return this.object(depth);
        if (char === '[')
            return this.array(depth);
        if (char === '"' || char === "'")
            return this.string();
        const word = this.sticky(SCALAR_WORD);
        if (word === undefined)
            this.fail(char === undefined ? 'unexpected end of text' : `unexpected character '${char}'`);
        this.index += word.length;
        if (word === 'true')
            return true;
        if (word === 'false')
            return false;
        if (word === 'null')
            return null;
        const number = Number(word);
        if (!Number.isFinite(number))
            this.fail(`unexpected word '${word}'`);
        return number;
    }
    string() {
        const quote = this.text[this.index++];
        let result = '';
        while (this.index < this.text.length) {
            const char = this.text[this.index++];
            if (char === quote)
                return result;
            if (char !== '\\') {
                result += char;
                continue;
            }
            const escape = this.text[this.index++];
            const simple = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
            if (escape === 'u') {
                const hex = this.text.slice(this.index, this.index + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('invalid \\u escape');
                result += String.fromCharCode(parseInt(hex, 16));
                this.index += 4;
            }
            else if (escape !== undefined) {
                result += simple[escape] ?? escape;
            }
        }
        this.fail('unterminated string');
    }
    propertyName() {
        this.skipWhitespace();
        const char = this.text[this.index];
        if (char === '"' || char === "'")
            return this.string();
        const word = this.sticky(BARE_NAME);
        if (word === undefined)
            this.fail('expected a property name');
        this.index += word.length;
        return word;
    }
    object(depth) {
        this.index++;
        const result = {};
        this.skipWhitespace();
        if (this.text[this.index] === '}') {
            this.index++;
            return result;
        }
        for (;;) {
            const name = this.propertyName();
            this.skipWhitespace();
            if (this.text[this.index] !== ':')
                this.fail("expected ':'");
            this.index++;
            (0,values/* setProperty */.oq)(result, name, this.value(depth + 1));
            this.skipWhitespace();
            const separator = this.text[this.index++];
            if (separator === '}')
                return result;
            if (separator !== ',')
                this.fail("expected ',' or '}'");
        }
    }
    array(depth) {
        this.index++;
        const result = [];
        this.skipWhitespace();
        if (this.text[this.index] === ']') {
            this.index++;
            return result;
        }
        for (;;) {
            result.push(this.value(depth + 1));
            this.skipWhitespace();
            const separator = this.text[this.index++];
            if (separator === ']')
                return result;
            if (separator !== ',')
                this.fail("expected ',' or ']'");
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/string-functions.ts





/** Text as ARM's string() produces it: containers become compact JSON, scalars print as .NET does. */
function stringOf(value, call) {
    if (value !== null && typeof value === 'object')
        return (0,values/* toJsonText */.jj)(value, call, call.limits.maxOutputLength);
    return (0,values/* scalarText */.ws)(value);
}
function decodeBase64(text) {
    const compact = text.replace(/\s/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        throw new values/* ExpressionError */.tj('the value is not valid base64');
    return Buffer.from(compact, 'base64');
}
function encodeBase64(text, call) {
    const bytes = Buffer.from(text, 'utf8');
    call.checkLength(Math.ceil(bytes.length / 3) * 4, 'characters');
    return bytes.toString('base64');
}
function parseJsonText(text, call) {
    call.charge(Math.ceil(text.length / 64));
    return parseLenientJson(text);
}
function toDataUri(value, call) {
    const isText = typeof value === 'string';
    const content = isText ? value : stringOf(value, call);
    const mediaType = isText ? 'text/plain;charset=utf8' : 'application/json;charset=utf8';
    return `data:${mediaType};base64,${encodeBase64(content, call)}`;
}
function fromDataUri(uri) {
    const match = /^data:([^,]*),(.*)$/is.exec(uri);
    if (!match)
        throw new values/* ExpressionError */.tj('the value is not a data URI');
    const metadata = match[1].split(';').map((part) => part.trim());
    const charset = metadata
        .find((part) => /^charset=/i.test(part))
        ?.slice('charset='.length)
        .toLowerCase();
    if (charset !== undefined && charset !== 'utf8' && charset !== 'utf-8')
        throw new values/* ExpressionError */.tj(`charset '${charset}' is not supported`);
    const isBase64 = metadata[metadata.length - 1]?.toLowerCase() === 'base64';
    if (isBase64)
        return decodeBase64(match[2]).toString('utf8');
    return percentDecode(match[2]);
}
function percentDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    }
    catch {
        throw new values/* ExpressionError */.tj('the value is not a valid URI component');
    }
}
/** .NET's Uri.EscapeDataString: everything but unreserved characters is percent-encoded. */
function escapeDataString(text) {
    try {
        return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        throw new values/* ExpressionError */.tj('the value holds an unpaired surrogate');
    }
}
function combineUri(base, relative) {
    let url;
    try {
        url = new URL(relative, new URL(base));
    }
    catch {
        throw new values/* ExpressionError */.tj(`cannot combine '${base}' with '${relative}'`);
    }
    return url.href;
}
/** .NET String.Split with several separators: at each position the first separator that matches wins. */
function split(text, separators, call) {
    const usable = separators.filter((separator) => separator.length > 0);
    if (usable.length === 0)
        return [text];
    const parts = [];
    let start = 0;
    let index = 0;
    while (index < text.length) {
        const separator = usable.find((candidate) => text.startsWith(candidate, index));
        if (separator === undefined) {
            index++;
            continue;
        }
        parts.push(text.slice(start, index));
        index += separator.length;
        start = index;
    }
    parts.push(text.slice(start));
    call.checkLength(parts.length, 'elements');
    return parts;
}
function formatArgument(value, call) {
    if (typeof value === 'number')
        return { number: value };
    // Arrays and objects print as single-line JSON with single quotes, as ARM's format() writes them.
    if (value !== null && typeof value === 'object')
        return { text: stringOf(value, call).replace(/"/g, "'") };
    return { text: (0,values/* scalarText */.ws)(value) };
}
function padLeft(args, call) {
    const [value] = args;
    if (typeof value !== 'string' && !(0,values/* isInteger */.Fq)(value))
        throw new values/* ExpressionError */.tj(`the value to pad must be a string or an int, not ${(0,values/* typeName */.go)(value)}`);
    const text = String(value);
    const totalLength = expectInteger(args, 1);
    const padding = args.length > 2 && args[2] !== null ? expectString(args, 2) : ' ';
    if (padding.length !== 1)
        throw new values/* ExpressionError */.tj('the padding must be a single character');
    if (totalLength <= text.length)
        return text;
    call.checkLength(totalLength, 'characters');
    return text.padStart(totalLength, padding);
}
function replaceAll(args, call) {
    const [text, oldValue, newValue] = expectStrings(args);
    if (oldValue === '')
        throw new values/* ExpressionError */.tj('the value to replace cannot be empty');
    const occurrences = text.split(oldValue).length - 1;
    call.checkLength(text.length + occurrences * (newValue.length - oldValue.length), 'characters');
    return text.split(oldValue).join(newValue);
}
function substring(args) {
    const text = args[0] === null ? '' : expectString(args, 0);
    const start = expectInteger(args, 1);
    if (start < 0)
        throw new values/* ExpressionError */.tj(`the start index ${start} is negative`);
    if (start > text.length)
        throw new values/* ExpressionError */.tj(`the start index ${start} is beyond the string length ${text.length}`);
    if (args.length < 3)
        return text.slice(start);
    const length = expectInteger(args, 2);
    if (length < 0)
        throw new values/* ExpressionError */.tj(`the length ${length} is negative`);
    if (start + length > text.length)
        throw new values/* ExpressionError */.tj(`the range ${start}..${start + length} is beyond the string length ${text.length}`);
    return text.slice(start, start + length);
}
function caseInsensitive(text) {
    return text.toLowerCase();
}
const stringFunctions = {
    string: function_support_values(1, 1, (args, call) => stringOf(args[0], call)),
    json: function_support_values(1, 1, (args, call) => parseJsonText(expectString(args, 0), call)),
    base64: function_support_values(1, 1, (args, call) => encodeBase64(expectString(args, 0), call)),
    base64ToString: function_support_values(1, 1, (args) => decodeBase64(expectString(args, 0)).toString('utf8')),
    base64ToJson: function_support_values(1, 1, (args, call) => parseJsonText(decodeBase64(expectString(args, 0)).toString('utf8'), call)),
    dataUri: function_support_values(1, 1, (args, call) => toDataUri(args[0], call)),
    dataUriToString: function_support_values(1, 1, (args) => fromDataUri(expectString(args, 0))),
    uri: function_support_values(2, 2, (args) => combineUri(expectString(args, 0), expectString(args, 1))),
    uriComponent: function_support_values(1, 1, (args) => escapeDataString(expectString(args, 0))),
    uriComponentToString: function_support_values(1, 1, (args) => percentDecode(expectString(args, 0))),
    format: function_support_values(1, MANY, (args, call) => compositeFormat(expectString(args, 0), args.slice(1).map((arg) => formatArgument(arg, call)), call.limits.maxOutputLength)),
    toLower: function_support_values(1, 1, (args) => (args[0] === null ? '' : expectString(args, 0).toLowerCase())),
    toUpper: function_support_values(1, 1, (args) => (args[0] === null ? '' : expectString(args, 0).toUpperCase())),
    trim: function_support_values(1, 1, (args) => expectString(args, 0).trim()),
    padLeft: function_support_values(2, 3, padLeft),
    replace: function_support_values(3, 3, replaceAll),
    substring: function_support_values(2, 3, substring),
    split: function_support_values(2, 2, (args, call) => {
        if (args[0] === null)
            return [];
        const text = expectString(args, 0);
        const separators = Array.isArray(args[1]) ? expectStringElements(args[1]) : [expectString(args, 1)];
        return split(text, separators, call);
    }),
    join: function_support_values(2, 2, (args, call) => {
        const items = expectStringElements(expectArray(args, 0));
        const delimiter = expectString(args, 1);
        const length = items.reduce((sum, item) => sum + item.length, 0) + delimiter.length * Math.max(0, items.length - 1);
        call.checkLength(length, 'characters');
        return items.join(delimiter);
    }),
    // ARM compares case-insensitively here, as in indexOf() and lastIndexOf().
    startsWith: function_support_values(2, 2, (args) => caseInsensitive(expectString(args, 0)).startsWith(caseInsensitive(expectString(args, 1)))),
    endsWith: function_support_values(2, 2, (args) => caseInsensitive(expectString(args, 0)).endsWith(caseInsensitive(expectString(args, 1)))),
    uniqueString: function_support_values(1, MANY, (args) => armUniqueString(expectStrings(args))),
    guid: function_support_values(1, MANY, (args) => armGuid(expectStrings(args))),
};

;// CONCATENATED MODULE: ./src/sources/arm/expressions/functions.ts






const DEFINITIONS = {
    ...logicFunctions,
    ...stringFunctions,
    ...collectionFunctions,
    ...dateFunctions,
    ...deploymentFunctions,
    ...lambdaFunctions,
};
const BUILTIN_FUNCTIONS = new Map(Object.entries(DEFINITIONS).map(([name, definition]) => [name.toLowerCase(), definition]));
/** The built-in function of that name (ARM ignores case), including every list*() function. */
function lookupFunction(name) {
    const lower = name.toLowerCase();
    return BUILTIN_FUNCTIONS.get(lower) ?? (lower.startsWith('list') ? listFunction : undefined);
}
/** Names of the built-in functions this evaluator knows, as documented (list*() functions are matched by prefix). */
function builtinFunctionNames() {
    return Object.keys(DEFINITIONS);
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/lexer.ts
const PUNCTUATION = new Set(['(', ')', ',', '.', '[', ']']);
function isIdentifierStart(char) {
    return /[A-Za-z_$]/.test(char);
}
function isIdentifierPart(char) {
    return /[A-Za-z0-9_$]/.test(char);
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
/** Splits the text inside an expression's brackets into tokens. Never throws. */
function tokenize(text) {
    const tokens = [];
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (/\s/.test(char)) {
            index++;
            continue;
        }
        const start = index;
        if (PUNCTUATION.has(char)) {
            tokens.push({ kind: char, text: char, start, end: ++index });
            continue;
        }
        if (char === "'") {
            let content = '';
            index++;
            for (;;) {
                if (index >= text.length)
                    return { ok: false, error: 'unterminated string literal', offset: start };
                const next = text.indexOf("'", index);
                if (next < 0)
                    return { ok: false, error: 'unterminated string literal', offset: start };
                content += text.slice(index, next);
                // Two quotes in a row stand for one quote inside the literal.
                if (text[next + 1] === "'") {
                    content += "'";
                    index = next + 2;
                    continue;
                }
                index = next + 1;
                break;
            }
            tokens.push({ kind: 'string', text: content, start, end: index });
            continue;
        }
        if (isDigit(char) || (char === '-' && isDigit(text[index + 1]))) {
            index++;
            while (isDigit(text[index]))
                index++;
            if (text[index] === '.' && isDigit(text[index + 1]))
                return { ok: false, error: "decimal literals are not supported (use json('1.5'))", offset: start };
            const literal = text.slice(start, index);
            const value = Number(literal);
            if (!Number.isSafeInteger(value))
                return { ok: false, error: `integer ${literal} is out of range`, offset: start };
            tokens.push({ kind: 'integer', text: literal, value, start, end: index });
            continue;
        }
        if (isIdentifierStart(char)) {
            index++;
            while (index < text.length && isIdentifierPart(text[index]))
                index++;
            tokens.push({ kind: 'identifier', text: text.slice(start, index), start, end: index });
            continue;
        }
        return { ok: false, error: `unexpected character '${char}'`, offset: start };
    }
    tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
    return { ok: true, tokens };
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/parser.ts

/** Bounds the parser's recursion, so hostile nesting is a parse error rather than a stack overflow. */
const MAX_PARSE_DEPTH = 1000;
class ParseError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function describe(token) {
    switch (token.kind) {
        case 'end':
            return 'end of expression';
        case 'string':
            return 'string literal';
        case 'integer':
            return `integer ${token.text}`;
        case 'identifier':
            return `'${token.text}'`;
        default:
            return `'${token.kind}'`;
    }
}
class Parser {
    tokens;
    position = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    parse() {
        if (this.peek().kind === 'end')
            throw new ParseError('empty expression', this.peek().start);
        const expr = this.expression(0);
        const next = this.peek();
        if (next.kind !== 'end')
            throw new ParseError(`unexpected ${describe(next)} after the expression`, next.start);
        return expr;
    }
    peek() {
        return this.tokens[this.position];
    }
    take() {
        const token = this.tokens[this.position];
        if (token.kind !== 'end')
            this.position++;
        return token;
    }
    expect(kind, what) {
        const token = this.peek();
        if (token.kind !== kind)
            throw new ParseError(`expected ${what} but found ${describe(token)}`, token.start);
        return this.take();
    }
    expression(depth) {
        if (depth > MAX_PARSE_DEPTH)
            throw new ParseError(`expression nests deeper than ${MAX_PARSE_DEPTH} levels`, this.peek().start);
        const token = this.take();
        switch (token.kind) {
            case 'string':
                return { kind: 'string', value: token.text, start: token.start, end: token.end };
            case 'integer':
                return { kind: 'integer', value: token.value, start: token.start, end: token.end };
            case 'identifier':
                return this.accessors(this.call(token, depth), depth);
            default:
                throw new ParseError(`expected a function call or a literal but found ${describe(token)}`, token.start);
        }
    }
    call(first, depth) {
        let namespace;
        let name = first.text;
        if (this.peek().kind === '.') {
            this.take();
            namespace = first.text;
            name = this.expect('identifier', 'a function name after the namespace').text;
        }
        const open = this.peek();
        if (open.kind !== '(')
            throw new ParseError(`expected '(' after function name '${name}' but found ${describe(open)}`, open.start);
        this.take();
        const args = [];
        if (this.peek().kind !== ')') {
            for (;;) {
                args.push(this.expression(depth + 1));
                const separator = this.peek();
                if (separator.kind === ',') {
                    this.take();
                    continue;
                }
                if (separator.kind === ')')
                    break;
                throw new ParseError(`expected ',' or ')' but found ${describe(separator)}`, separator.start);
            }
        }
        const close = this.take();
        const call = { kind: 'call', name, args, start: first.start, end: close.end };
        if (namespace !== undefined)
            call.namespace = namespace;
        return call;
    }
    accessors(target, depth) {
        let expr = target;
        for (;;) {
            const token = this.peek();
            if (token.kind === '.') {
                this.take();
                const name = this.expect('identifier', "a property name after '.'");
                expr = { kind: 'property', target: expr, name: name.text, start: expr.start, end: name.end };
            }
            else if (token.kind === '[') {
                this.take();
                const index = this.expression(depth + 1);
                const close = this.expect(']', "']'");
                expr = { kind: 'index', target: expr, index, start: expr.start, end: close.end };
            }
            else {
                return expr;
            }
        }
    }
}
/** Parses the text inside the brackets; never throws. */
function parseExpression(text) {
    const lexed = tokenize(text);
    if (!lexed.ok)
        return lexed;
    try {
        return { ok: true, ast: new Parser(lexed.tokens).parse() };
    }
    catch (error) {
        if (error instanceof ParseError)
            return { ok: false, error: error.message, offset: error.offset };
        return { ok: false, error: 'expression could not be parsed', offset: 0 };
    }
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/evaluate.ts




/** Ends the whole evaluation: the budget is spent, so nothing partial can be trusted. */
class LimitExceeded extends Error {
}
const NO_BINDINGS = new Map();
function resolveLimits(limits) {
    const pick = (value, fallback) => typeof value === 'number' && !Number.isNaN(value) ? Math.max(0, Math.floor(value)) : fallback;
    return {
        maxDepth: pick(limits?.maxDepth, DEFAULT_EVAL_LIMITS.maxDepth),
        maxSteps: pick(limits?.maxSteps, DEFAULT_EVAL_LIMITS.maxSteps),
        maxOutputLength: pick(limits?.maxOutputLength, DEFAULT_EVAL_LIMITS.maxOutputLength),
    };
}
class Evaluator {
    scope;
    limits;
    source;
    steps = 0;
    /** Whether any secure input was seen, so that even an aborted evaluation stays marked secure. */
    sawSecure = false;
    meter = new values/* ValueMeter */.J9();
    constructor(scope, limits, 
    /** The text the expression was parsed from, when known (to name unevaluated arguments). */
    source) {
        this.scope = scope;
        this.limits = limits;
        this.source = source;
    }
    charge(units) {
        this.steps += units;
        if (this.steps > this.limits.maxSteps)
            throw new LimitExceeded(`evaluation exceeded ${this.limits.maxSteps} steps`);
    }
    note(result) {
        if (result.secure)
            this.sawSecure = true;
        return result;
    }
    evaluate(expr, depth, bindings) {
        if (depth > this.limits.maxDepth)
            return unknown(`expression nests deeper than ${this.limits.maxDepth} levels`);
        this.charge(1);
        switch (expr.kind) {
            case 'string':
            case 'integer':
                return known(expr.value);
            case 'call':
                return this.note(expr.namespace === undefined
                    ? this.call(expr, depth, bindings)
                    : this.userCall(expr, depth, bindings));
            case 'property':
                return this.note(this.property(expr, depth, bindings));
            case 'index':
                return this.note(this.index(expr, depth, bindings));
        }
    }
    property(expr, depth, bindings) {
        const target = this.evaluate(expr.target, depth + 1, bindings);
        if (target.kind === 'unknown')
            return target;
        const tracker = new ProvenanceTracker();
        tracker.absorb(target);
        const value = target.value;
        if (!(0,values/* isJsonObject */.OW)(value))
            return tracker.apply(unknown(`cannot read property '${expr.name}' of ${(0,values/* typeName */.go)(value)}`));
        const key = (0,values/* findPropertyKey */.eL)(value, expr.name);
        if (key === undefined)
            return tracker.apply(unknown(`property '${expr.name}' does not exist`));
        return tracker.apply(known(value[key]));
    }
    index(expr, depth, bindings) {
        const tracker = new ProvenanceTracker();
        const target = this.evaluate(expr.target, depth + 1, bindings);
        const index = this.evaluate(expr.index, depth + 1, bindings);
        tracker.absorb(target);
        tracker.absorb(index);
        if (target.kind === 'unknown' || index.kind === 'unknown')
            return tracker.apply(combineUnknowns([target, index].filter((result) => result.kind === 'unknown')));
        const container = target.value;
        const key = index.value;
        if (Array.isArray(container)) {
            if (!(0,values/* isInteger */.Fq)(key))
                return tracker.apply(unknown(`an array index must be an int, not ${(0,values/* typeName */.go)(key)}`));
            if (key < 0 || key >= container.length)
                return tracker.apply(unknown(`index ${key} is out of range for an array of length ${container.length}`));
            return tracker.apply(known(container[key]));
        }
        if ((0,values/* isJsonObject */.OW)(container)) {
            if (typeof key !== 'string')
                return tracker.apply(unknown(`an object key must be a string, not ${(0,values/* typeName */.go)(key)}`));
            const found = (0,values/* findPropertyKey */.eL)(container, key);
            if (found === undefined)
                return tracker.apply(unknown(`property '${key}' does not exist`));
            return tracker.apply(known(container[found]));
        }
        return tracker.apply(unknown(`cannot index into ${(0,values/* typeName */.go)(container)}`));
    }
    call(expr, depth, bindings) {
        const definition = lookupFunction(expr.name);
        if (!definition)
            return unknown(`unknown function '${expr.name}'`);
        const count = expr.args.length;
        if (count < definition.minArgs || count > definition.maxArgs)
            return unknown(arityMessage(expr.name, definition, count));
        const call = new EvaluationCall(this, expr, depth, bindings);
        let result;
        try {
            result = this.invoke(definition, call);
            if (result.kind === 'known')
                result = this.checkSize(expr.name, result.value) ?? result;
        }
        catch (error) {
            if (!(error instanceof values/* ExpressionError */.tj))
                throw error;
            result = unknown(`${expr.name}(): ${error.message}`);
        }
        return call.tracker.apply(result);
    }
    invoke(definition, call) {
        switch (definition.kind) {
            case 'values': {
                const args = [];
                const unknowns = [];
                for (const arg of call.args) {
                    const result = call.evaluate(arg);
                    if (result.kind === 'known')
                        args.push(result.value);
                    else
                        unknowns.push(result);
                }
                return unknowns.length > 0 ? combineUnknowns(unknowns) : known(definition.apply(args, call));
            }
            case 'results':
                return definition.apply(call.args.map((arg) => call.evaluate(arg)), call);
            case 'lazy':
                return definition.apply(call);
        }
    }
    /** Rejects a result too large to hand on; containers measured for the first time are paid for. */
    checkSize(name, value) {
        const max = this.limits.maxOutputLength;
        if (typeof value === 'string' && value.length > max)
            return unknown(`${name}(): the result exceeds ${max} characters`);
        const before = this.meter.fresh;
        const measure = this.meter.measure(value);
        this.charge(this.meter.fresh - before);
        if (measure.depth > values/* MAX_VALUE_DEPTH */.Ht)
            return unknown(`${name}(): the result nests deeper than ${values/* MAX_VALUE_DEPTH */.Ht} levels`);
        if (measure.entries > max)
            return unknown(`${name}(): the result holds more than ${max} entries`);
        return undefined;
    }
    userCall(expr, depth, bindings) {
        const call = new EvaluationCall(this, expr, depth, bindings);
        const args = expr.args.map((arg) => call.evaluate(arg));
        const result = this.scope.userFunction?.(expr.namespace, expr.name, args) ??
            unknown(`user-defined function '${expr.namespace}.${expr.name}' is not available`);
        return call.tracker.apply(result);
    }
}
function arityMessage(name, definition, count) {
    const { minArgs, maxArgs } = definition;
    const plural = (n) => `${n} argument${n === 1 ? '' : 's'}`;
    const expected = minArgs === maxArgs
        ? `exactly ${plural(minArgs)}`
        : maxArgs === Number.POSITIVE_INFINITY
            ? `at least ${plural(minArgs)}`
            : `${minArgs} to ${maxArgs} arguments`;
    return `${name}() expects ${expected} but got ${count}`;
}
class EvaluationCall {
    evaluator;
    expr;
    depth;
    bindings;
    tracker = new ProvenanceTracker();
    constructor(evaluator, expr, depth, bindings) {
        this.evaluator = evaluator;
        this.expr = expr;
        this.depth = depth;
        this.bindings = bindings;
    }
    get name() {
        return this.expr.name;
    }
    get args() {
        return this.expr.args;
    }
    get scope() {
        return this.evaluator.scope;
    }
    get limits() {
        return this.evaluator.limits;
    }
    sourceOf(expr) {
        return this.evaluator.source?.slice(expr.start, expr.end);
    }
    evaluate(expr) {
        const result = this.evaluator.evaluate(expr, this.depth + 1, this.bindings);
        this.tracker.absorb(result);
        return result;
    }
    evaluateLambdaBody(body, bindings) {
        const merged = new Map(this.bindings);
        for (const [name, value] of bindings)
            merged.set(name, value);
        const result = this.evaluator.evaluate(body, this.depth + 1, merged);
        this.tracker.absorb(result);
        return result;
    }
    lambdaVariable(name) {
        if (this.bindings.has(name))
            return this.bindings.get(name);
        const wanted = name.toLowerCase();
        for (const [key, value] of this.bindings)
            if (key.toLowerCase() === wanted)
                return value;
        return undefined;
    }
    charge(units) {
        this.evaluator.charge(units);
    }
    checkLength(length, what) {
        const max = this.evaluator.limits.maxOutputLength;
        if (length > max)
            throw new values/* ExpressionError */.tj(`the result would exceed ${max} ${what}`);
        // Text is cheap per character; paying per 64 keeps long strings bounded without starving ordinary work.
        this.evaluator.charge(what === 'characters' ? Math.ceil(length / 64) : length);
    }
}
/** Whether a JSON string is an expression (starts with `[` but not `[[`, ends with `]`). */
function isExpression(raw) {
    return raw.startsWith('[') && !raw.startsWith('[[') && raw.endsWith(']');
}
/** Evaluates a parsed expression. Never throws. */
function evaluateExpression(ast, scope, limits, source) {
    const evaluator = new Evaluator(scope, resolveLimits(limits), source);
    try {
        return evaluator.evaluate(ast, 0, NO_BINDINGS);
    }
    catch (error) {
        const reason = error instanceof LimitExceeded
            ? error.message
            : `the expression could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
        const result = unknown(reason);
        return evaluator.sawSecure ? { ...result, secure: true } : result;
    }
}
/** Evaluates a JSON string value: handles `[[` escapes and non-expression strings. Never throws. */
function evaluateTemplateString(raw, scope, limits) {
    if (typeof raw !== 'string')
        return unknown('not a string');
    if (!isExpression(raw))
        return known(raw.startsWith('[[') && raw.endsWith(']') ? raw.slice(1) : raw);
    const parsed = parseExpression(raw.slice(1, -1));
    if (!parsed.ok)
        return unknown(`invalid expression: ${parsed.error} (at offset ${parsed.offset + 1})`);
    return evaluateExpression(parsed.ast, scope, limits, raw.slice(1, -1));
}

;// CONCATENATED MODULE: ./src/sources/arm/expressions/index.ts









/***/ }),

/***/ 7041:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ isInteger),
/* harmony export */   Ht: () => (/* binding */ MAX_VALUE_DEPTH),
/* harmony export */   J9: () => (/* binding */ ValueMeter),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   eC: () => (/* binding */ ownValue),
/* harmony export */   eL: () => (/* binding */ findPropertyKey),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   jj: () => (/* binding */ toJsonText),
/* harmony export */   oq: () => (/* binding */ setProperty),
/* harmony export */   tj: () => (/* binding */ ExpressionError),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   yk: () => (/* binding */ canonicalKey)
/* harmony export */ });
/** Raised inside a function when ARM would fail the deployment; the caller turns it into an unknown result. */
class ExpressionError extends Error {
}
/** Values nest at most this deep in what the evaluator builds or walks; deeper is an error, never a stack overflow. */
const MAX_VALUE_DEPTH = 256;
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isInteger(value) {
    return typeof value === 'number' && Number.isInteger(value);
}
/** The ARM type name of a value, as used in error reasons. */
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'object')
        return 'object';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (typeof value === 'boolean')
        return 'bool';
    return 'string';
}
/** Defines a property without ever touching the prototype chain (a key may be `__proto__`). */
function setProperty(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function ownValue(target, key) {
    return Object.hasOwn(target, key) ? target[key] : undefined;
}
/** ARM resolves property names case-insensitively; an exact match wins. */
function findPropertyKey(target, name) {
    if (Object.hasOwn(target, name))
        return name;
    const wanted = name.toLowerCase();
    return Object.keys(target).find((key) => key.toLowerCase() === wanted);
}
/** A scalar as .NET prints it (booleans are `True`/`False`, null is empty). */
function scalarText(value) {
    if (value === null)
        return '';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    // .NET writes exponents as E+NN where JavaScript writes e+NN.
    return typeof value === 'number' ? String(value).replace('e', 'E') : value;
}
/**
 * Compact JSON text, built with a length cap and a work charge per node so that a value with heavily shared
 * parts (cheap to build, exponential to print) cannot exhaust time or memory.
 */
function toJsonText(value, budget, maxLength) {
    const parts = [];
    let length = 0;
    const push = (text) => {
        length += text.length;
        if (length > maxLength)
            throw new ExpressionError(`the JSON text would exceed ${maxLength} characters`);
        parts.push(text);
    };
    const write = (node, depth) => {
        budget.charge(1);
        if (depth > MAX_VALUE_DEPTH)
            throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
        if (node === null || typeof node !== 'object') {
            push(JSON.stringify(node));
            return;
        }
        if (Array.isArray(node)) {
            push('[');
            node.forEach((item, index) => {
                if (index > 0)
                    push(',');
                write(item, depth + 1);
            });
            push(']');
            return;
        }
        push('{');
        Object.keys(node).forEach((key, index) => {
            if (index > 0)
                push(',');
            push(`${JSON.stringify(key)}:`);
            write(node[key], depth + 1);
        });
        push('}');
    };
    write(value, 0);
    return parts.join('');
}
/** Deep equality as ARM's `equals` sees it: ordered arrays, unordered object members, case-sensitive text. */
function deepEqual(left, right, budget, depth = 0) {
    budget.charge(1);
    if (left === right)
        return true;
    if (depth > MAX_VALUE_DEPTH)
        throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
    if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null)
        return false;
    if (Array.isArray(left) || Array.isArray(right)) {
        if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length)
            return false;
        return left.every((item, index) => deepEqual(item, right[index], budget, depth + 1));
    }
    const leftKeys = Object.keys(left);
    if (leftKeys.length !== Object.keys(right).length)
        return false;
    return leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key], budget, depth + 1));
}
/** A text key equal for deep-equal values (object members sorted), for set operations in linear time. */
function canonicalKey(value, budget, maxLength) {
    return toJsonText(sortKeysDeep(value, budget, 0), budget, maxLength);
}
function sortKeysDeep(value, budget, depth) {
    budget.charge(1);
    if (depth > MAX_VALUE_DEPTH)
        throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
    if (Array.isArray(value))
        return value.map((item) => sortKeysDeep(item, budget, depth + 1));
    if (!isJsonObject(value))
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort())
        setProperty(sorted, key, sortKeysDeep(value[key], budget, depth + 1));
    return sorted;
}
/**
 * Measures the logical size of values, remembering containers already seen so that a structure built from
 * shared parts costs only its distinct nodes to measure. `fresh` counts the containers measured for the first time.
 */
class ValueMeter {
    known = new WeakMap();
    fresh = 0;
    measure(value) {
        if (value === null || typeof value !== 'object')
            return { entries: 0, depth: 0 };
        const cached = this.known.get(value);
        if (cached)
            return cached;
        if (this.isDeeperThan(value, MAX_VALUE_DEPTH))
            return { entries: Infinity, depth: Infinity };
        return this.measureShallowEnough(value);
    }
    measureShallowEnough(value) {
        if (value === null || typeof value !== 'object')
            return { entries: 0, depth: 0 };
        const cached = this.known.get(value);
        if (cached)
            return cached;
        this.fresh++;
        const children = Array.isArray(value) ? value : Object.values(value);
        let entries = children.length;
        let depth = 0;
        for (const child of children) {
            const inner = this.measureShallowEnough(child);
            entries += inner.entries;
            depth = Math.max(depth, inner.depth);
        }
        const result = { entries, depth: depth + 1 };
        this.known.set(value, result);
        return result;
    }
    /** Iterative depth probe, so measuring never recurses through a chain deeper than the limit. */
    isDeeperThan(root, limit) {
        const stack = [{ node: root, depth: 1 }];
        const deepestVisit = new Map();
        while (stack.length > 0) {
            const { node, depth } = stack.pop();
            if (node === null || typeof node !== 'object')
                continue;
            const cached = this.known.get(node);
            if (cached) {
                if (depth - 1 + cached.depth > limit)
                    return true;
                continue;
            }
            if (depth > limit)
                return true;
            if ((deepestVisit.get(node) ?? 0) >= depth)
                continue;
            deepestVisit.set(node, depth);
            for (const child of Array.isArray(node) ? node : Object.values(node))
                stack.push({ node: child, depth: depth + 1 });
        }
        return false;
    }
}


/***/ }),

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ DEFAULT_JSON_LIMITS),
/* harmony export */   pX: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* unused harmony exports parseJsoncFast, parseJsoncWithVisitor, findExcessiveNesting */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_range_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12);


const DEFAULT_JSON_LIMITS = { maxDepth: 256 };
/**
 * Parses JSON with comments and trailing commas (as ARM accepts) into a property tree in which every
 * node keeps its range. Never throws: syntax errors are returned with their position.
 */
function parseJsonc(file, text, limits = DEFAULT_JSON_LIMITS) {
    const fast = parseJsoncFast(file, text, limits);
    return fast ?? parseJsoncWithVisitor(file, text, limits);
}
/**
 * The fast path of {@link parseJsonc}: a single pass over well-formed input. Returns undefined, and
 * the caller takes the slow path, on anything it does not accept exactly as {@link
 * parseJsoncWithVisitor} would (any syntax error, whitespace other than space, tab, CR and LF,
 * nesting beyond the limit), so both produce the same document. Exported for tests.
 */
function parseJsoncFast(file, text, limits = DEFAULT_JSON_LIMITS) {
    const parser = new FastParser(file, text, limits.maxDepth);
    let root;
    try {
        root = parser.parseDocument();
    }
    catch {
        // A syntax error (or anything unexpected, such as a stack overflow): the slow path decides.
        return undefined;
    }
    return { root, comments: parser.comments, errors: [], lines: new _model_range_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text) };
}
/**
 * The reference implementation of {@link parseJsonc}, built on jsonc-parser's visitor: it recovers
 * from syntax errors and reports them. Well-formed input takes the faster {@link parseJsoncFast}.
 */
function parseJsoncWithVisitor(file, text, limits = DEFAULT_JSON_LIMITS) {
    const lines = new _model_range_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    const comments = [];
    const errors = [];
    const rangeOf = (offset, length) => lines.range(file, offset, length);
    const tooDeep = findExcessiveNesting(text, limits.maxDepth);
    if (tooDeep !== undefined) {
        errors.push({
            message: `Nesting deeper than ${limits.maxDepth} levels; the file is not parsed.`,
            range: rangeOf(tooDeep, 1),
        });
        return { comments, errors, lines };
    }
    const stack = [];
    let root;
    const attach = (node) => {
        const top = stack[stack.length - 1];
        if (!top) {
            root ??= node;
            return;
        }
        if (top.kind === 'array')
            top.items.push(node);
        else if (top.pendingKey) {
            top.entries.push({ name: top.pendingKey.name, keyRange: top.pendingKey.range, node });
            top.pendingKey = undefined;
        }
    };
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin: (offset) => {
            stack.push({ kind: 'object', offset, entries: [] });
        },
        onObjectProperty: (name, offset, length) => {
            const top = stack[stack.length - 1];
            if (top?.kind === 'object')
                top.pendingKey = { name, range: rangeOf(offset, length) };
        },
        onObjectEnd: (offset, length) => {
            const frame = stack.pop();
            if (frame?.kind !== 'object')
                return;
            const map = new Map();
            for (const entry of frame.entries)
                map.set(entry.name.toLowerCase(), entry);
            attach({
                kind: 'object',
                entries: map,
                range: rangeOf(frame.offset, offset + length - frame.offset),
            });
        },
        onArrayBegin: (offset) => {
            stack.push({ kind: 'array', offset, items: [] });
        },
        onArrayEnd: (offset, length) => {
            const frame = stack.pop();
            if (frame?.kind !== 'array')
                return;
            attach({
                kind: 'array',
                items: frame.items,
                range: rangeOf(frame.offset, offset + length - frame.offset),
            });
        },
        onLiteralValue: (value, offset, length) => {
            const scalar = value;
            attach({ kind: 'scalar', value: scalar, range: rangeOf(offset, length) });
        },
        onComment: (offset, length) => {
            const raw = text.slice(offset, offset + length);
            const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
            comments.push({ text: body, range: rangeOf(offset, length) });
        },
        onError: (code, offset, length) => {
            errors.push({ message: describeError(code), range: rangeOf(offset, Math.max(length, 1)) });
        },
    }, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    // An unterminated document leaves frames open: close them so that what was read is still usable.
    while (stack.length > 0) {
        const frame = stack.pop();
        const range = rangeOf(frame.offset, text.length - frame.offset);
        if (frame.kind === 'object') {
            const map = new Map();
            for (const entry of frame.entries)
                map.set(entry.name.toLowerCase(), entry);
            attach({ kind: 'object', entries: map, range });
        }
        else
            attach({ kind: 'array', items: frame.items, range });
    }
    return { root, comments, errors, lines };
}
const MESSAGES = {
    InvalidSymbol: 'Invalid symbol',
    InvalidNumberFormat: 'Invalid number format',
    PropertyNameExpected: 'Property name expected',
    ValueExpected: 'Value expected',
    ColonExpected: 'Colon expected',
    CommaExpected: 'Comma expected',
    CloseBraceExpected: 'Closing brace expected',
    CloseBracketExpected: 'Closing bracket expected',
    EndOfFileExpected: 'End of file expected',
    InvalidCommentToken: 'Invalid comment token',
    UnexpectedEndOfComment: 'Unterminated comment',
    UnexpectedEndOfString: 'Unterminated string',
    UnexpectedEndOfNumber: 'Unexpected end of number',
    InvalidUnicode: 'Invalid unicode escape',
    InvalidEscapeCharacter: 'Invalid escape character',
    InvalidCharacter: 'Invalid character',
};
function describeError(code) {
    const name = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(code);
    return `JSON syntax error: ${MESSAGES[name] ?? name}.`;
}
/**
 * Returns the offset where nesting first exceeds `maxDepth`, or undefined. The parser recurses per
 * level, so a pathological document must be stopped before it reaches the parser.
 */
function findExcessiveNesting(text, maxDepth) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++; // backslash escapes the next character
            else if (c === 34)
                inString = false;
            continue;
        }
        if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > maxDepth)
                return i;
        }
        else if (c === 125 || c === 93)
            depth--;
        else if (c === 47 && text.charCodeAt(i + 1) === 47) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        }
        else if (c === 47 && text.charCodeAt(i + 1) === 42) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        }
    }
    return undefined;
}
/** Thrown by {@link FastParser} when the input needs the slow path. */
class Bail extends Error {
}
const BAIL = new Bail('not accepted by the fast path');
/**
 * Nesting beyond this depth takes the slow path even when the limit allows it, so that the recursive
 * descent below never risks the stack (the slow path behaves as it always did).
 */
const FAST_MAX_DEPTH = 512;
/**
 * A recursive-descent parser for well-formed JSONC that tracks lines incrementally. It accepts exactly
 * the documents on which jsonc-parser reports no error (with comments and trailing commas allowed),
 * restricted further so that {@link findExcessiveNesting} is known to agree with the depth it counts,
 * and throws {@link BAIL} on anything else.
 */
class FastParser {
    file;
    text;
    comments = [];
    pos = 0;
    /** The 1-based line at `pos`, and the offset at which it starts (as LineIndex counts them). */
    line = 1;
    lineStart = 0;
    depth = 0;
    len;
    maxDepth;
    constructor(file, text, maxDepth) {
        this.file = file;
        this.text = text;
        this.len = text.length;
        this.maxDepth = maxDepth;
    }
    parseDocument() {
        const c = this.skipTrivia();
        if (c < 0)
            throw BAIL; // empty content is an error
        const root = this.parseValue(c);
        if (this.skipTrivia() >= 0)
            throw BAIL; // content after the root value
        return root;
    }
    /** A range within the current line. */
    range(start, end) {
        const line = this.line;
        const lineStart = this.lineStart;
        return {
            file: this.file,
            start: { line, column: start - lineStart + 1 },
            end: { line, column: end - lineStart + 1 },
        };
    }
    /** Skips whitespace, line breaks and comments; returns the next character code, or -1 at the end. */
    skipTrivia() {
        const text = this.text;
        const len = this.len;
        let pos = this.pos;
        for (;;) {
            if (pos >= len) {
                this.pos = pos;
                return -1;
            }
            const c = text.charCodeAt(pos);
            if (c === 32 || c === 9)
                pos++;
            else if (c === 10) {
                pos++;
                this.line++;
                this.lineStart = pos;
            }
            else if (c === 13) {
                pos++;
                if (text.charCodeAt(pos) === 10)
                    pos++;
                this.line++;
                this.lineStart = pos;
            }
            else if (c === 47) {
                this.pos = pos;
                this.comment();
                pos = this.pos;
            }
            else {
                this.pos = pos;
                return c;
            }
        }
    }
    comment() {
        const text = this.text;
        const start = this.pos;
        const next = text.charCodeAt(start + 1);
        if (next === 47) {
            let p = start + 2;
            const len = this.len;
            while (p < len) {
                const c = text.charCodeAt(p);
                if (c === 10 || c === 13)
                    break;
                p++;
            }
            // findExcessiveNesting reads a line comment up to LF: one ended by a lone CR takes the slow path.
            if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) !== 10)
                throw BAIL;
            this.comments.push({ text: text.slice(start + 2, p), range: this.range(start, p) });
            this.pos = p;
            return;
        }
        if (next !== 42)
            throw BAIL; // a lone slash
        const close = text.indexOf('*/', start + 2);
        if (close < 0)
            throw BAIL; // unterminated comment
        const startPos = { line: this.line, column: start - this.lineStart + 1 };
        for (let p = start + 2; p < close; p++) {
            const c = text.charCodeAt(p);
            if (c === 10) {
                this.line++;
                this.lineStart = p + 1;
            }
            else if (c === 13) {
                if (text.charCodeAt(p + 1) === 10)
                    p++;
                this.line++;
                this.lineStart = p + 1;
            }
        }
        const end = close + 2;
        this.comments.push({
            text: text.slice(start + 2, close),
            range: { file: this.file, start: startPos, end: { line: this.line, column: end - this.lineStart + 1 } },
        });
        this.pos = end;
    }
    /** Parses the value starting with character `c` at `pos`. */
    parseValue(c) {
        const start = this.pos;
        switch (c) {
            case 123: // {
                return this.parseObject();
            case 91: // [
                return this.parseArray();
            case 34: {
                // "
                const value = this.scanString();
                return { kind: 'scalar', value, range: this.range(start, this.pos) };
            }
            case 116: // t
                return this.keyword('true', true);
            case 102: // f
                return this.keyword('false', false);
            case 110: // n
                return this.keyword('null', null);
            default:
                if (c === 45 || (c >= 48 && c <= 57))
                    return this.parseNumber();
                throw BAIL;
        }
    }
    /**
     * A keyword must be followed by a delimiter; the caller checks that what follows is one (a
     * following letter, as in `trueish`, is not accepted after a value).
     */
    keyword(word, value) {
        const start = this.pos;
        if (!this.text.startsWith(word, start))
            throw BAIL;
        this.pos = start + word.length;
        return { kind: 'scalar', value, range: this.range(start, this.pos) };
    }
    /** JSON's number grammar, as jsonc-parser's scanner reads it. */
    parseNumber() {
        const text = this.text;
        const start = this.pos;
        let p = start;
        let c = text.charCodeAt(p);
        if (c === 45)
            c = text.charCodeAt(++p);
        if (c === 48)
            c = text.charCodeAt(++p);
        else if (c >= 49 && c <= 57) {
            do
                c = text.charCodeAt(++p);
            while (c >= 48 && c <= 57);
        }
        else
            throw BAIL;
        if (c === 46) {
            c = text.charCodeAt(++p);
            if (!(c >= 48 && c <= 57))
                throw BAIL;
            do
                c = text.charCodeAt(++p);
            while (c >= 48 && c <= 57);
        }
        if (c === 101 || c === 69) {
            c = text.charCodeAt(++p);
            if (c === 43 || c === 45)
                c = text.charCodeAt(++p);
            if (!(c >= 48 && c <= 57))
                throw BAIL;
            do
                c = text.charCodeAt(++p);
            while (c >= 48 && c <= 57);
        }
        this.pos = p;
        return { kind: 'scalar', value: numberValue(text, start, p), range: this.range(start, p) };
    }
    /** Reads the string whose opening quote is at `pos`; leaves `pos` after the closing quote. */
    scanString() {
        const text = this.text;
        const start = this.pos + 1;
        let p = start;
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === 34) {
                this.pos = p + 1;
                return text.slice(start, p);
            }
            if (c === 92)
                return this.scanEscapedString(start, p);
            // A control character (line breaks included) is an error; NaN means the string is unterminated.
            if (!(c >= 32))
                throw BAIL;
            p++;
        }
    }
    scanEscapedString(start, backslash) {
        const text = this.text;
        let out = text.slice(start, backslash);
        let p = backslash;
        let segment = p;
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === 34) {
                this.pos = p + 1;
                return out + text.slice(segment, p);
            }
            if (c === 92) {
                out += text.slice(segment, p);
                switch (text.charCodeAt(p + 1)) {
                    case 34:
                        out += '"';
                        break;
                    case 92:
                        out += '\\';
                        break;
                    case 47:
                        out += '/';
                        break;
                    case 98:
                        out += '\b';
                        break;
                    case 102:
                        out += '\f';
                        break;
                    case 110:
                        out += '\n';
                        break;
                    case 114:
                        out += '\r';
                        break;
                    case 116:
                        out += '\t';
                        break;
                    case 117: {
                        let code = 0;
                        for (let k = p + 2; k < p + 6; k++) {
                            const h = text.charCodeAt(k);
                            if (h >= 48 && h <= 57)
                                code = code * 16 + h - 48;
                            else if (h >= 65 && h <= 70)
                                code = code * 16 + h - 55;
                            else if (h >= 97 && h <= 102)
                                code = code * 16 + h - 87;
                            else
                                throw BAIL;
                        }
                        // Each escape is one UTF-16 code unit, so a surrogate pair is two escapes, as in JSON.
                        out += String.fromCharCode(code);
                        p += 4;
                        break;
                    }
                    default:
                        throw BAIL;
                }
                p += 2;
                segment = p;
                continue;
            }
            if (!(c >= 32))
                throw BAIL;
            p++;
        }
    }
    enter() {
        if (++this.depth > this.maxDepth || this.depth > FAST_MAX_DEPTH)
            throw BAIL;
    }
    parseObject() {
        this.enter();
        const start = this.pos;
        const startPos = { line: this.line, column: start - this.lineStart + 1 };
        this.pos++;
        const entries = new Map();
        let c = this.skipTrivia();
        if (c !== 125) {
            for (;;) {
                if (c !== 34)
                    throw BAIL; // property name expected
                const keyStart = this.pos;
                const name = this.scanString();
                const keyRange = this.range(keyStart, this.pos);
                if (this.skipTrivia() !== 58)
                    throw BAIL; // colon expected
                this.pos++;
                const node = this.parseValue(this.skipTrivia());
                entries.set(hasNoUpperCase(name) ? name : name.toLowerCase(), { name, keyRange, node });
                c = this.skipTrivia();
                if (c === 44) {
                    this.pos++;
                    c = this.skipTrivia();
                    if (c === 125)
                        break; // trailing comma
                }
                else if (c === 125)
                    break;
                else
                    throw BAIL; // comma expected
            }
        }
        this.pos++;
        this.depth--;
        return {
            kind: 'object',
            entries,
            range: {
                file: this.file,
                start: startPos,
                end: { line: this.line, column: this.pos - this.lineStart + 1 },
            },
        };
    }
    parseArray() {
        this.enter();
        const start = this.pos;
        const startPos = { line: this.line, column: start - this.lineStart + 1 };
        this.pos++;
        const items = [];
        let c = this.skipTrivia();
        if (c !== 93) {
            for (;;) {
                items.push(this.parseValue(c));
                c = this.skipTrivia();
                if (c === 44) {
                    this.pos++;
                    c = this.skipTrivia();
                    if (c === 93)
                        break; // trailing comma
                }
                else if (c === 93)
                    break;
                else
                    throw BAIL; // comma expected
            }
        }
        this.pos++;
        this.depth--;
        return {
            kind: 'array',
            items,
            range: {
                file: this.file,
                start: startPos,
                end: { line: this.line, column: this.pos - this.lineStart + 1 },
            },
        };
    }
}
/** Whether `toLowerCase` would leave the string as it is (checked only for ASCII). */
function hasNoUpperCase(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 65 && c <= 90) || c >= 128)
            return false;
    }
    return true;
}
/**
 * The value of the well-formed JSON number `text[start, end)`, as `Number` reads it. Short integers
 * are accumulated exactly (below 2^53) without taking a slice.
 */
function numberValue(text, start, end) {
    const negative = text.charCodeAt(start) === 45;
    const first = negative ? start + 1 : start;
    if (end - first <= 15) {
        let value = 0;
        let i = first;
        for (; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c < 48 || c > 57)
                break;
            value = value * 10 + (c - 48);
        }
        if (i === end)
            return negative ? -value : value;
    }
    return Number(text.slice(start, end));
}


/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mq: () => (/* binding */ treeResult),
/* harmony export */   pF: () => (/* binding */ markProvenance),
/* harmony export */   pO: () => (/* binding */ resultToNode),
/* harmony export */   vN: () => (/* binding */ rerange)
/* harmony export */ });
/* unused harmony exports nodeToJson, firstUnknown, provenanceOfTree */
/* harmony import */ var _model_node_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2909);

/** An evaluation result as a property node; unknown results keep the expression as written. */
function resultToNode(result, expression, range) {
    const prov = {};
    if (result.secure)
        prov.secure = true;
    if (result.parameter !== undefined)
        prov.parameter = result.parameter;
    if (result.kind === 'known')
        return (0,_model_node_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonToNode */ .iH)(result.value, range, prov);
    const node = { kind: 'unknown', expression, range, reason: result.reason, ...prov };
    if (result.references?.length)
        node.references = result.references;
    return node;
}
/** Plain JSON of a fully known node tree; undefined when any part is unknown. */
function nodeToJson(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'unknown':
            return undefined;
        case 'array': {
            const out = [];
            for (const item of node.items) {
                const v = nodeToJson(item);
                if (v === undefined)
                    return undefined;
                out.push(v);
            }
            return out;
        }
        case 'object': {
            const out = {};
            for (const entry of node.entries.values()) {
                const v = nodeToJson(entry.node);
                if (v === undefined)
                    return undefined;
                Object.defineProperty(out, entry.name, {
                    value: v,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
    }
}
/** The first unknown part of a node tree, for the reason of a whole-value unknown. */
function firstUnknown(node) {
    switch (node.kind) {
        case 'unknown':
            return node;
        case 'array':
            for (const item of node.items) {
                const u = firstUnknown(item);
                if (u)
                    return u;
            }
            return undefined;
        case 'object':
            for (const entry of node.entries.values()) {
                const u = firstUnknown(entry.node);
                if (u)
                    return u;
            }
            return undefined;
        default:
            return undefined;
    }
}
/** Provenance carried by any node of a tree (secure wins; the first parameter name is kept). */
function provenanceOfTree(node) {
    const prov = {};
    const visit = (n) => {
        if (n.secure)
            prov.secure = true;
        if (n.parameter !== undefined && prov.parameter === undefined)
            prov.parameter = n.parameter;
        if (n.kind === 'array')
            n.items.forEach(visit);
        if (n.kind === 'object')
            for (const e of n.entries.values())
                visit(e.node);
    };
    visit(node);
    return prov;
}
/** The evaluation result of a property tree: known when every part is, else the first unknown part's reason. */
function treeResult(tree) {
    const prov = provenanceOfTree(tree);
    const json = nodeToJson(tree);
    if (json === undefined) {
        const u = firstUnknown(tree);
        const result = { kind: 'unknown', reason: u.reason ?? `${u.expression} cannot be evaluated` };
        if (u.references?.length)
            result.references = u.references;
        if (prov.secure)
            result.secure = true;
        if (prov.parameter !== undefined)
            result.parameter = prov.parameter;
        return result;
    }
    const result = { kind: 'known', value: json };
    if (prov.secure)
        result.secure = true;
    if (prov.parameter !== undefined)
        result.parameter = prov.parameter;
    return result;
}
/** Marks every node of a tree with a provenance (a parameter name is kept where one is already set). */
function markProvenance(node, prov) {
    const mark = (n) => {
        const marked = {
            ...n,
            ...(n.parameter === undefined && prov.parameter !== undefined ? { parameter: prov.parameter } : {}),
            ...(prov.secure ? { secure: true } : {}),
        };
        if (marked.kind === 'array')
            return { ...marked, items: marked.items.map(mark) };
        if (marked.kind === 'object') {
            const entries = new Map(marked.entries);
            for (const [k, e] of entries)
                entries.set(k, { ...e, node: mark(e.node) });
            return { ...marked, entries };
        }
        return marked;
    };
    return mark(node);
}
/** Moves a tree defined elsewhere (a variable) to the place that uses it, keeping the expression text. */
function rerange(node, range, expression) {
    switch (node.kind) {
        case 'unknown':
            return { ...node, range, expression: node.expression.startsWith('[') ? node.expression : expression };
        case 'scalar':
            return { ...node, range };
        case 'array':
            return { ...node, range, items: node.items.map((i) => rerange(i, range, expression)) };
        case 'object': {
            const entries = new Map(node.entries);
            for (const [k, e] of entries)
                entries.set(k, { ...e, keyRange: range, node: rerange(e.node, range, expression) });
            return { ...node, range, entries };
        }
    }
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ readParameterFile),
/* harmony export */   aW: () => (/* binding */ parameterInputsFor)
/* harmony export */ });
/* unused harmony export parameterFileCandidates */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jsonc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(172);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4775);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8765);




/** The parameter file names Azure tooling pairs with a template, nearest convention first. */
function parameterFileCandidates(template) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(template);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(template).replace(/\.jsonc?$/i, '');
    if (/\.parameters$/i.test(base))
        return [];
    return [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, `${base}.parameters.json`), node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'parameters.json')];
}
/** Reads `{"parameters": {"x": {"value": ...} | {"reference": ...}}}`; values keep their ranges. */
function readParameterFile(file, text) {
    const doc = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonc */ .pX)(file, text);
    if ((0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyArmRoot */ .BL)(doc.root) !== 'parameters' || doc.root?.kind !== 'object')
        return undefined;
    const problems = doc.errors.map((e) => ({ message: e.message, range: e.range }));
    const inputs = (0,_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterInputsOf */ .m)(doc.root.entries.get('parameters')?.node, file);
    return { file, inputs, problems };
}
/**
 * Collects the parameter values for a template: the conventional parameter file beside it, then
 * configuration values for its glob, then files given with `--parameters` (later sources win).
 */
function parameterInputsFor(template, read, options) {
    const inputs = new Map();
    const files = [];
    const problems = [];
    const merge = (file) => {
        files.push(file.file);
        problems.push(...file.problems);
        for (const [k, v] of file.inputs)
            inputs.set(k, v);
    };
    for (const candidate of parameterFileCandidates(template)) {
        const content = read(candidate);
        if ('error' in content)
            continue;
        const parsed = readParameterFile(candidate, content.text);
        if (parsed) {
            merge(parsed);
            break;
        }
    }
    for (const [name, value] of Object.entries(options.configured ?? {})) {
        inputs.set(name.toLowerCase(), {
            value: value,
            source: options.configSource ?? 'configuration',
        });
    }
    for (const file of options.explicitFiles ?? []) {
        const content = read(file);
        if ('error' in content) {
            problems.push({
                message: `Cannot read parameters file ${file}: ${content.error}`,
                range: { file: template, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            });
            continue;
        }
        const parsed = readParameterFile(file, content.text);
        if (parsed)
            merge(parsed);
        else
            problems.push({
                message: `${file} is not an ARM parameters file.`,
                range: { file: template, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            });
    }
    return { inputs, files, problems };
}


/***/ }),

/***/ 4775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TemplateScope),
/* harmony export */   m: () => (/* binding */ parameterInputsOf)
/* harmony export */ });
/* harmony import */ var _expressions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2860);
/* harmony import */ var _model_node_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2909);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4406);



/**
 * `{ "x": { "value": ... } | { "reference": ... } }` as parameters files and deployments write it; values keep
 * their nodes (and so their ranges), Key Vault references are secret.
 */
function parameterInputsOf(node, source) {
    const inputs = new Map();
    if (node?.kind !== 'object')
        return inputs;
    for (const entry of node.entries.values()) {
        const spec = entry.node;
        if (spec.kind !== 'object')
            continue;
        const value = spec.entries.get('value');
        if (value)
            inputs.set(entry.name.toLowerCase(), { node: value.node, source });
        else if (spec.entries.has('reference'))
            inputs.set(entry.name.toLowerCase(), { secretReference: true, source });
    }
    return inputs;
}
const WHOLE_VARIABLE = /^\[\s*variables\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;
const WHOLE_PARAMETER = /^\[\s*parameters\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;
const SECURE_TYPES = new Set(['securestring', 'secureobject']);
const MAX_PROPERTY_COPIES = 1000;
/**
 * The expression scope of one template: its parameters (inputs, else defaults), its variables (lazily,
 * with cycle detection), and the copy loops being expanded. Deployment context (subscription, resource
 * group) is deliberately unknown: it is decided at deployment time.
 */
class TemplateScope {
    now;
    shared;
    loops;
    currentLoop;
    constructor(template, inputs, now) {
        this.shared = { template, inputs, now, parameters: new Map(), variables: new Map() };
        this.now = now;
        this.loops = new Map();
    }
    static derive(from, loops, current) {
        const scope = Object.create(TemplateScope.prototype);
        Object.assign(scope, { now: from.now, shared: from.shared, loops, currentLoop: current });
        return scope;
    }
    /** A scope in which `copyIndex(name)` (and `copyIndex()`) is `index`. */
    withLoop(name, index) {
        const loops = new Map(this.loops);
        loops.set(name.toLowerCase(), index);
        return TemplateScope.derive(this, loops, name.toLowerCase());
    }
    copyIndex(loopName) {
        const name = loopName?.toLowerCase() ?? this.currentLoop;
        return name === undefined ? undefined : this.loops.get(name);
    }
    parameter(name) {
        const tree = this.parameterTree(name);
        return tree && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .treeResult */ .mq)(tree);
    }
    variable(name) {
        const tree = this.variableTree(name);
        return tree && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .treeResult */ .mq)(tree);
    }
    /** Whether a parameter is declared secure (`securestring`, `secureObject`). */
    isSecureParameter(name) {
        const def = this.definition('parameters', name);
        const type = def?.kind === 'object' ? def.entries.get('type')?.node : undefined;
        return (type?.kind === 'scalar' && typeof type.value === 'string' && SECURE_TYPES.has(type.value.toLowerCase()));
    }
    /** Evaluates a node of the template: expressions, property copy loops, nested values. */
    evaluate(node) {
        switch (node.kind) {
            case 'unknown':
                return node;
            case 'scalar': {
                if (typeof node.value !== 'string')
                    return node;
                const text = node.value;
                if (!(0,_expressions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpression */ .BH)(text))
                    return text.startsWith('[[') ? { ...node, value: text.slice(1) } : node;
                const whole = this.wholeReference(text, node);
                if (whole)
                    return whole;
                return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .resultToNode */ .pO)((0,_expressions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateTemplateString */ .nh)(text, this), text, node.range);
            }
            case 'array':
                return { ...node, items: node.items.map((item) => this.evaluate(item)) };
            case 'object':
                return this.evaluateObject(node);
        }
    }
    evaluateObject(node) {
        const entries = new Map();
        const copy = node.entries.get('copy');
        const isPropertyLoop = copy?.node.kind === 'array';
        for (const [key, entry] of node.entries) {
            if (isPropertyLoop && key === 'copy')
                continue;
            entries.set(key, { ...entry, node: this.evaluate(entry.node) });
        }
        if (copy && copy.node.kind === 'array') {
            for (const loop of copy.node.items) {
                const expanded = this.propertyCopy(loop);
                if (expanded)
                    entries.set(expanded.name.toLowerCase(), expanded);
            }
        }
        return { ...node, entries };
    }
    /** `"copy": [{ "name": "ipRules", "count": 2, "input": {...} }]` inside an object. */
    propertyCopy(loop) {
        if (loop.kind !== 'object')
            return undefined;
        const nameNode = loop.entries.get('name')?.node;
        if (nameNode?.kind !== 'scalar' || typeof nameNode.value !== 'string')
            return undefined;
        const name = nameNode.value;
        const count = this.evaluate(loop.entries.get('count')?.node ?? { kind: 'scalar', value: 0, range: loop.range });
        const input = loop.entries.get('input')?.node;
        if (!input)
            return undefined;
        if (count.kind !== 'scalar' || typeof count.value !== 'number') {
            const reason = count.kind === 'unknown' ? count.reason : 'the copy count is not a number';
            return {
                name,
                keyRange: nameNode.range,
                node: { kind: 'unknown', expression: `copy '${name}'`, reason, range: loop.range },
            };
        }
        const n = Math.max(0, Math.min(count.value, MAX_PROPERTY_COPIES));
        const items = [];
        for (let i = 0; i < n; i++)
            items.push(this.withLoop(name, i).evaluate(input));
        return { name, keyRange: nameNode.range, node: { kind: 'array', items, range: loop.range } };
    }
    /** `[variables('x')]` and `[parameters('x')]` as a whole value keep their partially known structure. */
    wholeReference(text, node) {
        const variable = WHOLE_VARIABLE.exec(text);
        const parameter = variable ? undefined : WHOLE_PARAMETER.exec(text);
        const name = (variable ?? parameter)?.[1]?.replace(/''/g, "'");
        if (name === undefined)
            return undefined;
        const tree = variable ? this.variableTree(name) : this.parameterTree(name);
        if (!tree)
            return undefined;
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .rerange */ .vN)(tree, node.range, text);
    }
    definition(section, name) {
        const container = this.shared.template.entries.get(section)?.node;
        if (container?.kind !== 'object')
            return undefined;
        return container.entries.get(name.toLowerCase())?.node;
    }
    parameterTree(name) {
        const key = name.toLowerCase();
        const cached = this.shared.parameters.get(key);
        if (cached === 'pending')
            return cycle(`parameter '${name}' refers to itself`);
        if (cached)
            return cached;
        const def = this.definition('parameters', name);
        if (!def)
            return undefined;
        this.shared.parameters.set(key, 'pending');
        const tree = this.computeParameter(name, def);
        this.shared.parameters.set(key, tree);
        return tree;
    }
    computeParameter(name, def) {
        const secure = this.isSecureParameter(name);
        const prov = secure ? { secure: true } : {};
        const input = this.shared.inputs.get(name.toLowerCase());
        const range = def.range;
        if (input) {
            if (input.node)
                return secure ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .markProvenance */ .pF)(input.node, prov) : input.node;
            if (input.secretReference || input.value === undefined) {
                return {
                    kind: 'unknown',
                    expression: `parameters('${name}')`,
                    range,
                    reason: `a Key Vault reference in ${input.source}`,
                    secure: true,
                };
            }
            return (0,_model_node_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonToNode */ .iH)(input.value, range, prov);
        }
        const defaultValue = def.kind === 'object' ? def.entries.get('defaultvalue')?.node : undefined;
        if (defaultValue) {
            const tree = this.evaluate(defaultValue);
            return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .markProvenance */ .pF)(tree, { parameter: name, ...prov });
        }
        const allowed = def.kind === 'object' ? def.entries.get('allowedvalues')?.node : undefined;
        const allowedText = allowed?.kind === 'array'
            ? ` (allowed: ${allowed.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '…')).join(', ')})`
            : '';
        return {
            kind: 'unknown',
            expression: `parameters('${name}')`,
            range,
            reason: `parameter '${name}' has no value${allowedText}`,
            ...prov,
        };
    }
    variableTree(name) {
        const key = name.toLowerCase();
        const cached = this.shared.variables.get(key);
        if (cached === 'pending')
            return cycle(`variable '${name}' refers to itself`);
        if (cached)
            return cached;
        const written = this.definition('variables', name);
        this.shared.variables.set(key, 'pending');
        // Variables are evaluated outside any resource loop.
        const tree = written ? TemplateScope.derive(this, new Map()).evaluate(written) : this.variableCopy(name);
        if (!tree) {
            this.shared.variables.delete(key);
            return undefined;
        }
        this.shared.variables.set(key, tree);
        return tree;
    }
    /** `"variables": { "copy": [{ "name": "x", "count": n, "input": ... }] }` defines variable x. */
    variableCopy(name) {
        const copy = this.definition('variables', 'copy');
        if (copy?.kind !== 'array')
            return undefined;
        const loop = copy.items.find((item) => {
            const n = item.kind === 'object' ? item.entries.get('name')?.node : undefined;
            return (n?.kind === 'scalar' && typeof n.value === 'string' && n.value.toLowerCase() === name.toLowerCase());
        });
        if (!loop)
            return undefined;
        const wrapper = {
            kind: 'object',
            range: loop.range,
            entries: new Map([
                [
                    'copy',
                    { name: 'copy', keyRange: loop.range, node: { kind: 'array', items: [loop], range: loop.range } },
                ],
            ]),
        };
        const evaluated = TemplateScope.derive(this, new Map()).evaluateObject(wrapper);
        return evaluated.kind === 'object' ? evaluated.entries.get(name.toLowerCase())?.node : undefined;
    }
}
function cycle(reason) {
    return {
        kind: 'unknown',
        expression: '(cycle)',
        reason,
        range: { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    };
}


/***/ }),

/***/ 8765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ canonicalExtension),
/* harmony export */   BL: () => (/* binding */ classifyArmRoot),
/* harmony export */   Br: () => (/* binding */ qualifyName),
/* harmony export */   GW: () => (/* binding */ qualifyType),
/* harmony export */   UN: () => (/* binding */ judgedType),
/* harmony export */   kh: () => (/* binding */ metadataSuppressions),
/* harmony export */   oR: () => (/* binding */ parseArmFile)
/* harmony export */ });
/* unused harmony exports interpretExpressions, fileProblem */
/* harmony import */ var _model_directives_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7507);
/* harmony import */ var _model_node_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2909);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9060);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4749);
/* harmony import */ var _jsonc_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(172);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4775);









function classifyArmRoot(root) {
    if (root?.kind !== 'object')
        return 'other';
    const schema = root.entries.get('$schema')?.node;
    const schemaText = schema?.kind === 'scalar' && typeof schema.value === 'string' ? schema.value : '';
    if (/deploymentParameters/i.test(schemaText))
        return 'parameters';
    if (/deploymentTemplate/i.test(schemaText))
        return 'template';
    const resources = root.entries.get('resources')?.node;
    if (resources &&
        (resources.kind === 'array' || resources.kind === 'object') &&
        root.entries.has('contentversion'))
        return 'template';
    if (resources?.kind === 'array' && resources.items.some((r) => isResourceLike(r)))
        return 'template';
    if (root.entries.get('parameters')?.node.kind === 'object' && root.entries.has('contentversion'))
        return 'parameters';
    return 'other';
}
function isResourceLike(node) {
    return node.kind === 'object' && node.entries.has('type') && node.entries.has('apiversion');
}
/** Nested deployments may nest this deep (ARM allows 64; real templates use a handful). */
const MAX_DEPLOYMENT_DEPTH = 16;
/** A resource copy loop is expanded up to this many instances; larger loops are checked as one instance. */
const MAX_RESOURCE_COPIES = 800;
/** Reads one ARM JSON file into canonical resources, evaluating expressions where it can. Never throws. */
function parseArmFile(file, text, options = {}) {
    const doc = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonc */ .pX)(file, text, options.limits ?? _jsonc_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_JSON_LIMITS */ .Ym);
    const directives = [];
    for (const comment of doc.comments) {
        const directive = (0,_model_directives_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDirective */ .x)(comment.text, comment.range);
        if (directive)
            directives.push(directive);
    }
    const problems = doc.errors.map((e) => ({ message: e.message, range: e.range }));
    const kind = classifyArmRoot(doc.root);
    const result = {
        file,
        surface: 'arm',
        kind,
        resources: [],
        problems,
        directives,
        unresolved: [],
        related: [],
        root: doc.root,
    };
    if (kind !== 'template' || doc.root?.kind !== 'object')
        return result;
    const now = options.now ?? new Date();
    const scope = new _scope_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateScope */ .F(doc.root, options.parameters ?? new Map(), now);
    const reader = new TemplateReader(result, options, now);
    reader.readTemplate(doc.root, scope, { file, keyPrefix: `arm:${file}#`, depth: 0, chain: [file] });
    return result;
}
/**
 * Turns the `resources` of a template (an array, or the symbolic-name object of languageVersion 2.0)
 * into model resources: expanding copy loops, deciding conditions, descending into nested child
 * `resources` and into nested deployments (inline or linked by relative path).
 */
class TemplateReader {
    result;
    options;
    now;
    constructor(result, options, now) {
        this.result = result;
        this.options = options;
        this.now = now;
    }
    readTemplate(root, scope, frame, path = 'resources') {
        const resources = root.entries.get('resources');
        if (resources)
            this.readResources(resources.node, path, scope, frame);
    }
    readResources(node, path, scope, frame, parent) {
        if (node.kind === 'array') {
            node.items.forEach((item, index) => this.readResource(item, `${path}[${index}]`, undefined, scope, frame, parent));
        }
        else if (node.kind === 'object') {
            for (const entry of node.entries.values()) {
                this.readResource(entry.node, `${path}.${entry.name}`, entry.name, scope, frame, parent);
            }
        }
        else if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.startsWith('[')) {
            this.problem(`The resources list is an expression that cannot be read: ${node.value}`, node.range);
        }
    }
    readResource(node, path, symbol, scope, frame, parent) {
        if (node.kind !== 'object') {
            this.problem('A resource must be an object.', node.range);
            return;
        }
        const copy = node.entries.get('copy')?.node;
        if (copy?.kind !== 'object') {
            this.readInstance(node, path, symbol, scope, frame, parent);
            return;
        }
        const loopName = stringOf(copy.entries.get('name')?.node) ?? 'copy';
        const count = scope.evaluate(copy.entries.get('count')?.node ?? { kind: 'scalar', value: 0, range: copy.range });
        if (count.kind === 'scalar' && typeof count.value === 'number' && count.value <= MAX_RESOURCE_COPIES) {
            for (let i = 0; i < count.value; i++) {
                this.readInstance(node, `${path}[${i}]`, symbol, scope.withLoop(loopName, i), frame, parent);
            }
            return;
        }
        // The collection cannot be expanded: one resource stands for every instance.
        const why = count.kind === 'unknown'
            ? (count.reason ?? count.expression)
            : `${String(count.value)} instances`;
        this.readInstance(node, path, symbol, scope, frame, parent, `copy loop '${loopName}' (${why})`);
    }
    readInstance(raw, path, symbol, scope, frame, parent, loop) {
        const rawType = raw.entries.get('type');
        const typeText = rawType ? stringOf(scope.evaluate(rawType.node)) : undefined;
        if (typeText === undefined) {
            this.problem('A resource needs a "type" that can be evaluated.', rawType ? (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .entryRange */ .qK)(rawType) : raw.range);
            return;
        }
        const isDeployment = equalsType(typeText, _model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .TYPES */ .QE.deployment);
        if (!this.isRelevant(qualifyType(typeText, parent?.type))) {
            this.readChildrenOnly(raw, path, scope, frame, parent, typeText);
            return;
        }
        const body = scope.evaluate(withoutEntries(raw, ['copy', 'resources'], isDeployment));
        const condition = decideCondition(raw.entries.get('condition')?.node, body.entries.get('condition')?.node);
        if (condition === false)
            return; // provably never deployed
        const written = qualifyType(typeText, parent?.type);
        const key = `${frame.keyPrefix}${path}`;
        const qualifiedName = qualifyName(readValue(body, 'name'), parent?.name);
        const { type, name } = canonicalExtension(written, qualifiedName, body, parent?.name);
        const apiVersion = stringOf(body.entries.get('apiversion')?.node);
        const resource = new _model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .Resource */ .FW({
            key,
            type,
            apiVersion,
            name,
            surface: 'arm',
            range: raw.range,
            body,
            defaults: (0,_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .armDefaultsFor */ ._)(type),
            conditional: typeof condition === 'string' ? condition : undefined,
            existing: isTrue(body.entries.get('existing')?.node),
            symbol,
            parentKey: parent?.key,
            suppressions: metadataSuppressions(raw),
            loop,
        });
        this.result.resources.push(resource);
        const children = raw.entries.get('resources');
        if (children)
            this.readResources(children.node, `${path}.resources`, scope, frame, {
                type: written,
                name: qualifiedName,
                key,
            });
        if (isDeployment)
            this.readDeployment(raw, body, path, scope, frame);
    }
    isRelevant(type) {
        const filter = this.options.isRelevantType;
        return !filter || filter(judgedType(type));
    }
    /** A resource nothing judges: only its nested children may matter, and they need its name. */
    readChildrenOnly(raw, path, scope, frame, parent, typeText) {
        const children = raw.entries.get('resources');
        if (!children)
            return;
        const nameEntry = raw.entries.get('name');
        const name = nameEntry
            ? (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeValue */ .E8)(scope.evaluate(nameEntry.node), (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .entryRange */ .qK)(nameEntry))
            : { kind: 'absent', range: raw.range };
        const type = qualifyType(typeText, parent?.type);
        this.readResources(children.node, `${path}.resources`, scope, frame, {
            type,
            name: qualifyName(name, parent?.name),
            key: `${frame.keyPrefix}${path}`,
        });
    }
    /** A nested deployment: its template inline (inner or outer scope) or linked by a relative path. */
    readDeployment(raw, body, path, scope, frame) {
        if (frame.depth >= MAX_DEPLOYMENT_DEPTH) {
            this.problem(`Nested deployments deeper than ${MAX_DEPLOYMENT_DEPTH} levels are not read.`, raw.range);
            return;
        }
        const rawProperties = raw.entries.get('properties')?.node;
        if (rawProperties?.kind !== 'object')
            return;
        const properties = body.entries.get('properties')?.node;
        const evaluated = properties?.kind === 'object' ? properties : undefined;
        const inner = equalsText(stringOf(get(evaluated, 'expressionEvaluationOptions', 'scope')), 'inner');
        const inputs = () => (0,_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .parameterInputsOf */ .m)(evaluated?.entries.get('parameters')?.node, frame.file);
        const template = rawProperties.entries.get('template')?.node;
        if (template?.kind === 'object') {
            const nestedScope = inner ? new _scope_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateScope */ .F(template, inputs(), this.now) : scope;
            this.readTemplate(template, nestedScope, { ...frame, depth: frame.depth + 1 }, `${path}.properties.template.resources`);
            return;
        }
        const link = get(evaluated, 'templateLink');
        if (!link)
            return;
        const relativePath = get(link, 'relativePath');
        const linkRange = link.range;
        if (relativePath?.kind === 'scalar' && typeof relativePath.value === 'string') {
            this.readLinkedTemplate(relativePath.value, linkRange, inputs(), path, frame);
            return;
        }
        const target = get(link, 'uri') ?? get(link, 'id') ?? relativePath;
        const described = target?.kind === 'scalar'
            ? String(target.value)
            : target?.kind === 'unknown'
                ? target.expression
                : 'an expression';
        this.result.unresolved.push({
            message: `The linked template ${described} is not a local file; the resources it deploys are not checked.`,
            range: linkRange,
        });
    }
    readLinkedTemplate(relativePath, range, inputs, path, frame) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(frame.file), relativePath.replace(/\\/g, '/')));
        if (frame.chain.includes(target)) {
            this.problem(`Linked templates form a cycle: ${[...frame.chain, target].join(' -> ')}.`, range);
            return;
        }
        const read = this.options.readFile?.(target);
        if (!read || 'error' in read) {
            const why = read && 'error' in read ? read.error : 'no file reader';
            this.result.unresolved.push({
                message: `The linked template ${target} cannot be read (${why}); its resources are not checked.`,
                range,
            });
            return;
        }
        this.result.related.push(target);
        const doc = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonc */ .pX)(target, read.text, this.options.limits ?? _jsonc_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_JSON_LIMITS */ .Ym);
        for (const error of doc.errors)
            this.result.problems.push({ message: error.message, range: error.range });
        for (const comment of doc.comments) {
            const directive = (0,_model_directives_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDirective */ .x)(comment.text, comment.range);
            if (directive)
                this.result.directives.push(directive);
        }
        if (doc.root?.kind !== 'object' || classifyArmRoot(doc.root) !== 'template') {
            this.problem(`The linked template ${target} is not an ARM template.`, range);
            return;
        }
        const scope = new _scope_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateScope */ .F(doc.root, inputs, this.now);
        this.readTemplate(doc.root, scope, {
            file: target,
            keyPrefix: `${frame.keyPrefix}${path}>arm:${target}#`,
            depth: frame.depth + 1,
            chain: [...frame.chain, target],
        });
    }
    problem(message, range) {
        this.result.problems.push({ message, range });
    }
}
function stringOf(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
function get(node, ...keys) {
    let current = node;
    for (const key of keys) {
        if (current?.kind !== 'object')
            return undefined;
        current = current.entries.get(key.toLowerCase())?.node;
    }
    return current;
}
function equalsText(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
function equalsType(a, b) {
    return equalsText(a, b);
}
/** A shallow copy without some entries; a deployment's nested template is evaluated in its own scope. */
function withoutEntries(node, keys, isDeployment) {
    const entries = new Map(node.entries);
    for (const key of keys)
        entries.delete(key);
    const properties = entries.get('properties');
    if (isDeployment && properties?.node.kind === 'object' && properties.node.entries.has('template')) {
        const inner = new Map(properties.node.entries);
        inner.delete('template');
        entries.set('properties', { ...properties, node: { ...properties.node, entries: inner } });
    }
    return { ...node, entries };
}
/**
 * false when provably not deployed (a literal, or an expression false without any parameter default);
 * the condition text when it depends on parameters or cannot be evaluated; true otherwise.
 */
function decideCondition(raw, evaluated) {
    if (!raw || !evaluated)
        return true;
    const text = raw.kind === 'scalar' ? String(raw.value) : 'condition';
    if (evaluated.kind === 'unknown')
        return text;
    if (evaluated.kind !== 'scalar')
        return true;
    const value = evaluated.value === true ||
        (typeof evaluated.value === 'string' && evaluated.value.toLowerCase() === 'true');
    if (evaluated.parameter !== undefined) {
        return value ? text : `${text} (false with the default of parameter '${evaluated.parameter}')`;
    }
    return value;
}
/** Template expressions (`[...]`) become unknown values; `[[` escapes a literal bracket. */
function interpretExpressions(node) {
    switch (node.kind) {
        case 'scalar': {
            if (typeof node.value !== 'string')
                return node;
            const text = node.value;
            if (text.startsWith('[['))
                return { ...node, value: text.slice(1) };
            if (text.startsWith('[') && text.endsWith(']'))
                return { kind: 'unknown', expression: text, range: node.range };
            return node;
        }
        case 'array':
            return { ...node, items: node.items.map(interpretExpressions) };
        case 'object': {
            const entries = new Map(node.entries);
            for (const [k, entry] of entries)
                entries.set(k, { ...entry, node: interpretExpressions(entry.node) });
            return { ...node, entries };
        }
        case 'unknown':
            return node;
    }
}
function readValue(body, key) {
    const entry = body.entries.get(key);
    if (!entry)
        return { kind: 'absent', range: body.range };
    return (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeValue */ .E8)(entry.node, (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .entryRange */ .qK)(entry));
}
const PROVIDER_FORM = /^(.+)\/providers\/(?:Microsoft\.Insights\/|Microsoft\.Authorization\/)?(diagnosticSettings|roleAssignments)$/i;
const EXTENSION_TYPES = {
    diagnosticsettings: 'Microsoft.Insights/diagnosticSettings',
    roleassignments: 'Microsoft.Authorization/roleAssignments',
};
/** The type a resource is judged as: the extension type for the provider form, else the type itself. */
function judgedType(type) {
    const extension = PROVIDER_FORM.exec(type);
    return extension ? EXTENSION_TYPES[extension[2].toLowerCase()] : type;
}
/**
 * Extension resources written in the provider form (`Microsoft.KeyVault/managedHSMs/providers/
 * diagnosticSettings` named `hsm/Microsoft.Insights/audit`) become their canonical type with a `scope`
 * naming the target (`Microsoft.KeyVault/managedHSMs/hsm`), like the `scope` property form.
 */
function canonicalExtension(type, name, body, parentName) {
    const match = PROVIDER_FORM.exec(type);
    if (!match || body.entries.has('scope'))
        return { type, name };
    const [, targetType, extension] = match;
    const extensionType = EXTENSION_TYPES[extension.toLowerCase()];
    const nameEntry = body.entries.get('name');
    const range = nameEntry ? (0,_model_node_js__WEBPACK_IMPORTED_MODULE_6__/* .entryRange */ .qK)(nameEntry) : body.range;
    let scope;
    let ownName = name;
    if (name.kind === 'known' && typeof name.value === 'string') {
        const segments = name.value.split('/');
        const namespaceAt = segments.findIndex((s) => s.includes('.'));
        // Nested under its target (`"type": "providers/diagnosticSettings"` inside the HSM), the name starts
        // with the provider namespace and the target is the parent.
        const nestedTarget = namespaceAt === 0 && parentName?.kind === 'known' && typeof parentName.value === 'string'
            ? parentName.value
            : undefined;
        const targetName = nestedTarget ?? (namespaceAt > 0 ? segments.slice(0, namespaceAt) : segments.slice(0, -1)).join('/');
        scope = { kind: 'scalar', value: `${targetType}/${targetName}`, range };
        ownName = { ...name, value: segments[segments.length - 1] };
    }
    else {
        const expression = name.kind === 'unknown' ? name.expression : '(name)';
        scope = { kind: 'unknown', expression, range, reason: 'the target is named by an expression' };
    }
    const entries = new Map(body.entries);
    entries.set('scope', { name: 'scope', keyRange: nameEntry?.keyRange ?? body.range, node: scope });
    body.entries = entries;
    return { type: extensionType, name: ownName };
}
/** Child types may be written short (`keys`) under their parent. */
function qualifyType(type, parentType) {
    if (!parentType || type.includes('.'))
        return type;
    return `${parentType}/${type}`;
}
function qualifyName(name, parentName) {
    if (!parentName || name.kind !== 'known' || typeof name.value !== 'string' || name.value.includes('/'))
        return name;
    if (parentName.kind === 'known' && typeof parentName.value === 'string') {
        return { ...name, value: `${parentName.value}/${name.value}` };
    }
    return name;
}
function isTrue(node) {
    return node?.kind === 'scalar' && node.value === true;
}
/** `"metadata": {"hsmlint": {"disable": [{"rule", "reason", "expires"}]}}` on the resource. */
function metadataSuppressions(body) {
    const metadata = body.entries.get('metadata')?.node;
    if (metadata?.kind !== 'object')
        return [];
    const hsmlint = metadata.entries.get('hsmlint')?.node;
    if (hsmlint?.kind !== 'object')
        return [];
    const disable = hsmlint.entries.get('disable');
    if (!disable || disable.node.kind !== 'array')
        return [];
    const out = [];
    for (const item of disable.node.items) {
        if (item.kind !== 'object')
            continue;
        const text = (k) => {
            const n = item.entries.get(k)?.node;
            return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
        };
        const rule = text('rule');
        if (!rule)
            continue;
        const suppression = { rule, range: item.range };
        const reason = text('reason');
        const expires = text('expires');
        if (reason?.trim())
            suppression.reason = reason.trim();
        if (expires)
            suppression.expires = expires;
        out.push(suppression);
    }
    return out;
}
function fileProblem(file, message, range) {
    return { message, range: range ?? pointRange(file) };
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cU: () => (/* binding */ isBicepParametersFile),
/* harmony export */   jO: () => (/* binding */ bicepSkipReason)
/* harmony export */ });
/* unused harmony export mayBeBicep */
// Tests on a Bicep file's name and text that need no parse, apart from the parser so that a folder walk
// decides most files without loading it.
const MAY_DEPLOY = /\b(?:resource|module)\s+[A-Za-z_]/;
const MAY_PARAMETERIZE = /\busing\s/;
/**
 * Cheap byte-level test: a template matters only if it declares a resource or a module, a parameters
 * file only if it has a `using` declaration. Other files (type and function libraries) are not read
 * further unless named explicitly.
 */
function mayBeBicep(text, parametersFile) {
    return (parametersFile ? MAY_PARAMETERIZE : MAY_DEPLOY).test(text);
}
function isBicepParametersFile(file) {
    return file.toLowerCase().endsWith('.bicepparam');
}
/** Why a Bicep file found in a folder walk is not read further, or undefined when it may deploy something. */
function bicepSkipReason(file, text) {
    const parametersFile = isBicepParametersFile(file);
    if (mayBeBicep(text, parametersFile))
        return undefined;
    return parametersFile ? 'a Bicep parameters file without using' : 'declares no Bicep resource or module';
}


/***/ }),

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ TerraformWords),
/* harmony export */   Yy: () => (/* binding */ terraformFacts),
/* harmony export */   mw: () => (/* binding */ bicepDeploys)
/* harmony export */ });
/* unused harmony exports terraformCalls, normalizeDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5768);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4942);
/* harmony import */ var _relevance_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(221);
/* harmony import */ var _word_search_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2681);





/** The module folders a `.tf` file calls: local sources, and sources mapped under `modules`. */
function terraformCalls(file, text, modules) {
    return (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .referencesOf */ .CL)(file, text, { modules }).dirs.map(normalizeDir);
}
function normalizeDir(path) {
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/\/+$/, '');
    return normalized === '' ? '.' : normalized;
}
function terraformFacts(file, text, modules) {
    return {
        kind: 'terraform',
        relevant: (0,_relevance_js__WEBPACK_IMPORTED_MODULE_3__/* .namesAnythingRelevant */ .Aj)(text),
        calls: terraformCalls(file, text, modules),
    };
}
// `source` at a word start, as a module's source is written (`resource` does not count).
const TERRAFORM_WORDS = [..._relevance_js__WEBPACK_IMPORTED_MODULE_3__/* .MAY_MATTER_WORDS */ .Eh, { word: 'source', atWordStart: true }];
const SOURCE_BIT = 1 << _relevance_js__WEBPACK_IMPORTED_MODULE_3__/* .MAY_MATTER_WORDS */ .Eh.length;
/** Made on first use: a scan without Terraform does not need its tables. */
let terraformWords;
/**
 * A Terraform file's facts from its bytes, gathered a chunk at a time when they tell them. A module call
 * that `terraformCalls` follows has a `source` attribute whose value starts with `./` or `../`, or one
 * that `modules` maps: a file without either calls no module (a provider's `source` does not count).
 * Chunks repeat the end of the one before (see `ChunkWords`).
 */
class TerraformWords {
    words = new _read_js__WEBPACK_IMPORTED_MODULE_1__/* .ChunkWords */ .ny(() => (terraformWords ??= new _word_search_js__WEBPACK_IMPORTED_MODULE_4__/* .WordSearch */ .b(TERRAFORM_WORDS)));
    /** Whether the bytes hold `"./` or `"../`, as a local module's source starts. */
    localPath = false;
    add(chunk) {
        this.words.add(chunk);
        if (!this.localPath) {
            const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            this.localPath = bytes.includes('"./') || bytes.includes('"../');
        }
    }
    /** The facts, or undefined when the file's text must be read for them. */
    facts(modules) {
        const { found, opensAsText } = this.words;
        if (!opensAsText)
            return undefined;
        const mapped = modules !== undefined && Object.keys(modules).length > 0;
        if (found & SOURCE_BIT && (this.localPath || mapped))
            return undefined;
        return { kind: 'terraform', relevant: (found & ~SOURCE_BIT) !== 0, calls: [] };
    }
}
// A `module` declaration, after any decorators; a parameters file's `using` declaration.
const MODULE_REFERENCE = /^[ \t]*(?:@[^\n]*\n[ \t]*)*module\s+[A-Za-z_]\w*\s+'([^'\n]+)'/gm;
const USING_REFERENCE = /^[ \t]*using\s+'([^'\n]+)'/gm;
/**
 * The files a Bicep file deploys, found by a byte search: its modules' local paths (and references
 * mapped under `modules`), or the template its `using` names. A reference in a comment may count.
 */
function bicepDeploys(file, text, modules) {
    const [keyword, pattern] = file.toLowerCase().endsWith('.bicepparam')
        ? ['using', USING_REFERENCE]
        : ['module', MODULE_REFERENCE];
    // Most files name no module: a plain search for the keyword is much faster than the pattern.
    if (!text.includes(keyword))
        return [];
    const deploys = [];
    for (const match of text.matchAll(pattern)) {
        const reference = match[1];
        const mapped = (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .mappedReference */ .Li)(modules, reference);
        if (mapped)
            deploys.push(mapped);
        else if (!/^(br|ts)[:/]/i.test(reference))
            deploys.push((0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveFrom */ .dx)(file, reference));
    }
    return deploys;
}


/***/ }),

/***/ 5768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   JS: () => (/* binding */ visitChunksOfFile),
/* harmony export */   Vv: () => (/* binding */ readSourceText),
/* harmony export */   ny: () => (/* binding */ ChunkWords),
/* harmony export */   q8: () => (/* binding */ DEFAULT_READ_LIMITS)
/* harmony export */ });
/* unused harmony exports opensAsUtf8Text, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** ARM caps a template at 4 MB; eight times that leaves room for generated files. */
const DEFAULT_READ_LIMITS = { maxFileBytes: 32 * 1024 * 1024 };
/**
 * Reads a source file as text: UTF-8 (BOM removed) or UTF-16 with a BOM, as editors on Windows write
 * them. Binary and oversized files are refused with a reason.
 */
function readSourceText(path, limits = DEFAULT_READ_LIMITS, worthReading) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch (error) {
        return { ok: false, message: `Cannot read file: ${error.message}` };
    }
    if (size > limits.maxFileBytes) {
        return {
            ok: false,
            message: `File is ${formatBytes(size)}, above the ${formatBytes(limits.maxFileBytes)} limit; it is not scanned.`,
        };
    }
    const skip = worthReading?.(path, size);
    if (skip !== undefined)
        return { ok: false, message: skip, skipped: true };
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        return { ok: false, message: `Cannot read file: ${error.message}` };
    }
    return decodeSource(bytes);
}
/** The UTF-16 encoding a byte order mark names, as editors on Windows write it. */
function utf16Of(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    return undefined;
}
/** A NUL byte early on: the file is not text. */
function looksBinary(bytes) {
    return bytes.subarray(0, 8192).includes(0);
}
const EMPTY_FILE = { ok: false, message: 'File is empty.', empty: true };
function decodeSource(bytes) {
    if (bytes.length === 0)
        return EMPTY_FILE;
    const utf16 = utf16Of(bytes);
    if (utf16)
        return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
    if (looksBinary(bytes))
        return { ok: false, message: 'File is binary (contains NUL bytes); it is not scanned.' };
    const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
    // A search, not trim(): trimming would copy a large file's whole text.
    if (!/\S/.test(text))
        return EMPTY_FILE;
    return { ok: true, text };
}
/**
 * Whether `decodeSource` reads these bytes (or a file's first chunk of them) as UTF-8 text whose first
 * character that is not white space is ASCII: not empty, not binary, not UTF-16. Such bytes can be
 * searched for ASCII words as they are, with the same answers as their text.
 */
function opensAsUtf8Text(bytes) {
    if (bytes.length === 0 || utf16Of(bytes) || looksBinary(bytes))
        return false;
    // The decoder drops a UTF-8 byte order mark.
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (let i = start; i < bytes.length; i++) {
        const byte = bytes[i];
        // tab, line feed, vertical tab, form feed, carriage return, space
        if ((byte >= 9 && byte <= 13) || byte === 32)
            continue;
        return byte < 0x80;
    }
    return false;
}
/**
 * Passes a file's bytes to `visit` in chunks of at most `buffer`'s length, each repeating the last
 * `overlap` bytes of the one before (so that a word cut between two is whole in one), read into `buffer`:
 * a chunk is valid during its visit. `visit` returns true to stop. False when the file cannot be read or
 * is over the limit (the ordinary read reports why), true when every chunk was visited or one stopped.
 */
function visitChunksOfFile(path, limits, overlap, buffer, visit) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size > limits.maxFileBytes)
            return false;
        let carried = 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, carried, buffer.length - carried, null);
            if (read === 0)
                return true;
            const filled = carried + read;
            if (visit(buffer.subarray(0, filled)) === true)
                return true;
            carried = Math.min(overlap, filled);
            buffer.copy(buffer, 0, filled - carried, filled);
        }
    }
    catch {
        return false;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The words of a file's bytes, gathered a chunk at a time (see `visitChunksOfFile`: chunks overlap by at
 * least the longest word's length), and whether the first chunk opens as UTF-8 text, so that the words
 * answer as the text would (see `opensAsUtf8Text`). The word search is made on first use.
 */
class ChunkWords {
    search;
    /** The words found, a bit for each word of the search. */
    found = 0;
    /** Whether the first chunk opens as UTF-8 text (undefined before any chunk). */
    opensAsText;
    constructor(search) {
        this.search = search;
    }
    add(chunk) {
        this.opensAsText ??= opensAsUtf8Text(chunk);
        this.found |= this.search().inBytes(chunk);
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ referencesOf),
/* harmony export */   Li: () => (/* binding */ mappedReference),
/* harmony export */   dx: () => (/* binding */ resolveFrom)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

// Each pattern with a word it cannot match without: most files lack the word, and a plain search for
// it is several times faster than the pattern's.
const BICEP_REFERENCES = [
    ['module', /\bmodule\s+[A-Za-z_]\w*\s+'([^'\n]*)'/g],
    ['using', /^[ \t]*using\s+'([^'\n]*)'/gm],
    ['extends', /^[ \t]*extends\s+'([^'\n]*)'/gm],
    ['import', /\bimport\b[^'\n]*?\bfrom\s+'([^'\n]*)'/g],
    ['load', /\bload[A-Za-z0-9]*\(\s*'([^'\n]*)'/g],
];
const ARM_RELATIVE_PATH = /"relativePath"\s*:\s*"((?:[^"\\]|\\.)*)"/gi;
const ARM_RELATIVE_PATH_WORD = /relativepath/i;
const TERRAFORM_SOURCE = /\bsource\s*=\s*"([^"\n]*)"/g;
const TERRAFORM_JSON_SOURCE = /"source"\s*:\s*"([^"\n]*)"/g;
/** The files and folders `file` reads, found by a byte search (a mention in a comment counts). */
function referencesOf(file, text, options = {}) {
    const out = { files: [], dirs: [], wild: false };
    const lower = file.toLowerCase();
    const local = (reference) => resolveFrom(file, reference);
    // Terraform module sources: local folders, and sources mapped to a local folder under `modules`.
    const moduleSources = (pattern) => {
        for (const match of text.matchAll(pattern)) {
            const mapped = options.modules?.[match[1]];
            if (mapped !== undefined)
                out.dirs.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(mapped));
            else if (/^\.\.?\//.test(match[1]))
                out.dirs.push(local(match[1]));
        }
    };
    if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam')) {
        for (const [keyword, pattern] of BICEP_REFERENCES) {
            if (!text.includes(keyword))
                continue;
            for (const match of text.matchAll(pattern)) {
                const reference = match[1];
                if (!reference || reference.includes('${'))
                    continue;
                const mapped = mappedReference(options.modules, reference);
                if (mapped)
                    out.files.push(mapped);
                else if (!/^(br|ts)[:/]/i.test(reference))
                    out.files.push(local(reference));
            }
        }
    }
    else if (lower.endsWith('.json') || lower.endsWith('.jsonc')) {
        const relativePaths = ARM_RELATIVE_PATH_WORD.test(text) ? text.matchAll(ARM_RELATIVE_PATH) : [];
        for (const match of relativePaths) {
            const reference = match[1];
            if (/^\s*\[/.test(reference) && !reference.startsWith('[['))
                out.wild = true;
            else if (reference)
                out.files.push(local(reference.replace(/^\[\[/, '[')));
        }
        if (lower.endsWith('.tf.json') && text.includes('"source"'))
            moduleSources(TERRAFORM_JSON_SOURCE);
    }
    else if (lower.endsWith('.tf') && text.includes('source'))
        moduleSources(TERRAFORM_SOURCE);
    return out;
}
/** A path written in `file`, relative to its folder, as a display path. */
function resolveFrom(file, relativePath) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file), relativePath.replace(/\\/g, '/')));
}
/** `modules` lookup: exact, then case-insensitive (as the Bicep source does). */
function mappedReference(modules, reference) {
    if (!modules)
        return undefined;
    if (Object.hasOwn(modules, reference))
        return modules[reference];
    const wanted = reference.toLowerCase();
    for (const [key, file] of Object.entries(modules))
        if (key.toLowerCase() === wanted)
            return file;
    return undefined;
}


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ namesAnythingRelevant),
/* harmony export */   Eh: () => (/* binding */ MAY_MATTER_WORDS),
/* harmony export */   Sz: () => (/* binding */ IRRELEVANT_FILE),
/* harmony export */   XL: () => (/* binding */ mightMatterOnDisk),
/* harmony export */   dx: () => (/* binding */ mayMatter)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5768);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4942);
/* harmony import */ var _word_search_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2681);



/** Why a file in a folder walk is not read further. */
const IRRELEVANT_FILE = 'declares no Managed HSM resources';
/**
 * Words (any case) without which a file cannot matter to any rule: the Managed HSM in each surface's spelling
 * (`managedHSMs`, `managed_hardware_security_module`, `managedHsm` data actions, `managed-hsm` registry
 * modules), Managed HSM role names and GUIDs (which control-plane assignments may misuse), and the Log
 * Analytics workspaces and Sentinel onboarding that receive HSM logs from another file.
 */
const MAY_MATTER_WORDS = [
    'managedhsm',
    'managed_hardware_security_module',
    'managed hsm',
    'managed-hsm',
    'operationalinsights/workspaces',
    'log_analytics_workspace',
    'securityinsights',
    'sentinel',
    // Managed HSM local role GUIDs and the Managed HSM Contributor (control plane), by their first group.
    'a290e904',
    '515eb02d',
    '21dbd100',
    '4bd23610',
    '2c18b078',
    '33413926',
    '7b127d3c',
    '6efe6056',
    '18500a29',
];
/**
 * One pass for all the words: a regular expression of their alternatives is about three times slower on a
 * large file. Made on first use.
 */
let mayMatterWords;
const mayMatterSearch = () => (mayMatterWords ??= new _word_search_js__WEBPACK_IMPORTED_MODULE_2__/* .WordSearch */ .b(MAY_MATTER_WORDS));
/**
 * Whether a file can matter to a rule: it names something a rule looks at, or a file it deploys does
 * (followed through linked templates and modules). Files that cannot are not parsed at all in a folder
 * walk, which is most files of a large repository. Terraform folders are followed by the Terraform
 * source itself.
 *
 * `known` remembers answers across calls (a walk's thread keeps one): a module deployed by several files,
 * or deployed by a file and then decided on its own, is searched once.
 */
function mayMatter(file, text, readFile, modules = {}, known) {
    const seen = new Set();
    const reaches = (current, currentText) => {
        if (namesAnythingRelevant(currentText))
            return true;
        seen.add(current);
        const references = (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .referencesOf */ .CL)(current, currentText, { modules });
        // A link written as an expression cannot be followed by a byte search: keep the file.
        if (references.wild)
            return true;
        for (const linked of references.files) {
            if (seen.has(linked))
                continue;
            const remembered = known?.get(linked);
            if (remembered !== undefined) {
                if (remembered)
                    return true;
                continue;
            }
            const read = readFile(linked);
            if ('error' in read)
                continue;
            if (reaches(linked, read.text))
                return true;
        }
        return false;
    };
    const remembered = known?.get(file);
    if (remembered !== undefined)
        return remembered;
    const matters = reaches(file, text);
    // A search that found nothing went through every file reachable from each file it saw, so none of
    // them matters; one that found something only tells about the file it started from.
    if (matters)
        known?.set(file, true);
    else
        for (const seenFile of seen)
            known?.set(seenFile, false);
    return matters;
}
/** Whether text names something a rule looks at (without following links; Terraform follows its modules). */
function namesAnythingRelevant(text) {
    return mayMatterSearch().inText(text, true) !== 0;
}
/**
 * What makes a file worth reading whole although it names nothing relevant: it refers to other files (see
 * `referencesOf`), which may matter. The pattern runs on a chunk decoded as latin1 (one character per
 * byte), where a character outside ASCII becomes characters from U+0080 to U+00FF. Those count as white
 * space here, so that the pattern finds every reference the sources find in the decoded text, where
 * U+00A0 (say) is white space.
 */
const MAY_LINK = new RegExp([
    'relativepath',
    'templatelink',
    '\\b(?:module|using|extends)[\\s\\u0080-\\u00ff]',
    '\\bimport\\b',
    '\\bload[a-z0-9]*\\(',
    '\\bsource[\\s\\u0080-\\u00ff]*=',
].join('|'), 'i');
/** Words without which MAY_LINK finds nothing, searched for with the relevant words in one pass. */
const LINK_WORDS = [
    'relativepath',
    'templatelink',
    { word: 'module', atWordStart: true },
    { word: 'using', atWordStart: true },
    { word: 'source', atWordStart: true },
    { word: 'extends', atWordStart: true },
    { word: 'import', atWordStart: true },
    { word: 'load', atWordStart: true },
];
const LINK_BITS = ((1 << LINK_WORDS.length) - 1) << MAY_MATTER_WORDS.length;
let onDiskWords;
/** The chunk buffer of `mightMatterOnDisk`, made once per thread (the search is synchronous). */
let onDiskBuffer;
const CHUNK_BYTES = 1024 * 1024;
/** Longer than any word searched for, so a word split between two chunks is still found. */
const OVERLAP_BYTES = 256;
/**
 * The same test on a large file's bytes, a chunk at a time, so that a large file that cannot matter is
 * never held in memory whole. True when it might matter (or cannot be read: the full read reports why).
 * False means that the file names nothing relevant and refers to no other file: no Bicep `module`, `using`,
 * `extends`, `import` or `load*()`, no ARM `relativePath` or `templateLink`, no Terraform `source`.
 */
function mightMatterOnDisk(path) {
    let found = false;
    const search = (onDiskWords ??= new _word_search_js__WEBPACK_IMPORTED_MODULE_2__/* .WordSearch */ .b([...MAY_MATTER_WORDS, ...LINK_WORDS]));
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .visitChunksOfFile */ .JS)(path, { maxFileBytes: Number.POSITIVE_INFINITY }, OVERLAP_BYTES, (onDiskBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + OVERLAP_BYTES)), (chunk) => {
        const words = search.inBytes(chunk);
        if (words & ~LINK_BITS)
            return (found = true);
        if (words === 0)
            return false;
        const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
        return (found = MAY_LINK.test(text));
    });
    return found || !read;
}


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gK: () => (/* binding */ TFVARS_REASON),
/* harmony export */   i4: () => (/* binding */ TFVARS_FILE),
/* harmony export */   qF: () => (/* binding */ TERRAFORM_FILE)
/* harmony export */ });
/** A Terraform configuration file: native syntax (`.tf`) or JSON syntax (`.tf.json`). */
const TERRAFORM_FILE = /\.tf(\.json)?$/i;
/** Terraform variables files are read with the root module beside them, never on their own. */
const TFVARS_FILE = /\.tfvars(\.json)?$/i;
const TFVARS_REASON = 'a Terraform variables file, read with the root module beside it';


/***/ }),

/***/ 4639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ isTerraformPlan)
/* harmony export */ });
// Recognises plan JSON without the plan reader, so that a folder walk does not load the Terraform source.
/** Whether text (or parsed JSON) is `terraform show -json` output: `format_version` and `terraform_version`. */
function isTerraformPlan(input) {
    let value = input;
    if (typeof input === 'string') {
        if (!input.includes('"format_version"') || !input.includes('"terraform_version"'))
            return false;
        try {
            value = JSON.parse(input);
        }
        catch {
            return false;
        }
    }
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'format_version' in value &&
        'terraform_version' in value);
}


/***/ }),

/***/ 2681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ WordSearch)
/* harmony export */ });
/**
 * Finds which of a fixed set of ASCII words occur in a text, ignoring ASCII case, in one pass over its
 * bytes (or characters). It answers the same as one `/word/i` test per word, without decoding the bytes
 * and without one regular-expression pass per word: most files of a sweep are decided by a handful of
 * such tests, and their bytes are all a decision needs.
 *
 * Bytes and text agree: UTF-8 encodes every non-ASCII character (and an invalid sequence decodes to
 * U+FFFD) without ASCII bytes, and a JavaScript `/i` pattern without the `u` flag never folds a
 * non-ASCII character to an ASCII one.
 *
 * A word may be asked for at a word start only, as `/\bword/i` finds it (after no ASCII letter, digit or
 * underscore).
 *
 * The search is Wu–Manber's: a window as long as the shortest word moves along the text by the distance
 * its last two characters allow, and only where they end some word's first part are words compared.
 */
class WordSearch {
    words;
    /** A bit for each word found at a word start only. */
    atWordStart;
    /** The shortest word's length: the window. */
    window;
    /** For each pair of folded characters, how far the window may move when they end it. */
    shifts = new Uint8Array(PAIRS);
    /** For each pair that ends some word's first `window` characters, those words: `candidates[from..to]`. */
    candidateStarts = new Int32Array(PAIRS + 1);
    candidates;
    constructor(entries) {
        if (entries.length === 0 || entries.length > 31)
            throw new RangeError('WordSearch takes 1 to 31 words.');
        const words = entries.map((entry) => (typeof entry === 'string' ? entry : entry.word));
        this.atWordStart = entries.reduce((bits, entry, i) => (typeof entry !== 'string' && entry.atWordStart ? bits | (1 << i) : bits), 0);
        for (const word of words) {
            if (word.length < 2 || !/^[\x20-\x7e]+$/.test(word))
                throw new RangeError(`WordSearch words are printable ASCII, two characters or more: '${word}'.`);
        }
        for (const [i, word] of words.entries()) {
            if (this.atWordStart & (1 << i) && !/^\w/.test(word))
                throw new RangeError(`A word asked for at a word start begins with a word character: '${word}'.`);
        }
        this.words = words.map((word) => Uint8Array.from(word.toLowerCase(), (c) => c.charCodeAt(0)));
        this.window = Math.min(...this.words.map((w) => w.length));
        this.shifts.fill(this.window - 1);
        // Built at start-up: a few pairs end a word's window, so they are listed rather than tabled.
        const ending = new Map();
        this.words.forEach((word, index) => {
            for (let end = 1; end < this.window; end++) {
                const pair = pairOf(word[end - 1], word[end]);
                const shift = this.window - 1 - end;
                if (shift < this.shifts[pair])
                    this.shifts[pair] = shift;
                if (shift === 0)
                    ending.set(pair, [...(ending.get(pair) ?? []), index]);
            }
        });
        // Filled a range at a time: a loop over the 65,536 pairs costs a short run milliseconds before it is
        // optimised.
        const flat = [];
        let pair = 0;
        for (const [ends, indexes] of [...ending].sort((a, b) => a[0] - b[0])) {
            this.candidateStarts.fill(flat.length, pair, ends + 1);
            pair = ends + 1;
            flat.push(...indexes);
        }
        this.candidateStarts.fill(flat.length, pair, PAIRS + 1);
        this.candidates = Int32Array.from(flat);
    }
    /**
     * The words in `bytes` (UTF-8 or any ASCII-compatible encoding), as a bit set: bit i for word i. With
     * `firstOnly`, the search stops at the first word found, for a caller that asks whether there is any.
     */
    inBytes(bytes, firstOnly = false) {
        const { shifts, candidateStarts, candidates, words } = this;
        const length = bytes.length;
        const all = (1 << words.length) - 1;
        let found = 0;
        for (let end = this.window - 1; end < length;) {
            const pair = pairOf(bytes[end - 1], bytes[end]);
            const shift = shifts[pair];
            if (shift !== 0) {
                end += shift;
                continue;
            }
            const start = end - this.window + 1;
            for (let k = candidateStarts[pair]; k < candidateStarts[pair + 1]; k++) {
                const index = candidates[k];
                const bit = 1 << index;
                if ((found & bit) !== 0 || !bytesHoldWordAt(bytes, start, words[index]))
                    continue;
                if ((this.atWordStart & bit) === 0 || start === 0 || !isWordCharacter(bytes[start - 1]))
                    found |= bit;
            }
            if (found === all || (firstOnly && found !== 0))
                return found;
            end++;
        }
        return found;
    }
    /**
     * The words in `text`, as a bit set: bit i for word i. The loop of `inBytes` over characters: one loop
     * for both would read each character through a call, on the path most of a sweep's bytes take.
     */
    inText(text, firstOnly = false) {
        const { shifts, candidateStarts, candidates, words } = this;
        const length = text.length;
        const all = (1 << words.length) - 1;
        let found = 0;
        for (let end = this.window - 1; end < length;) {
            const pair = pairOf(text.charCodeAt(end - 1), text.charCodeAt(end));
            const shift = shifts[pair];
            if (shift !== 0) {
                end += shift;
                continue;
            }
            const start = end - this.window + 1;
            for (let k = candidateStarts[pair]; k < candidateStarts[pair + 1]; k++) {
                const index = candidates[k];
                const bit = 1 << index;
                if ((found & bit) !== 0 || !textHoldsWordAt(text, start, words[index]))
                    continue;
                if ((this.atWordStart & bit) === 0 || start === 0 || !isWordCharacter(text.charCodeAt(start - 1)))
                    found |= bit;
            }
            if (found === all || (firstOnly && found !== 0))
                return found;
            end++;
        }
        return found;
    }
}
/** Pairs are indexed by their two characters folded to lower case and cut to 8 bits each. */
const PAIRS = 1 << 16;
function pairOf(first, second) {
    // `| 32` lowers ASCII letters; it also merges a few other characters, which only costs a comparison.
    return (((first | 32) & 0xff) << 8) | ((second | 32) & 0xff);
}
/** A letter, digit or underscore: what `\b` tells from other characters (without the u flag). */
function isWordCharacter(code) {
    return ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95);
}
/** Whether `word` (lower case) is at `start`, ignoring the case of ASCII letters. */
function bytesHoldWordAt(bytes, start, word) {
    if (start + word.length > bytes.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        const wanted = word[i];
        const seen = bytes[start + i];
        if (seen !== wanted && !(wanted >= 97 && wanted <= 122 && seen === wanted - 32))
            return false;
    }
    return true;
}
function textHoldsWordAt(text, start, word) {
    if (start + word.length > text.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        const wanted = word[i];
        const seen = text.charCodeAt(start + i);
        if (seen !== wanted && !(wanted >= 97 && wanted <= 122 && seen === wanted - 32))
            return false;
    }
    return true;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
