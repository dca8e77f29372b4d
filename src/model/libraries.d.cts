import type * as AjvModule from 'ajv';
import type * as YamlModule from 'yaml';

export declare function yamlLibrary(): typeof YamlModule;
export declare function ajvLibrary(): typeof AjvModule;
