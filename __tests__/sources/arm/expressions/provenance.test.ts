import { describe, expect, it } from '@jest/globals';
import { evaluateTemplateString, type EvalScope } from '../../../../src/sources/arm/expressions/index.js';
import { evaluate, known, missing, type TestScopeOptions } from './scope.js';

const options: TestScopeOptions = {
  parameters: {
    secret: { kind: 'known', value: 'hunter2', secure: true },
    secretObject: { kind: 'known', value: { password: 'p@ss', items: ['a'] }, secure: true },
    secretLater: { kind: 'unknown', reason: "parameter 'secretLater' has no value", secure: true },
    later: { kind: 'unknown', reason: "parameter 'later' has no value" },
    sku: { kind: 'known', value: 'Standard_B1', parameter: 'sku' },
    tier: { kind: 'known', value: 'Premium', parameter: 'tier' },
    given: { kind: 'known', value: 'from-parameters-file' },
  },
  variables: {
    derived: { kind: 'known', value: 'v', secure: true, parameter: 'secret' },
  },
};

describe('secure values', () => {
  it('make every result derived from them secure', () => {
    expect(evaluate("[concat('pwd:', parameters('secret'))]", options)).toEqual(
      known('pwd:hunter2', { secure: true }),
    );
    expect(evaluate("[length(parameters('secret'))]", options)).toEqual(known(7, { secure: true }));
    expect(evaluate("[parameters('secretObject').password]", options)).toEqual(
      known('p@ss', { secure: true }),
    );
    expect(evaluate("[parameters('secretObject').items[0]]", options)).toEqual(known('a', { secure: true }));
    expect(evaluate("[base64(toUpper(parameters('secret')))]", options)).toEqual(
      known('SFVOVEVSMg==', { secure: true }),
    );
  });

  it('flow through lambdas, from the input and from the body', () => {
    expect(evaluate("[map(parameters('secretObject').items, lambda('x', 'constant'))]", options)).toEqual(
      known(['constant'], { secure: true }),
    );
    expect(evaluate("[map(createArray(1), lambda('x', parameters('secret')))]", options)).toEqual(
      known(['hunter2'], { secure: true }),
    );
  });

  it('mark unknown results too', () => {
    expect(evaluate("[concat(parameters('secret'), parameters('later'))]", options)).toEqual(
      missing("parameter 'later' has no value", { secure: true }),
    );
    expect(evaluate("[toUpper(parameters('secretLater'))]", options)).toEqual(
      missing("parameter 'secretLater' has no value", { secure: true }),
    );
    expect(evaluate("[reference(parameters('secret'))]", options)).toEqual(
      missing('reference() is resolved at deployment time', { secure: true }),
    );
  });

  it('do not leak from a branch that was not taken', () => {
    expect(evaluate("[if(true(), 'public', parameters('secret'))]", options)).toEqual(known('public'));
    expect(evaluate("[coalesce('public', parameters('secret'))]", options)).toEqual(known('public'));
  });

  it('mark a result when the secure value decided a condition', () => {
    expect(evaluate("[if(empty(parameters('secret')), 'a', 'b')]", options)).toEqual(
      known('b', { secure: true }),
    );
  });

  it('keep an aborted evaluation secure', () => {
    const result = evaluate(
      "[concat(parameters('secret'), string(map(range(0, 10000), lambda('i', range(0, 10000)))))]",
      options,
    );
    expect(result).toEqual(missing('evaluation exceeded 100000 steps', { secure: true }));
  });
});

describe('parameter defaults', () => {
  it('name the parameter whose default value a result depends on', () => {
    expect(evaluate("[parameters('sku')]", options)).toEqual(known('Standard_B1', { parameter: 'sku' }));
    expect(evaluate("[toLower(parameters('sku'))]", options)).toEqual(
      known('standard_b1', { parameter: 'sku' }),
    );
    expect(evaluate("[createObject('name', parameters('sku')).name]", options)).toEqual(
      known('Standard_B1', { parameter: 'sku' }),
    );
  });

  it('keep the first such parameter', () => {
    expect(evaluate("[concat(parameters('given'), parameters('sku'), parameters('tier'))]", options)).toEqual(
      known('from-parameters-fileStandard_B1Premium', { parameter: 'sku' }),
    );
    expect(evaluate("[concat(parameters('tier'), parameters('sku'))]", options)).toEqual(
      known('PremiumStandard_B1', { parameter: 'tier' }),
    );
  });

  it('are absent for values that do not come from a default', () => {
    expect(evaluate("[toUpper(parameters('given'))]", options)).toEqual(known('FROM-PARAMETERS-FILE'));
    expect(evaluate("[concat('a', 'b')]", options)).toEqual(known('ab'));
  });

  it('pass through variables that carry them', () => {
    expect(evaluate("[concat(variables('derived'), parameters('sku'))]", options)).toEqual(
      known('vStandard_B1', { secure: true, parameter: 'secret' }),
    );
  });
});

describe('unknown propagation', () => {
  it('makes a function unknown when an argument it needs is unknown', () => {
    for (const expression of [
      "toUpper(parameters('later'))",
      "concat('a', parameters('later'))",
      "length(parameters('later'))",
      "equals(parameters('later'), 'x')",
      "parameters('later').property",
      "createArray(1, 2)[parameters('later')]",
      "resourceGroup()[parameters('later')]",
    ]) {
      expect(evaluate(`[${expression}]`, options)).toEqual(missing("parameter 'later' has no value"));
    }
  });

  it('keeps the first reason and every reference', () => {
    expect(
      evaluate(
        "[concat(parameters('later'), reference(resourceId('Microsoft.KeyVault/managedHSMs', 'a')).x, listKeys(resourceId('Microsoft.Storage/storageAccounts', 's'), '2023-01-01').keys)]",
        options,
      ),
    ).toEqual(
      missing("parameter 'later' has no value", {
        references: ['Microsoft.KeyVault/managedHSMs/a', 'Microsoft.Storage/storageAccounts/s'],
      }),
    );
  });
});

describe('scopes that fail', () => {
  it('turn a throwing scope into an unknown result instead of throwing', () => {
    const scope: EvalScope = {
      parameter: () => {
        throw new Error('boom');
      },
      variable: () => undefined,
      copyIndex: () => undefined,
      now: new Date(0),
    };
    expect(evaluateTemplateString("[concat('a', parameters('x'))]", scope)).toEqual(
      missing('the expression could not be evaluated: boom'),
    );
  });
});
