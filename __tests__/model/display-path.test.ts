import { describe, expect, it } from '@jest/globals';
import { relative, sep } from 'node:path';
import { displayModules, displayPath } from '../../src/model/display-path.js';

describe('displayPath', () => {
  it('is path.relative with / separators, for paths inside, outside and equal to the base', () => {
    const base = ['', 'work', 'repo'].join(sep);
    for (const abs of [
      [base, 'a.json'].join(sep),
      [base, 'infra', 'arm', 'main.json'].join(sep),
      [base, 'x', '..', 'y.json'].join(sep),
      base,
      ['', 'work', 'other', 'b.json'].join(sep),
      ['', 'work', 'repo2', 'c.json'].join(sep),
    ]) {
      expect(displayPath(base, abs)).toBe(relative(base, abs).split(sep).join('/') || '.');
    }
    expect(displayPath(base, [base, 'infra', 'main.bicep'].join(sep))).toBe('infra/main.bicep');
    expect(displayPath(sep, [sep + 'etc', 'x.json'].join(sep))).toBe('etc/x.json');
  });
});

describe('displayModules', () => {
  it('keeps the references and gives their paths as display paths', () => {
    const base = ['', 'work', 'repo'].join(sep);
    expect(
      displayModules(base, {
        'br/public:avm/hsm:1.0': './vendor/hsm/main.bicep',
        'ts:sub/rg/spec:1': '../shared/spec.json',
      }),
    ).toEqual({
      'br/public:avm/hsm:1.0': 'vendor/hsm/main.bicep',
      'ts:sub/rg/spec:1': '../shared/spec.json',
    });
    expect(displayModules(base, undefined)).toEqual({});
  });
});
