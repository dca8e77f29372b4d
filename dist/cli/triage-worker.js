import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/model/bundle-files.ts


/**
 * Where a file shipped next to the bundle's chunks would be: the triage worker, `yaml.cjs`, the HCL
 * parser's WebAssembly (see scripts/package.mjs, which puts them beside every chunk). The URL is built at
 * run time so that the bundler leaves the file alone.
 */
function besideBundle(name) {
    return new URL(['.', name].join('/'), import.meta.url);
}
/** The path of a file shipped next to the bundle's chunks, or undefined when there is none (run from source). */
function bundle_files_shippedFile(name) {
    const url = besideBundle(name);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? fileURLToPath(url) : undefined;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/model/display-path.ts

/**
 * A path as findings show it: relative to `from`, with `/` separators ('.' for `from` itself). Paths
 * inside `from` take a prefix cut instead of `path.relative`, which a sweep would call for every file.
 */
function display_path_displayPath(from, abs) {
    const prefix = from.endsWith(external_node_path_namespaceObject.sep) ? from : from + external_node_path_namespaceObject.sep;
    if (abs.startsWith(prefix) && abs.length > prefix.length && !abs.includes(`${external_node_path_namespaceObject.sep}..`)) {
        const rest = abs.slice(prefix.length);
        return external_node_path_namespaceObject.sep === '/' ? rest : rest.split(external_node_path_namespaceObject.sep).join('/');
    }
    return (0,external_node_path_namespaceObject.relative)(from, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
}
/** Configured `modules` (references mapped to paths relative to `cwd`), with the paths as display paths. */
function displayModules(cwd, modules) {
    return Object.fromEntries(Object.entries(modules ?? {}).map(([reference, file]) => [
        reference,
        display_path_displayPath(cwd, resolve(cwd, file)),
    ]));
}

;// CONCATENATED MODULE: ./src/sources/read.ts

/** ARM caps a template at 4 MB; eight times that leaves room for generated files. */
const DEFAULT_READ_LIMITS = { maxFileBytes: 32 * 1024 * 1024 };
/**
 * Reads a source file as text: UTF-8 (BOM removed) or UTF-16 with a BOM, as editors on Windows write
 * them. Binary and oversized files are refused with a reason.
 */
function readSourceText(path, limits = DEFAULT_READ_LIMITS, worthReading) {
    let size;
    try {
        size = (0,external_node_fs_namespaceObject.statSync)(path).size;
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
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(path);
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
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        if ((0,external_node_fs_namespaceObject.fstatSync)(fd).size > limits.maxFileBytes)
            return false;
        let carried = 0;
        for (;;) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, carried, buffer.length - carried, null);
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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

;// CONCATENATED MODULE: ./src/sources/arm/detect.ts
// A test on a JSON file's text that needs no parse, apart from the parser for folder walks.
/** Cheap byte-level test: can this JSON text be an ARM template or parameters file? */
function mayBeArm(text) {
    return /deploymentTemplate|deploymentParameters|"resources"\s*:/i.test(text);
}

;// CONCATENATED MODULE: ./src/sources/bicep/detect.ts
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

;// CONCATENATED MODULE: ./src/sources/references.ts

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
                out.dirs.push(external_node_path_namespaceObject.posix.normalize(mapped));
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
    return external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(file), relativePath.replace(/\\/g, '/')));
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

;// CONCATENATED MODULE: ./src/sources/word-search.ts
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

;// CONCATENATED MODULE: ./src/sources/relevance.ts



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
const mayMatterSearch = () => (mayMatterWords ??= new WordSearch(MAY_MATTER_WORDS));
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
        const references = referencesOf(current, currentText, { modules });
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
    const search = (onDiskWords ??= new WordSearch([...MAY_MATTER_WORDS, ...LINK_WORDS]));
    const read = visitChunksOfFile(path, { maxFileBytes: Number.POSITIVE_INFINITY }, OVERLAP_BYTES, (onDiskBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + OVERLAP_BYTES)), (chunk) => {
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

;// CONCATENATED MODULE: ./src/sources/terraform/files.ts
/** A Terraform configuration file: native syntax (`.tf`) or JSON syntax (`.tf.json`). */
const TERRAFORM_FILE = /\.tf(\.json)?$/i;
/** Terraform variables files are read with the root module beside them, never on their own. */
const TFVARS_FILE = /\.tfvars(\.json)?$/i;
const TFVARS_REASON = 'a Terraform variables file, read with the root module beside it';

;// CONCATENATED MODULE: ./src/sources/tfplan/detect.ts
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
    const kind = walk_skip_walkFileKind(file);
    return kind === 'json' ? armSkipReason : kind === 'bicep' ? bicepWalkSkipReason : undefined;
}
/**
 * What a walk-found file is by its ending: JSON (ARM templates, parameters, plans), Bicep (templates and
 * parameters files) or Terraform, for the tests and facts of a folder walk.
 */
function walk_skip_walkFileKind(file) {
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
    if (TFVARS_FILE.test(file))
        return TFVARS_REASON;
    // `terraform show -json` output shares the file ending; it is a Terraform surface of its own.
    if (isTerraformPlan(text))
        return namesAnythingRelevant(text) ? undefined : IRRELEVANT_FILE;
    if (!mayBeArm(text))
        return 'not an ARM template';
    // Parameters files are read with their template (and are small): only templates are prefiltered.
    if (/deploymentParameters/i.test(text))
        return undefined;
    return mayMatter(file, text, context.readFile, context.modules, context.known)
        ? undefined
        : IRRELEVANT_FILE;
}
/** Bicep files that deploy nothing, then those that deploy nothing that matters. */
function bicepWalkSkipReason(file, text, context) {
    const skip = bicepSkipReason(file, text);
    if (skip)
        return skip;
    return mayMatter(file, text, context.readFile, context.modules, context.known)
        ? undefined
        : IRRELEVANT_FILE;
}
/** What `walkSkipReasonOfBytes` answers when the bytes alone cannot tell: the file's text must. */
const UNDECIDED = Symbol('undecided');
/**
 * The words the walk-skip test of a JSON file asks about: with them, most JSON files of a repository are
 * decided from their bytes, in one pass, without being decoded.
 */
const JSON_WORDS = [
    ...MAY_MATTER_WORDS,
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
const MAY_MATTER_BITS = MAY_MATTER_WORDS.reduce((bits, word) => bits | bitOf(word), 0);
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
    return new ChunkWords(() => (jsonWords ??= new WordSearch(JSON_WORDS)));
}
/** `walkSkipReasonOfBytes` from the words of a file's bytes. */
function walkSkipReasonOfWords(file, words) {
    if (walk_skip_walkFileKind(file) !== 'json')
        return UNDECIDED;
    // Empty, binary and UTF-16 files, and text that opens with a character outside ASCII (which might all
    // be white space), are left to the decoder, which says what they are.
    if (!words.opensAsText)
        return UNDECIDED;
    if (TFVARS_FILE.test(file))
        return TFVARS_REASON;
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
    return IRRELEVANT_FILE;
}

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
        const abs = (0,external_node_path_namespaceObject.resolve)(cwd, file);
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
                if ((0,external_node_fs_namespaceObject.lstatSync)(abs).isSymbolicLink())
                    outcome = { error: 'a symbolic link, not followed' };
                else {
                    const read = readSourceText(abs, limits);
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
    return readSourceText(path, limits, (file, size) => prefilter && size > LARGE_FILE_BYTES && !mightMatterOnDisk(file) ? IRRELEVANT_FILE : undefined);
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
            fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
        }
        catch {
            return undefined;
        }
        try {
            let filled = 0;
            for (;;) {
                const read = (0,external_node_fs_namespaceObject.readSync)(fd, this.buffer, filled, this.buffer.length - filled, null);
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
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}
/** Whether an absolute path lies inside the working folder or a scanned path. */
function insideWorkspace(cwd, paths) {
    const roots = [cwd, ...paths.map((p) => (0,external_node_path_namespaceObject.resolve)(cwd, p))];
    return (abs) => roots.some((root) => {
        const rel = (0,external_node_path_namespaceObject.relative)(root, abs);
        return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_namespaceObject.sep) && !/^[a-z]:/i.test(rel));
    });
}
/** Lists folders inside the working folder or a scanned path, never through a symbolic link. */
function workspaceLister(cwd, paths, listed = new Map()) {
    const inside = insideWorkspace(cwd, paths);
    // Folders a walk listed are inside the workspace and not symbolic links: their listing stands.
    const cache = new Map(listed);
    return (dir) => {
        const abs = resolve(cwd, dir);
        const cached = cache.get(abs);
        if (cached)
            return cached;
        let outcome;
        if (!inside(abs))
            outcome = { error: 'outside the scanned folders' };
        else {
            try {
                if (lstatSync(abs).isSymbolicLink())
                    outcome = { error: 'a symbolic link, not followed' };
                else
                    outcome = readdirSync(abs, { withFileTypes: true })
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

;// CONCATENATED MODULE: ./src/sources/file-facts.ts





/** The module folders a `.tf` file calls: local sources, and sources mapped under `modules`. */
function terraformCalls(file, text, modules) {
    return referencesOf(file, text, { modules }).dirs.map(normalizeDir);
}
function normalizeDir(path) {
    const normalized = external_node_path_namespaceObject.posix.normalize(path).replace(/\/+$/, '');
    return normalized === '' ? '.' : normalized;
}
function terraformFacts(file, text, modules) {
    return {
        kind: 'terraform',
        relevant: namesAnythingRelevant(text),
        calls: terraformCalls(file, text, modules),
    };
}
// `source` at a word start, as a module's source is written (`resource` does not count).
const TERRAFORM_WORDS = [...MAY_MATTER_WORDS, { word: 'source', atWordStart: true }];
const SOURCE_BIT = 1 << MAY_MATTER_WORDS.length;
/** Made on first use: a scan without Terraform does not need its tables. */
let terraformWords;
/**
 * A Terraform file's facts from its bytes, gathered a chunk at a time when they tell them. A module call
 * that `terraformCalls` follows has a `source` attribute whose value starts with `./` or `../`, or one
 * that `modules` maps: a file without either calls no module (a provider's `source` does not count).
 * Chunks repeat the end of the one before (see `ChunkWords`).
 */
class TerraformWords {
    words = new ChunkWords(() => (terraformWords ??= new WordSearch(TERRAFORM_WORDS)));
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
        const mapped = mappedReference(modules, reference);
        if (mapped)
            deploys.push(mapped);
        else if (!/^(br|ts)[:/]/i.test(reference))
            deploys.push(resolveFrom(file, reference));
    }
    return deploys;
}

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
    const file = display_path_displayPath(context.cwd, path);
    const kind = walk_skip_walkFileKind(file);
    if (kind === 'terraform')
        return terraformTriage(path, file, context, readers);
    const walkContext = { readFile: readers.linked, modules: context.modules, known: readers.known };
    const ofText = (text) => ({
        reason: walkSkipReason(file, text, walkContext),
        facts: kind === 'bicep'
            ? { kind: 'bicep', deploys: bicepDeploys(file, text, context.modules) }
            : undefined,
    });
    // Most files are decided on their bytes; the rest on their text, decoded from the same bytes.
    const bytes = readers.bytes.read(path);
    if (bytes) {
        const verdict = walkSkipReasonOfBytes(file, bytes);
        if (verdict !== UNDECIDED && verdict !== undefined)
            return { reason: verdict };
        const decoded = decodeSource(bytes);
        if (!decoded.ok)
            return { reason: skipReasonOfFailedRead(decoded, false) };
        return verdict === undefined ? { text: decoded.text } : { ...ofText(decoded.text), text: decoded.text };
    }
    // A large JSON file is searched a chunk at a time, and read whole only when its words do not decide it.
    const words = walkWords();
    const visit = (chunk) => words.add(chunk);
    if (kind === 'json' &&
        visitChunksOfFile(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit)) {
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
        const words = new TerraformWords();
        words.add(bytes);
        // Facts from the words come only from bytes that open as UTF-8 text, which decode.
        const known = words.facts(context.modules);
        if (known)
            return { facts: known, readable: true };
        const decoded = decodeSource(bytes);
        if (!decoded.ok)
            return {};
        return { facts: terraformFacts(file, decoded.text, context.modules), readable: true };
    }
    return largeTerraformTriage(path, file, context, readers);
}
/** `terraformTriage` of a large file, its bytes searched a chunk at a time. */
function largeTerraformTriage(path, file, context, readers) {
    const words = new TerraformWords();
    const visit = (chunk) => words.add(chunk);
    if (!visitChunksOfFile(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit))
        return {};
    const known = words.facts(context.modules);
    if (known)
        return { facts: known, readable: true };
    const read = readScannedFile(path, context.limits, false);
    return read.ok ? { facts: terraformFacts(file, read.text, context.modules), readable: true } : {};
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
        const file = shippedFile(WORKER_FILE);
        if (!file)
            return undefined;
        let worker;
        try {
            worker = new Worker(file, {
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

;// CONCATENATED MODULE: ./src/engine/triage-worker.ts
// The worker thread of `triage.ts`, bundled on its own (dist/cli/triage-worker.js) so that it starts
// without compiling the rest of hsmlint. It may start while the walk goes on: it waits for its files.


external_node_worker_threads_namespaceObject.parentPort?.once('message', ({ files, counter, context }) => {
    external_node_worker_threads_namespaceObject.parentPort?.postMessage(triageShare(files, counter, context));
});

