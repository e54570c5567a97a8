import { HyperFormula } from 'hyperformula';
import type { BenchCase, BenchFigure } from './benchTypes';
import type { Fact, VariableInput } from '../../shared/calc/calcTypes';
import { createEngine } from '../../shared/calc/createEngine';
import { measure, median } from './measure';
import { benchFact } from './benchFact';
import { seededRandom } from './seededRandom';

const ENTITIES = 500;
const METRICS = 10;
const PERIODS = ['FY2024', 'FY2025'];
const CHAIN = 10_000;

/** A deterministic pseudo-random sequence, so every run measures the same memo. */
/**
 * 10,000 facts; 1,000 variables (each over facts and earlier variables) and 1,000 figures;
 * `read` lists the facts the memo reads (a change to any other fact recomputes nothing).
 */
function memoOf2000() {
  const rnd = seededRandom(42);
  const pick = <T>(items: T[]): T => items[Math.floor(rnd() * items.length)]!;
  const facts: Fact[] = [];
  for (let e = 0; e < ENTITIES; e++) {
    for (let m = 0; m < METRICS; m++)
      for (const p of PERIODS) facts.push(benchFact(`E${e}`, `m${m}`, p, 1 + rnd() * 1e9));
  }
  const read = new Set<Fact>();
  const ref = () => {
    const f = pick(facts);
    if (rnd() < 0.3) {
      read.add(
        facts.find((g) => g.entity === f.entity && g.metric === f.metric && g.period === 'FY2025')!,
      );
      return `${f.entity}.${f.metric}`;
    }
    read.add(f);
    return `${f.entity}.${f.metric}.${f.period}`;
  };
  const variables: VariableInput[] = [];
  for (let i = 0; i < 1000; i++) {
    const earlier = i > 0 ? ` + v${Math.floor(rnd() * i)} * 0.5` : '';
    variables.push({
      name: `v${i}`,
      expr: `${ref()} / ${ref()}${earlier}`,
      where: `calc block 1, line ${i + 1}`,
    });
  }
  const figures: string[] = [];
  for (let i = 0; i < 1000; i++) {
    figures.push(
      i % 2 === 0
        ? `v${Math.floor(rnd() * 1000)} * ${i}`
        : `max(${ref()}, v${Math.floor(rnd() * 1000)}) - ${i}`,
    );
  }
  return { facts, variables, figures, read: [...read] };
}

/** One fact change, a full recompute and a cold load of the 2,000-node memo. */
async function memoBenchmarks(): Promise<BenchFigure[]> {
  const memo = memoOf2000();
  const engine = createEngine();
  const cold = await measure(
    () => {
      const e = createEngine();
      e.setFacts(memo.facts);
      e.setVariables(memo.variables);
      e.setFigures(memo.figures);
    },
    { runs: 10, warmup: 2 },
  );
  engine.setFacts(memo.facts);
  engine.setVariables(memo.variables);
  engine.setFigures(memo.figures);
  let n = 0;
  let recomputed = 0;
  const incremental = await measure(
    () => {
      const f = memo.read[(n * 7919) % memo.read.length]!;
      recomputed += engine.setFacts([{ ...f, value: f.value + ++n }]).recomputed;
    },
    { runs: 1000, warmup: 50 },
  );
  const full = await measure(() => engine.recomputeAll(), { runs: 30, warmup: 3 });
  return [
    {
      name: `memo of 2,000 figures + variables over 10,000 facts: change one fact it reads (median; ${(recomputed / n).toFixed(1)} nodes recomputed on average)`,
      value: median(incremental),
      unit: 'ms',
      target: '< 1 ms',
    },
    {
      name: 'the same memo: full recompute (median)',
      value: median(full),
      unit: 'ms',
      target: '< 50 ms',
    },
    {
      name: 'the same memo: cold load (parse, compile, graph, compute)',
      value: median(cold),
      unit: 'ms',
    },
  ];
}

/** v1 = fact * 1.0001 + 1, v2 = v1 * 1.0001 + 1, ...: change the head, recompute; HyperFormula does the same column. */
function chainBenchmark(): BenchFigure {
  const engine = createEngine();
  engine.setFacts([benchFact('HEAD', 'value', 'FY2025', 1)]);
  const variables: VariableInput[] = [
    { name: 'v1', expr: 'HEAD.value.FY2025 * 1.0001 + 1', where: 'line 1' },
  ];
  for (let i = 2; i <= CHAIN; i++)
    variables.push({ name: `v${i}`, expr: `v${i - 1} * 1.0001 + 1`, where: `line ${i}` });
  engine.setVariables(variables);
  engine.setFigures([`v${CHAIN}`]);
  const sheet: (number | string)[][] = [[1]];
  for (let i = 1; i <= CHAIN; i++) sheet.push([`=A${i}*1.0001+1`]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  // Interleaved runs, so a busy machine slows both sides alike.
  let head = 1;
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < 40; run++) {
    head++;
    let start = performance.now();
    engine.setFacts([benchFact('HEAD', 'value', 'FY2025', head)]);
    if (run >= 5) ours.push(performance.now() - start);
    start = performance.now();
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[head]]);
    if (run >= 5) theirs.push(performance.now() - start);
  }

  const ourLast = engine.figureValue(`v${CHAIN}`);
  const theirLast = hf.getCellValue({ sheet: 0, row: CHAIN, col: 0 });
  hf.destroy();
  if (
    !ourLast.ok ||
    typeof theirLast !== 'number' ||
    Math.abs(ourLast.value - theirLast) > Math.abs(theirLast) * 1e-9
  ) {
    throw new Error(
      `The chain disagrees with HyperFormula: ${JSON.stringify(ourLast)} vs ${String(theirLast)}`,
    );
  }
  return {
    name: `${CHAIN.toLocaleString('en-US')}-link chain: change the head, recompute (median)`,
    value: median(ours),
    unit: 'ms',
    baseline: { name: 'HyperFormula 3.1', value: median(theirs) },
    target: 'ratio <= 0.5',
  };
}

/** The calc engine's speed (issue 3): incremental and full recompute, and a long chain against HyperFormula. */
export const calcBench: BenchCase = {
  name: 'calc',
  async run() {
    return [...(await memoBenchmarks()), chainBenchmark()];
  },
};
