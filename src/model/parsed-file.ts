import type { Directive } from './directives.js';
import type { SourceRange } from './range.js';
import type { Resource, Surface } from './resource.js';

/** A file that could not be read or parsed, with the place it failed. */
export interface ParseProblem {
  message: string;
  range: SourceRange;
}

/** What a source makes of one file. */
export interface ParsedFile {
  file: string;
  surface: Surface;
  resources: Resource[];
  problems: ParseProblem[];
  directives: Directive[];
  /** What the source could not follow (a remote linked template, a registry module): `unresolved` findings. */
  unresolved?: ParseProblem[];
  /** Other files this one reads (parameter files, linked templates, modules), as display paths. */
  related?: string[];
}
