import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { restrictedMath } from '../../../shared/calc/restrictedMath';

/**
 * The published mathjs sandbox escapes, adapted so that a success would set a global flag
 * (instead of running a shell). Each must come back as an error value, and the flag stays unset.
 */
const PWN = 'globalThis.__tickmarkPwned = 1';

const ESCAPES: Record<string, string[]> = {
  '2017 cos.constructor family (mathjs 3.x advisories, issues #821, #822)': [
    `cos.constructor("${PWN}")()`,
    `f = cos.constructor("${PWN}"); f()`,
    `sqrt.constructor("${PWN}")`,
    `[].map.constructor("${PWN}")`,
    `[].map.constructor.call(null, "${PWN}")`,
    `[].map["constructor"]("${PWN}")`,
    `[].map[concat("constr", "uctor")]("${PWN}")`,
    `["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()`,
    `import({matrix:cos.constructor},{override:1});x=["${PWN}"];x()`,
    `a=["${PWN}"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()`,
    `{}.constructor.assign(cos.constructor, {binding: cos.bind})`,
    `cos.constructor.binding()("${PWN}")()`,
    `constructor`,
    `toString`,
    `__proto__`,
    `{}.__proto__`,
    `a.co\u006Estructor`,
    `a["co\\u006Estructor"]`,
  ],
  '11.9.1 FunctionNode / SymbolNode property lookups': [
    `cos.constructor`,
    `hasOwnProperty("constructor")`,
    `valueOf()`,
    `toString()`,
    `constructor("${PWN}")()`,
    `expression.node.ConstantNode.prototype.clone.call({"value":"evaluate"}).evaluate()("${PWN}")`,
    `s={};s.__proto__=expression.node.SymbolNode["prototype"]`,
    `x=parse("cos");x.name = "evil"; x.compile().evaluate()`,
    `evaluate("${PWN}")`,
  ],
  '13.1.1: import, createUnit, reviver and rawArgs overrides': [
    `import({cos: 1}, {override: true})`,
    `createUnit("hack")`,
    `reviver("x", {"mathjs": "Unit"})`,
    `f(x) = x; import({f: f}, {override: true})`,
    `parse("1").compile().evaluate()`,
    `simplify("x")`,
    `derivative("x^2", "x")`,
    `resolve(parse("x"), {})`,
    `chain(1).done()`,
  ],
  '15.2.0: unsafe array index getter and unsafe property setter on arrays': [
    `m = matrix([1]); m[{length: 1, reduce: cos.constructor}]`,
    `[1, 2][{length: 1, reduce: cos.constructor}]`,
    `a = [1]; a.map = cos.constructor; sum(a)`,
    `a = [1]; a["map"] = cos.constructor; a`,
    `subset([1], {isIndex: true, size: f, min: f, max: f})`,
  ],
};

afterEach(() => {
  delete (globalThis as { __tickmarkPwned?: number }).__tickmarkPwned;
});

describe('published mathjs sandbox escapes fail with a clear error and run nothing', () => {
  for (const [family, payloads] of Object.entries(ESCAPES)) {
    describe(family, () => {
      it.each(payloads)('%s', (payload) => {
        const value = evaluateExpression(
          payload,
          [],
          [{ name: 'a', expr: '1', where: 'calc block 1, line 1' }],
        );
        expect(value.ok).toBe(false);
        if (value.ok) return;
        // `cos.constructor` reads as a fact reference (entity "cos"): a lookup in a Map, never a property.
        expect(['syntax', 'forbidden', 'unknown_name', 'unknown_entity']).toContain(
          value.error.kind,
        );
        expect(value.error.message.length).toBeGreaterThan(10);
        expect(value.error.where).toBe(payload);
        expect((globalThis as { __tickmarkPwned?: number }).__tickmarkPwned).toBeUndefined();
      });
    });
  }

  it('the same payloads as variables fail the same way, and their readers are blocked', () => {
    const all = Object.values(ESCAPES).flat();
    const engine = createEngine();
    engine.setVariables(
      all.map((expr, i) => ({ name: `v${i}`, expr, where: `calc block 1, line ${i + 1}` })),
    );
    engine.setFigures(all.map((_, i) => `v${i} + 1`));
    all.forEach((_, i) => {
      expect(engine.variableValue(`v${i}`)?.ok).toBe(false);
      expect(engine.figureValue(`v${i} + 1`)).toMatchObject({
        ok: false,
        error: { kind: 'blocked', blockedBy: `v${i}` },
      });
    });
    expect((globalThis as { __tickmarkPwned?: number }).__tickmarkPwned).toBeUndefined();
  });
});

describe('the restricted mathjs instance', () => {
  it.each([
    'import',
    'createUnit',
    'reviver',
    'evaluate',
    'parse',
    'simplify',
    'derivative',
    'resolve',
  ])('%s is disabled on the instance itself', (name) => {
    const fn: unknown = Reflect.get(restrictedMath, name);
    if (typeof fn === 'function')
      expect(() => Reflect.apply(fn, restrictedMath, ['1'])).toThrow(/disabled/);
    else expect(fn).toBeUndefined();
  });

  it.each([
    'import({}, {})',
    'createUnit("x")',
    'evaluate("1")',
    'parse("1")',
    'simplify("x")',
    'derivative("x", "x")',
    'resolve(1)',
    'reviver(1)',
  ])('%s is a forbidden function inside expressions', (expr) => {
    expect(evaluateExpression(expr, [])).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: expect.stringContaining('is not allowed'), position: 1 },
    });
  });

  it('every function not on the list is forbidden', () => {
    for (const name of [
      'sin',
      'cos',
      'pow',
      'mod',
      'add',
      'format',
      'print',
      'typed',
      'config',
      'help',
      'matrix',
      'unit',
      'bignumber',
      'map',
      'filter',
      'forEach',
    ]) {
      expect(evaluateExpression(`${name}(1)`, [])).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      });
    }
  });

  it('property access and indexing other than ENTITY.metric.PERIOD is forbidden or unknown', () => {
    expect(evaluateExpression('a[1]', [], [{ name: 'a', expr: '1', where: 'l1' }])).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(evaluateExpression('a["constructor"]', [])).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(evaluateExpression('a?.b', [])).toMatchObject({ ok: false });
  });
});
