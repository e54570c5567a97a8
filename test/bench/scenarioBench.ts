import type { BenchCase, BenchFigure } from './benchTypes';
import type { Fact, VariableInput } from '../../shared/calc/calcTypes';
import { createEngine } from '../../shared/calc/createEngine';
import { createScenarioEngine, type ScenarioInput } from '../../shared/calc/createScenarioEngine';
import { figureKey } from '../../shared/calc/figureKey';
import { measure, median } from './measure';
import { benchFact } from './benchFact';
import { seededRandom } from './seededRandom';

const SCENARIOS = ['bull', 'bear', 'downside'];

/**
 * The memo: 10,000 facts, 1,000 variables and 1,000 figures (300 of them naming a
 * scenario, 100 each), and three scenarios of 500 overrides each.
 */
function scenarioMemo() {
  const rnd = seededRandom(7);
  const pick = <T>(items: T[]): T => items[Math.floor(rnd() * items.length)]!;
  const facts: Fact[] = [];
  for (let e = 0; e < 500; e++)
    for (let m = 0; m < 10; m++)
      for (const p of ['FY2024', 'FY2025'])
        facts.push(benchFact(`E${e}`, `m${m}`, p, 1 + rnd() * 1e9));
  const read: Fact[] = [];
  const ref = (): string => {
    const f = pick(facts);
    read.push(f);
    return `${f.entity}.${f.metric}.${f.period}`;
  };
  const variables: VariableInput[] = [];
  for (let i = 0; i < 1000; i++) {
    const earlier = i > 0 ? ` + v${Math.floor(rnd() * i)} * 0.5` : '';
    variables.push({ name: `v${i}`, expr: `${ref()} / ${ref()}${earlier}`, where: `line ${i}` });
  }
  const figures: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const expr =
      i % 2 === 0 ? `v${Math.floor(rnd() * 1000)} * ${i}` : `max(${ref()}, v${i % 1000}) - ${i}`;
    figures.push(i < 300 ? figureKey(expr, SCENARIOS[i % 3]!) : expr);
  }
  const scenarios: ScenarioInput[] = SCENARIOS.map((name) => {
    const chosen = new Map<string, Fact>();
    while (chosen.size < 500) {
      const f = rnd() < 0.5 ? pick(read) : pick(facts);
      chosen.set(`${f.entity}.${f.metric}.${f.period}`, { ...f, value: f.value * (0.5 + rnd()) });
    }
    return { name, overrides: [...chosen.values()] };
  });
  return { facts, variables, figures, read, scenarios };
}

/** Issue 12's speed targets: one fact change, one override change, and switching the shown scenario. */
export const scenarioBench: BenchCase = {
  name: 'scenarios',
  async run(): Promise<BenchFigure[]> {
    const memo = scenarioMemo();
    const engine = createScenarioEngine();
    engine.setFacts(memo.facts);
    engine.setScenarios(memo.scenarios);
    engine.setVariables(memo.variables);
    engine.setFigures(memo.figures);
    // Baseline: the one-scenario engine with the same memo, its scenario figures left out.
    const plain = createEngine();
    plain.setFacts(memo.facts);
    plain.setVariables(memo.variables);
    plain.setFigures(memo.figures.filter((f) => !f.includes('@')));

    let n = 0;
    let recomputed = 0;
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < 1050; run++) {
      const f = memo.read[(run * 7919) % memo.read.length]!;
      const changed = { ...f, value: f.value + ++n };
      let start = performance.now();
      const report = engine.setFacts([changed]);
      if (run >= 50) ours.push(performance.now() - start);
      start = performance.now();
      plain.setFacts([changed]);
      if (run >= 50) theirs.push(performance.now() - start);
      if (run >= 50) recomputed += report.recomputed;
    }
    const override = await measure(
      () => {
        const f = memo.scenarios[n % 3]!.overrides[(n * 31) % 500]!;
        engine.applyChange({
          scenario: SCENARIOS[n % 3]!,
          upserted: [{ ...f, value: f.value + ++n }],
          removed: [],
        });
      },
      { runs: 1000, warmup: 50 },
    );
    const order = ['bull', 'bear', 'downside', ''];
    let at = 0;
    const switches = await measure(() => engine.showScenario(order[at++ % order.length]!), {
      runs: 40,
      warmup: 4,
    });
    // Baseline for a switch: reload the one-scenario engine with the scenario's facts.
    at = 0;
    const reloads = await measure(
      () => {
        const scenario = memo.scenarios[at++ % 3]!;
        const merged = new Map(memo.facts.map((f) => [`${f.entity}.${f.metric}.${f.period}`, f]));
        for (const f of scenario.overrides) merged.set(`${f.entity}.${f.metric}.${f.period}`, f);
        plain.setFacts([...merged.values()]);
      },
      { runs: 12, warmup: 2 },
    );
    return [
      {
        name: `2,000 figures + variables over 10,000 facts, 3 scenarios x 500 overrides, 300 figures naming one: change one base fact (median; ${(recomputed / 1000).toFixed(1)} nodes recomputed)`,
        value: median(ours),
        unit: 'ms',
        baseline: { name: 'one-scenario engine, same change', value: median(theirs) },
        target: '< 1 ms',
      },
      {
        name: 'the same memo: change one scenario override (median)',
        value: median(override),
        unit: 'ms',
        target: '< 1 ms',
      },
      {
        name: 'the same memo: switch the shown scenario (median)',
        value: median(switches),
        unit: 'ms',
        baseline: { name: "reload the scenario's 10,000 facts", value: median(reloads) },
        target: '< 20 ms',
      },
    ];
  },
};
