// eslint-disable-next-line @typescript-eslint/no-require-imports
import TS = require('web-tree-sitter');
export = TS;
